import {LockIcon} from '@sanity/icons/Lock'
import {useToast} from '@sanity/ui/toast'
import {useCallback, useRef, useState} from 'react'
import type {DocumentActionComponent, DocumentActionDescription, DocumentActionProps} from 'sanity'
import {useRouter} from 'sanity/router'

import {useQuotesClient} from '../hooks/useQuotesClient'
import {contactIdFor, newContact} from '../lib/contactIds'
import type {QuotesOptions} from '../types'

/**
 * "Add contact details" on an expert source: creates `private.contact-<sourceId>` (if it does
 * not exist yet) and opens it. The `private.` path keeps the record out of every public read.
 */
export function defineAddContactDetailsAction(
  options: Pick<QuotesOptions, 'types'>,
): DocumentActionComponent {
  const contactType = options.types.sourceContact
  function useAddContactDetailsAction(props: DocumentActionProps): DocumentActionDescription {
    const client = useQuotesClient()
    const toast = useToast()
    const router = useRouter()
    const [busy, setBusy] = useState(false)
    const inFlight = useRef(false)
    const disabledReason = props.published
      ? undefined
      : 'Publish the expert source first, so the contact record can point at it.'

    const handle = useCallback(async () => {
      if (inFlight.current || disabledReason) return
      inFlight.current = true
      setBusy(true)
      try {
        const contact = newContact(props.id, contactType)
        await client.createIfNotExists(contact)
        router.navigateIntent('edit', {id: contactIdFor(props.id), type: contactType})
      } catch (error) {
        toast.push({
          status: 'error',
          title: 'Could not open the contact details',
          description: (error as Error).message,
        })
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    }, [client, disabledReason, props.id, router, toast])

    return {
      label: busy ? 'Opening contact details…' : 'Add contact details',
      icon: LockIcon,
      disabled: busy || Boolean(disabledReason),
      title: disabledReason ?? 'Phone and e-mail, kept in a private record',
      onHandle: () => void handle(),
    }
  }
  useAddContactDetailsAction.displayName = 'useAddContactDetailsAction'
  useAddContactDetailsAction.action = 'addContactDetails' as const
  return useAddContactDetailsAction
}
