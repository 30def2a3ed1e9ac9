import {describe, expect, it} from 'vitest'

import {daysBetween, parseCalendarDate, shiftDate, todayIn} from './calendarDate'

describe('todayIn', () => {
  it('uses the newsroom’s zone around midnight', () => {
    const lateEveningInNewYork = new Date('2026-03-06T04:30:00Z')
    expect(todayIn('America/New_York', lateEveningInNewYork)).toBe('2026-03-05')
    expect(todayIn('UTC', lateEveningInNewYork)).toBe('2026-03-06')
    expect(todayIn('Asia/Tokyo', lateEveningInNewYork)).toBe('2026-03-06')
  })

  it('follows DST changes in the zone', () => {
    // New York springs forward on 2026-03-08: 04:30 UTC is 23:30 EST on the 7th; a day later, 00:30 EDT on the 9th.
    expect(todayIn('America/New_York', new Date('2026-03-08T04:30:00Z'))).toBe('2026-03-07')
    expect(todayIn('America/New_York', new Date('2026-03-09T04:30:00Z'))).toBe('2026-03-09')
  })
})

describe('shiftDate and daysBetween', () => {
  it('handles month ends and leap days by calendar rules', () => {
    expect(shiftDate('2026-01-31', {months: 1})).toBe('2026-02-28')
    expect(shiftDate('2024-02-29', {years: 1})).toBe('2025-02-28')
    expect(shiftDate('2025-10-28', {months: 6})).toBe('2026-04-28')
    expect(shiftDate('2025-10-28', {days: 100})).toBe('2026-02-05')
  })

  it('counts whole days across DST changes and leap days', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-03-09', '2026-03-07')).toBe(-2)
  })

  it('rejects impossible dates with the bad value in the message', () => {
    expect(parseCalendarDate('2025-02-29')).toBeUndefined()
    expect(parseCalendarDate('2025-10-28T10:00:00Z')).toBeUndefined()
    expect(() => shiftDate('next Tuesday', {days: 1})).toThrow('Not a calendar date: next Tuesday')
    expect(() => daysBetween('2025-10-28', '2025-13-01')).toThrow('Not a calendar date: 2025-13-01')
  })
})
