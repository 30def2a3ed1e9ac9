import {Mutation as MutatorMutation} from '@sanity/mutator'

import type {TransactionScope} from './dataset'
import {randomId} from './ids'
import {HttpError, isRecord, type SanityDocument} from './types'

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'

export interface MutationResultItem {
  id: string
  operation: MutationOperation
}

/** Ids chosen by `query` selections, resolved before the transaction (index → ids). */
export type QuerySelections = ReadonlyMap<number, readonly string[]>

const MUTATION_TYPES = [
  'create',
  'createOrReplace',
  'createIfNotExists',
  'delete',
  'patch',
] as const

export function mutationType(mutation: unknown): (typeof MUTATION_TYPES)[number] {
  if (!isRecord(mutation))
    throw new HttpError(400, 'Each mutation must be an object', 'mutationError')
  const keys = Object.keys(mutation)
  const type = MUTATION_TYPES.find((candidate) => keys.includes(candidate))
  if (!type || keys.length !== 1) {
    throw new HttpError(
      400,
      `Unsupported mutation: ${JSON.stringify(mutation).slice(0, 200)}`,
      'mutationError',
    )
  }
  return type
}

/** The GROQ query selecting documents for a `patch`/`delete` mutation, if it uses one. */
export function selectionQuery(
  mutation: unknown,
): {query: string; params: Record<string, unknown>} | undefined {
  if (!isRecord(mutation)) return undefined
  const body = mutation.patch ?? mutation.delete
  if (!isRecord(body) || typeof body.query !== 'string') return undefined
  return {query: body.query, params: isRecord(body.params) ? body.params : {}}
}

function conflict(message: string): HttpError {
  return new HttpError(409, message, 'mutationError')
}

function newDocument(input: unknown, kind: string): SanityDocument {
  if (!isRecord(input)) throw new HttpError(400, `${kind} needs a document`, 'mutationError')
  const rawId = input._id === undefined || input._id === '' ? randomId() : input._id
  if (typeof rawId !== 'string')
    throw new HttpError(400, `${kind}: _id must be a string`, 'mutationError')
  const id = rawId.endsWith('.') ? `${rawId}${randomId()}` : rawId
  if (typeof input._type !== 'string' || !input._type) {
    throw new HttpError(400, `${kind}: document ${id} needs a _type`, 'mutationError')
  }
  const doc = structuredClone(input) as SanityDocument
  doc._id = id
  delete doc._rev
  return doc
}

/** Apply a Content Lake patch (set, unset, insert, inc, diffMatchPatch, …) to a copy of `doc`. */
export function applyPatch(doc: SanityDocument, patch: Record<string, unknown>): SanityDocument {
  const {ifRevisionID: _ignored, query: _query, params: _params, ...operations} = patch
  const mutation = new MutatorMutation({mutations: [{patch: {...operations, id: doc._id}}]})
  let result: unknown
  try {
    result = mutation.apply(structuredClone(doc))
  } catch (err) {
    throw new HttpError(
      400,
      `Invalid patch on ${doc._id}: ${(err as Error).message}`,
      'mutationError',
    )
  }
  if (!isRecord(result))
    throw new HttpError(400, `Patch on ${doc._id} produced no document`, 'mutationError')
  const next = result as SanityDocument
  if (next._id !== doc._id || typeof next._type !== 'string') {
    throw new HttpError(
      400,
      `Patch on ${doc._id} may not change _id or remove _type`,
      'mutationError',
    )
  }
  return next
}

function patchOne(
  scope: TransactionScope,
  id: string,
  patch: Record<string, unknown>,
): MutationResultItem {
  const current = scope.get(id)
  if (!current) throw conflict(`Cannot patch document "${id}": it does not exist`)
  if (typeof patch.ifRevisionID === 'string' && patch.ifRevisionID !== current._rev) {
    throw conflict(
      `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${patch.ifRevisionID}"`,
    )
  }
  const next = applyPatch(current, patch)
  const {query: _q, params: _p, ...reported} = patch
  scope.put(next, {patch: {...reported, id}}, 'patch')
  return {id, operation: 'update'}
}

/**
 * Apply mutate-endpoint mutations inside a transaction scope. Throws an HttpError on the first
 * failure, which aborts the whole transaction.
 */
export function applyMutations(
  scope: TransactionScope,
  mutations: readonly unknown[],
  selections: QuerySelections = new Map(),
): MutationResultItem[] {
  const results: MutationResultItem[] = []
  mutations.forEach((mutation, index) => {
    const type = mutationType(mutation)
    const body = (mutation as Record<string, unknown>)[type]
    switch (type) {
      case 'create': {
        const doc = newDocument(body, 'create')
        if (scope.get(doc._id)) throw conflict(`Document by ID "${doc._id}" already exists`)
        scope.put(doc, {create: doc})
        results.push({id: doc._id, operation: 'create'})
        break
      }
      case 'createOrReplace': {
        const doc = newDocument(body, 'createOrReplace')
        const existed = Boolean(scope.get(doc._id))
        scope.put(doc, {createOrReplace: doc})
        results.push({id: doc._id, operation: existed ? 'update' : 'create'})
        break
      }
      case 'createIfNotExists': {
        const doc = newDocument(body, 'createIfNotExists')
        if (scope.get(doc._id)) {
          results.push({id: doc._id, operation: 'none'})
        } else {
          scope.put(doc, {createIfNotExists: doc})
          results.push({id: doc._id, operation: 'create'})
        }
        break
      }
      case 'delete': {
        const ids = selections.get(index) ?? [isRecord(body) ? body.id : undefined]
        for (const id of ids) {
          if (typeof id !== 'string' || !id)
            throw new HttpError(400, 'delete needs an id or a query', 'mutationError')
          if (scope.get(id)) scope.delete(id)
          results.push({id, operation: 'delete'})
        }
        break
      }
      case 'patch': {
        if (!isRecord(body)) throw new HttpError(400, 'patch needs an object', 'mutationError')
        const selected = selections.get(index)
        if (selected) {
          for (const id of selected) results.push(patchOne(scope, id, body))
        } else {
          if (typeof body.id !== 'string')
            throw new HttpError(400, 'patch needs an id or a query', 'mutationError')
          results.push(patchOne(scope, body.id, body))
        }
        break
      }
    }
  })
  return results
}
