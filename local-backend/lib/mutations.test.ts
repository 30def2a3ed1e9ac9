import {describe, expect, it} from 'vitest'

import {Dataset} from './dataset'
import {applyMutations} from './mutations'
import {HttpError} from './types'

function dataset() {
  return new Dataset('test', [{_id: 'a', _type: 'post', _rev: 'rev-a', title: 'A', count: 1}])
}

describe('applyMutations', () => {
  it('creates, patches and reports operations', () => {
    const ds = dataset()
    const {result, transaction} = ds.transact({transactionId: 'tx1'}, (scope) =>
      applyMutations(scope, [
        {create: {_id: 'b', _type: 'post', title: 'B'}},
        {createIfNotExists: {_id: 'a', _type: 'post', title: 'ignored'}},
        {createOrReplace: {_id: 'c', _type: 'post'}},
        {patch: {id: 'a', set: {title: 'A2'}, inc: {count: 2}}},
      ]),
    )
    expect(result).toEqual([
      {id: 'b', operation: 'create'},
      {id: 'a', operation: 'none'},
      {id: 'c', operation: 'create'},
      {id: 'a', operation: 'update'},
    ])
    expect(ds.get('a')).toMatchObject({title: 'A2', count: 3, _rev: 'tx1'})
    expect(ds.get('b')).toMatchObject({
      _rev: 'tx1',
      _createdAt: transaction.timestamp,
      _updatedAt: transaction.timestamp,
    })
    // A patch-only change is reported to listeners as the patch itself.
    expect(transaction.changes.find((change) => change.id === 'a')?.mutations).toEqual([
      {patch: {id: 'a', set: {title: 'A2'}, inc: {count: 2}}},
    ])
  })

  it('generates ids, also for a prefix ending in a dot', () => {
    const ds = dataset()
    const {result} = ds.transact({}, (scope) =>
      applyMutations(scope, [{create: {_type: 'post'}}, {create: {_id: 'drafts.', _type: 'post'}}]),
    )
    expect(result[0]?.id).toMatch(/^[A-Za-z0-9]{10,}$/)
    expect(result[1]?.id).toMatch(/^drafts\.[A-Za-z0-9]{10,}$/)
  })

  it('answers 409 for a stale ifRevisionID and changes nothing', () => {
    const ds = dataset()
    let error: unknown
    try {
      ds.transact({}, (scope) =>
        applyMutations(scope, [
          {create: {_id: 'b', _type: 'post'}},
          {patch: {id: 'a', ifRevisionID: 'stale', set: {title: 'X'}}},
        ]),
      )
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).status).toBe(409)
    expect(ds.get('b')).toBeNull()
    expect(ds.get('a')?.title).toBe('A')
  })

  it('accepts a matching ifRevisionID', () => {
    const ds = dataset()
    ds.transact({}, (scope) =>
      applyMutations(scope, [{patch: {id: 'a', ifRevisionID: 'rev-a', set: {title: 'ok'}}}]),
    )
    expect(ds.get('a')?.title).toBe('ok')
  })

  it('rejects create on an existing id (409) and patch of a missing document (409)', () => {
    const ds = dataset()
    expect(() =>
      ds.transact({}, (s) => applyMutations(s, [{create: {_id: 'a', _type: 'post'}}])),
    ).toThrow(/already exists/)
    expect(() =>
      ds.transact({}, (s) => applyMutations(s, [{patch: {id: 'zz', set: {x: 1}}}])),
    ).toThrow(/does not exist/)
  })

  it('rejects malformed mutations with 400', () => {
    const ds = dataset()
    for (const bad of [{}, {frobnicate: {}}, {create: {_id: 'x'}}, {patch: {set: {}}}, 'nope']) {
      expect(() => ds.transact({}, (s) => applyMutations(s, [bad]))).toThrow(HttpError)
    }
  })

  it('deletes by id and by resolved query selection', () => {
    const ds = new Dataset('t', [
      {_id: 'a', _type: 'post'},
      {_id: 'b', _type: 'post'},
      {_id: 'c', _type: 'other'},
    ])
    ds.transact({}, (s) =>
      applyMutations(
        s,
        [{delete: {id: 'a'}}, {delete: {query: '*[_type == "post"]'}}],
        new Map([[1, ['b']]]),
      ),
    )
    expect(ds.all().map((doc) => doc._id)).toEqual(['c'])
  })

  it('supports insert, unset and setIfMissing through @sanity/mutator', () => {
    const ds = new Dataset('t', [{_id: 'a', _type: 'post', tags: ['x'], old: 1}])
    ds.transact({}, (s) =>
      applyMutations(s, [
        {
          patch: {
            id: 'a',
            insert: {after: 'tags[-1]', items: ['y']},
            unset: ['old'],
            setIfMissing: {n: 0},
          },
        },
      ]),
    )
    expect(ds.get('a')).toMatchObject({tags: ['x', 'y'], n: 0})
    expect(ds.get('a')).not.toHaveProperty('old')
  })
})
