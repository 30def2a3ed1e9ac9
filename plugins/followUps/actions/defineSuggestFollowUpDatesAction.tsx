import {CalendarIcon} from '@sanity/icons/Calendar'
import {useToast} from '@sanity/ui/toast'
import {useEffect, useState} from 'react'
import {
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
  useDocumentOperation,
} from 'sanity'

import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  FINAL_COMMITMENT_STATUSES,
  titleOf,
} from '../../../schemas/vocabulary'
import {useFollowUpsClient} from '../hooks/useFollowUpsClient'
import {followUpsFromSuggestions} from '../lib/adoptSuggestions'
import {todayIn} from '../lib/calendarDate'
import {type FollowUpSuggestion, suggestFollowUps} from '../lib/suggestFollowUps'
import type {FollowUpsOptions} from '../types'
import {SuggestFollowUpsDialogContent} from './SuggestFollowUpsDialogContent'

interface CommitmentDocument {
  status?: CommitmentStatus
  agreement?: {_ref?: string}
  measurableOutcome?: {deadlineKind?: string; deadline?: string}
  ratingHistory?: {date?: string}[]
  followUps?: {_key?: string; date?: string}[]
}

/** Why suggestions cannot be adopted for this document, or undefined when they can. */
export function suggestDisabledReason(doc: CommitmentDocument | null): string | undefined {
  if (!doc) return 'Save the commitment first.'
  if (doc.status && FINAL_COMMITMENT_STATUSES.includes(doc.status)) {
    return `The rating is final (${titleOf(COMMITMENT_STATUSES, doc.status)}): no follow-up is due.`
  }
  return undefined
}

/**
 * "Suggest follow-up dates": lists the scheduling rules' suggestions for this commitment and
 * appends the ones the editor ticks as planned follow-ups, in the draft like any edit. Existing
 * follow-ups, and the dates editors set, are never changed.
 */
export function defineSuggestFollowUpDatesAction(
  options: Pick<FollowUpsOptions, 'timeZone' | 'scheduling'>,
): DocumentActionComponent {
  function useSuggestFollowUpDatesAction(props: DocumentActionProps): DocumentActionDescription {
    const client = useFollowUpsClient()
    const toast = useToast()
    const {patch} = useDocumentOperation(props.id, props.type)
    const [open, setOpen] = useState(false)
    const [signed, setSigned] = useState<{date?: string; error?: string; loaded: boolean}>({
      loaded: false,
    })
    const doc = (props.draft ?? props.published) as CommitmentDocument | null
    const agreementId = doc?.agreement?._ref

    useEffect(() => {
      if (!open) return undefined
      let active = true
      setSigned({loaded: false})
      if (!agreementId) {
        setSigned({loaded: true})
        return undefined
      }
      client
        .fetch<string | null>(
          '*[_id == $id][0].signedDate',
          {id: agreementId},
          {perspective: 'published'},
        )
        .then((date) => active && setSigned({date: date ?? undefined, loaded: true}))
        .catch((error: Error) => active && setSigned({error: error.message, loaded: true}))
      return () => {
        active = false
      }
    }, [client, open, agreementId])

    const disabledReason =
      suggestDisabledReason(doc) ?? (patch.disabled ? 'The document is not ready yet.' : undefined)
    const followUps = doc?.followUps ?? []
    const result = signed.loaded
      ? suggestFollowUps(
          {
            signedDate: signed.date,
            deadline:
              doc?.measurableOutcome?.deadlineKind === 'date'
                ? doc.measurableOutcome.deadline
                : undefined,
            lastRatedDate: (doc?.ratingHistory ?? [])
              .map((entry) => entry?.date ?? '')
              .filter(Boolean)
              .sort()
              .pop(),
            plannedDates: followUps.map((item) => item?.date ?? '').filter(Boolean),
            today: todayIn(options.timeZone),
          },
          options.scheduling,
        )
      : undefined

    const adopt = (chosen: FollowUpSuggestion[]) => {
      const items = followUpsFromSuggestions(chosen, followUps)
      if (items.length > 0) {
        patch.execute([{setIfMissing: {followUps: []}}, {insert: {after: 'followUps[-1]', items}}])
        toast.push({
          status: 'success',
          title: items.length === 1 ? 'Added 1 follow-up' : `Added ${items.length} follow-ups`,
          description: 'Publish the commitment to put them on the desk’s calendar.',
        })
      }
      setOpen(false)
    }

    return {
      label: 'Suggest follow-up dates',
      icon: CalendarIcon,
      disabled: Boolean(disabledReason),
      title: disabledReason,
      onHandle: () => setOpen(true),
      dialog: open && {
        type: 'dialog',
        header: 'Suggested follow-up dates',
        onClose: () => setOpen(false),
        content: (
          <SuggestFollowUpsDialogContent
            suggestions={result?.suggestions}
            problems={result?.problems ?? []}
            error={signed.error}
            onAdopt={adopt}
            onCancel={() => setOpen(false)}
          />
        ),
      },
    }
  }
  useSuggestFollowUpDatesAction.displayName = 'useSuggestFollowUpDatesAction'
  useSuggestFollowUpDatesAction.action = 'suggestFollowUpDates' as const
  return useSuggestFollowUpDatesAction
}
