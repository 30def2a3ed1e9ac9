import {readFileSync} from 'node:fs'

import {describe, expect, it} from 'vitest'

import {analyzeInstrumentText, type Assessment, tokenize} from './analyzeInstrumentText'

const TREATY = `AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED STATES OF AMERICA AND THE GOVERNMENT OF RURITANIA
ON COOPERATION IN SCIENCE AND TECHNOLOGY

The Government of the United States of America and the Government of Ruritania (hereinafter "the Parties"),
Have agreed as follows:

ARTICLE 1
The Parties shall encourage cooperation in science and technology.

ARTICLE 2
Each Party shall designate an executive agent. The Parties undertake to exchange information.

ARTICLE 3
Disputes shall be settled by consultation; the settlement of disputes is governed by this Article.

ARTICLE 4
This Agreement shall enter into force upon the exchange of instruments of ratification.

DONE at Washington, in duplicate, in the English and Ruritanian languages, both texts being equally authentic.`

const MEMORANDUM = `Memorandum of Understanding between the Department of Science of Atlantis and the Ministry of Research of Ruritania

The Participants have reached the following understandings:
1. The Participants intend to collaborate on fusion energy research.
2. The Participants aim to exchange researchers and plan to hold an annual meeting.
3. This Memorandum will become operative upon signature and may be discontinued by either Participant upon 180 days' written notice.
4. This Memorandum does not create legally binding obligations and does not commit funds.`

const slices = (result: Assessment, input: string) =>
  result.evidence.every((item) => input.slice(item.start, item.end) === item.text)

describe('analyzeInstrumentText', () => {
  it('finds a treaty-style text binding, with its markers as evidence', () => {
    const result = analyzeInstrumentText(TREATY)
    expect(result.status).toBe('binding')
    expect(result.confidence).toBeGreaterThan(0.7)
    const signals = new Set(result.evidence.map((item) => item.signal))
    for (const signal of [
      'parties',
      'agreedAsFollows',
      'obligationVerb',
      'entryIntoForce',
      'ratification',
      'authenticTexts',
      'disputeSettlement',
    ]) {
      expect(signals).toContain(signal)
    }
    expect(result.evidence.every((item) => item.direction === 'binding')).toBe(true)
    expect(slices(result, TREATY)).toBe(true)
  })

  it('finds a memorandum non-binding, with its markers as evidence', () => {
    const result = analyzeInstrumentText(MEMORANDUM)
    expect(result.status).toBe('nonBinding')
    expect(result.confidence).toBeGreaterThan(0.7)
    const signals = new Set(result.evidence.map((item) => item.signal))
    for (const signal of [
      'participants',
      'reachedUnderstandings',
      'intentionVerb',
      'becomesOperative',
      'discontinuedByNotice',
    ]) {
      expect(signals).toContain(signal)
    }
    expect(slices(result, MEMORANDUM)).toBe(true)
  })

  it('reads a negated binding statement as non-binding evidence', () => {
    const input =
      'This arrangement does not create legally binding obligations under international law.'
    const result = analyzeInstrumentText(input)
    const item = result.evidence.find((e) => e.text === 'create legally binding obligations')
    expect(item).toMatchObject({
      direction: 'nonBinding',
      signal: 'explicitBindingNegated',
      weight: 5,
    })
    expect(result.status).toBe('nonBinding')
  })

  it.each([
    'It does not constitute a legally binding agreement.',
    'It is not legally binding.',
    'It is a non-binding statement of intent.',
    'This is a political commitment only.',
    'The Participants understand that this Memorandum doesn’t create legal obligations.',
  ])('treats %j as non-binding', (input) => {
    const result = analyzeInstrumentText(input)
    expect(result.status).toBe('nonBinding')
    expect(
      result.evidence.some((item) => item.weight === 5 && item.direction === 'nonBinding'),
    ).toBe(true)
  })

  it('reads an explicit binding statement as binding', () => {
    expect(analyzeInstrumentText('This Agreement is legally binding on both Parties.').status).toBe(
      'binding',
    )
  })

  it('matches phrases across case, curly quotes, hyphens, line breaks and headings', () => {
    const input =
      'THE PARTICIPANTS HAVE REACHED\r\nTHE FOLLOWING\n   UNDERSTANDINGS:\n\nNon-\nBinding “Statement”'
    const result = analyzeInstrumentText(input)
    expect(result.evidence.map((item) => item.signal)).toEqual(
      expect.arrayContaining(['participants', 'reachedUnderstandings', 'explicitNonBinding']),
    )
    const understanding = result.evidence.find((item) => item.signal === 'reachedUnderstandings')
    expect(understanding?.text).toBe('HAVE REACHED\r\nTHE FOLLOWING\n   UNDERSTANDINGS')
    expect(slices(result, input)).toBe(true)
  })

  it('is not fooled by a non-binding accord that cites a treaty', () => {
    const input = `Principles for Cooperation in Lunar Exploration
The Signatories, affirming the Outer Space Treaty, which entered into force in 1967 and whose States Parties shall bear international responsibility, and recalling the Rescue Agreement and its ratification by many States,
Have reached the following understanding:
The Signatories intend to share scientific data. The Signatories plan to coordinate. The Signatories aim to avoid harmful interference.`
    const result = analyzeInstrumentText(input)
    expect(result.status).toBe('nonBinding')
    const cited = result.evidence.filter(
      (item) => item.signal === 'entryIntoForce' || item.signal === 'ratification',
    )
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.every((item) => item.weight < 1)).toBe(true)
  })

  it('returns unclear when the evidence is split', () => {
    const mixed = `${TREATY}\n\n${MEMORANDUM}`
    expect(analyzeInstrumentText(mixed).status).toBe('unclear')
  })

  it.each(['', '   \n\t', 'the', 'Yes.', '...', 'We will meet.', 'shall'])(
    'returns unclear for thin text %j',
    (input) => {
      const result = analyzeInstrumentText(input)
      expect(result.status).toBe('unclear')
      expect(result.confidence).toBeLessThan(0.5)
    },
  )

  it.each([undefined, null, 42, {}, ['shall']])('never throws on %j', (input) => {
    expect(analyzeInstrumentText(input)).toMatchObject({status: 'unclear', evidence: []})
  })

  it('finds the recovered Technology Prosperity Deal memoranda non-binding', () => {
    for (const file of [
      'us-japan-technology-prosperity-deal-moc.txt',
      'us-rok-technology-prosperity-deal-mou.txt',
    ]) {
      const text = readFileSync(new URL(`../../../seed/texts/${file}`, import.meta.url), 'utf8')
      const result = analyzeInstrumentText(text)
      expect(result.status, file).toBe('nonBinding')
      expect(
        result.evidence.map((item) => item.signal),
        file,
      ).toEqual(expect.arrayContaining(['participants', 'reachedUnderstandings']))
    }
  })
})

describe('tokenize', () => {
  it('keeps apostrophes inside words and folds them', () => {
    expect(tokenize("doesn’t, isn't").words).toEqual(["doesn't", "isn't"])
  })

  it('starts a new sentence at a full stop or a blank line, not at a line break', () => {
    const {sentences} = tokenize('one\ntwo. three\n\nfour')
    expect(sentences).toEqual([0, 0, 1, 2])
  })
})

describe('analyzeInstrumentText on random and adversarial input', () => {
  const ALPHABET = [
    'shall',
    'not',
    'the',
    'Participants',
    'Parties',
    'legally',
    'binding',
    'non',
    '-',
    ' ',
    '\n',
    '.',
    '’',
    "'",
    '“',
    'é',
    '\u0000',
    '\ud800',
    '😀',
    'article',
    'intend',
    'to',
    'have',
    'reached',
    'following',
  ]

  function randomText(seed: number, length: number): string {
    let state = seed
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state
    }
    let out = ''
    for (let i = 0; i < length; i++) out += ALPHABET[next() % ALPHABET.length]
    return out
  }

  it('never throws and always returns valid offsets', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = randomText(seed, seed * 3)
      const result = analyzeInstrumentText(input)
      expect(['binding', 'nonBinding', 'unclear']).toContain(result.status)
      expect(result.confidence).toBeGreaterThanOrEqual(0)
      expect(result.confidence).toBeLessThanOrEqual(1)
      for (const item of result.evidence) {
        expect(item.start).toBeGreaterThanOrEqual(0)
        expect(item.end).toBeLessThanOrEqual(input.length)
        expect(input.slice(item.start, item.end)).toBe(item.text)
      }
    }
  })

  /** One plain pass over the text that splits and lowercases words: the floor for any analyzer. */
  function plainScan(text: string): number {
    let words = 0
    let inWord = false
    for (let i = 0; i < text.length; i++) {
      const isLetter = text.charCodeAt(i) > 32
      if (isLetter && !inWord) words++
      inWord = isLetter
    }
    return words + text.toLowerCase().length * 0
  }

  function medianMs(fn: () => void, runs = 5): number {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      fn()
      times.push(performance.now() - start)
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
  }

  const adversarial = {
    negations: 'not '.repeat(250_000),
    phrasePrefixes: 'have reached the following '.repeat(40_000),
    oneHugeWord: 'a'.repeat(1_000_000),
    punctuation: '. ; ! ?\n\n'.repeat(120_000),
    treatyLike: TREATY.repeat(Math.ceil(1_000_000 / TREATY.length)),
  }

  it.each(Object.entries(adversarial))(
    'stays within a constant factor of a plain linear scan on %s (1 MB)',
    (_name, text) => {
      // Loose bound: the benchmark reports the real ratio; this only catches super-linear blow-ups.
      const analyzer = medianMs(() => analyzeInstrumentText(text), 3)
      const scan = Math.max(
        medianMs(() => plainScan(text), 3),
        1,
      )
      expect(analyzer / scan).toBeLessThan(400)
      expect(analyzeInstrumentText(text).evidence.length).toBeLessThanOrEqual(500)
    },
  )

  it('grows linearly: twice the text takes about twice the time', () => {
    const one = adversarial.treatyLike
    const two = one + one
    const t1 = medianMs(() => analyzeInstrumentText(one), 3)
    const t2 = medianMs(() => analyzeInstrumentText(two), 3)
    expect(t2 / t1).toBeLessThan(4)
  })
})
