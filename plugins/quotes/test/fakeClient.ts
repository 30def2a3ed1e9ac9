import {vi} from 'vitest'

export type FetchHandler = (query: string, params: Record<string, unknown>) => unknown

export interface Operation {
  createIfNotExists?: Record<string, unknown>
  patch?: {id: string; set: Record<string, unknown>}
}

/**
 * The slice of SanityClient the quotes components use: fetch and transactions. Commits are
 * recorded; `failCommits` makes the next commits reject, like a network error.
 */
export function createFakeClient(handler: FetchHandler) {
  const committed: Operation[][] = []
  const state = {failCommits: 0}
  const client = {
    fetch: vi.fn(async (query: string, params: Record<string, unknown> = {}) =>
      handler(query, params),
    ),
    createIfNotExists: vi.fn(async (doc: Record<string, unknown>) => {
      committed.push([{createIfNotExists: doc}])
      return doc
    }),
    transaction: vi.fn(() => {
      const operations: Operation[] = []
      const transaction = {
        createIfNotExists(doc: Record<string, unknown>) {
          operations.push({createIfNotExists: doc})
          return transaction
        },
        patch(
          id: string,
          build: (patch: {set: (set: Record<string, unknown>) => unknown}) => unknown,
        ) {
          build({set: (set) => operations.push({patch: {id, set}})})
          return transaction
        },
        commit: vi.fn(async () => {
          if (state.failCommits > 0) {
            state.failCommits--
            throw new Error('Network down')
          }
          committed.push(operations)
          return {transactionId: `tx-${committed.length}`}
        }),
      }
      return transaction
    }),
  }
  return {client, committed, state}
}
