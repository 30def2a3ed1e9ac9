import type {QuotesOptions} from './types'

export const PLUGIN_NAME = 'policy-desk/quotes'

export const WHERE_USED_INSPECTOR = 'quotes-where-used'

/** Contact documents live under this path: unreadable without a token, even in a public dataset. */
export const PRIVATE_PREFIX = 'private.'

export const DEFAULT_OPTIONS: QuotesOptions = {
  types: {
    quote: 'quote',
    article: 'article',
    person: 'person',
    expertSource: 'expertSource',
    sourceContact: 'sourceContact',
  },
  verify: {enabled: true},
  whereUsed: {enabled: true},
  contacts: {enabled: true},
  publishSnapshot: {enabled: true},
}

/** How many quotes the picker lists for one search. */
export const PICKER_LIMIT = 25
