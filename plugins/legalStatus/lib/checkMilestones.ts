/**
 * A milestone dated before the instrument was signed is almost always a typing mistake:
 * ratification, entry into force, reporting and publication all follow signature.
 */
import {parseCalendarDate} from '../../../schemas/rules/editorialRules'
import {MILESTONE_KINDS, titleOfChoice} from './criteria'

export interface MilestoneValue {
  _key?: string
  kind?: unknown
  date?: unknown
}

export interface MilestoneProblem {
  key: string | undefined
  message: string
}

export function checkMilestones(milestones: unknown): MilestoneProblem[] {
  if (!Array.isArray(milestones)) return []
  const items = milestones as (MilestoneValue | null)[]
  const signedDates = items
    .filter((item) => item?.kind === 'signed')
    .map((item) => ({raw: String(item?.date), date: parseCalendarDate(item?.date)}))
    .filter((item): item is {raw: string; date: Date} => item.date !== undefined)
    .sort((a, b) => a.date.getTime() - b.date.getTime())
  const signed = signedDates[0]
  if (!signed) return []
  const problems: MilestoneProblem[] = []
  for (const item of items) {
    if (!item || item.kind === 'signed') continue
    const date = parseCalendarDate(item.date)
    if (date && date < signed.date) {
      problems.push({
        key: item._key,
        message: `“${titleOfChoice(MILESTONE_KINDS, item.kind)}” (${String(item.date)}) is dated before the signature (${signed.raw}).`,
      })
    }
  }
  return problems
}
