import {describe, expect, it} from 'vitest'

import {applyActions} from './actions'
import {Dataset} from './dataset'
import {HttpError} from './types'

const EDIT = 'sanity.action.document.edit'
const PUBLISH = 'sanity.action.document.publish'

function run(ds: Dataset, actions: unknown[], transactionId?: string) {
  return ds.transact({transactionId}, (scope) => applyActions(scope, actions)).transaction
}

function status(fn: () => unknown): number | undefined {
  try {
    fn()
  } catch (err) {
    return err instanceof HttpError ? err.status : -1
  }
  return undefined
}

describe('actions', () => {
  it('creates a draft and fails or ignores when it exists', () => {
    const ds = new Dataset('t', [])
    const create = {
      actionType: 'sanity.action.document.create',
      publishedId: 'p1',
      attributes: {_id: 'drafts.p1', _type: 'post', title: 'New'},
      ifExists: 'fail',
    }
    run(ds, [create])
    expect(ds.get('drafts.p1')).toMatchObject({title: 'New', _type: 'post'})
    expect(status(() => run(ds, [create]))).toBe(409)
    expect(status(() => run(ds, [{...create, ifExists: 'ignore'}]))).toBeUndefined()
  })

  it('edit of a published-only document creates the draft from it (the no-op unset case)', () => {
    const ds = new Dataset('t', [
      {
        _id: 'p1',
        _type: 'post',
        _rev: 'r1',
        title: 'Published',
        _createdAt: '2020-01-01T00:00:00.000Z',
      },
    ])
    const tx = run(ds, [
      {
        actionType: EDIT,
        draftId: 'drafts.p1',
        publishedId: 'p1',
        patch: {unset: ['_empty_action_guard_pseudo_field_']},
      },
    ])
    expect(ds.get('drafts.p1')).toMatchObject({
      title: 'Published',
      _createdAt: '2020-01-01T00:00:00.000Z',
      _rev: tx.transactionId,
    })
    expect(ds.get('p1')?.title).toBe('Published')
    run(ds, [
      {actionType: EDIT, draftId: 'drafts.p1', publishedId: 'p1', patch: {set: {title: 'Edited'}}},
    ])
    expect(ds.get('drafts.p1')?.title).toBe('Edited')
  })

  it('edit fails when neither draft nor published exists', () => {
    const ds = new Dataset('t', [])
    expect(
      status(() =>
        run(ds, [{actionType: EDIT, draftId: 'drafts.x', publishedId: 'x', patch: {set: {a: 1}}}]),
      ),
    ).toBe(409)
  })

  it('publish copies the draft to the published id and deletes the draft', () => {
    const ds = new Dataset('t', [
      {_id: 'p1', _type: 'post', _rev: 'pub-rev', title: 'Old'},
      {_id: 'drafts.p1', _type: 'post', _rev: 'draft-rev', title: 'New'},
    ])
    const tx = run(ds, [
      {
        actionType: PUBLISH,
        draftId: 'drafts.p1',
        publishedId: 'p1',
        ifPublishedRevisionId: 'pub-rev',
      },
    ])
    expect(ds.get('p1')).toMatchObject({_id: 'p1', title: 'New', _rev: tx.transactionId})
    expect(ds.get('drafts.p1')).toBeNull()
    expect(tx.changes.map((change) => [change.id, change.after === null])).toEqual([
      ['p1', false],
      ['drafts.p1', true],
    ])
  })

  it('publish answers 409 on a revision mismatch or a missing draft, changing nothing', () => {
    const ds = new Dataset('t', [
      {_id: 'p1', _type: 'post', _rev: 'pub-rev', title: 'Old'},
      {_id: 'drafts.p1', _type: 'post', _rev: 'draft-rev', title: 'New'},
    ])
    const base = {actionType: PUBLISH, draftId: 'drafts.p1', publishedId: 'p1'}
    expect(status(() => run(ds, [{...base, ifPublishedRevisionId: 'stale'}]))).toBe(409)
    expect(status(() => run(ds, [{...base, ifDraftRevisionId: 'stale'}]))).toBe(409)
    expect(ds.get('p1')?.title).toBe('Old')
    expect(status(() => run(ds, [{...base, draftId: 'drafts.p2', publishedId: 'p2'}]))).toBe(409)
  })

  it('unpublish moves the published document to a draft', () => {
    const ds = new Dataset('t', [{_id: 'p1', _type: 'post', title: 'Live'}])
    run(ds, [
      {actionType: 'sanity.action.document.unpublish', draftId: 'drafts.p1', publishedId: 'p1'},
    ])
    expect(ds.get('p1')).toBeNull()
    expect(ds.get('drafts.p1')?.title).toBe('Live')
  })

  it('unpublish keeps an existing draft', () => {
    const ds = new Dataset('t', [
      {_id: 'p1', _type: 'post', title: 'Live'},
      {_id: 'drafts.p1', _type: 'post', title: 'Work in progress'},
    ])
    run(ds, [
      {actionType: 'sanity.action.document.unpublish', draftId: 'drafts.p1', publishedId: 'p1'},
    ])
    expect(ds.get('drafts.p1')?.title).toBe('Work in progress')
  })

  it('discard deletes the draft; delete removes published and drafts', () => {
    const ds = new Dataset('t', [
      {_id: 'p1', _type: 'post'},
      {_id: 'drafts.p1', _type: 'post'},
      {_id: 'p2', _type: 'post'},
      {_id: 'drafts.p2', _type: 'post'},
    ])
    run(ds, [{actionType: 'sanity.action.document.discard', draftId: 'drafts.p1'}])
    expect(ds.get('drafts.p1')).toBeNull()
    expect(ds.get('p1')).not.toBeNull()
    expect(
      status(() => run(ds, [{actionType: 'sanity.action.document.discard', draftId: 'drafts.p1'}])),
    ).toBe(409)
    run(ds, [
      {
        actionType: 'sanity.action.document.delete',
        publishedId: 'p2',
        includeDrafts: ['drafts.p2'],
      },
    ])
    expect(ds.all().map((doc) => doc._id)).toEqual(['p1'])
  })

  it('is atomic across several actions', () => {
    const ds = new Dataset('t', [{_id: 'drafts.p1', _type: 'post', title: 'Draft'}])
    expect(
      status(() =>
        run(ds, [
          {actionType: PUBLISH, draftId: 'drafts.p1', publishedId: 'p1'},
          {actionType: 'sanity.action.document.discard', draftId: 'drafts.nope'},
        ]),
      ),
    ).toBe(409)
    expect(ds.get('p1')).toBeNull()
    expect(ds.get('drafts.p1')?.title).toBe('Draft')
  })

  it('duplicates a document', () => {
    const ds = new Dataset('t', [{_id: 'p1', _type: 'post', title: 'Orig'}])
    run(ds, [
      {
        actionType: 'sanity.action.document.duplicate',
        fromId: 'p1',
        attributes: {_id: 'drafts.copy'},
      },
    ])
    expect(ds.get('drafts.copy')).toMatchObject({_type: 'post', title: 'Orig'})
  })

  it('answers 400 for unsupported and malformed actions', () => {
    const ds = new Dataset('t', [])
    expect(
      status(() =>
        run(ds, [{actionType: 'sanity.action.document.version.create', publishedId: 'x'}]),
      ),
    ).toBe(400)
    expect(status(() => run(ds, []))).toBe(400)
    expect(
      status(() => run(ds, [{actionType: EDIT, draftId: 'other', publishedId: 'x', patch: {}}])),
    ).toBe(400)
  })
})
