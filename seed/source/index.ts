/**
 * The Policy Desk seed: the FYI story "US Signs Tech Deals with Japan and South Korea" and
 * everything it refers to. `renderSeedNdjson()` is what scripts/buildSeed.ts writes to
 * seed/policy-desk.ndjson, and what the seed test compares that file with.
 */
import {agreements} from './agreements'
import {articles} from './articles'
import {commitments} from './commitments'
import {organizations} from './organizations'
import {expertSources, people} from './people'
import {quotes} from './quotes'
import type {SeedDocument} from './types'

export type {SeedDocument} from './types'
export {checkSeed} from './checks'

export const seedDocuments: SeedDocument[] = [
  ...organizations,
  ...people,
  ...expertSources,
  ...agreements,
  ...commitments,
  ...quotes,
  ...articles,
]

/** One document per line, sorted by `_id`, keys in authored order, with a trailing newline. */
export function renderSeedNdjson(documents: readonly SeedDocument[] = seedDocuments): string {
  const sorted = [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  return sorted.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}
