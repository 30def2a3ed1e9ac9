import {tz} from '@date-fns/tz'
import {format} from 'date-fns'

import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  FINAL_COMMITMENT_STATUSES,
  type FollowUpState,
  OUTCOME_KINDS,
  titleOf,
} from '../../../schemas/vocabulary'
import {parseCalendarDate} from './calendarDate'

export interface StoryFollowUp {
  _key: string
  date?: string | null
  reason?: string | null
  state?: FollowUpState | null
  article?: {_ref?: string} | null
}

export interface StoryCommitment {
  _id: string
  title?: string | null
  summary?: string | null
  quotedText?: string | null
  status?: CommitmentStatus | null
  measurableOutcome?: {
    delivery?: string | null
    kind?: string | null
    indicator?: string | null
    baseline?: string | null
    target?: string | null
    deadlineKind?: string | null
    deadline?: string | null
    deadlineSource?: string | null
  } | null
  ratingHistory?:
    {_key?: string; date?: string | null; status?: string | null; note?: string | null}[] | null
  followUps?: StoryFollowUp[] | null
}

export interface StoryContext {
  agreement?: {
    _id: string
    title?: string | null
    shortName?: string | null
    signedDate?: string | null
  } | null
  /** Names of the committing parties, in order. */
  partyNames?: string[]
  /** The most recent quotes about the agreement, newest first. */
  quotes?: {_id: string}[]
}

const OPEN_STATES = new Set<FollowUpState | null | undefined>([
  'planned',
  'inProgress',
  null,
  undefined,
])

/** `followup-<commitmentId>-<followUpKey>`, limited to the characters document ids allow. */
export function followUpStoryId(commitmentId: string, followUpKey: string): string {
  const clean = (value: string) => value.replace(/[^a-zA-Z0-9_-]+/g, '-')
  const id = `followup-${clean(commitmentId.replace(/^drafts\./, ''))}-${clean(followUpKey)}`
  if (id.length <= 120) return id
  let hash = 0
  for (const char of id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0
  return `${id.slice(0, 110)}-${hash.toString(36)}`
}

export type StoryPlan =
  | {kind: 'create'; followUp: StoryFollowUp; storyId: string}
  | {kind: 'open'; followUp: StoryFollowUp; storyId: string}
  | {kind: 'unavailable'; reason: string}

/**
 * What "Start follow-up story" would do for this commitment: open the story already linked to
 * the next open follow-up, create one for it, or nothing, with the reason an editor can act on.
 */
export function planFollowUpStory(commitment: StoryCommitment | null | undefined): StoryPlan {
  if (!commitment) return {kind: 'unavailable', reason: 'Save the commitment first.'}
  const status = commitment.status ?? 'notYetRated'
  if (FINAL_COMMITMENT_STATUSES.includes(status)) {
    return {
      kind: 'unavailable',
      reason: `The rating is final (${titleOf(COMMITMENT_STATUSES, status)}): no follow-up is due.`,
    }
  }
  const open = (commitment.followUps ?? [])
    .filter((followUp) => followUp?._key && OPEN_STATES.has(followUp.state))
    .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'))
  const next = open[0]
  if (!next) {
    return {kind: 'unavailable', reason: 'Nothing planned: add a follow-up date first.'}
  }
  const linked = next.article?._ref
  if (linked) return {kind: 'open', followUp: next, storyId: linked.replace(/^drafts\./, '')}
  return {kind: 'create', followUp: next, storyId: followUpStoryId(commitment._id, next._key)}
}

export const humanDate = (value: string | null | undefined): string | undefined => {
  const date = parseCalendarDate(value)
  return date ? format(date, 'd MMMM yyyy', {in: tz('UTC')}) : undefined
}

interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface TextBlock {
  _type: 'block'
  _key: string
  style: string
  markDefs: never[]
  children: Span[]
  listItem?: 'bullet' | 'number'
  level?: number
}

export interface QuoteBlockItem {
  _type: 'quoteBlock'
  _key: string
  quote: {_type: 'reference'; _ref: string}
}

export interface FollowUpStoryDraft {
  _id: string
  _type: string
  kind: 'followUp'
  headline: string
  dek: string
  followUpOf: {_type: 'reference'; _ref: string}
  commitments: {_type: 'reference'; _key: string; _ref: string}[]
  agreements: {_type: 'reference'; _key: string; _ref: string}[]
  body: (TextBlock | QuoteBlockItem)[]
  slug: {_type: 'slug'; current: string}
}

function block(key: string, text: string, style = 'normal', listItem?: 'bullet'): TextBlock {
  return {
    _type: 'block',
    _key: key,
    style,
    markDefs: [],
    children: [{_type: 'span', _key: `${key}-s`, text, marks: []}],
    ...(listItem ? {listItem, level: 1} : {}),
  }
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

export function slugify(text: string, max = 96): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, max).replace(/-+$/, '')
}

export interface BuildStoryInput extends StoryContext {
  commitment: StoryCommitment
  followUp: StoryFollowUp
  articleType?: string
}

/**
 * The draft a reporter starts from: headline, a dek saying what was promised and when the desk
 * checks, the measurable outcome and the rating history as a checklist, and the latest quotes
 * about the agreement as embeds. Deterministic: the same input gives the same document.
 */
export function buildFollowUpStory(input: BuildStoryInput): FollowUpStoryDraft {
  const {commitment, followUp, agreement, partyNames = [], quotes = []} = input
  const storyId = followUpStoryId(commitment._id, followUp._key)
  const title = commitment.title?.trim() || 'Untitled commitment'
  const agreementName = agreement?.shortName || agreement?.title
  const signed = humanDate(agreement?.signedDate)
  const due = humanDate(followUp.date)
  const promise = (commitment.measurableOutcome?.delivery || commitment.summary || title).trim()

  const names = joinNames(partyNames) || 'The parties'
  const who = names.charAt(0).toUpperCase() + names.slice(1)
  const where = agreementName
    ? ` in the ${agreementName}${signed ? `, signed ${signed}` : ''}`
    : signed
      ? ` on ${signed}`
      : ''
  const when = due
    ? ` The desk checks on ${due}${followUp.reason ? ` (${followUp.reason})` : ''}.`
    : ''
  const dek = `${who} promised${where}: ${promise.replace(/[.\s]+$/, '')}.${when}`

  const outcome = commitment.measurableOutcome ?? {}
  const deadline =
    outcome.deadlineKind === 'date' && outcome.deadline
      ? `${humanDate(outcome.deadline) ?? outcome.deadline}${outcome.deadlineSource ? ` (${outcome.deadlineSource})` : ''}`
      : 'None stated'
  const outcomeItems: [string, string | null | undefined][] = [
    ['Delivery', outcome.delivery],
    [
      'Measured by',
      [outcome.kind ? titleOf(OUTCOME_KINDS, outcome.kind) : undefined, outcome.indicator]
        .filter(Boolean)
        .join(': '),
    ],
    ['Baseline at signing', outcome.baseline],
    ['Target', outcome.target],
    ['Deadline', deadline],
  ]

  const history = (commitment.ratingHistory ?? []).filter((entry) => entry?.date || entry?.status)
  const body: (TextBlock | QuoteBlockItem)[] = [
    block('what-h', 'What was promised', 'h2'),
    block('what', (commitment.summary || promise).trim()),
    ...(commitment.quotedText?.trim()
      ? [block('wording', commitment.quotedText.trim(), 'blockquote')]
      : []),
    block('outcome-h', 'Measurable outcome: check each', 'h2'),
    ...outcomeItems
      .filter(([, value]) => value && value.trim())
      .map(([label, value], index) =>
        block(`outcome-${index}`, `${label}: ${value}`, 'normal', 'bullet'),
      ),
    block('rating-h', 'Rating history: confirm or update', 'h2'),
    ...history.map((entry, index) =>
      block(
        `rating-${index}`,
        `${entry.date ?? 'Undated'}: ${titleOf(COMMITMENT_STATUSES, entry.status ?? 'notYetRated')}${entry.note ? `. ${entry.note}` : ''}`,
        'normal',
        'bullet',
      ),
    ),
    block(
      'rating-now',
      `Current rating: ${titleOf(COMMITMENT_STATUSES, commitment.status ?? 'notYetRated')}. Record the new rating, dated and sourced, on the commitment.`,
      'normal',
      'bullet',
    ),
    ...(quotes.length
      ? [
          block('quotes-h', 'Recent quotes about the agreement', 'h2'),
          ...quotes.map((quote): QuoteBlockItem => ({
            _type: 'quoteBlock',
            _key: `quote-${quote._id}`.replace(/[^a-zA-Z0-9_-]+/g, '-'),
            quote: {_type: 'reference', _ref: quote._id},
          })),
        ]
      : []),
  ]

  return {
    _id: `drafts.${storyId}`,
    _type: input.articleType ?? 'article',
    kind: 'followUp',
    headline: truncate(`Follow-up: ${title}`, 120),
    dek,
    followUpOf: {_type: 'reference', _ref: commitment._id},
    commitments: [{_type: 'reference', _key: commitment._id, _ref: commitment._id}],
    agreements: agreement ? [{_type: 'reference', _key: agreement._id, _ref: agreement._id}] : [],
    body,
    slug: {_type: 'slug', current: slugify(`follow-up ${title} ${followUp.date ?? ''}`)},
  }
}

/** The `set` patch that links the story from its follow-up and marks the follow-up in progress. */
export function linkStoryPatch(followUpKey: string, storyId: string): Record<string, unknown> {
  const at = `followUps[_key==${JSON.stringify(followUpKey)}]`
  return {
    [`${at}.article`]: {_type: 'reference', _ref: storyId, _weak: true},
    [`${at}.state`]: 'inProgress' satisfies FollowUpState,
  }
}
