import {defineQuery} from 'groq'

/**
 * What a follow-up story draft needs beyond the commitment itself: the agreement, the parties'
 * names and the latest quotes about the agreement. Public, published documents only.
 *
 * Params: `$agreementId` ('' for a standalone pledge), `$partyIds`, `$limit`. The type names are
 * literal so that TypeGen can narrow the result: STORY_CONTEXT_QUERY_RESULT in
 * types/sanity.types.ts.
 */
export const STORY_CONTEXT_QUERY = defineQuery(`{
  "agreement": *[_type == "agreement" && _id == $agreementId && _id in path("*")][0]{_id, title, shortName, signedDate},
  "parties": *[_type == "organization" && _id in $partyIds && _id in path("*")]{_id, name},
  "quotes": *[_type == "quote" && $agreementId != "" && _id in path("*") && references($agreementId)] | order(date desc, _id asc) [0...$limit]{_id}
}`)
