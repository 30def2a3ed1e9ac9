import type {DocumentBadgeComponent, DocumentBadgeDescription, DocumentBadgeProps} from 'sanity'

import {DUE_SOON_DAYS} from '../constants'
import {todayIn} from '../lib/calendarDate'
import {followUpAlerts} from '../lib/followUpAlerts'
import type {FollowUpsOptions} from '../types'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * "Follow-up overdue" and "Follow-up due soon" badges for commitments, counted with the tool's
 * lane logic on the newsroom's calendar day (not the browser's).
 */
export function defineFollowUpBadges(
  options: Pick<FollowUpsOptions, 'timeZone'>,
): DocumentBadgeComponent[] {
  const alertsFor = (props: DocumentBadgeProps) =>
    followUpAlerts(props.draft ?? props.published, todayIn(options.timeZone))

  function useFollowUpOverdueBadge(props: DocumentBadgeProps): DocumentBadgeDescription | null {
    const {overdue, firstOverdue} = alertsFor(props)
    if (overdue === 0) return null
    return {
      label: 'Follow-up overdue',
      title: `${plural(overdue, 'follow-up')} overdue, the oldest due ${firstOverdue}`,
      color: 'danger',
    }
  }
  useFollowUpOverdueBadge.displayName = 'useFollowUpOverdueBadge'

  function useFollowUpDueSoonBadge(props: DocumentBadgeProps): DocumentBadgeDescription | null {
    const {dueSoon, firstDueSoon} = alertsFor(props)
    if (dueSoon === 0) return null
    return {
      label: 'Follow-up due soon',
      title: `${plural(dueSoon, 'follow-up')} due within ${DUE_SOON_DAYS} days, the first on ${firstDueSoon}`,
      color: 'warning',
    }
  }
  useFollowUpDueSoonBadge.displayName = 'useFollowUpDueSoonBadge'

  return [useFollowUpOverdueBadge, useFollowUpDueSoonBadge]
}
