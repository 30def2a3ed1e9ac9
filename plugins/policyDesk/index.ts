export {DEFAULT_OPTIONS} from './constants'
export {policyDesk} from './plugin'
export type {PolicyDeskOptions, PolicyDeskPluginOptions} from './types'
