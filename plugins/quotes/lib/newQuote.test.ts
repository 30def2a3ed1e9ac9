import {describe, expect, it} from 'vitest'

import {
  buildNewQuote,
  EMPTY_NEW_QUOTE,
  newQuoteId,
  validateNewQuote,
  type NewQuoteInput,
} from './newQuote'

const good: NewQuoteInput = {
  ...EMPTY_NEW_QUOTE,
  text: ' We reject global governance of AI ',
  speakerId: 'person-kratsios',
  date: '2025-10-28',
  medium: 'speech',
  sourceUrl: 'https://example.org/speech',
}

describe('validateNewQuote', () => {
  it('accepts words, speaker, date, medium and a link', () => {
    expect(validateNewQuote(good)).toEqual({})
  })
  it('accepts a verification instead of a link', () => {
    expect(validateNewQuote({...good, sourceUrl: '', verificationMethod: 'recording'})).toEqual({})
  })
  it('names every missing field', () => {
    expect(Object.keys(validateNewQuote(EMPTY_NEW_QUOTE)).sort()).toEqual(
      ['date', 'medium', 'sourceUrl', 'speakerId', 'text'].sort(),
    )
  })
  it.each([
    [{text: '   '}, 'text'],
    [{date: '28/10/2025'}, 'date'],
    [{sourceUrl: 'ftp://x.org'}, 'sourceUrl'],
    [{sourceUrl: 'not a link'}, 'sourceUrl'],
    [{groundRules: 'offTheRecord'}, 'groundRules'],
    [{groundRules: 'background'}, 'describedAs'],
    [{groundRules: 'notForAttribution', describedAs: ' '}, 'describedAs'],
  ])('rejects %j in %s', (change, field) => {
    expect(validateNewQuote({...good, ...change})).toHaveProperty(field)
  })
})

describe('buildNewQuote', () => {
  it('builds a sourced, unverified quote under the given id', () => {
    expect(buildNewQuote('quote-1', good, {name: 'Ann', now: '2026-01-01T00:00:00Z'})).toEqual({
      _id: 'quote-1',
      _type: 'quote',
      text: 'We reject global governance of AI',
      speaker: {_type: 'reference', _ref: 'person-kratsios'},
      date: '2025-10-28',
      medium: 'speech',
      sourceUrl: 'https://example.org/speech',
      groundRules: 'onTheRecord',
      verification: {_type: 'quoteVerification', method: 'unverified'},
    })
  })
  it('records who verified and when, and the agreed description for background', () => {
    const doc = buildNewQuote(
      'quote-2',
      {
        ...good,
        verificationMethod: 'transcript',
        groundRules: 'background',
        describedAs: ' an aide ',
        venue: 'call',
      },
      {name: 'Ann', now: '2026-01-01T00:00:00Z'},
    )
    expect(doc.verification).toEqual({
      _type: 'quoteVerification',
      method: 'transcript',
      verifiedBy: 'Ann',
      verifiedAt: '2026-01-01T00:00:00Z',
    })
    expect(doc).toMatchObject({describedAs: 'an aide', venue: 'call'})
  })
  it('makes ids without dots, so the quote is public', () => {
    expect(newQuoteId(() => 'a.b/c-d_e')).toBe('quote-abc-de')
  })
})
