/**
 * Moves the old free-text `legalStatus.basis` of agreements to `legalStatus.basisSummary`, so
 * `basis` can hold evidence entries. Idempotent: agreements already migrated are skipped.
 * Run it with `npx sanity migration run legal-status-basis` once a file in migrations/
 * re-exports it (see docs/legal-status.md); the seed already has the new shape.
 */
import {at, defineMigration, set, unset} from 'sanity/migrate'

import {migrateLegalStatusBasis} from '../lib/migrateLegalStatusBasis'

export const legalStatusBasisToSummary = defineMigration({
  title: 'Legal status: move the free-text basis to basisSummary',
  documentTypes: ['agreement'],
  migrate: {
    document(doc) {
      const change = migrateLegalStatusBasis((doc as {legalStatus?: unknown}).legalStatus)
      if (!change) return []
      return [
        at('legalStatus.basisSummary', set(change.basisSummary)),
        at('legalStatus.basis', unset()),
      ]
    },
  },
})
