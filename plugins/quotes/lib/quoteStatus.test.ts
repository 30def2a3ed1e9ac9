import {describe, expect, it} from 'vitest'

import {GROUND_RULES} from '../../../schemas/vocabulary'
import {groundRulesBadge, isVerified, quotePickability, verificationBadge} from './quoteStatus'

describe('badges', () => {
  it('gives every ground rule a label and a tone; off the record is critical', () => {
    for (const {value, title} of GROUND_RULES) {
      expect(groundRulesBadge(value).label).toBe(title)
    }
    expect(groundRulesBadge('offTheRecord').tone).toBe('critical')
    expect(groundRulesBadge(undefined)).toEqual({label: 'On the record', tone: 'positive'})
    expect(groundRulesBadge('weird').tone).toBe('critical')
  })

  it('reads verification', () => {
    expect(isVerified({method: 'recording'})).toBe(true)
    for (const bad of [null, undefined, {}, {method: 'unverified'}, {method: ''}, {method: 3}]) {
      expect(isVerified(bad as never)).toBe(false)
      expect(verificationBadge(bad as never)).toEqual({label: 'Unverified', tone: 'caution'})
    }
    expect(verificationBadge({method: 'transcript'})).toEqual({
      label: 'Verified: transcript',
      tone: 'positive',
    })
  })
})

describe('quotePickability', () => {
  it('refuses off-the-record quotes with the reason', () => {
    expect(quotePickability({groundRules: 'offTheRecord'})).toEqual({
      pickable: false,
      reason: 'Off the record: it cannot be published.',
    })
  })
  it('refuses background quotes without an agreed description', () => {
    expect(quotePickability({groundRules: 'background'}).pickable).toBe(false)
    expect(quotePickability({groundRules: 'notForAttribution', describedAs: ' '}).pickable).toBe(
      false,
    )
    expect(quotePickability({groundRules: 'background', describedAs: 'an official'}).pickable).toBe(
      true,
    )
  })
  it('allows on the record, deep background and quotes without rules', () => {
    for (const groundRules of ['onTheRecord', 'deepBackground', undefined]) {
      expect(quotePickability({groundRules}).pickable).toBe(true)
    }
  })
})
