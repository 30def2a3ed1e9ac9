import type {Article, Commitment} from '../../types/sanity.types'
import {DEFAULT_SCHEDULING_RULES} from './lib/suggestFollowUps'
import type {FollowUpsOptions} from './types'

export const PLUGIN_NAME = 'follow-ups'

export const DEFAULT_OPTIONS: FollowUpsOptions = {
  timeZone: 'America/New_York',
  scheduling: DEFAULT_SCHEDULING_RULES,
  tool: {enabled: true, name: 'follow-ups', title: 'Follow-ups'},
}

/**
 * The desk's document types this capability serves. They are not options: the GROQ queries in
 * lib/ spell the type names out literally so that TypeGen can type their results, and they read
 * fields only the desk's schemas have. `satisfies` ties each name to the generated schema types.
 */
export const COMMITMENT_TYPE = 'commitment' satisfies Commitment['_type']
export const ARTICLE_TYPE = 'article' satisfies Article['_type']

/** Follow-ups due within this many days (and not overdue) count as "due soon". */
export const DUE_SOON_DAYS = 7

/** How many recent quotes about the agreement a follow-up story draft embeds. */
export const QUOTES_IN_STORY_DRAFT = 3
