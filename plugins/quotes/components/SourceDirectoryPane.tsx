import {Badge, Box, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {usePaneRouter} from 'sanity/structure'

import {useLiveQuery} from '../hooks/useLiveQuery'
import {
  directoryRow,
  sourceDirectoryQuery,
  type DirectoryFilter,
  type DirectoryRowData,
} from '../lib/sourceDirectory'

export interface SourceDirectoryPaneProps {
  options?: DirectoryFilter
  childItemId?: string
}

/**
 * The source directory: one row per expert source with current title and organisation,
 * previous organisations, expertise, and how often and when the desk last quoted them
 * (counted by GROQ over the quote records). A row opens the source beside the list.
 */
export function SourceDirectoryPane({options, childItemId}: SourceDirectoryPaneProps) {
  const {ChildLink} = usePaneRouter()
  const {query, params} = sourceDirectoryQuery(options ?? {})
  const {data, loading, error} = useLiveQuery<DirectoryRowData[]>(query, params)
  if (loading && !data) {
    return (
      <Flex justify="center" padding={5}>
        <Spinner muted />
      </Flex>
    )
  }
  if (error) {
    return (
      <Card tone="critical" padding={4}>
        <Text size={1}>Could not load the source directory: {error.message}</Text>
      </Card>
    )
  }
  const rows = (data ?? []).map(directoryRow)
  if (rows.length === 0) {
    return (
      <Box padding={4}>
        <Text size={1} muted>
          No expert sources here yet.
        </Text>
      </Box>
    )
  }
  return (
    <Stack as="ul" gap={1} padding={2} style={{margin: 0, listStyle: 'none'}}>
      {rows.map((row) => (
        <li key={row.id}>
          <Card
            as={ChildLink}
            childId={row.id}
            padding={3}
            radius={2}
            selected={childItemId === row.id}
            pressed={childItemId === row.id}
            data-testid={`source-row-${row.id}`}
          >
            <Stack gap={2}>
              <Flex gap={2} align="center">
                <Text size={1} weight="semibold">
                  {row.name}
                </Text>
                {row.doNotQuote ? (
                  <Badge tone="critical" fontSize={0}>
                    Do not quote
                  </Badge>
                ) : null}
              </Flex>
              {row.current ? (
                <Text size={1} muted>
                  {row.current}
                </Text>
              ) : null}
              {row.formerly ? (
                <Text size={1} muted>
                  {row.formerly}
                </Text>
              ) : null}
              {row.expertise ? (
                <Text size={0} muted>
                  {row.expertise}
                </Text>
              ) : null}
              <Text size={0} muted>
                {row.quoted}
              </Text>
            </Stack>
          </Card>
        </li>
      ))}
    </Stack>
  )
}
