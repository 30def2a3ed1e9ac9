import {describe, expect, it} from 'vitest'

import {type EffectiveStatus, effectiveLegalStatus, normalizeStatus} from './effectiveLegalStatus'

const STATUSES = ['binding', 'nonBinding', 'mixed'] as const
const UNCLEAR_INPUTS = ['unassessed', undefined, null, '', 'Binding', 'treaty', 42, {}, []]

describe('normalizeStatus', () => {
  it.each(STATUSES)('keeps %s', (status) => {
    expect(normalizeStatus(status)).toBe(status)
  })

  it.each(UNCLEAR_INPUTS.map((value) => [value]))('reads %j as unclear', (value) => {
    expect(normalizeStatus(value)).toBe('unclear')
  })
})

describe('an agreement', () => {
  it.each(STATUSES)('carries its own assessment, %s', (status) => {
    expect(effectiveLegalStatus({type: 'agreement', status})).toMatchObject({
      status,
      source: 'assessment',
    })
  })

  it('is unclear while not yet assessed, and says so', () => {
    const result = effectiveLegalStatus({type: 'agreement', status: 'unassessed'})
    expect(result).toMatchObject({status: 'unclear', source: 'assessment'})
    expect(result.detail).toMatch(/not yet assessed/)
  })
})

describe('a commitment', () => {
  it.each(STATUSES)('inherits its agreement’s status, %s', (status) => {
    expect(
      effectiveLegalStatus({type: 'commitment', hasAgreement: true, agreementStatus: status}),
    ).toMatchObject({status, source: 'agreement'})
  })

  it('lets the override win, with its reason', () => {
    const result = effectiveLegalStatus({
      type: 'commitment',
      hasAgreement: true,
      agreementStatus: 'binding',
      override: {status: 'nonBinding', reason: ' a hortatory clause '},
    })
    expect(result).toEqual({
      status: 'nonBinding',
      source: 'override',
      reason: 'a hortatory clause',
      detail: 'Set for this commitment: non-binding, because a hortatory clause.',
    })
  })

  it('applies an override without a reason, and says the reason is missing', () => {
    const result = effectiveLegalStatus({
      type: 'commitment',
      hasAgreement: true,
      agreementStatus: 'nonBinding',
      override: {status: 'binding', reason: '   '},
    })
    expect(result).toMatchObject({status: 'binding', source: 'override', reason: undefined})
    expect(result.detail).toMatch(/no reason given/)
  })

  it('ignores an override without a usable status', () => {
    for (const status of [undefined, null, '', 'unassessed', 'maybe']) {
      expect(
        effectiveLegalStatus({
          type: 'commitment',
          hasAgreement: true,
          agreementStatus: 'binding',
          override: {status, reason: 'left over'},
        }).status,
      ).toBe('binding')
    }
  })

  it('is unclear when its agreement is unassessed or not loaded', () => {
    for (const agreementStatus of ['unassessed', undefined, null]) {
      expect(
        effectiveLegalStatus({type: 'commitment', hasAgreement: true, agreementStatus}),
      ).toMatchObject({status: 'unclear', source: 'agreement'})
    }
  })

  it('is unclear as a standalone pledge, unless overridden', () => {
    expect(effectiveLegalStatus({type: 'commitment', hasAgreement: false})).toMatchObject({
      status: 'unclear',
      source: 'none',
    })
    expect(
      effectiveLegalStatus({
        type: 'commitment',
        hasAgreement: false,
        override: {status: 'nonBinding', reason: 'A campaign pledge'},
      }).status,
    ).toBe('nonBinding')
  })

  it('survives a null override', () => {
    expect(
      effectiveLegalStatus({
        type: 'commitment',
        hasAgreement: true,
        agreementStatus: 'mixed',
        override: null,
      }).status,
    ).toBe('mixed')
  })
})

describe('an article', () => {
  const article = (...agreementStatuses: unknown[]) =>
    effectiveLegalStatus({type: 'article', agreementStatuses})

  it('is unclear when it covers no agreement', () => {
    expect(article()).toMatchObject({status: 'unclear', source: 'none'})
  })

  it.each(STATUSES)('takes the status all its agreements share, %s', (status) => {
    expect(article(status)).toMatchObject({status, source: 'agreements'})
    expect(article(status, status, status).status).toBe(status)
  })

  it('is mixed when its agreements differ', () => {
    expect(article('binding', 'nonBinding').status).toBe('mixed')
    expect(article('nonBinding', 'binding', 'nonBinding').status).toBe('mixed')
  })

  it('is mixed when one agreement is mixed, even beside unassessed ones', () => {
    expect(article('mixed', 'unassessed').status).toBe('mixed')
  })

  it('is unclear when the assessed agreements agree but another is unassessed', () => {
    expect(article('nonBinding', 'unassessed').status).toBe('unclear')
    expect(article('binding', undefined).status).toBe('unclear')
  })

  it('is mixed when assessed agreements already differ, whatever the unassessed are', () => {
    expect(article('binding', 'nonBinding', 'unassessed').status).toBe('mixed')
  })

  it('counts the agreements in its detail', () => {
    expect(article('binding', 'nonBinding', 'nonBinding').detail).toBe(
      'From the 3 agreements covered: 1 binding, 2 non-binding.',
    )
    expect(article('nonBinding').detail).toBe('From the 1 agreement covered: 1 non-binding.')
  })

  it('does not depend on the order of the agreements (every permutation of small sets)', () => {
    const values: unknown[] = ['binding', 'nonBinding', 'mixed', 'unassessed', undefined]
    const permutations = <T>(items: T[]): T[][] =>
      items.length <= 1
        ? [items]
        : items.flatMap((item, i) =>
            permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [
              item,
              ...rest,
            ]),
          )
    for (let mask = 1; mask < 1 << values.length; mask++) {
      const subset = values.filter((_, i) => mask & (1 << i))
      const expected = article(...subset).status
      for (const order of permutations(subset)) {
        expect(article(...order).status).toBe(expected)
      }
    }
  })

  it('always returns one of the four flags', () => {
    const flags = new Set<EffectiveStatus>(['binding', 'nonBinding', 'mixed', 'unclear'])
    const pool: unknown[] = ['binding', 'nonBinding', 'mixed', 'unassessed', null, 7, 'x']
    for (let seed = 1; seed < 500; seed++) {
      const length = seed % 6
      const statuses = Array.from({length}, (_, i) => pool[(seed * 31 + i * 17) % pool.length])
      expect(flags.has(article(...statuses).status)).toBe(true)
    }
  })
})
