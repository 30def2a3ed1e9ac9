import type {DocumentActionComponent, PluginOptions} from 'sanity'
import {describe, expect, it} from 'vitest'

import {quotes} from './plugin'

type Actions = (
  prev: DocumentActionComponent[],
  context: {schemaType: string},
) => DocumentActionComponent[]
type Inspectors = (prev: {name: string}[], context: {documentType: string}) => {name: string}[]
type NewDocumentOptions = (prev: {templateId: string}[], context: object) => {templateId: string}[]

const builtIn = (action: string): DocumentActionComponent => {
  const hook = (() => ({label: action})) as unknown as DocumentActionComponent
  hook.action = action as DocumentActionComponent['action']
  return hook
}
const publish = builtIn('publish')
const del = builtIn('delete')

function resolve(options?: Parameters<typeof quotes>[0]) {
  const plugin = quotes(options) as PluginOptions
  const document = plugin.document as unknown as {
    actions: Actions
    inspectors: Inspectors
    newDocumentOptions: NewDocumentOptions
  }
  return {
    plugin,
    actions: (schemaType: string) => document.actions([publish, del], {schemaType}),
    inspectors: (documentType: string) => document.inspectors([], {documentType}),
    templates: (ids: string[]) =>
      document
        .newDocumentOptions(
          ids.map((templateId) => ({templateId})),
          {},
        )
        .map((t) => t.templateId),
  }
}
const names = (hooks: {displayName?: string; action?: string}[]) =>
  hooks.map((hook) => hook.displayName ?? hook.action)

describe('quotes plugin configuration', () => {
  it('puts Verify right after Publish on quotes, found by action name', () => {
    expect(names(resolve().actions('quote'))).toEqual(['publish', 'useVerifyQuoteAction', 'delete'])
  })
  it('adds Contact details to expert sources', () => {
    expect(names(resolve().actions('expertSource'))).toEqual([
      'publish',
      'delete',
      'useAddContactDetailsAction',
    ])
  })
  it('wraps Publish on articles with the quote snapshot, once per action', () => {
    const {actions} = resolve()
    const first = actions('article')
    expect(names(first)).toEqual(['useSnapshotPublishAction', 'delete'])
    expect(first[0]!.action).toBe('publish')
    expect(actions('article')[0]).toBe(first[0])
  })
  it('leaves other types untouched', () => {
    const {actions, inspectors} = resolve()
    const prev = [publish, del]
    expect(actions('agreement')).toEqual(prev)
    expect(inspectors('article')).toEqual([])
  })
  it('adds Where used to quotes and expert sources', () => {
    const {inspectors} = resolve()
    expect(inspectors('quote').map((i) => i.name)).toEqual(['quotes-where-used'])
    expect(inspectors('expertSource').map((i) => i.name)).toEqual(['quotes-where-used'])
  })
  it('keeps contact records out of the create menus', () => {
    expect(resolve().templates(['quote', 'sourceContact', 'person'])).toEqual(['quote', 'person'])
  })
  it('honours the toggles', () => {
    const off = resolve({
      verify: {enabled: false},
      contacts: {enabled: false},
      whereUsed: {enabled: false},
      publishSnapshot: {enabled: false},
    })
    expect(names(off.actions('quote'))).toEqual(['publish', 'delete'])
    expect(names(off.actions('expertSource'))).toEqual(['publish', 'delete'])
    expect(names(off.actions('article'))).toEqual(['publish', 'delete'])
    expect(off.inspectors('quote')).toEqual([])
  })
})
