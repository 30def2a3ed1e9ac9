import {CheckmarkIcon} from '@sanity/icons/Checkmark'
import {CloseIcon} from '@sanity/icons/Close'
import {UnknownIcon} from '@sanity/icons/Unknown'
import {Box, Flex, Stack, Text} from '@sanity/ui'

import {CRITERIA, type CriterionName} from '../lib/criteria'

export type CriteriaValue = Partial<
  Record<CriterionName, {answer?: unknown; note?: unknown} | null | undefined>
>

const ANSWERS = {
  yes: {Icon: CheckmarkIcon, label: 'Yes'},
  no: {Icon: CloseIcon, label: 'No'},
  unknown: {Icon: UnknownIcon, label: 'Unknown'},
} as const

/** The 22 CFR 181.2 checklist as the editor has answered it. */
export function CriteriaChecklist({criteria}: {criteria: CriteriaValue | null | undefined}) {
  return (
    <Stack as="ul" gap={3} aria-label="Criteria (22 CFR 181.2)" style={{margin: 0, padding: 0}}>
      {CRITERIA.map((criterion) => {
        const value = criteria?.[criterion.name]
        const answer = value?.answer === 'yes' || value?.answer === 'no' ? value.answer : 'unknown'
        const {Icon, label} = ANSWERS[answer]
        const note = typeof value?.note === 'string' ? value.note : undefined
        return (
          <Flex as="li" key={criterion.name} gap={2} align="flex-start" style={{listStyle: 'none'}}>
            <Text size={1} aria-hidden>
              <Icon />
            </Text>
            <Box flex={1}>
              <Stack gap={2}>
                <Text size={1} weight="medium">
                  {criterion.title}: {label}
                </Text>
                {note && (
                  <Text size={1} muted>
                    {note}
                  </Text>
                )}
              </Stack>
            </Box>
          </Flex>
        )
      })}
    </Stack>
  )
}
