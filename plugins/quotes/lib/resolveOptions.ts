/** Merges options over the defaults and rejects ones that cannot work, naming the plugin. */
import {DEFAULT_OPTIONS, PLUGIN_NAME} from '../constants'
import type {QuotesOptions, QuotesPluginOptions} from '../types'

function fail(option: string, expected: string, got: unknown): never {
  throw new Error(
    `[${PLUGIN_NAME}] options${option ? `.${option}` : ''} must be ${expected}, got ${JSON.stringify(got)}`,
  )
}

const TOGGLES = ['verify', 'whereUsed', 'contacts', 'publishSnapshot'] as const

export function resolveOptions(options: QuotesPluginOptions | void): QuotesOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    fail('', 'an object', options)
  }
  const resolved: QuotesOptions = {
    types: {...DEFAULT_OPTIONS.types, ...options?.types},
    verify: {...DEFAULT_OPTIONS.verify, ...options?.verify},
    whereUsed: {...DEFAULT_OPTIONS.whereUsed, ...options?.whereUsed},
    contacts: {...DEFAULT_OPTIONS.contacts, ...options?.contacts},
    publishSnapshot: {...DEFAULT_OPTIONS.publishSnapshot, ...options?.publishSnapshot},
  }
  for (const [role, name] of Object.entries(resolved.types)) {
    if (typeof name !== 'string' || name.trim() === '') {
      fail(`types.${role}`, 'a schema type name', name)
    }
  }
  const names = Object.values(resolved.types)
  if (new Set(names).size !== names.length) {
    fail('types', 'five different schema type names', resolved.types)
  }
  for (const toggle of TOGGLES) {
    if (typeof resolved[toggle].enabled !== 'boolean') {
      fail(`${toggle}.enabled`, 'true or false', resolved[toggle].enabled)
    }
  }
  return resolved
}
