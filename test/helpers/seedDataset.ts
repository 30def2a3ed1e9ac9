import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

import type {SanityDocument} from '@sanity/types'

export const SEED_FILE = fileURLToPath(new URL('../../seed/policy-desk.ndjson', import.meta.url))

/** The committed seed, parsed. Fails loudly on a malformed line, naming it. */
export function loadSeed(file = SEED_FILE): SanityDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as SanityDocument
      } catch (error) {
        throw new Error(`${file}:${index + 1} is not valid JSON: ${String(error)}`, {cause: error})
      }
    })
}

/** Every `_ref` anywhere inside a value, with the path where it was found. */
export function collectReferences(value: unknown, path = ''): {ref: string; path: string}[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => collectReferences(item, `${path}[${index}]`))
  }
  if (value && typeof value === 'object') {
    const refs: {ref: string; path: string}[] = []
    for (const [key, child] of Object.entries(value)) {
      if (key === '_ref' && typeof child === 'string') refs.push({ref: child, path})
      else refs.push(...collectReferences(child, path ? `${path}.${key}` : key))
    }
    return refs
  }
  return []
}
