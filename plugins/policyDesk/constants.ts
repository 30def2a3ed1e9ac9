import type {PolicyDeskOptions} from './types'

export const PLUGIN_NAME = 'policy-desk'

export const DEFAULT_OPTIONS: PolicyDeskOptions = {
  types: {agreement: 'agreement', commitment: 'commitment', article: 'article', quote: 'quote'},
}
