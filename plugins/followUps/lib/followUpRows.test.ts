import {describe, expect, it} from 'vitest'

import {
  buildFollowUpRows,
  describeAge,
  describeDue,
  filterChoices,
  filterFollowUpRows,
  type FollowUpRow,
  isAssignedTo,
  lastUpdateOf,
  STANDALONE,
  toListItems,
  UNASSIGNED,
} from './followUpRows'
import type {FollowUpsQueryCommitment} from './followUpsQuery'

// As FOLLOW_UPS_QUERY returns them: every projected key is present, null when the field is empty.
const japan = {
  _id: 'agreement-japan',
  title: null,
  shortName: 'US–Japan TPD',
  legalStatus: 'nonBinding' as const,
}
const treaty = {
  _id: 'agreement-treaty',
  title: 'A Treaty',
  shortName: null,
  legalStatus: 'binding' as const,
}
const us = {_id: 'org-us', name: 'Government of the United States', shortName: 'US', country: 'US'}
const jp = {_id: 'org-jp', name: 'Government of Japan', shortName: null, country: 'JP'}
/** TypeGen assumes references resolve; one to an unpublished party joins as null. */
const unpublishedParty = null as unknown as typeof us

const commitments: FollowUpsQueryCommitment[] = [
  {
    _id: 'c-ai',
    _updatedAt: '2026-11-20T10:00:00Z',
    title: 'AI standards',
    status: 'inTheWorks',
    area: 'ai',
    hasMeasurableOutcome: true,
    ratingDates: ['2025-10-28', '2026-06-01', null],
    agreement: japan,
    parties: [us, jp, unpublishedParty],
    followUps: [
      {
        _key: 'f1',
        date: '2026-11-01',
        reason: '1 year',
        assignee: 'Local Editor',
        state: 'planned',
        articleId: null,
      },
      {
        _key: 'f2',
        date: '2026-11-28',
        reason: 'Summit',
        assignee: null,
        state: 'inProgress',
        articleId: 'a-1',
      },
      {
        _key: 'f3',
        date: '2026-01-01',
        reason: 'Old',
        assignee: null,
        state: 'done',
        articleId: null,
      },
      {
        _key: 'f4',
        date: '2027-03-01',
        reason: 'Later',
        assignee: 'kim',
        state: null,
        articleId: null,
      },
    ],
  },
  {
    _id: 'c-fusion',
    _updatedAt: '2026-11-26T03:00:00Z',
    title: 'Fusion',
    status: null,
    area: 'fusion',
    hasMeasurableOutcome: true,
    ratingDates: null,
    agreement: treaty,
    parties: [jp],
    followUps: null,
  },
  {
    _id: 'c-pledge',
    _updatedAt: '2026-11-26T12:00:00Z',
    title: 'Standalone pledge',
    status: 'stalled',
    area: 'space',
    hasMeasurableOutcome: true,
    ratingDates: null,
    agreement: null,
    parties: null,
    followUps: [
      {
        _key: 'p1',
        date: '2026-12-10',
        reason: 'Deadline',
        assignee: ' ',
        state: null,
        articleId: null,
      },
    ],
  },
  {
    _id: 'c-kept',
    _updatedAt: '2026-11-26T12:00:00Z',
    title: 'Kept',
    status: 'kept',
    area: null,
    hasMeasurableOutcome: true,
    ratingDates: null,
    agreement: japan,
    parties: null,
    followUps: [],
  },
]

const today = '2026-11-26'
const rows = buildFollowUpRows(commitments, {today, timeZone: 'America/New_York'})
const ids = (list: FollowUpRow[]) => list.map((row) => row.id)

describe('buildFollowUpRows', () => {
  it('makes one row per open follow-up and per unscheduled commitment, in lane order', () => {
    expect(rows.map((row) => [row.id, row.lane, row.daysUntil])).toEqual([
      ['c-ai/f1', 'overdue', -25],
      ['c-ai/f2', 'dueThisWeek', 2],
      ['c-pledge/p1', 'dueIn30Days', 14],
      ['c-ai/f4', 'later', 95],
      ['c-fusion/unscheduled', 'unscheduled', undefined],
    ])
  })

  it('carries what the tool shows: agreement, binding status, parties, rating, age', () => {
    const row = rows[0]!
    expect(row).toMatchObject({
      commitmentTitle: 'AI standards',
      agreement: {id: 'agreement-japan', title: 'US–Japan TPD', legalStatus: 'nonBinding'},
      parties: [
        {id: 'org-us', name: 'US', country: 'US'},
        {id: 'org-jp', name: 'Government of Japan', country: 'JP'},
      ],
      rating: 'inTheWorks',
      ratingTitle: 'In the works',
      reason: '1 year',
      assignee: 'Local Editor',
      state: 'planned',
      lastUpdate: '2026-06-01',
      lastUpdateAgeDays: 178,
    })
    expect(rows[1]).toMatchObject({state: 'inProgress', articleId: 'a-1'})
    expect(rows[3]?.state).toBe('planned')
  })

  it('falls back to defaults for missing data', () => {
    const fusion = rows.find((row) => row.commitmentId === 'c-fusion')!
    expect(fusion).toMatchObject({rating: 'notYetRated', ratingTitle: 'Not yet rated'})
    expect(fusion.agreement?.title).toBe('A Treaty')
    // Edited at 03:00 UTC on the 26th: still the 25th in New York.
    expect(fusion.lastUpdate).toBe('2026-11-25')
    expect(rows.find((row) => row.commitmentId === 'c-pledge')?.parties).toEqual([])
  })

  it('returns nothing for nothing', () => {
    expect(buildFollowUpRows([], {today, timeZone: 'UTC'})).toEqual([])
  })
})

describe('lastUpdateOf', () => {
  it('prefers the latest valid rating date, whatever the order', () => {
    expect(lastUpdateOf({ratingDates: ['2026-05-01', 'bad', '2026-01-01']}, 'UTC')).toBe(
      '2026-05-01',
    )
  })
  it('uses _updatedAt in the zone, or nothing', () => {
    expect(lastUpdateOf({_updatedAt: '2026-03-06T04:30:00Z'}, 'America/New_York')).toBe(
      '2026-03-05',
    )
    expect(lastUpdateOf({_updatedAt: 'garbage'}, 'UTC')).toBeUndefined()
    expect(lastUpdateOf({}, 'UTC')).toBeUndefined()
  })
})

describe('filterFollowUpRows', () => {
  const me = {id: 'local-editor', name: 'Local Editor', email: 'editor@localhost'}
  it.each([
    [{}, ['c-ai/f1', 'c-ai/f2', 'c-pledge/p1', 'c-ai/f4', 'c-fusion/unscheduled']],
    [{agreementId: 'agreement-japan'}, ['c-ai/f1', 'c-ai/f2', 'c-ai/f4']],
    [{agreementId: STANDALONE}, ['c-pledge/p1']],
    [{partyId: 'org-jp'}, ['c-ai/f1', 'c-ai/f2', 'c-ai/f4', 'c-fusion/unscheduled']],
    [{country: 'US'}, ['c-ai/f1', 'c-ai/f2', 'c-ai/f4']],
    [{area: 'space'}, ['c-pledge/p1']],
    [{legalStatus: 'binding' as const}, ['c-fusion/unscheduled']],
    [{assignee: 'kim'}, ['c-ai/f4']],
    [{assignee: UNASSIGNED}, ['c-ai/f2', 'c-pledge/p1', 'c-fusion/unscheduled']],
    [{mine: true}, ['c-ai/f1']],
    [{mine: true, area: 'fusion'}, []],
  ])('%j', (filters, expected) => {
    expect(ids(filterFollowUpRows(rows, filters, me))).toEqual(expected)
  })

  it('shows nothing for "mine" without a user', () => {
    expect(filterFollowUpRows(rows, {mine: true}, null)).toEqual([])
  })
})

describe('isAssignedTo', () => {
  const me = {id: 'u1', name: 'Ada Lovelace', email: 'ada@desk.example'}
  it.each([
    ['Ada Lovelace', true],
    [' ada lovelace ', true],
    ['ADA@desk.example', true],
    ['u1', true],
    ['Ada', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (assignee, expected) => expect(isAssignedTo(assignee, me)).toBe(expected))
})

describe('filterChoices', () => {
  it('offers only values present in the rows', () => {
    const choices = filterChoices(rows)
    expect(choices.agreements).toEqual([
      {value: 'agreement-treaty', title: 'A Treaty'},
      {value: 'agreement-japan', title: 'US–Japan TPD'},
      {value: STANDALONE, title: 'Standalone pledges'},
    ])
    expect(choices.countries.map((c) => c.value)).toEqual(['JP', 'US'])
    expect(choices.areas.map((c) => c.title)).toEqual([
      'Artificial intelligence',
      'Fusion energy',
      'Space',
    ])
    expect(choices.assignees).toEqual([
      {value: 'kim', title: 'kim'},
      {value: 'Local Editor', title: 'Local Editor'},
      {value: UNASSIGNED, title: 'Unassigned'},
    ])
    expect(choices.legalStatuses.map((c) => c.value)).toEqual(['binding', 'nonBinding'])
  })
})

describe('toListItems', () => {
  it('heads every lane with its count, even empty ones', () => {
    const {items, counts} = toListItems(filterFollowUpRows(rows, {area: 'ai'}))
    expect(counts).toEqual({overdue: 1, dueThisWeek: 1, dueIn30Days: 0, later: 1, unscheduled: 0})
    expect(items.map((item) => item.key)).toEqual([
      'lane:overdue',
      'c-ai/f1',
      'lane:dueThisWeek',
      'c-ai/f2',
      'lane:dueIn30Days',
      'lane:later',
      'c-ai/f4',
      'lane:unscheduled',
    ])
  })
})

describe('describeDue and describeAge', () => {
  it.each([
    [undefined, 'No date'],
    [0, 'due today'],
    [1, 'due tomorrow'],
    [5, 'in 5 days'],
    [-1, '1 day overdue'],
    [-30, '30 days overdue'],
  ])('due %j → %s', (days, text) => expect(describeDue(days)).toBe(text))
  it.each([
    [undefined, 'never'],
    [0, 'today'],
    [1, '1 day'],
    [13, '13 days'],
    [21, '3 weeks'],
    [90, '3 months'],
    [800, '2 years'],
  ])('age %j → %s', (days, text) => expect(describeAge(days)).toBe(text))
})
