import type {LegalStatusOptions} from './types'

export const PLUGIN_NAME = 'policy-desk/legal-status'

export const INSPECTOR_NAME = 'legal-status'

export const DEFAULT_OPTIONS: LegalStatusOptions = {
  types: {agreement: 'agreement', commitment: 'commitment', article: 'article'},
  badges: {enabled: true},
  inspector: {enabled: true, debounceMs: 300},
}

/** The longest pause the inspector may wait before re-analyzing: beyond this it feels stuck. */
export const MAX_DEBOUNCE_MS = 5000
