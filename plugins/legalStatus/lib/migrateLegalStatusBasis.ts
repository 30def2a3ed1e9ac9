/**
 * `legalStatus.basis` used to be free text; it is now a list of evidence entries, and the text
 * lives on as `basisSummary`. This works out the change for one stored `legalStatus` value, so
 * the migration and its test share one definition. Pure logic.
 */

export interface BasisMigration {
  basisSummary: string
}

/** The new summary when `basis` is still text; undefined when there is nothing to migrate. */
export function migrateLegalStatusBasis(legalStatus: unknown): BasisMigration | undefined {
  if (!legalStatus || typeof legalStatus !== 'object') return undefined
  const {basis, basisSummary} = legalStatus as {basis?: unknown; basisSummary?: unknown}
  if (typeof basis !== 'string') return undefined
  const summary = typeof basisSummary === 'string' ? basisSummary.trim() : ''
  const old = basis.trim()
  if (summary === '' || summary === old) return {basisSummary: old}
  if (old === '') return {basisSummary: summary}
  return {basisSummary: `${summary}\n\n${old}`}
}
