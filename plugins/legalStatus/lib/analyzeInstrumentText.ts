import {
  CITATION_CUES,
  CITATION_DISCOUNT,
  type Direction,
  INSTRUMENT_NOUNS,
  MAX_HITS_PER_SIGNAL,
  NEGATION_WINDOW,
  NEGATORS,
  type SignalDefinition,
  SIGNALS,
} from './signals'

export type SuggestedStatus = 'binding' | 'nonBinding' | 'unclear'

export interface Evidence {
  /** The words as they stand in the input. */
  text: string
  /** Character offsets into the input: `input.slice(start, end) === text`. */
  start: number
  end: number
  signal: string
  direction: Direction
  weight: number
}

export interface Assessment {
  status: SuggestedStatus
  /** How strongly the evidence supports `status`, from 0 to 1. */
  confidence: number
  evidence: Evidence[]
  /** Hits found beyond the evidence list's cap; they still count towards the status. */
  evidenceOmitted: number
}

/** Below this much total weight the text says too little to suggest anything. */
const MIN_TOTAL_WEIGHT = 3
/** The winning side must outweigh the other by this share of all weight. */
const MIN_MARGIN = 0.4
/** Total weight at which confidence stops growing with the amount of evidence. */
const SATURATION_WEIGHT = 12
const MAX_EVIDENCE = 500

interface Tokens {
  words: string[]
  starts: number[]
  ends: number[]
  sentences: number[]
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const CURLY_APOSTROPHES = /\u2019|\u02bc/g
const APOSTROPHE = 39
const NEWLINE = 10

/** ASCII letters and digits by code; other scripts' letters and digits by Unicode class. */
function isWordCode(text: string, index: number, code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  return WORD_CHAR.test(text[index]!)
}

const isApostropheCode = (code: number) => code === APOSTROPHE || code === 0x2019 || code === 0x02bc

/** . ! ? ; */
const isSentenceEnd = (code: number) => code === 46 || code === 33 || code === 63 || code === 59

/** Space, tab, line breaks and no-break space: what may follow a sentence's full stop. */
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 160

/**
 * Splits text into lowercase words with their offsets in one pass. Apostrophes inside a word
 * stay in it ("doesn’t" → "doesn't"); anything else (hyphens, quotes, line breaks) separates
 * words, which is what lets phrases match across them. Sentences end at . ! ? ; followed by
 * a space, and at blank lines.
 */
export function tokenize(text: string): Tokens {
  const tokens: Tokens = {words: [], starts: [], ends: [], sentences: []}
  let sentence = 0
  let wordStart = -1
  let newlinesSinceWord = 0
  let hasCurlyApostrophe = false
  const length = text.length
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32
    if (i < length && isWordCode(text, i, code)) {
      if (wordStart < 0) {
        wordStart = i
        if (newlinesSinceWord >= 2) sentence++
        newlinesSinceWord = 0
      }
      continue
    }
    if (wordStart >= 0 && isApostropheCode(code) && i + 1 < length) {
      if (isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
        if (code !== APOSTROPHE) hasCurlyApostrophe = true
        continue
      }
    }
    if (wordStart >= 0) {
      const word = text.slice(wordStart, i).toLowerCase()
      tokens.words.push(hasCurlyApostrophe ? word.replace(CURLY_APOSTROPHES, "'") : word)
      tokens.starts.push(wordStart)
      tokens.ends.push(i)
      tokens.sentences.push(sentence)
      wordStart = -1
      hasCurlyApostrophe = false
    }
    if (code === NEWLINE) newlinesSinceWord++
    else if (isSentenceEnd(code) && (i + 1 >= length || isSpace(text.charCodeAt(i + 1)))) {
      sentence++
    }
  }
  return tokens
}

interface CompiledPhrase {
  words: string[]
  signal: SignalDefinition
  /** Position of the signal in SIGNALS, for counting hits without building keys. */
  signalIndex: number
}

/** Phrases indexed by their first word, longest first, so the longest match wins. */
function compileSignals(signals: SignalDefinition[]): Map<string, CompiledPhrase[]> {
  const index = new Map<string, CompiledPhrase[]>()
  for (const [signalIndex, signal] of signals.entries()) {
    for (const phrase of signal.phrases) {
      const words = phrase.split(' ')
      const first = words[0]!
      const list = index.get(first) ?? []
      list.push({words, signal, signalIndex})
      index.set(first, list)
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

const PHRASE_INDEX = compileSignals(SIGNALS)

function matchAt(tokens: Tokens, position: number): CompiledPhrase | undefined {
  const candidates = PHRASE_INDEX.get(tokens.words[position]!)
  if (!candidates) return undefined
  for (const candidate of candidates) {
    const last = position + candidate.words.length - 1
    if (last >= tokens.words.length) continue
    let matches = true
    for (let k = 1; k < candidate.words.length; k++) {
      if (tokens.words[position + k] !== candidate.words[k]) {
        matches = false
        break
      }
    }
    if (matches) return candidate
  }
  return undefined
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't")
}

function isNegated(tokens: Tokens, position: number): boolean {
  const sentence = tokens.sentences[position]
  for (let k = position - 1; k >= 0 && k >= position - NEGATION_WINDOW; k--) {
    if (tokens.sentences[k] !== sentence) return false
    if (isNegator(tokens.words[k]!)) return true
  }
  return false
}

/** Marks sentences that cite an instrument other than "this" one, in one pass. */
function citationSentences(tokens: Tokens): Set<number> {
  const cues = new Set<number>()
  const otherInstruments = new Set<number>()
  for (let i = 0; i < tokens.words.length; i++) {
    const word = tokens.words[i]!
    const sentence = tokens.sentences[i]!
    if (CITATION_CUES.has(word)) cues.add(sentence)
    if (INSTRUMENT_NOUNS.has(word) && tokens.words[i - 1] !== 'this') otherInstruments.add(sentence)
  }
  return new Set([...cues].filter((sentence) => otherInstruments.has(sentence)))
}

const opposite = (direction: Direction): Direction =>
  direction === 'binding' ? 'nonBinding' : 'binding'

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Suggests whether an instrument's text is binding, with the phrases that say so.
 * A suggestion for an editor, never a verdict. Runs in time linear in the text, and returns
 * a result for any string rather than throwing.
 */
export function analyzeInstrumentText(input: unknown): Assessment {
  const text = typeof input === 'string' ? input : ''
  const tokens = tokenize(text)
  const citations = citationSentences(tokens)
  // Hits per signal and direction: [signal * 2] binding, [signal * 2 + 1] non-binding.
  const hitsPerSignal = new Uint32Array(SIGNALS.length * 2)
  const totals: Record<Direction, number> = {binding: 0, nonBinding: 0}
  const evidence: Evidence[] = []
  let evidenceOmitted = 0

  for (let i = 0; i < tokens.words.length; i++) {
    const match = matchAt(tokens, i)
    if (!match) continue
    const {signal, words, signalIndex} = match
    const last = i + words.length - 1
    const negated = signal.negatable === true && isNegated(tokens, i)
    const direction = negated ? opposite(signal.direction) : signal.direction
    const inCitation = direction === 'binding' && citations.has(tokens.sentences[i]!)
    const weight = round2(signal.weight * (inCitation ? CITATION_DISCOUNT : 1))
    const slot = signalIndex * 2 + (direction === 'binding' ? 0 : 1)
    const hits = ++hitsPerSignal[slot]!
    if (hits <= MAX_HITS_PER_SIGNAL) totals[direction] += weight

    const start = tokens.starts[i]!
    const end = tokens.ends[last]!
    if (evidence.length < MAX_EVIDENCE) {
      evidence.push({
        text: text.slice(start, end),
        start,
        end,
        signal: negated ? `${signal.id}Negated` : signal.id,
        direction,
        weight,
      })
    } else {
      evidenceOmitted++
    }
    i = last
  }

  return {...decide(totals), evidence, evidenceOmitted}
}

function decide(totals: Record<Direction, number>): {status: SuggestedStatus; confidence: number} {
  const total = totals.binding + totals.nonBinding
  if (total < MIN_TOTAL_WEIGHT)
    return {status: 'unclear', confidence: round2(total / MIN_TOTAL_WEIGHT / 4)}
  const margin = (totals.binding - totals.nonBinding) / total
  const saturation = Math.min(1, total / SATURATION_WEIGHT)
  if (Math.abs(margin) < MIN_MARGIN) {
    return {status: 'unclear', confidence: round2((1 - Math.abs(margin)) * saturation)}
  }
  return {
    status: margin > 0 ? 'binding' : 'nonBinding',
    confidence: round2(Math.abs(margin) * saturation),
  }
}
