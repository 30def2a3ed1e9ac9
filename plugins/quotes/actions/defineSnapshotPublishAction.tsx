import {useCallback} from 'react'
import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
} from 'sanity'

import {useQuotesClient} from '../hooks/useQuotesClient'
import {embeddedQuoteIds} from '../lib/quoteEmbeds'
import {QUOTE_TEXTS_QUERY, snapshotPatch} from '../lib/publishSnapshot'

/**
 * Wraps the built-in Publish on articles: before publishing, stores each embedded quote's
 * current words on its embed (`textAtPublish`), so a later edit to the quote is flagged.
 * Everything else (label, disabled state, dialogs) is Publish's own.
 */
export function defineSnapshotPublishAction(
  publish: DocumentActionComponent,
): DocumentActionComponent {
  function useSnapshotPublishAction(props: DocumentActionProps): DocumentActionDescription | null {
    const original = publish(props)
    const client = useQuotesClient()
    const {patch} = useDocumentOperation(props.id, props.type)
    const body = (props.draft ?? props.published)?.body
    const onHandle = original?.onHandle

    const handle = useCallback(async () => {
      const ids = embeddedQuoteIds(body)
      if (ids.length > 0 && props.draft) {
        try {
          const quotes = await client.fetch<{_id: string; text?: string}[]>(QUOTE_TEXTS_QUERY, {
            ids,
          })
          const set = snapshotPatch(body, Object.fromEntries(quotes.map((q) => [q._id, q.text])))
          if (Object.keys(set).length > 0) patch.execute([{set}])
        } catch {
          // The snapshot is advice for later; it must never stand in the way of publishing.
        }
      }
      onHandle?.()
    }, [body, client, onHandle, patch, props.draft])

    if (!original) return null
    return {...original, onHandle: () => void handle()}
  }
  useSnapshotPublishAction.displayName = 'useSnapshotPublishAction'
  useSnapshotPublishAction.action = 'publish' as const
  return useSnapshotPublishAction
}
