/** Small builders for references, keys and Portable Text, so the seed modules stay readable. */
import type {
  Block,
  InlineQuote,
  KeyedReference,
  QuoteBlock,
  Reference,
  SourceLink,
  SourceLinkKind,
  Span,
} from './types'

export function ref(id: string): Reference {
  return {_type: 'reference', _ref: id}
}

/** A reference inside an array. Its `_key` is the target id: unique within the array, stable. */
export function keyedRef(id: string): KeyedReference {
  return {_key: id, _type: 'reference', _ref: id}
}

export function keyedRefs(ids: readonly string[]): KeyedReference[] {
  return ids.map(keyedRef)
}

export function link(key: string, kind: SourceLinkKind, url: string, title?: string): SourceLink {
  return title === undefined
    ? {_key: key, _type: 'sourceLink', kind, url}
    : {_key: key, _type: 'sourceLink', kind, title, url}
}

export function span(key: string, text: string): Span {
  return {_key: key, _type: 'span', text, marks: []}
}

export function inlineQuote(key: string, quoteId: string): InlineQuote {
  return {_key: key, _type: 'inlineQuote', quote: ref(quoteId)}
}

/**
 * A normal paragraph. Strings become spans and inline quotes pass through; child keys are
 * derived from the block key (`p04-c1`, `p04-c2` …), unless an inline quote brings its own.
 */
export function paragraph(
  key: string,
  ...parts: (string | ((key: string) => InlineQuote))[]
): Block {
  return {
    _key: key,
    _type: 'block',
    style: 'normal',
    markDefs: [],
    children: parts.map((part, index) => {
      const childKey = `${key}-c${index + 1}`
      return typeof part === 'string' ? span(childKey, part) : part(childKey)
    }),
  }
}

/** An inline quote for `paragraph`, keyed by its position in the paragraph. */
export function quotedInline(quoteId: string): (key: string) => InlineQuote {
  return (key) => inlineQuote(key, quoteId)
}

export function quoteBlock(key: string, quoteId: string): QuoteBlock {
  return {_key: key, _type: 'quoteBlock', quote: ref(quoteId)}
}
