import {describe, expect, it} from 'vitest'

import {applyPerspective, defaultPerspective, layerOf, parsePerspective} from './perspective'
import {HttpError} from './types'

const docs = [
  {_id: 'a', _type: 'post', title: 'A published'},
  {_id: 'drafts.a', _type: 'post', title: 'A draft'},
  {_id: 'b', _type: 'post', title: 'B published'},
  {_id: 'drafts.c', _type: 'post', title: 'C draft only'},
  {_id: 'versions.r1.a', _type: 'post', title: 'A in release r1'},
]

describe('parsePerspective', () => {
  it('reads raw, drafts, published and stacks', () => {
    expect(parsePerspective('raw', '2025-10-01')).toBe('raw')
    expect(parsePerspective('drafts', '2025-10-01')).toEqual(['drafts'])
    expect(parsePerspective('previewDrafts', '2021-06-07')).toEqual(['drafts'])
    expect(parsePerspective('r1,drafts', 'X')).toEqual(['r1', 'drafts'])
    expect(parsePerspective(['r1', 'drafts'], 'X')).toEqual(['r1', 'drafts'])
  })

  it('defaults to raw before 2025-02-19 and to published from then on', () => {
    expect(parsePerspective(null, '2021-06-07')).toBe('raw')
    expect(parsePerspective('', '1')).toBe('raw')
    expect(parsePerspective(undefined, '2025-02-19')).toEqual(['published'])
    expect(defaultPerspective('X')).toEqual(['published'])
  })

  it('rejects bad input', () => {
    expect(() => parsePerspective('raw,drafts', 'X')).toThrow(HttpError)
    expect(() => parsePerspective('dr afts!', 'X')).toThrow(HttpError)
  })
})

describe('applyPerspective', () => {
  it('raw returns every document unchanged', () => {
    expect(applyPerspective(docs, 'raw')).toEqual(docs)
  })

  it('published hides drafts and versions', () => {
    const result = applyPerspective(docs, ['published'])
    expect(result.map((doc) => doc._id)).toEqual(['a', 'b'])
    expect(result[0]).not.toHaveProperty('_originalId')
  })

  it('drafts overlays drafts on published documents with _originalId', () => {
    const result = applyPerspective(docs, ['drafts'])
    const byId = Object.fromEntries(result.map((doc) => [doc._id, doc]))
    expect(Object.keys(byId).sort()).toEqual(['a', 'b', 'c'])
    expect(byId.a).toMatchObject({title: 'A draft', _originalId: 'drafts.a'})
    expect(byId.b).toMatchObject({title: 'B published', _originalId: 'b'})
    expect(byId.c).toMatchObject({title: 'C draft only', _originalId: 'drafts.c'})
  })

  it('release stacks put the release first, then drafts, then published', () => {
    const result = applyPerspective(docs, ['r1', 'drafts'])
    const byId = Object.fromEntries(result.map((doc) => [doc._id, doc]))
    expect(byId.a).toMatchObject({title: 'A in release r1', _originalId: 'versions.r1.a'})
    expect(byId.c?._originalId).toBe('drafts.c')
  })

  it('knows the layer of an id', () => {
    expect(layerOf('x')).toBe('published')
    expect(layerOf('drafts.x')).toBe('drafts')
    expect(layerOf('versions.r9.x')).toBe('r9')
  })
})
