/**
 * Contact details are provably private: a `sourceContact` under `private.` never leaves the
 * dataset through any public path this project has. Each test first proves the contact is
 * really there (so an empty answer means "hidden", not "missing"), then looks for its e-mail
 * address and phone number in what every export path returns:
 * the committed seed, `npm run followups` (md, json, ics), the article preview and source
 * directory queries, anonymous queries and document fetches against the local backend, and
 * the backend's `/data/export` without a token.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type {SanityClient} from '@sanity/client'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'

import {localBackendClient, trustLocalCertificate} from '../local-backend/client'
import {DEV_TOKEN, startLocalBackend, type LocalBackend} from '../local-backend/server'
import {ARTICLE_PREVIEW_QUERY, previewParams} from '../plugins/quotes/lib/articlePreview'
import {contactIdFor, newContact} from '../plugins/quotes/lib/contactIds'
import {sourceDirectoryQuery} from '../plugins/quotes/lib/sourceDirectory'
import {WHERE_USED_QUERY, whereUsedParams} from '../plugins/quotes/lib/whereUsed'
import {runFollowUpsCli} from '../scripts/followups'
import {loadSeed, SEED_FILE} from './helpers/seedDataset'

const seed = loadSeed()
const source = seed.find((doc) => doc._type === 'expertSource')!
const EMAIL = 'cole.private-line@example.org'
const PHONE = '+1 202 555 0143'
const contact = {...newContact(source._id), email: EMAIL, phone: PHONE, notes: 'Mornings only'}
const draftContact = {...contact, _id: `drafts.${contact._id}`, phone: '+1 202 555 0199'}
const SECRETS = [EMAIL, PHONE, draftContact.phone, 'Mornings only']

const expectNoSecrets = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

let dir: string
let datasetFile: string
let backend: LocalBackend

function client(token?: string): SanityClient {
  return localBackendClient({apiHost: backend.url, token})
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-'))
  datasetFile = path.join(dir, 'with-contacts.ndjson')
  fs.writeFileSync(
    datasetFile,
    [...seed, contact, draftContact].map((doc) => JSON.stringify(doc)).join('\n') + '\n',
  )
  backend = await startLocalBackend({
    port: 0,
    dataDir: path.join(dir, 'data'),
    seedFile: datasetFile,
    log: () => undefined,
  })
  // The backend's certificate is self-signed: this process trusts that one certificate.
  trustLocalCertificate(backend.certFile)
})

afterAll(async () => {
  await backend?.close()
  fs.rmSync(dir, {recursive: true, force: true})
})

vi.setConfig({testTimeout: 30_000})

describe('contact details are private', () => {
  it('live under private. ids, one per source', () => {
    expect(contact._id).toBe(`private.contact-${source._id}`)
    expect(contactIdFor(`drafts.${source._id}`)).toBe(contact._id)
  })

  it('the committed seed holds no contact at all', () => {
    const text = fs.readFileSync(SEED_FILE, 'utf8')
    expect(seed.filter((doc) => doc._type === 'sourceContact')).toEqual([])
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
    expect(seed.every((doc) => !doc._id.includes('.'))).toBe(true)
  })

  it('the token holder sees the contact (so the checks below are not vacuous)', async () => {
    const authed = client(DEV_TOKEN)
    expect(await authed.getDocument(contact._id)).toMatchObject({email: EMAIL})
    expect(await authed.fetch('count(*[_type == "sourceContact"])', {}, {perspective: 'raw'})).toBe(
      2,
    )
  })

  it('anonymous queries cannot see contacts, by type, by path, by reference or by search', async () => {
    const anonymous = client()
    expect(await anonymous.fetch('*[_type == "sourceContact"]')).toEqual([])
    expect(await anonymous.fetch('*[_id in path("private.**")]', {}, {perspective: 'raw'})).toEqual(
      [],
    )
    expect(await anonymous.fetch('*[_id in path("drafts.**")]', {}, {perspective: 'raw'})).toEqual(
      [],
    )
    expect(
      await anonymous.fetch('*[_type == "expertSource"]{"contacts": *[references(^._id)]._id}'),
    ).toEqual([{contacts: []}])
    expect(await anonymous.getDocument(contact._id)).toBeUndefined()
    for (const perspective of ['raw', 'published', 'drafts'] as const) {
      expectNoSecrets(JSON.stringify(await anonymous.fetch('*', {}, {perspective})))
    }
  })

  it('anonymous /data/export is refused and carries nothing', async () => {
    const response = await fetch(`${backend.url}/v1/data/export/production`)
    expect(response.status).toBe(401)
    expectNoSecrets(await response.text())
    // With the token, the export is a full backup and includes contacts (see the design doc).
    const backup = await fetch(`${backend.url}/v1/data/export/production`, {
      headers: {authorization: `Bearer ${DEV_TOKEN}`},
    })
    expect(backup.status).toBe(200)
    expect(await backup.text()).toContain(EMAIL)
  })

  it('the preview, source directory and where-used queries carry nothing private, even with a token', async () => {
    const authed = client(DEV_TOKEN)
    const article = seed.find((doc) => doc._type === 'article')!
    const directory = sourceDirectoryQuery()
    const answers = await Promise.all([
      authed.fetch(ARTICLE_PREVIEW_QUERY, previewParams(article)),
      authed.fetch(directory.query, directory.params),
      authed.fetch(WHERE_USED_QUERY, whereUsedParams(source._id, 'person-cole-donovan')),
    ])
    expect(answers[1]).toHaveLength(1)
    expectNoSecrets(JSON.stringify(answers))
  })

  it('npm run followups drops private documents from a dataset file, in every format', async () => {
    for (const format of ['md', 'json', 'ics']) {
      let out = ''
      const code = await runFollowUpsCli(
        ['--dataset', datasetFile, '--format', format, '--today', '2026-01-15'],
        {stdout: (text) => (out += text), stderr: () => undefined, env: {}},
      )
      expect(code).toBe(0)
      expect(out.length).toBeGreaterThan(0)
      expectNoSecrets(out)
    }
  })
})
