import {Badge, Button, Card, Flex, Heading, Stack, Text} from '@sanity/ui'
import {useToast} from '@sanity/ui/toast'
import {type ReactNode, useCallback, useMemo} from 'react'

import {useDebouncedValue} from '../hooks/useDebouncedValue'
import {analyzeInstrumentText} from '../lib/analyzeInstrumentText'
import {compareWithSuggestion} from '../lib/compareWithSuggestion'
import {legalStatusLabel, legalStatusTone} from '../lib/legalStatusLabel'
import {CriteriaChecklist, type CriteriaValue} from './CriteriaChecklist'
import {EvidenceList} from './EvidenceList'
import {MilestoneList, type MilestoneValue} from './MilestoneList'

export interface LegalStatusValue {
  status?: unknown
  criteria?: CriteriaValue | null
  milestones?: MilestoneValue[]
}

export interface LegalStatusPanelProps {
  fullText: unknown
  legalStatus: LegalStatusValue | null | undefined
  debounceMs: number
  /** Sets `legalStatus.status`; called only when the editor clicks "Apply suggestion". */
  onApply: (status: 'binding' | 'nonBinding') => void
  /** Why the document cannot be edited, if it cannot. */
  readOnlyReason?: string
}

function Section({title, children}: {title: string; children: ReactNode}) {
  return (
    <Stack as="section" gap={3}>
      <Heading as="h3" size={0}>
        {title}
      </Heading>
      {children}
    </Stack>
  )
}

/**
 * The analyzer's suggestion for the full text beside the editor's assessment, with the
 * evidence, the criteria checklist and the milestones. The text is analyzed again once typing
 * pauses; the assessment changes only when the editor clicks "Apply suggestion".
 */
export function LegalStatusPanel({
  fullText,
  legalStatus,
  debounceMs,
  onApply,
  readOnlyReason,
}: LegalStatusPanelProps) {
  const toast = useToast()
  const text = typeof fullText === 'string' ? fullText : ''
  const settledText = useDebouncedValue(text, debounceMs)
  const updating = settledText !== text
  const hasText = settledText.trim() !== ''
  const assessment = useMemo(
    () => (hasText ? analyzeInstrumentText(settledText) : undefined),
    [hasText, settledText],
  )
  const comparison = compareWithSuggestion(legalStatus?.status, assessment, hasText)
  const suggested = comparison.suggested
  const disabledReason = readOnlyReason ?? comparison.disabledReason
  const canApply = comparison.canApply && !readOnlyReason

  const apply = useCallback(() => {
    if (!canApply || (suggested !== 'binding' && suggested !== 'nonBinding')) return
    onApply(suggested)
    toast.push({
      status: 'success',
      title: `Legal status set to ${legalStatusLabel(suggested)}`,
      description: 'Record the basis for it in the Legal status tab.',
    })
  }, [canApply, onApply, suggested, toast])

  return (
    <Stack gap={5} padding={4}>
      <Section title="Suggested by the text">
        {assessment ? (
          <Stack gap={3}>
            <Flex gap={2} align="center" wrap="wrap">
              <Badge tone={legalStatusTone(assessment.status).tone}>
                {legalStatusLabel(assessment.status)}
              </Badge>
              <Text size={1} muted>
                Confidence {Math.round(assessment.confidence * 100)}% ·{' '}
                {assessment.evidence.length + assessment.evidenceOmitted} phrases
                {updating ? ' · updating…' : ''}
              </Text>
            </Flex>
            <Flex gap={2} align="center" wrap="wrap">
              <Text size={1}>Your assessment:</Text>
              <Badge tone={legalStatusTone(comparison.current).tone}>
                {legalStatusLabel(comparison.current)}
              </Badge>
            </Flex>
          </Stack>
        ) : (
          <Text size={1} muted>
            {updating
              ? 'Reading the text…'
              : 'No full text to analyze. Paste the instrument’s text under Text and sources → Full text.'}
          </Text>
        )}
        {comparison.note && (
          <Card
            padding={3}
            radius={2}
            tone={comparison.noteKind === 'differs' ? 'caution' : 'primary'}
            border
            role="status"
          >
            <Text size={1}>{comparison.note}</Text>
          </Card>
        )}
        <Stack gap={2}>
          <Button
            text="Apply suggestion"
            tone="primary"
            mode="ghost"
            disabled={!canApply}
            title={
              canApply
                ? `Set the assessed status to ${legalStatusLabel(suggested)}`
                : disabledReason
            }
            onClick={apply}
          />
          {!canApply && disabledReason && (
            <Text size={1} muted>
              {disabledReason}
            </Text>
          )}
        </Stack>
      </Section>

      {assessment && (
        <Section title="Evidence in the text">
          <EvidenceList
            text={settledText}
            evidence={assessment.evidence}
            omittedByAnalyzer={assessment.evidenceOmitted}
          />
        </Section>
      )}

      <Section title="Criteria (22 CFR 181.2)">
        <CriteriaChecklist criteria={legalStatus?.criteria} />
      </Section>

      <Section title="Milestones">
        <MilestoneList milestones={legalStatus?.milestones} />
      </Section>
    </Stack>
  )
}
