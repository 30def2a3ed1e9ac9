import {describe, expect, it} from 'vitest'

import {migrateLegalStatusBasis} from './migrateLegalStatusBasis'

describe('migrateLegalStatusBasis', () => {
  it('moves text from basis to basisSummary', () => {
    expect(migrateLegalStatusBasis({status: 'nonBinding', basis: ' Participants. '})).toEqual({
      basisSummary: 'Participants.',
    })
  })

  it('keeps an existing summary and appends the old text to it', () => {
    expect(migrateLegalStatusBasis({basis: 'Old.', basisSummary: 'New.'})).toEqual({
      basisSummary: 'New.\n\nOld.',
    })
  })

  it('does not repeat text that is already the summary', () => {
    expect(migrateLegalStatusBasis({basis: 'Same.', basisSummary: 'Same.'})).toEqual({
      basisSummary: 'Same.',
    })
  })

  it('keeps the summary when the old basis is empty', () => {
    expect(migrateLegalStatusBasis({basis: '', basisSummary: 'Kept.'})).toEqual({
      basisSummary: 'Kept.',
    })
  })

  it.each([
    undefined,
    null,
    'text',
    {},
    {basis: [{_type: 'legalStatusTextEvidence', quote: 'x'}]},
    {basis: undefined, basisSummary: 'x'},
  ])('has nothing to migrate in %j', (value) => {
    expect(migrateLegalStatusBasis(value)).toBeUndefined()
  })

  it('is idempotent: a migrated value needs no second migration', () => {
    const before = {status: 'binding', basis: 'Because.'}
    const change = migrateLegalStatusBasis(before)
    const after = {status: 'binding', basisSummary: change?.basisSummary}
    expect(migrateLegalStatusBasis(after)).toBeUndefined()
  })
})
