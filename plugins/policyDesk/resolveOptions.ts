import {DEFAULT_OPTIONS, PLUGIN_NAME} from './constants'
import type {PolicyDeskOptions, PolicyDeskPluginOptions} from './types'

/** Merges options over the defaults and rejects ones that cannot work, naming the plugin. */
export function resolveOptions(options: PolicyDeskPluginOptions | void): PolicyDeskOptions {
  const types = {...DEFAULT_OPTIONS.types, ...options?.types}
  for (const [role, name] of Object.entries(types)) {
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(
        `[${PLUGIN_NAME}] options.types.${role} must be a schema type name, got ${JSON.stringify(name)}`,
      )
    }
  }
  return {types}
}
