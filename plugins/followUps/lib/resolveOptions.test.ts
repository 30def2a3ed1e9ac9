import {describe, expect, it} from 'vitest'

import {DEFAULT_OPTIONS} from '../constants'
import {isTimeZone, resolveOptions} from './resolveOptions'

describe('resolveOptions', () => {
  it('uses the defaults when given nothing', () => {
    expect(resolveOptions(undefined)).toEqual(DEFAULT_OPTIONS)
    expect(resolveOptions({})).toEqual(DEFAULT_OPTIONS)
  })

  it('merges nested options over the defaults', () => {
    const options = resolveOptions({
      timeZone: 'Asia/Tokyo',
      scheduling: {staleAfterDays: 0},
      tool: {title: 'Checks'},
    })
    expect(options.timeZone).toBe('Asia/Tokyo')
    expect(options.scheduling).toEqual({...DEFAULT_OPTIONS.scheduling, staleAfterDays: 0})
    expect(options.tool).toEqual({...DEFAULT_OPTIONS.tool, title: 'Checks'})
  })

  it.each([
    [{timeZone: 'Mars/Olympus_Mons'}, 'options.timeZone must be an IANA time zone'],
    [{timeZone: ''}, 'options.timeZone'],
    [{tool: {name: 'Follow Ups'}}, 'options.tool.name must be a lowercase URL segment'],
    [{tool: {enabled: 'yes' as unknown as boolean}}, 'options.tool.enabled must be true or false'],
    [{scheduling: {staleAfterDays: -1}}, 'options.scheduling.staleAfterDays'],
    [{scheduling: {daysBeforeDeadline: [30, 1.5]}}, 'options.scheduling.daysBeforeDeadline'],
    [
      {scheduling: {afterSigning: [{id: 'a', label: 'A', offset: {}}]}},
      'options.scheduling.afterSigning[0].offset',
    ],
    [
      {
        scheduling: {
          afterSigning: [
            {id: 'a', label: 'A', offset: {days: 1}},
            {id: 'a', label: 'B', offset: {days: 2}},
          ],
        },
      },
      'options.scheduling.afterSigning[1].id must be unique',
    ],
  ])('rejects %j, naming the plugin and the option', (options, message) => {
    expect(() => resolveOptions(options)).toThrow(`[follow-ups] ${message}`)
  })
})

describe('isTimeZone', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Seoul', 'Europe/Berlin'])('accepts %s', (zone) =>
    expect(isTimeZone(zone)).toBe(true),
  )
  it.each(['', 'EST5', 'New York', 42, undefined])('rejects %j', (zone) =>
    expect(isTimeZone(zone)).toBe(false),
  )
})
