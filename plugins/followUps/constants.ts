import {DEFAULT_SCHEDULING_RULES} from './lib/suggestFollowUps'
import type {FollowUpsOptions} from './types'

export const PLUGIN_NAME = 'follow-ups'

export const DEFAULT_OPTIONS: FollowUpsOptions = {
  timeZone: 'America/New_York',
  scheduling: DEFAULT_SCHEDULING_RULES,
  types: {commitment: 'commitment', article: 'article', agreement: 'agreement', quote: 'quote'},
  tool: {enabled: true, name: 'follow-ups', title: 'Follow-ups'},
}

/** Follow-ups due within this many days (and not overdue) count as "due soon". */
export const DUE_SOON_DAYS = 7

/** How many recent quotes about the agreement a follow-up story draft embeds. */
export const QUOTES_IN_STORY_DRAFT = 3
