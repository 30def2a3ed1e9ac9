// @vitest-environment jsdom
import {act, cleanup, screen, waitFor} from '@testing-library/react'
import type {DocumentActionDescription, DocumentActionProps} from 'sanity'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {createFakeClient} from '../../../test/studio/fakeClient'
import {defineStartFollowUpStoryAction} from './defineStartFollowUpStoryAction'

const hooks = vi.hoisted(() => ({
  client: undefined as unknown,
  navigateIntent: vi.fn(),
}))
vi.mock('sanity', () => ({useClient: () => hooks.client}))
vi.mock('sanity/router', () => ({useRouter: () => ({navigateIntent: hooks.navigateIntent})}))

const useStartFollowUpStoryAction = defineStartFollowUpStoryAction()

const commitment = {
  _id: 'commitment-korea-clps',
  _type: 'commitment',
  _rev: 'r1',
  _createdAt: '2025-10-29T00:00:00Z',
  _updatedAt: '2025-10-29T00:00:00Z',
  title: 'Korean payloads on CLPS',
  summary: 'NASA considers Korean payloads for Commercial Lunar Payload Services.',
  status: 'notYetRated',
  agreement: {_type: 'reference', _ref: 'agreement-us-korea-tpd'},
  parties: [{_key: 'a', _type: 'reference', _ref: 'org-us-government'}],
  ratingHistory: [{_key: 'r', date: '2025-10-29', status: 'notYetRated'}],
  followUps: [
    {
      _key: 'follow-up-6-months',
      _type: 'followUp',
      date: '2026-04-29',
      reason: '6 months',
      state: 'planned',
    },
  ],
}

function props(overrides: Partial<DocumentActionProps> = {}): DocumentActionProps {
  return {
    id: commitment._id,
    type: 'commitment',
    draft: null,
    published: commitment,
    ...overrides,
  } as DocumentActionProps
}

let latest: DocumentActionDescription | null = null
function Probe({actionProps}: {actionProps: DocumentActionProps}) {
  latest = useStartFollowUpStoryAction(actionProps)
  return <button title={String(latest?.title ?? '')}>{latest?.label}</button>
}

let fake: ReturnType<typeof createFakeClient>

afterEach(cleanup)
vi.setConfig({testTimeout: 20_000})

beforeEach(() => {
  latest = null
  hooks.navigateIntent.mockReset()
  fake = createFakeClient(
    (query) => {
      if (query.includes('"quotes"')) {
        return {
          agreement: {
            _id: 'agreement-us-korea-tpd',
            shortName: 'US–ROK TPD',
            signedDate: '2025-10-29',
          },
          parties: [{_id: 'org-us-government', name: 'the United States'}],
          quotes: [{_id: 'quote-donovan'}],
        }
      }
      if (query.startsWith('*[_id in $ids]._id')) return [commitment._id]
      throw new Error(`unexpected query ${query}`)
    },
    {commitDelay: 20},
  )
  hooks.client = fake.client
})

describe('useStartFollowUpStoryAction', () => {
  it('has a hook name for debugging', () => {
    expect(useStartFollowUpStoryAction.displayName).toBe('useStartFollowUpStoryAction')
  })

  it('creates one draft story even when clicked twice at once, then opens it', async () => {
    renderWithStudio(<Probe actionProps={props()} />)
    expect(latest?.label).toBe('Start follow-up story')
    expect(latest?.disabled).toBe(false)

    const first = latest!
    act(() => {
      first.onHandle?.()
      first.onHandle?.()
    })
    expect(latest?.disabled).toBe(true)
    expect(latest?.label).toBe('Starting follow-up story…')
    // A click on the re-rendered, disabled button also does nothing.
    act(() => latest?.onHandle?.())

    await waitFor(() => expect(hooks.navigateIntent).toHaveBeenCalledTimes(1))
    expect(fake.client.transaction).toHaveBeenCalledTimes(1)
    expect(fake.committed).toHaveLength(1)
    const [create, link] = fake.committed[0]!
    expect(create?.createIfNotExists).toMatchObject({
      _id: 'drafts.followup-commitment-korea-clps-follow-up-6-months',
      _type: 'article',
      kind: 'followUp',
      followUpOf: {_ref: 'commitment-korea-clps'},
      agreements: [{_ref: 'agreement-us-korea-tpd'}],
    })
    expect(link?.patch).toEqual({
      id: 'commitment-korea-clps',
      set: {
        'followUps[_key=="follow-up-6-months"].article': {
          _type: 'reference',
          _ref: 'followup-commitment-korea-clps-follow-up-6-months',
          _weak: true,
        },
        'followUps[_key=="follow-up-6-months"].state': 'inProgress',
      },
    })
    expect(hooks.navigateIntent).toHaveBeenCalledWith('edit', {
      id: 'followup-commitment-korea-clps-follow-up-6-months',
      type: 'article',
    })
    expect(await screen.findByText('Follow-up story started', {}, {timeout: 5000})).toBeTruthy()
    await waitFor(() => expect(latest?.disabled).toBe(false))
  })

  it('also patches the draft of the commitment when there is one', async () => {
    fake = createFakeClient((query) =>
      query.includes('"quotes"')
        ? {agreement: null, parties: [], quotes: []}
        : [commitment._id, `drafts.${commitment._id}`],
    )
    hooks.client = fake.client
    renderWithStudio(
      <Probe actionProps={props({draft: {...commitment, _id: `drafts.${commitment._id}`}})} />,
    )
    act(() => latest?.onHandle?.())
    await waitFor(() => expect(fake.committed).toHaveLength(1))
    expect(fake.committed[0]!.map((op) => op.patch?.id ?? 'create')).toEqual([
      'create',
      'commitment-korea-clps',
      'drafts.commitment-korea-clps',
    ])
  })

  it('opens the story already linked and never creates another', async () => {
    const linked = {
      ...commitment,
      followUps: [
        {
          ...commitment.followUps[0]!,
          state: 'inProgress',
          article: {
            _type: 'reference',
            _ref: 'followup-commitment-korea-clps-follow-up-6-months',
            _weak: true,
          },
        },
      ],
    }
    renderWithStudio(<Probe actionProps={props({published: linked})} />)
    expect(latest?.label).toBe('Open follow-up story')
    act(() => latest?.onHandle?.())
    await waitFor(() => expect(hooks.navigateIntent).toHaveBeenCalledTimes(1))
    expect(fake.client.transaction).not.toHaveBeenCalled()
    expect(hooks.navigateIntent).toHaveBeenCalledWith('edit', {
      id: 'followup-commitment-korea-clps-follow-up-6-months',
      type: 'article',
    })
  })

  it('reports a failure with a toast and can be retried', async () => {
    fake.client.fetch.mockRejectedValueOnce(new Error('Network down'))
    renderWithStudio(<Probe actionProps={props()} />)
    act(() => latest?.onHandle?.())
    expect(
      await screen.findByText('Could not start the follow-up story', {}, {timeout: 5000}),
    ).toBeTruthy()
    expect(screen.getByText('Network down')).toBeTruthy()
    expect(hooks.navigateIntent).not.toHaveBeenCalled()
    await waitFor(() => expect(latest?.disabled).toBe(false))
  })

  it.each([
    ['unsaved', {published: null, draft: null}, 'Save the commitment first.'],
    [
      'never published',
      {published: null, draft: {...commitment, _id: `drafts.${commitment._id}`}},
      'Publish the commitment first, so the story can reference it.',
    ],
    [
      'kept',
      {published: {...commitment, status: 'kept'}},
      'The rating is final (Promise kept): no follow-up is due.',
    ],
    [
      'broken',
      {published: {...commitment, status: 'broken'}},
      'The rating is final (Promise broken): no follow-up is due.',
    ],
    [
      'nothing planned',
      {published: {...commitment, followUps: [{...commitment.followUps[0]!, state: 'done'}]}},
      'Nothing planned: add a follow-up date first.',
    ],
  ])('is disabled when %s, with the reason as its title', (_name, overrides, reason) => {
    renderWithStudio(<Probe actionProps={props(overrides as Partial<DocumentActionProps>)} />)
    expect(latest?.disabled).toBe(true)
    expect(latest?.title).toBe(reason)
    act(() => latest?.onHandle?.())
    expect(fake.client.fetch).not.toHaveBeenCalled()
  })
})
