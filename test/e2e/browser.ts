import {mkdirSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {type BrowserContext, chromium, type Page} from 'playwright-core'

import {DEV_TOKEN} from '../../local-backend/server'
import {LOCAL_PROJECT_ID} from '../../studioEnv'

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url))

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The local backend's certificate is self-signed.
  '--ignore-certificate-errors',
]

/** Debian's Chromium with a fresh profile, logged in to the local backend with the dev token. */
export async function launchStudioBrowser(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), 'policy-desk-chromium-')),
    {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      ignoreHTTPSErrors: true,
      args: CHROMIUM_FLAGS,
      viewport: {width: 1400, height: 900},
    },
  )
  await context.addInitScript(
    ({key, token}) => window.localStorage.setItem(key, JSON.stringify({token})),
    {key: `__studio_auth_token_${LOCAL_PROJECT_ID}`, token: DEV_TOKEN},
  )
  return context
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, {recursive: true})
  await page.screenshot({path: path.join(SCREENSHOT_DIR, `${name}.png`)})
}
