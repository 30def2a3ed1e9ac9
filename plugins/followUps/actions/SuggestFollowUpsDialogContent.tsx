import {Box, Button, Checkbox, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {type ChangeEvent, useState} from 'react'

import type {FollowUpSuggestion} from '../lib/suggestFollowUps'

interface Props {
  suggestions: FollowUpSuggestion[] | undefined
  problems: string[]
  error?: string
  onAdopt: (chosen: FollowUpSuggestion[]) => void
  onCancel: () => void
}

/** The suggested dates with a checkbox each; nothing is added until the editor says so. */
export function SuggestFollowUpsDialogContent({
  suggestions,
  problems,
  error,
  onAdopt,
  onCancel,
}: Props) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set())
  if (error) {
    return (
      <Box padding={4}>
        <Text size={1}>Could not read the agreement: {error}</Text>
      </Box>
    )
  }
  if (!suggestions) {
    return (
      <Flex padding={5} justify="center">
        <Spinner muted />
      </Flex>
    )
  }
  const toggle = (date: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked
    setChosen((previous) => {
      const next = new Set(previous)
      if (checked) next.add(date)
      else next.delete(date)
      return next
    })
  }
  const picked = suggestions.filter((suggestion) => chosen.has(suggestion.date))
  return (
    <Box padding={4}>
      <Stack gap={4}>
        {suggestions.length === 0 ? (
          <Text size={1}>
            No new dates to suggest: the planned follow-ups already cover the rules.
          </Text>
        ) : (
          <Stack gap={3}>
            <Text size={1} muted>
              Tick the dates to add as planned follow-ups. Dates already planned are never changed.
            </Text>
            {suggestions.map((suggestion) => (
              <Flex as="label" key={suggestion.date} align="center" gap={3}>
                <Checkbox
                  checked={chosen.has(suggestion.date)}
                  onChange={toggle(suggestion.date)}
                  aria-label={`${suggestion.date}: ${suggestion.reason}`}
                />
                <Text size={1}>
                  <strong>{suggestion.date}</strong> · {suggestion.reason}
                </Text>
              </Flex>
            ))}
          </Stack>
        )}
        {problems.length > 0 && (
          <Stack gap={2}>
            {problems.map((problem) => (
              <Text key={problem} size={1} muted>
                {problem}
              </Text>
            ))}
          </Stack>
        )}
        <Flex justify="flex-end" gap={2}>
          <Button mode="ghost" text="Cancel" onClick={onCancel} />
          <Button
            tone="primary"
            text={picked.length === 1 ? 'Add 1 follow-up' : `Add ${picked.length} follow-ups`}
            disabled={picked.length === 0}
            onClick={() => onAdopt(picked)}
          />
        </Flex>
      </Stack>
    </Box>
  )
}
