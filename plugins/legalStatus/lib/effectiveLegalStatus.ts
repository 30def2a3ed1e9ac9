/**
 * Which legal-status flag a document carries. An agreement carries its own assessment; a
 * commitment inherits its agreement's, unless the desk overrides it for that clause; an article
 * carries the combined status of the agreements it covers. Pure logic: no Sanity or React.
 */

export type EffectiveStatus = 'binding' | 'nonBinding' | 'mixed' | 'unclear'

export type StatusSource = 'assessment' | 'override' | 'agreement' | 'agreements' | 'none'

export interface EffectiveLegalStatus {
  status: EffectiveStatus
  /** Where the status comes from. */
  source: StatusSource
  /** A sentence for a tooltip: why the flag says what it says. */
  detail: string
  /** The override's reason, when an override decided the status. */
  reason?: string
}

export type LegalStatusInput =
  | {type: 'agreement'; status: unknown}
  | {
      type: 'commitment'
      /** The commitment's `legalStatusOverride`, if any. */
      override?: {status?: unknown; reason?: unknown} | null
      /** Whether the commitment references an agreement at all. */
      hasAgreement: boolean
      /** The referenced agreement's `legalStatus.status`; undefined while unknown. */
      agreementStatus?: unknown
    }
  | {
      type: 'article'
      /** `legalStatus.status` of each agreement the article covers, one entry per agreement. */
      agreementStatuses: readonly unknown[]
    }

const KNOWN: ReadonlySet<unknown> = new Set(['binding', 'nonBinding', 'mixed'])

/** Folds a stored status into a flag: anything but binding, non-binding or mixed is unclear. */
export function normalizeStatus(value: unknown): EffectiveStatus {
  return KNOWN.has(value) ? (value as EffectiveStatus) : 'unclear'
}

const WORDS: Record<EffectiveStatus, string> = {
  binding: 'binding',
  nonBinding: 'non-binding',
  mixed: 'mixed',
  unclear: 'not yet assessed',
}

const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

function agreementStatus(status: unknown): EffectiveLegalStatus {
  const flag = normalizeStatus(status)
  return {
    status: flag,
    source: 'assessment',
    detail:
      flag === 'unclear'
        ? 'The desk has not yet assessed whether this instrument binds its parties.'
        : `Assessed by the desk as ${WORDS[flag]}.`,
  }
}

function commitmentStatus(
  input: Extract<LegalStatusInput, {type: 'commitment'}>,
): EffectiveLegalStatus {
  const override = normalizeStatus(input.override?.status)
  if (override !== 'unclear') {
    const reason = nonEmptyText(input.override?.reason)
    return {
      status: override,
      source: 'override',
      reason,
      detail: `Set for this commitment: ${WORDS[override]}${reason ? `, because ${reason}` : ' (no reason given)'}.`,
    }
  }
  if (!input.hasAgreement) {
    return {
      status: 'unclear',
      source: 'none',
      detail: 'A standalone pledge: no agreement to take a legal status from.',
    }
  }
  const inherited = normalizeStatus(input.agreementStatus)
  return {
    status: inherited,
    source: 'agreement',
    detail:
      inherited === 'unclear'
        ? 'Its agreement has not yet been assessed.'
        : `Inherited from its agreement, which is ${WORDS[inherited]}.`,
  }
}

/**
 * All agreements alike → that status. Any disagreement among the assessed ones → mixed. All
 * assessed ones alike but some unassessed → unclear, since the unassessed could go either way.
 */
function articleStatus(input: Extract<LegalStatusInput, {type: 'article'}>): EffectiveLegalStatus {
  const statuses = input.agreementStatuses.map(normalizeStatus)
  if (statuses.length === 0) {
    return {status: 'unclear', source: 'none', detail: 'The article covers no agreement.'}
  }
  const counts = new Map<EffectiveStatus, number>()
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1)
  const breakdown = [...counts].map(([status, count]) => `${count} ${WORDS[status]}`).join(', ')
  const of = `${statuses.length} agreement${statuses.length === 1 ? '' : 's'} covered`
  const assessed = [...counts.keys()].filter((status) => status !== 'unclear')
  let status: EffectiveStatus
  if (assessed.length > 1 || assessed[0] === 'mixed') status = 'mixed'
  else if (counts.has('unclear') || assessed.length === 0) status = 'unclear'
  else status = assessed[0]!
  return {status, source: 'agreements', detail: `From the ${of}: ${breakdown}.`}
}

export function effectiveLegalStatus(input: LegalStatusInput): EffectiveLegalStatus {
  switch (input.type) {
    case 'agreement':
      return agreementStatus(input.status)
    case 'commitment':
      return commitmentStatus(input)
    case 'article':
      return articleStatus(input)
  }
}
