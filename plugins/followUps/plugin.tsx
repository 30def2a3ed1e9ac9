import {definePlugin} from 'sanity'

import {defineStartFollowUpStoryAction} from './actions/defineStartFollowUpStoryAction'
import {defineSuggestFollowUpDatesAction} from './actions/defineSuggestFollowUpDatesAction'
import {defineFollowUpBadges} from './badges/defineFollowUpBadges'
import {COMMITMENT_TYPE, PLUGIN_NAME} from './constants'
import {resolveOptions} from './lib/resolveOptions'
import {followUpsTool} from './tool/followUpsTool'
import type {FollowUpsPluginOptions} from './types'

/**
 * Follow-ups for measurable outcomes: the Follow-ups tool, "Start follow-up story" and
 * "Suggest follow-up dates" on commitments, and their overdue / due-soon badges.
 */
export const followUps = definePlugin<FollowUpsPluginOptions | void>((input) => {
  const options = resolveOptions(input)
  const startStory = defineStartFollowUpStoryAction()
  const suggestDates = defineSuggestFollowUpDatesAction(options)
  const badges = defineFollowUpBadges(options)

  return {
    name: PLUGIN_NAME,
    tools: (prev) => (options.tool.enabled ? [...prev, followUpsTool(options)] : prev),
    document: {
      actions: (prev, context) => {
        if (context.schemaType !== COMMITMENT_TYPE) return prev
        // After Publish, so the desk's own actions sit in the menu next to it.
        const publishIndex = prev.findIndex((action) => action.action === 'publish')
        const ours = [startStory, suggestDates]
        if (publishIndex === -1) return [...prev, ...ours]
        return [...prev.slice(0, publishIndex + 1), ...ours, ...prev.slice(publishIndex + 1)]
      },
      badges: (prev, context) =>
        context.schemaType === COMMITMENT_TYPE ? [...prev, ...badges] : prev,
    },
  }
})
