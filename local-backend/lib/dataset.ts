import {applyPerspective, perspectiveKey, type Perspective} from './perspective'
import {indexById} from './query'
import {randomId} from './ids'
import type {JournalEntry} from './persistence'
import type {CommittedTransaction, DocumentChange, SanityDocument, StoredDocument} from './types'

export type Mutation = Record<string, unknown>

/** The working state of one transaction. Nothing is visible outside until it commits. */
export interface TransactionScope {
  readonly transactionId: string
  readonly timestamp: string
  get(id: string): StoredDocument | SanityDocument | null
  /** Documents as the transaction currently sees them (for query-selected mutations). */
  documents(): SanityDocument[]
  /** Store `doc` under `doc._id`. `patch` marks a change that listeners may replay as a patch. */
  put(doc: SanityDocument, mutation: Mutation, kind?: 'patch' | 'replace'): void
  delete(id: string): void
}

interface Pending {
  doc: SanityDocument | null
  patches: Mutation[]
  onlyPatches: boolean
}

export interface TransactOptions {
  transactionId?: string
  identity?: string
  dryRun?: boolean
  /** Override the clock (tests). */
  now?: Date
}

export interface View {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
}

type Persist = (entry: JournalEntry) => void

function stamp(
  doc: SanityDocument,
  before: StoredDocument | null,
  transactionId: string,
  timestamp: string,
): StoredDocument {
  const createdAt =
    typeof doc._createdAt === 'string' ? doc._createdAt : (before?._createdAt ?? timestamp)
  return {...doc, _createdAt: createdAt, _updatedAt: timestamp, _rev: transactionId}
}

/**
 * One dataset in memory. Transactions run on a private overlay, are persisted (synchronously, so
 * a write is on disk before anyone hears of it), committed, and then announced to subscribers.
 */
export class Dataset {
  private readonly docs: Map<string, StoredDocument>
  private readonly subscribers = new Set<(tx: CommittedTransaction) => void>()
  private views = new Map<string, View>()
  private version = 0

  constructor(
    readonly name: string,
    documents: Iterable<SanityDocument>,
    private readonly persist?: Persist,
  ) {
    this.docs = new Map()
    const now = new Date().toISOString()
    for (const doc of documents) {
      const rev = typeof doc._rev === 'string' && doc._rev ? doc._rev : randomId()
      this.docs.set(doc._id, stamp(doc, null, rev, doc._updatedAt ?? now))
    }
  }

  get size(): number {
    return this.docs.size
  }

  get(id: string): StoredDocument | null {
    return this.docs.get(id) ?? null
  }

  all(): StoredDocument[] {
    return this.view('raw').documents as StoredDocument[]
  }

  /** Documents seen through a perspective, sorted by `_id`, with an id index. Cached per version. */
  view(perspective: Perspective): View {
    const key = perspectiveKey(perspective)
    let view = this.views.get(key)
    if (!view) {
      const sorted = [...this.docs.values()].sort((a, b) =>
        a._id < b._id ? -1 : a._id > b._id ? 1 : 0,
      )
      const documents = perspective === 'raw' ? sorted : applyPerspective(sorted, perspective)
      view = {documents, byId: indexById(documents)}
      this.views.set(key, view)
    }
    return view
  }

  subscribe(listener: (tx: CommittedTransaction) => void): () => void {
    this.subscribers.add(listener)
    return () => this.subscribers.delete(listener)
  }

  /**
   * Run `fn` as one atomic transaction. If it throws, nothing changes. Returns its result and the
   * committed transaction (with no changes when `fn` changed nothing or `dryRun` is set).
   */
  transact<T>(
    options: TransactOptions,
    fn: (scope: TransactionScope) => T,
  ): {result: T; transaction: CommittedTransaction} {
    const transactionId = options.transactionId || randomId()
    const timestamp = (options.now ?? new Date()).toISOString()
    const pending = new Map<string, Pending>()
    const docs = this.docs
    const scope: TransactionScope = {
      transactionId,
      timestamp,
      get: (id) => {
        const entry = pending.get(id)
        return entry ? entry.doc : (docs.get(id) ?? null)
      },
      documents: () => {
        const out = new Map<string, SanityDocument>(docs)
        for (const [id, entry] of pending) {
          if (entry.doc) out.set(id, entry.doc)
          else out.delete(id)
        }
        return [...out.values()]
      },
      put: (doc, mutation, kind = 'replace') => {
        const entry = pending.get(doc._id) ?? {doc: null, patches: [], onlyPatches: true}
        const existedBefore = entry.doc !== null || (!pending.has(doc._id) && docs.has(doc._id))
        entry.doc = doc
        if (kind === 'patch' && existedBefore) entry.patches.push(mutation)
        else entry.onlyPatches = false
        pending.set(doc._id, entry)
      },
      delete: (id) => {
        const entry = pending.get(id) ?? {doc: null, patches: [], onlyPatches: false}
        entry.doc = null
        entry.onlyPatches = false
        pending.set(id, entry)
      },
    }

    const result = fn(scope)
    const identity = options.identity ?? ''
    const changes: DocumentChange[] = []
    for (const [id, entry] of pending) {
      const before = docs.get(id) ?? null
      if (!before && !entry.doc) continue
      const after = entry.doc
        ? stamp({...entry.doc, _id: id}, before, transactionId, timestamp)
        : null
      const mutations: Mutation[] =
        after === null
          ? [{delete: {id}}]
          : before && entry.onlyPatches && entry.patches.length > 0
            ? entry.patches
            : [{createOrReplace: after}]
      changes.push({id, before, after, mutations})
    }
    const transaction: CommittedTransaction = {transactionId, timestamp, identity, changes}
    if (options.dryRun || changes.length === 0) return {result, transaction}

    this.persist?.({
      transactionId,
      timestamp,
      documents: changes.map(({id, after}) => ({id, document: after})),
    })
    for (const {id, after} of changes) {
      if (after) docs.set(id, after)
      else docs.delete(id)
    }
    this.version++
    this.views = new Map()
    for (const subscriber of this.subscribers) {
      try {
        subscriber(transaction)
      } catch (err) {
        console.error('[local-backend] listener failed:', err)
      }
    }
    return {result, transaction}
  }

  get currentVersion(): number {
    return this.version
  }
}
