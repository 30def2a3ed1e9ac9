// @vitest-environment jsdom
import {Text} from '@sanity/ui'
import {act, cleanup, fireEvent, screen, within} from '@testing-library/react'
import type {PatchEvent} from 'sanity'
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'

import {renderWithStudio} from '../../../test/studio/renderWithStudio'
import {LegalStatusInspector} from './LegalStatusInspector'

const MOU_TEXT =
  'The Government of the United States of America and the Government of the Republic of Korea (hereinafter referred to as the "Participants"), Have reached the following understandings: The Participants intend to collaborate in AI. This MOU is not legally binding.'
const TREATY_TEXT =
  'The Parties have agreed as follows: Article 1. Each Party shall take the measures necessary. This Agreement shall enter into force upon the exchange of instruments of ratification.'

const pane = {
  value: {} as Record<string, unknown>,
  onChange: vi.fn<(event: PatchEvent) => void>(),
  permissions: {granted: true} as {granted: boolean} | null,
  isDeleted: false,
}

vi.mock('sanity/structure', () => ({useDocumentPane: () => pane}))

function agreement(fullText: string, legalStatus: Record<string, unknown> = {}) {
  pane.value = {_id: 'drafts.a', _type: 'agreement', fullText, legalStatus}
}

function renderInspector(debounceMs = 0) {
  const onClose = vi.fn()
  const view = renderWithStudio(
    <LegalStatusInspector
      documentId="a"
      documentType="agreement"
      onClose={onClose}
      debounceMs={debounceMs}
    />,
  )
  return {...view, onClose}
}

const applyButton = () => screen.getByRole('button', {name: 'Apply suggestion'})

// The first render in a fresh jsdom sets up the theme and styles and can take seconds on a busy
// machine; do it once here so no single test pays for it against its timeout.
beforeAll(() => {
  renderWithStudio(<Text>warm-up</Text>)
  cleanup()
}, 30_000)

beforeEach(() => {
  pane.onChange.mockClear()
  pane.permissions = {granted: true}
  pane.isDeleted = false
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('LegalStatusInspector', () => {
  it('shows the suggestion with its evidence highlighted in context', () => {
    agreement(MOU_TEXT, {status: 'unassessed'})
    const {container} = renderInspector()
    expect(screen.getByText('Suggested by the text')).toBeTruthy()
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(expect.arrayContaining(['intend to']))
    expect(marks.some((mark) => /Participants/.test(String(mark)))).toBe(true)
    expect(marks.some((mark) => /legally binding/.test(String(mark)))).toBe(true)
    const evidence = screen.getByRole('list', {name: 'Evidence in the text'})
    expect(within(evidence).getAllByText('non-binding').length).toBeGreaterThan(0)
    expect(screen.getByRole('status').textContent).toMatch(
      /^Not yet assessed\. The text reads as Non-binding/,
    )
  })

  it('notes where the editor’s assessment differs from the suggestion', () => {
    agreement(MOU_TEXT, {status: 'binding'})
    renderInspector()
    expect(screen.getByRole('status').textContent).toMatch(
      /Your assessment \(Binding\) differs from the text’s suggestion \(Non-binding/,
    )
  })

  it('sets the status only when the editor clicks "Apply suggestion", through the form', () => {
    agreement(TREATY_TEXT, {status: 'nonBinding'})
    renderInspector()
    expect(pane.onChange).not.toHaveBeenCalled()
    fireEvent.click(applyButton())
    expect(pane.onChange).toHaveBeenCalledTimes(1)
    const event = pane.onChange.mock.calls[0]![0]
    expect(event.patches).toEqual([
      expect.objectContaining({
        type: 'setIfMissing',
        path: ['legalStatus'],
        value: {_type: 'legalStatus'},
      }),
      expect.objectContaining({type: 'set', path: ['legalStatus', 'status'], value: 'binding'}),
    ])
    expect(screen.getByText('Legal status set to Binding')).toBeTruthy()
  })

  it('disables the button, and says why, when the assessment already matches', () => {
    agreement(MOU_TEXT, {status: 'nonBinding'})
    renderInspector()
    const button = applyButton()
    expect(button.hasAttribute('disabled')).toBe(true)
    expect(button.getAttribute('title')).toBe('The assessed status is already Non-binding.')
    expect(screen.getByText('The assessed status is already Non-binding.')).toBeTruthy()
    fireEvent.click(button)
    expect(pane.onChange).not.toHaveBeenCalled()
  })

  it('disables the button when there is no text, and says where to paste it', () => {
    agreement('')
    renderInspector()
    expect(applyButton().getAttribute('title')).toBe('There is no full text to analyze yet.')
    expect(screen.getByText(/No full text to analyze/)).toBeTruthy()
  })

  it('disables the button when the editor may not edit', () => {
    agreement(TREATY_TEXT, {status: 'nonBinding'})
    pane.permissions = {granted: false}
    renderInspector()
    expect(applyButton().getAttribute('title')).toBe(
      'You do not have permission to edit this document.',
    )
  })

  it('waits for typing to pause before analyzing the changed text again', () => {
    vi.useFakeTimers()
    agreement(MOU_TEXT, {status: 'nonBinding'})
    const view = renderInspector(300)
    expect(applyButton().hasAttribute('disabled')).toBe(true)

    agreement(TREATY_TEXT, {status: 'nonBinding'})
    view.rerender(
      <LegalStatusInspector
        documentId="a"
        documentType="agreement"
        onClose={view.onClose}
        debounceMs={300}
      />,
    )
    expect(screen.getByText(/updating…/)).toBeTruthy()
    expect(applyButton().hasAttribute('disabled')).toBe(true)

    act(() => vi.advanceTimersByTime(300))
    expect(screen.queryByText(/updating…/)).toBeNull()
    expect(applyButton().hasAttribute('disabled')).toBe(false)
  })

  it('shows the criteria checklist and the milestones', () => {
    agreement(MOU_TEXT, {
      status: 'nonBinding',
      criteria: {
        intentToBeBound: {answer: 'no', note: 'Participants, intend to.'},
        twoOrMoreParties: {answer: 'yes'},
      },
      milestones: [
        {_key: 'f', kind: 'becameOperative', date: '2025-11-01'},
        {_key: 's', kind: 'signed', date: '2025-10-29', url: 'https://example.org/signed'},
      ],
    })
    renderInspector()
    const criteria = screen.getByRole('list', {name: 'Criteria (22 CFR 181.2)'})
    expect(within(criteria).getByText('Intent to be legally bound: No')).toBeTruthy()
    expect(within(criteria).getByText('Participants, intend to.')).toBeTruthy()
    expect(within(criteria).getByText('Two or more parties: Yes')).toBeTruthy()
    expect(within(criteria).getByText('Specificity: Unknown')).toBeTruthy()
    const milestones = within(screen.getByRole('list', {name: 'Milestones'})).getAllByRole(
      'listitem',
    )
    expect(milestones.map((item) => item.textContent)).toEqual([
      '2025-10-29 · Signed',
      '2025-11-01 · Became operative',
    ])
    expect(screen.getByRole('link', {name: 'Signed'}).getAttribute('href')).toBe(
      'https://example.org/signed',
    )
  })

  it('closes', () => {
    agreement('')
    const {onClose} = renderInspector()
    fireEvent.click(screen.getByRole('button', {name: 'Close legal status'}))
    expect(onClose).toHaveBeenCalled()
  })
})
