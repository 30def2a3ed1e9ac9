import {describe, expect, it} from 'vitest'

import {checkArticleWording, portableTextToPlainText} from './checkArticleWording'

const block = (key: string, ...texts: string[]) => ({
  _key: key,
  _type: 'block',
  style: 'normal',
  markDefs: [],
  children: texts.map((text, i) => ({_key: `${key}-${i}`, _type: 'span', text, marks: []})),
})

const tpd = {_id: 'tpd', name: 'US–Japan Technology Prosperity Deal', status: 'nonBinding'}
const treaty = {_id: 'st', name: '1988 US–Japan S&T Agreement', status: 'binding'}

const article = (body: string[], headline = 'US and Japan sign tech deal', dek?: string) => ({
  headline,
  dek,
  body: body.map((text, i) => block(`p${i}`, text)),
})

const bodyWords = (result: ReturnType<typeof checkArticleWording>) =>
  result.filter((issue) => issue.field === 'body').flatMap((issue) => issue.words)

describe('portableTextToPlainText', () => {
  it('joins spans within a block and separates blocks by a blank line', () => {
    expect(portableTextToPlainText([block('a', 'One ', 'two.'), block('b', 'Three.')])).toBe(
      'One two.\n\nThree.',
    )
  })

  it('leaves quote embeds out: quoted words are not the desk’s', () => {
    const body = [
      {_key: 'q', _type: 'quoteBlock', quote: {_ref: 'quote-1'}},
      {
        ...block('p', 'He said '),
        children: [
          {_key: 's', _type: 'span', text: 'He said', marks: []},
          {_key: 'i', _type: 'inlineQuote', quote: {_ref: 'quote-1'}},
          {_key: 't', _type: 'span', text: 'on Monday.', marks: []},
        ],
      },
    ]
    expect(portableTextToPlainText(body)).toBe('He said on Monday.')
  })

  it.each([undefined, null, 'text', 42, {}, [null, 1, 'x', {_type: 'block'}]])(
    'returns nothing usable for %j without throwing',
    (body) => {
      expect(portableTextToPlainText(body).trim()).toBe('')
    },
  )
})

describe('checkArticleWording: binding words about a non-binding instrument', () => {
  it.each([
    ['The treaty commits both countries to AI research.', ['treaty']],
    ['The deal is legally binding on both sides.', ['legally binding']],
    ['A binding pact on quantum.', ['binding']],
    ['Two treaties and a binding deal.', ['treaties', 'binding']],
    ['The TREATY is Legally\nBinding.', ['TREATY', 'Legally Binding']],
  ])('flags %j', (text, words) => {
    expect(bodyWords(checkArticleWording(article([text]), [tpd]))).toEqual(words)
  })

  it.each([
    'The non-binding memorandum lists seven areas.',
    'The nonbinding memorandum lists seven areas.',
    'It is not a treaty.',
    'The deal is not legally binding.',
    'They are not considered a treaty in a formal sense.',
    'It isn’t binding on anyone.',
    'Nothing in it is binding.',
    'It is no treaty.',
  ])('accepts %j', (text) => {
    expect(bodyWords(checkArticleWording(article([text]), [tpd]))).toEqual([])
  })

  it('reads a negation only within its own sentence', () => {
    const text = 'It is not a formal agreement. The treaty covers AI.'
    expect(bodyWords(checkArticleWording(article([text]), [tpd]))).toEqual(['treaty'])
  })

  it('checks the dek too', () => {
    const result = checkArticleWording(article([], 'Tech deal signed', 'A new treaty on AI.'), [
      tpd,
    ])
    expect(bodyWords(result)).toEqual(['treaty'])
  })

  it('names the instrument and the words found, each once', () => {
    const [issue] = checkArticleWording(
      article(['The treaty is binding.', 'Critics of the treaty disagree.']),
      [tpd],
    )
    expect(issue?.words).toEqual(['treaty', 'binding'])
    expect(issue?.message).toMatch(/^“US–Japan Technology Prosperity Deal” is non-binding/)
    expect(issue?.message).toContain('“treaty”, “binding”')
  })

  it('raises one issue per non-binding instrument', () => {
    const korea = {_id: 'kr', name: 'US–ROK Technology Prosperity Deal', status: 'nonBinding'}
    const result = checkArticleWording(article(['A treaty.']), [tpd, korea, treaty])
    expect(result.map((issue) => issue.instrument)).toEqual([tpd.name, korea.name])
  })

  it.each(['binding', 'mixed', 'unassessed', undefined])(
    'says nothing when the instrument is %s',
    (status) => {
      expect(checkArticleWording(article(['The treaty binds.']), [{...tpd, status}])).toEqual([])
    },
  )

  it('says nothing when the article covers no instrument', () => {
    expect(checkArticleWording(article(['A legally binding treaty.']), [])).toEqual([])
  })
})

describe('checkArticleWording: an unqualified "agreement" in the headline', () => {
  const headlineIssues = (headline: string, body: string[] = [], dek?: string) =>
    checkArticleWording(article(body, headline, dek), [tpd]).filter(
      (issue) => issue.field === 'headline',
    )

  it('flags "agreement" when nothing in the article qualifies it', () => {
    const [issue] = headlineIssues('US and Japan sign AI Agreement', ['It covers seven areas.'])
    expect(issue?.words).toEqual(['Agreement'])
    expect(issue?.message).toMatch(/The headline says “Agreement”/)
    expect(issue?.message).toContain('US–Japan Technology Prosperity Deal')
  })

  it('flags "agreements" too', () => {
    expect(headlineIssues('Two new tech agreements')).toHaveLength(1)
  })

  it.each([
    ['in the headline', 'US and Japan sign non-binding agreement', [], undefined],
    ['in the dek', 'US and Japan sign agreement', [], 'A memorandum of cooperation.'],
    ['in the body', 'US and Japan sign agreement', ['The MOU lists seven areas.'], undefined],
    ['as "memoranda"', 'Tech agreements signed', ['The memoranda have much in common.'], undefined],
    ['as "do not bind"', 'Tech agreements signed', ['They do not bind the countries.'], undefined],
    ['as "political commitment"', 'Tech agreement', ['It is a political commitment.'], undefined],
  ])('accepts a qualifier %s', (_where, headline, body, dek) => {
    expect(headlineIssues(headline, body, dek)).toEqual([])
  })

  it('accepts a headline that denies it is an agreement', () => {
    expect(headlineIssues('Not an agreement, officials say')).toEqual([])
  })

  it('does not read "agreement" in the body as a headline problem', () => {
    expect(headlineIssues('US and Japan sign tech deal', ['The agreement covers AI.'])).toEqual([])
  })
})

describe('checkArticleWording with odd input', () => {
  it.each([{}, {headline: 42, dek: null, body: 'not portable text'}, {body: [null]}])(
    'does not throw on %j',
    (input) => {
      expect(checkArticleWording(input, [tpd])).toEqual([])
    },
  )
})
