// @vitest-environment jsdom
import {cleanup, screen, waitFor} from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type {
  DocumentActionDescription,
  DocumentActionModalDialogProps,
  DocumentActionProps,
} from 'sanity'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {DEFAULT_OPTIONS} from '../constants'
import {createFakeClient} from '../../../test/studio/fakeClient'
import {defineSuggestFollowUpDatesAction} from './defineSuggestFollowUpDatesAction'

const hooks = vi.hoisted(() => ({client: undefined as unknown, execute: vi.fn()}))
vi.mock('sanity', () => ({
  useClient: () => hooks.client,
  useDocumentOperation: () => ({patch: {disabled: false, execute: hooks.execute}}),
}))

vi.useFakeTimers({toFake: ['Date'], now: new Date('2025-11-03T15:00:00Z')})

const useSuggestFollowUpDatesAction = defineSuggestFollowUpDatesAction(DEFAULT_OPTIONS)

const commitment = {
  _id: 'commitment-japan-fusion',
  _type: 'commitment',
  status: 'notYetRated',
  agreement: {_type: 'reference', _ref: 'agreement-us-japan-tpd'},
  followUps: [
    {
      _key: 'mine',
      _type: 'followUp',
      date: '2026-04-28',
      reason: 'Editor’s date',
      state: 'planned',
    },
  ],
}

let latest: DocumentActionDescription | null = null
function Probe({actionProps}: {actionProps: DocumentActionProps}) {
  latest = useSuggestFollowUpDatesAction(actionProps)
  const dialog = latest?.dialog as DocumentActionModalDialogProps | false | undefined
  return (
    <div>
      <button
        onClick={latest?.onHandle}
        disabled={latest?.disabled}
        title={String(latest?.title ?? '')}
      >
        {latest?.label}
      </button>
      {dialog ? <div role="dialog">{dialog.content}</div> : null}
    </div>
  )
}

const props = (published: Record<string, unknown> | null) =>
  ({
    id: 'commitment-japan-fusion',
    type: 'commitment',
    draft: null,
    published,
  }) as DocumentActionProps

afterEach(cleanup)
vi.setConfig({testTimeout: 20_000})

beforeEach(() => {
  hooks.execute.mockReset()
  hooks.client = createFakeClient(() => '2025-10-28').client
})

describe('useSuggestFollowUpDatesAction', () => {
  it('lists suggestions (minus dates already planned) and appends only the ticked ones', async () => {
    const user = userEvent.setup()
    renderWithStudio(<Probe actionProps={props(commitment)} />)
    await user.click(screen.getByRole('button', {name: 'Suggest follow-up dates'}))
    const hundredDays = await screen.findByRole('checkbox', {
      name: '2026-02-05: 100 days after signing',
    })
    expect(screen.getByRole('checkbox', {name: '2026-10-28: 1 year after signing'})).toBeTruthy()
    // The editor already planned 2026-04-28; it is not offered again.
    expect(screen.queryByRole('checkbox', {name: /2026-04-28/})).toBeNull()

    await user.click(hundredDays)
    await user.click(screen.getByRole('button', {name: 'Add 1 follow-up'}))
    expect(hooks.execute).toHaveBeenCalledWith([
      {setIfMissing: {followUps: []}},
      {
        insert: {
          after: 'followUps[-1]',
          items: [
            {
              _type: 'followUp',
              _key: 'suggested-signing-100d-2026-02-05',
              date: '2026-02-05',
              reason: '100 days after signing',
              state: 'planned',
            },
          ],
        },
      },
    ])
    expect(await screen.findByText('Added 1 follow-up', {}, {timeout: 5000})).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it.each([
    [null, 'Save the commitment first.'],
    [{...commitment, status: 'kept'}, 'The rating is final (Promise kept): no follow-up is due.'],
  ])('is disabled with the reason as its title (%#)', (doc, reason) => {
    renderWithStudio(<Probe actionProps={props(doc)} />)
    expect(latest?.disabled).toBe(true)
    expect(latest?.title).toBe(reason)
  })

  it('has a hook name', () => {
    expect(useSuggestFollowUpDatesAction.displayName).toBe('useSuggestFollowUpDatesAction')
  })
})
