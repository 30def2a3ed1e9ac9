import {mkdtempSync} from 'node:fs'
import type {Server} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'

import type {SanityClient} from '@sanity/client'
import type {BrowserContext, Page} from 'playwright-core'

import {localBackendClient, trustLocalCertificate} from '../../local-backend/client'
import {DEV_TOKEN, type LocalBackend, startLocalBackend} from '../../local-backend/server'
import {launchStudioBrowser, screenshot} from './browser'
import {STUDIO_BUILD_DIR} from './globalSetup'
import {E2E_BACKEND_PORT, E2E_STUDIO_ORIGIN, E2E_STUDIO_PORT} from './ports'
import {serveStudio} from './staticServer'

/**
 * One end-to-end session: the local backend on a fresh data folder seeded from seed/, the built
 * Studio served beside it, a @sanity/client for checking what the Studio wrote, and Chromium.
 */
export interface StudioSession {
  page: Page
  browser: BrowserContext
  client: SanityClient
  /** The backend's base URL, for further clients (an anonymous reader, say). */
  apiHost: string
  /** Stops the backend and starts it again on the same data folder. */
  restartBackend(): Promise<void>
  screenshotOnFailure(task: {name: string; result?: {state?: string}}): Promise<void>
  close(): Promise<void>
}

export const studioUrl = (pathAndQuery: string) => `${E2E_STUDIO_ORIGIN}${pathAndQuery}`

export async function openStudioSession(name: string): Promise<StudioSession> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `policy-desk-e2e-${name}-`))
  const start = () =>
    startLocalBackend({port: E2E_BACKEND_PORT, dataDir, studioOrigins: [E2E_STUDIO_ORIGIN]})
  let backend: LocalBackend = await start()
  const studioServer: Server = await serveStudio(STUDIO_BUILD_DIR, E2E_STUDIO_PORT)
  // The backend's certificate is self-signed: this process trusts that one certificate.
  trustLocalCertificate(backend.certFile)
  const apiHost = backend.url
  const client = localBackendClient({apiHost, token: DEV_TOKEN})
  const browser = await launchStudioBrowser()
  const page = browser.pages()[0] ?? (await browser.newPage())

  return {
    page,
    browser,
    client,
    apiHost,
    async restartBackend() {
      await backend.close()
      backend = await start()
    },
    async screenshotOnFailure(task) {
      if (task.result?.state === 'fail') {
        await screenshot(page, `failed-${task.name.replace(/\W+/g, '-')}`)
      }
    },
    async close() {
      await browser.close()
      await new Promise((resolve) => studioServer.close(resolve))
      await backend.close()
    },
  }
}

/** Polls until `check` passes, so a test waits for the Studio's asynchronous writes. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}
