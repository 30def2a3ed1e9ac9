/**
 * Sets the editor's assessment beside the analyzer's suggestion: whether they differ, and
 * whether "Apply suggestion" has anything to apply (and if not, why not). Pure logic.
 */
import type {Assessment, SuggestedStatus} from './analyzeInstrumentText'
import {type EffectiveStatus, normalizeStatus} from './effectiveLegalStatus'
import {legalStatusLabel} from './legalStatusLabel'

export interface SuggestionComparison {
  current: EffectiveStatus
  suggested: SuggestedStatus | undefined
  /** `differs`: the editor assessed otherwise; `unassessed`: the editor has not assessed yet. */
  noteKind?: 'differs' | 'unassessed'
  note?: string
  canApply: boolean
  /** Why the button is disabled; undefined when it is enabled. */
  disabledReason?: string
}

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`

export function compareWithSuggestion(
  currentStatus: unknown,
  assessment: Assessment | undefined,
  hasText: boolean,
): SuggestionComparison {
  const current = normalizeStatus(currentStatus)
  if (!hasText || !assessment) {
    return {
      current,
      suggested: undefined,
      canApply: false,
      disabledReason: 'There is no full text to analyze yet.',
    }
  }
  const suggested = assessment.status
  if (suggested === 'unclear') {
    return {
      current,
      suggested,
      canApply: false,
      disabledReason: `The text does not point clearly either way (confidence ${percent(assessment.confidence)}), so there is nothing to apply.`,
    }
  }
  const suggestedLabel = legalStatusLabel(suggested)
  if (current === suggested) {
    return {
      current,
      suggested,
      canApply: false,
      disabledReason: `The assessed status is already ${suggestedLabel}.`,
    }
  }
  if (current === 'unclear') {
    return {
      current,
      suggested,
      noteKind: 'unassessed',
      note: `Not yet assessed. The text reads as ${suggestedLabel} (confidence ${percent(assessment.confidence)}).`,
      canApply: true,
    }
  }
  return {
    current,
    suggested,
    noteKind: 'differs',
    note:
      `Your assessment (${legalStatusLabel(current)}) differs from the text’s suggestion (${suggestedLabel}, confidence ${percent(assessment.confidence)}). ` +
      'Record why in the basis, or apply the suggestion.',
    canApply: true,
  }
}
