/**
 * Writes seed/policy-desk.ndjson from the typed modules in seed/source/.
 * Run from the project root: npx tsx scripts/buildSeed.ts
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

import {checkSeed, renderSeedNdjson, seedDocuments} from '../seed/source'

const SEED_FILE = fileURLToPath(new URL('../seed/policy-desk.ndjson', import.meta.url))

const problems = checkSeed(seedDocuments)
if (problems.length > 0) {
  console.error(`The seed has ${problems.length} problem(s); nothing was written:`)
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}

writeFileSync(SEED_FILE, renderSeedNdjson(), 'utf8')

const counts = new Map<string, number>()
for (const doc of seedDocuments) counts.set(doc._type, (counts.get(doc._type) ?? 0) + 1)
const summary = [...counts].map(([type, count]) => `${count} ${type}`).join(', ')
console.log(`Wrote ${seedDocuments.length} documents to ${SEED_FILE} (${summary}).`)
