import type {DocumentBadgeProps} from 'sanity'
import {afterEach, describe, expect, it, vi} from 'vitest'

import {defineFollowUpBadges} from './defineFollowUpBadges'

const [useOverdue, useDueSoon] = defineFollowUpBadges({timeZone: 'America/New_York'})

const props = (followUps: unknown[], status = 'inTheWorks') =>
  ({
    id: 'c',
    type: 'commitment',
    draft: null,
    published: {_id: 'c', status, followUps},
  }) as unknown as DocumentBadgeProps

afterEach(() => vi.useRealTimers())

describe('follow-up badges', () => {
  it('are hooks with names', () => {
    expect(useOverdue?.displayName).toBe('useFollowUpOverdueBadge')
    expect(useDueSoon?.displayName).toBe('useFollowUpDueSoonBadge')
  })

  it('count in the newsroom’s zone: 03:00 UTC on the 27th is still the 26th in New York', () => {
    vi.useFakeTimers({toFake: ['Date'], now: new Date('2026-11-27T03:00:00Z')})
    const doc = props([{_key: 'a', date: '2026-11-26', state: 'planned'}])
    expect(useOverdue?.(doc)).toBeNull()
    expect(useDueSoon?.(doc)).toEqual({
      label: 'Follow-up due soon',
      title: '1 follow-up due within 7 days, the first on 2026-11-26',
      color: 'warning',
    })
    vi.setSystemTime(new Date('2026-11-27T06:00:00Z'))
    expect(useOverdue?.(doc)).toEqual({
      label: 'Follow-up overdue',
      title: '1 follow-up overdue, the oldest due 2026-11-26',
      color: 'danger',
    })
  })

  it('stay quiet for done, skipped and far-off follow-ups', () => {
    vi.useFakeTimers({toFake: ['Date'], now: new Date('2026-11-26T15:00:00Z')})
    const doc = props([
      {_key: 'a', date: '2026-01-01', state: 'done'},
      {_key: 'b', date: '2026-02-01', state: 'skipped'},
      {_key: 'c', date: '2026-12-25', state: 'planned'},
    ])
    expect(useOverdue?.(doc)).toBeNull()
    expect(useDueSoon?.(doc)).toBeNull()
  })

  it('prefer the draft over the published document', () => {
    vi.useFakeTimers({toFake: ['Date'], now: new Date('2026-11-26T15:00:00Z')})
    const doc = {
      ...props([{_key: 'a', date: '2026-11-01'}]),
      draft: {_id: 'drafts.c', followUps: [{_key: 'a', date: '2026-11-01', state: 'done'}]},
    } as unknown as DocumentBadgeProps
    expect(useOverdue?.(doc)).toBeNull()
  })
})
