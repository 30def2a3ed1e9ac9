export {DEFAULT_OPTIONS} from './constants'
export {legalStatus} from './plugin'
export type {LegalStatusOptions, LegalStatusPluginOptions} from './types'
