import {analyzeInstrumentText} from '../plugins/legalStatus/lib/analyzeInstrumentText'
import {fixed, medianMs, report} from './measure'

const ARTICLE = `ARTICLE 7
Each Party shall take the measures necessary to implement this Agreement. The Parties undertake to
consult on any dispute; the settlement of disputes shall follow Article 9. This Agreement shall enter
into force on the date of the last notification of the completion of the internal procedures required
for its entry into force, and instruments of ratification shall be exchanged at Washington.
Nothing in this Article affects the rights and obligations of either Party under other agreements.
`

/** One plain tokenizing pass: split into words and lowercase them, the floor for any analyzer. */
function plainTokenize(text: string): number {
  let count = 0
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32
    const isWord =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    if (isWord && start < 0) start = i
    else if (!isWord && start >= 0) {
      if (text.slice(start, i).toLowerCase().length > 0) count++
      start = -1
    }
  }
  return count
}

export async function benchAnalyzer() {
  const text = ARTICLE.repeat(Math.ceil(4_000_000 / ARTICLE.length))
  const megabytes = text.length / 1_000_000
  const analyzer = await medianMs(() => analyzeInstrumentText(text), 7)
  const baseline = await medianMs(() => plainTokenize(text), 7)
  report(
    'legal-status analyzer',
    {
      size: `${fixed(megabytes)}MB`,
      median: `${fixed(analyzer)}ms`,
      throughput: `${fixed(megabytes / (analyzer / 1000))}MB/s`,
      ratioToTokenizer: fixed(analyzer / baseline, 2),
    },
    '>= 20 MB/s, ratio <= 10',
  )
}
