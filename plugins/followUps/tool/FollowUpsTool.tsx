import {Box, Card, Flex, Heading, Spinner, Stack, Text} from '@sanity/ui'
import {useMemo, useState} from 'react'
import {type Tool, useCurrentUser} from 'sanity'

import {COMMITMENT_TYPE, DEFAULT_OPTIONS} from '../constants'
import {useFollowUpCommitments} from '../hooks/useFollowUpCommitments'
import {useToday} from '../hooks/useToday'
import {LANE_TITLES, LANES} from '../lib/classifyFollowUps'
import {
  buildFollowUpRows,
  filterChoices,
  filterFollowUpRows,
  type FollowUpFilters as Filters,
  type FollowUpRow,
  toListItems,
} from '../lib/followUpRows'
import type {FollowUpsOptions} from '../types'
import {FollowUpFilters} from './FollowUpFilters'
import {FollowUpList} from './FollowUpList'
import {type RowAction, RowActionDialog} from './RowActionDialog'

/** The Follow-ups tool: every open check, lane by lane, live, with filters and row actions. */
export function FollowUpsTool({tool}: {tool: Tool<FollowUpsOptions>}) {
  const options = tool.options ?? DEFAULT_OPTIONS
  const {timeZone} = options
  const today = useToday(timeZone)
  const user = useCurrentUser()
  const {data, error} = useFollowUpCommitments()
  const [filters, setFilters] = useState<Filters>({})
  const [pending, setPending] = useState<{row: FollowUpRow; action: RowAction}>()

  const rows = useMemo(
    () => (data ? buildFollowUpRows(data, {today, timeZone}) : []),
    [data, today, timeZone],
  )
  const choices = useMemo(() => filterChoices(rows), [rows])
  const {items, counts} = useMemo(
    () => toListItems(filterFollowUpRows(rows, filters, user)),
    [rows, filters, user],
  )

  return (
    <Flex direction="column" height="fill" data-testid="follow-ups-tool">
      <Card paddingX={4} paddingY={3} borderBottom>
        <Stack gap={3}>
          <Heading as="h1" size={1}>
            {tool.title}
          </Heading>
          <Text size={1} muted>
            {LANES.map((lane) => `${LANE_TITLES[lane]}: ${counts[lane]}`).join(' · ')} · today is{' '}
            {today} ({timeZone})
          </Text>
        </Stack>
      </Card>
      <FollowUpFilters
        filters={filters}
        choices={choices}
        onChange={setFilters}
        canFilterMine={Boolean(user)}
      />
      {error && (
        <Card tone="critical" padding={3} role="alert">
          <Text size={1}>Could not load follow-ups: {error.message}</Text>
        </Card>
      )}
      <Box flex={1} style={{minHeight: 0}}>
        {data ? (
          <FollowUpList
            items={items}
            commitmentType={COMMITMENT_TYPE}
            onAction={(row, action) => setPending({row, action})}
          />
        ) : (
          !error && (
            <Flex padding={5} justify="center">
              <Spinner muted />
            </Flex>
          )
        )}
      </Box>
      {pending && (
        <RowActionDialog
          row={pending.row}
          action={pending.action}
          onClose={() => setPending(undefined)}
        />
      )}
    </Flex>
  )
}
