import {mkdtempSync} from 'node:fs'
import type {Server} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {createClient, type SanityClient} from '@sanity/client'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'

import {DEV_TOKEN, type LocalBackend, startLocalBackend} from '../../local-backend/server'
import {API_VERSION} from '../../schemas/apiVersion'
import {LOCAL_PROJECT_ID} from '../../studioEnv'
import {launchStudioBrowser, screenshot} from './browser'
import {STUDIO_BUILD_DIR} from './globalSetup'
import {E2E_BACKEND_PORT, E2E_STUDIO_ORIGIN, E2E_STUDIO_PORT} from './ports'
import {serveStudio} from './staticServer'

const dataDir = mkdtempSync(path.join(tmpdir(), 'policy-desk-e2e-'))
let backend: LocalBackend
let studioServer: Server
let browser: BrowserContext
let page: Page
let client: SanityClient

async function startBackend() {
  backend = await startLocalBackend({
    port: E2E_BACKEND_PORT,
    dataDir,
    studioOrigins: [E2E_STUDIO_ORIGIN],
  })
}

/** Polls until `check` passes, so the test waits for the Studio's asynchronous writes. */
async function eventually<T>(
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

const studio = (pathAndQuery: string) => `${E2E_STUDIO_ORIGIN}${pathAndQuery}`
const AGREEMENT_PANE = '/structure/agreements;agreements-all'
const JAPAN_DEAL = 'agreement-us-japan-tpd'

beforeAll(async () => {
  // The backend's certificate is self-signed; only this test process trusts it blindly.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
  await startBackend()
  studioServer = await serveStudio(STUDIO_BUILD_DIR, E2E_STUDIO_PORT)
  client = createClient({
    projectId: LOCAL_PROJECT_ID,
    dataset: 'production',
    apiHost: backend.url,
    useProjectHostname: false,
    useCdn: false,
    token: DEV_TOKEN,
    apiVersion: API_VERSION,
  })
  browser = await launchStudioBrowser()
  page = browser.pages()[0] ?? (await browser.newPage())
})

afterEach(async ({task}) => {
  if (task.result?.state === 'fail')
    await screenshot(page, `failed-${task.name.replace(/\W+/g, '-')}`)
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => studioServer?.close(resolve))
  await backend?.close()
})

describe('the Studio on the local backend', () => {
  it('opens on the desk structure', async () => {
    await page.goto(studio('/structure'))
    const structure = page.getByTestId('structure-tool-list-pane')
    for (const title of ['Agreements', 'Commitments', 'Quotes', 'Articles', 'Expert sources']) {
      await expect.poll(() => structure.getByText(title, {exact: true}).count()).toBeGreaterThan(0)
    }
    await screenshot(page, '01-desk-structure')
  })

  it('lists the agreements from the seed, with both Technology Prosperity Deals', async () => {
    await page.goto(studio(AGREEMENT_PANE))
    const list = page.getByTestId('document-list-pane')
    await expect.poll(() => list.getByText('US–Japan Technology Prosperity Deal').count()).toBe(1)
    await expect.poll(() => list.getByText('US–ROK Technology Prosperity Deal').count()).toBe(1)
    await expect.poll(() => list.getByText(/Non-binding · Memorandum/).count()).toBe(2)
    await screenshot(page, '02-agreements')
  })

  it('filters a list by a word typed into its search', async () => {
    const list = page.getByTestId('document-list-pane')
    await page.getByPlaceholder('Search list').fill('quantum')
    await expect.poll(() => list.getByText('US–Japan Technology Prosperity Deal').count()).toBe(0)
    await expect.poll(() => list.getByText(/Tokyo Statement on Quantum/).count()).toBe(1)
    await screenshot(page, '03-search-quantum')
  })

  it('edits an agreement and publishes the edit', async () => {
    await page.goto(studio(`${AGREEMENT_PANE};${JAPAN_DEAL};agreement-document`))
    const shortName = page.getByTestId('field-shortName').locator('input')
    await expect.poll(() => shortName.inputValue()).toBe('US–Japan Technology Prosperity Deal')
    await shortName.fill('US–Japan Technology Prosperity Deal (MOC)')
    const publish = page.getByTestId('action-publish')
    await expect.poll(() => publish.isEnabled()).toBe(true)
    await publish.click()
    const published = await eventually(
      () =>
        client.fetch<string>('*[_id == $id][0].shortName', {id: JAPAN_DEAL}, {perspective: 'raw'}),
      (value) => value === 'US–Japan Technology Prosperity Deal (MOC)',
    )
    expect(published).toBe('US–Japan Technology Prosperity Deal (MOC)')
    const draft = await eventually(
      () =>
        client.fetch<number>(
          'count(*[_id == $id])',
          {id: `drafts.${JAPAN_DEAL}`},
          {perspective: 'raw'},
        ),
      (count) => count === 0,
    )
    expect(draft).toBe(0)
    await screenshot(page, '04-agreement-published')
  })

  it('still shows the edit after a reload and after a backend restart', async () => {
    const shortName = () => page.getByTestId('field-shortName').locator('input').inputValue()
    await page.reload()
    await expect.poll(shortName).toBe('US–Japan Technology Prosperity Deal (MOC)')

    await backend.close()
    await startBackend()
    await page.reload()
    await expect
      .poll(shortName, {timeout: 20_000})
      .toBe('US–Japan Technology Prosperity Deal (MOC)')
    expect(await client.fetch('*[_id == $id][0].shortName', {id: JAPAN_DEAL})).toBe(
      'US–Japan Technology Prosperity Deal (MOC)',
    )
  })

  it('creates a commitment that references the agreement', async () => {
    await page.goto(studio('/intent/create/template=commitment;type=commitment/'))
    const title = page.getByTestId('field-title').locator('input')
    await title.fill('Joint review of the fusion collaboration')
    // Wait for the draft to exist, so the form is not re-rendered under the next clicks.
    await eventually(
      () =>
        client.fetch<number>(
          'count(*[_type == "commitment" && title == $title])',
          {title: 'Joint review of the fusion collaboration'},
          {perspective: 'raw'},
        ),
      (count) => count === 1,
    )
    // The first reference search box on the commitment form is its agreement.
    const agreementSearch = page.getByPlaceholder('Type to search').first()
    await agreementSearch.fill('Japan Technology')
    await page
      .getByTestId('autocomplete-popover')
      .getByRole('option', {name: /US–Japan Technology Prosperity Deal/})
      .click()
    const draft = await eventually(
      () =>
        client.fetch<{agreement?: {_ref: string}} | null>(
          '*[_type == "commitment" && title == $title][0]{agreement}',
          {title: 'Joint review of the fusion collaboration'},
          {perspective: 'raw'},
        ),
      (value) => value?.agreement?._ref === JAPAN_DEAL,
    )
    expect(draft?.agreement?._ref).toBe(JAPAN_DEAL)
    await screenshot(page, '05-new-commitment')
  })

  it('shows an edit made through @sanity/client without a reload', async () => {
    await page.goto(studio(`${AGREEMENT_PANE};${JAPAN_DEAL};agreement-document`))
    const shortName = page.getByTestId('field-shortName').locator('input')
    await expect
      .poll(() => shortName.inputValue())
      .toBe('US–Japan Technology Prosperity Deal (MOC)')
    await client.patch(JAPAN_DEAL).set({shortName: 'Edited from a script'}).commit()
    await expect.poll(() => shortName.inputValue(), {timeout: 15_000}).toBe('Edited from a script')
    await screenshot(page, '06-live-edit')
  })

  it('shows an edit typed in one tab in another tab, live', async () => {
    const url = studio(`${AGREEMENT_PANE};${JAPAN_DEAL};agreement-document`)
    const other = await browser.newPage()
    try {
      await page.goto(url)
      await other.goto(url)
      const here = page.getByTestId('field-shortName').locator('input')
      const there = other.getByTestId('field-shortName').locator('input')
      await expect.poll(() => there.inputValue()).toBe('Edited from a script')
      await here.fill('Typed in the first tab')
      await expect.poll(() => there.inputValue(), {timeout: 15_000}).toBe('Typed in the first tab')
      await screenshot(other, '07-second-tab')
    } finally {
      await other.close()
    }
  })
})
