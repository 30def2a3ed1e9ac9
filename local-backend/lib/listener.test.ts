import {applyPatch as applyMendoza} from 'mendoza'
import {describe, expect, it} from 'vitest'

import {Dataset} from './dataset'
import {
  buildListenerEvents,
  createDocumentFilter,
  formatSse,
  parseListenOptions,
  type ListenOptions,
} from './listener'
import {applyMutations} from './mutations'
import type {CommittedTransaction} from './types'

const defaults: ListenOptions = parseListenOptions(new URLSearchParams(''))

function capture(ds: Dataset) {
  const transactions: CommittedTransaction[] = []
  ds.subscribe((tx) => transactions.push(tx))
  return transactions
}

describe('listener filtering and events', () => {
  it('parses options with Sanity defaults', () => {
    expect(defaults).toMatchObject({
      includeResult: true,
      includeMutations: true,
      includeAllVersions: false,
      visibility: 'query',
    })
    const parsed = parseListenOptions(
      new URLSearchParams('includeResult=false&effectFormat=mendoza&includeAllVersions=true'),
    )
    expect(parsed).toMatchObject({
      includeResult: false,
      effectFormat: 'mendoza',
      includeAllVersions: true,
    })
  })

  it('sends only documents matching the filter, with appear/update/disappear transitions', async () => {
    const ds = new Dataset('t', [{_id: 'a', _type: 'post', status: 'draft'}])
    const seen = capture(ds)
    const filter = createDocumentFilter('*[_type == "post" && status == $s]', {s: 'ready'})
    ds.transact({transactionId: 't1'}, (s) =>
      applyMutations(s, [
        {patch: {id: 'a', set: {status: 'ready'}}},
        {create: {_id: 'b', _type: 'other', status: 'ready'}},
      ]),
    )
    ds.transact({transactionId: 't2'}, (s) =>
      applyMutations(s, [{patch: {id: 'a', set: {title: 'x'}}}]),
    )
    ds.transact({transactionId: 't3'}, (s) =>
      applyMutations(s, [{patch: {id: 'a', set: {status: 'done'}}}]),
    )
    ds.transact({transactionId: 't4'}, (s) => applyMutations(s, [{delete: {id: 'b'}}]))

    const events = await Promise.all(seen.map((tx) => buildListenerEvents(tx, filter, defaults)))
    expect(events.map((list) => list.map((event) => [event.documentId, event.transition]))).toEqual(
      [[['a', 'appear']], [['a', 'update']], [['a', 'disappear']], []],
    )
  })

  it('builds complete mutation events whose mendoza effects replay the change', async () => {
    const ds = new Dataset('t', [{_id: 'a', _type: 'post', _rev: 'r0', title: 'Before'}])
    const [tx] = (() => {
      const seen = capture(ds)
      ds.transact({transactionId: 'tx-1', identity: 'local-editor'}, (s) =>
        applyMutations(s, [
          {patch: {id: 'a', set: {title: 'After'}}},
          {create: {_id: 'c', _type: 'post'}},
        ]),
      )
      return seen
    })()
    const events = await buildListenerEvents(
      tx!,
      createDocumentFilter('*[_id in $ids]', {ids: ['a', 'c']}),
      defaults,
    )
    expect(events).toHaveLength(2)
    const [first, second] = events
    expect(first).toMatchObject({
      eventId: 'tx-1#a',
      documentId: 'a',
      transactionId: 'tx-1',
      transition: 'update',
      identity: 'local-editor',
      previousRev: 'r0',
      resultRev: 'tx-1',
      visibility: 'query',
      transactionTotalEvents: 2,
      transactionCurrentEvent: 1,
      mutations: [{patch: {id: 'a', set: {title: 'After'}}}],
      result: {title: 'After', _rev: 'tx-1'},
    })
    expect(second).toMatchObject({transition: 'appear', transactionCurrentEvent: 2})
    expect(second).not.toHaveProperty('previousRev')
    const {_rev: _ignored, ...beforeWithoutRev} = tx!.changes[0]!.before!
    expect(applyMendoza(beforeWithoutRev, first!.effects!.apply)).toMatchObject({title: 'After'})
    expect(applyMendoza({}, second!.effects!.revert)).toBeNull()
  })

  it('omits result when includeResult=false, and versions unless includeAllVersions', async () => {
    const ds = new Dataset('t', [])
    const seen = capture(ds)
    ds.transact({}, (s) =>
      applyMutations(s, [
        {create: {_id: 'versions.r1.a', _type: 'post'}},
        {create: {_id: 'a', _type: 'post'}},
      ]),
    )
    const filter = createDocumentFilter('*', {})
    const plain = await buildListenerEvents(seen[0]!, filter, {...defaults, includeResult: false})
    expect(plain.map((event) => event.documentId)).toEqual(['a'])
    expect(plain[0]).not.toHaveProperty('result')
    const all = await buildListenerEvents(seen[0]!, filter, {...defaults, includeAllVersions: true})
    expect(all.map((event) => event.documentId).sort()).toEqual(['a', 'versions.r1.a'])
  })

  it('formats server-sent events', () => {
    expect(formatSse('welcome', {listenerName: 'x'})).toBe(
      'event: welcome\ndata: {"listenerName":"x"}\n\n',
    )
    expect(formatSse('mutation', {a: 1}, 'id1')).toBe('id: id1\nevent: mutation\ndata: {"a":1}\n\n')
  })
})
