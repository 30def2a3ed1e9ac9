import type {SanityClient} from '@sanity/client'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'

import {screenshot} from './browser'
import {
  eventually,
  openStudioSession,
  type StudioSession,
  studioUrl as studio,
} from './studioSession'

let session: StudioSession
let browser: BrowserContext
let page: Page
let client: SanityClient

const AGREEMENT_PANE = '/structure/agreements;agreements-all'
const JAPAN_DEAL = 'agreement-us-japan-tpd'

beforeAll(async () => {
  session = await openStudioSession('studio')
  ;({browser, page, client} = session)
})

afterEach(async ({task}) => session.screenshotOnFailure(task))

afterAll(async () => session?.close())

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
    // Only the 1988 agreement mentions Toronto, where it was signed.
    await page.getByPlaceholder('Search list').fill('Toronto')
    await expect.poll(() => list.getByText('1988 US–Japan S&T Agreement').count()).toBe(1)
    await expect.poll(() => list.getByText('US–Japan Technology Prosperity Deal').count()).toBe(0)
    await expect.poll(() => list.getByText(/Tokyo Statement on Quantum/).count()).toBe(0)
    await screenshot(page, '03-search')
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

    await session.restartBackend()
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
