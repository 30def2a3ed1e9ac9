import {describe, expect, it} from 'vitest'

import {applyPerspective} from './perspective'
import {indexById, paramsFromSearch, runQuery} from './query'
import {matchesTextQuery, parseTextQuery, tokenize} from './textQuery'
import {HttpError, type SanityDocument} from './types'

const docs: SanityDocument[] = [
  {_id: 'person-1', _type: 'person', name: 'Ada Lovelace'},
  {
    _id: 'agreement-1',
    _type: 'agreement',
    title: 'Technology Prosperity Deal',
    summary: 'Cooperation on quantum computing and AI',
    signatory: {_type: 'reference', _ref: 'person-1'},
    body: [
      {
        _type: 'block',
        _key: 'k1',
        style: 'normal',
        children: [{_type: 'span', text: 'Semiconductor supply chains'}],
      },
    ],
  },
  {
    _id: 'agreement-2',
    _type: 'agreement',
    title: 'Fisheries accord',
    summary: 'Ocean data sharing',
  },
  {
    _id: 'drafts.agreement-2',
    _type: 'agreement',
    title: 'Fisheries accord (revised)',
    summary: 'Ocean and quantum',
  },
]

function context(list: SanityDocument[] = docs) {
  return {documents: list, byId: indexById(list)}
}

describe('runQuery', () => {
  it('evaluates GROQ with parameters and dereferences through the index', async () => {
    const result = await runQuery(
      '*[_type == $type] | order(_id asc) {_id, "who": signatory->name}',
      {type: 'agreement'},
      context(),
    )
    expect(result).toEqual([
      {_id: 'agreement-1', who: 'Ada Lovelace'},
      {_id: 'agreement-2', who: null},
      {_id: 'drafts.agreement-2', who: null},
    ])
  })

  it('answers 400 for a syntax error', async () => {
    await expect(runQuery('*[_type == ', {}, context())).rejects.toMatchObject({status: 400})
  })

  it('reads $name=<JSON> parameters from a query string', () => {
    const search = new URLSearchParams('query=*&$ids=["a","b"]&$n=3&tag=x')
    expect(paramsFromSearch(search)).toEqual({ids: ['a', 'b'], n: 3})
    expect(() => paramsFromSearch(new URLSearchParams('$bad={'))).toThrow(HttpError)
  })
})

describe('text::query search', () => {
  it('tokenizes and parses search syntax', () => {
    expect(tokenize("Policy-desk's AI, 2025!")).toEqual(['policy', 'desks', 'ai', '2025'])
    expect(parseTextQuery('quantum comp* -fish "supply chains"').terms).toEqual([
      {kind: 'word', tokens: ['quantum'], negated: false},
      {kind: 'prefix', tokens: ['comp'], negated: false},
      {kind: 'word', tokens: ['fish'], negated: true},
      {kind: 'phrase', tokens: ['supply', 'chains'], negated: false},
    ])
    expect(matchesTextQuery(parseTextQuery('*'), [['anything']])).toBe(true)
  })

  it('matches whole documents for [@, _id] match text::query(), including Portable Text', async () => {
    const search = async (q: string) =>
      runQuery('*[[@, _id] match text::query($q)]._id', {q}, context())
    expect(await search('quantum')).toEqual(['agreement-1', 'drafts.agreement-2'])
    expect(await search('quant*')).toEqual(['agreement-1', 'drafts.agreement-2'])
    expect(await search('semiconductor')).toEqual(['agreement-1'])
    expect(await search('"supply chains"')).toEqual(['agreement-1'])
    expect(await search('"chains supply"')).toEqual([])
    expect(await search('quantum -fisheries')).toEqual(['agreement-1'])
    expect(await search('nothing-like-this')).toEqual([])
  })

  it('matches paths natively and works inside score()/boost() as the Studio sends it', async () => {
    const query = [
      '// findability-mvi:5',
      '*[_type in $__types] | score(boost(_type in ["agreement"] && title match text::query($__query), 10), ([@, _id] match text::query($__query) || references($__rawQuery)))',
      '[_score > 0] {_type, _id, _originalId} | order(_score desc) [0...$__limit]',
    ].join('\n')
    const view = applyPerspective(docs, ['drafts'])
    const result = (await runQuery(
      query,
      {__types: ['agreement'], __query: 'fisheries*', __rawQuery: 'fisheries', __limit: 26},
      context(view),
    )) as {_id: string; _originalId: string}[]
    expect(result).toEqual([
      {_type: 'agreement', _id: 'agreement-2', _originalId: 'drafts.agreement-2'},
    ])

    const none = await runQuery(
      query,
      {__types: ['agreement'], __query: 'zebra*', __rawQuery: 'zebra', __limit: 26},
      context(view),
    )
    expect(none).toEqual([])
  })

  it('supports the reference-resolve query the Studio sends first', async () => {
    const result = await runQuery(
      '*[(_type == "person" && name match text::query($__query))][0...1000]._id',
      {__query: 'love*'},
      context(),
    )
    expect(result).toEqual(['person-1'])
  })
})
