/** Merges options over the defaults and rejects ones that cannot work, naming the plugin. */
import {DEFAULT_OPTIONS, MAX_DEBOUNCE_MS, PLUGIN_NAME} from '../constants'
import type {LegalStatusOptions, LegalStatusPluginOptions} from '../types'

function fail(option: string, expected: string, got: unknown): never {
  throw new Error(
    `[${PLUGIN_NAME}] options.${option} must be ${expected}, got ${JSON.stringify(got)}`,
  )
}

export function resolveOptions(options: LegalStatusPluginOptions | void): LegalStatusOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    fail('', 'an object', options)
  }
  const resolved: LegalStatusOptions = {
    types: {...DEFAULT_OPTIONS.types, ...options?.types},
    badges: {...DEFAULT_OPTIONS.badges, ...options?.badges},
    inspector: {...DEFAULT_OPTIONS.inspector, ...options?.inspector},
  }
  for (const [role, name] of Object.entries(resolved.types)) {
    if (typeof name !== 'string' || name.trim() === '') {
      fail(`types.${role}`, 'a schema type name', name)
    }
  }
  const names = Object.values(resolved.types)
  if (new Set(names).size !== names.length) {
    fail('types', 'three different schema type names', resolved.types)
  }
  if (typeof resolved.badges.enabled !== 'boolean') {
    fail('badges.enabled', 'true or false', resolved.badges.enabled)
  }
  if (typeof resolved.inspector.enabled !== 'boolean') {
    fail('inspector.enabled', 'true or false', resolved.inspector.enabled)
  }
  const {debounceMs} = resolved.inspector
  if (!Number.isInteger(debounceMs) || debounceMs < 0 || debounceMs > MAX_DEBOUNCE_MS) {
    fail(
      'inspector.debounceMs',
      `a whole number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}`,
      debounceMs,
    )
  }
  return resolved
}
