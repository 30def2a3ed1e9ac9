import {describe, expect, it} from 'vitest'

import {
  chronologicalOrder,
  dateNotBefore,
  isHttpUrl,
  parseCalendarDate,
  quoteIsSourced,
  statusMatchesLatestRating,
  verificationIsComplete,
} from './editorialRules'

describe('parseCalendarDate', () => {
  it('reads ISO calendar dates and datetimes', () => {
    expect(parseCalendarDate('2025-10-28')?.toISOString()).toBe('2025-10-28T00:00:00.000Z')
    expect(parseCalendarDate('2024-02-29T12:00:00Z')?.toISOString()).toBe(
      '2024-02-29T00:00:00.000Z',
    )
  })

  it.each(['2025-02-30', '2023-02-29', '2025-13-01', '28/10/2025', '', 'soon', '2025-1-1'])(
    'rejects %j',
    (value) => expect(parseCalendarDate(value)).toBeUndefined(),
  )

  it.each([undefined, null, 20251028, {}])('rejects non-strings (%j)', (value) =>
    expect(parseCalendarDate(value)).toBeUndefined(),
  )
})

describe('isHttpUrl', () => {
  it.each(['https://www.whitehouse.gov/articles/2025/10/x/', 'http://example.org', undefined, ''])(
    'accepts %j',
    (value) => expect(isHttpUrl(value)).toBe(true),
  )

  it('rejects other schemes, naming the scheme', () => {
    expect(isHttpUrl('ftp://example.org/file')).toBe(
      'Links must start with http:// or https://, not ftp://.',
    )
    expect(isHttpUrl('javascript:alert(1)')).toMatch(/not javascript:/)
  })

  it('rejects text that is not an address, quoting it', () => {
    expect(isHttpUrl('whitehouse.gov')).toBe(
      '"whitehouse.gov" is not a web address. Paste a full link that starts with https://.',
    )
  })
})

describe('dateNotBefore', () => {
  const labels = {later: 'operative date', earlier: 'signing date'}

  it('accepts the same day and later days', () => {
    expect(dateNotBefore('2025-10-29', '2025-10-29', labels)).toBe(true)
    expect(dateNotBefore('2026-01-01', '2025-10-29', labels)).toBe(true)
  })

  it('rejects an earlier date with both dates in the message', () => {
    expect(dateNotBefore('2025-10-01', '2025-10-29', labels)).toBe(
      'The operative date (2025-10-01) is before the signing date (2025-10-29).',
    )
  })

  it('leaves missing or unreadable dates to other rules', () => {
    expect(dateNotBefore(undefined, '2025-10-29', labels)).toBe(true)
    expect(dateNotBefore('2025-10-01', undefined, labels)).toBe(true)
    expect(dateNotBefore('garbage', '2025-10-29', labels)).toBe(true)
  })
})

describe('chronologicalOrder', () => {
  it('accepts ascending and equal dates, and ignores undated entries', () => {
    expect(
      chronologicalOrder([{date: '2025-10-29'}, {}, {date: '2025-10-29'}, {date: '2026-02-01'}]),
    ).toBe(true)
  })

  it('names the first entry out of order', () => {
    expect(chronologicalOrder([{date: '2026-02-01'}, {date: '2025-10-29'}])).toBe(
      'The rating history must run oldest first: entry 2 (2025-10-29) comes after an entry dated 2026-02-01.',
    )
  })

  it('accepts non-arrays without throwing', () => {
    expect(chronologicalOrder(undefined)).toBe(true)
    expect(chronologicalOrder('nonsense')).toBe(true)
    expect(chronologicalOrder([null, 3, 'x'])).toBe(true)
  })
})

describe('quoteIsSourced', () => {
  it('accepts a link or a real verification', () => {
    expect(quoteIsSourced({sourceUrl: 'https://www.aip.org/fyi/x'})).toBe(true)
    expect(quoteIsSourced({verification: {method: 'recording'}})).toBe(true)
  })

  it.each([{}, {sourceUrl: '  '}, {verification: {method: 'unverified'}}, undefined, null])(
    'rejects %j',
    (quote) =>
      expect(quoteIsSourced(quote)).toMatch(
        /Add a source link, or record how the quote was verified/,
      ),
  )
})

describe('verificationIsComplete', () => {
  it('asks for who and when once a method is chosen', () => {
    expect(verificationIsComplete({method: 'transcript'})).toBe(
      'A verified quote must say who verified it and when.',
    )
    expect(verificationIsComplete({method: 'transcript', verifiedBy: 'Desk'})).toBe(
      'A verified quote must say when.',
    )
    expect(
      verificationIsComplete({
        method: 'transcript',
        verifiedBy: 'Desk',
        verifiedAt: '2025-10-30T10:00:00Z',
      }),
    ).toBe(true)
    expect(verificationIsComplete({method: 'unverified'})).toBe(true)
  })
})

describe('statusMatchesLatestRating', () => {
  it('accepts a status equal to the latest rating', () => {
    expect(
      statusMatchesLatestRating({
        status: 'inTheWorks',
        ratingHistory: [
          {date: '2025-10-29', status: 'notYetRated'},
          {date: '2026-02-01', status: 'inTheWorks'},
        ],
      }),
    ).toBe(true)
  })

  it('flags a status that disagrees with the history', () => {
    expect(
      statusMatchesLatestRating({
        status: 'kept',
        ratingHistory: [{date: '2026-02-01', status: 'stalled'}],
      }),
    ).toMatch(
      /current rating \(kept\) differs from the latest rating in the history \(stalled, 2026-02-01\)/,
    )
  })

  it('has nothing to say without a history', () => {
    expect(statusMatchesLatestRating({status: 'kept'})).toBe(true)
    expect(statusMatchesLatestRating(undefined)).toBe(true)
  })
})
