import {defineQuery} from 'groq'

/**
 * What a follow-up story draft needs beyond the commitment itself: the agreement, the parties'
 * names and the latest quotes about the agreement. Public, published documents only.
 *
 * Params: `$agreementId` ('' for a standalone pledge), `$partyIds`, `$quoteType`, `$limit`.
 */
export const STORY_CONTEXT_QUERY = defineQuery(`{
  "agreement": *[_id == $agreementId && _id in path("*")][0]{_id, title, shortName, signedDate},
  "parties": *[_id in $partyIds && _id in path("*")]{_id, name},
  "quotes": *[_type == $quoteType && $agreementId != "" && _id in path("*") && references($agreementId)] | order(date desc, _id asc) [0...$limit]{_id}
}`)

/** The result of STORY_CONTEXT_QUERY, typed by hand next to it (see followUpsQuery.ts). */
export interface StoryContextResult {
  agreement: {
    _id: string
    title?: string | null
    shortName?: string | null
    signedDate?: string | null
  } | null
  parties: {_id: string; name?: string | null}[]
  quotes: {_id: string}[]
}
