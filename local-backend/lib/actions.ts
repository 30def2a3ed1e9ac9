import type {TransactionScope} from './dataset'
import {getDraftId, getPublishedId, isDraftId, isVersionId} from './ids'
import {applyPatch} from './mutations'
import {HttpError, isRecord, type SanityDocument} from './types'

/** Actions API types this backend implements. Others answer 400. */
export const SUPPORTED_ACTIONS = [
  'sanity.action.document.create',
  'sanity.action.document.edit',
  'sanity.action.document.publish',
  'sanity.action.document.unpublish',
  'sanity.action.document.discard',
  'sanity.action.document.delete',
  'sanity.action.document.replaceDraft',
  'sanity.action.document.duplicate',
] as const

function conflict(message: string): HttpError {
  return new HttpError(409, message, 'actionError')
}

function badRequest(message: string): HttpError {
  return new HttpError(400, message, 'validationError')
}

function requireString(action: Record<string, unknown>, key: string): string {
  const value = action[key]
  if (typeof value !== 'string' || !value)
    throw badRequest(`${String(action.actionType)}: "${key}" is required`)
  return value
}

function withoutSystemFields(doc: SanityDocument, id: string): SanityDocument {
  const {_rev: _r, _updatedAt: _u, _originalId: _o, ...rest} = doc
  return {...rest, _id: id}
}

function checkDraftPair(draftId: string, publishedId: string): void {
  if (!(isDraftId(draftId) || isVersionId(draftId)) || getPublishedId(draftId) !== publishedId) {
    throw badRequest(`"${draftId}" is not a draft or version of "${publishedId}"`)
  }
  if (isDraftId(publishedId) || isVersionId(publishedId)) {
    throw badRequest(`publishedId "${publishedId}" must not be a draft or version id`)
  }
}

/** Apply one action inside a transaction scope. Throws HttpError (aborting the transaction). */
export function applyAction(scope: TransactionScope, action: unknown): void {
  if (!isRecord(action) || typeof action.actionType !== 'string') {
    throw badRequest('Each action needs an actionType')
  }
  const type = action.actionType
  switch (type) {
    case 'sanity.action.document.create': {
      const publishedId = requireString(action, 'publishedId')
      const attributes = isRecord(action.attributes) ? action.attributes : undefined
      if (!attributes || typeof attributes._type !== 'string')
        throw badRequest('create: attributes._type is required')
      const id = typeof attributes._id === 'string' ? attributes._id : getDraftId(publishedId)
      checkDraftPair(id, publishedId)
      if (scope.get(id)) {
        if (action.ifExists === 'ignore') return
        throw conflict(`Document "${id}" already exists`)
      }
      const doc = {...structuredClone(attributes), _id: id} as SanityDocument
      scope.put(withoutSystemFields(doc, id), {create: doc})
      return
    }
    case 'sanity.action.document.edit': {
      const draftId = requireString(action, 'draftId')
      const publishedId = requireString(action, 'publishedId')
      checkDraftPair(draftId, publishedId)
      if (!isRecord(action.patch)) throw badRequest('edit: "patch" is required')
      let base = scope.get(draftId)
      if (!base) {
        const published = scope.get(publishedId)
        if (!published)
          throw conflict(
            `Cannot edit "${publishedId}": neither draft nor published document exists`,
          )
        base = withoutSystemFields(published, draftId)
        base._createdAt = published._createdAt
        scope.put(base, {createIfNotExists: base})
      }
      const ifRevision = action.patch.ifRevisionID
      if (typeof ifRevision === 'string' && ifRevision !== base._rev) {
        throw conflict(`Document "${draftId}" has unexpected revision ID, expected "${ifRevision}"`)
      }
      const next = applyPatch(base, action.patch)
      scope.put(next, {patch: {...action.patch, id: draftId}}, 'patch')
      return
    }
    case 'sanity.action.document.publish': {
      const draftId = requireString(action, 'draftId')
      const publishedId = requireString(action, 'publishedId')
      checkDraftPair(draftId, publishedId)
      const draft = scope.get(draftId)
      if (!draft)
        throw conflict(`Cannot publish "${publishedId}": draft "${draftId}" does not exist`)
      const published = scope.get(publishedId)
      if (typeof action.ifDraftRevisionId === 'string' && action.ifDraftRevisionId !== draft._rev) {
        throw conflict(
          `Draft "${draftId}" has revision "${draft._rev}", expected "${action.ifDraftRevisionId}"`,
        )
      }
      if (
        typeof action.ifPublishedRevisionId === 'string' &&
        action.ifPublishedRevisionId !== published?._rev
      ) {
        throw conflict(
          `Published document "${publishedId}" has revision "${published?._rev ?? '(none)'}", expected "${action.ifPublishedRevisionId}"`,
        )
      }
      const next = withoutSystemFields(draft, publishedId)
      next._createdAt = published?._createdAt ?? draft._createdAt
      scope.put(next, {createOrReplace: next})
      scope.delete(draftId)
      return
    }
    case 'sanity.action.document.unpublish': {
      const publishedId = requireString(action, 'publishedId')
      const draftId = typeof action.draftId === 'string' ? action.draftId : getDraftId(publishedId)
      checkDraftPair(draftId, publishedId)
      const published = scope.get(publishedId)
      if (!published) throw conflict(`Cannot unpublish "${publishedId}": it is not published`)
      if (!scope.get(draftId)) {
        const draft = withoutSystemFields(published, draftId)
        draft._createdAt = published._createdAt
        scope.put(draft, {create: draft})
      }
      scope.delete(publishedId)
      return
    }
    case 'sanity.action.document.discard': {
      const draftId = requireString(action, 'draftId')
      if (!isDraftId(draftId) && !isVersionId(draftId))
        throw badRequest(`discard: "${draftId}" is not a draft id`)
      if (!scope.get(draftId)) throw conflict(`Cannot discard "${draftId}": it does not exist`)
      scope.delete(draftId)
      return
    }
    case 'sanity.action.document.delete': {
      const publishedId = requireString(action, 'publishedId')
      const listed = Array.isArray(action.includeDrafts)
        ? action.includeDrafts.filter((id): id is string => typeof id === 'string')
        : []
      const ids = new Set([publishedId, getDraftId(publishedId), ...listed])
      let found = false
      for (const id of ids) {
        if (getPublishedId(id) !== publishedId)
          throw badRequest(`delete: "${id}" does not belong to "${publishedId}"`)
        if (scope.get(id)) {
          scope.delete(id)
          found = true
        }
      }
      if (!found) throw conflict(`Cannot delete "${publishedId}": it does not exist`)
      return
    }
    case 'sanity.action.document.replaceDraft': {
      const publishedId = requireString(action, 'publishedId')
      const attributes = isRecord(action.attributes) ? action.attributes : undefined
      if (!attributes || typeof attributes._type !== 'string')
        throw badRequest('replaceDraft: attributes._type is required')
      const draftId =
        typeof action.draftId === 'string'
          ? action.draftId
          : typeof attributes._id === 'string'
            ? attributes._id
            : getDraftId(publishedId)
      checkDraftPair(draftId, publishedId)
      const doc = withoutSystemFields(structuredClone(attributes) as SanityDocument, draftId)
      scope.put(doc, {createOrReplace: doc})
      return
    }
    case 'sanity.action.document.duplicate': {
      const fromId = requireString(action, 'fromId')
      const source = scope.get(fromId)
      if (!source) throw conflict(`Cannot duplicate "${fromId}": it does not exist`)
      const attributes = isRecord(action.attributes) ? action.attributes : {}
      const id = typeof attributes._id === 'string' ? attributes._id : undefined
      if (!id) throw badRequest('duplicate: attributes._id is required')
      if (scope.get(id)) throw conflict(`Document "${id}" already exists`)
      const doc = withoutSystemFields(
        {...structuredClone(source), ...structuredClone(attributes)} as SanityDocument,
        id,
      )
      delete doc._createdAt
      scope.put(doc, {create: doc})
      return
    }
    default:
      throw badRequest(
        `Action "${type}" is not supported by the local content backend (supported: ${SUPPORTED_ACTIONS.join(', ')})`,
      )
  }
}

export function applyActions(scope: TransactionScope, actions: unknown): void {
  if (!Array.isArray(actions) || actions.length === 0)
    throw badRequest('"actions" must be a non-empty array')
  for (const action of actions) applyAction(scope, action)
}
