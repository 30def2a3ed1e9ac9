import {isVersionId} from './ids'
import {evaluatePrepared, indexById, prepareQuery, type PreparedQuery} from './query'
import type {CommittedTransaction, DocumentChange, SanityDocument, StoredDocument} from './types'

export interface ListenOptions {
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  includeAllVersions: boolean
  visibility: 'query' | 'transaction' | 'sync'
  effectFormat: 'mendoza' | undefined
}

function flag(search: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = search.get(name)
  if (value === null) return fallback
  return value === 'true' || value === '1' || value === ''
}

export function parseListenOptions(search: URLSearchParams): ListenOptions {
  const visibility = search.get('visibility')
  return {
    includeResult: flag(search, 'includeResult', true),
    includePreviousRevision: flag(search, 'includePreviousRevision', false),
    includeMutations: flag(search, 'includeMutations', true),
    includeAllVersions: flag(search, 'includeAllVersions', false),
    visibility: visibility === 'transaction' || visibility === 'sync' ? visibility : 'query',
    effectFormat: search.get('effectFormat') === 'mendoza' ? 'mendoza' : undefined,
  }
}

export interface ListenerEvent {
  eventId: string
  documentId: string
  transactionId: string
  transition: 'appear' | 'update' | 'disappear'
  identity: string
  mutations?: Record<string, unknown>[]
  previousRev?: string
  resultRev: string
  timestamp: string
  visibility: string
  transactionTotalEvents: number
  transactionCurrentEvent: number
  effects?: {apply: unknown[]; revert: unknown[]}
  result?: StoredDocument
  previous?: StoredDocument | null
}

/** Decides whether a document belongs to a listener's GROQ query (`*[<filter>]`). */
export type DocumentFilter = (doc: SanityDocument | null) => Promise<boolean>

export function createDocumentFilter(
  query: string,
  params: Record<string, unknown>,
  lookup: (id: string) => SanityDocument | null = () => null,
): DocumentFilter {
  const prepared: PreparedQuery = prepareQuery(query, params)
  return async (doc) => {
    if (!doc) return false
    const byId = indexById([doc])
    const result = await evaluatePrepared(prepared, {
      documents: [doc],
      byId: {get: (id: string) => byId.get(id) ?? lookup(id) ?? undefined},
    })
    return Array.isArray(result)
      ? result.length > 0
      : result !== null && result !== undefined && result !== false
  }
}

function withoutRev(doc: StoredDocument | null): Omit<StoredDocument, '_rev'> | null {
  if (!doc) return null
  const {_rev: _ignored, ...rest} = doc
  return rest
}

/**
 * The events one listener receives for a committed transaction: documents whose before or after
 * state matches the filter, with `transition` from the two matches and whole-document mendoza
 * effects. `transactionTotalEvents` counts this listener's events, which is what the Studio waits
 * for before applying a multi-document transaction.
 */
export async function buildListenerEvents(
  transaction: CommittedTransaction,
  filter: DocumentFilter,
  options: ListenOptions,
): Promise<ListenerEvent[]> {
  const matched: {change: DocumentChange; transition: ListenerEvent['transition']}[] = []
  for (const change of transaction.changes) {
    if (!options.includeAllVersions && isVersionId(change.id)) continue
    const [before, after] = await Promise.all([filter(change.before), filter(change.after)])
    if (!before && !after) continue
    matched.push({change, transition: before && after ? 'update' : after ? 'appear' : 'disappear'})
  }
  return matched.map(({change, transition}, index) => {
    const event: ListenerEvent = {
      eventId: `${transaction.transactionId}#${change.id}`,
      documentId: change.id,
      transactionId: transaction.transactionId,
      transition,
      identity: transaction.identity,
      resultRev: transaction.transactionId,
      timestamp: transaction.timestamp,
      visibility: options.visibility === 'transaction' ? 'transaction' : 'query',
      transactionTotalEvents: matched.length,
      transactionCurrentEvent: index + 1,
    }
    if (change.before) event.previousRev = change.before._rev
    if (options.includeMutations) event.mutations = change.mutations
    event.effects = {apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)]}
    if (options.includeResult && change.after) event.result = change.after
    if (options.includePreviousRevision) event.previous = change.before
    return event
  })
}

/** Server-sent-event framing. */
export function formatSse(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}
