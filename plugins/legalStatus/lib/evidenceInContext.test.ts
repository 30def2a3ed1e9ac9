import {describe, expect, it} from 'vitest'

import {analyzeInstrumentText, type Evidence} from './analyzeInstrumentText'
import {evidenceInContext} from './evidenceInContext'

const evidence = (text: string, phrase: string, weight = 1, from = 0): Evidence => {
  const start = text.indexOf(phrase, from)
  return {
    text: phrase,
    start,
    end: start + phrase.length,
    signal: 's',
    direction: 'nonBinding',
    weight,
  }
}

describe('evidenceInContext', () => {
  it('cuts the phrase out with its context', () => {
    const text = 'The Participants intend to collaborate in AI.'
    const {snippets} = evidenceInContext(text, [evidence(text, 'intend to')])
    expect(snippets[0]).toMatchObject({
      before: 'The Participants ',
      match: 'intend to',
      after: ' collaborate in AI.',
    })
  })

  it('marks cut context with an ellipsis, at a word boundary', () => {
    const text = `${'word '.repeat(40)}intend to${' more'.repeat(40)}`
    const [snippet] = evidenceInContext(text, [evidence(text, 'intend to')], {context: 20}).snippets
    expect(snippet?.before).toMatch(/^…word/)
    expect(snippet?.after).toMatch(/more…$/)
    expect(snippet?.before.length).toBeLessThanOrEqual(21)
  })

  it('collapses line breaks in the phrase and the context', () => {
    const text = 'Have reached\nthe following\n\nunderstandings'
    const [snippet] = evidenceInContext(text, [evidence(text, 'reached\nthe following')]).snippets
    expect(snippet?.match).toBe('reached the following')
    expect(snippet?.after).toBe(' understandings')
  })

  it('keeps the strongest evidence, shown in text order, and counts the rest', () => {
    const text = 'a b c d e'
    const items = [
      evidence(text, 'a', 1),
      evidence(text, 'b', 5),
      evidence(text, 'c', 3),
      evidence(text, 'd', 5),
      evidence(text, 'e', 0.5),
    ]
    const result = evidenceInContext(text, items, {limit: 3, omittedByAnalyzer: 10})
    expect(result.snippets.map((snippet) => snippet.match)).toEqual(['b', 'c', 'd'])
    expect(result.omitted).toBe(12)
  })

  it('handles no evidence, and a zero limit', () => {
    expect(evidenceInContext('text', [])).toEqual({snippets: [], omitted: 0})
    const text = 'shall'
    expect(evidenceInContext(text, [evidence(text, 'shall')], {limit: 0}).omitted).toBe(1)
  })

  it('reproduces every analyzer hit exactly, on the seed’s kind of text', () => {
    const text =
      'The Participants have reached the following understandings. The Participants intend to collaborate. This MOU is not legally binding and does not commit funds.'
    const assessment = analyzeInstrumentText(text)
    const {snippets} = evidenceInContext(text, assessment.evidence, {limit: 100})
    expect(snippets).toHaveLength(assessment.evidence.length)
    for (const snippet of snippets) {
      const joined = `${snippet.before}${snippet.match}${snippet.after}`
        .replace(/^…/, '')
        .replace(/…$/, '')
      expect(text).toContain(joined)
    }
  })
})
