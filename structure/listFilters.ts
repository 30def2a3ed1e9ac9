/**
 * GROQ filters behind the desk's structure lists. Kept as plain data so tests can run each
 * one with groq-js over the seed and prove the lists show what their titles promise.
 */
import {ARTICLE_KINDS, COMMITMENT_STATUSES, LEGAL_STATUSES} from '../schemas/vocabulary'

export interface ListFilter {
  id: string
  title: string
  schemaType: string
  filter: string
  params?: Record<string, string>
}

export const agreementsByStatus: ListFilter[] = LEGAL_STATUSES.map(({value, title}) => ({
  id: `agreements-${value}`,
  title,
  schemaType: 'agreement',
  filter:
    value === 'unassessed'
      ? '_type == "agreement" && (!defined(legalStatus.status) || legalStatus.status == "unassessed")'
      : '_type == "agreement" && legalStatus.status == $status',
  params: value === 'unassessed' ? undefined : {status: value},
}))

export const commitmentsByStatus: ListFilter[] = COMMITMENT_STATUSES.map(({value, title}) => ({
  id: `commitments-${value}`,
  title,
  schemaType: 'commitment',
  filter: '_type == "commitment" && status == $status',
  params: {status: value},
}))

export const articlesByKind: ListFilter[] = ARTICLE_KINDS.map(({value, title}) => ({
  id: `articles-${value}`,
  title,
  schemaType: 'article',
  filter: '_type == "article" && kind == $kind',
  params: {kind: value},
}))

/** Commitments of one agreement, for the per-agreement child list. */
export const commitmentsOfAgreement: ListFilter = {
  id: 'commitments-of-agreement',
  title: 'Commitments',
  schemaType: 'commitment',
  filter: '_type == "commitment" && agreement._ref == $agreementId',
}
