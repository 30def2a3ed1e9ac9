import {readFileSync} from 'node:fs'

import {describe, expect, it} from 'vitest'

import {renderSeedNdjson} from '../seed/source'
import {collectReferences, loadSeed, SEED_FILE} from './helpers/seedDataset'
import {errorsOf, validateAgainst} from './helpers/validation'

const seed = loadSeed()
const byId = new Map(seed.map((doc) => [doc._id, doc]))
const ofType = (type: string) => seed.filter((doc) => doc._type === type)

describe('the seed file', () => {
  it('is the output of seed/source, so the two never drift apart', () => {
    expect(readFileSync(SEED_FILE, 'utf8')).toBe(renderSeedNdjson())
  })

  it('has unique ids with no dots, so every document is public and importing twice changes nothing', () => {
    const ids = seed.map((doc) => doc._id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => id.includes('.'))).toEqual([])
  })

  it('resolves every reference', () => {
    const dangling = seed.flatMap((doc) =>
      collectReferences(doc)
        .filter(({ref}) => !byId.has(ref))
        .map(({ref, path}) => `${doc._id} ${path} → ${ref}`),
    )
    expect(dangling).toEqual([])
  })

  it('gives every array item a unique _key', () => {
    const problems: string[] = []
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        const keys = value
          .filter((item) => item && typeof item === 'object')
          .map((item) => (item as {_key?: string})._key)
        if (keys.some((key) => !key)) problems.push(`${path}: item without _key`)
        if (new Set(keys).size !== keys.length) problems.push(`${path}: duplicate _key`)
        value.forEach((item, index) => visit(item, `${path}[${index}]`))
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`)
      }
    }
    seed.forEach((doc) => visit(doc, doc._id))
    expect(problems).toEqual([])
  })

  it.each(seed.map((doc) => [doc._id, doc] as const))(
    '%s passes Studio validation',
    async (_id, doc) => {
      expect(errorsOf(await validateAgainst(doc, seed))).toEqual([])
    },
  )
})

describe('the story in the seed', () => {
  const agreements = ofType('agreement')
  const shortNames = agreements.map((doc) => doc.shortName)

  it('has both Technology Prosperity Deals, non-binding, with their forms and dates', () => {
    const japan = agreements.find(
      (doc) => /Japan/.test(String(doc.shortName)) && /Prosperity/.test(String(doc.shortName)),
    )
    const korea = agreements.find(
      (doc) =>
        /(Korea|ROK)/.test(String(doc.shortName)) && /Prosperity/.test(String(doc.shortName)),
    )
    expect(japan).toMatchObject({
      instrumentForm: 'memorandumOfCooperation',
      signedDate: '2025-10-28',
      legalStatus: {status: 'nonBinding'},
    })
    expect(korea).toMatchObject({
      instrumentForm: 'memorandumOfUnderstanding',
      signedDate: '2025-10-29',
      legalStatus: {status: 'nonBinding'},
    })
    expect(String((japan?.legalStatus as {basisSummary?: string}).basisSummary)).not.toBe('')
  })

  it('backs both deals’ status with the text’s own words, Donovan’s quote and the signing date', () => {
    const deals = agreements.filter((doc) => /Prosperity Deal/.test(String(doc.shortName)))
    expect(deals).toHaveLength(2)
    const donovanQuote = ofType('quote').find((quote) =>
      /Donovan/.test(String(byId.get((quote.speaker as {_ref: string})._ref)?.name)),
    )
    for (const deal of deals) {
      const status = deal.legalStatus as {
        criteria?: {intentToBeBound?: {answer?: string}}
        basis?: {_type: string; quote?: string | {_ref: string}}[]
        milestones?: {kind: string; date: string}[]
      }
      const text = String(deal.fullText)
      const quotes = (status.basis ?? []).filter((item) => item._type === 'legalStatusTextEvidence')
      expect(quotes.map((item) => item.quote).join(' '), deal._id).toMatch(/Participants/)
      expect(quotes.map((item) => item.quote).join(' '), deal._id).toMatch(/intend to/)
      for (const item of quotes) expect(text, deal._id).toContain(String(item.quote))
      const experts = (status.basis ?? []).filter((item) => item._type === 'legalStatusExpertQuote')
      expect(experts.map((item) => (item.quote as {_ref: string})._ref)).toContain(
        donovanQuote?._id,
      )
      expect(status.criteria?.intentToBeBound?.answer).toBe('no')
      expect(status.milestones).toEqual(
        expect.arrayContaining([expect.objectContaining({kind: 'signed', date: deal.signedDate})]),
      )
    }
  })

  it('keeps the old free-text basis only as the summary', () => {
    for (const doc of agreements) {
      const status = doc.legalStatus as {basis?: unknown; basisSummary?: unknown}
      expect(typeof status.basis, doc._id).not.toBe('string')
      expect(String(status.basisSummary), doc._id).not.toBe('')
    }
  })

  it('records OSTP as the body representing the US Government in the Japan deal', () => {
    const ostp = ofType('organization').find((doc) => doc.shortName === 'OSTP')
    const japan = agreements.find((doc) => doc.instrumentForm === 'memorandumOfCooperation')
    const parties = (japan?.parties ?? []) as {representedBy?: {_ref: string}}[]
    expect(parties.map((party) => party.representedBy?._ref)).toContain(ostp?._id)
  })

  it('has the earlier formal S&T agreements as binding, and the quantum statement as non-binding', () => {
    const binding = agreements.filter(
      (doc) => (doc.legalStatus as {status?: string}).status === 'binding',
    )
    expect(binding.length).toBeGreaterThanOrEqual(2)
    expect(binding.map((doc) => doc.signedDate)).toContain('1988-06-20')
    expect(shortNames.join('\n')).toMatch(/quantum/i)
  })

  it('has the story’s commitments for Japan and Korea, each with a measurable outcome and follow-ups', () => {
    const commitments = ofType('commitment')
    const summaries = commitments.map((doc) => `${doc.title} ${doc.summary}`).join('\n')
    for (const promise of [
      /JT-60SA/,
      /Artemis II/,
      /Commercial Lunar Payload Services|CLPS/,
      /Korea Positioning System/,
      /STEM/,
      /low Earth orbit/i,
      /International Space Station|ISS/,
    ]) {
      expect(summaries).toMatch(promise)
    }
    for (const doc of commitments) {
      expect(doc.measurableOutcome, doc._id).toBeTruthy()
      expect((doc.followUps as unknown[] | undefined)?.length ?? 0, doc._id).toBeGreaterThan(0)
    }
  })

  it('quotes Kratsios and Donovan exactly as printed', () => {
    const story = readFileSync(
      new URL('../seed/texts/fyi-us-tech-deals-japan-korea.txt', import.meta.url),
      'utf8',
    )
    const quotes = ofType('quote')
    expect(quotes.length).toBeGreaterThanOrEqual(2)
    for (const quote of quotes) expect(story).toContain(String(quote.text))
    const speakers = quotes.map((quote) => byId.get((quote.speaker as {_ref: string})._ref)?.name)
    expect(speakers).toEqual(expect.arrayContaining(['Michael Kratsios', 'Cole Donovan']))
  })

  it('has Cole Donovan as an expert source with his previous roles at OSTP and the State Department', () => {
    const [source] = ofType('expertSource')
    const person = byId.get((source?.person as {_ref?: string} | undefined)?._ref ?? '')
    expect(person?.name).toBe('Cole Donovan')
    const roleOrgs = ((person?.roles ?? []) as {organization?: {_ref: string}}[]).map(
      (role) =>
        byId.get(role.organization?._ref ?? '')?.shortName ??
        byId.get(role.organization?._ref ?? '')?.name,
    )
    expect(roleOrgs.join(' ')).toMatch(/OSTP/)
    expect(roleOrgs.join(' ')).toMatch(/State/)
  })

  it('has the article with its quotes embedded by reference, not retyped', () => {
    const [article] = ofType('article')
    const quoteIds = new Set(ofType('quote').map((quote) => quote._id))
    const embedded = collectReferences(article?.body).filter(({ref}) => quoteIds.has(ref))
    expect(embedded.length).toBeGreaterThanOrEqual(2)
    const bodyText = JSON.stringify(article?.body)
    for (const quote of ofType('quote')) expect(bodyText).not.toContain(String(quote.text))
  })
})
