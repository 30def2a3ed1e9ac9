import {
  type CalendarDate,
  daysBetween,
  type Offset,
  parseCalendarDate,
  shiftDate,
} from './calendarDate'

export interface MilestoneRule {
  /** Stable id, so an adopted suggestion can be recognized later. */
  id: string
  label: string
  offset: Offset
}

export interface SchedulingRules {
  /** Checks counted from the agreement's signing (or release) date. */
  afterSigning: MilestoneRule[]
  /** Days before a stated deadline to check whether it will be met. */
  daysBeforeDeadline: number[]
  checkOnDeadline: boolean
  /** Suggest a re-check when the rating has not changed for this many days; 0 turns it off. */
  staleAfterDays: number
}

export const DEFAULT_SCHEDULING_RULES: SchedulingRules = {
  afterSigning: [
    {id: 'signing+100d', label: '100 days after signing', offset: {days: 100}},
    {id: 'signing+6m', label: '6 months after signing', offset: {months: 6}},
    {id: 'signing+1y', label: '1 year after signing', offset: {years: 1}},
  ],
  daysBeforeDeadline: [30],
  checkOnDeadline: true,
  staleAfterDays: 120,
}

export interface SchedulingInput {
  signedDate?: string
  deadline?: string
  /** Date of the latest rating entry, if any. */
  lastRatedDate?: string
  /** Dates the editor already planned; suggestions never replace or duplicate them. */
  plannedDates?: string[]
  today: CalendarDate
}

export interface FollowUpSuggestion {
  date: CalendarDate
  reason: string
  rule: string
}

export interface SchedulingResult {
  suggestions: FollowUpSuggestion[]
  /** Input the rules could not use, in words an editor can act on. */
  problems: string[]
}

/**
 * Suggests follow-up dates for one commitment. Pure: the caller decides whether to adopt any.
 * Suggestions in the past are dropped, except the staleness re-check, which is due today.
 */
export function suggestFollowUps(
  input: SchedulingInput,
  rules: SchedulingRules = DEFAULT_SCHEDULING_RULES,
): SchedulingResult {
  const problems: string[] = []
  const usable = (label: string, value: string | undefined) => {
    if (value === undefined || value === '') return undefined
    if (parseCalendarDate(value)) return value
    problems.push(`The ${label} "${value}" is not a date in the form YYYY-MM-DD.`)
    return undefined
  }
  const today = usable('date for today', input.today)
  if (!today) return {suggestions: [], problems}
  const signed = usable('signing date', input.signedDate)
  let deadline = usable('deadline', input.deadline)
  const lastRated = usable('last rating date', input.lastRatedDate)
  if (signed && deadline && daysBetween(signed, deadline) < 0) {
    problems.push(
      `The deadline (${deadline}) is before the signing date (${signed}); no deadline checks were suggested.`,
    )
    deadline = undefined
  }

  const candidates: FollowUpSuggestion[] = []
  if (signed) {
    for (const rule of rules.afterSigning) {
      candidates.push({date: shiftDate(signed, rule.offset), reason: rule.label, rule: rule.id})
    }
  }
  if (deadline) {
    for (const days of rules.daysBeforeDeadline) {
      candidates.push({
        date: shiftDate(deadline, {days: -days}),
        reason: `${days} days before the deadline (${deadline})`,
        rule: `deadline-${days}d`,
      })
    }
    if (rules.checkOnDeadline) {
      candidates.push({date: deadline, reason: `Deadline (${deadline})`, rule: 'deadline'})
    }
  }

  const planned = new Set((input.plannedDates ?? []).filter((date) => parseCalendarDate(date)))
  const suggestions = candidates.filter(
    (candidate) => daysBetween(today, candidate.date) >= 0 && !planned.has(candidate.date),
  )

  const ratedFrom = lastRated ?? signed
  if (rules.staleAfterDays > 0 && ratedFrom) {
    const age = daysBetween(ratedFrom, today)
    const hasUpcomingCheck = [...planned].some((date) => daysBetween(today, date) >= 0)
    if (age >= rules.staleAfterDays && !hasUpcomingCheck && !planned.has(today)) {
      suggestions.push({
        date: today,
        reason: `Rating unchanged for ${age} days`,
        rule: 'stale',
      })
    }
  }

  suggestions.sort((a, b) => a.date.localeCompare(b.date) || a.rule.localeCompare(b.rule))
  return {suggestions: dedupeByDate(suggestions), problems}
}

function dedupeByDate(suggestions: FollowUpSuggestion[]): FollowUpSuggestion[] {
  const seen = new Set<string>()
  return suggestions.filter((suggestion) => {
    if (seen.has(suggestion.date)) return false
    seen.add(suggestion.date)
    return true
  })
}
