/**
 * The quote picker's search: by words or speaker, newest first, published quotes only (an
 * article may only embed published quotes). No Sanity or React imports.
 */

export interface PickerQuote {
  _id: string
  text?: string | null
  date?: string | null
  groundRules?: string | null
  describedAs?: string | null
  verification?: {method?: string | null} | null
  speaker?: string | null
  speakerTitle?: string | null
  doNotQuote?: boolean | null
}

/** Search terms as GROQ `match` prefixes: "Global governance" → ["global*", "governance*"]. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => `${term}*`)
}

export function quoteSearchQuery(search: string, limit: number) {
  const terms = searchTerms(search)
  const filter = [
    '_type == "quote"',
    '!(_id in path("drafts.**"))',
    ...(terms.length > 0 ? ['[text, speaker->name] match $terms'] : []),
  ].join(' && ')
  return {
    query: `*[${filter}] | order(date desc) [0...${Math.max(1, Math.floor(limit))}] {
  _id, text, date, groundRules, describedAs, speakerTitle,
  "verification": verification{method},
  "speaker": speaker->name,
  "doNotQuote": count(*[_type == "expertSource" && person._ref == ^.speaker._ref && doNotQuote == true]) > 0
}`,
    params: terms.length > 0 ? {terms} : {},
  }
}

/** One quote for the embed's card: everything the attribution needs, read live. */
export const QUOTE_CARD_QUERY = `*[_id == $id][0]{
  _id, text, date, groundRules, describedAs, speakerTitle, medium, venue,
  "verification": verification{method},
  "speaker": speaker->{name, currentTitle, "currentOrganizationName": organization->name,
    "roles": roles[]{title, "organizationName": organization->name, from, to}}
}`

/** People to choose a speaker from in create-in-place. */
export const SPEAKERS_QUERY = `*[_type == "person" && !(_id in path("drafts.**"))] | order(name asc) {_id, name, currentTitle, "organizationName": organization->name}`
