/**
 * The words of each embedded quote at publish time, stored on the embed as `textAtPublish`,
 * so a later change to the quote record can be flagged on the article. No Sanity or React imports.
 */
import {findQuoteEmbeds} from './quoteEmbeds'

/** A path such as `body[_key=="p10"].children[_key=="c2"].textAtPublish`. */
function pathString(path: (string | {_key: string})[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'string'
        ? `${index === 0 ? '' : '.'}${segment}`
        : `[_key==${JSON.stringify(segment._key)}]`,
    )
    .join('')
}

/** `set` values for every embed whose snapshot is missing or differs from the current words. */
export function snapshotPatch(
  body: unknown,
  textById: Record<string, string | undefined>,
): Record<string, string> {
  const set: Record<string, string> = {}
  for (const embed of findQuoteEmbeds(body)) {
    const text = textById[embed.quoteId]
    if (typeof text !== 'string' || text === embed.textAtPublish) continue
    set[`${pathString(embed.path)}.textAtPublish`] = text
  }
  return set
}

export const QUOTE_TEXTS_QUERY = `*[_id in $ids]{_id, text}`
