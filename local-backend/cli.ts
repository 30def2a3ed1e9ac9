/**
 * Local content backend CLI.
 *
 *   npx tsx local-backend/cli.ts [start]   start the backend (default port 4443)
 *   npx tsx local-backend/cli.ts seed      createOrReplace every seed document (idempotent)
 *   npx tsx local-backend/cli.ts reset     delete the dataset's data and re-seed it
 *
 * Environment: LOCAL_BACKEND_PORT, LOCAL_BACKEND_DATA_DIR, LOCAL_BACKEND_SEED_FILE,
 * LOCAL_BACKEND_TOKEN, LOCAL_BACKEND_STUDIO_ORIGINS (comma separated), LOCAL_BACKEND_DATASET,
 * SANITY_STUDIO_PROJECT_ID / SANITY_STUDIO_DATASET (as the Studio uses them).
 */
import {ContentStore} from './lib/contentStore'
import {CorruptFileError} from './lib/persistence'
import {
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  DEFAULT_PROJECT_ID,
  DEFAULT_SEED_FILE,
  DEFAULT_STUDIO_ORIGINS,
  DEV_TOKEN,
  runningBackend,
  startLocalBackend,
} from './server'

const env = process.env
const config = {
  port: env.LOCAL_BACKEND_PORT ? Number(env.LOCAL_BACKEND_PORT) : DEFAULT_PORT,
  dataDir: env.LOCAL_BACKEND_DATA_DIR || DEFAULT_DATA_DIR,
  seedFile: env.LOCAL_BACKEND_SEED_FILE || DEFAULT_SEED_FILE,
  token: env.LOCAL_BACKEND_TOKEN || DEV_TOKEN,
  studioOrigins: env.LOCAL_BACKEND_STUDIO_ORIGINS
    ? env.LOCAL_BACKEND_STUDIO_ORIGINS.split(',').map((origin) => origin.trim())
    : DEFAULT_STUDIO_ORIGINS,
  projectId: env.SANITY_STUDIO_PROJECT_ID || DEFAULT_PROJECT_ID,
  dataset: env.LOCAL_BACKEND_DATASET || env.SANITY_STUDIO_DATASET || 'production',
}

function refuseIfRunning(command: string): void {
  const running = runningBackend(config.dataDir)
  if (running) {
    console.error(
      `local-backend: a backend (pid ${running.pid}, port ${running.port}) is using ${config.dataDir}. ` +
        `Stop it before running "${command}".`,
    )
    process.exit(1)
  }
}

/** Opens the data folder directly, which is only safe while no backend is using it. */
function withStoppedStore<T>(command: string, run: (store: ContentStore) => T): T {
  refuseIfRunning(command)
  const store = new ContentStore({
    dataDir: config.dataDir,
    seedFile: config.seedFile,
    seedDataset: config.dataset,
  })
  try {
    return run(store)
  } finally {
    store.close()
  }
}

async function main(command: string): Promise<void> {
  switch (command) {
    case 'start': {
      const running = runningBackend(config.dataDir)
      if (running) {
        console.error(`local-backend: already running (pid ${running.pid}, port ${running.port}).`)
        process.exit(1)
      }
      const backend = await startLocalBackend(config)
      console.log(
        [
          `Local content backend listening on ${backend.url} (HTTP/2 + HTTP/1.1, TLS)`,
          `  Studio apiHost: ${backend.studioApiHost} (the client calls https://${config.projectId}.localhost:${backend.port})`,
          `  Dataset:        ${config.dataset}  Data: ${config.dataDir}`,
          `  Token:          ${config.token === DEV_TOKEN ? `${DEV_TOKEN} (dev default)` : '(from LOCAL_BACKEND_TOKEN)'}`,
          `  Certificate:    ${backend.certFile} (self-signed; trust it or accept it once in the browser)`,
          `  CORS origins:   ${config.studioOrigins.join(', ')}`,
        ].join('\n'),
      )
      const stop = () => {
        console.log('Stopping local content backend…')
        backend.close().then(
          () => process.exit(0),
          () => process.exit(1),
        )
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      return
    }
    case 'seed': {
      const count = withStoppedStore('seed', (store) => store.seed())
      console.log(
        `Seeded ${count} documents from ${config.seedFile} into "${config.dataset}" (${config.dataDir}).`,
      )
      return
    }
    case 'reset': {
      const count = withStoppedStore('reset', (store) => store.reset())
      console.log(
        `Reset "${config.dataset}" in ${config.dataDir}: ${count} documents from the seed.`,
      )
      return
    }
    default:
      console.error(`Unknown command "${command}". Use: start | seed | reset`)
      process.exit(2)
  }
}

main(process.argv[2] ?? 'start').catch((error: unknown) => {
  if (error instanceof CorruptFileError) console.error(error.message)
  else console.error('local-backend failed:', error)
  process.exit(1)
})
