/**
 * The article as a reader sees it, as plain data the Preview view renders: headline, dek,
 * paragraphs with inline quotes, block quotes with attributions, and the binding flags of the
 * agreements it covers. Only public fields are read: no contact details, no desk notes.
 * No Sanity or React imports.
 */
import {effectiveLegalStatus} from '../../legalStatus/lib/effectiveLegalStatus'
import {
  legalStatusLabel,
  legalStatusTone,
  type UiTone,
} from '../../legalStatus/lib/legalStatusLabel'
import {attributeQuote, type SpeakerForAttribution} from './attribution'

export interface PreviewQuote {
  _id: string
  text?: string | null
  groundRules?: string | null
  describedAs?: string | null
  speakerTitle?: string | null
  date?: string | null
  speaker?: SpeakerForAttribution | null
}

export interface PreviewAgreement {
  _id: string
  title?: string | null
  shortName?: string | null
  status?: string | null
}

/** Everything the preview needs besides the article itself, in one listening query. */
export const ARTICLE_PREVIEW_QUERY = `{
  "quotes": *[_id in $quoteIds]{
    _id, text, groundRules, describedAs, speakerTitle, date,
    "speaker": speaker->{name, currentTitle, "currentOrganizationName": organization->name,
      "roles": roles[]{title, "organizationName": organization->name, from, to}}
  },
  "agreements": *[_id in $agreementIds]{_id, title, shortName, "status": legalStatus.status}
}`

export type PreviewSegment =
  | {kind: 'text'; key: string; text: string; marks: string[]}
  | {kind: 'quote'; key: string; text: string; attribution: string; problem?: string}

export type PreviewBlock =
  | {kind: 'paragraph'; key: string; style: string; segments: PreviewSegment[]}
  | {kind: 'quote'; key: string; text: string; attribution: string; problem?: string}

export interface ArticlePreviewModel {
  headline: string
  dek: string
  blocks: PreviewBlock[]
  flags: {id: string; name: string; label: string; tone: UiTone}[]
}

interface ArticleLike {
  [field: string]: unknown
  headline?: unknown
  dek?: unknown
  body?: unknown
  agreements?: unknown
}

type Item = Record<string, unknown>
const items = (value: unknown): Item[] =>
  Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Item[]) : []
const refOf = (item: Item) => {
  const ref = (item.quote as {_ref?: unknown} | undefined)?._ref
  return typeof ref === 'string' ? ref : undefined
}

function renderQuote(quote: PreviewQuote | undefined): {
  text: string
  attribution: string
  problem?: string
} {
  if (!quote) return {text: '', attribution: '', problem: 'Quote not found or not published.'}
  const attribution = attributeQuote(
    {
      groundRules: quote.groundRules ?? undefined,
      speakerTitle: quote.speakerTitle ?? undefined,
      describedAs: quote.describedAs ?? undefined,
      date: quote.date ?? undefined,
    },
    quote.speaker ?? undefined,
  )
  if (attribution.kind === 'forbidden') {
    return {text: '', attribution: '', problem: attribution.reason}
  }
  return {text: quote.text ?? '', attribution: attribution.text}
}

/** Ids the preview query needs from the article. */
export function previewParams(article: ArticleLike) {
  const quoteIds = new Set<string>()
  for (const item of items(article.body)) {
    const ref = refOf(item)
    if (ref) quoteIds.add(ref)
    for (const child of items(item.children)) {
      const childRef = child._type === 'inlineQuote' ? refOf(child) : undefined
      if (childRef) quoteIds.add(childRef)
    }
  }
  const agreementIds = items(article.agreements)
    .map((ref) => ref._ref)
    .filter((id): id is string => typeof id === 'string')
  return {quoteIds: [...quoteIds], agreementIds}
}

export function buildArticlePreview(
  article: ArticleLike,
  quotes: PreviewQuote[],
  agreements: PreviewAgreement[],
): ArticlePreviewModel {
  const byId = new Map(quotes.map((quote) => [quote._id, quote]))
  const blocks: PreviewBlock[] = []
  for (const item of items(article.body)) {
    const key = String(item._key ?? blocks.length)
    if (item._type === 'quoteBlock') {
      const ref = refOf(item)
      blocks.push({kind: 'quote', key, ...renderQuote(ref ? byId.get(ref) : undefined)})
      continue
    }
    if (item._type !== 'block') continue
    const segments: PreviewSegment[] = items(item.children).flatMap(
      (child, index): PreviewSegment[] => {
        const childKey = typeof child._key === 'string' ? child._key : `${key}-${index}`
        if (child._type === 'span') {
          return [
            {
              kind: 'text',
              key: childKey,
              text: typeof child.text === 'string' ? child.text : '',
              marks: Array.isArray(child.marks) ? child.marks.map(String) : [],
            },
          ]
        }
        if (child._type === 'inlineQuote') {
          const ref = refOf(child)
          return [{kind: 'quote', key: childKey, ...renderQuote(ref ? byId.get(ref) : undefined)}]
        }
        return []
      },
    )
    blocks.push({
      kind: 'paragraph',
      key,
      style: typeof item.style === 'string' ? item.style : 'normal',
      segments,
    })
  }
  const agreementById = new Map(agreements.map((agreement) => [agreement._id, agreement]))
  const flags = previewParams(article).agreementIds.flatMap((id) => {
    const agreement = agreementById.get(id)
    if (!agreement) return []
    const status = effectiveLegalStatus({
      type: 'agreement',
      status: agreement.status ?? undefined,
    }).status
    return [
      {
        id,
        name: agreement.shortName || agreement.title || id,
        label: legalStatusLabel(status),
        tone: legalStatusTone(status).tone,
      },
    ]
  })
  return {
    headline: typeof article.headline === 'string' ? article.headline : '',
    dek: typeof article.dek === 'string' ? article.dek : '',
    blocks,
    flags,
  }
}

/** The preview as plain text, e.g. for tests and for copying into an e-mail. */
export function previewText(model: ArticlePreviewModel): string {
  const lines = [model.headline, model.dek]
  for (const block of model.blocks) {
    if (block.kind === 'quote') {
      lines.push(block.problem ? `[${block.problem}]` : `“${block.text},” ${block.attribution}.`)
    } else {
      lines.push(
        block.segments
          .map((segment) =>
            segment.kind === 'text'
              ? segment.text
              : segment.problem
                ? `[${segment.problem}]`
                : `“${segment.text},”`,
          )
          .join(''),
      )
    }
  }
  lines.push(...model.flags.map((flag) => `${flag.name}: ${flag.label}`))
  return lines.filter(Boolean).join('\n')
}
