import {Stack, Text} from '@sanity/ui'

import {MILESTONE_KINDS, titleOfChoice} from '../lib/criteria'

export interface MilestoneValue {
  _key?: string
  kind?: unknown
  date?: unknown
  url?: unknown
  note?: unknown
}

const dateOf = (item: MilestoneValue) => (typeof item.date === 'string' ? item.date : '')

/** The instrument's milestones, oldest first. */
export function MilestoneList({milestones}: {milestones: readonly MilestoneValue[] | undefined}) {
  const sorted = [...(milestones ?? [])].sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
  if (sorted.length === 0) {
    return (
      <Text size={1} muted>
        No milestones recorded yet.
      </Text>
    )
  }
  return (
    <Stack as="ul" gap={3} aria-label="Milestones" style={{margin: 0, padding: 0}}>
      {sorted.map((item) => {
        const title = titleOfChoice(MILESTONE_KINDS, item.kind) || 'Milestone'
        const url = typeof item.url === 'string' && /^https?:\/\//.test(item.url) ? item.url : ''
        return (
          <Stack
            as="li"
            key={item._key ?? `${String(item.kind)}@${dateOf(item)}`}
            gap={2}
            style={{listStyle: 'none'}}
          >
            <Text size={1} weight="medium">
              {dateOf(item) || 'Undated'} · {url ? <a href={url}>{title}</a> : title}
            </Text>
            {typeof item.note === 'string' && item.note !== '' && (
              <Text size={1} muted>
                {item.note}
              </Text>
            )}
          </Stack>
        )
      })}
    </Stack>
  )
}
