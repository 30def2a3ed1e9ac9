import fs from 'node:fs'
import path from 'node:path'

import type {SanityDocument} from './types'

/** A data file that exists but cannot be read back. Names the file (and line) at fault. */
export class CorruptFileError extends Error {
  readonly file: string
  readonly line: number | undefined

  constructor(file: string, reason: string, line?: number) {
    super(
      `Local content backend: ${file}${line === undefined ? '' : `:${line}`} is corrupt (${reason}). ` +
        'Fix or remove the file, or run `npx tsx local-backend/cli.ts reset` to start over from the seed.',
    )
    this.name = 'CorruptFileError'
    this.file = file
    this.line = line
  }
}

export interface AtomicWriteHooks {
  /** Test hook: runs after the temp file is written and fsync'd, before the rename. */
  beforeRename?: (tempFile: string) => void
}

function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** Replace `file` with `data` so that a crash leaves either the old or the new content. */
export function writeFileAtomic(file: string, data: string, hooks: AtomicWriteHooks = {}): void {
  const dir = path.dirname(file)
  fs.mkdirSync(dir, {recursive: true})
  const temp = `${file}.tmp-${process.pid}-${Date.now().toString(36)}`
  const fd = fs.openSync(temp, 'w')
  try {
    fs.writeFileSync(fd, data)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  try {
    hooks.beforeRename?.(temp)
    fs.renameSync(temp, file)
  } catch (err) {
    fs.rmSync(temp, {force: true})
    throw err
  }
  fsyncDir(dir)
}

export function toNdjson(docs: Iterable<unknown>): string {
  let out = ''
  for (const doc of docs) out += `${JSON.stringify(doc)}\n`
  return out
}

export interface ParsedNdjson<T> {
  values: T[]
  /** True when the last line had no newline and did not parse: an interrupted append. */
  truncatedTail: boolean
}

/**
 * Parse NDJSON text. A bad complete line is corruption (throws, naming file and line); an
 * unterminated last line is reported as `truncatedTail` when `allowTruncatedTail` is set.
 */
export function parseNdjson<T>(
  text: string,
  file: string,
  validate: (value: unknown) => string | undefined,
  allowTruncatedTail = false,
): ParsedNdjson<T> {
  const values: T[] = []
  const lines = text.split('\n')
  const endsWithNewline = text.endsWith('\n')
  let truncatedTail = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? ''
    if (!line) continue
    const isLast = i === lines.length - 1 && !endsWithNewline
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (err) {
      if (isLast && allowTruncatedTail) {
        truncatedTail = true
        break
      }
      throw new CorruptFileError(file, `invalid JSON: ${(err as Error).message}`, i + 1)
    }
    const problem = validate(value)
    if (problem) throw new CorruptFileError(file, problem, i + 1)
    values.push(value as T)
  }
  return {values, truncatedTail}
}

export function validateDocument(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected a JSON object'
  const doc = value as Record<string, unknown>
  if (typeof doc._id !== 'string' || !doc._id) return 'document without a string _id'
  if (typeof doc._type !== 'string' || !doc._type)
    return `document ${doc._id} without a string _type`
  return undefined
}

/** One committed transaction as written to the journal: full after-states, so replay is idempotent. */
export interface JournalEntry {
  transactionId: string
  timestamp: string
  documents: {id: string; document: SanityDocument | null}[]
}

function validateJournalEntry(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'expected a journal entry object'
  const entry = value as Partial<JournalEntry>
  if (typeof entry.transactionId !== 'string' || !Array.isArray(entry.documents)) {
    return 'journal entry without transactionId/documents'
  }
  return undefined
}

export interface LoadedDataset {
  documents: Map<string, SanityDocument>
  journalEntries: number
  /** True when neither a snapshot nor a journal existed. */
  fresh: boolean
}

/**
 * A dataset on disk: `<dir>/<dataset>.ndjson` (snapshot, replaced atomically) plus
 * `<dir>/<dataset>.journal.ndjson` (append-only, fsync'd per transaction). A write is
 * acknowledged only after its journal line is on disk. `compact()` folds the journal into a new
 * snapshot; replaying an already-folded journal is harmless because entries hold full states.
 */
export class DatasetFiles {
  readonly snapshotFile: string
  readonly journalFile: string
  private journalFd: number | undefined
  private journalBytes = 0
  private entriesSinceCompaction = 0

  constructor(
    readonly dir: string,
    readonly dataset: string,
  ) {
    this.snapshotFile = path.join(dir, `${dataset}.ndjson`)
    this.journalFile = path.join(dir, `${dataset}.journal.ndjson`)
  }

  exists(): boolean {
    return fs.existsSync(this.snapshotFile) || fs.existsSync(this.journalFile)
  }

  load(): LoadedDataset {
    const documents = new Map<string, SanityDocument>()
    const hasSnapshot = fs.existsSync(this.snapshotFile)
    const hasJournal = fs.existsSync(this.journalFile)
    if (hasSnapshot) {
      const text = readText(this.snapshotFile)
      const {values} = parseNdjson<SanityDocument>(text, this.snapshotFile, validateDocument)
      for (const doc of values) documents.set(doc._id, doc)
    }
    let journalEntries = 0
    let truncatedTail = false
    if (hasJournal) {
      const text = readText(this.journalFile)
      const parsed = parseNdjson<JournalEntry>(text, this.journalFile, validateJournalEntry, true)
      truncatedTail = parsed.truncatedTail
      for (const entry of parsed.values) {
        for (const {id, document} of entry.documents) {
          if (document) documents.set(id, document)
          else documents.delete(id)
        }
      }
      journalEntries = parsed.values.length
    }
    this.entriesSinceCompaction = journalEntries
    this.journalBytes = hasJournal ? fs.statSync(this.journalFile).size : 0
    if (truncatedTail || (hasJournal && !hasSnapshot)) {
      // An interrupted append (never acknowledged) or a lost snapshot: fold what we have.
      this.compact(documents.values())
    }
    return {documents, journalEntries, fresh: !hasSnapshot && !hasJournal}
  }

  /** Durably append one transaction. Throws if the disk write fails; then nothing was acknowledged. */
  append(entry: JournalEntry): void {
    if (this.journalFd === undefined) {
      fs.mkdirSync(this.dir, {recursive: true})
      this.journalFd = fs.openSync(this.journalFile, 'a')
    }
    const line = `${JSON.stringify(entry)}\n`
    fs.writeSync(this.journalFd, line)
    fs.fsyncSync(this.journalFd)
    this.journalBytes += Buffer.byteLength(line)
    this.entriesSinceCompaction++
  }

  shouldCompact(): boolean {
    return this.entriesSinceCompaction >= 5000 || this.journalBytes > 64 * 1024 * 1024
  }

  /** Write a fresh snapshot atomically, then empty the journal. */
  compact(documents: Iterable<SanityDocument>): void {
    writeFileAtomic(this.snapshotFile, toNdjson(documents))
    this.closeJournal()
    fs.rmSync(this.journalFile, {force: true})
    this.journalBytes = 0
    this.entriesSinceCompaction = 0
  }

  closeJournal(): void {
    if (this.journalFd !== undefined) {
      fs.closeSync(this.journalFd)
      this.journalFd = undefined
    }
  }

  /** Remove the dataset's files (snapshot, journal, stray temp files). */
  remove(): void {
    this.closeJournal()
    removeDatasetFiles(this.dir, this.dataset)
  }
}

export function removeDatasetFiles(dir: string, dataset: string): void {
  if (!fs.existsSync(dir)) return
  for (const name of fs.readdirSync(dir)) {
    if (name === `${dataset}.ndjson` || name.startsWith(`${dataset}.ndjson.tmp-`)) {
      fs.rmSync(path.join(dir, name), {force: true})
    }
    if (name === `${dataset}.journal.ndjson`) fs.rmSync(path.join(dir, name), {force: true})
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (err) {
    throw new CorruptFileError(file, `unreadable: ${(err as Error).message}`)
  }
}

/** Read a seed NDJSON file. Returns undefined if it does not exist; throws naming the file if bad. */
export function readSeedFile(file: string): SanityDocument[] | undefined {
  if (!fs.existsSync(file)) return undefined
  return parseNdjson<SanityDocument>(readText(file), file, validateDocument).values
}
