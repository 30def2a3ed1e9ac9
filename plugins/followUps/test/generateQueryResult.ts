import {shiftDate} from '../lib/calendarDate'
import type {FollowUpsQueryCommitment} from '../lib/followUpsQuery'

/** `count` commitments as FOLLOW_UPS_QUERY returns them, with follow-ups spread over all lanes. */
export function generateQueryResult(
  count: number,
  today = '2026-11-26',
): FollowUpsQueryCommitment[] {
  return Array.from({length: count}, (_, i) => ({
    _id: `commitment-${i}`,
    _updatedAt: '2026-11-01T12:00:00Z',
    title: `Commitment ${i}`,
    status: i % 7 === 0 ? 'stalled' : 'inTheWorks',
    area: i % 2 ? 'ai' : 'quantum',
    hasMeasurableOutcome: true,
    ratingDates: ['2025-10-28'],
    agreement: {
      _id: `agreement-${i % 3}`,
      title: null,
      shortName: `Agreement ${i % 3}`,
      legalStatus: i % 3 === 0 ? 'binding' : 'nonBinding',
    },
    parties: [{_id: 'org-us', name: 'United States', shortName: null, country: 'US'}],
    followUps:
      i % 11 === 0
        ? []
        : [
            {
              _key: `f${i}`,
              date: shiftDate(today, {days: (i % 90) - 30}),
              reason: 'Milestone',
              assignee: i % 5 === 0 ? 'Local Editor' : 'Kim',
              state: 'planned',
              articleId: null,
            },
          ],
  }))
}
