import {describe, expect, it} from 'vitest'

import {DEFAULT_OPTIONS} from '../constants'
import {resolveOptions} from './resolveOptions'

describe('resolveOptions', () => {
  it('uses the defaults when given nothing, and merges nested options', () => {
    expect(resolveOptions(undefined)).toEqual(DEFAULT_OPTIONS)
    const resolved = resolveOptions({types: {quote: 'citation'}, verify: {enabled: false}})
    expect(resolved.types).toEqual({...DEFAULT_OPTIONS.types, quote: 'citation'})
    expect(resolved.verify.enabled).toBe(false)
    expect(resolved.whereUsed.enabled).toBe(true)
  })
  it.each([
    ['a string', 'x', '[policy-desk/quotes] options must be an object, got "x"'],
    ['an empty type', {types: {article: ' '}}, 'options.types.article must be a schema type name'],
    ['two roles on one type', {types: {article: 'quote'}}, 'options.types must be five different'],
    [
      'a non-boolean toggle',
      {verify: {enabled: 'yes'}},
      'options.verify.enabled must be true or false, got "yes"',
    ],
  ])('rejects %s, naming the plugin', (_label, input, message) => {
    expect(() => resolveOptions(input as never)).toThrow(message)
  })
})
