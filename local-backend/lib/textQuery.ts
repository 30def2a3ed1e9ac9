import type {ExprNode} from 'groq-js'

import {HttpError, isRecord} from './types'

/**
 * `text::query()` support. groq-js parses `text::query(...)` but cannot evaluate it, so a query's
 * `<lhs> match text::query(<q>)` nodes are rewritten before evaluation:
 * - whole-document matches (`@ match …`, `[@, _id] match …`) become a lookup that the query
 *   engine's `dereference` answers with a boolean for the document in scope;
 * - matches on a path (`title match …`) become groq-js' own `match` with equivalent patterns.
 */

export interface TextTerm {
  kind: 'word' | 'prefix' | 'phrase'
  /** Lower-case tokens; one for words and prefixes, several for phrases. */
  tokens: string[]
  negated: boolean
}

export interface TextQuery {
  terms: TextTerm[]
}

const WORD = /[\p{L}\p{N}_]+(?:['’.][\p{L}\p{N}_]+)*/gu

/** Split text into lower-case word tokens. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((token) => token.replace(/['’]/g, ''))
}

/**
 * Parse Content Lake search syntax: words (all must match), `word*` prefixes, `"exact phrases"`,
 * and `-negated` terms. A lone `*` matches everything.
 */
export function parseTextQuery(input: string): TextQuery {
  const terms: TextTerm[] = []
  const pieces = input.match(/-?"[^"]*"?|[^\s"]+/g) ?? []
  for (const piece of pieces) {
    let text = piece
    let negated = false
    if (text.startsWith('-') && text.length > 1) {
      negated = true
      text = text.slice(1)
    }
    if (text.startsWith('"')) {
      const tokens = tokenize(text.replace(/"/g, ''))
      if (tokens.length > 0) terms.push({kind: 'phrase', tokens, negated})
      continue
    }
    const prefix = text.endsWith('*')
    const tokens = tokenize(text.replace(/\*+/g, ' '))
    tokens.forEach((token, index) => {
      const isLast = index === tokens.length - 1
      terms.push({kind: prefix && isLast ? 'prefix' : 'word', tokens: [token], negated})
    })
  }
  return {terms}
}

function termMatches(term: TextTerm, fields: readonly string[][]): boolean {
  const [first] = term.tokens
  if (first === undefined) return false
  for (const tokens of fields) {
    if (term.kind === 'word' && tokens.includes(first)) return true
    if (term.kind === 'prefix' && tokens.some((token) => token.startsWith(first))) return true
    if (term.kind === 'phrase') {
      for (let i = 0; i + term.tokens.length <= tokens.length; i++) {
        if (term.tokens.every((token, offset) => tokens[i + offset] === token)) return true
      }
    }
  }
  return false
}

/** Whether tokenized fields (one token list per string value) satisfy the query. */
export function matchesTextQuery(query: TextQuery, fields: readonly string[][]): boolean {
  return query.terms.every((term) => termMatches(term, fields) !== term.negated)
}

const SKIPPED_KEYS = new Set(['_rev', '_type', '_key', '_ref', '_createdAt', '_updatedAt', '_weak'])
const textCache = new WeakMap<object, string[][]>()

/** Every searchable string value of a document, tokenized. Portable Text contributes its text. */
export function documentText(doc: Record<string, unknown>): string[][] {
  const cached = textCache.get(doc)
  if (cached) return cached
  const fields: string[][] = []
  const visit = (value: unknown, key: string | undefined) => {
    if (typeof value === 'string') {
      if (key === undefined || !SKIPPED_KEYS.has(key)) fields.push(tokenize(value))
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key)
    } else if (isRecord(value)) {
      if (value._type === 'block' && Array.isArray(value.children)) {
        visit(
          value.children.map((child) => (isRecord(child) ? child.text : undefined)),
          'text',
        )
        return
      }
      for (const [childKey, child] of Object.entries(value)) {
        if (childKey === '_originalId' || childKey === '_ref') continue
        visit(child, childKey)
      }
    }
  }
  visit(doc, undefined)
  textCache.set(doc, fields)
  return fields
}

/** Prefix of the synthetic `_ref` that the query engine's dereference answers for text matches. */
export const TEXT_MATCH_REF_PREFIX = '\u0000text-match:'

export interface TextRewrite {
  tree: ExprNode
  /** Queries referenced by index from rewritten whole-document matches. */
  queries: TextQuery[]
}

function isTextQueryCall(node: unknown): node is {type: 'FuncCall'; args: ExprNode[]} {
  return (
    isRecord(node) && node.type === 'FuncCall' && node.namespace === 'text' && node.name === 'query'
  )
}

function constantString(node: ExprNode | undefined, params: Record<string, unknown>): string {
  if (node?.type === 'Value' && typeof node.value === 'string') return node.value
  if (node?.type === 'Parameter' && typeof params[node.name] === 'string') {
    return params[node.name] as string
  }
  throw new HttpError(
    400,
    'text::query() needs a string literal or string parameter',
    'queryParseError',
  )
}

function isWholeDocument(node: ExprNode): boolean {
  if (node.type === 'This') return true
  return node.type === 'Array' && node.elements.some((element) => element.value.type === 'This')
}

/** Patterns for groq-js' native `match` that approximate a text query on a path. */
function nativeMatch(left: ExprNode, query: TextQuery): ExprNode {
  const positive = query.terms.filter((term) => !term.negated)
  const negative = query.terms.filter((term) => term.negated)
  const pattern = (term: TextTerm) =>
    term.kind === 'prefix' ? [`${term.tokens[0]}*`] : [...term.tokens]
  const positivePatterns = positive.length ? positive.flatMap(pattern) : ['*']
  let node: ExprNode = {
    type: 'OpCall',
    op: 'match',
    left,
    right: {type: 'Value', value: positivePatterns},
  }
  for (const term of negative) {
    node = {
      type: 'And',
      left: node,
      right: {
        type: 'Not',
        base: {type: 'OpCall', op: 'match', left, right: {type: 'Value', value: pattern(term)}},
      },
    }
  }
  return node
}

/** Rewrite every `<lhs> match text::query(<q>)` in a parsed query. Other nodes are untouched. */
export function rewriteTextQueries(tree: ExprNode, params: Record<string, unknown>): TextRewrite {
  const queries: TextQuery[] = []
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (!isRecord(node)) return node
    if (node.type === 'OpCall' && node.op === 'match' && isTextQueryCall(node.right)) {
      const query = parseTextQuery(constantString(node.right.args[0], params))
      const left = visit(node.left) as ExprNode
      if (!isWholeDocument(left)) return nativeMatch(left, query)
      queries.push(query)
      return {
        type: 'Deref',
        base: {
          type: 'Object',
          attributes: [
            {
              type: 'ObjectAttributeValue',
              name: '_ref',
              value: {
                type: 'OpCall',
                op: '+',
                left: {type: 'Value', value: `${TEXT_MATCH_REF_PREFIX}${queries.length - 1}:`},
                right: {type: 'AccessAttribute', name: '_id'},
              },
            },
          ],
        },
      }
    }
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) out[key] = visit(value)
    return out
  }
  return {tree: visit(tree) as ExprNode, queries}
}

/** Parse a synthetic text-match ref into the query index and document id. */
export function parseTextMatchRef(ref: string): {index: number; id: string} | undefined {
  if (!ref.startsWith(TEXT_MATCH_REF_PREFIX)) return undefined
  const rest = ref.slice(TEXT_MATCH_REF_PREFIX.length)
  const colon = rest.indexOf(':')
  const index = Number(rest.slice(0, colon))
  return Number.isInteger(index) ? {index, id: rest.slice(colon + 1)} : undefined
}
