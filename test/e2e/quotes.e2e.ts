import type {SanityClient} from '@sanity/client'
import type {Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'

import {localBackendClient} from '../../local-backend/client'
import {screenshot} from './browser'
import {
  eventually,
  openStudioSession,
  type StudioSession,
  studioUrl as studio,
} from './studioSession'

/** Quotes and sources in the real Studio: attribution, verification and private contacts. */

let session: StudioSession
let page: Page
let client: SanityClient

const ARTICLE = 'article-us-tech-deals-japan-korea'
const KRATSIOS_QUOTE = 'quote-kratsios-global-governance'
const DONOVAN_SOURCE = 'source-cole-donovan'

beforeAll(async () => {
  session = await openStudioSession('quotes')
  ;({page, client} = session)
})

afterEach(async ({task}) => session.screenshotOnFailure(task))

afterAll(async () => session?.close())

describe('quotes and sources in the Studio', () => {
  it('previews the seed article with its quotes attributed from the quote records', async () => {
    await page.goto(studio(`/intent/edit/id=${ARTICLE};type=article;view=preview/`))
    const preview = page.getByTestId('article-preview')
    await expect.poll(() => preview.count()).toBe(1)
    await expect
      .poll(() => preview.textContent())
      .toContain('it could be years before we actually see any tangible outcomes')
    const text = (await preview.textContent()) ?? ''
    expect(text).toContain('We reject global governance of AI innovation')
    expect(text).toMatch(
      /said Michael Kratsios, Director of the White House Office of Science and Technology Policy/,
    )
    expect(text).toContain('Non-binding')
    await screenshot(page, '20-article-preview')
  })

  it('inserts a quote into the article body from the picker, by reference, and verifies it there', async () => {
    await page.goto(studio(`/intent/edit/id=${ARTICLE};type=article/`))
    const editor = page.locator('[data-testid="field-body"] [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.press('Control+End')
    await page
      .getByRole('button', {name: /Quote \(block\)/})
      .first()
      .click()
    await page.getByPlaceholder('Search quotes by words or speaker').fill('tangible')
    await expect.poll(() => page.locator('[data-testid^="quote-option-"]').count()).toBe(1)
    await page.getByTestId('quote-option-quote-donovan-years-before-outcomes').click()

    const blocks = await eventually(
      () =>
        client.fetch<{_type: string; quote?: {_ref: string}}[]>(
          '*[_id == $id][0].body[_type == "quoteBlock"]{_type, quote}',
          {id: `drafts.${ARTICLE}`},
          {perspective: 'raw'},
        ),
      (found) =>
        (found ?? []).some((block) => block.quote?._ref === 'quote-donovan-years-before-outcomes'),
    )
    expect(blocks.map((block) => block.quote?._ref)).toContain(
      'quote-donovan-years-before-outcomes',
    )
    await screenshot(page, '23-quote-inserted')
    await page.keyboard.press('Escape')
    await page.getByTestId('nested-object-dialog').waitFor({state: 'detached'})
  })

  it('publishes the article with a snapshot of each quote, then warns when a quote’s words change', async () => {
    const publish = page.getByTestId('action-publish')
    await expect.poll(() => publish.isEnabled()).toBe(true)
    // The footer re-renders while validation settles; a click that lands mid-render is lost, so
    // click again (as an editor would) until the Studio confirms the publication.
    const published = page.getByText(/was published/)
    for (let attempt = 0; attempt < 3 && (await published.count()) === 0; attempt++) {
      if (await publish.isEnabled()) await publish.click()
      await published
        .first()
        .waitFor({timeout: 8_000})
        .catch(() => undefined)
    }
    expect(await published.count()).toBeGreaterThan(0)
    const snapshots = await eventually(
      () =>
        client.fetch<(string | null)[]>(
          '*[_id == $id][0].body[_type == "quoteBlock"].textAtPublish',
          {id: ARTICLE},
          {perspective: 'raw'},
        ),
      (texts) => (texts ?? []).length >= 2 && texts.every(Boolean),
    )
    expect(snapshots.join(' ')).toContain('tangible outcomes')

    await client
      .patch('quote-donovan-years-before-outcomes')
      .set({text: 'Any new cooperation might take years to show tangible outcomes.'})
      .commit()
    await page.reload()
    await page.getByTestId('field-body').scrollIntoViewIfNeeded()
    const validation = page.getByRole('button', {name: /validation/i}).first()
    await expect.poll(() => validation.count()).toBeGreaterThan(0)
    await validation.click()
    await expect
      .poll(() => page.getByText(/changed after the article was published/).count())
      .toBeGreaterThan(0)
    await screenshot(page, '24-quote-changed-warning')
  })

  it('verifies a quote in one click, recording the current user', async () => {
    await page.goto(studio(`/intent/edit/id=${KRATSIOS_QUOTE};type=quote/`))
    await expect
      .poll(() =>
        page
          .getByTestId('document-pane')
          .getByText('We reject global governance', {exact: false})
          .count(),
      )
      .toBeGreaterThan(0)
    await page.getByTestId('action-menu-button').click()
    await page.getByRole('menuitem', {name: /^Verify/}).click()
    // The seed already records a check against the published text; that choice says so.
    const publishedText = page.getByRole('button', {name: /against published text/i})
    await expect.poll(() => publishedText.isDisabled()).toBe(true)
    await page.getByRole('button', {name: /against a transcript/i}).click()
    const verification = await eventually(
      () =>
        client.fetch<{method?: string; verifiedBy?: string; verifiedAt?: string} | null>(
          '*[_id == $id][0].verification',
          {id: KRATSIOS_QUOTE},
        ),
      (value) => value?.method === 'transcript',
    )
    expect(verification).toMatchObject({method: 'transcript', verifiedBy: 'Local Editor'})
    expect(Date.parse(verification?.verifiedAt ?? '')).toBeGreaterThan(Date.now() - 5 * 60_000)
    await screenshot(page, '21-quote-verified')
  })

  it('keeps a source’s contact details in a private record that anonymous readers cannot see', async () => {
    await page.goto(studio(`/intent/edit/id=${DONOVAN_SOURCE};type=expertSource/`))
    await expect
      .poll(() => page.getByTestId('document-pane').getByText('Cole Donovan').count())
      .toBeGreaterThan(0)
    await page.getByTestId('action-menu-button').click()
    await page.getByRole('menuitem', {name: /Add contact details/}).click()
    await expect.poll(() => page.url()).toContain('private.contact-')
    const email = page.getByTestId('field-email').locator('input')
    await email.fill('cole.donovan@example.org')

    const contactIds = await eventually(
      () => client.fetch<string[]>('*[_type == "sourceContact"]._id', {}, {perspective: 'raw'}),
      (ids) => ids.some((id) => id.includes('private.contact-')),
    )
    expect(contactIds.every((id) => id.includes('private.'))).toBe(true)

    const anonymous = localBackendClient({apiHost: session.apiHost})
    expect(await anonymous.fetch('*[_type == "sourceContact"]', {}, {perspective: 'raw'})).toEqual(
      [],
    )
    expect(
      await anonymous.fetch('*[email match "cole.donovan*"]', {}, {perspective: 'raw'}),
    ).toEqual([])
    await screenshot(page, '22-private-contact')
  })
})
