// @vitest-environment jsdom
import {cleanup, fireEvent, screen, waitFor, within} from '@testing-library/react'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {createFakeClient} from '../../../test/studio/fakeClient'
import {QuotePicker} from './QuotePicker'

const hooks = vi.hoisted(() => ({client: undefined as unknown}))
vi.mock('sanity', () => ({
  useClient: () => hooks.client,
  useCurrentUser: () => ({id: 'u1', name: 'Local Editor', email: 'editor@localhost'}),
}))

const QUOTES = [
  {
    _id: 'quote-kratsios',
    text: 'We reject global governance of AI innovation',
    date: '2025-10-28',
    groundRules: 'onTheRecord',
    verification: {method: 'publishedText'},
    speaker: 'Michael Kratsios',
  },
  {
    _id: 'quote-secret',
    text: 'Between us, the deal is hollow',
    date: '2025-10-30',
    groundRules: 'offTheRecord',
    verification: {method: 'unverified'},
    speaker: 'An Aide',
  },
]
const PEOPLE = [
  {
    _id: 'person-cole-donovan',
    name: 'Cole Donovan',
    currentTitle: 'associate director',
    organizationName: 'FAS',
  },
]

let fake: ReturnType<typeof createFakeClient>
const searches: unknown[] = []

beforeEach(() => {
  searches.length = 0
  fake = createFakeClient((query, params) => {
    if (query.includes('_type == "person"')) return PEOPLE
    searches.push(params.terms)
    return params.terms ? QUOTES.filter((q) => q._id === 'quote-kratsios') : QUOTES
  })
  hooks.client = fake.client
})
afterEach(cleanup)
vi.setConfig({testTimeout: 20_000})

describe('QuotePicker', () => {
  it('lists quotes with speaker, date, ground-rules and verification badges', async () => {
    renderWithStudio(<QuotePicker onPick={() => undefined} />)
    const option = await screen.findByTestId('quote-option-quote-kratsios')
    expect(option.textContent).toContain('Michael Kratsios · 2025-10-28')
    expect(within(option).getByText('On the record')).toBeTruthy()
    expect(within(option).getByText('Verified: published text')).toBeTruthy()
  })

  it('shows off-the-record quotes disabled, with the reason, and does not pick them', async () => {
    const onPick = vi.fn()
    renderWithStudio(<QuotePicker onPick={onPick} />)
    const secret = await screen.findByTestId('quote-option-quote-secret')
    expect(secret.getAttribute('aria-disabled')).toBe('true')
    expect(secret.getAttribute('title')).toBe('Off the record: it cannot be published.')
    expect(within(secret).getByText('Off the record: it cannot be published.')).toBeTruthy()
    fireEvent.click(secret)
    expect(onPick).not.toHaveBeenCalled()
  })

  it('searches by words and picks the quote', async () => {
    const onPick = vi.fn()
    renderWithStudio(<QuotePicker onPick={onPick} />)
    await screen.findByTestId('quote-option-quote-secret')
    fireEvent.change(screen.getByLabelText('Search quotes'), {target: {value: 'global governance'}})
    await waitFor(() => expect(screen.queryByTestId('quote-option-quote-secret')).toBeNull())
    expect(searches).toContainEqual(['global*', 'governance*'])
    fireEvent.click(screen.getByTestId('quote-option-quote-kratsios'))
    expect(onPick).toHaveBeenCalledWith('quote-kratsios')
  })
})

describe('create in place', () => {
  async function openDialog() {
    const onPick = vi.fn()
    renderWithStudio(<QuotePicker onPick={onPick} />)
    await screen.findByTestId('quote-option-quote-kratsios')
    fireEvent.click(screen.getByRole('button', {name: 'New quote'}))
    await screen.findByRole('option', {name: 'Cole Donovan'})
    return onPick
  }
  const fill = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), {target: {value}})

  it('says what is missing and creates nothing', async () => {
    await openDialog()
    fireEvent.click(screen.getByRole('button', {name: 'Create and insert'}))
    expect(await screen.findByText('Type or paste the exact words.')).toBeTruthy()
    expect(screen.getByText('Choose who said it.')).toBeTruthy()
    expect(screen.getByText('Add a source link, or say how you verified the words.')).toBeTruthy()
    expect(fake.client.transaction).not.toHaveBeenCalled()
  })

  it('creates and publishes the quote in one transaction, then inserts it', async () => {
    const onPick = await openDialog()
    fill('Exact words', 'It could be years before we see outcomes')
    fill('Speaker', 'person-cole-donovan')
    expect((screen.getByLabelText('Speaker’s title at the time') as HTMLInputElement).value).toBe(
      'associate director at FAS',
    )
    fill('Said on', '2025-10-29')
    fill('Venue or medium', 'interview')
    fill('Verification', 'recording')
    fireEvent.click(screen.getByRole('button', {name: 'Create and insert'}))
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1))
    expect(fake.committed).toHaveLength(1)
    const created = fake.committed[0]![0]!.createIfNotExists!
    expect(created._id).toMatch(/^quote-[a-zA-Z0-9-]+$/)
    expect(created).toMatchObject({
      _type: 'quote',
      text: 'It could be years before we see outcomes',
      speaker: {_type: 'reference', _ref: 'person-cole-donovan'},
      date: '2025-10-29',
      medium: 'interview',
      verification: {method: 'recording', verifiedBy: 'Local Editor'},
    })
    expect(onPick).toHaveBeenCalledWith(created._id)
  })

  it('keeps everything typed when creation fails, and retries under the same id', async () => {
    const onPick = await openDialog()
    fake.state.failCommits = 1
    fill('Exact words', 'Words that must not be lost')
    fill('Speaker', 'person-cole-donovan')
    fill('Said on', '2025-10-29')
    fill('Venue or medium', 'interview')
    fill('Source link', 'https://example.org/interview')
    fireEvent.click(screen.getByRole('button', {name: 'Create and insert'}))
    expect(await screen.findByText(/Not created: Network down/)).toBeTruthy()
    expect((screen.getByLabelText('Exact words') as HTMLTextAreaElement).value).toBe(
      'Words that must not be lost',
    )
    expect(onPick).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', {name: 'Create and insert'}))
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1))
    const ids = fake.client.transaction.mock.results.length
    expect(ids).toBe(2)
    expect(onPick.mock.calls[0]![0]).toBe(fake.committed[0]![0]!.createIfNotExists!._id)
  })
})
