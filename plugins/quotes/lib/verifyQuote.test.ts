import {describe, expect, it} from 'vitest'

import {
  methodDisabledReason,
  verificationRecord,
  verifyDisabledReason,
  VERIFY_METHODS,
} from './verifyQuote'

describe('verify action rules', () => {
  it('offers the three methods, not "unverified"', () => {
    expect(VERIFY_METHODS.map((m) => m.value)).toEqual(['recording', 'transcript', 'publishedText'])
  })
  it('needs a saved, published quote and a signed-in user', () => {
    expect(verifyDisabledReason({quote: null, isPublished: false, userName: 'Ann'})).toBe(
      'Save the quote first.',
    )
    expect(verifyDisabledReason({quote: {}, isPublished: false, userName: 'Ann'})).toMatch(
      /Publish/,
    )
    expect(verifyDisabledReason({quote: {}, isPublished: true, userName: undefined})).toMatch(
      /Sign in/,
    )
    expect(verifyDisabledReason({quote: {}, isPublished: true, userName: 'Ann'})).toBeUndefined()
  })
  it('disables a method the quote is already verified by, saying by whom and when', () => {
    const quote = {
      verification: {method: 'transcript', verifiedBy: 'Ann', verifiedAt: '2026-01-02T10:00:00Z'},
    }
    expect(methodDisabledReason(quote, 'transcript')).toBe(
      'Already verified against a transcript by Ann on 2026-01-02.',
    )
    expect(methodDisabledReason(quote, 'recording')).toBeUndefined()
    expect(
      methodDisabledReason({verification: {method: 'transcript'}}, 'transcript'),
    ).toBeUndefined()
    expect(methodDisabledReason(null, 'transcript')).toBeUndefined()
  })
  it('records who, how and when', () => {
    expect(verificationRecord('recording', 'Ann', '2026-01-01T00:00:00Z')).toEqual({
      _type: 'quoteVerification',
      method: 'recording',
      verifiedBy: 'Ann',
      verifiedAt: '2026-01-01T00:00:00Z',
    })
  })
})
