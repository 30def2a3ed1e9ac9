/**
 * Where an expert source's contact details live: a `sourceContact` document under the
 * `private.` path, which an unauthenticated reader of the dataset cannot see. One per source,
 * with a deterministic id, so "Add contact details" twice opens the same record.
 * No Sanity or React imports.
 */
import {PRIVATE_PREFIX} from '../constants'

export function contactIdFor(sourceId: string): string {
  const published = sourceId.replace(/^drafts\./, '')
  return `${PRIVATE_PREFIX}contact-${published}`
}

export function isPrivateId(id: string): boolean {
  return id.replace(/^drafts\./, '').startsWith(PRIVATE_PREFIX)
}

/** The contact document to create for a source, if none exists yet. */
export function newContact(sourceId: string, contactType = 'sourceContact') {
  const published = sourceId.replace(/^drafts\./, '')
  return {
    _id: contactIdFor(published),
    _type: contactType,
    source: {_type: 'reference' as const, _ref: published, _weak: true},
  }
}
