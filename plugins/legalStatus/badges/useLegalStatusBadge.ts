import type {DocumentBadgeComponent, DocumentBadgeDescription, DocumentBadgeProps} from 'sanity'

import {useAgreementStatuses} from '../hooks/useAgreementStatuses'
import {effectiveLegalStatus, type LegalStatusInput} from '../lib/effectiveLegalStatus'
import {legalStatusLabel, legalStatusTone} from '../lib/legalStatusLabel'
import type {LegalStatusOptions} from '../types'

type Role = keyof LegalStatusOptions['types']

interface BadgeDocument {
  legalStatus?: {status?: unknown} | null
  legalStatusOverride?: {status?: unknown; reason?: unknown} | null
  agreement?: {_ref?: unknown} | null
  agreements?: unknown
}

const refOf = (value: unknown) => {
  const ref = (value as {_ref?: unknown} | null | undefined)?._ref
  return typeof ref === 'string' && ref !== '' ? ref : undefined
}

/** The agreement ids a document's flag depends on, in the document's order. */
export function agreementIdsFor(role: Role | undefined, doc: BadgeDocument | null): string[] {
  if (!doc) return []
  if (role === 'commitment') {
    const ref = refOf(doc.agreement)
    return ref ? [ref] : []
  }
  if (role === 'article' && Array.isArray(doc.agreements)) {
    return doc.agreements.map(refOf).filter((ref): ref is string => ref !== undefined)
  }
  return []
}

/**
 * Builds the badge hook for the configured document types. The agreement's badge shows its own
 * assessment; a commitment's and an article's are derived from the published agreements they
 * reference, and stay blank while those are loading rather than flash a wrong status.
 */
export function defineLegalStatusBadge(types: LegalStatusOptions['types']): DocumentBadgeComponent {
  const roles = new Map<string, Role>(
    (Object.entries(types) as [Role, string][]).map(([role, type]) => [type, role]),
  )

  function useLegalStatusBadge(props: DocumentBadgeProps): DocumentBadgeDescription | null {
    const role = roles.get(props.type)
    const doc = (props.version ?? props.draft ?? props.published) as BadgeDocument | null
    const ids = agreementIdsFor(role, doc)
    const {statuses, loading} = useAgreementStatuses(ids)
    if (!role || loading) return null

    let input: LegalStatusInput
    if (role === 'agreement') {
      input = {type: 'agreement', status: doc?.legalStatus?.status}
    } else if (role === 'commitment') {
      input = {
        type: 'commitment',
        override: doc?.legalStatusOverride,
        hasAgreement: ids.length > 0,
        agreementStatus: ids[0] ? statuses.get(ids[0]) : undefined,
      }
    } else {
      input = {type: 'article', agreementStatuses: ids.map((id) => statuses.get(id))}
    }
    const legal = effectiveLegalStatus(input)
    return {
      label: legalStatusLabel(legal.status),
      title: legal.detail,
      color: legalStatusTone(legal.status).badge,
    }
  }
  useLegalStatusBadge.displayName = 'useLegalStatusBadge'
  return useLegalStatusBadge
}
