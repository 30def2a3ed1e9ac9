import {HttpError, type SanityDocument} from './types'
import {getPublishedId, getVersionName, isDraftId, isVersionId} from './ids'

/** `raw`, or a stack of layers, highest priority first: `['drafts']`, `['published']`, `['rX', 'drafts']`. */
export type Perspective = 'raw' | readonly string[]

/** From this API version on, queries without a perspective read `published`; before it, `raw`. */
const PUBLISHED_DEFAULT_SINCE = '2025-02-19'

export function defaultPerspective(apiVersion: string): Perspective {
  if (apiVersion === 'X') return ['published']
  if (apiVersion === '1') return 'raw'
  return apiVersion >= PUBLISHED_DEFAULT_SINCE ? ['published'] : 'raw'
}

/** Parse the `perspective` query parameter (comma separated, or repeated). */
export function parsePerspective(
  value: string | string[] | null | undefined,
  apiVersion: string,
): Perspective {
  const raw = Array.isArray(value) ? value.join(',') : (value ?? '')
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length === 0) return defaultPerspective(apiVersion)
  if (parts.length === 1 && parts[0] === 'raw') return 'raw'
  const stack = parts.map((part) => (part === 'previewDrafts' ? 'drafts' : part))
  for (const part of stack) {
    if (part === 'raw') throw new HttpError(400, '"raw" cannot be combined with other perspectives')
    if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new HttpError(400, `Invalid perspective "${part}"`)
  }
  return stack
}

export function perspectiveKey(perspective: Perspective): string {
  return perspective === 'raw' ? 'raw' : perspective.join(',')
}

/** Which layer a stored document belongs to: 'published', 'drafts' or a release name. */
export function layerOf(id: string): string {
  if (isDraftId(id)) return 'drafts'
  if (isVersionId(id)) return getVersionName(id) ?? 'published'
  return 'published'
}

/**
 * The documents a query sees under a perspective. With a stack, each published id shows its
 * highest-priority existing layer, under the published id and with `_originalId` naming the
 * stored document. `published` alone returns published documents unchanged.
 */
export function applyPerspective<T extends SanityDocument>(
  documents: Iterable<T>,
  perspective: Perspective,
): SanityDocument[] {
  const all = [...documents]
  if (perspective === 'raw') return all
  const layers = perspective.includes('published')
    ? [...perspective]
    : [...perspective, 'published']
  if (layers.length === 1) return all.filter((doc) => layerOf(doc._id) === 'published')
  const chosen = new Map<string, {rank: number; doc: T}>()
  for (const doc of all) {
    const rank = layers.indexOf(layerOf(doc._id))
    if (rank < 0) continue
    const publishedId = getPublishedId(doc._id)
    const current = chosen.get(publishedId)
    if (!current || rank < current.rank) chosen.set(publishedId, {rank, doc})
  }
  const result: SanityDocument[] = []
  for (const [publishedId, {doc}] of chosen) {
    result.push({...doc, _id: publishedId, _originalId: doc._id})
  }
  return result
}
