/**
 * Validation rules as plain functions: each returns `true` when the input is acceptable, or a
 * sentence an editor can act on. Schemas wire them into Sanity's `Rule.custom`; tests call them
 * directly. No Sanity or React imports here.
 */

export type RuleResult = true | string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses a `YYYY-MM-DD` calendar date, rejecting impossible dates such as 2025-02-30. */
export function parseCalendarDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined
  const match = ISO_DATE.exec(value.slice(0, 10))
  if (!match) return undefined
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  const roundTrips =
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  return roundTrips ? date : undefined
}

export function isHttpUrl(value: unknown): RuleResult {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'A link must be text, such as https://example.org/page.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a web address. Paste a full link that starts with https://.`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Links must start with http:// or https://, not ${url.protocol}//.`
  }
  return true
}

/** Later must fall on or after earlier; missing dates are left to `required` rules. */
export function dateNotBefore(
  later: unknown,
  earlier: unknown,
  labels: {later: string; earlier: string},
): RuleResult {
  const laterDate = parseCalendarDate(later)
  const earlierDate = parseCalendarDate(earlier)
  if (!laterDate || !earlierDate) return true
  if (laterDate < earlierDate) {
    return `The ${labels.later} (${String(later).slice(0, 10)}) is before the ${labels.earlier} (${String(earlier).slice(0, 10)}).`
  }
  return true
}

export interface DatedEntry {
  date?: unknown
}

/** A rating history must read oldest first, so the last entry is the current rating. */
export function chronologicalOrder(entries: unknown, label = 'rating history'): RuleResult {
  if (!Array.isArray(entries)) return true
  let previous: {date: Date; raw: string} | undefined
  for (const [index, entry] of entries.entries()) {
    const raw = (entry as DatedEntry | null)?.date
    const date = parseCalendarDate(raw)
    if (!date) continue
    if (previous && date < previous.date) {
      return `The ${label} must run oldest first: entry ${index + 1} (${String(raw)}) comes after an entry dated ${previous.raw}.`
    }
    previous = {date, raw: String(raw)}
  }
  return true
}

export interface SourcingInput {
  sourceUrl?: unknown
  verification?: {method?: unknown} | null
}

/** A quote needs somewhere a reader or editor can check it: a link, or a verification record. */
export function quoteIsSourced(input: unknown): RuleResult {
  const quote = input as SourcingInput | undefined
  const hasLink = typeof quote?.sourceUrl === 'string' && quote.sourceUrl.trim() !== ''
  const method = quote?.verification?.method
  const isVerified = typeof method === 'string' && method !== 'unverified'
  if (hasLink || isVerified) return true
  return 'Add a source link, or record how the quote was verified (recording, transcript or published text).'
}

export interface VerificationInput {
  method?: unknown
  verifiedBy?: unknown
  verifiedAt?: unknown
}

export function verificationIsComplete(input: unknown): RuleResult {
  const verification = input as VerificationInput | undefined
  if (!verification || !verification.method || verification.method === 'unverified') return true
  const missing = [
    !verification.verifiedBy && 'who verified it',
    !verification.verifiedAt && 'when',
  ].filter(Boolean)
  if (missing.length === 0) return true
  return `A verified quote must say ${missing.join(' and ')}.`
}

export interface RatedCommitment {
  status?: unknown
  ratingHistory?: {status?: unknown; date?: unknown}[] | null
}

/** The current rating should be the latest entry in the history, so the two never disagree. */
export function statusMatchesLatestRating(input: unknown): RuleResult {
  const commitment = input as RatedCommitment | undefined
  const history = commitment?.ratingHistory ?? []
  const latest = history[history.length - 1]
  if (!latest || !commitment?.status || !latest.status) return true
  if (latest.status !== commitment.status) {
    return `The current rating (${String(commitment.status)}) differs from the latest rating in the history (${String(latest.status)}, ${String(latest.date ?? 'undated')}). Add a dated rating entry for the change.`
  }
  return true
}
