import {describe, expect, it} from 'vitest'

import {DEFAULT_OPTIONS} from './constants'
import {resolveOptions} from './resolveOptions'

describe('resolveOptions', () => {
  it('uses the defaults when given nothing', () => {
    expect(resolveOptions(undefined)).toEqual(DEFAULT_OPTIONS)
  })

  it('merges nested options over the defaults', () => {
    expect(resolveOptions({types: {article: 'story'}}).types).toEqual({
      ...DEFAULT_OPTIONS.types,
      article: 'story',
    })
  })

  it('rejects an empty type name, naming the plugin and the option', () => {
    expect(() => resolveOptions({types: {agreement: ' '}})).toThrow(
      '[policy-desk] options.types.agreement must be a schema type name, got " "',
    )
  })
})
