/**
 * npm run dev
 * Without SANITY_STUDIO_PROJECT_ID: starts the local content backend (seeded on first start)
 * and the Studio against it, and prints the address to open. With it: plain `sanity dev`.
 */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

import {DEFAULT_PORT, DEV_TOKEN, startLocalBackend} from '../local-backend/server'
import {LOCAL_PROJECT_ID} from '../studioEnv'

const SANITY_BIN = fileURLToPath(new URL('../node_modules/sanity/bin/sanity', import.meta.url))
const studioPort = Number(process.env.STUDIO_PORT || 3333)

function startStudio(env: NodeJS.ProcessEnv) {
  const studio = spawn(
    process.execPath,
    [SANITY_BIN, 'dev', '--port', String(studioPort), '--host', 'localhost'],
    {
      stdio: 'inherit',
      env,
    },
  )
  return studio
}

async function main() {
  if (process.env.SANITY_STUDIO_PROJECT_ID) {
    const studio = startStudio(process.env)
    studio.on('exit', (code) => process.exit(code ?? 0))
    return
  }

  const backend = await startLocalBackend({
    port: Number(process.env.LOCAL_BACKEND_PORT || DEFAULT_PORT),
    studioOrigins: [`http://localhost:${studioPort}`, `http://127.0.0.1:${studioPort}`],
  })
  const studio = startStudio({...process.env, SANITY_STUDIO_LOCAL_API_HOST: backend.studioApiHost})
  const token = process.env.LOCAL_BACKEND_TOKEN || DEV_TOKEN
  // The Studio's client puts the project id in front of the API host.
  const studioApiOrigin = backend.studioApiHost.replace('://', `://${LOCAL_PROJECT_ID}.`)

  console.log(`
Policy Desk on the local content backend
  Open the Studio:  http://localhost:${studioPort}/#token=${token}
                    (the token in the address logs you in as "Local Editor")
  Content API:      ${backend.studioApiHost}  (HTTP/2, self-signed certificate)
  First time in your own browser: open ${studioApiOrigin}/v1/ping once and accept the
  certificate, or trust ${backend.certFile} (see README, "Your own browser").
`)

  let stopping = false
  const stop = async (code = 0) => {
    if (stopping) return
    stopping = true
    studio.kill('SIGTERM')
    await backend.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  studio.on('exit', (code) => void stop(code ?? 0))
}

main().catch((error: unknown) => {
  console.error(`dev: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
