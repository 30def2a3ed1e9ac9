/**
 * Editorial lint: an article must not call a non-binding instrument a treaty or binding, and a
 * headline that calls one an "agreement" needs a qualifier somewhere in the article. Pure
 * logic: the article's text and the statuses of the instruments it covers go in, issues come
 * out. Quoted words (quote embeds) are not the desk's words and are not checked.
 */
import {tokenize} from './analyzeInstrumentText'

export interface CoveredInstrument {
  _id: string
  name: string
  /** `legalStatus.status` as stored. */
  status: unknown
}

export interface ArticleText {
  headline?: unknown
  dek?: unknown
  /** Portable Text, as stored. */
  body?: unknown
}

export interface WordingIssue {
  /** Which field the words stand in. */
  field: 'headline' | 'body'
  instrument: string
  /** The offending words, as the article has them, each once. */
  words: string[]
  message: string
}

interface PhraseMatch {
  text: string
  negated: boolean
}

/** Words that, standing shortly before a term in the same sentence, deny it. */
const NEGATORS = new Set(['not', 'no', 'non', 'never', 'neither', 'nor', 'without', 'nothing'])
const NEGATION_WINDOW = 4

const BINDING_TERMS = [
  ['legally', 'binding'],
  ['binding'],
  ['treaty'],
  ['treaties'],
  ['nonbinding'], // matched so that "nonbinding" is never read as "binding"; see below
]
const AGREEMENT_TERMS = [['agreement'], ['agreements']]

/** Words that tell the reader an instrument is not a binding agreement. */
const QUALIFIERS = [
  ['non', 'binding'],
  ['nonbinding'],
  ['not', 'legally', 'binding'],
  ['not', 'binding'],
  ['not', 'bind'],
  ['do', 'not', 'bind'],
  ['does', 'not', 'bind'],
  ['memorandum'],
  ['memoranda'],
  ['mou'],
  ['mous'],
  ['moc'],
  ['mocs'],
  ['political', 'commitment'],
  ['political', 'commitments'],
  ['politically', 'binding'],
  ['joint', 'statement'],
  ['declaration'],
  ['statement', 'of', 'intent'],
]

/** The desk's own words in a Portable Text body: block text, without quote embeds. */
export function portableTextToPlainText(body: unknown): string {
  if (!Array.isArray(body)) return ''
  const paragraphs: string[] = []
  for (const block of body) {
    if (!block || typeof block !== 'object' || (block as {_type?: unknown})._type !== 'block') {
      continue
    }
    const children = (block as {children?: unknown}).children
    if (!Array.isArray(children)) continue
    paragraphs.push(
      children
        .map((child) =>
          child && typeof child === 'object' && typeof (child as {text?: unknown}).text === 'string'
            ? (child as {text: string}).text
            : ' ',
        )
        .join(''),
    )
  }
  return paragraphs.join('\n\n')
}

function findPhrases(text: string, phrases: readonly string[][]): PhraseMatch[] {
  const tokens = tokenize(text)
  const sorted = [...phrases].sort((a, b) => b.length - a.length)
  const matches: PhraseMatch[] = []
  for (let i = 0; i < tokens.words.length; i++) {
    const phrase = sorted.find((words) => words.every((word, k) => tokens.words[i + k] === word))
    if (!phrase) continue
    const last = i + phrase.length - 1
    let negated = false
    for (let k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW; k--) {
      if (tokens.sentences[k] !== tokens.sentences[i]) break
      const word = tokens.words[k]!
      if (NEGATORS.has(word) || word.endsWith("n't")) {
        negated = true
        break
      }
    }
    matches.push({text: text.slice(tokens.starts[i], tokens.ends[last]), negated})
    i = last
  }
  return matches
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '')

/** Each distinct wording once, in order of appearance, as the article spells it. */
function distinct(matches: PhraseMatch[]): string[] {
  const seen = new Map<string, string>()
  for (const match of matches) {
    const key = match.text.toLowerCase().replace(/\s+/g, ' ')
    if (!seen.has(key)) seen.set(key, match.text.replace(/\s+/g, ' '))
  }
  return [...seen.values()]
}

const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(', ')

export function checkArticleWording(
  article: ArticleText,
  instruments: readonly CoveredInstrument[],
): WordingIssue[] {
  const nonBinding = instruments.filter((instrument) => instrument.status === 'nonBinding')
  if (nonBinding.length === 0) return []

  const headline = asText(article.headline)
  const ownText = [asText(article.dek), portableTextToPlainText(article.body)].join('\n\n')

  const bindingWords = distinct(
    findPhrases(ownText, BINDING_TERMS).filter(
      (match) => !match.negated && match.text.toLowerCase() !== 'nonbinding',
    ),
  )
  const headlineAgreements = distinct(
    findPhrases(headline, AGREEMENT_TERMS).filter((match) => !match.negated),
  )
  const qualified = findPhrases([headline, ownText].join('\n\n'), QUALIFIERS).length > 0

  const issues: WordingIssue[] = []
  for (const instrument of nonBinding) {
    if (bindingWords.length > 0) {
      issues.push({
        field: 'body',
        instrument: instrument.name,
        words: bindingWords,
        message:
          `“${instrument.name}” is non-binding, but the article calls it ${quoted(bindingWords)}. ` +
          'Describe it as non-binding (e.g. “memorandum”, “political commitment”), or make clear the words refer to another instrument.',
      })
    }
    if (headlineAgreements.length > 0 && !qualified) {
      issues.push({
        field: 'headline',
        instrument: instrument.name,
        words: headlineAgreements,
        message:
          `The headline says ${quoted(headlineAgreements)}, but “${instrument.name}” is non-binding and the article never says so. ` +
          'Add a qualifier such as “non-binding” or “memorandum” to the headline, dek or body.',
      })
    }
  }
  return issues
}
