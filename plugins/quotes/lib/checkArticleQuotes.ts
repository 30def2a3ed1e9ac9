/**
 * Editorial safety for the quotes an article embeds: pure checks over the article body and the
 * quote records it points at. Errors block publishing; warnings are editorial advice. The
 * schema wires `lintArticleQuotes` into two custom rules (one error, one warning) that fetch
 * the quotes through the validation context's client. No Sanity or React imports.
 */
import {attributeQuote, type SpeakerForAttribution} from './attribution'
import {findQuoteEmbeds, surroundingText, type QuoteEmbed} from './quoteEmbeds'
import {isVerified} from './quoteStatus'
import {nameWords} from './sourceNames'

/** A quote as the checks need it: what `ARTICLE_QUOTES_QUERY` returns for each id. */
export interface CheckedQuote {
  _id: string
  text?: string | null
  groundRules?: string | null
  describedAs?: string | null
  speakerTitle?: string | null
  date?: string | null
  verification?: {method?: string | null} | null
  speaker?: (SpeakerForAttribution & {_id?: string}) | null
  /** True when an expert source for the speaker is marked "do not quote". */
  doNotQuote?: boolean | null
}

/** Published quotes only: an article may not embed a draft (the reference rule says so). */
export const ARTICLE_QUOTES_QUERY = `*[_id in $ids]{
  _id, text, groundRules, describedAs, speakerTitle, date,
  "verification": verification{method},
  "speaker": speaker->{_id, name, currentTitle, "currentOrganizationName": organization->name,
    "roles": roles[]{title, "organizationName": organization->name, from, to}},
  "doNotQuote": count(*[_type == "expertSource" && person._ref == ^.speaker._ref && doNotQuote == true]) > 0
}`

export interface QuoteIssue {
  message: string
  path: QuoteEmbed['path']
}

export interface QuoteCheckResult {
  errors: QuoteIssue[]
  warnings: QuoteIssue[]
}

/** Ground rules under which the source's name must not appear near the quote. */
const NAME_FORBIDDEN = new Set([
  'background',
  'deepBackground',
  'notForAttribution',
  'offTheRecord',
])

const excerpt = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text

/**
 * True when the text names the person: their full name, or their family name on its own
 * (how a story refers back to someone), folding case and accents.
 */
export function textNamesPerson(text: string, name: string | undefined | null): boolean {
  if (!name) return false
  const person = nameWords(name)
  if (person.length === 0) return false
  const words = nameWords(text)
  const padded = ` ${words.join(' ')} `
  if (padded.includes(` ${person.join(' ')} `)) return true
  const family = person[person.length - 1]!
  return family.length >= 3 && words.includes(family)
}

function speakerName(quote: CheckedQuote): string {
  return quote.speaker?.name?.trim() || 'an unnamed speaker'
}

/** Runs every check over the body, given the quote records found for its embeds. */
export function checkArticleQuotes(body: unknown, quotes: CheckedQuote[]): QuoteCheckResult {
  const byId = new Map(quotes.map((quote) => [quote._id, quote]))
  const errors: QuoteIssue[] = []
  const warnings: QuoteIssue[] = []
  const unverified = new Map<string, {quote: CheckedQuote; path: QuoteEmbed['path']}>()
  const doNotQuoteSeen = new Set<string>()

  for (const embed of findQuoteEmbeds(body)) {
    const quote = byId.get(embed.quoteId)
    // A missing or draft-only quote is the reference rule's error; nothing more to say here.
    if (!quote) continue
    const rules = quote.groundRules || 'onTheRecord'
    const attribution = attributeQuote(
      {
        groundRules: rules,
        speakerTitle: quote.speakerTitle ?? undefined,
        describedAs: quote.describedAs ?? undefined,
        date: quote.date ?? undefined,
      },
      quote.speaker ?? undefined,
    )
    if (rules === 'offTheRecord') {
      errors.push({
        message: `“${excerpt(quote.text ?? '')}” is off the record and cannot be published. Remove it.`,
        path: embed.path,
      })
    } else if (attribution.kind === 'forbidden') {
      errors.push({message: attribution.reason, path: embed.path})
    }
    if (
      NAME_FORBIDDEN.has(rules) &&
      textNamesPerson(surroundingText(body, embed.blockIndex), quote.speaker?.name)
    ) {
      errors.push({
        message: `The text around “${excerpt(quote.text ?? '', 50)}” names ${speakerName(quote)}, but the quote is ${rules === 'deepBackground' ? 'on deep background' : rules === 'notForAttribution' ? 'not for attribution' : rules === 'offTheRecord' ? 'off the record' : 'on background'}: the source must not be named.`,
        path: embed.path,
      })
    }
    if (!isVerified(quote.verification) && !unverified.has(quote._id)) {
      unverified.set(quote._id, {quote, path: embed.path})
    }
    if (
      embed.textAtPublish !== undefined &&
      typeof quote.text === 'string' &&
      embed.textAtPublish !== quote.text
    ) {
      warnings.push({
        message: `The words of this quote changed after the article was published. Was: “${embed.textAtPublish}” Now: “${quote.text}”`,
        path: embed.path,
      })
    }
    if (quote.doNotQuote && !doNotQuoteSeen.has(quote._id)) {
      doNotQuoteSeen.add(quote._id)
      warnings.push({
        message: `${speakerName(quote)} is marked “do not quote” in the source list.`,
        path: embed.path,
      })
    }
  }

  if (unverified.size > 0) {
    const entries = [...unverified.values()]
    const speakers = [...new Set(entries.map(({quote}) => speakerName(quote)))]
    warnings.unshift({
      message: `${entries.length === 1 ? '1 quote is' : `${entries.length} quotes are`} unverified (${speakers.join(', ')}). Verify against a recording, transcript or published text.`,
      path: entries.length === 1 ? entries[0]!.path : ['body'],
    })
  }
  return {errors, warnings}
}

export type FetchQuotes = (ids: string[]) => Promise<CheckedQuote[]>

/** The checks for a whole article document, fetching its quotes with `fetchQuotes`. */
export async function lintArticleQuotes(
  document: unknown,
  fetchQuotes: FetchQuotes,
): Promise<QuoteCheckResult> {
  const body = (document as {body?: unknown} | undefined)?.body
  const ids = [...new Set(findQuoteEmbeds(body).map((embed) => embed.quoteId))]
  if (ids.length === 0) return {errors: [], warnings: []}
  return checkArticleQuotes(body, await fetchQuotes(ids))
}

/** In Sanity's custom-rule shape: `true`, or the issues with their paths. */
export function asRuleResult(issues: QuoteIssue[]): true | QuoteIssue[] {
  return issues.length === 0 ? true : issues
}
