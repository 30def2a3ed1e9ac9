/** The Verify action's rules: when it may act, and what it records. No Sanity or React imports. */
import {titleOf, VERIFICATION_METHODS} from '../../../schemas/vocabulary'

export const VERIFY_METHODS = VERIFICATION_METHODS.filter((method) => method.value !== 'unverified')
export type VerifyMethod = (typeof VERIFY_METHODS)[number]['value']

export interface VerifiableQuote {
  verification?: {method?: unknown; verifiedBy?: unknown; verifiedAt?: unknown} | null
}

export interface VerifyContext {
  quote: VerifiableQuote | null
  /** The quote has a published version the check can be recorded on. */
  isPublished: boolean
  userName: string | undefined
}

/** Why the action cannot run at all, or undefined. */
export function verifyDisabledReason({quote, isPublished, userName}: VerifyContext) {
  if (!quote) return 'Save the quote first.'
  if (!isPublished)
    return 'Publish the quote first: verification is recorded on the published quote.'
  if (!userName) return 'Sign in to record who verified the quote.'
  return undefined
}

/** Why a given method cannot be chosen (already verified that way), or undefined. */
export function methodDisabledReason(quote: VerifiableQuote | null, method: string) {
  const current = quote?.verification
  if (current?.method === method && current.verifiedBy && current.verifiedAt) {
    return `Already ${titleOf(VERIFICATION_METHODS, method).toLowerCase()} by ${String(current.verifiedBy)} on ${String(current.verifiedAt).slice(0, 10)}.`
  }
  return undefined
}

/** The verification object to set: who, how, when. */
export function verificationRecord(method: VerifyMethod, userName: string, now: string) {
  return {_type: 'quoteVerification' as const, method, verifiedBy: userName, verifiedAt: now}
}
