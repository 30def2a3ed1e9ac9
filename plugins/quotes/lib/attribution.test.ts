import {describe, expect, it} from 'vitest'

import {attributeQuote, titleAt, type SpeakerForAttribution} from './attribution'

const donovan: SpeakerForAttribution = {
  name: 'Cole Donovan',
  currentTitle: 'associate director for science and technology ecosystem development',
  currentOrganizationName: 'the Federation of American Scientists',
  roles: [
    {
      title: 'Assistant Director for International Science and Technology',
      organizationName: 'OSTP',
      from: '2019-01-01',
      to: '2021-06-30',
    },
    {
      title: 'International Affairs Specialist',
      organizationName: 'the Office of Space Commerce',
      from: '2021-07-01',
      to: '2023-12-31',
    },
  ],
}

describe('attributeQuote', () => {
  it('names an on-the-record speaker with the title recorded on the quote', () => {
    expect(
      attributeQuote(
        {
          groundRules: 'onTheRecord',
          speakerTitle:
            'associate director for science and technology ecosystem development at the Federation of American Scientists',
        },
        donovan,
      ),
    ).toEqual({
      kind: 'named',
      text: 'said Cole Donovan, associate director for science and technology ecosystem development at the Federation of American Scientists',
    })
  })

  it('uses the role held on the quote’s date when the quote records no title', () => {
    expect(attributeQuote({groundRules: 'onTheRecord', date: '2020-05-01'}, donovan)).toEqual({
      kind: 'named',
      text: 'said Cole Donovan, Assistant Director for International Science and Technology at OSTP',
    })
    expect(attributeQuote({groundRules: 'onTheRecord', date: '2022-05-01'}, donovan)).toMatchObject(
      {
        text: 'said Cole Donovan, International Affairs Specialist at the Office of Space Commerce',
      },
    )
  })

  it('falls back to the current title, then to the name alone', () => {
    expect(attributeQuote({groundRules: 'onTheRecord', date: '2025-10-29'}, donovan)).toMatchObject(
      {
        text: 'said Cole Donovan, associate director for science and technology ecosystem development at the Federation of American Scientists',
      },
    )
    expect(attributeQuote({groundRules: 'onTheRecord'}, {name: 'Michael Kratsios'})).toEqual({
      kind: 'named',
      text: 'said Michael Kratsios',
    })
  })

  it('describes a background source with the agreed words, never the name', () => {
    const result = attributeQuote(
      {groundRules: 'background', describedAs: 'a former State Department official'},
      donovan,
    )
    expect(result).toEqual({kind: 'described', text: 'said a former State Department official'})
    expect(JSON.stringify(result)).not.toContain('Donovan')
    expect(
      attributeQuote({groundRules: 'notForAttribution', describedAs: 'an OSTP official'}, donovan),
    ).toEqual({
      kind: 'described',
      text: 'said an OSTP official',
    })
  })

  it('refuses a background quote with no agreed description', () => {
    expect(attributeQuote({groundRules: 'background'}, donovan)).toMatchObject({kind: 'forbidden'})
  })

  it('gives no attribution on deep background and refuses off the record', () => {
    expect(attributeQuote({groundRules: 'deepBackground'}, donovan)).toEqual({
      kind: 'none',
      text: '',
    })
    expect(attributeQuote({groundRules: 'offTheRecord'}, donovan)).toEqual({
      kind: 'forbidden',
      reason: 'Off-the-record material cannot be published.',
    })
  })

  it('refuses an on-the-record quote without a speaker', () => {
    expect(attributeQuote({groundRules: 'onTheRecord'}, undefined)).toMatchObject({
      kind: 'forbidden',
    })
    expect(attributeQuote({groundRules: 'onTheRecord'}, {name: '  '})).toMatchObject({
      kind: 'forbidden',
    })
  })
})

describe('titleAt', () => {
  it('ignores undated roles and roles outside the date', () => {
    expect(titleAt({roles: [{title: 'Undated'}]}, '2020-01-01')).toBeUndefined()
    expect(titleAt(donovan, '2018-01-01')).toBeUndefined()
    expect(titleAt(donovan, undefined)).toBeUndefined()
  })
})
