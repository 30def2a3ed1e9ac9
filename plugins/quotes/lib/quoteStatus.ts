/**
 * How a quote's ground rules and verification read in the picker and the editor, and whether
 * it may be embedded at all. No Sanity or React imports: tones are @sanity/ui tone names.
 */
import {GROUND_RULES, titleOf, VERIFICATION_METHODS} from '../../../schemas/vocabulary'

export type Tone = 'default' | 'primary' | 'positive' | 'caution' | 'critical'

export interface StatusBadge {
  label: string
  tone: Tone
}

const GROUND_RULE_TONES: Record<string, Tone> = {
  onTheRecord: 'positive',
  background: 'primary',
  notForAttribution: 'primary',
  deepBackground: 'caution',
  offTheRecord: 'critical',
}

export function groundRulesBadge(groundRules: unknown): StatusBadge {
  const value = typeof groundRules === 'string' && groundRules ? groundRules : 'onTheRecord'
  return {label: titleOf(GROUND_RULES, value), tone: GROUND_RULE_TONES[value] ?? 'critical'}
}

export interface VerificationLike {
  method?: unknown
}

/** True when the quote was checked against a recording, a transcript or published text. */
export function isVerified(verification: VerificationLike | null | undefined): boolean {
  const method = verification?.method
  return typeof method === 'string' && method !== '' && method !== 'unverified'
}

export function verificationBadge(verification: VerificationLike | null | undefined): StatusBadge {
  if (!isVerified(verification)) return {label: 'Unverified', tone: 'caution'}
  const title = titleOf(VERIFICATION_METHODS, verification?.method)
  // "Verified against a transcript" → "Verified: transcript"
  return {label: title.replace(/^Verified against (a |an )?/, 'Verified: '), tone: 'positive'}
}

export type Pickability = {pickable: true} | {pickable: false; reason: string}

export interface PickableQuote {
  groundRules?: unknown
  describedAs?: unknown
  doNotQuote?: unknown
}

/** Whether a reporter may embed the quote; when not, the reason shown on the disabled row. */
export function quotePickability(quote: PickableQuote): Pickability {
  const rules = quote.groundRules ?? 'onTheRecord'
  if (rules === 'offTheRecord') {
    return {pickable: false, reason: 'Off the record: it cannot be published.'}
  }
  if (
    (rules === 'background' || rules === 'notForAttribution') &&
    !(typeof quote.describedAs === 'string' && quote.describedAs.trim())
  ) {
    return {
      pickable: false,
      reason: 'On background without the agreed description of the source: add it to the quote.',
    }
  }
  return {pickable: true}
}
