import {DUE_SOON_DAYS} from '../constants'
import type {CalendarDate} from './calendarDate'
import {classifyFollowUps, type FollowUpInput} from './classifyFollowUps'

export interface FollowUpAlerts {
  /** Open follow-ups whose date has passed. */
  overdue: number
  /** Open follow-ups due from today through `DUE_SOON_DAYS` days ahead. */
  dueSoon: number
  /** The earliest date among them, for the badge's title. */
  firstOverdue?: CalendarDate
  firstDueSoon?: CalendarDate
}

interface CommitmentLike {
  _id?: string
  status?: string
  followUps?: unknown
}

/** Counts a commitment's overdue and due-soon follow-ups with the same lanes as the tool. */
export function followUpAlerts(
  commitment: CommitmentLike | null | undefined,
  today: CalendarDate,
  dueSoonDays = DUE_SOON_DAYS,
): FollowUpAlerts {
  const followUps = Array.isArray(commitment?.followUps)
    ? (commitment.followUps as (FollowUpInput | null)[]).filter((item): item is FollowUpInput =>
        Boolean(item && typeof item === 'object'),
      )
    : []
  const lanes = classifyFollowUps(
    [
      {
        _id: commitment?._id ?? 'commitment',
        status: commitment?.status as never,
        hasMeasurableOutcome: false,
        followUps,
      },
    ],
    today,
  )
  const soon = [...lanes.dueThisWeek, ...lanes.dueIn30Days].filter(
    (item) => (item.daysUntil ?? Infinity) <= dueSoonDays,
  )
  return {
    overdue: lanes.overdue.length,
    dueSoon: soon.length,
    firstOverdue: lanes.overdue[0]?.followUp?.date,
    firstDueSoon: soon[0]?.followUp?.date,
  }
}
