import {useCallback, useEffect, useRef, useState} from 'react'
import {
  getPublishedId,
  useDocumentOperation,
  useSyncState,
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
} from 'sanity'

import {useQuotesClient} from '../hooks/useQuotesClient'
import {embeddedQuoteIds} from '../lib/quoteEmbeds'
import {QUOTE_TEXTS_QUERY, snapshotPatch} from '../lib/publishSnapshot'

type QuoteTexts = Record<string, string | undefined>

/**
 * Wraps the built-in Publish on articles: before publishing, stores each embedded quote's
 * current words on its embed (`textAtPublish`), so a later edit to the quote is flagged.
 * Everything else (label, disabled state, dialogs) is Publish's own.
 *
 * The snapshot goes through the form's own document operation, and Publish runs only once the
 * draft shows it and has synced: while an edit is in flight the built-in Publish does nothing,
 * and calling it straight after the patch would publish the draft without the snapshot.
 */
export function defineSnapshotPublishAction(
  publish: DocumentActionComponent,
): DocumentActionComponent {
  function useSnapshotPublishAction(props: DocumentActionProps): DocumentActionDescription | null {
    const original = publish(props)
    const client = useQuotesClient()
    const {patch} = useDocumentOperation(props.id, props.type)
    const {isSyncing} = useSyncState(getPublishedId(props.id), props.type)
    const draftBody = props.draft?.body
    const [pendingTexts, setPendingTexts] = useState<QuoteTexts | null>(null)
    const latestOnHandle = useRef(original?.onHandle)
    latestOnHandle.current = original?.onHandle

    useEffect(() => {
      if (!pendingTexts || isSyncing) return
      if (Object.keys(snapshotPatch(draftBody, pendingTexts)).length > 0) return
      setPendingTexts(null)
      latestOnHandle.current?.()
    }, [draftBody, isSyncing, pendingTexts])

    const handle = useCallback(async () => {
      const ids = embeddedQuoteIds(draftBody)
      if (ids.length > 0) {
        try {
          const quotes = await client.fetch<{_id: string; text?: string}[]>(QUOTE_TEXTS_QUERY, {
            ids,
          })
          const texts: QuoteTexts = Object.fromEntries(quotes.map((q) => [q._id, q.text]))
          const set = snapshotPatch(draftBody, texts)
          if (Object.keys(set).length > 0) {
            patch.execute([{set}])
            setPendingTexts(texts)
            return
          }
        } catch {
          // The snapshot is advice for later; it must never stand in the way of publishing.
        }
      }
      latestOnHandle.current?.()
    }, [client, draftBody, patch])

    if (!original) return null
    return {
      ...original,
      disabled: original.disabled || pendingTexts !== null,
      onHandle: () => void handle(),
    }
  }
  useSnapshotPublishAction.displayName = 'useSnapshotPublishAction'
  useSnapshotPublishAction.action = 'publish' as const
  return useSnapshotPublishAction
}
