import {Badge, Card, Flex, Stack, Text} from '@sanity/ui'

import type {Evidence} from '../lib/analyzeInstrumentText'
import {evidenceInContext} from '../lib/evidenceInContext'

export interface EvidenceListProps {
  text: string
  evidence: readonly Evidence[]
  omittedByAnalyzer?: number
  limit?: number
}

/** The analyzer's strongest evidence, each phrase highlighted in its sentence. */
export function EvidenceList({text, evidence, omittedByAnalyzer, limit = 12}: EvidenceListProps) {
  const {snippets, omitted} = evidenceInContext(text, evidence, {limit, omittedByAnalyzer})
  if (snippets.length === 0) {
    return (
      <Text size={1} muted>
        No phrases in the text point either way.
      </Text>
    )
  }
  return (
    <Stack as="ul" gap={2} aria-label="Evidence in the text" style={{margin: 0, padding: 0}}>
      {snippets.map((snippet) => (
        <Card
          as="li"
          key={snippet.start}
          padding={2}
          radius={2}
          tone={snippet.direction === 'binding' ? 'positive' : 'caution'}
          border
          style={{listStyle: 'none'}}
        >
          <Stack gap={2}>
            <Flex>
              <Badge tone={snippet.direction === 'binding' ? 'positive' : 'caution'} fontSize={0}>
                {snippet.direction === 'binding' ? 'binding' : 'non-binding'}
              </Badge>
            </Flex>
            <Text size={1}>
              {snippet.before}
              <mark>{snippet.match}</mark>
              {snippet.after}
            </Text>
          </Stack>
        </Card>
      ))}
      {omitted > 0 && (
        <Text size={1} muted>
          and {omitted} more {omitted === 1 ? 'phrase' : 'phrases'}
        </Text>
      )}
    </Stack>
  )
}
