import {describe, expect, it} from 'vitest'

import {legalStatusLabel, legalStatusTone} from './legalStatusLabel'

describe('legalStatusLabel', () => {
  it.each([
    ['binding', 'Binding'],
    ['nonBinding', 'Non-binding'],
    ['mixed', 'Mixed'],
    ['unclear', 'Status unclear'],
    ['unassessed', 'Status unclear'],
    [undefined, 'Status unclear'],
    ['toString', 'Status unclear'],
    [{}, 'Status unclear'],
  ])('labels %j as %s', (status, label) => {
    expect(legalStatusLabel(status)).toBe(label)
  })
})

describe('legalStatusTone', () => {
  it('gives each flag its own badge colour and tone', () => {
    const flags = ['binding', 'nonBinding', 'mixed', 'unclear']
    const badges = flags.map((flag) => legalStatusTone(flag).badge)
    const tones = flags.map((flag) => legalStatusTone(flag).tone)
    expect(new Set(badges).size).toBe(4)
    expect(new Set(tones).size).toBe(4)
    expect(legalStatusTone('binding')).toEqual({badge: 'success', tone: 'positive'})
    expect(legalStatusTone('nonBinding')).toEqual({badge: 'warning', tone: 'caution'})
  })

  it('treats anything unknown as unclear', () => {
    expect(legalStatusTone('hasOwnProperty')).toEqual(legalStatusTone('unclear'))
    expect(legalStatusTone(null)).toEqual(legalStatusTone('unclear'))
  })
})
