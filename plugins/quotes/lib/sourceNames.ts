/**
 * Matching expert-source names the way a desk would: "José Martínez", "jose martinez" and
 * "J. Martinez" may be the same person. Case, accents, punctuation and initials are folded.
 */

/** Lowercase words with accents and punctuation removed: "Dr. José  Martínez-Soto" → ["dr", "jose", "martinez", "soto"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !HONORIFICS.has(word))
}

const HONORIFICS = new Set([
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'mx',
  'sir',
  'dame',
  'jr',
  'sr',
  'phd',
])

/** Initials written together ("JRR") count as separate initials. */
function expandInitials(words: string[]): string[] {
  return words.flatMap((word, index) =>
    index < words.length - 1 &&
    word.length <= 3 &&
    word === word.toLowerCase() &&
    !/[aeiou]/.test(word)
      ? [...word]
      : [word],
  )
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))
}

/**
 * True when two names may be the same person: same family name (last word), and every given
 * name in the shorter list matches one in the longer in order, an initial matching a name.
 */
export function namesMayMatch(first: string, second: string): boolean {
  const a = expandInitials(nameWords(first))
  const b = expandInitials(nameWords(second))
  if (a.length === 0 || b.length === 0) return false
  if (a[a.length - 1] !== b[b.length - 1]) return false
  const [shorter, longer] =
    a.length <= b.length ? [a.slice(0, -1), b.slice(0, -1)] : [b.slice(0, -1), a.slice(0, -1)]
  let position = 0
  for (const word of shorter) {
    while (position < longer.length && !wordsMatch(word, longer[position]!)) position++
    if (position === longer.length) return false
    position++
  }
  return true
}

export interface NamedRecord {
  _id: string
  name: string
}

/** Existing records whose names may be the same person as `name`, excluding `selfId`. */
export function findPossibleDuplicates<T extends NamedRecord>(
  name: string,
  records: T[],
  selfId?: string,
): T[] {
  if (nameWords(name).length === 0) return []
  const self = selfId?.replace(/^drafts\./, '')
  return records.filter(
    (record) => record._id.replace(/^drafts\./, '') !== self && namesMayMatch(name, record.name),
  )
}
