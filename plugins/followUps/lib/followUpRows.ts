import {
  COMMITMENT_STATUSES,
  COOPERATION_AREAS,
  type CommitmentStatus,
  type FollowUpState,
  LEGAL_STATUSES,
  type LegalStatus,
  titleOf,
} from '../../../schemas/vocabulary'
import {type CalendarDate, daysBetween, isCalendarDate, todayIn} from './calendarDate'
import {
  classifyFollowUps,
  type CommitmentInput,
  type FollowUpInput,
  type Lane,
  LANES,
} from './classifyFollowUps'
import type {FollowUpsQueryCommitment} from './followUpsQuery'

export interface RowParty {
  id: string
  name: string
  country?: string
}

/** One line in the Follow-ups tool: one open follow-up, or one unscheduled commitment. */
export interface FollowUpRow {
  /** Stable across refetches: `<commitmentId>/<followUpKey>` or `<commitmentId>/unscheduled`. */
  id: string
  lane: Lane
  commitmentId: string
  commitmentTitle: string
  rating: CommitmentStatus
  ratingTitle: string
  area?: string
  agreement?: {id: string; title: string; legalStatus: LegalStatus}
  parties: RowParty[]
  followUpKey?: string
  dueDate?: CalendarDate
  /** Days from today; negative when overdue. */
  daysUntil?: number
  reason?: string
  assignee?: string
  state?: FollowUpState
  articleId?: string
  /** The latest rating date, or the day the commitment was last edited. */
  lastUpdate?: CalendarDate
  lastUpdateAgeDays?: number
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined

interface Classifiable extends CommitmentInput {
  source: FollowUpsQueryCommitment
}

function toInput(commitment: FollowUpsQueryCommitment): Classifiable {
  return {
    _id: commitment._id,
    title: orUndefined(commitment.title),
    status: orUndefined(commitment.status),
    hasMeasurableOutcome: Boolean(commitment.hasMeasurableOutcome),
    followUps: (commitment.followUps ?? []).map((followUp): FollowUpInput => ({
      _key: followUp._key,
      date: orUndefined(followUp.date),
      reason: orUndefined(followUp.reason),
      assignee: orUndefined(followUp.assignee),
      state: orUndefined(followUp.state),
    })),
    source: commitment,
  }
}

/** The latest valid rating date, else the calendar day of `_updatedAt` in the newsroom's zone. */
export function lastUpdateOf(
  commitment: Partial<Pick<FollowUpsQueryCommitment, 'ratingDates' | '_updatedAt'>>,
  timeZone: string,
): CalendarDate | undefined {
  const rated = (commitment.ratingDates ?? []).filter(isCalendarDate).sort()
  const latest = rated[rated.length - 1]
  if (latest) return latest
  const updated = commitment._updatedAt ? new Date(commitment._updatedAt) : undefined
  return updated && !Number.isNaN(updated.getTime()) ? todayIn(timeZone, updated) : undefined
}

export interface BuildRowsOptions {
  today: CalendarDate
  timeZone: string
}

/** Rows for every open follow-up and unscheduled commitment, lane by lane, in lane order. */
export function buildFollowUpRows(
  commitments: readonly FollowUpsQueryCommitment[],
  {today, timeZone}: BuildRowsOptions,
): FollowUpRow[] {
  const lanes = classifyFollowUps(commitments.map(toInput), today)
  const rows: FollowUpRow[] = []
  const shared = new Map<string, Omit<FollowUpRow, 'id' | 'lane'>>()
  const commonFor = (commitment: FollowUpsQueryCommitment) => {
    const cached = shared.get(commitment._id)
    if (cached) return cached
    const rating = commitment.status ?? 'notYetRated'
    const lastUpdate = lastUpdateOf(commitment, timeZone)
    const agreement = commitment.agreement
    const common: Omit<FollowUpRow, 'id' | 'lane'> = {
      commitmentId: commitment._id,
      commitmentTitle: commitment.title || 'Untitled commitment',
      rating,
      ratingTitle: titleOf(COMMITMENT_STATUSES, rating),
      area: orUndefined(commitment.area),
      agreement: agreement
        ? {
            id: agreement._id,
            title: agreement.shortName || agreement.title || 'Untitled agreement',
            legalStatus: agreement.legalStatus ?? 'unassessed',
          }
        : undefined,
      parties: (commitment.parties ?? []).flatMap((party) =>
        party
          ? [
              {
                id: party._id,
                name: party.shortName || party.name || party._id,
                country: orUndefined(party.country),
              },
            ]
          : [],
      ),
      lastUpdate,
      lastUpdateAgeDays: lastUpdate ? daysBetween(lastUpdate, today) : undefined,
    }
    shared.set(commitment._id, common)
    return common
  }
  for (const lane of LANES) {
    for (const item of lanes[lane]) {
      const source = (item.commitment as Classifiable).source
      const followUp = item.followUp
      const raw = followUp ? source.followUps?.find((f) => f._key === followUp._key) : undefined
      rows.push({
        ...commonFor(source),
        id: `${source._id}/${followUp?._key ?? 'unscheduled'}`,
        lane,
        followUpKey: followUp?._key,
        dueDate: followUp?.date,
        daysUntil: item.daysUntil,
        reason: followUp?.reason,
        assignee: followUp?.assignee,
        state: followUp?.state ?? (followUp ? 'planned' : undefined),
        articleId: orUndefined(raw?.articleId),
      })
    }
  }
  return rows
}

export interface FollowUpFilters {
  agreementId?: string
  partyId?: string
  country?: string
  area?: string
  /** An assignee's name as typed on follow-ups, or UNASSIGNED. */
  assignee?: string
  legalStatus?: LegalStatus
  /** Only follow-ups assigned to the current user. */
  mine?: boolean
}

/** The assignee filter value for follow-ups nobody has taken. */
export const UNASSIGNED = '(unassigned)'
/** The agreement filter value for standalone pledges. */
export const STANDALONE = '(standalone)'

export interface UserLike {
  id: string
  name?: string
  email?: string
}

const normalize = (value: string) => value.trim().toLowerCase()

/** Assignees are free text: match the user's name, e-mail or id, ignoring case and spaces. */
export function isAssignedTo(assignee: string | undefined, user: UserLike | null | undefined) {
  if (!assignee || !user) return false
  const wanted = normalize(assignee)
  if (!wanted) return false
  return [user.name, user.email, user.id].some((value) => value && normalize(value) === wanted)
}

export function filterFollowUpRows(
  rows: readonly FollowUpRow[],
  filters: FollowUpFilters,
  user?: UserLike | null,
): FollowUpRow[] {
  return rows.filter((row) => {
    if (filters.agreementId) {
      if (
        filters.agreementId === STANDALONE
          ? row.agreement
          : row.agreement?.id !== filters.agreementId
      )
        return false
    }
    if (filters.partyId && !row.parties.some((party) => party.id === filters.partyId)) return false
    if (filters.country && !row.parties.some((party) => party.country === filters.country))
      return false
    if (filters.area && row.area !== filters.area) return false
    if (filters.legalStatus && (row.agreement?.legalStatus ?? undefined) !== filters.legalStatus)
      return false
    if (filters.assignee) {
      if (
        filters.assignee === UNASSIGNED ? row.assignee?.trim() : row.assignee !== filters.assignee
      )
        return false
    }
    if (filters.mine && !isAssignedTo(row.assignee, user)) return false
    return true
  })
}

export interface Choice {
  value: string
  title: string
}

export interface FilterChoices {
  agreements: Choice[]
  parties: Choice[]
  countries: Choice[]
  areas: Choice[]
  assignees: Choice[]
  legalStatuses: Choice[]
}

const byTitle = (a: Choice, b: Choice) => a.title.localeCompare(b.title)

/** The values present in the rows, for the filter menus; never offers a choice that matches nothing. */
export function filterChoices(rows: readonly FollowUpRow[]): FilterChoices {
  const agreements = new Map<string, string>()
  const parties = new Map<string, string>()
  const countries = new Set<string>()
  const areas = new Set<string>()
  const assignees = new Set<string>()
  const statuses = new Set<string>()
  let standalone = false
  let unassigned = false
  for (const row of rows) {
    if (row.agreement) {
      agreements.set(row.agreement.id, row.agreement.title)
      statuses.add(row.agreement.legalStatus)
    } else standalone = true
    for (const party of row.parties) {
      parties.set(party.id, party.name)
      if (party.country) countries.add(party.country)
    }
    if (row.area) areas.add(row.area)
    if (row.assignee?.trim()) assignees.add(row.assignee)
    else if (row.followUpKey) unassigned = true
  }
  return {
    agreements: [
      ...[...agreements].map(([value, title]) => ({value, title})).sort(byTitle),
      ...(standalone ? [{value: STANDALONE, title: 'Standalone pledges'}] : []),
    ],
    parties: [...parties].map(([value, title]) => ({value, title})).sort(byTitle),
    countries: [...countries].sort().map((value) => ({value, title: value})),
    areas: [...areas]
      .map((value) => ({value, title: titleOf(COOPERATION_AREAS, value)}))
      .sort(byTitle),
    assignees: [
      ...[...assignees].map((value) => ({value, title: value})).sort(byTitle),
      ...(unassigned ? [{value: UNASSIGNED, title: 'Unassigned'}] : []),
    ],
    legalStatuses: LEGAL_STATUSES.filter((status) => statuses.has(status.value)).map(
      ({value, title}) => ({value, title}),
    ),
  }
}

export type ListItem =
  | {type: 'lane'; key: string; lane: Lane; count: number}
  | {type: 'row'; key: string; row: FollowUpRow}

/**
 * The flat list the virtualized tool renders: a header for each of the five lanes (with its
 * count, even when 0) followed by its rows. Rows must already be in lane order.
 */
export function toListItems(rows: readonly FollowUpRow[]): {
  items: ListItem[]
  counts: Record<Lane, number>
} {
  const counts = Object.fromEntries(LANES.map((lane) => [lane, 0])) as Record<Lane, number>
  const byLane = Object.fromEntries(LANES.map((lane) => [lane, [] as FollowUpRow[]])) as Record<
    Lane,
    FollowUpRow[]
  >
  for (const row of rows) {
    counts[row.lane]++
    byLane[row.lane].push(row)
  }
  const items: ListItem[] = []
  for (const lane of LANES) {
    items.push({type: 'lane', key: `lane:${lane}`, lane, count: counts[lane]})
    for (const row of byLane[lane]) items.push({type: 'row', key: row.id, row})
  }
  return {items, counts}
}

/** "due today", "in 3 days", "12 days overdue". */
export function describeDue(daysUntil: number | undefined): string {
  if (daysUntil === undefined) return 'No date'
  if (daysUntil === 0) return 'due today'
  if (daysUntil === 1) return 'due tomorrow'
  if (daysUntil > 0) return `in ${daysUntil} days`
  return daysUntil === -1 ? '1 day overdue' : `${-daysUntil} days overdue`
}

/** How long ago, roughly: "today", "4 days", "3 weeks", "5 months", "2 years". */
export function describeAge(days: number | undefined): string {
  if (days === undefined) return 'never'
  if (days <= 0) return 'today'
  if (days === 1) return '1 day'
  if (days < 14) return `${days} days`
  if (days < 60) return `${Math.floor(days / 7)} weeks`
  if (days < 730) return `${Math.floor(days / 30)} months`
  return `${Math.floor(days / 365)} years`
}
