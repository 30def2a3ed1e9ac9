/** The capability's GROQ queries, run with groq-js over the seed plus a few test documents. */
import {describe, expect, it} from 'vitest'

import {loadSeed} from '../../../test/helpers/seedDataset'
import {runGroq} from '../../../test/helpers/groq'
import {
  ARTICLE_PREVIEW_QUERY,
  buildArticlePreview,
  previewParams,
  previewText,
  type PreviewAgreement,
  type PreviewQuote,
} from './articlePreview'
import {ARTICLE_QUOTES_QUERY, checkArticleQuotes, type CheckedQuote} from './checkArticleQuotes'
import {
  PEOPLE_NAMES_QUERY,
  personDuplicates,
  SOURCE_NAMES_QUERY,
  sourceDuplicates,
  type SourceNames,
} from './duplicateGuard'
import {quoteSearchQuery, type PickerQuote} from './quoteSearch'
import {
  directoryRow,
  distinctExpertise,
  distinctOrganizations,
  EXPERTISE_QUERY,
  SOURCE_ORGANIZATIONS_QUERY,
  sourceDirectoryQuery,
  type DirectoryRowData,
} from './sourceDirectory'
import {
  SOURCE_PERSON_QUERY,
  WHERE_USED_QUERY,
  whereUsedParams,
  whereUsedRows,
  type WhereUsedArticle,
} from './whereUsed'

const seed = loadSeed()
const article = seed.find((doc) => doc._type === 'article')!
const KRATSIOS = 'quote-kratsios-global-governance'
const DONOVAN_SOURCE = seed.find((doc) => doc._type === 'expertSource')!._id
const contact = {
  _id: 'private.contact-x',
  _type: 'sourceContact',
  source: {_ref: DONOVAN_SOURCE},
  email: 'secret@example.org',
  phone: '+1 555 0100',
}
const offRecord = {
  _id: 'quote-off',
  _type: 'quote',
  text: 'Off the record, global governance is dead',
  speaker: {_ref: 'person-michael-kratsios'},
  date: '2025-11-01',
  groundRules: 'offTheRecord',
}
const dataset = [...seed, contact, offRecord]

describe('quote picker search', () => {
  it('finds the Kratsios quote by "global governance", newest first, off the record included', async () => {
    const {query, params} = quoteSearchQuery('Global governance', 25)
    const found = await runGroq<PickerQuote[]>(dataset, query, params)
    expect(found.map((q) => q._id)).toContain(KRATSIOS)
    const kratsios = found.find((q) => q._id === KRATSIOS)!
    expect(kratsios).toMatchObject({
      speaker: 'Michael Kratsios',
      groundRules: 'onTheRecord',
      doNotQuote: false,
    })
    expect(kratsios.verification?.method).toBe('publishedText')
  })
  it('finds by speaker, and lists the newest quotes for an empty search', async () => {
    const bySpeaker = quoteSearchQuery('donovan', 25)
    expect(
      (await runGroq<PickerQuote[]>(dataset, bySpeaker.query, bySpeaker.params)).map((q) => q._id),
    ).toEqual(['quote-donovan-years-before-outcomes'])
    const all = quoteSearchQuery('  ', 2)
    expect(await runGroq<PickerQuote[]>(dataset, all.query, all.params)).toHaveLength(2)
  })
})

describe('article quote checks over the seed', () => {
  it('the seed article embeds two verified, on-the-record quotes: no issues', async () => {
    const ids = ['quote-kratsios-global-governance', 'quote-donovan-years-before-outcomes']
    const quotes = await runGroq<CheckedQuote[]>(dataset, ARTICLE_QUOTES_QUERY, {ids})
    expect(quotes).toHaveLength(2)
    expect(quotes.find((q) => q._id === KRATSIOS)?.speaker?.name).toBe('Michael Kratsios')
    expect(checkArticleQuotes(article.body, quotes)).toEqual({errors: [], warnings: []})
  })
})

describe('article preview', () => {
  it('renders the seed article with attributions and binding flags, and nothing private', async () => {
    const params = previewParams(article)
    const data = await runGroq<{quotes: PreviewQuote[]; agreements: PreviewAgreement[]}>(
      dataset,
      ARTICLE_PREVIEW_QUERY,
      params,
    )
    const model = buildArticlePreview(article, data.quotes, data.agreements)
    const text = previewText(model)
    expect(model.headline).toBe('US Signs Tech Deals with Japan and South Korea')
    expect(text).toContain(
      'said Michael Kratsios, Director of the White House Office of Science and Technology Policy.',
    )
    expect(text).toContain('“Any new cooperation might need to go through')
    expect(model.flags.map((flag) => flag.label)).toContain('Non-binding')
    expect(text).not.toContain(contact.email)
    expect(JSON.stringify(data)).not.toContain(contact.phone)
  })

  it('never shows off-the-record words, and says why', () => {
    const body = [{_key: 'b', _type: 'quoteBlock', quote: {_ref: 'quote-off'}}]
    const model = buildArticlePreview({body}, [{...offRecord, speaker: {name: 'X'}}], [])
    expect(model.blocks[0]).toEqual({
      kind: 'quote',
      key: 'b',
      text: '',
      attribution: '',
      problem: 'Off-the-record material cannot be published.',
    })
    expect(previewText(model)).not.toContain('governance is dead')
  })
})

describe('where used', () => {
  it('lists the seed article for a quote and for the expert source whose person is quoted', async () => {
    for (const id of [KRATSIOS, `drafts.${DONOVAN_SOURCE}`, DONOVAN_SOURCE]) {
      const personId = await runGroq<string | null>(
        dataset,
        SOURCE_PERSON_QUERY,
        whereUsedParams(id),
      )
      expect(personId).toBe(id === KRATSIOS ? null : 'person-cole-donovan')
      const found = await runGroq<WhereUsedArticle[]>(
        dataset,
        WHERE_USED_QUERY,
        whereUsedParams(id, personId),
      )
      expect(found.map((a) => a._id)).toEqual([article._id])
    }
    expect(await runGroq(dataset, WHERE_USED_QUERY, whereUsedParams('quote-off'))).toEqual([])
  })
  it('collapses a draft and its published article into one row, preferring the draft', () => {
    const rows = whereUsedRows([
      {_id: 'a', headline: 'Old'},
      {_id: 'drafts.a', headline: 'New'},
      {_id: 'b', headline: 'B'},
    ])
    expect(rows.map((r) => [r.publishedId, r.headline, r.isDraft])).toEqual([
      ['a', 'New', true],
      ['b', 'B', false],
    ])
  })
})

describe('source directory', () => {
  it('shows Donovan with title, organisation, previous organisations, expertise and quote counts', async () => {
    const {query, params} = sourceDirectoryQuery()
    const rows = (await runGroq<DirectoryRowData[]>(dataset, query, params)).map(directoryRow)
    expect(rows).toHaveLength(1)
    const [row] = rows
    expect(row!.name).toBe('Cole Donovan')
    expect(row!.current).toMatch(
      /^associate director for science and technology ecosystem development, /,
    )
    expect(row!.formerly).toMatch(/^formerly .*OSTP.*State/)
    expect(row!.expertise).toContain('international S&T agreements')
    expect(row!.quoted).toBe('Quoted once, last on 2025-10-29')
    expect(JSON.stringify(rows)).not.toContain(contact.email)
  })
  it('filters by expertise and by organisation', async () => {
    const tags = distinctExpertise(await runGroq(dataset, EXPERTISE_QUERY))
    expect(tags).toContain('research security')
    const byTag = sourceDirectoryQuery({expertise: 'research security'})
    expect(await runGroq<unknown[]>(dataset, byTag.query, byTag.params)).toHaveLength(1)
    const none = sourceDirectoryQuery({expertise: 'fisheries'})
    expect(await runGroq<unknown[]>(dataset, none.query, none.params)).toHaveLength(0)
    const orgs = distinctOrganizations(await runGroq(dataset, SOURCE_ORGANIZATIONS_QUERY))
    expect(orgs).toHaveLength(1)
    const byOrg = sourceDirectoryQuery({organizationId: orgs[0]!._id})
    expect(await runGroq<unknown[]>(dataset, byOrg.query, byOrg.params)).toHaveLength(1)
    const otherOrg = sourceDirectoryQuery({organizationId: 'org-nowhere'})
    expect(await runGroq<unknown[]>(dataset, otherOrg.query, otherOrg.params)).toHaveLength(0)
  })
})

describe('duplicate guard queries', () => {
  it('warns about "cole donovan" as a new person, naming the existing record', async () => {
    const people = await runGroq<{_id: string; name: string}[]>(dataset, PEOPLE_NAMES_QUERY, {
      id: 'person-new',
    })
    const result = personDuplicates('C. Donovan', 'person-new', people)
    expect(result).toMatch(
      /“C. Donovan” may be the same person as “Cole Donovan” \(person-cole-donovan\)/,
    )
    expect(result).toContain('/intent/edit/id=person-cole-donovan;type=person/')
    expect(personDuplicates('Michael Kratsios', 'person-michael-kratsios', people)).toBe(true)
  })
  it('warns about a second expert source for the same person', async () => {
    const personId = 'person-cole-donovan'
    const names = await runGroq<SourceNames>(dataset, SOURCE_NAMES_QUERY, {
      id: 'source-new',
      personId,
    })
    expect(sourceDuplicates(personId, 'source-new', names)).toMatch(
      new RegExp(`same expert source as “Cole Donovan” \\(${DONOVAN_SOURCE}\\)`),
    )
    const self = await runGroq<SourceNames>(dataset, SOURCE_NAMES_QUERY, {
      id: DONOVAN_SOURCE,
      personId,
    })
    expect(sourceDuplicates(personId, DONOVAN_SOURCE, self)).toBe(true)
  })
})
