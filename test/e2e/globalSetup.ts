import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

import {E2E_API_HOST} from './ports'

export const STUDIO_BUILD_DIR = fileURLToPath(new URL('../../.local/e2e-studio', import.meta.url))
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SANITY_BIN = fileURLToPath(new URL('../../node_modules/sanity/bin/sanity', import.meta.url))

/** Builds the real Studio once per run, pointed at the end-to-end backend's address. */
export default function buildStudio() {
  const started = Date.now()
  const result = spawnSync(process.execPath, [SANITY_BIN, 'build', STUDIO_BUILD_DIR, '--yes'], {
    cwd: ROOT,
    env: {...process.env, SANITY_STUDIO_PROJECT_ID: '', SANITY_STUDIO_LOCAL_API_HOST: E2E_API_HOST},
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    throw new Error(`sanity build failed:\n${result.stdout}\n${result.stderr}`)
  }
  console.log(`[e2e] built the Studio in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
