// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor} from '@testing-library/react'
import type {DocumentActionDescription, DocumentActionProps} from 'sanity'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {createFakeClient} from '../../../test/studio/fakeClient'
import {defineVerifyQuoteAction} from './defineVerifyQuoteAction'

const hooks = vi.hoisted(() => ({
  client: undefined as unknown,
  user: {id: 'u1', name: 'Local Editor'} as {id: string; name: string} | null,
}))
vi.mock('sanity', () => ({useClient: () => hooks.client, useCurrentUser: () => hooks.user}))

const useVerifyQuoteAction = defineVerifyQuoteAction()
const quote = {
  _id: 'quote-kratsios',
  _type: 'quote',
  text: 'We reject global governance',
  verification: {_type: 'quoteVerification', method: 'unverified'},
}
const props = (overrides: Partial<DocumentActionProps> = {}) =>
  ({
    id: 'quote-kratsios',
    type: 'quote',
    draft: null,
    published: quote,
    ...overrides,
  }) as DocumentActionProps

let latest: DocumentActionDescription | null = null
function Probe({actionProps}: {actionProps: DocumentActionProps}) {
  latest = useVerifyQuoteAction(actionProps)
  return (
    <>
      <button
        title={String(latest?.title ?? '')}
        disabled={latest?.disabled}
        onClick={latest?.onHandle}
      >
        {latest?.label}
      </button>
      {latest?.dialog && latest.dialog.type === 'dialog' ? (
        <div>{latest.dialog.content}</div>
      ) : null}
    </>
  )
}

let fake: ReturnType<typeof createFakeClient>
beforeEach(() => {
  // The quote has a draft on the server: the draft gets the record too.
  fake = createFakeClient((query, params) =>
    query.startsWith('count(') && params.id === 'drafts.quote-kratsios' ? 1 : null,
  )
  hooks.client = fake.client
  hooks.user = {id: 'u1', name: 'Local Editor'}
})
afterEach(cleanup)
vi.setConfig({testTimeout: 20_000})

describe('Verify', () => {
  it('records who, how and when on the published quote and its draft, in one transaction', async () => {
    renderWithStudio(
      <Probe actionProps={props({draft: {...quote, _id: 'drafts.quote-kratsios'} as never})} />,
    )
    fireEvent.click(screen.getByRole('button', {name: 'Verify'}))
    fireEvent.click(await screen.findByRole('button', {name: 'Verified against a transcript'}))
    await waitFor(() => expect(fake.committed).toHaveLength(1))
    const [published, draft] = fake.committed[0]!
    expect(published!.patch!.id).toBe('quote-kratsios')
    expect(draft!.patch!.id).toBe('drafts.quote-kratsios')
    expect(published!.patch!.set.verification).toMatchObject({
      method: 'transcript',
      verifiedBy: 'Local Editor',
      verifiedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
  })

  it('disables the method already recorded, saying by whom', async () => {
    const verified = {
      ...quote,
      verification: {method: 'recording', verifiedBy: 'Ann', verifiedAt: '2026-01-02T00:00:00Z'},
    }
    renderWithStudio(<Probe actionProps={props({published: verified as never})} />)
    fireEvent.click(screen.getByRole('button', {name: 'Verify'}))
    const recording = await screen.findByRole('button', {name: 'Verified against a recording'})
    expect((recording as HTMLButtonElement).disabled).toBe(true)
    expect(recording.getAttribute('title')).toBe(
      'Already verified against a recording by Ann on 2026-01-02.',
    )
  })

  it('is disabled with the reason for an unpublished quote or without a user', () => {
    renderWithStudio(<Probe actionProps={props({published: null, draft: quote as never})} />)
    expect(latest?.disabled).toBe(true)
    expect(latest?.title).toMatch(/Publish the quote first/)
    cleanup()
    hooks.user = null
    renderWithStudio(<Probe actionProps={props()} />)
    expect(latest?.title).toMatch(/Sign in/)
  })
})
