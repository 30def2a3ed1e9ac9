import {describe, expect, it, vi} from 'vitest'

import {coveredAgreementIds, lintArticleWording} from './lintArticleWording'

const tpd = {_id: 'tpd', name: 'US–Japan Technology Prosperity Deal', status: 'nonBinding'}

describe('coveredAgreementIds', () => {
  it('reads unique reference ids, skipping broken items', () => {
    expect(
      coveredAgreementIds({
        agreements: [{_ref: 'a'}, null, {_ref: ''}, {_ref: 'b'}, {_ref: 'a'}, {}, 'x'],
      }),
    ).toEqual(['a', 'b'])
  })

  it.each([undefined, null, {}, {agreements: 'a'}])('returns none for %j', (article) => {
    expect(coveredAgreementIds(article)).toEqual([])
  })
})

describe('lintArticleWording', () => {
  it('does not fetch when the article covers no agreement', async () => {
    const fetch = vi.fn()
    expect(await lintArticleWording({headline: 'Treaty!'}, fetch)).toBe(true)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('fetches the covered agreements and puts each issue on its field', async () => {
    const fetch = vi.fn().mockResolvedValue([tpd])
    const result = await lintArticleWording(
      {
        headline: 'US and Japan sign agreement',
        body: [{_type: 'block', children: [{_type: 'span', text: 'A binding treaty.'}]}],
        agreements: [{_ref: 'tpd'}],
      },
      fetch,
    )
    expect(fetch).toHaveBeenCalledWith(['tpd'])
    expect(result).toEqual([
      {path: ['body'], message: expect.stringContaining('“binding”, “treaty”')},
      {path: ['headline'], message: expect.stringContaining('The headline says “agreement”')},
    ])
  })

  it('passes when the fetch finds nothing', async () => {
    const result = await lintArticleWording(
      {headline: 'Agreement', agreements: [{_ref: 'gone'}]},
      async () => null,
    )
    expect(result).toBe(true)
  })
})
