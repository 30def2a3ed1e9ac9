import {describe, expect, it} from 'vitest'

import {DEFAULT_SCHEDULING_RULES, suggestFollowUps} from './suggestFollowUps'

describe('suggestFollowUps', () => {
  it('suggests 100 days, 6 months and 1 year after signing, each with its reason', () => {
    const {suggestions, problems} = suggestFollowUps({
      signedDate: '2025-10-28',
      today: '2025-10-30',
    })
    expect(problems).toEqual([])
    expect(suggestions).toEqual([
      {date: '2026-02-05', reason: '100 days after signing', rule: 'signing+100d'},
      {date: '2026-04-28', reason: '6 months after signing', rule: 'signing+6m'},
      {date: '2026-10-28', reason: '1 year after signing', rule: 'signing+1y'},
    ])
  })

  it('adds checks 30 days before and on a stated deadline', () => {
    const {suggestions} = suggestFollowUps({
      signedDate: '2025-10-29',
      deadline: '2026-04-01',
      today: '2025-11-01',
    })
    expect(suggestions.map((s) => [s.date, s.rule])).toEqual(
      expect.arrayContaining([
        ['2026-03-02', 'deadline-30d'],
        ['2026-04-01', 'deadline'],
      ]),
    )
  })

  it('never suggests a date the editor already planned', () => {
    const {suggestions} = suggestFollowUps({
      signedDate: '2025-10-28',
      plannedDates: ['2026-04-28'],
      today: '2025-10-30',
    })
    expect(suggestions.map((s) => s.date)).not.toContain('2026-04-28')
    expect(suggestions).toHaveLength(2)
  })

  it('drops milestones already past', () => {
    const {suggestions} = suggestFollowUps({
      signedDate: '2025-10-28',
      today: '2026-03-01',
      plannedDates: ['2026-04-28'],
    })
    expect(suggestions.map((s) => s.rule)).toEqual(['signing+1y'])
  })

  it('suggests a re-check today when the rating is stale and nothing is planned', () => {
    const {suggestions} = suggestFollowUps(
      {signedDate: '2024-01-10', lastRatedDate: '2025-01-01', today: '2025-06-01'},
      {...DEFAULT_SCHEDULING_RULES, afterSigning: []},
    )
    expect(suggestions).toEqual([
      {date: '2025-06-01', reason: 'Rating unchanged for 151 days', rule: 'stale'},
    ])
  })

  it('does not call a rating stale when a check is already planned', () => {
    const {suggestions} = suggestFollowUps(
      {lastRatedDate: '2025-01-01', plannedDates: ['2025-07-01'], today: '2025-06-01'},
      {...DEFAULT_SCHEDULING_RULES, afterSigning: []},
    )
    expect(suggestions).toEqual([])
  })

  it('reports bad dates clearly instead of crashing', () => {
    const {suggestions, problems} = suggestFollowUps({
      signedDate: '28 Oct 2025',
      deadline: '2025-02-30',
      today: '2025-10-30',
    })
    expect(suggestions).toEqual([])
    expect(problems).toEqual([
      'The signing date "28 Oct 2025" is not a date in the form YYYY-MM-DD.',
      'The deadline "2025-02-30" is not a date in the form YYYY-MM-DD.',
    ])
  })

  it('reports a deadline before signing and skips the deadline checks', () => {
    const {suggestions, problems} = suggestFollowUps({
      signedDate: '2025-10-28',
      deadline: '2025-01-01',
      today: '2025-10-30',
    })
    expect(problems).toEqual([
      'The deadline (2025-01-01) is before the signing date (2025-10-28); no deadline checks were suggested.',
    ])
    expect(suggestions.every((s) => !s.rule.startsWith('deadline'))).toBe(true)
  })

  it('gives nothing without a usable today', () => {
    expect(suggestFollowUps({signedDate: '2025-10-28', today: 'yesterday'})).toEqual({
      suggestions: [],
      problems: ['The date for today "yesterday" is not a date in the form YYYY-MM-DD.'],
    })
  })
})
