import {describe, expect, it} from 'vitest'

import type {Assessment} from './analyzeInstrumentText'
import {compareWithSuggestion} from './compareWithSuggestion'

const suggestion = (status: Assessment['status'], confidence = 0.8): Assessment => ({
  status,
  confidence,
  evidence: [],
  evidenceOmitted: 0,
})

describe('compareWithSuggestion', () => {
  it('has nothing to apply without text', () => {
    expect(compareWithSuggestion('binding', undefined, false)).toMatchObject({
      canApply: false,
      disabledReason: 'There is no full text to analyze yet.',
    })
    expect(compareWithSuggestion('binding', suggestion('nonBinding'), false).canApply).toBe(false)
  })

  it('has nothing to apply when the text is unclear, and gives the confidence', () => {
    const result = compareWithSuggestion('unassessed', suggestion('unclear', 0.34), true)
    expect(result.canApply).toBe(false)
    expect(result.disabledReason).toMatch(/does not point clearly either way \(confidence 34%\)/)
    expect(result.note).toBeUndefined()
  })

  it('has nothing to apply when the assessment already matches', () => {
    const result = compareWithSuggestion('nonBinding', suggestion('nonBinding'), true)
    expect(result).toMatchObject({
      canApply: false,
      disabledReason: 'The assessed status is already Non-binding.',
    })
    expect(result.note).toBeUndefined()
  })

  it('offers the suggestion for an unassessed instrument, without calling it a difference', () => {
    for (const current of ['unassessed', undefined, null, 'nonsense']) {
      const result = compareWithSuggestion(current, suggestion('nonBinding', 0.9), true)
      expect(result).toMatchObject({canApply: true, noteKind: 'unassessed', current: 'unclear'})
      expect(result.note).toBe('Not yet assessed. The text reads as Non-binding (confidence 90%).')
    }
  })

  it('notes where the editor’s assessment differs from the suggestion', () => {
    const result = compareWithSuggestion('binding', suggestion('nonBinding', 0.75), true)
    expect(result).toMatchObject({canApply: true, noteKind: 'differs'})
    expect(result.disabledReason).toBeUndefined()
    expect(result.note).toMatch(
      /^Your assessment \(Binding\) differs from the text’s suggestion \(Non-binding, confidence 75%\)/,
    )
  })

  it('treats "mixed" as differing from either suggestion', () => {
    expect(compareWithSuggestion('mixed', suggestion('binding'), true).noteKind).toBe('differs')
    expect(compareWithSuggestion('mixed', suggestion('nonBinding'), true).noteKind).toBe('differs')
  })

  it('enables the button exactly when it gives no reason', () => {
    const currents = ['binding', 'nonBinding', 'mixed', 'unassessed', undefined]
    const suggestions = [
      undefined,
      suggestion('binding'),
      suggestion('nonBinding'),
      suggestion('unclear'),
    ]
    for (const current of currents) {
      for (const assessment of suggestions) {
        for (const hasText of [true, false]) {
          const result = compareWithSuggestion(current, assessment, hasText)
          expect(result.canApply).toBe(result.disabledReason === undefined)
        }
      }
    }
  })
})
