import type {DocumentActionComponent, DocumentBadgeComponent, PluginOptions, Tool} from 'sanity'
import {describe, expect, it} from 'vitest'

import {followUps} from './plugin'

type ActionsResolver = (
  prev: DocumentActionComponent[],
  context: {schemaType: string},
) => DocumentActionComponent[]
type BadgesResolver = (
  prev: DocumentBadgeComponent[],
  context: {schemaType: string},
) => DocumentBadgeComponent[]
type ToolsResolver = (prev: Tool[]) => Tool[]

const builtIn = (action: string): DocumentActionComponent => {
  const hook = (() => ({label: action})) as unknown as DocumentActionComponent
  hook.action = action as DocumentActionComponent['action']
  return hook
}
const duplicate = builtIn('duplicate')
const publish = builtIn('publish')
const del = builtIn('delete')
const existingBadge = (() => null) as DocumentBadgeComponent

function resolve(options?: Parameters<typeof followUps>[0]) {
  const plugin = followUps(options) as PluginOptions
  const document = plugin.document as {actions: ActionsResolver; badges: BadgesResolver}
  return {
    plugin,
    actions: (schemaType: string, prev = [duplicate, publish, del]) =>
      document.actions(prev, {schemaType}),
    badges: (schemaType: string) => document.badges([existingBadge], {schemaType}),
    tools: () => (plugin.tools as ToolsResolver)([]),
  }
}

const names = (hooks: {displayName?: string; action?: string}[]) =>
  hooks.map((hook) => hook.displayName ?? hook.action)

describe('followUps plugin configuration', () => {
  it('is named and adds the Follow-ups tool', () => {
    const {plugin, tools} = resolve()
    expect(plugin.name).toBe('follow-ups')
    expect(tools()).toMatchObject([{name: 'follow-ups', title: 'Follow-ups'}])
    expect(tools()[0]?.options).toMatchObject({timeZone: 'America/New_York'})
  })

  it('adds its two actions to commitments right after Publish, found by action name', () => {
    expect(names(resolve().actions('commitment'))).toEqual([
      'duplicate',
      'publish',
      'useStartFollowUpStoryAction',
      'useSuggestFollowUpDatesAction',
      'delete',
    ])
    // Publish moved: the actions still follow it.
    expect(names(resolve().actions('commitment', [publish, duplicate]))).toEqual([
      'publish',
      'useStartFollowUpStoryAction',
      'useSuggestFollowUpDatesAction',
      'duplicate',
    ])
    // No Publish at all (e.g. a live-edit type): appended.
    expect(names(resolve().actions('commitment', [del]))).toEqual([
      'delete',
      'useStartFollowUpStoryAction',
      'useSuggestFollowUpDatesAction',
    ])
  })

  it('registers its actions under stable action keys', () => {
    const [, , start, suggest] = resolve().actions('commitment')
    expect(start?.action).toBe('startFollowUpStory')
    expect(suggest?.action).toBe('suggestFollowUpDates')
  })

  it.each(['article', 'agreement', 'quote', 'sourceContact'])(
    'leaves %s actions and badges untouched',
    (type) => {
      const prev = [duplicate, publish, del]
      expect(resolve().actions(type, prev)).toBe(prev)
      expect(resolve().badges(type)).toEqual([existingBadge])
    },
  )

  it('adds the overdue and due-soon badges to commitments', () => {
    expect(names(resolve().badges('commitment'))).toEqual([
      undefined,
      'useFollowUpOverdueBadge',
      'useFollowUpDueSoonBadge',
    ])
  })

  it('can leave the tool out and still serves commitments', () => {
    const {actions, badges, tools} = resolve({tool: {enabled: false}})
    expect(names(actions('commitment'))).toContain('useStartFollowUpStoryAction')
    expect(badges('commitment')).toHaveLength(3)
    expect(tools()).toEqual([])
  })

  it('rejects bad options when the plugin is created, naming it', () => {
    expect(() => followUps({timeZone: 'Newsroom/Standard'})).toThrow(
      '[follow-ups] options.timeZone must be an IANA time zone',
    )
  })
})
