import {Badge, type BadgeTone, Box, Button, Card, Flex, Stack, Text} from '@sanity/ui'
import {IntentLink} from 'sanity/router'

import {BindingBadge} from '../components/BindingBadge'
import {describeAge, describeDue, type FollowUpRow} from '../lib/followUpRows'
import type {RowAction} from './RowActionDialog'

const LANE_TONES: Record<FollowUpRow['lane'], BadgeTone> = {
  overdue: 'critical',
  dueThisWeek: 'caution',
  dueIn30Days: 'primary',
  later: 'default',
  unscheduled: 'default',
}

interface Props {
  row: FollowUpRow
  commitmentType: string
  onAction: (row: FollowUpRow, action: RowAction) => void
}

const ACTIONS: {action: RowAction; text: string}[] = [
  {action: 'done', text: 'Done'},
  {action: 'skipped', text: 'Skip'},
  {action: 'reschedule', text: 'Reschedule'},
  {action: 'assign', text: 'Assign'},
]

/** One follow-up: the commitment (a link that opens it), its agreement, party, date, reason, people. */
export function FollowUpRowItem({row, commitmentType, onAction}: Props) {
  const parties = row.parties.map((party) => party.name).join(', ')
  return (
    <Card paddingX={4} paddingY={2} borderBottom data-testid="follow-up-row" data-row-id={row.id}>
      <Flex align="center" gap={3}>
        <Box flex={1} style={{minWidth: 0}}>
          <Stack gap={2}>
            <Flex align="center" gap={2}>
              <Badge tone={LANE_TONES[row.lane]} fontSize={0}>
                {row.dueDate ? `${row.dueDate} · ${describeDue(row.daysUntil)}` : 'No date'}
              </Badge>
              <Text size={1} weight="semibold" textOverflow="ellipsis">
                <IntentLink intent="edit" params={{id: row.commitmentId, type: commitmentType}}>
                  {row.commitmentTitle}
                </IntentLink>
              </Text>
            </Flex>
            <Flex align="center" gap={2} wrap="wrap">
              {row.agreement ? (
                <>
                  <Text size={1} muted textOverflow="ellipsis">
                    {row.agreement.title}
                  </Text>
                  <BindingBadge status={row.agreement.legalStatus} />
                </>
              ) : (
                <Text size={1} muted>
                  Standalone pledge
                </Text>
              )}
              {parties && (
                <Text size={1} muted>
                  · {parties}
                </Text>
              )}
            </Flex>
            <Text size={1} muted textOverflow="ellipsis">
              {[
                row.reason ?? (row.followUpKey ? 'No reason given' : 'Nothing scheduled'),
                row.followUpKey
                  ? row.assignee?.trim()
                    ? `Assignee: ${row.assignee}`
                    : 'Unassigned'
                  : undefined,
                `Rating: ${row.ratingTitle}`,
                `Updated ${describeAge(row.lastUpdateAgeDays)}${row.lastUpdateAgeDays ? ' ago' : ''}`,
                row.state === 'inProgress' ? 'Story in progress' : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        </Box>
        {row.followUpKey && (
          <Flex gap={1} wrap="wrap" justify="flex-end">
            {ACTIONS.map(({action, text}) => (
              <Button
                key={action}
                mode="ghost"
                fontSize={1}
                padding={2}
                text={text}
                aria-label={`${text}: ${row.commitmentTitle}`}
                onClick={() => onAction(row, action)}
              />
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  )
}
