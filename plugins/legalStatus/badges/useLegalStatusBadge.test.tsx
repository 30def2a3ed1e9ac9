// @vitest-environment jsdom
import {Badge, Text} from '@sanity/ui'
import {act, cleanup, renderHook, screen, waitFor} from '@testing-library/react'
import {of, Subject} from 'rxjs'
import type {DocumentBadgeDescription, DocumentBadgeProps} from 'sanity'
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {DEFAULT_OPTIONS} from '../constants'
import {defineLegalStatusBadge} from './useLegalStatusBadge'

const published = new Map<string, string | undefined>()
const changes = new Subject<unknown>()
const client = {
  observable: {
    fetch: vi.fn((_query: string, params: {ids: string[]}) =>
      of(
        params.ids
          .filter((id) => published.has(id))
          .map((id) => ({_id: id, status: published.get(id)})),
      ),
    ),
  },
  listen: vi.fn(() => changes),
}

vi.mock('../hooks/useLegalStatusClient', () => ({useLegalStatusClient: () => client}))

const useLegalStatusBadge = defineLegalStatusBadge(DEFAULT_OPTIONS.types)

function props(type: string, draft: Record<string, unknown> | null, extra = {}) {
  return {
    id: 'doc',
    type,
    draft: draft && {_id: 'drafts.doc', _type: type, ...draft},
    published: null,
    version: null,
    ...extra,
  } as unknown as DocumentBadgeProps
}

const ref = (id: string) => ({_type: 'reference', _ref: id})

async function badgeFor(badgeProps: DocumentBadgeProps) {
  const hook = renderHook(() => useLegalStatusBadge(badgeProps))
  await waitFor(() => expect(hook.result.current).not.toBeNull())
  return hook.result.current as DocumentBadgeDescription
}

// The first render in a fresh jsdom sets up the theme and styles and can take seconds on a busy
// machine; do it once here so no single test pays for it against its timeout.
beforeAll(() => {
  renderWithStudio(<Text>warm-up</Text>)
  cleanup()
}, 30_000)

afterEach(cleanup)

beforeEach(() => {
  published.clear()
  published.set('tpd', 'nonBinding')
  published.set('st-1988', 'binding')
  published.set('quantum', 'nonBinding')
  client.observable.fetch.mockClear()
  client.listen.mockClear()
})

describe('useLegalStatusBadge', () => {
  it('is named as a hook', () => {
    expect(useLegalStatusBadge.displayName).toBe('useLegalStatusBadge')
  })

  it('shows an agreement’s own assessment without asking the server', async () => {
    expect(await badgeFor(props('agreement', {legalStatus: {status: 'binding'}}))).toEqual({
      label: 'Binding',
      title: 'Assessed by the desk as binding.',
      color: 'success',
    })
    expect(client.observable.fetch).not.toHaveBeenCalled()
  })

  it('shows "Status unclear" for an unassessed or brand-new agreement', async () => {
    expect((await badgeFor(props('agreement', {legalStatus: {status: 'unassessed'}}))).label).toBe(
      'Status unclear',
    )
    expect((await badgeFor(props('agreement', null))).color).toBe('danger')
  })

  it('reads the draft before the published version', async () => {
    const badge = await badgeFor(
      props(
        'agreement',
        {legalStatus: {status: 'mixed'}},
        {published: {_id: 'doc', _type: 'agreement', legalStatus: {status: 'binding'}}},
      ),
    )
    expect(badge.label).toBe('Mixed')
  })

  it('derives a commitment’s status from its published agreement', async () => {
    const badge = await badgeFor(props('commitment', {agreement: ref('tpd')}))
    expect(badge).toMatchObject({label: 'Non-binding', color: 'warning'})
    expect(badge.title).toBe('Inherited from its agreement, which is non-binding.')
    expect(client.observable.fetch).toHaveBeenCalledWith(expect.any(String), {ids: ['tpd']})
  })

  it('lets a commitment’s override win over its agreement', async () => {
    const badge = await badgeFor(
      props('commitment', {
        agreement: ref('st-1988'),
        legalStatusOverride: {status: 'nonBinding', reason: 'hortatory wording'},
      }),
    )
    expect(badge).toMatchObject({label: 'Non-binding', color: 'warning'})
    expect(badge.title).toContain('hortatory wording')
  })

  it('shows a standalone pledge as unclear', async () => {
    expect((await badgeFor(props('commitment', {}))).label).toBe('Status unclear')
  })

  it('treats an agreement that is not published as unassessed', async () => {
    expect((await badgeFor(props('commitment', {agreement: ref('draft-only')}))).label).toBe(
      'Status unclear',
    )
  })

  it('combines an article’s agreements: alike → that status, differing → mixed', async () => {
    const alike = await badgeFor(props('article', {agreements: [ref('tpd'), ref('quantum')]}))
    expect(alike.label).toBe('Non-binding')
    const differing = await badgeFor(props('article', {agreements: [ref('tpd'), ref('st-1988')]}))
    expect(differing).toMatchObject({label: 'Mixed', color: 'primary'})
    expect(differing.title).toBe('From the 2 agreements covered: 1 non-binding, 1 binding.')
  })

  it('follows a change to the agreement while the document is open', async () => {
    const hook = renderHook(() => useLegalStatusBadge(props('commitment', {agreement: ref('tpd')})))
    await waitFor(() => expect(hook.result.current?.label).toBe('Non-binding'))
    published.set('tpd', 'binding')
    act(() => changes.next({type: 'mutation'}))
    await waitFor(() => expect(hook.result.current?.label).toBe('Binding'))
    expect(client.listen).toHaveBeenCalledTimes(1)
  })

  it('shows nothing for a type it does not serve', () => {
    const hook = renderHook(() => useLegalStatusBadge(props('quote', {agreements: [ref('tpd')]})))
    expect(hook.result.current).toBeNull()
  })

  it('renders as a Studio badge would, in the studio theme', async () => {
    const badge = await badgeFor(props('commitment', {agreement: ref('tpd')}))
    renderWithStudio(<Badge title={badge.title}>{badge.label}</Badge>)
    expect(screen.getByText('Non-binding').closest('[title]')?.getAttribute('title')).toMatch(
      /Inherited/,
    )
  })
})
