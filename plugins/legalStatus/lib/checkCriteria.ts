/**
 * Consistency between an assessed status and the 22 CFR 181.2 checklist: an instrument that
 * fails a required criterion is not a binding international agreement, and one that meets them
 * all, intent included, is hard to call non-binding. Returns advice for a validation warning.
 */
import {CRITERIA, type CriterionName} from './criteria'

export type RuleResult = true | string

type Criteria = Partial<Record<CriterionName, {answer?: unknown} | null | undefined>>

export function checkCriteria(status: unknown, input: unknown): RuleResult {
  if (!input || typeof input !== 'object') return true
  const criteria = input as Criteria
  const answer = (name: CriterionName) => criteria[name]?.answer
  if (status === 'binding') {
    const failed = CRITERIA.filter(
      (criterion) => criterion.required && answer(criterion.name) === 'no',
    )
    if (failed.length > 0) {
      return `Marked binding, but the checklist answers “No” to ${failed
        .map((criterion) => `“${criterion.title}”`)
        .join(', ')}. A binding international agreement meets every criterion of 22 CFR 181.2.`
    }
  }
  if (status === 'nonBinding') {
    const allMet = CRITERIA.filter((criterion) => criterion.required).every(
      (criterion) => answer(criterion.name) === 'yes',
    )
    if (allMet) {
      return 'Marked non-binding, but the checklist answers “Yes” to every criterion of 22 CFR 181.2, including the intent to be legally bound. Check the status or the answers.'
    }
  }
  return true
}
