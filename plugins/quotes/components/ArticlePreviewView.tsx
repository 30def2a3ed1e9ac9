import {Badge, Box, Card, Container, Flex, Heading, Spinner, Stack, Text} from '@sanity/ui'
import {Fragment} from 'react'

import {useLiveQuery} from '../hooks/useLiveQuery'
import {
  ARTICLE_PREVIEW_QUERY,
  buildArticlePreview,
  previewParams,
  type PreviewAgreement,
  type PreviewQuote,
} from '../lib/articlePreview'

export interface ArticlePreviewViewProps {
  document: {displayed: Partial<Record<string, unknown>>}
}

interface PreviewData {
  quotes: PreviewQuote[]
  agreements: PreviewAgreement[]
}

/**
 * The "Preview" view beside an article's form: the article as a reader sees it, with the
 * quotes' current words and attributions and the binding flags of the agreements it covers.
 * It reads published quotes and agreements only, and nothing private.
 */
export function ArticlePreviewView({document}: ArticlePreviewViewProps) {
  const article = document.displayed
  const params = previewParams(article)
  const {data, loading, error} = useLiveQuery<PreviewData>(ARTICLE_PREVIEW_QUERY, params)
  if (loading && !data) {
    return (
      <Flex justify="center" padding={5}>
        <Spinner muted />
      </Flex>
    )
  }
  const model = buildArticlePreview(article, data?.quotes ?? [], data?.agreements ?? [])
  return (
    <Container width={1} padding={4} data-testid="article-preview">
      <Stack gap={5}>
        {error ? (
          <Card tone="critical" padding={3} radius={2}>
            <Text size={1}>Could not load the quotes: {error.message}</Text>
          </Card>
        ) : null}
        <Stack gap={3}>
          <Heading as="h1" size={4}>
            {model.headline || 'Untitled article'}
          </Heading>
          {model.dek ? (
            <Text size={2} muted>
              {model.dek}
            </Text>
          ) : null}
          {model.flags.length > 0 ? (
            <Flex gap={2} wrap="wrap" aria-label="Agreements covered">
              {model.flags.map((flag) => (
                <Badge key={flag.id} tone={flag.tone} fontSize={1}>
                  {flag.name}: {flag.label}
                </Badge>
              ))}
            </Flex>
          ) : null}
        </Stack>
        <Stack gap={4}>
          {model.blocks.map((block) =>
            block.kind === 'quote' ? (
              <Card key={block.key} as="blockquote" paddingLeft={4} borderLeft>
                {block.problem ? (
                  <Text size={2} style={{color: 'var(--card-badge-critical-fg-color)'}}>
                    [{block.problem}]
                  </Text>
                ) : (
                  <Stack gap={2}>
                    <Text size={3}>“{block.text},”</Text>
                    <Text size={1} muted>
                      {block.attribution}
                    </Text>
                  </Stack>
                )}
              </Card>
            ) : (
              <Box key={block.key}>
                <Text size={2} as="p" weight={block.style.startsWith('h') ? 'semibold' : undefined}>
                  {block.segments.map((segment) =>
                    segment.kind === 'text' ? (
                      <Fragment key={segment.key}>{segment.text}</Fragment>
                    ) : segment.problem ? (
                      <strong key={segment.key}>[{segment.problem}]</strong>
                    ) : (
                      <q key={segment.key} title={segment.attribution}>
                        {segment.text},
                      </q>
                    ),
                  )}
                </Text>
              </Box>
            ),
          )}
        </Stack>
      </Stack>
    </Container>
  )
}
