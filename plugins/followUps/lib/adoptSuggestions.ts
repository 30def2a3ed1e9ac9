import type {FollowUpState} from '../../../schemas/vocabulary'
import {parseCalendarDate} from './calendarDate'
import type {FollowUpSuggestion} from './suggestFollowUps'

export interface NewFollowUp {
  _type: 'followUp'
  _key: string
  date: string
  reason: string
  state: FollowUpState
}

/**
 * Follow-ups to append for the suggestions an editor ticked. Dates already on the commitment
 * are never added again, and nothing existing is touched: the caller appends these.
 */
export function followUpsFromSuggestions(
  chosen: readonly FollowUpSuggestion[],
  existing: readonly {_key?: string; date?: string | null}[] = [],
): NewFollowUp[] {
  const dates = new Set(existing.map((item) => item?.date).filter(Boolean))
  const keys = new Set(existing.map((item) => item?._key).filter(Boolean))
  const added: NewFollowUp[] = []
  for (const suggestion of chosen) {
    if (!parseCalendarDate(suggestion.date) || dates.has(suggestion.date)) continue
    dates.add(suggestion.date)
    let key = `suggested-${suggestion.rule}-${suggestion.date}`.replace(/[^a-zA-Z0-9_-]+/g, '-')
    for (let n = 2; keys.has(key); n++) key = `${key}-${n}`
    keys.add(key)
    added.push({
      _type: 'followUp',
      _key: key,
      date: suggestion.date,
      reason: suggestion.reason,
      state: 'planned',
    })
  }
  return added
}
