import {describe, expect, it} from 'vitest'

import {
  checkArticleQuotes,
  lintArticleQuotes,
  textNamesPerson,
  type CheckedQuote,
} from './checkArticleQuotes'

const ref = (id: string) => ({_type: 'reference', _ref: id})
const span = (key: string, text: string) => ({_key: key, _type: 'span', text, marks: []})
const para = (key: string, ...children: object[]) => ({
  _key: key,
  _type: 'block',
  style: 'normal',
  children,
})
const inline = (key: string, id: string, extra: object = {}) => ({
  _key: key,
  _type: 'inlineQuote',
  quote: ref(id),
  ...extra,
})
const block = (key: string, id: string, extra: object = {}) => ({
  _key: key,
  _type: 'quoteBlock',
  quote: ref(id),
  ...extra,
})

const verified = {method: 'transcript'}
const donovan: CheckedQuote = {
  _id: 'q-donovan',
  text: 'It could be years before we see outcomes',
  groundRules: 'onTheRecord',
  speakerTitle: 'associate director at FAS',
  verification: verified,
  speaker: {name: 'Cole Donovan'},
}
const background: CheckedQuote = {
  _id: 'q-bg',
  text: 'The deals bind no one',
  groundRules: 'background',
  describedAs: 'a former State Department official',
  verification: verified,
  speaker: {name: 'José Martínez'},
}

describe('textNamesPerson', () => {
  it.each([
    ['Cole Donovan told FYI', 'Cole Donovan', true],
    ['Donovan said so.', 'Cole Donovan', true],
    ['DONOVAN agreed', 'Cole Donovan', true],
    ['Jose Martinez spoke', 'José Martínez', true],
    ['martínez said', 'José Martínez', true],
    ['A former official said', 'José Martínez', false],
    ['Coleman said', 'Cole Donovan', false],
    ['', 'Cole Donovan', false],
    ['Anything', '', false],
    ['Li said', 'Wei Li', false], // family names under three letters are too ambiguous alone
    ['Wei Li said', 'Wei Li', true],
  ])('%j names %j: %s', (text, name, expected) => {
    expect(textNamesPerson(text, name)).toBe(expected)
  })
})

describe('checkArticleQuotes', () => {
  it('accepts verified on-the-record quotes, inline and block', () => {
    const body = [
      para('p1', span('s', 'Donovan said '), inline('i1', 'q-donovan')),
      block('b1', 'q-donovan'),
    ]
    expect(checkArticleQuotes(body, [donovan])).toEqual({errors: [], warnings: []})
  })

  it('errors on an off-the-record quote, at the embed', () => {
    const off = {...donovan, _id: 'q-off', groundRules: 'offTheRecord'}
    const {errors} = checkArticleQuotes([block('b1', 'q-off')], [off])
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(/off the record and cannot be published/)
    expect(errors[0]!.path).toEqual(['body', {_key: 'b1'}])
  })

  it('errors when the block holding a background quote names the source', () => {
    const body = [para('p1', span('s', 'Martínez put it bluntly: '), inline('i1', 'q-bg'))]
    const {errors} = checkArticleQuotes(body, [background])
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/names José Martínez, but the quote is on background/),
    ])
    expect(errors[0]!.path).toEqual(['body', {_key: 'p1'}, 'children', {_key: 'i1'}])
  })

  it('errors when an adjacent block names the source of a block quote, but not a distant one', () => {
    const near = [para('p1', span('s', 'José Martinez spoke to FYI.')), block('b1', 'q-bg')]
    expect(checkArticleQuotes(near, [background]).errors).toHaveLength(1)
    const far = [
      para('p1', span('s', 'José Martinez spoke to FYI.')),
      para('p2', span('s', 'Other news.')),
      block('b1', 'q-bg'),
    ]
    expect(checkArticleQuotes(far, [background]).errors).toEqual([])
  })

  it('errors on deep background and not-for-attribution quotes near the name too', () => {
    for (const groundRules of ['deepBackground', 'notForAttribution']) {
      const quote = {...background, groundRules}
      const body = [para('p1', span('s', 'Martinez: ')), block('b1', 'q-bg')]
      expect(checkArticleQuotes(body, [quote]).errors.length).toBeGreaterThan(0)
    }
  })

  it('does not mind the name near an on-the-record quote', () => {
    const body = [para('p1', span('s', 'Cole Donovan said ')), block('b1', 'q-donovan')]
    expect(checkArticleQuotes(body, [donovan]).errors).toEqual([])
  })

  it('errors on a background quote with no agreed description', () => {
    const quote = {...background, describedAs: ''}
    const {errors} = checkArticleQuotes([block('b1', 'q-bg')], [quote])
    expect(errors[0]!.message).toMatch(/description the source agreed to/)
  })

  it('warns once about unverified quotes, with the count and the speakers', () => {
    const a = {...donovan, verification: {method: 'unverified'}}
    const b = {...donovan, _id: 'q-k', speaker: {name: 'Michael Kratsios'}, verification: null}
    const body = [block('b1', 'q-donovan'), block('b2', 'q-k'), block('b3', 'q-k')]
    const {warnings} = checkArticleQuotes(body, [a, b])
    expect(warnings.map((w) => w.message)).toEqual([
      '2 quotes are unverified (Cole Donovan, Michael Kratsios). Verify against a recording, transcript or published text.',
    ])
    expect(warnings[0]!.path).toEqual(['body'])
  })

  it('says "1 quote is" and points at it when only one is unverified', () => {
    const a = {...donovan, verification: {}}
    const {warnings} = checkArticleQuotes([block('b1', 'q-donovan')], [a])
    expect(warnings[0]!.message).toMatch(/^1 quote is unverified \(Cole Donovan\)/)
    expect(warnings[0]!.path).toEqual(['body', {_key: 'b1'}])
  })

  it('warns when the words changed after publication, showing old and new', () => {
    const body = [block('b1', 'q-donovan', {textAtPublish: 'It could take years'})]
    const {warnings} = checkArticleQuotes(body, [donovan])
    expect(warnings[0]!.message).toBe(
      'The words of this quote changed after the article was published. Was: “It could take years” Now: “It could be years before we see outcomes”',
    )
  })

  it('does not warn when the snapshot matches or is missing', () => {
    const body = [block('b1', 'q-donovan', {textAtPublish: donovan.text}), block('b2', 'q-donovan')]
    expect(checkArticleQuotes(body, [donovan]).warnings).toEqual([])
  })

  it('warns once per quote by a do-not-quote source', () => {
    const quote = {...donovan, doNotQuote: true}
    const {warnings} = checkArticleQuotes(
      [block('b1', 'q-donovan'), block('b2', 'q-donovan')],
      [quote],
    )
    expect(warnings.map((w) => w.message)).toEqual([
      'Cole Donovan is marked “do not quote” in the source list.',
    ])
  })

  it('skips embeds whose quote is missing (the reference rule reports them) and odd input', () => {
    expect(checkArticleQuotes([block('b1', 'missing')], [])).toEqual({errors: [], warnings: []})
    for (const body of [undefined, null, 'text', 42, [null, 1, 'x', {}], [{_type: 'quoteBlock'}]]) {
      expect(checkArticleQuotes(body, [donovan])).toEqual({errors: [], warnings: []})
    }
  })
})

describe('lintArticleQuotes', () => {
  it('fetches each embedded quote once and does not fetch without embeds', async () => {
    const calls: string[][] = []
    const fetchQuotes = async (ids: string[]) => {
      calls.push(ids)
      return [donovan]
    }
    await lintArticleQuotes(
      {body: [block('b1', 'q-donovan'), block('b2', 'q-donovan')]},
      fetchQuotes,
    )
    await lintArticleQuotes({body: [para('p1', span('s', 'x'))]}, fetchQuotes)
    await lintArticleQuotes(undefined, fetchQuotes)
    expect(calls).toEqual([['q-donovan']])
  })
})
