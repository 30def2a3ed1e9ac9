import type {SanityClient} from 'sanity'

/**
 * Sets fields on one follow-up (`followUps[_key==…]`) of a commitment, in one transaction, on
 * the published document and on its draft when there is one, so the two never disagree about
 * a follow-up's state. Follow-up bookkeeping is desk metadata: it does not wait for a publish.
 */
export async function patchFollowUp(
  client: SanityClient,
  commitmentId: string,
  followUpKey: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const publishedId = commitmentId.replace(/^drafts\./, '')
  const existing = await client.fetch<string[]>(
    '*[_id in $ids]._id',
    {ids: [publishedId, `drafts.${publishedId}`]},
    {perspective: 'raw'},
  )
  if (existing.length === 0) throw new Error('The commitment no longer exists.')
  const at = `followUps[_key==${JSON.stringify(followUpKey)}]`
  const set = Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [`${at}.${field}`, value]),
  )
  const transaction = client.transaction()
  for (const id of existing) transaction.patch(id, (patch) => patch.set(set))
  await transaction.commit({visibility: 'async'})
}
