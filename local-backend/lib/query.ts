import {evaluate, parse, type ExprNode} from 'groq-js'

import {documentText, matchesTextQuery, parseTextMatchRef, rewriteTextQueries} from './textQuery'
import {HttpError, type SanityDocument} from './types'

export interface QueryContext {
  documents: readonly SanityDocument[]
  /** Id index of `documents`, used for `->` (groq-js scans the whole dataset without it). */
  byId: Pick<ReadonlyMap<string, SanityDocument>, 'get'>
  identity?: string
  projectId?: string
  dataset?: string
}

export interface PreparedQuery {
  tree: ExprNode
  textMatch: (index: number, doc: SanityDocument) => boolean
}

/** Parse a GROQ query with its parameters and rewrite `text::query()` for evaluation. */
export function prepareQuery(query: string, params: Record<string, unknown>): PreparedQuery {
  let tree: ExprNode
  try {
    tree = parse(query, {params})
  } catch (err) {
    const error = err as Error & {position?: number}
    throw new HttpError(400, `${error.message}`, 'queryParseError', {
      query,
      ...(typeof error.position === 'number'
        ? {start: error.position, end: error.position + 1}
        : {}),
    })
  }
  const rewritten = rewriteTextQueries(tree, params)
  return {
    tree: rewritten.tree,
    textMatch: (index, doc) => {
      const textQuery = rewritten.queries[index]
      return textQuery ? matchesTextQuery(textQuery, documentText(doc)) : false
    },
  }
}

/** Evaluate a prepared query over documents. */
export async function evaluatePrepared(
  prepared: PreparedQuery,
  context: QueryContext,
): Promise<unknown> {
  const {byId} = context
  try {
    const value = await evaluate(prepared.tree, {
      dataset: context.documents,
      identity: context.identity ?? 'anonymous',
      sanity:
        context.projectId && context.dataset
          ? {projectId: context.projectId, dataset: context.dataset}
          : undefined,
      dereference: ({_ref}) => {
        const textRef = parseTextMatchRef(_ref)
        if (textRef) {
          const doc = byId.get(textRef.id)
          const matched = doc ? prepared.textMatch(textRef.index, doc) : false
          // groq-js turns whatever this returns into a GROQ value; a boolean is what we need here.
          return matched as unknown as SanityDocument
        }
        return byId.get(_ref) ?? null
      },
    })
    return await value.get()
  } catch (err) {
    if (err instanceof HttpError) throw err
    throw new HttpError(400, (err as Error).message, 'queryExecutionError')
  }
}

export async function runQuery(
  query: string,
  params: Record<string, unknown>,
  context: QueryContext,
): Promise<unknown> {
  return evaluatePrepared(prepareQuery(query, params), context)
}

/** Parse `$name=<JSON>` entries of a query string into GROQ parameters. */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new HttpError(400, `Invalid JSON in parameter ${key}`, 'queryParseError')
    }
  }
  return params
}

export function indexById<T extends SanityDocument>(documents: Iterable<T>): Map<string, T> {
  const map = new Map<string, T>()
  for (const doc of documents) map.set(doc._id, doc)
  return map
}
