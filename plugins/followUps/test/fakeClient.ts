import {Subject} from 'rxjs'
import {vi} from 'vitest'

export type FetchHandler = (query: string, params: Record<string, unknown>) => unknown

export interface Operation {
  createIfNotExists?: Record<string, unknown>
  patch?: {id: string; set: Record<string, unknown>}
}

/**
 * The slice of SanityClient the follow-ups hooks use: fetch, listen and transactions. Commits
 * are recorded; `commitDelay` keeps them in flight so tests can click again meanwhile.
 */
export function createFakeClient(handler: FetchHandler, {commitDelay = 0} = {}) {
  const committed: Operation[][] = []
  const events = new Subject<{type: string}>()
  const client = {
    fetch: vi.fn(async (query: string, params: Record<string, unknown> = {}) =>
      handler(query, params),
    ),
    listen: vi.fn(() => events.asObservable()),
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
          committed.push(operations)
          return {transactionId: `tx-${committed.length}`}
        }),
      }
      return transaction
    }),
  }
  return {client, committed, events}
}
