import {definePlugin} from 'sanity'

import {PLUGIN_NAME} from './constants'
import {defineLegalStatusBadge} from './badges/useLegalStatusBadge'
import {defineLegalStatusInspector} from './inspectors/defineLegalStatusInspector'
import {resolveOptions} from './lib/resolveOptions'
import type {LegalStatusPluginOptions} from './types'

/**
 * Binding or not: a badge on agreements, commitments and articles, and an inspector on
 * agreements that reads the text and suggests a status. The schema parts (assessment,
 * override, article lint) live in schemas/ and are documented in docs/legal-status.md.
 */
export const legalStatus = definePlugin<LegalStatusPluginOptions | void>((options) => {
  const {types, badges, inspector} = resolveOptions(options)
  const badgeTypes = new Set([types.agreement, types.commitment, types.article])
  const badge = defineLegalStatusBadge(types)
  const legalStatusInspector = defineLegalStatusInspector(inspector)

  return {
    name: PLUGIN_NAME,
    document: {
      badges: (prev, context) =>
        badges.enabled && badgeTypes.has(context.schemaType) ? [...prev, badge] : prev,
      inspectors: (prev, context) =>
        inspector.enabled && context.documentType === types.agreement
          ? [...prev, legalStatusInspector]
          : prev,
    },
  }
})
