// @vitest-environment jsdom
import {Badge} from '@sanity/ui'
import {screen} from '@testing-library/react'
import {expect, it} from 'vitest'

import {renderWithStudio} from './renderWithStudio'

it('renders @sanity/ui components with the Studio theme', () => {
  renderWithStudio(<Badge tone="critical">Non-binding</Badge>)
  expect(screen.getByText('Non-binding')).toBeTruthy()
})
