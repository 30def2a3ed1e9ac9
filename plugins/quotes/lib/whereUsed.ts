/**
 * "Where used": the articles that embed a quote, or quote an expert source. For a source,
 * that is every article referencing a quote whose speaker is the source's person.
 * No Sanity or React imports.
 */

export const WHERE_USED_QUERY = `*[_type == "article"][
  references($ids) || references(*[_type == "quote" && speaker._ref == $personId]._id)
]{
  _id, headline, publishedAt, kind, "slug": slug.current
} | order(coalesce(publishedAt, _updatedAt) desc)`

export interface WhereUsedArticle {
  _id: string
  headline?: string | null
  publishedAt?: string | null
  kind?: string | null
  slug?: string | null
}

/** Collapses a draft and its published article into one row; the draft's id wins for editing. */
export function whereUsedRows(
  articles: WhereUsedArticle[],
): (WhereUsedArticle & {isDraft: boolean; publishedId: string})[] {
  const rows = new Map<string, WhereUsedArticle & {isDraft: boolean; publishedId: string}>()
  for (const article of articles) {
    const publishedId = article._id.replace(/^drafts\./, '')
    const isDraft = article._id.startsWith('drafts.')
    const existing = rows.get(publishedId)
    if (!existing || isDraft) rows.set(publishedId, {...article, isDraft, publishedId})
  }
  return [...rows.values()]
}

/** The ids an article would reference for this document: published and draft. */
export function whereUsedParams(documentId: string, personId?: string | null) {
  const publishedId = documentId.replace(/^drafts\./, '')
  return {ids: [publishedId, `drafts.${publishedId}`], personId: personId ?? null}
}

/** The person an expert source points at (draft first); null for a quote. */
export const SOURCE_PERSON_QUERY = `coalesce(*[_id in $ids && defined(person._ref)] | order(_id desc)[0].person._ref, null)`
