import {Subject} from 'rxjs'
import {vi} from 'vitest'

export type FetchHandler = (query: string, params: Record<string, unknown>) => unknown

export interface Operation {
  createIfNotExists?: Record<string, unknown>
  patch?: {id: string; set: Record<string, unknown>}
}

export interface FakeClientOptions {
  /** Keeps commits in flight this long, so a test can click again meanwhile. */
  commitDelay?: number
}

/**
 * The slice of SanityClient the plugins' hooks and components use: fetch, listen and
 * transactions. Commits are recorded in `committed`; `state.failCommits` makes the next commits
 * reject like a network error; `events` pushes listener events.
 */
export function createFakeClient(handler: FetchHandler, {commitDelay = 0}: FakeClientOptions = {}) {
  const committed: Operation[][] = []
  const state = {failCommits: 0}
  const events = new Subject<{type: string}>()
  const client = {
    fetch: vi.fn(async (query: string, params: Record<string, unknown> = {}) =>
      handler(query, params),
    ),
    listen: vi.fn(() => events.asObservable()),
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
          if (commitDelay) await new Promise((resolve) => setTimeout(resolve, commitDelay))
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
  return {client, committed, state, events}
}
