import type {SanityDocument} from '@sanity/types'
import {describe, expect, it} from 'vitest'

import {runGroq} from '../test/helpers/groq'
import {loadSeed} from '../test/helpers/seedDataset'
import {
  agreementsByStatus,
  articlesByKind,
  commitmentsByStatus,
  commitmentsOfAgreement,
  type ListFilter,
} from './listFilters'

const seed = loadSeed()
const run = <T = SanityDocument[]>(query: string, params: Record<string, unknown> = {}) =>
  runGroq<T>(seed, query, params)

const listQuery = (list: ListFilter) => `*[${list.filter}] | order(_id asc)`
const ids = (docs: SanityDocument[]) => docs.map((doc) => doc._id)

describe('structure lists over the seed', () => {
  it('splits agreements by legal status with no agreement lost or counted twice', async () => {
    const lists = await Promise.all(
      agreementsByStatus.map((list) => run(listQuery(list), list.params)),
    )
    const all = await run('*[_type == "agreement"]')
    expect(lists.flat().length).toBe(all.length)
    expect(new Set(lists.flat().map((doc) => doc._id)).size).toBe(all.length)
  })

  it('lists both Technology Prosperity Deals as non-binding and the 1988 agreement as binding', async () => {
    const nonBinding = agreementsByStatus.find((list) => list.params?.status === 'nonBinding')!
    const binding = agreementsByStatus.find((list) => list.params?.status === 'binding')!
    const nonBindingNames = (await run(listQuery(nonBinding), nonBinding.params)).map(
      (doc) => doc.shortName,
    )
    expect(nonBindingNames.filter((name) => /Prosperity Deal/.test(String(name)))).toHaveLength(2)
    const bindingDates = (await run(listQuery(binding), binding.params)).map(
      (doc) => doc.signedDate,
    )
    expect(bindingDates).toContain('1988-06-20')
  })

  it('lists the commitments of one agreement', async () => {
    const [korea] = await run(
      '*[_type == "agreement" && instrumentForm == "memorandumOfUnderstanding"]',
    )
    const commitments = await run(listQuery(commitmentsOfAgreement), {agreementId: korea?._id})
    expect(commitments.length).toBeGreaterThan(3)
    expect(commitments.every((doc) => (doc.agreement as {_ref: string})._ref === korea?._id)).toBe(
      true,
    )
  })

  it('lists commitments by rating and articles by kind', async () => {
    const notYetRated = commitmentsByStatus.find((list) => list.params?.status === 'notYetRated')!
    const allCommitments = await run('*[_type == "commitment"]')
    const rated = await Promise.all(
      commitmentsByStatus.map((list) => run(listQuery(list), list.params)),
    )
    expect(rated.flat().length).toBe(allCommitments.length)
    expect((await run(listQuery(notYetRated), notYetRated.params)).length).toBeGreaterThan(0)
    const news = articlesByKind.find((list) => list.params?.kind === 'news')!
    expect(ids(await run(listQuery(news), news.params))).toHaveLength(1)
  })

  it('finds quotes by speaker through the reference', async () => {
    const quotes = await run<{text: string}[]>(
      '*[_type == "quote" && speaker->name == $name]{text}',
      {name: 'Cole Donovan'},
    )
    expect(quotes.map((quote) => quote.text).join(' ')).toMatch(/tangible outcomes/)
  })

  it('counts how often each expert source is quoted', async () => {
    const rows = await run<{name: string; timesQuoted: number}[]>(
      '*[_type == "expertSource"]{"name": person->name, "timesQuoted": count(*[_type == "quote" && speaker._ref == ^.person._ref])}',
    )
    expect(rows).toContainEqual({name: 'Cole Donovan', timesQuoted: 1})
  })
})
