import {describe, expect, it} from 'vitest'

import {followUpsFromSuggestions} from './adoptSuggestions'

describe('followUpsFromSuggestions', () => {
  const suggestions = [
    {date: '2026-02-05', reason: '100 days after signing', rule: 'signing+100d'},
    {date: '2026-04-28', reason: '6 months after signing', rule: 'signing+6m'},
  ]

  it('makes planned follow-ups with keys that name the rule', () => {
    expect(followUpsFromSuggestions(suggestions)).toEqual([
      {
        _type: 'followUp',
        _key: 'suggested-signing-100d-2026-02-05',
        date: '2026-02-05',
        reason: '100 days after signing',
        state: 'planned',
      },
      {
        _type: 'followUp',
        _key: 'suggested-signing-6m-2026-04-28',
        date: '2026-04-28',
        reason: '6 months after signing',
        state: 'planned',
      },
    ])
  })

  it('never duplicates a date the editor already set, nor a key', () => {
    const added = followUpsFromSuggestions(suggestions, [
      {_key: 'mine', date: '2026-04-28'},
      {_key: 'suggested-signing-100d-2026-02-05', date: '2026-01-01'},
    ])
    expect(added.map((item) => [item._key, item.date])).toEqual([
      ['suggested-signing-100d-2026-02-05-2', '2026-02-05'],
    ])
  })

  it('skips bad and repeated dates', () => {
    expect(
      followUpsFromSuggestions([
        {date: 'soon', reason: 'x', rule: 'r'},
        {date: '2026-03-01', reason: 'a', rule: 'a'},
        {date: '2026-03-01', reason: 'b', rule: 'b'},
      ]).map((item) => item.reason),
    ).toEqual(['a'])
  })
})
