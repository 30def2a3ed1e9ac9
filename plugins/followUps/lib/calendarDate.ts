import {tz} from '@date-fns/tz'
import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  format,
  isValid,
  parseISO,
} from 'date-fns'

/**
 * Follow-up dates are calendar dates (`YYYY-MM-DD`) with no time or zone: "check on 6 May".
 * They are handled as UTC midnights, so day arithmetic never meets a DST change; only "today"
 * depends on the newsroom's time zone.
 */
export type CalendarDate = string

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function parseCalendarDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined
  const date = parseISO(`${value}T00:00:00Z`)
  if (!isValid(date) || date.toISOString().slice(0, 10) !== value) return undefined
  return date
}

export function toCalendarDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10)
}

/** The calendar date it is at `now` in `timeZone`, e.g. still the 5th in New York at 02:00 UTC on the 6th. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  return format(now, 'yyyy-MM-dd', {in: tz(timeZone)})
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = parseCalendarDate(from)
  const b = parseCalendarDate(to)
  if (!a || !b) throw new RangeError(`Not a calendar date: ${!a ? from : to}`)
  return differenceInCalendarDays(b, a, {in: tz('UTC')})
}

export interface Offset {
  days?: number
  months?: number
  years?: number
}

/** Adds an offset with calendar rules: 31 Jan + 1 month is 28 (or 29) Feb, 29 Feb + 1 year is 28 Feb. */
export function shiftDate(date: CalendarDate, offset: Offset): CalendarDate {
  const start = parseCalendarDate(date)
  if (!start) throw new RangeError(`Not a calendar date: ${date}`)
  const options = {in: tz('UTC')}
  let result = addYears(start, offset.years ?? 0, options)
  result = addMonths(result, offset.months ?? 0, options)
  result = addDays(result, offset.days ?? 0, options)
  return toCalendarDate(result)
}
