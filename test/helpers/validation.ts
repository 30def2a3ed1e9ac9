import type {SanityDocument} from '@sanity/types'
import {validateDocumentWithWorkspace} from '@sanity/validation'
import {from} from 'rxjs'
import {createSchema} from 'sanity'

import {schemaTypes} from '../../schemas'
import {runGroq} from './groq'

export const studioSchema = createSchema({name: 'default', types: schemaTypes})

/**
 * A stand-in for the Sanity client that answers GROQ from an in-memory dataset with groq-js,
 * so custom validators that query (e.g. "is the follow-up after signing?") run in tests.
 */
function groqClient(documents: SanityDocument[]) {
  const client = {
    fetch: (query: string, params?: Record<string, unknown>) => runGroq(documents, query, params),
    getDataUrl: (operation: string, path?: string) => `/data/${operation}/test/${path ?? ''}`,
    observable: {
      fetch: (query: string, params?: Record<string, unknown>) =>
        from(runGroq(documents, query, params)),
      request: () => from(Promise.resolve({})),
    },
    withConfig: () => client,
  }
  return client
}

export interface ValidationIssue {
  level: string
  message: string
  path: string
}

/** Validates one document as the Studio would, against a dataset of published documents. */
export async function validateAgainst(
  document: Partial<SanityDocument> & {_id: string; _type: string},
  dataset: SanityDocument[] = [],
): Promise<ValidationIssue[]> {
  const published = new Set(
    dataset.filter((doc) => !doc._id.startsWith('drafts.')).map((d) => d._id),
  )
  const client = groqClient(dataset)
  // The workspace variant validates with the Studio's semantics. The plain `validateDocument`
  // runs in "cli" mode, which downgrades every rule on an object field to a warning.
  const markers = await validateDocumentWithWorkspace({
    workspace: {schema: studioSchema} as never,
    getClient: () => client as never,
    document: {_createdAt: '', _updatedAt: '', _rev: '', ...document} as SanityDocument,
    getDocumentExists: async ({id}) => published.has(id),
  })
  return markers.map((marker) => ({
    level: marker.level,
    message: marker.message,
    path: marker.path
      .map((segment) =>
        typeof segment === 'object' && segment && '_key' in segment
          ? `[${segment._key}]`
          : String(segment),
      )
      .join('.'),
  }))
}

export const errorsOf = (issues: ValidationIssue[]) => issues.filter((i) => i.level === 'error')
export const warningsOf = (issues: ValidationIssue[]) => issues.filter((i) => i.level === 'warning')
