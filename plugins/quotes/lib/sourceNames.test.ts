import {describe, expect, it} from 'vitest'

import {findPossibleDuplicates, nameWords, namesMayMatch} from './sourceNames'

describe('nameWords', () => {
  it('folds case, accents, punctuation and honorifics', () => {
    expect(nameWords('Dr. José  Martínez-Soto')).toEqual(['jose', 'martinez', 'soto'])
    expect(nameWords('BAE Kyung-hoon')).toEqual(['bae', 'kyung', 'hoon'])
  })
})

describe('namesMayMatch', () => {
  it.each([
    ['Cole Donovan', 'cole donovan'],
    ['Cole Donovan', 'C. Donovan'],
    ['José Martínez', 'Jose Martinez'],
    ['J. R. R. Tolkien', 'JRR Tolkien'],
    ['John Ronald Reuel Tolkien', 'J. R. Tolkien'],
    ['Michael Kratsios', 'Michael J. Kratsios'],
    ['Dr. Cole Donovan', 'Cole Donovan'],
  ])('%s ~ %s', (a, b) => {
    expect(namesMayMatch(a, b)).toBe(true)
    expect(namesMayMatch(b, a)).toBe(true)
  })

  it.each([
    ['Cole Donovan', 'Carl Donovan'],
    ['Cole Donovan', 'Cole Donaldson'],
    ['Cole Donovan', 'D. Donovan'],
    ['', 'Cole Donovan'],
    ['...', '...'],
  ])('%s is not %s', (a, b) => expect(namesMayMatch(a, b)).toBe(false))
})

describe('findPossibleDuplicates', () => {
  const records = [
    {_id: 'person-cole-donovan', name: 'Cole Donovan'},
    {_id: 'person-michael-kratsios', name: 'Michael Kratsios'},
  ]

  it('finds the existing record and skips the record being edited, draft or not', () => {
    expect(findPossibleDuplicates('C. Donovan', records)).toEqual([records[0]])
    expect(findPossibleDuplicates('Cole Donovan', records, 'drafts.person-cole-donovan')).toEqual(
      [],
    )
    expect(findPossibleDuplicates('  ', records)).toEqual([])
  })
})
