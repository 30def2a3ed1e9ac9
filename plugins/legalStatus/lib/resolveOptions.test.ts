import {describe, expect, it} from 'vitest'

import {DEFAULT_OPTIONS} from '../constants'
import {resolveOptions} from './resolveOptions'

describe('resolveOptions', () => {
  it('uses the defaults when given nothing', () => {
    expect(resolveOptions(undefined)).toEqual(DEFAULT_OPTIONS)
    expect(resolveOptions({})).toEqual(DEFAULT_OPTIONS)
  })

  it('merges each nested option over its defaults', () => {
    const resolved = resolveOptions({types: {article: 'story'}, inspector: {debounceMs: 0}})
    expect(resolved.types).toEqual({...DEFAULT_OPTIONS.types, article: 'story'})
    expect(resolved.inspector).toEqual({enabled: true, debounceMs: 0})
    expect(resolved.badges).toEqual(DEFAULT_OPTIONS.badges)
  })

  it('does not change the defaults', () => {
    resolveOptions({types: {agreement: 'instrument'}})
    expect(DEFAULT_OPTIONS.types.agreement).toBe('agreement')
  })

  it.each([
    [{types: {agreement: ' '}}, 'options.types.agreement must be a schema type name, got " "'],
    [{types: {commitment: 3 as never}}, 'options.types.commitment must be a schema type name'],
    [{types: {article: 'agreement'}}, 'options.types must be three different schema type names'],
    [{badges: {enabled: 'yes' as never}}, 'options.badges.enabled must be true or false'],
    [{inspector: {enabled: 1 as never}}, 'options.inspector.enabled must be true or false'],
    [{inspector: {debounceMs: -1}}, 'options.inspector.debounceMs must be a whole number'],
    [{inspector: {debounceMs: 2.5}}, 'options.inspector.debounceMs must be a whole number'],
    [{inspector: {debounceMs: 60_000}}, 'from 0 to 5000, got 60000'],
  ])('rejects %j, naming the plugin', (options, message) => {
    expect(() => resolveOptions(options)).toThrow('[policy-desk/legal-status] ')
    expect(() => resolveOptions(options)).toThrow(message)
  })

  it('rejects options that are not an object', () => {
    expect(() => resolveOptions('fast' as never)).toThrow('[policy-desk/legal-status]')
  })
})
