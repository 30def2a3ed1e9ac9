import {Box, Button, Dialog, Flex, Stack, Text, TextArea, TextInput} from '@sanity/ui'
import {useToast} from '@sanity/ui/toast'
import {type ChangeEvent, useState} from 'react'

import {isCalendarDate} from '../lib/calendarDate'
import type {FollowUpRow} from '../lib/followUpRows'
import {patchFollowUp} from '../hooks/patchFollowUp'
import {useFollowUpsClient} from '../hooks/useFollowUpsClient'

export type RowAction = 'done' | 'skipped' | 'reschedule' | 'assign'

const TITLES: Record<RowAction, string> = {
  done: 'Mark follow-up done',
  skipped: 'Skip follow-up',
  reschedule: 'Reschedule follow-up',
  assign: 'Assign follow-up',
}

interface Props {
  row: FollowUpRow
  action: RowAction
  onClose: () => void
}

/** One dialog for the four row actions; each is one patch on `followUps[_key==…]`. */
export function RowActionDialog({row, action, onClose}: Props) {
  const client = useFollowUpsClient()
  const toast = useToast()
  const [value, setValue] = useState(
    action === 'reschedule' ? (row.dueDate ?? '') : action === 'assign' ? (row.assignee ?? '') : '',
  )
  const [busy, setBusy] = useState(false)
  const invalid = action === 'reschedule' && !isCalendarDate(value)

  const fields = (): Record<string, unknown> => {
    if (action === 'done' || action === 'skipped') {
      return value.trim() ? {state: action, note: value.trim()} : {state: action}
    }
    if (action === 'reschedule')
      return {date: value, state: row.state === 'inProgress' ? 'inProgress' : 'planned'}
    return {assignee: value.trim()}
  }

  const save = async () => {
    if (busy || invalid || !row.followUpKey) return
    setBusy(true)
    try {
      await patchFollowUp(client, row.commitmentId, row.followUpKey, fields())
      toast.push({
        status: 'success',
        title: `${TITLES[action]}: saved`,
        description: row.commitmentTitle,
      })
      onClose()
    } catch (error) {
      toast.push({
        status: 'error',
        title: `${TITLES[action]} failed`,
        description: (error as Error).message,
      })
      setBusy(false)
    }
  }

  const id = `follow-up-action-${row.id}`
  return (
    <Dialog
      id={id}
      header={TITLES[action]}
      onClose={busy ? undefined : onClose}
      width={1}
      footer={
        <Flex justify="flex-end" gap={2} padding={3}>
          <Button mode="ghost" text="Cancel" onClick={onClose} disabled={busy} />
          <Button
            tone={action === 'skipped' ? 'caution' : 'primary'}
            text={busy ? 'Saving…' : 'Save'}
            onClick={save}
            disabled={busy || invalid}
            loading={busy}
            title={invalid ? 'Enter a date as YYYY-MM-DD' : undefined}
          />
        </Flex>
      }
    >
      <Box padding={4}>
        <Stack gap={3}>
          <Text size={1} muted>
            {row.commitmentTitle}
            {row.dueDate ? ` · due ${row.dueDate}` : ''}
            {row.reason ? ` · ${row.reason}` : ''}
          </Text>
          <Text as="label" htmlFor={`${id}-input`} size={1} weight="medium">
            {action === 'reschedule'
              ? 'New date'
              : action === 'assign'
                ? 'Assignee'
                : 'Note (what was found, or why skipped)'}
          </Text>
          {action === 'done' || action === 'skipped' ? (
            <TextArea
              id={`${id}-input`}
              rows={3}
              value={value}
              onChange={(event: ChangeEvent<HTMLTextAreaElement>) =>
                setValue(event.currentTarget.value)
              }
            />
          ) : (
            <TextInput
              id={`${id}-input`}
              type={action === 'reschedule' ? 'date' : 'text'}
              value={value}
              placeholder={action === 'assign' ? 'Name or e-mail' : 'YYYY-MM-DD'}
              onChange={(event: ChangeEvent<HTMLInputElement>) =>
                setValue(event.currentTarget.value)
              }
            />
          )}
        </Stack>
      </Box>
    </Dialog>
  )
}
