import {useToast} from '@sanity/ui/toast'
import {useCallback, useRef, useState} from 'react'
import {useCurrentUser} from 'sanity'

import {verificationRecord, VERIFY_METHODS, type VerifyMethod} from '../lib/verifyQuote'
import {useQuotesClient} from './useQuotesClient'

/**
 * Records who verified a quote (the current Studio user), how and when, on the published quote
 * and its draft if one exists, in one transaction, so articles see it at once. Shared by the
 * Verify document action and the quote card in the article form.
 */
export function useVerifyQuote() {
  const client = useQuotesClient()
  const user = useCurrentUser()
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)
  const userName = user?.name || user?.email || undefined

  const verify = useCallback(
    async (quoteId: string, method: VerifyMethod): Promise<boolean> => {
      if (inFlight.current || !userName) return false
      inFlight.current = true
      setBusy(true)
      try {
        const publishedId = quoteId.replace(/^drafts\./, '')
        const draftId = `drafts.${publishedId}`
        const record = verificationRecord(method, userName, new Date().toISOString())
        const hasDraft =
          (await client.fetch<number>(
            'count(*[_id == $id])',
            {id: draftId},
            {perspective: 'raw'},
          )) > 0
        const transaction = client
          .transaction()
          .patch(publishedId, (p) => p.set({verification: record}))
        if (hasDraft) transaction.patch(draftId, (p) => p.set({verification: record}))
        await transaction.commit()
        toast.push({
          status: 'success',
          title: 'Quote verified',
          description: `${VERIFY_METHODS.find((m) => m.value === method)?.title} by ${userName}.`,
        })
        return true
      } catch (error) {
        toast.push({
          status: 'error',
          title: 'Could not record the verification',
          description: (error as Error).message,
        })
        return false
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
    [client, toast, userName],
  )

  return {verify, busy, userName}
}
