/**
 * npm run --silent assess -- <file.txt>
 * Prints the legal-status analyzer's suggestion for an instrument's text as JSON.
 * Exit 0 on success; 2 with a message on stderr when the file cannot be read.
 */
import {readFile} from 'node:fs/promises'

import {analyzeInstrumentText} from '../plugins/legalStatus/lib/analyzeInstrumentText'

const USAGE = 'Usage: npm run --silent assess -- <file.txt>'

async function main(args: string[]): Promise<number> {
  const [file, ...extra] = args
  if (!file || extra.length > 0 || file === '--help') {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : String((error as Error).message)
    process.stderr.write(`assess: cannot read ${file}: ${reason}\n`)
    return 2
  }
  process.stdout.write(`${JSON.stringify(analyzeInstrumentText(text), null, 2)}\n`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
