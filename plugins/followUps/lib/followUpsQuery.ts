import {defineQuery} from 'groq'

import type {CommitmentStatus, FollowUpState, LegalStatus} from '../../../schemas/vocabulary'

/**
 * Every commitment with only the fields the Follow-ups tool, the badges' neighbours and the
 * digest CLI show. `_id in path("*")` keeps to published, public ids: no `drafts.`, no
 * `versions.`, no `private.` documents, even when the client reads with a token.
 *
 * Params: `$commitmentType`.
 */
export const FOLLOW_UPS_QUERY =
  defineQuery(`*[_type == $commitmentType && _id in path("*")] | order(_id asc) {
  _id,
  _updatedAt,
  title,
  status,
  area,
  "hasMeasurableOutcome": defined(measurableOutcome.delivery),
  "ratingDates": ratingHistory[].date,
  "agreement": agreement->{_id, title, shortName, "legalStatus": legalStatus.status},
  "parties": parties[]->{_id, name, shortName, country},
  "followUps": followUps[]{_key, date, reason, assignee, state, "articleId": article._ref}
}`)

/**
 * The result of FOLLOW_UPS_QUERY, typed by hand: TypeGen needs `sanity schema extract`, which
 * runs the whole Studio config; keep this in step with the projection above.
 */
export interface FollowUpsQueryCommitment {
  _id: string
  _updatedAt?: string | null
  title?: string | null
  status?: CommitmentStatus | null
  area?: string | null
  hasMeasurableOutcome: boolean
  ratingDates?: (string | null)[] | null
  agreement?: {
    _id: string
    title?: string | null
    shortName?: string | null
    legalStatus?: LegalStatus | null
  } | null
  parties?:
    | ({
        _id: string
        name?: string | null
        shortName?: string | null
        country?: string | null
      } | null)[]
    | null
  followUps?:
    | {
        _key: string
        date?: string | null
        reason?: string | null
        assignee?: string | null
        state?: FollowUpState | null
        articleId?: string | null
      }[]
    | null
}

export type FollowUpsQueryResult = FollowUpsQueryCommitment[]

/**
 * What the listener watches: any commitment, agreement or organization change can alter a row
 * (agreement names and legal status, party names are joined in).
 */
export const FOLLOW_UPS_LISTEN_QUERY = defineQuery(
  `*[_type in [$commitmentType, $agreementType, "organization"]]`,
)
