import {describe, expect, it} from 'vitest'

import {classifyFollowUps, type CommitmentInput, laneFor} from './classifyFollowUps'

const commitment = (overrides: Partial<CommitmentInput> & {_id: string}): CommitmentInput => ({
  title: overrides._id,
  status: 'notYetRated',
  hasMeasurableOutcome: true,
  ...overrides,
})

describe('laneFor', () => {
  const today = '2026-03-05'
  it.each([
    ['2026-03-04', 'overdue'],
    ['2025-03-05', 'overdue'],
    ['2026-03-05', 'dueThisWeek'],
    ['2026-03-11', 'dueThisWeek'],
    ['2026-03-12', 'dueIn30Days'],
    ['2026-04-04', 'dueIn30Days'],
    ['2026-04-05', 'later'],
  ])('puts %s in %s', (date, lane) => expect(laneFor(date, today)).toBe(lane))

  it('counts across a leap day and a DST change by calendar days', () => {
    expect(laneFor('2024-03-06', '2024-02-28')).toBe('dueIn30Days') // 7 days, through 29 Feb
    expect(laneFor('2026-03-14', '2026-03-08')).toBe('dueThisWeek') // 6 days, starting on the DST change
  })
})

describe('classifyFollowUps', () => {
  const today = '2026-03-05'

  it('sorts open follow-ups into lanes and leaves done and skipped ones out', () => {
    const lanes = classifyFollowUps(
      [
        commitment({
          _id: 'fusion',
          followUps: [
            {_key: 'a', date: '2026-02-05', state: 'planned'},
            {_key: 'b', date: '2026-03-06', state: 'inProgress'},
            {_key: 'c', date: '2026-01-01', state: 'done'},
            {_key: 'd', date: '2026-01-02', state: 'skipped'},
            {_key: 'e', date: '2026-10-28'},
          ],
        }),
      ],
      today,
    )
    expect(lanes.overdue.map((item) => item.followUp?._key)).toEqual(['a'])
    expect(lanes.overdue[0]?.daysUntil).toBe(-28)
    expect(lanes.dueThisWeek.map((item) => item.followUp?._key)).toEqual(['b'])
    expect(lanes.later.map((item) => item.followUp?._key)).toEqual(['e'])
    expect(lanes.unscheduled).toEqual([])
  })

  it('lists a commitment with an outcome and no open follow-up as unscheduled', () => {
    const lanes = classifyFollowUps(
      [
        commitment({_id: 'none'}),
        commitment({_id: 'allDone', followUps: [{_key: 'x', date: '2026-01-01', state: 'done'}]}),
        commitment({_id: 'noOutcome', hasMeasurableOutcome: false}),
        commitment({_id: 'badDate', followUps: [{_key: 'y', date: 'soon'}]}),
      ],
      today,
    )
    expect(lanes.unscheduled.map((item) => item.commitment._id)).toEqual([
      'allDone',
      'badDate',
      'none',
    ])
  })

  it('needs no follow-up for a final rating unless one is planned', () => {
    const lanes = classifyFollowUps(
      [
        commitment({_id: 'kept', status: 'kept'}),
        commitment({_id: 'broken', status: 'broken', followUps: [{_key: 'z', date: '2026-03-20'}]}),
      ],
      today,
    )
    expect(lanes.unscheduled).toEqual([])
    expect(lanes.dueIn30Days.map((item) => item.commitment._id)).toEqual(['broken'])
  })

  it('orders each lane by date, then title', () => {
    const lanes = classifyFollowUps(
      [
        commitment({_id: 'b', followUps: [{_key: '1', date: '2026-06-01'}]}),
        commitment({_id: 'a', followUps: [{_key: '2', date: '2026-06-01'}]}),
        commitment({_id: 'c', followUps: [{_key: '3', date: '2026-05-01'}]}),
      ],
      today,
    )
    expect(lanes.later.map((item) => item.commitment._id)).toEqual(['c', 'a', 'b'])
  })

  it('rejects an unreadable today', () => {
    expect(() => classifyFollowUps([], '05/03/2026')).toThrow(
      'Not a calendar date for today: 05/03/2026',
    )
  })
})
