import type {
  DocumentBadgeComponent,
  DocumentBadgesContext,
  DocumentInspector,
  DocumentInspectorContext,
} from 'sanity'
import {describe, expect, it} from 'vitest'

import {INSPECTOR_NAME, PLUGIN_NAME} from './constants'
import {legalStatus} from './plugin'
import type {LegalStatusPluginOptions} from './types'

type BadgesResolver = (prev: DocumentBadgeComponent[], ctx: DocumentBadgesContext) => unknown
type InspectorsResolver = (prev: DocumentInspector[], ctx: DocumentInspectorContext) => unknown

function resolvers(options?: LegalStatusPluginOptions) {
  const plugin = legalStatus(options)
  const document = plugin.document as {badges: BadgesResolver; inspectors: InspectorsResolver}
  const existingBadge = (() => null) as DocumentBadgeComponent
  const existingInspector = {name: 'validation', component: () => null} as DocumentInspector
  return {
    plugin,
    existingBadge,
    existingInspector,
    badges: (schemaType: string) =>
      document.badges([existingBadge], {
        schemaType,
      } as DocumentBadgesContext) as DocumentBadgeComponent[],
    inspectors: (documentType: string) =>
      document.inspectors([existingInspector], {
        documentType,
      } as DocumentInspectorContext) as DocumentInspector[],
  }
}

describe('the legal-status plugin', () => {
  it('is named after its capability', () => {
    expect(legalStatus().name).toBe(PLUGIN_NAME)
  })

  it.each(['agreement', 'commitment', 'article'])(
    'adds the legal-status badge to %s, after the badges already there',
    (type) => {
      const {badges, existingBadge} = resolvers()
      const result = badges(type)
      expect(result).toHaveLength(2)
      expect(result[0]).toBe(existingBadge)
      expect(result[1]?.displayName).toBe('useLegalStatusBadge')
    },
  )

  it.each(['quote', 'person', 'organization', 'expertSource', 'sourceContact'])(
    'returns the badges of %s untouched',
    (type) => {
      const {existingBadge} = resolvers()
      const prev = [existingBadge]
      const document = legalStatus().document as {badges: BadgesResolver}
      expect(document.badges(prev, {schemaType: type} as DocumentBadgesContext)).toBe(prev)
    },
  )

  it('adds the inspector to agreements only', () => {
    const {inspectors, existingInspector} = resolvers()
    expect(inspectors('agreement').map((inspector) => inspector.name)).toEqual([
      existingInspector.name,
      INSPECTOR_NAME,
    ])
    for (const type of ['commitment', 'article', 'quote']) {
      expect(inspectors(type)).toEqual([existingInspector])
    }
  })

  it('gives the inspector a menu item and a component', () => {
    const inspector = resolvers().inspectors('agreement')[1]
    expect(inspector?.component).toBeTypeOf('function')
    expect(inspector?.useMenuItem?.({documentId: 'a', documentType: 'agreement'})).toMatchObject({
      title: 'Legal status',
      showAsAction: true,
    })
  })

  it('serves renamed document types', () => {
    const {badges, inspectors} = resolvers({types: {agreement: 'instrument', article: 'story'}})
    expect(badges('instrument')).toHaveLength(2)
    expect(badges('story')).toHaveLength(2)
    expect(badges('article')).toHaveLength(1)
    expect(inspectors('instrument')).toHaveLength(2)
    expect(inspectors('agreement')).toHaveLength(1)
  })

  it('can leave out the badges or the inspector', () => {
    expect(resolvers({badges: {enabled: false}}).badges('agreement')).toHaveLength(1)
    expect(resolvers({inspector: {enabled: false}}).inspectors('agreement')).toHaveLength(1)
  })

  it('rejects bad options when the Studio configures it', () => {
    expect(() => legalStatus({inspector: {debounceMs: -5}})).toThrow(
      /^\[policy-desk\/legal-status\]/,
    )
  })
})
