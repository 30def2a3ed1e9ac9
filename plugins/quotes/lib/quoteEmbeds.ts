/**
 * Finding the quotes an article body embeds, and the text around each one, in Portable Text.
 * No Sanity or React imports.
 */

export type EmbedKind = 'inline' | 'block'

export interface QuoteEmbed {
  kind: EmbedKind
  quoteId: string
  /** Key of the embed itself (the quoteBlock, or the inline object inside a block). */
  key: string
  /** Key and position of the top-level body item that holds the embed. */
  blockKey: string
  blockIndex: number
  /** Words of the quote when the article was last published, if recorded. */
  textAtPublish?: string
  /** Path of the embed in the document, for validation markers and patches. */
  path: (string | {_key: string})[]
}

interface BodyItem {
  _key?: unknown
  _type?: unknown
  quote?: {_ref?: unknown} | null
  textAtPublish?: unknown
  children?: unknown
}

const asItems = (value: unknown): BodyItem[] =>
  Array.isArray(value)
    ? (value.filter((item) => item && typeof item === 'object') as BodyItem[])
    : []

const refOf = (item: BodyItem): string | undefined =>
  typeof item.quote?._ref === 'string' && item.quote._ref ? item.quote._ref : undefined

const textOf = (item: BodyItem): string | undefined =>
  typeof item.textAtPublish === 'string' ? item.textAtPublish : undefined

/** Every quote embedded in the body, in reading order. Embeds without a quote are skipped. */
export function findQuoteEmbeds(body: unknown): QuoteEmbed[] {
  const embeds: QuoteEmbed[] = []
  for (const [blockIndex, item] of asItems(body).entries()) {
    const blockKey = String(item._key ?? '')
    if (item._type === 'quoteBlock') {
      const quoteId = refOf(item)
      if (quoteId) {
        embeds.push({
          kind: 'block',
          quoteId,
          key: blockKey,
          blockKey,
          blockIndex,
          textAtPublish: textOf(item),
          path: ['body', {_key: blockKey}],
        })
      }
      continue
    }
    for (const child of asItems(item.children)) {
      if (child._type !== 'inlineQuote') continue
      const quoteId = refOf(child)
      if (!quoteId) continue
      const key = String(child._key ?? '')
      embeds.push({
        kind: 'inline',
        quoteId,
        key,
        blockKey,
        blockIndex,
        textAtPublish: textOf(child),
        path: ['body', {_key: blockKey}, 'children', {_key: key}],
      })
    }
  }
  return embeds
}

/** The plain text of one body item: its spans joined; quote embeds contribute nothing. */
export function blockText(item: unknown): string {
  const block = item as BodyItem | null
  if (!block || block._type !== 'block') return ''
  return asItems(block.children)
    .map((child) =>
      child._type === 'span' && typeof (child as {text?: unknown}).text === 'string'
        ? (child as {text: string}).text
        : '',
    )
    .join('')
}

/** The text a reader sees around an embed: the block holding it and the blocks either side. */
export function surroundingText(body: unknown, blockIndex: number): string {
  const items = asItems(body)
  return [items[blockIndex - 1], items[blockIndex], items[blockIndex + 1]]
    .map((item) => blockText(item))
    .filter(Boolean)
    .join('\n')
}

/** Distinct quote ids, in first-use order. */
export function embeddedQuoteIds(body: unknown): string[] {
  return [...new Set(findQuoteEmbeds(body).map((embed) => embed.quoteId))]
}
