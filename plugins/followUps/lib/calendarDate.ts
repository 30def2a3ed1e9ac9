import {tz} from '@date-fns/tz'
import {addDays, addMonths, addYears, format, isValid, parseISO} from 'date-fns'

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

const MS_PER_DAY = 86_400_000
const epochDayCache = new Map<string, number>()

/** Days since 1970-01-01 for a calendar date; cached, because lanes compare thousands of dates. */
function epochDay(value: CalendarDate): number | undefined {
  const cached = epochDayCache.get(value)
  if (cached !== undefined) return cached
  const date = parseCalendarDate(value)
  if (!date) return undefined
  const day = Math.round(date.getTime() / MS_PER_DAY)
  if (epochDayCache.size > 50_000) epochDayCache.clear()
  epochDayCache.set(value, day)
  return day
}

export function toCalendarDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10)
}

/** The calendar date it is at `now` in `timeZone`, e.g. still the 5th in New York at 02:00 UTC on the 6th. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  return format(now, 'yyyy-MM-dd', {in: tz(timeZone)})
}

/** True for a real `YYYY-MM-DD` date; cheap to call repeatedly on the same values. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && epochDay(value) !== undefined
}

/** Whole calendar days from `from` to `to`; both are UTC midnights, so no DST hour can intrude. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = epochDay(from)
  const b = epochDay(to)
  if (a === undefined || b === undefined) {
    throw new RangeError(`Not a calendar date: ${a === undefined ? from : to}`)
  }
  return b - a
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
