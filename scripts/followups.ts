/**
 * npm run --silent followups -- [--today YYYY-MM-DD] [--format md|json|ics] [--dataset file.ndjson]
 *                               [--time-zone Area/City] [--studio-url URL]
 *
 * The follow-up digest (md, json) or calendar feed (ics) for the desk. Reads published, public
 * documents only, and only the fields it prints: from an NDJSON export (--dataset), the hosted
 * project (SANITY_STUDIO_PROJECT_ID, with SANITY_AUTH_TOKEN for a private dataset) or else the
 * local content backend. Exit 0 on success, 1 when the content cannot be read, 2 on bad arguments.
 */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

import {createClient} from '@sanity/client'
import {evaluate, parse} from 'groq-js'

import {trustLocalCertificate} from '../local-backend/client'
import {DEV_TOKEN} from '../local-backend/lib/auth'
import {DEFAULT_OPTIONS} from '../plugins/followUps/constants'
import {isCalendarDate, todayIn} from '../plugins/followUps/lib/calendarDate'
import {
  buildDigest,
  isPublicId,
  renderIcs,
  renderJson,
  renderMarkdown,
} from '../plugins/followUps/lib/digest'
import {FOLLOW_UPS_QUERY} from '../plugins/followUps/lib/followUpsQuery'
import {isTimeZone} from '../plugins/followUps/lib/resolveOptions'
import {API_VERSION} from '../schemas/apiVersion'
import type {FOLLOW_UPS_QUERY_RESULT} from '../types/sanity.types'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FORMATS = ['md', 'json', 'ics'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: npm run --silent followups -- [--today YYYY-MM-DD] [--format md|json|ics] [--dataset file.ndjson] [--time-zone Area/City] [--studio-url URL]`

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}

class UsageError extends Error {}
class SourceError extends Error {}

interface CliArgs {
  today: string
  format: Format
  dataset?: string
  timeZone: string
  studioUrl: string
}

function readArgs(argv: string[], env: NodeJS.ProcessEnv): CliArgs | 'help' {
  let values
  try {
    ;({values} = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        today: {type: 'string'},
        format: {type: 'string'},
        dataset: {type: 'string'},
        'time-zone': {type: 'string'},
        'studio-url': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    }))
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help) return 'help'
  const timeZone = values['time-zone'] ?? env.FOLLOW_UPS_TIME_ZONE ?? DEFAULT_OPTIONS.timeZone
  if (!isTimeZone(timeZone)) {
    throw new UsageError(
      `--time-zone "${timeZone}" is not an IANA time zone such as America/New_York.`,
    )
  }
  const today = values.today ?? todayIn(timeZone)
  if (!isCalendarDate(today)) {
    throw new UsageError(`--today "${today}" is not a date in the form YYYY-MM-DD.`)
  }
  const format = values.format ?? 'md'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(', ')}.`)
  }
  const studioUrl = values['studio-url'] ?? env.SANITY_STUDIO_URL ?? 'http://localhost:3333'
  if (!/^https?:\/\/[^\s/]+/.test(studioUrl)) {
    throw new UsageError(`--studio-url "${studioUrl}" is not an http(s) address.`)
  }
  if (values.dataset !== undefined && !existsSync(values.dataset)) {
    throw new UsageError(`--dataset ${values.dataset}: no such file.`)
  }
  return {today, format: format as Format, dataset: values.dataset, timeZone, studioUrl}
}

/** Runs the digest query over an NDJSON export, after dropping every non-public document. */
export async function readDataset(file: string): Promise<FOLLOW_UPS_QUERY_RESULT> {
  const text = await readFile(file, 'utf8')
  const documents: {_id?: unknown}[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch {
      throw new SourceError(`${file}, line ${index + 1}: not a JSON document.`)
    }
    // Drafts, versions and private documents (e.g. `private.` source contacts) never enter.
    if (doc && typeof doc === 'object' && isPublicId((doc as {_id?: unknown})._id)) {
      documents.push(doc as {_id?: unknown})
    }
  })
  const result = await evaluate(parse(FOLLOW_UPS_QUERY), {dataset: documents})
  return (await result.get()) as FOLLOW_UPS_QUERY_RESULT
}

function localCertificateFile(env: NodeJS.ProcessEnv): string {
  const dataDir = env.LOCAL_BACKEND_DATA_DIR ?? path.join(PROJECT_ROOT, '.local', 'content')
  return env.LOCAL_BACKEND_CERT_FILE ?? path.join(dataDir, 'tls', 'localhost-cert.pem')
}

async function readProject(env: NodeJS.ProcessEnv): Promise<FOLLOW_UPS_QUERY_RESULT> {
  const hosted = Boolean(env.SANITY_STUDIO_PROJECT_ID)
  const dataset = env.SANITY_STUDIO_DATASET || 'production'
  const where = hosted
    ? `project ${env.SANITY_STUDIO_PROJECT_ID}, dataset ${dataset}`
    : `the local backend at ${env.SANITY_STUDIO_LOCAL_API_HOST || 'https://localhost:4443'}`
  if (!hosted) trustLocalCertificate(localCertificateFile(env))
  const client = createClient({
    apiVersion: API_VERSION,
    dataset,
    useCdn: false,
    perspective: 'published',
    ...(hosted
      ? {projectId: env.SANITY_STUDIO_PROJECT_ID, token: env.SANITY_AUTH_TOKEN || undefined}
      : {
          projectId: 'policydesk',
          apiHost: env.SANITY_STUDIO_LOCAL_API_HOST || 'https://localhost:4443',
          useProjectHostname: false,
          token: env.LOCAL_BACKEND_TOKEN || DEV_TOKEN,
        }),
  })
  try {
    return await client.fetch<FOLLOW_UPS_QUERY_RESULT>(FOLLOW_UPS_QUERY)
  } catch (error) {
    const hint = hosted
      ? ''
      : ' Start it with `npm run backend -- start` (or `npm run dev`), or pass --dataset.'
    throw new SourceError(`cannot read from ${where}: ${(error as Error).message}.${hint}`)
  }
}

export async function runFollowUpsCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs | 'help'
  try {
    args = readArgs(argv, io.env)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`followups: ${error.message}\n${USAGE}\n`)
    return 2
  }
  if (args === 'help') {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  let commitments: FOLLOW_UPS_QUERY_RESULT
  try {
    commitments = args.dataset ? await readDataset(args.dataset) : await readProject(io.env)
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    io.stderr(`followups: ${error.message}\n`)
    return 1
  }
  const digest = buildDigest(commitments, {
    today: args.today,
    timeZone: args.timeZone,
    studioUrl: args.studioUrl,
  })
  const render = {md: renderMarkdown, json: renderJson, ics: renderIcs}[args.format]
  io.stdout(render(digest))
  return 0
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href

if (invokedDirectly) {
  process.exitCode = await runFollowUpsCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  })
}
