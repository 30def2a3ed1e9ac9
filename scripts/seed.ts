/**
 * npm run seed
 * Imports seed/policy-desk.ndjson, idempotently (createOrReplace with fixed ids):
 * - into the hosted dataset when SANITY_STUDIO_PROJECT_ID is set (needs SANITY_AUTH_TOKEN);
 * - into a running local backend through its API, so an open Studio sees the change live;
 * - otherwise straight into the local backend's files.
 */
import path from 'node:path'

import {createClient, type SanityClient} from '@sanity/client'

import {localBackendClient, trustLocalCertificate} from '../local-backend/client'
import {ContentStore} from '../local-backend/lib/contentStore'
import {readSeedFile} from '../local-backend/lib/persistence'
import {
  DEFAULT_DATA_DIR,
  DEFAULT_SEED_FILE,
  DEV_TOKEN,
  runningBackend,
} from '../local-backend/server'
import {API_VERSION} from '../schemas/apiVersion'
import {dataset, usesLocalBackend} from '../studioEnv'

const BATCH_SIZE = 100

async function importThroughApi(
  client: SanityClient,
  documents: {_id: string; _type: string}[],
  target: string,
) {
  for (let start = 0; start < documents.length; start += BATCH_SIZE) {
    const batch = documents.slice(start, start + BATCH_SIZE)
    const transaction = client.transaction()
    for (const document of batch) transaction.createOrReplace(document)
    await transaction.commit({visibility: 'async'})
    if (process.stdout.isTTY) {
      process.stdout.write(
        `  ${Math.min(start + BATCH_SIZE, documents.length)}/${documents.length}\r`,
      )
    }
  }
  console.log(`Seeded ${documents.length} documents into ${target}.`)
}

async function main() {
  const seedFile = process.env.LOCAL_BACKEND_SEED_FILE || DEFAULT_SEED_FILE
  const documents = readSeedFile(seedFile)
  if (!documents)
    throw new Error(`The seed file ${seedFile} does not exist. Run npm run seed:build.`)

  if (!usesLocalBackend) {
    const token = process.env.SANITY_AUTH_TOKEN
    if (!token) {
      throw new Error(
        'SANITY_AUTH_TOKEN is not set: a write token is needed to seed a hosted dataset.',
      )
    }
    const projectId = process.env.SANITY_STUDIO_PROJECT_ID as string
    const client = createClient({projectId, dataset, token, apiVersion: API_VERSION, useCdn: false})
    await importThroughApi(client, documents, `project ${projectId}, dataset "${dataset}"`)
    return
  }

  const dataDir = process.env.LOCAL_BACKEND_DATA_DIR || DEFAULT_DATA_DIR
  const running = runningBackend(dataDir)
  if (running) {
    trustLocalCertificate(path.join(dataDir, 'tls', 'localhost-cert.pem'))
    const client = localBackendClient({
      apiHost: `https://127.0.0.1:${running.port}`,
      dataset,
      token: process.env.LOCAL_BACKEND_TOKEN || DEV_TOKEN,
    })
    await importThroughApi(client, documents, `the running local backend (port ${running.port})`)
    return
  }

  const store = new ContentStore({dataDir, seedFile, seedDataset: dataset})
  const count = store.seed()
  store.close()
  console.log(`Seeded ${count} documents into the local backend's files in ${dataDir}.`)
}

main().catch((error: unknown) => {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
