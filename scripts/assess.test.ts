import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'

import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))

async function assess(...args: string[]) {
  try {
    const {stdout, stderr} = await run(TSX, ['scripts/assess.ts', ...args], {cwd: ROOT})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}

describe('npm run assess', () => {
  it('prints the analysis of a memorandum as JSON and exits 0', async () => {
    const result = await assess('seed/texts/us-japan-technology-prosperity-deal-moc.txt')
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as {status: string; evidence: {signal: string}[]}
    expect(parsed.status).toBe('nonBinding')
    expect(parsed.evidence.map((item) => item.signal)).toContain('reachedUnderstandings')
  })

  it('names a missing file on stderr and exits 2', async () => {
    const result = await assess('no/such/file.txt')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('assess: cannot read no/such/file.txt: no such file\n')
  })

  it('explains its usage when given no file', async () => {
    const result = await assess()
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Usage: npm run --silent assess -- <file.txt>/)
  })
})
