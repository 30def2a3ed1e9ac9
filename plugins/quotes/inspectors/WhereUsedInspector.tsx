import {CloseIcon} from '@sanity/icons/Close'
import {Box, Button, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import type {DocumentInspectorProps} from 'sanity'
import {IntentLink} from 'sanity/router'

import {useLiveQuery} from '../hooks/useLiveQuery'
import {
  SOURCE_PERSON_QUERY,
  WHERE_USED_QUERY,
  whereUsedParams,
  whereUsedRows,
  type WhereUsedArticle,
} from '../lib/whereUsed'

export interface WhereUsedListProps {
  documentId: string
  articleType: string
}

/**
 * The articles that embed this quote, or quote this expert source, through a GROQ
 * `references()` query that the document store keeps live. Drafts are included.
 */
export function WhereUsedList({documentId, articleType}: WhereUsedListProps) {
  const person = useLiveQuery<string | null>(SOURCE_PERSON_QUERY, whereUsedParams(documentId), {
    perspective: 'raw',
  })
  const {data, loading, error} = useLiveQuery<WhereUsedArticle[]>(
    WHERE_USED_QUERY,
    whereUsedParams(documentId, person.data),
    {perspective: 'raw', enabled: !person.loading},
  )
  if (loading || person.loading) {
    return (
      <Flex justify="center" padding={4}>
        <Spinner muted />
      </Flex>
    )
  }
  if (error) {
    return (
      <Card tone="critical" padding={3} radius={2}>
        <Text size={1}>Could not look up the articles: {error.message}</Text>
      </Card>
    )
  }
  const rows = whereUsedRows(data ?? [])
  if (rows.length === 0) {
    return (
      <Text size={1} muted>
        No article uses this yet.
      </Text>
    )
  }
  return (
    <Stack gap={3}>
      <Text size={1} muted>
        {rows.length === 1 ? 'Used in 1 article' : `Used in ${rows.length} articles`}
      </Text>
      <Stack gap={2} as="ul" aria-label="Articles" style={{padding: 0, margin: 0}}>
        {rows.map((row) => (
          <Card key={row.publishedId} as="li" padding={3} radius={2} border>
            <Stack gap={2}>
              <Text size={1} weight="medium">
                <IntentLink intent="edit" params={{id: row.publishedId, type: articleType}}>
                  {row.headline || 'Untitled article'}
                </IntentLink>
              </Text>
              <Text size={1} muted>
                {[
                  row.publishedAt ? `Published ${row.publishedAt.slice(0, 10)}` : 'Not published',
                  row.isDraft ? 'has unpublished changes' : undefined,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  )
}

/** The "Where used" inspector on quotes and expert sources. */
export function WhereUsedInspector(props: DocumentInspectorProps & {articleType: string}) {
  return (
    <Flex direction="column" height="fill">
      <Card borderBottom padding={2}>
        <Flex align="center" gap={2}>
          <Box flex={1} paddingLeft={2}>
            <Text as="h2" size={1} weight="semibold">
              Where used
            </Text>
          </Box>
          <Button icon={CloseIcon} mode="bleed" aria-label="Close" onClick={props.onClose} />
        </Flex>
      </Card>
      <Box padding={4} flex={1} overflow="auto">
        <WhereUsedList documentId={props.documentId} articleType={props.articleType} />
      </Box>
    </Flex>
  )
}
