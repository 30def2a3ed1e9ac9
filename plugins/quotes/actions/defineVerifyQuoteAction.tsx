import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {Button, Flex, Stack, Text} from '@sanity/ui'
import {useCallback, useState} from 'react'
import {
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
} from 'sanity'

import {useVerifyQuote} from '../hooks/useVerifyQuote'
import {
  methodDisabledReason,
  verifyDisabledReason,
  VERIFY_METHODS,
  type VerifiableQuote,
  type VerifyMethod,
} from '../lib/verifyQuote'

/**
 * "Verify": records who checked the quote (the current Studio user), how (recording,
 * transcript or published text) and when, in one click from a small dialog. The record is
 * written to the published quote and to its draft, if any, in one transaction, so articles
 * see it at once without a second publish.
 */
export function defineVerifyQuoteAction(): DocumentActionComponent {
  function useVerifyQuoteAction(props: DocumentActionProps): DocumentActionDescription {
    const {verify: recordVerification, busy, userName} = useVerifyQuote()
    const [open, setOpen] = useState(false)

    const quote = (props.draft ?? props.published) as VerifiableQuote | null
    const disabledReason = verifyDisabledReason({
      quote,
      isPublished: Boolean(props.published),
      userName,
    })

    const verify = useCallback(
      async (method: VerifyMethod) => {
        if (disabledReason) return
        if (await recordVerification(props.id, method)) setOpen(false)
      },
      [disabledReason, props.id, recordVerification],
    )

    return {
      label: busy ? 'Verifying…' : 'Verify',
      icon: CheckmarkCircleIcon,
      disabled: busy || Boolean(disabledReason),
      title: disabledReason ?? 'Record who verified the quote, how and when',
      onHandle: () => setOpen(true),
      dialog: open
        ? {
            type: 'dialog',
            header: 'Verify quote',
            onClose: () => setOpen(false),
            content: (
              <Stack gap={4}>
                <Text size={1}>
                  How did you check the words? This records you ({userName}) and the time.
                </Text>
                <Flex direction="column" gap={2}>
                  {VERIFY_METHODS.map((method) => {
                    const reason = methodDisabledReason(quote, method.value)
                    return (
                      <Button
                        key={method.value}
                        text={method.title}
                        mode="ghost"
                        disabled={busy || Boolean(reason)}
                        title={reason}
                        onClick={() => void verify(method.value)}
                      />
                    )
                  })}
                </Flex>
              </Stack>
            ),
          }
        : null,
    }
  }
  useVerifyQuoteAction.displayName = 'useVerifyQuoteAction'
  useVerifyQuoteAction.action = 'verifyQuote' as const
  return useVerifyQuoteAction
}

declare module 'sanity' {
  interface DocumentActionKeys {
    verifyQuote: never
    addContactDetails: never
  }
}
