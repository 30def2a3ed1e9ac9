/**
 * The article's wording lint as a validator body: find the agreements an article covers, ask
 * for their statuses, and turn wording issues into messages on the headline or the body. The
 * fetch is passed in, so this stays free of Sanity imports and tests can give a fake.
 */
import {checkArticleWording, type CoveredInstrument} from './checkArticleWording'

export interface ArticleForLint {
  headline?: unknown
  dek?: unknown
  body?: unknown
  agreements?: unknown
}

export interface LintMessage {
  message: string
  path: string[]
}

export type FetchInstruments = (ids: string[]) => Promise<CoveredInstrument[] | null | undefined>

/** GROQ for `FetchInstruments`, with `$ids` the referenced agreement ids. */
export const COVERED_INSTRUMENTS_QUERY =
  '*[_type == "agreement" && _id in $ids]{_id, "name": coalesce(shortName, title, _id), "status": legalStatus.status}'

export function coveredAgreementIds(article: unknown): string[] {
  const agreements = (article as ArticleForLint | null | undefined)?.agreements
  const refs: unknown[] = Array.isArray(agreements) ? agreements : []
  const ids = refs
    .map((item) => (item as {_ref?: unknown} | null)?._ref)
    .filter((id): id is string => typeof id === 'string' && id !== '')
  return [...new Set(ids)]
}

export async function lintArticleWording(
  article: unknown,
  fetchInstruments: FetchInstruments,
): Promise<true | LintMessage[]> {
  const ids = coveredAgreementIds(article)
  if (!article || ids.length === 0) return true
  const instruments = (await fetchInstruments(ids)) ?? []
  const issues = checkArticleWording(article as ArticleForLint, instruments)
  if (issues.length === 0) return true
  return issues.map((issue) => ({message: issue.message, path: [issue.field]}))
}
