/** A stored document. System fields are always present once stored. */
export interface SanityDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [key: string]: unknown
}

export type StoredDocument = SanityDocument & {_rev: string; _createdAt: string; _updatedAt: string}

/** One document's change within a committed transaction. */
export interface DocumentChange {
  id: string
  before: StoredDocument | null
  after: StoredDocument | null
  /** Mutations that turn `before` into `after` (reported to listeners). */
  mutations: Record<string, unknown>[]
}

export interface CommittedTransaction {
  transactionId: string
  timestamp: string
  identity: string
  changes: DocumentChange[]
}

/** An error with an HTTP status, shaped like the Content Lake's error bodies. */
export class HttpError extends Error {
  readonly status: number
  readonly type: string
  readonly details: Record<string, unknown> | undefined

  constructor(
    status: number,
    message: string,
    type = 'httpError',
    details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.type = type
    this.details = details
  }

  toBody(): Record<string, unknown> {
    return {
      error: {description: this.message, type: this.type, ...this.details},
      statusCode: this.status,
      message: this.message,
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
