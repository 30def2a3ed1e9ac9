/**
 * Create-in-place: the small form a reporter fills in from the quote picker, checked and turned
 * into a quote document. The checks mirror the quote schema's errors, so a quote created here
 * is publishable as created. No Sanity or React imports.
 */
import {isHttpUrl} from '../../../schemas/rules/editorialRules'
import type {VerificationMethod} from '../../../schemas/vocabulary'

export interface NewQuoteInput {
  text: string
  speakerId: string
  speakerTitle: string
  date: string
  medium: string
  venue: string
  sourceUrl: string
  groundRules: string
  describedAs: string
  /** "unverified", or how the reporter checked the words. */
  verificationMethod: VerificationMethod | string
}

export const EMPTY_NEW_QUOTE: NewQuoteInput = {
  text: '',
  speakerId: '',
  speakerTitle: '',
  date: '',
  medium: '',
  venue: '',
  sourceUrl: '',
  groundRules: 'onTheRecord',
  describedAs: '',
  verificationMethod: 'unverified',
}

export type NewQuoteErrors = Partial<Record<keyof NewQuoteInput, string>>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Field-by-field problems; an empty object means the quote can be created. */
export function validateNewQuote(input: NewQuoteInput): NewQuoteErrors {
  const errors: NewQuoteErrors = {}
  if (!input.text.trim()) errors.text = 'Type or paste the exact words.'
  if (!input.speakerId) errors.speakerId = 'Choose who said it.'
  if (!ISO_DATE.test(input.date)) errors.date = 'Give the date the words were said (YYYY-MM-DD).'
  if (!input.medium) errors.medium = 'Say where the words were said or written.'
  const link = input.sourceUrl.trim()
  const linkCheck = isHttpUrl(link)
  if (linkCheck !== true) errors.sourceUrl = linkCheck
  else if (!link && input.verificationMethod === 'unverified') {
    errors.sourceUrl = 'Add a source link, or say how you verified the words.'
  }
  if (input.groundRules === 'offTheRecord') {
    errors.groundRules = 'Off-the-record words cannot go into an article.'
  }
  if (
    (input.groundRules === 'background' || input.groundRules === 'notForAttribution') &&
    !input.describedAs.trim()
  ) {
    errors.describedAs = 'Give the description the source agreed to.'
  }
  return errors
}

export interface QuoteAuthor {
  /** Who records the verification, e.g. the current user's name. */
  name: string
  now: string
}

/** The quote document to create, with the given (published) id. */
export function buildNewQuote(id: string, input: NewQuoteInput, author: QuoteAuthor) {
  const verified = input.verificationMethod !== 'unverified'
  const describe = input.groundRules === 'background' || input.groundRules === 'notForAttribution'
  return {
    _id: id,
    _type: 'quote' as const,
    text: input.text.trim(),
    speaker: {_type: 'reference' as const, _ref: input.speakerId},
    ...(input.speakerTitle.trim() ? {speakerTitle: input.speakerTitle.trim()} : {}),
    date: input.date,
    medium: input.medium,
    ...(input.venue.trim() ? {venue: input.venue.trim()} : {}),
    ...(input.sourceUrl.trim() ? {sourceUrl: input.sourceUrl.trim()} : {}),
    groundRules: input.groundRules,
    ...(describe ? {describedAs: input.describedAs.trim()} : {}),
    verification: verified
      ? {
          _type: 'quoteVerification' as const,
          method: input.verificationMethod,
          verifiedBy: author.name,
          verifiedAt: author.now,
        }
      : {_type: 'quoteVerification' as const, method: 'unverified'},
  }
}

/** A fresh published id for a quote created from the picker. */
export function newQuoteId(random: () => string): string {
  return `quote-${random()
    .replace(/[^a-zA-Z0-9-]/g, '')
    .slice(0, 24)}`
}
