import {CloseIcon} from '@sanity/icons/Close'
import {Box, Button, Card, Flex, Text} from '@sanity/ui'
import {useCallback} from 'react'
import {type DocumentInspectorProps, PatchEvent, set, setIfMissing} from 'sanity'
import {useDocumentPane} from 'sanity/structure'

import {LegalStatusPanel, type LegalStatusValue} from '../components/LegalStatusPanel'

export interface LegalStatusInspectorProps extends DocumentInspectorProps {
  debounceMs: number
}

interface AgreementValue {
  fullText?: unknown
  legalStatus?: LegalStatusValue | null
}

/**
 * The inspector beside an agreement: reads the form's current value (unsaved edits included)
 * and writes through the form, so "Apply suggestion" behaves like an edit the editor made.
 */
export function LegalStatusInspector({onClose, debounceMs}: LegalStatusInspectorProps) {
  const {value, onChange, permissions, isDeleted} = useDocumentPane()
  const agreement = value as AgreementValue

  const onApply = useCallback(
    (status: 'binding' | 'nonBinding') => {
      onChange(
        PatchEvent.from([
          setIfMissing({_type: 'legalStatus'}, ['legalStatus']),
          set(status, ['legalStatus', 'status']),
        ]),
      )
    },
    [onChange],
  )

  const readOnlyReason = isDeleted
    ? 'The document has been deleted.'
    : permissions && !permissions.granted
      ? 'You do not have permission to edit this document.'
      : undefined

  return (
    <Flex direction="column" height="fill" overflow="hidden">
      <Card borderBottom paddingX={4} paddingY={3} flex="none">
        <Flex align="center" gap={2}>
          <Box flex={1}>
            <Text as="h2" size={1} weight="semibold">
              Legal status
            </Text>
          </Box>
          <Button
            icon={CloseIcon}
            mode="bleed"
            aria-label="Close legal status"
            title="Close"
            onClick={onClose}
          />
        </Flex>
      </Card>
      <Box flex={1} overflow="auto">
        <LegalStatusPanel
          fullText={agreement.fullText}
          legalStatus={agreement.legalStatus}
          debounceMs={debounceMs}
          onApply={onApply}
          readOnlyReason={readOnlyReason}
        />
      </Box>
    </Flex>
  )
}
