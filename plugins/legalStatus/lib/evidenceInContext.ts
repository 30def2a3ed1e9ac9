/**
 * Picks the analyzer's strongest evidence and cuts each phrase out of the text with a little
 * context on either side, for the inspector to show with the phrase highlighted. Pure logic.
 */
import type {Evidence} from './analyzeInstrumentText'

export interface EvidenceSnippet {
  before: string
  match: string
  after: string
  direction: Evidence['direction']
  signal: string
  weight: number
  start: number
}

export interface EvidenceInContext {
  snippets: EvidenceSnippet[]
  /** Evidence left out to keep the list short (including what the analyzer itself left out). */
  omitted: number
}

const collapse = (text: string) => text.replace(/\s+/g, ' ')

/** Context before a phrase, cut back to a word boundary, with "…" when text was cut. */
function contextBefore(text: string, start: number, length: number): string {
  const from = Math.max(0, start - length)
  let slice = text.slice(from, start)
  if (from > 0) {
    const space = slice.search(/\s/)
    slice = `…${space >= 0 ? slice.slice(space + 1) : slice}`
  }
  return collapse(slice).trimStart()
}

function contextAfter(text: string, end: number, length: number): string {
  const to = Math.min(text.length, end + length)
  let slice = text.slice(end, to)
  if (to < text.length) {
    const space = slice.search(/\s[^\s]*$/)
    slice = `${space >= 0 ? slice.slice(0, space) : slice}…`
  }
  return collapse(slice).trimEnd()
}

export function evidenceInContext(
  text: string,
  evidence: readonly Evidence[],
  options: {limit?: number; context?: number; omittedByAnalyzer?: number} = {},
): EvidenceInContext {
  const limit = Math.max(0, options.limit ?? 12)
  const context = Math.max(0, options.context ?? 60)
  const strongest = [...evidence]
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, limit)
    .sort((a, b) => a.start - b.start)
  return {
    snippets: strongest.map((item) => ({
      before: contextBefore(text, item.start, context),
      match: collapse(text.slice(item.start, item.end)),
      after: contextAfter(text, item.end, context),
      direction: item.direction,
      signal: item.signal,
      weight: item.weight,
      start: item.start,
    })),
    omitted: evidence.length - strongest.length + (options.omittedByAnalyzer ?? 0),
  }
}
