import {
  FINAL_COMMITMENT_STATUSES,
  type CommitmentStatus,
  type FollowUpState,
} from '../../../schemas/vocabulary'
import {type CalendarDate, daysBetween, isCalendarDate} from './calendarDate'

export const LANES = ['overdue', 'dueThisWeek', 'dueIn30Days', 'later', 'unscheduled'] as const
export type Lane = (typeof LANES)[number]

export const LANE_TITLES: Record<Lane, string> = {
  overdue: 'Overdue',
  dueThisWeek: 'Due this week',
  dueIn30Days: 'Due in 30 days',
  later: 'Later',
  unscheduled: 'Unscheduled',
}

export interface FollowUpInput {
  _key: string
  date?: string
  reason?: string
  assignee?: string
  state?: FollowUpState
}

export interface CommitmentInput {
  _id: string
  title?: string
  status?: CommitmentStatus
  hasMeasurableOutcome: boolean
  followUps?: FollowUpInput[]
}

export interface LaneItem<C extends CommitmentInput = CommitmentInput> {
  commitment: C
  /** Absent for unscheduled commitments. */
  followUp?: FollowUpInput
  /** Days from today: negative when overdue. */
  daysUntil?: number
}

export type Lanes<C extends CommitmentInput = CommitmentInput> = Record<Lane, LaneItem<C>[]>

const OPEN_STATES = new Set<FollowUpState | undefined>(['planned', 'inProgress', undefined])

/** Which lane a follow-up date falls in, counted in whole calendar days from today. */
export function laneFor(date: CalendarDate, today: CalendarDate): Exclude<Lane, 'unscheduled'> {
  return laneForDays(daysBetween(today, date))
}

function laneForDays(days: number): Exclude<Lane, 'unscheduled'> {
  if (days < 0) return 'overdue'
  if (days <= 6) return 'dueThisWeek'
  if (days <= 30) return 'dueIn30Days'
  return 'later'
}

/**
 * Sorts every open follow-up into a lane. Done and skipped follow-ups are left out; so are
 * commitments whose rating is final, unless a check is still planned. A commitment with a
 * measurable outcome and no open, dated follow-up is "unscheduled". Follow-ups with an
 * unreadable date count as unscheduled rather than being dropped.
 */
export function classifyFollowUps<C extends CommitmentInput>(
  commitments: C[],
  today: CalendarDate,
): Lanes<C> {
  if (!isCalendarDate(today)) throw new RangeError(`Not a calendar date for today: ${today}`)
  const lanes: Lanes<C> = {
    overdue: [],
    dueThisWeek: [],
    dueIn30Days: [],
    later: [],
    unscheduled: [],
  }
  for (const commitment of commitments) {
    const open = (commitment.followUps ?? []).filter((followUp) => OPEN_STATES.has(followUp.state))
    const dated = open.filter((followUp) => isCalendarDate(followUp.date))
    for (const followUp of dated) {
      const daysUntil = daysBetween(today, followUp.date as CalendarDate)
      lanes[laneForDays(daysUntil)].push({commitment, followUp, daysUntil})
    }
    const isFinal = FINAL_COMMITMENT_STATUSES.includes(commitment.status as CommitmentStatus)
    if (dated.length === 0 && commitment.hasMeasurableOutcome && !isFinal) {
      lanes.unscheduled.push({commitment})
    }
  }
  for (const lane of LANES) lanes[lane].sort(byDateThenTitle)
  return lanes
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function byDateThenTitle(a: LaneItem, b: LaneItem): number {
  return (
    compare(a.followUp?.date ?? '', b.followUp?.date ?? '') ||
    compare(a.commitment.title ?? '', b.commitment.title ?? '')
  )
}
