import type {SanityClient} from '@sanity/client'
import type {Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'

import {screenshot} from './browser'
import {
  eventually,
  openStudioSession,
  type StudioSession,
  studioUrl as studio,
} from './studioSession'

/** The desk's own features in the real Studio: legal-status flags and follow-ups. */

let session: StudioSession
let page: Page
let client: SanityClient

const agreementUrl = (id: string) =>
  studio(`/structure/agreements;agreements-all;${id};agreement-document`)
const CUBESAT = 'commitment-korea-artemis-ii-cubesat'

beforeAll(async () => {
  session = await openStudioSession('desk')
  ;({page, client} = session)
})

afterEach(async ({task}) => session.screenshotOnFailure(task))

afterAll(async () => session?.close())

describe('legal status in the Studio', () => {
  it('flags a Technology Prosperity Deal as non-binding, with evidence in the inspector', async () => {
    await page.goto(agreementUrl('agreement-us-japan-tpd'))
    const documentPane = page.getByTestId('document-pane')
    await expect
      .poll(() => documentPane.getByText('Non-binding', {exact: true}).count())
      .toBeGreaterThan(0)
    await documentPane.getByRole('button', {name: 'Legal status'}).first().click()
    const evidence = page.locator('mark')
    await expect.poll(() => evidence.count()).toBeGreaterThan(0)
    const marked = (await evidence.allTextContents()).join(' | ')
    expect(marked).toMatch(/Participants/i)
    await expect.poll(() => page.getByText('Evidence in the text').count()).toBeGreaterThan(0)
    await screenshot(page, '10-legal-status-inspector')
  })

  it('flags the 1988 US–Japan S&T Agreement as binding', async () => {
    await page.goto(agreementUrl('agreement-us-japan-st-agreement-1988'))
    const footerBadge = page.getByTestId('document-pane').getByText('Binding', {exact: true})
    await expect.poll(() => footerBadge.count()).toBeGreaterThan(0)
    await screenshot(page, '11-binding-agreement')
  })
})

describe('follow-ups in the Studio', () => {
  it('starts exactly one follow-up story on a double click, linked both ways', async () => {
    await page.goto(studio(`/intent/edit/id=${CUBESAT};type=commitment/`))
    await expect
      .poll(() =>
        page.getByTestId('document-pane').getByText('Korean cubesat rides on Artemis II').count(),
      )
      .toBeGreaterThan(0)
    // Document actions stay disabled while the form is read-only, until the Studio has loaded
    // the document and its permissions.
    await expect
      .poll(() => page.getByTestId('field-title').locator('input').isEditable())
      .toBe(true)
    await page.getByTestId('action-menu-button').click()
    const start = page.getByRole('menuitem', {name: /Start follow-up story/})
    await expect.poll(() => start.isEnabled()).toBe(true)
    await start.dblclick()

    const stories = await eventually(
      () =>
        client.fetch<{_id: string; followUpOf?: {_ref: string}}[]>(
          '*[_type == "article" && followUpOf._ref == $id]{_id, followUpOf}',
          {id: CUBESAT},
          {perspective: 'raw'},
        ),
      (found) => found.length > 0,
    )
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const settled = await client.fetch<{_id: string}[]>(
      '*[_type == "article" && followUpOf._ref == $id]{_id}',
      {id: CUBESAT},
      {perspective: 'raw'},
    )
    expect(settled).toHaveLength(1)
    expect(stories[0]?._id).toMatch(/^drafts\./)

    const link = await client.fetch<{state?: string; article?: {_ref: string}} | null>(
      '*[_id == $id][0].followUps[article._ref == $story][0]{state, article}',
      {id: CUBESAT, story: stories[0]!._id.replace(/^drafts\./, '')},
      {perspective: 'raw'},
    )
    expect(link).toMatchObject({state: 'inProgress'})
    await expect.poll(() => page.url()).toContain(stories[0]!._id.replace(/^drafts\./, ''))
    await screenshot(page, '13-follow-up-story-draft')
  })

  it('shows the seed’s follow-ups in their lanes', async () => {
    // A fixed "today" puts the seed's checks in known lanes: the 100-day checks (5–6 Feb) are
    // overdue, the 6-month checks (28–29 Apr) are due this week, the 1-year checks come later.
    // The browser clock cannot be unfixed, and a document form is read-only while the clock is
    // months behind the server's, so this test runs last.
    await page.clock.setFixedTime(new Date('2026-04-24T15:00:00Z'))
    await page.goto(studio('/follow-ups'))
    const tool = page.getByTestId('follow-ups-tool')
    await expect
      .poll(() => tool.getByText(/^Overdue: \d+/).textContent())
      .toMatch(
        /Overdue: 19 · Due this week: 19 · Due in 30 days: 0 · Later: 19 · Unscheduled: 0 · today is 2026-04-24/,
      )
    await expect
      .poll(() => page.getByTestId('lane-heading').first().textContent())
      .toBe('Overdue (19)')
    const cubesatRows = page.locator(`[data-testid="follow-up-row"][data-row-id*="${CUBESAT}"]`)
    await expect.poll(() => cubesatRows.count()).toBeGreaterThan(0)
    expect((await cubesatRows.allTextContents()).join(' ')).toMatch(/2026-02-06 · 77 days overdue/)
    await screenshot(page, '12-follow-ups-tool')
  })
})
