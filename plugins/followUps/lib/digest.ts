import ical from 'ical-generator'

import type {CommitmentStatus, FollowUpState} from '../../../schemas/vocabulary'
import {COMMITMENT_TYPE} from '../constants'
import {type CalendarDate, parseCalendarDate, shiftDate} from './calendarDate'
import {type Lane, LANE_TITLES, LANES} from './classifyFollowUps'
import {buildFollowUpRows, describeDue, type FollowUpRow} from './followUpRows'
import type {FollowUpsQueryCommitment} from './followUpsQuery'
import {humanDate} from './buildFollowUpStory'

/** One follow-up (or unscheduled commitment) in the digest and the calendar feed. */
export interface DigestItem {
  commitmentId: string
  followUpKey: string | null
  title: string
  agreementId: string | null
  agreement: string | null
  dueDate: CalendarDate | null
  daysUntil: number | null
  reason: string | null
  assignee: string | null
  state: FollowUpState | null
  rating: CommitmentStatus
  url: string
}

export interface Digest {
  today: CalendarDate
  lanes: Record<Lane, DigestItem[]>
}

export interface DigestOptions {
  today: CalendarDate
  timeZone: string
  /** The Studio's address, e.g. http://localhost:3333. */
  studioUrl: string
}

/** A document id any reader may see: no `drafts.`, `versions.` or `private.` path. */
export const isPublicId = (id: unknown): id is string =>
  typeof id === 'string' && id !== '' && !id.includes('.')

/**
 * Drops whatever is not public before anything is rendered: commitments with a dotted id, and
 * joined agreements or parties with one. The query already asks for public ids only; this is the
 * second lock, so a feed can never carry a draft or a private document even if a source misbehaves.
 */
export function publicOnly(
  commitments: readonly FollowUpsQueryCommitment[],
): FollowUpsQueryCommitment[] {
  return commitments
    .filter((commitment) => isPublicId(commitment?._id))
    .map((commitment) => ({
      ...commitment,
      agreement:
        commitment.agreement && isPublicId(commitment.agreement._id) ? commitment.agreement : null,
      parties: (commitment.parties ?? []).filter((party) => party && isPublicId(party._id)),
      followUps: (commitment.followUps ?? []).map((followUp) => ({
        ...followUp,
        articleId: isPublicId(followUp.articleId) ? followUp.articleId : null,
      })),
    }))
}

/** The Studio link that opens a document: `<studio>/intent/edit/id=<id>;type=<type>`. */
export function studioEditUrl(studioUrl: string, id: string, type: string): string {
  return `${studioUrl.replace(/\/+$/, '')}/intent/edit/id=${encodeURIComponent(id)};type=${encodeURIComponent(type)}`
}

function toItem(row: FollowUpRow, studioUrl: string): DigestItem {
  return {
    commitmentId: row.commitmentId,
    followUpKey: row.followUpKey ?? null,
    title: row.commitmentTitle,
    agreementId: row.agreement?.id ?? null,
    agreement: row.agreement?.title ?? null,
    dueDate: row.dueDate ?? null,
    daysUntil: row.daysUntil ?? null,
    reason: row.reason ?? null,
    assignee: row.assignee?.trim() || null,
    state: row.state ?? null,
    rating: row.rating,
    url: studioEditUrl(studioUrl, row.commitmentId, COMMITMENT_TYPE),
  }
}

export function buildDigest(
  commitments: readonly FollowUpsQueryCommitment[],
  {today, timeZone, studioUrl}: DigestOptions,
): Digest {
  const rows = buildFollowUpRows(publicOnly(commitments), {today, timeZone})
  const lanes = Object.fromEntries(
    LANES.map((lane) => [lane, [] as DigestItem[]]),
  ) as Digest['lanes']
  for (const row of rows) lanes[row.lane].push(toItem(row, studioUrl))
  return {today, lanes}
}

export function renderJson(digest: Digest): string {
  return `${JSON.stringify(digest, null, 2)}\n`
}

export function renderMarkdown(digest: Digest): string {
  const open = LANES.filter((lane) => lane !== 'unscheduled').reduce(
    (sum, lane) => sum + digest.lanes[lane].length,
    0,
  )
  const lines = [
    `# Follow-ups, ${humanDate(digest.today) ?? digest.today}`,
    '',
    `${open} open follow-up${open === 1 ? '' : 's'}; ${digest.lanes.unscheduled.length} commitment${digest.lanes.unscheduled.length === 1 ? '' : 's'} with nothing scheduled.`,
  ]
  for (const lane of LANES) {
    const items = digest.lanes[lane]
    lines.push('', `## ${LANE_TITLES[lane]} (${items.length})`, '')
    if (items.length === 0) lines.push('Nothing here.')
    for (const item of items) {
      const head = item.dueDate
        ? `**${item.dueDate}** (${describeDue(item.daysUntil ?? undefined)}) · ${item.title}`
        : `**No date** · ${item.title}`
      const details = [
        item.agreement ?? 'Standalone pledge',
        item.reason,
        item.assignee
          ? `assigned to ${item.assignee}`
          : item.followUpKey
            ? 'unassigned'
            : undefined,
        item.state === 'inProgress' ? 'in progress' : undefined,
      ].filter(Boolean)
      lines.push(`- ${head}`, `  ${details.join(' · ')}`, `  <${item.url}>`)
    }
  }
  return `${lines.join('\n')}\n`
}

export interface CalendarOptions {
  name?: string
  /** Goes after the @ in every UID. */
  uidDomain?: string
}

/** `<commitmentId>-<followUpKey>@policy-desk`: stable, so calendar apps update events in place. */
export const eventUid = (
  item: Pick<DigestItem, 'commitmentId' | 'followUpKey'>,
  domain = 'policy-desk',
) => `${item.commitmentId}-${item.followUpKey}@${domain}`

/**
 * An RFC 5545 calendar with one all-day event per open, dated follow-up. DTSTAMP is the digest's
 * today, so the same data and day give byte-identical output.
 */
export function renderIcs(digest: Digest, options: CalendarOptions = {}): string {
  const calendar = ical({
    name: options.name ?? 'Policy Desk follow-ups',
    prodId: {company: 'Policy Desk', product: 'Follow-ups', language: 'EN'},
  })
  const stamp = parseCalendarDate(digest.today) ?? new Date(0)
  for (const lane of LANES) {
    if (lane === 'unscheduled') continue
    for (const item of digest.lanes[lane]) {
      const start = item.dueDate ? parseCalendarDate(item.dueDate) : undefined
      if (!start || !item.dueDate || !item.followUpKey) continue
      calendar.createEvent({
        id: eventUid(item, options.uidDomain),
        start,
        end: parseCalendarDate(shiftDate(item.dueDate, {days: 1})),
        allDay: true,
        stamp,
        summary: `Follow-up: ${item.title}`,
        description: [
          item.reason && `Why: ${item.reason}`,
          `Agreement: ${item.agreement ?? 'standalone pledge'}`,
          `Assignee: ${item.assignee ?? 'unassigned'}`,
          item.state === 'inProgress' ? 'Story in progress' : undefined,
          `Open in the Studio: ${item.url}`,
        ]
          .filter(Boolean)
          .join('\n'),
        url: item.url,
      })
    }
  }
  return unescapeUriValues(calendar.toString())
}

const encoder = new TextEncoder()

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/**
 * ical-generator escapes `;` and `,` in URL values as if they were TEXT; RFC 5545 URI values are
 * not escaped, and calendar apps would open a link with a backslash in it. Undo that for URL lines.
 */
function unescapeUriValues(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) =>
      /^URL[;:]/.test(line) ? foldLine(line.replace(/\\([;,])/g, '$1')) : foldLine(line),
    )
    .join('\r\n')
}
