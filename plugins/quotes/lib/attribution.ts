import type {GroundRules} from '../../../schemas/vocabulary'

export interface DatedRole {
  title?: string
  organizationName?: string
  from?: string
  to?: string
}

export interface SpeakerForAttribution {
  name?: string
  currentTitle?: string
  currentOrganizationName?: string
  /** Previous roles with their dates; used when the quote records no title at the time. */
  roles?: DatedRole[]
}

export interface QuoteForAttribution {
  groundRules?: GroundRules | string
  /** The speaker's title when the words were said, as recorded on the quote. */
  speakerTitle?: string
  /** For background and not-for-attribution quotes: the description the source agreed to. */
  describedAs?: string
  date?: string
}

export type Attribution =
  | {kind: 'named'; text: string}
  | {kind: 'described'; text: string}
  | {kind: 'none'; text: ''}
  | {kind: 'forbidden'; reason: string}

/** The role a person held on a date: the latest role that began on or before it and had not ended. */
export function titleAt(
  speaker: SpeakerForAttribution,
  date: string | undefined,
): string | undefined {
  if (date) {
    const held = (speaker.roles ?? [])
      .filter(
        (role) => role.title && role.from && role.from <= date && (!role.to || role.to >= date),
      )
      .sort((a, b) => (a.from! < b.from! ? 1 : -1))[0]
    if (held) return [held.title, held.organizationName].filter(Boolean).join(' at ')
  }
  return undefined
}

function currentTitle(speaker: SpeakerForAttribution): string | undefined {
  if (!speaker.currentTitle) return undefined
  const org = speaker.currentOrganizationName
  return org && !speaker.currentTitle.includes(org)
    ? `${speaker.currentTitle} at ${org}`
    : speaker.currentTitle
}

/**
 * How an article attributes a quote, from the quote's ground rules alone:
 * on the record names the speaker with the title held at the time; background and
 * not-for-attribution use the agreed description, never the name; deep background gives no
 * attribution; off the record cannot be published at all.
 */
export function attributeQuote(
  quote: QuoteForAttribution,
  speaker: SpeakerForAttribution | undefined,
): Attribution {
  switch (quote.groundRules ?? 'onTheRecord') {
    case 'onTheRecord': {
      const name = speaker?.name?.trim()
      if (!name)
        return {kind: 'forbidden', reason: 'The quote has no named speaker to attribute it to.'}
      const title =
        quote.speakerTitle?.trim() ||
        (speaker && (titleAt(speaker, quote.date) ?? currentTitle(speaker)))
      return {kind: 'named', text: title ? `said ${name}, ${title}` : `said ${name}`}
    }
    case 'background':
    case 'notForAttribution': {
      const description = quote.describedAs?.trim()
      if (!description) {
        return {
          kind: 'forbidden',
          reason: 'Record the description the source agreed to before using this quote.',
        }
      }
      return {kind: 'described', text: `said ${description}`}
    }
    case 'deepBackground':
      return {kind: 'none', text: ''}
    case 'offTheRecord':
      return {kind: 'forbidden', reason: 'Off-the-record material cannot be published.'}
    default:
      return {kind: 'forbidden', reason: `Unknown ground rules "${String(quote.groundRules)}".`}
  }
}
