import {definePlugin} from 'sanity'

import {followUps} from '../followUps'
import {legalStatus} from '../legalStatus'
import {quotes} from '../quotes'
import {PLUGIN_NAME} from './constants'
import {resolveOptions} from './resolveOptions'
import type {PolicyDeskPluginOptions} from './types'

/**
 * The desk's plugin. Each capability (legal status, follow-ups, quotes) is a plugin of its own
 * under plugins/<capability>/ and is composed here, so sanity.config.ts configures one thing.
 */
export const policyDesk = definePlugin<PolicyDeskPluginOptions | void>((options) => {
  resolveOptions(options)
  return {
    name: PLUGIN_NAME,
    plugins: [legalStatus(), followUps(), quotes()],
  }
})
