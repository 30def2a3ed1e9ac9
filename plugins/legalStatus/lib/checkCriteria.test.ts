import {describe, expect, it} from 'vitest'

import {checkCriteria} from './checkCriteria'
import {CRITERIA} from './criteria'

const all = (answer: string) =>
  Object.fromEntries(CRITERIA.map((criterion) => [criterion.name, {answer}]))

describe('checkCriteria', () => {
  it('accepts a binding instrument that meets every criterion', () => {
    expect(checkCriteria('binding', all('yes'))).toBe(true)
  })

  it('accepts a binding instrument with unknown answers: the checklist may be incomplete', () => {
    expect(checkCriteria('binding', all('unknown'))).toBe(true)
  })

  it('warns about a binding instrument that fails a required criterion, naming it', () => {
    const result = checkCriteria('binding', {...all('yes'), intentToBeBound: {answer: 'no'}})
    expect(result).toMatch(
      /^Marked binding, but the checklist answers “No” to “Intent to be legally bound”/,
    )
  })

  it('names every failed criterion', () => {
    const result = checkCriteria('binding', {
      ...all('yes'),
      specificity: {answer: 'no'},
      twoOrMoreParties: {answer: 'no'},
    })
    expect(result).toContain('“Specificity”, “Two or more parties”')
  })

  it('does not count customary form against a binding instrument: form alone does not decide', () => {
    expect(checkCriteria('binding', {...all('yes'), customaryForm: {answer: 'no'}})).toBe(true)
  })

  it('warns about a non-binding instrument that meets every required criterion', () => {
    expect(checkCriteria('nonBinding', all('yes'))).toMatch(/^Marked non-binding/)
    expect(checkCriteria('nonBinding', {...all('yes'), customaryForm: {answer: 'no'}})).toMatch(
      /^Marked non-binding/,
    )
  })

  it('accepts a non-binding instrument without the intent to be bound', () => {
    expect(checkCriteria('nonBinding', {...all('yes'), intentToBeBound: {answer: 'no'}})).toBe(true)
  })

  it.each(['mixed', 'unassessed', undefined])('has no opinion on %s', (status) => {
    expect(checkCriteria(status, all('no'))).toBe(true)
    expect(checkCriteria(status, all('yes'))).toBe(true)
  })

  it.each([undefined, null, 'yes', 3])('ignores criteria that are %j', (criteria) => {
    expect(checkCriteria('binding', criteria)).toBe(true)
  })

  it('ignores broken criterion entries', () => {
    expect(checkCriteria('binding', {intentToBeBound: null, specificity: 'no'})).toBe(true)
  })
})
