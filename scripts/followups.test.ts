import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

import ICAL from 'ical.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {startLocalBackend, type LocalBackend} from '../local-backend/server'
import type {Digest} from '../plugins/followUps/lib/digest'
import {loadSeed, SEED_FILE} from '../test/helpers/seedDataset'
import {runFollowUpsCli} from './followups'

const TODAY = '2026-11-26'

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runFollowUpsCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  })
  return {code, stdout, stderr}
}

const onSeed = (format: string, extra: string[] = []) =>
  run(['--dataset', SEED_FILE, '--today', TODAY, '--format', format, ...extra])

/** Open, dated follow-ups in the seed, counted straight from the documents. */
function openFollowUpsInSeed(docs = loadSeed()) {
  return docs
    .filter((doc) => doc._type === 'commitment' && !doc._id.includes('.'))
    .flatMap((doc) =>
      ((doc.followUps ?? []) as {_key: string; date?: string; state?: string}[])
        .filter((f) => f.date && (!f.state || f.state === 'planned' || f.state === 'inProgress'))
        .map((f) => `${doc._id}-${f._key}@policy-desk`),
    )
    .sort()
}

function eventsOf(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    start: event.getFirstPropertyValue('dtstart') as ICAL.Time,
    summary: String(event.getFirstPropertyValue('summary')),
    url: String(event.getFirstPropertyValue('url')),
  }))
}

describe('followups CLI on the seed', () => {
  it('md: a readable digest grouped by lane', async () => {
    const {code, stdout, stderr} = await onSeed('md')
    expect([code, stderr]).toEqual([0, ''])
    const open = openFollowUpsInSeed().length
    expect(stdout).toContain('# Follow-ups, 26 November 2026')
    expect(stdout).toContain(`## Overdue (${open})`)
    for (const heading of ['Due this week', 'Due in 30 days', 'Later', 'Unscheduled']) {
      expect(stdout).toContain(`## ${heading} (0)`)
    }
    expect(stdout).toContain(
      '- **2026-02-05** (294 days overdue) · US and Japan collaborate on AI standards, R&D and exports',
    )
    expect(stdout).toContain(
      '<http://localhost:3333/intent/edit/id=commitment-japan-ai;type=commitment>',
    )
  })

  it('json: {today, lanes} with the fields a script needs', async () => {
    const {code, stdout} = await onSeed('json')
    expect(code).toBe(0)
    const digest = JSON.parse(stdout) as Digest
    expect(digest.today).toBe(TODAY)
    expect(Object.keys(digest.lanes)).toEqual([
      'overdue',
      'dueThisWeek',
      'dueIn30Days',
      'later',
      'unscheduled',
    ])
    expect(digest.lanes.overdue).toHaveLength(openFollowUpsInSeed().length)
    expect(digest.lanes.overdue[0]).toEqual({
      commitmentId: 'commitment-japan-pharma-biotech',
      followUpKey: 'follow-up-100-days',
      title: 'US and Japan build resilient pharmaceutical and biotech supply chains',
      agreementId: 'agreement-us-japan-tpd',
      agreement: 'US–Japan Technology Prosperity Deal',
      dueDate: '2026-02-05',
      daysUntil: -294,
      reason: '100 days after signing',
      assignee: null,
      state: 'planned',
      rating: 'notYetRated',
      url: 'http://localhost:3333/intent/edit/id=commitment-japan-pharma-biotech;type=commitment',
    })
    for (const item of digest.lanes.overdue) expect(item.dueDate! < TODAY).toBe(true)
  })

  it('json: an earlier today spreads the same follow-ups over the lanes', async () => {
    const {stdout} = await run([
      '--dataset',
      SEED_FILE,
      '--today',
      '2026-02-01',
      '--format',
      'json',
    ])
    const {lanes} = JSON.parse(stdout) as Digest
    expect(lanes.overdue).toHaveLength(0)
    expect(lanes.dueThisWeek.map((item) => item.dueDate)).toContain('2026-02-05')
    expect(lanes.later.length).toBeGreaterThan(0)
  })

  it('ics: one all-day VEVENT per open follow-up, read back by an independent parser', async () => {
    const {code, stdout} = await onSeed('ics')
    expect(code).toBe(0)
    const events = eventsOf(stdout)
    expect(events.map((event) => event.uid).sort()).toEqual(openFollowUpsInSeed())
    const ai = events.find(
      (event) => event.uid === 'commitment-japan-ai-follow-up-6-months@policy-desk',
    )
    expect(ai?.start.isDate).toBe(true)
    expect(ai?.start.toString()).toBe('2026-04-28')
    expect(ai?.summary).toBe('Follow-up: US and Japan collaborate on AI standards, R&D and exports')
    expect(ai?.url).toBe('http://localhost:3333/intent/edit/id=commitment-japan-ai;type=commitment')
  })

  it('ics: UIDs (and the whole feed) are stable across runs; the studio URL is configurable', async () => {
    const first = await onSeed('ics')
    const second = await onSeed('ics')
    expect(eventsOf(second.stdout).map((e) => e.uid)).toEqual(
      eventsOf(first.stdout).map((e) => e.uid),
    )
    expect(second.stdout).toBe(first.stdout)
    const hosted = await onSeed('ics', ['--studio-url', 'https://desk.example.org/studio/'])
    expect(eventsOf(hosted.stdout)[0]?.url).toMatch(
      /^https:\/\/desk\.example\.org\/studio\/intent\/edit\/id=commitment-[a-z0-9-]+;type=commitment$/,
    )
  })
})

describe('followups CLI privacy', () => {
  let dir: string
  let dataset: string

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followups-privacy-'))
    dataset = path.join(dir, 'export.ndjson')
    const seed = loadSeed()
    const ai = seed.find((doc) => doc._id === 'commitment-japan-ai')!
    const extra = [
      // A draft of a published commitment, with an unpublished follow-up and a secret note.
      {
        ...ai,
        _id: 'drafts.commitment-japan-ai',
        title: 'DRAFT-ONLY TITLE',
        followUps: [
          {_key: 'draft-check', _type: 'followUp', date: '2026-12-01', reason: 'DRAFT REASON'},
        ],
      },
      // A commitment that exists only as a draft.
      {...ai, _id: 'drafts.commitment-unpublished', title: 'UNPUBLISHED COMMITMENT'},
      // A version in a release.
      {...ai, _id: 'versions.r1.commitment-japan-ai', title: 'RELEASE VERSION TITLE'},
      // An expert source's private contact details.
      {
        _id: 'private.contact-cole-donovan',
        _type: 'sourceContact',
        source: {_type: 'reference', _ref: 'source-cole-donovan', _weak: true},
        email: 'cole.secret@example.com',
        phone: '+1 202 555 0100',
      },
      // A published commitment that points at a private organization.
      {
        ...ai,
        _id: 'commitment-with-private-party',
        title: 'Public commitment with a private party',
        parties: [{_key: 'p', _type: 'reference', _ref: 'private.org-hidden'}],
      },
      {
        _id: 'private.org-hidden',
        _type: 'organization',
        name: 'HIDDEN ORGANIZATION',
        country: 'ZZ',
      },
    ]
    fs.writeFileSync(dataset, [...seed, ...extra].map((doc) => JSON.stringify(doc)).join('\n'))
  })

  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

  it.each(['md', 'json', 'ics'])('%s carries no draft, version or private data', async (format) => {
    const {code, stdout} = await run(['--dataset', dataset, '--today', TODAY, '--format', format])
    expect(code).toBe(0)
    for (const secret of [
      'DRAFT-ONLY TITLE',
      'DRAFT REASON',
      'draft-check',
      'UNPUBLISHED COMMITMENT',
      'RELEASE VERSION TITLE',
      'cole.secret@example.com',
      '555 0100',
      'HIDDEN ORGANIZATION',
      'drafts.',
      'versions.',
      'private.',
    ]) {
      expect(stdout).not.toContain(secret)
    }
    // The public commitment itself is still listed, without the private party.
    expect(stdout).toContain('commitment-with-private-party')
  })
})

describe('followups CLI arguments', () => {
  it.each([
    [['--today', '2026-13-01'], '--today "2026-13-01" is not a date in the form YYYY-MM-DD.'],
    [['--today', 'tomorrow'], '--today "tomorrow" is not a date'],
    [['--format', 'xml'], '--format "xml" is not one of md, json, ics.'],
    [
      ['--dataset', '/nonexistent/export.ndjson'],
      '--dataset /nonexistent/export.ndjson: no such file.',
    ],
    [['--time-zone', 'Mars/Base'], '--time-zone "Mars/Base" is not an IANA time zone'],
    [
      ['--studio-url', 'localhost:3333'],
      '--studio-url "localhost:3333" is not an http(s) address.',
    ],
    [['--colour'], "Unknown option '--colour'"],
    [['stray'], 'Unexpected argument'],
  ])('%j → exit 2 with a clear message', async (argv, message) => {
    const {code, stdout, stderr} = await run(argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(stderr).toContain('Usage: npm run --silent followups --')
  })

  it('reports an unreadable export line and exits 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followups-bad-'))
    const file = path.join(dir, 'bad.ndjson')
    fs.writeFileSync(file, '{"_id":"a","_type":"commitment"}\n{not json\n')
    const {code, stderr} = await run(['--dataset', file, '--today', TODAY])
    fs.rmSync(dir, {recursive: true, force: true})
    expect(code).toBe(1)
    expect(stderr).toContain('bad.ndjson, line 2: not a JSON document.')
  })

  it('exits 2 as a real process', async () => {
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'followups.ts'), '--format', 'pdf'],
      {cwd: path.join(import.meta.dirname, '..')},
    ).catch((error: {code: number; stderr: string}) => error)
    expect(result).toMatchObject({code: 2})
    expect((result as {stderr: string}).stderr).toContain('--format "pdf" is not one of')
  }, 20_000)
})

describe('followups CLI on the local backend', () => {
  let dir: string
  let backend: LocalBackend

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followups-backend-'))
    backend = await startLocalBackend({
      port: 0,
      dataDir: path.join(dir, 'data'),
      seedFile: SEED_FILE,
      log: () => undefined,
    })
  })

  afterAll(async () => {
    await backend?.close()
    fs.rmSync(dir, {recursive: true, force: true})
  })

  it('reads the same digest over HTTPS as from the export, trusting the backend’s certificate', async () => {
    const env = {
      SANITY_STUDIO_LOCAL_API_HOST: backend.studioApiHost,
      LOCAL_BACKEND_CERT_FILE: backend.certFile,
    }
    const live = await run(['--today', TODAY, '--format', 'json'], env)
    expect(live.stderr).toBe('')
    expect(live.code).toBe(0)
    expect(live.stdout).toBe((await onSeed('json')).stdout)
  })

  it('says how to start the backend when it is not running', async () => {
    const {code, stderr} = await run(['--today', TODAY], {
      SANITY_STUDIO_LOCAL_API_HOST: 'https://localhost:1',
    })
    expect(code).toBe(1)
    expect(stderr).toContain('cannot read from the local backend at https://localhost:1')
    expect(stderr).toContain('npm run backend -- start')
  })
})
