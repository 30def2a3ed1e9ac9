import {describe, expect, it} from 'vitest'

import {blockText, embeddedQuoteIds, findQuoteEmbeds, surroundingText} from './quoteEmbeds'
import {snapshotPatch} from './publishSnapshot'

const body = [
  {_key: 'p1', _type: 'block', children: [{_key: 'c1', _type: 'span', text: 'Before. '}]},
  {
    _key: 'p2',
    _type: 'block',
    children: [
      {_key: 'c1', _type: 'span', text: 'He said '},
      {_key: 'c2', _type: 'inlineQuote', quote: {_ref: 'q2'}, textAtPublish: 'old'},
      {_key: 'c3', _type: 'span', text: ' today.'},
    ],
  },
  {_key: 'b3', _type: 'quoteBlock', quote: {_ref: 'q1'}},
  {_key: 'b4', _type: 'quoteBlock'},
  {_key: 'p5', _type: 'block', children: [{_key: 'c1', _type: 'span', text: 'After.'}]},
]

describe('findQuoteEmbeds', () => {
  it('finds inline and block embeds in reading order, with paths', () => {
    expect(findQuoteEmbeds(body)).toEqual([
      {
        kind: 'inline',
        quoteId: 'q2',
        key: 'c2',
        blockKey: 'p2',
        blockIndex: 1,
        textAtPublish: 'old',
        path: ['body', {_key: 'p2'}, 'children', {_key: 'c2'}],
      },
      {
        kind: 'block',
        quoteId: 'q1',
        key: 'b3',
        blockKey: 'b3',
        blockIndex: 2,
        textAtPublish: undefined,
        path: ['body', {_key: 'b3'}],
      },
    ])
    expect(embeddedQuoteIds([...body, ...body])).toEqual(['q2', 'q1'])
  })

  it('tolerates bad input', () => {
    for (const bad of [undefined, null, {}, 'x', [null, 3, {children: 'no'}]]) {
      expect(findQuoteEmbeds(bad)).toEqual([])
    }
  })
})

describe('text around an embed', () => {
  it('joins span text and leaves quotes out', () => {
    expect(blockText(body[1])).toBe('He said  today.')
    expect(blockText(body[2])).toBe('')
    expect(blockText(null)).toBe('')
  })
  it('reads the block and its neighbours only', () => {
    expect(surroundingText(body, 1)).toBe('Before. \nHe said  today.')
    expect(surroundingText(body, 3)).toBe('After.')
    expect(surroundingText(body, 0)).toBe('Before. \nHe said  today.')
  })
})

describe('snapshotPatch', () => {
  it('sets textAtPublish where it is missing or stale, by key path', () => {
    expect(snapshotPatch(body, {q1: 'Words one', q2: 'new'})).toEqual({
      'body[_key=="p2"].children[_key=="c2"].textAtPublish': 'new',
      'body[_key=="b3"].textAtPublish': 'Words one',
    })
  })
  it('leaves current snapshots and unknown quotes alone', () => {
    expect(snapshotPatch(body, {q2: 'old'})).toEqual({})
    expect(snapshotPatch(undefined, {q1: 'x'})).toEqual({})
  })
})
