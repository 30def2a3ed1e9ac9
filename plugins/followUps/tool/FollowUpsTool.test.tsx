// @vitest-environment jsdom
import {cleanup, screen, waitFor, within} from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type {ReactNode} from 'react'
import type {Tool} from 'sanity'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {DEFAULT_OPTIONS} from '../constants'
import type {FollowUpsQueryCommitment} from '../lib/followUpsQuery'
import {createFakeClient} from '../../../test/studio/fakeClient'
import {generateQueryResult} from '../test/generateQueryResult'
import type {FollowUpsOptions} from '../types'
import {FollowUpsTool} from './FollowUpsTool'

const hooks = vi.hoisted(() => ({
  client: undefined as unknown,
  user: {id: 'local-editor', name: 'Local Editor', email: 'editor@localhost'} as unknown,
}))
vi.mock('sanity', () => ({useClient: () => hooks.client, useCurrentUser: () => hooks.user}))
vi.mock('sanity/router', () => ({
  IntentLink: ({params, children}: {params: {id: string; type: string}; children: ReactNode}) => (
    <a href={`/intent/edit/id=${params.id};type=${params.type}`}>{children}</a>
  ),
}))

vi.useFakeTimers({toFake: ['Date'], now: new Date('2026-11-26T15:00:00Z')})

const tool = {
  name: 'follow-ups',
  title: 'Follow-ups',
  options: DEFAULT_OPTIONS,
} as Tool<FollowUpsOptions>

let data: FollowUpsQueryCommitment[]
let fake: ReturnType<typeof createFakeClient>

afterEach(cleanup)
vi.setConfig({testTimeout: 20_000})

beforeEach(() => {
  data = [
    {
      _id: 'commitment-ai',
      _updatedAt: '2026-06-01T12:00:00Z',
      title: 'AI standards',
      status: 'inTheWorks',
      area: 'ai',
      hasMeasurableOutcome: true,
      ratingDates: ['2026-06-01'],
      agreement: {
        _id: 'agreement-japan',
        title: null,
        shortName: 'US–Japan TPD',
        legalStatus: 'nonBinding',
      },
      parties: [{_id: 'org-jp', name: 'Government of Japan', shortName: null, country: 'JP'}],
      followUps: [
        {
          _key: 'f1',
          date: '2026-11-01',
          reason: '1 year after signing',
          assignee: 'Local Editor',
          state: 'planned',
          articleId: null,
        },
        {
          _key: 'f2',
          date: '2026-11-28',
          reason: 'Summit',
          assignee: 'Kim',
          state: 'planned',
          articleId: null,
        },
      ],
    },
    {
      _id: 'commitment-fusion',
      _updatedAt: '2026-10-01T12:00:00Z',
      title: 'Fusion at JT-60SA',
      status: 'notYetRated',
      area: 'fusion',
      hasMeasurableOutcome: true,
      ratingDates: null,
      agreement: {
        _id: 'agreement-treaty',
        title: null,
        shortName: 'Fusion Treaty',
        legalStatus: 'binding',
      },
      parties: [{_id: 'org-us', name: 'United States', shortName: null, country: 'US'}],
      followUps: [],
    },
  ]
  fake = createFakeClient((query) =>
    query.startsWith('*[_id in $ids]') ? ['commitment-ai'] : data,
  )
  hooks.client = fake.client
})

const rowTitles = () =>
  screen.queryAllByTestId('follow-up-row').map((row) => within(row).getByRole('link').textContent)

describe('FollowUpsTool', () => {
  it('shows the five lanes with counts and rows with agreement, binding badge and people', async () => {
    renderWithStudio(<FollowUpsTool tool={tool} />)
    await waitFor(() =>
      expect(rowTitles()).toEqual(['AI standards', 'AI standards', 'Fusion at JT-60SA']),
    )
    expect(screen.getAllByTestId('lane-heading').map((h) => h.textContent)).toEqual([
      'Overdue (1)',
      'Due this week (1)',
      'Due in 30 days (0)',
      'Later (0)',
      'Unscheduled (1)',
    ])
    const first = screen.getAllByTestId('follow-up-row')[0]!
    expect(within(first).getByText('Non-binding')).toBeTruthy()
    expect(within(first).getByText('2026-11-01 · 25 days overdue')).toBeTruthy()
    expect(
      within(first).getByText(
        /1 year after signing · Assignee: Local Editor · Rating: In the works · Updated 5 months ago/,
      ),
    ).toBeTruthy()
    expect(within(first).getByRole('link').getAttribute('href')).toBe(
      '/intent/edit/id=commitment-ai;type=commitment',
    )
  })

  it('filters by binding status and by "mine"', async () => {
    const user = userEvent.setup()
    renderWithStudio(<FollowUpsTool tool={tool} />)
    await waitFor(() => expect(rowTitles()).toHaveLength(3))
    await user.selectOptions(screen.getByLabelText('Binding status'), 'binding')
    expect(rowTitles()).toEqual(['Fusion at JT-60SA'])
    await user.selectOptions(screen.getByLabelText('Binding status'), '')
    await user.click(screen.getByLabelText('Mine'))
    expect(rowTitles()).toEqual(['AI standards'])
    expect(screen.getByText('2026-11-01 · 25 days overdue')).toBeTruthy()
  })

  it('updates live when another tab changes a commitment', async () => {
    renderWithStudio(<FollowUpsTool tool={tool} />)
    await waitFor(() => expect(rowTitles()).toHaveLength(3))
    data = [...data, {...data[1]!, _id: 'commitment-new', title: 'Brand new pledge'}]
    fake.events.next({type: 'mutation'})
    await waitFor(() => expect(rowTitles()).toContain('Brand new pledge'))
    expect(fake.client.listen).toHaveBeenCalledTimes(1)
  })

  it('marks a follow-up done with a note through one patch, and says so', async () => {
    const user = userEvent.setup()
    renderWithStudio(<FollowUpsTool tool={tool} />)
    await waitFor(() => expect(rowTitles()).toHaveLength(3))
    await user.click(screen.getAllByRole('button', {name: 'Done: AI standards'})[0]!)
    await user.type(screen.getByLabelText(/Note/), 'Joint project announced')
    await user.click(screen.getByRole('button', {name: 'Save'}))
    await waitFor(() => expect(fake.committed).toHaveLength(1))
    expect(fake.committed[0]).toEqual([
      {
        patch: {
          id: 'commitment-ai',
          set: {
            'followUps[_key=="f1"].state': 'done',
            'followUps[_key=="f1"].note': 'Joint project announced',
          },
        },
      },
    ])
    expect(await screen.findByText('Mark follow-up done: saved', {}, {timeout: 5000})).toBeTruthy()
  })

  it('renders only the rows in view, however many there are', async () => {
    data = generateQueryResult(5000)
    renderWithStudio(<FollowUpsTool tool={tool} />)
    await waitFor(() => expect(screen.getAllByTestId('follow-up-row').length).toBeGreaterThan(0))
    expect(screen.getAllByTestId('follow-up-row').length).toBeLessThan(30)
    expect(screen.getByText(/Overdue: \d+ · Due this week: \d+/)).toBeTruthy()
  })
})
