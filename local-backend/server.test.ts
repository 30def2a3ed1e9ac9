import fs from 'node:fs'
import http2 from 'node:http2'
import os from 'node:os'
import path from 'node:path'

import type {SanityClient} from '@sanity/client'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {localBackendClient, trustLocalCertificate} from './client'
import {DEV_TOKEN, startLocalBackend, type LocalBackend} from './server'

let dir: string
let backend: LocalBackend
let client: SanityClient

const SEED = [
  {_id: 'post-1', _type: 'post', title: 'Quantum computing agreement'},
  {_id: 'drafts.post-1', _type: 'post', title: 'Quantum computing agreement (draft)'},
  {_id: 'post-2', _type: 'post', title: 'Fisheries accord'},
]

function makeClient(token?: string): SanityClient {
  return localBackendClient({apiHost: backend.url, token})
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-backend-http-'))
  const seedFile = path.join(dir, 'seed.ndjson')
  fs.writeFileSync(seedFile, SEED.map((doc) => JSON.stringify(doc)).join('\n'))
  backend = await startLocalBackend({
    port: 0,
    dataDir: path.join(dir, 'data'),
    seedFile,
    log: () => undefined,
  })
  // The backend's certificate is self-signed: this process trusts that one certificate.
  trustLocalCertificate(backend.certFile)
  client = makeClient(DEV_TOKEN)
})

afterAll(async () => {
  await backend?.close()
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('local backend over HTTP with @sanity/client', () => {
  it('queries with perspectives and parameters', async () => {
    const published = await client.fetch('*[_type == $t] | order(_id asc) {_id, title}', {
      t: 'post',
    })
    expect(published.map((doc: {_id: string}) => doc._id)).toEqual(['post-1', 'post-2'])
    const drafts = await client.fetch(
      '*[_id == "post-1"][0]{_id, _originalId, title}',
      {},
      {perspective: 'drafts'},
    )
    expect(drafts).toEqual({
      _id: 'post-1',
      _originalId: 'drafts.post-1',
      title: 'Quantum computing agreement (draft)',
    })
    const raw = await client.fetch('count(*)', {}, {perspective: 'raw'})
    expect(raw).toBe(3)
    const search = await client.fetch('*[[@, _id] match text::query($q)]._id', {q: 'fish*'})
    expect(search).toEqual(['post-2'])
  })

  it('accepts /vX, /v1 and /v2021-06-07 paths, POST queries and returnQuery=false', async () => {
    const headers = {authorization: `Bearer ${DEV_TOKEN}`}
    for (const version of ['vX', 'v1', 'v2021-06-07']) {
      const response = await fetch(
        `${backend.url}/${version}/data/query/production?query=count(*)&tag=x`,
        {headers},
      )
      const body = (await response.json()) as {result: number; query: string; ms: number}
      expect(body.result).toBe(version === 'vX' ? 2 : 3)
      expect(body.query).toBe('count(*)')
      expect(typeof body.ms).toBe('number')
    }
    const post = await fetch(
      `${backend.url}/v2025-10-01/data/query/production?returnQuery=false&perspective=raw`,
      {
        method: 'POST',
        headers: {...headers, 'content-type': 'application/json'},
        body: JSON.stringify({query: '*[_id in $ids]._id', params: {ids: ['post-2']}}),
      },
    )
    expect(await post.json()).toEqual({result: ['post-2'], ms: expect.any(Number)})
  })

  it('mutates, returns documents and rejects a stale ifRevisionID with 409', async () => {
    const created = await client.create({_id: 'post-3', _type: 'post', title: 'Created'})
    expect(created).toMatchObject({
      _id: 'post-3',
      _rev: expect.any(String),
      _createdAt: expect.any(String),
    })
    const patched = await client.patch('post-3').set({title: 'Patched'}).commit()
    expect(patched.title).toBe('Patched')
    await expect(
      client.patch('post-3').ifRevisionId('stale').set({title: 'Nope'}).commit(),
    ).rejects.toMatchObject({
      statusCode: 409,
    })
    const result = await client
      .transaction()
      .createOrReplace({_id: 'post-4', _type: 'post'})
      .delete('post-3')
      .commit()
    expect(result.results).toEqual([
      {id: 'post-4', operation: 'create'},
      {id: 'post-3', operation: 'delete'},
    ])
    const docs = await client.getDocuments(['post-4', 'post-3'])
    expect(docs.map((doc) => doc?._id ?? null)).toEqual(['post-4', null])
  })

  it('answers the doc endpoint with documents and omitted', async () => {
    const response = await fetch(
      `${backend.url}/v2025-02-19/data/doc/production/post-1,drafts.nope`,
      {
        headers: {authorization: `Bearer ${DEV_TOKEN}`},
      },
    )
    const body = (await response.json()) as {documents: {_id: string}[]; omitted: unknown[]}
    expect(body.documents.map((doc) => doc._id)).toEqual(['post-1'])
    expect(body.omitted).toEqual([{id: 'drafts.nope', reason: 'existence'}])
  })

  it('runs actions: edit from published, then publish', async () => {
    await client.action(
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.post-2',
        publishedId: 'post-2',
        patch: {set: {title: 'Fisheries accord v2'}},
      },
      {transactionId: 'edit-tx-1'},
    )
    expect((await client.getDocument('drafts.post-2'))?._rev).toBe('edit-tx-1')
    const published = await client.getDocument('post-2')
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.post-2',
      publishedId: 'post-2',
      ifPublishedRevisionId: published?._rev,
    })
    expect((await client.getDocument('post-2'))?.title).toBe('Fisheries accord v2')
    expect(await client.getDocument('drafts.post-2')).toBeUndefined()
    await expect(
      // Deliberately unsupported: the typed client would not let us send it otherwise.
      client.action({
        actionType: 'sanity.action.document.version.create',
        publishedId: 'post-2',
      } as never),
    ).rejects.toMatchObject({statusCode: 400})
  })

  it('streams listener events to client.listen()', async () => {
    const events: Record<string, unknown>[] = []
    const received = new Promise<Record<string, unknown>>((resolve, reject) => {
      const subscription = client
        .listen(
          '*[_type == "post" && _id == $id]',
          {id: 'post-5'},
          {events: ['welcome', 'mutation'], effectFormat: 'mendoza'},
        )
        .subscribe({
          next: (event) => {
            events.push(event as Record<string, unknown>)
            if (event.type === 'welcome') {
              client
                .create({_id: 'post-other', _type: 'post'})
                .then(() => client.create({_id: 'post-5', _type: 'post', title: 'Live'}), reject)
            }
            if (event.type === 'mutation') {
              subscription.unsubscribe()
              resolve(event as Record<string, unknown>)
            }
          },
          error: reject,
        })
    })
    const mutation = await received
    expect(events[0]).toMatchObject({type: 'welcome', listenerName: expect.any(String)})
    expect(mutation).toMatchObject({
      type: 'mutation',
      documentId: 'post-5',
      transition: 'appear',
      result: {title: 'Live'},
      transactionTotalEvents: 1,
      effects: {apply: [0, expect.objectContaining({title: 'Live'})], revert: [0, null]},
    })
  })

  it('requires the token for users/me, writes and listening; anonymous reads see only public ids', async () => {
    const anonymous = makeClient()
    await expect(anonymous.request({url: '/users/me'})).rejects.toMatchObject({statusCode: 401})
    await expect(anonymous.create({_type: 'post'})).rejects.toMatchObject({statusCode: 401})
    expect(
      await anonymous.fetch('*[_id == "post-1"][0]._originalId', {}, {perspective: 'drafts'}),
    ).toBe('post-1')
    expect(
      await anonymous.fetch('count(*[_id in path("drafts.**")])', {}, {perspective: 'raw'}),
    ).toBe(0)
    const me = await client.request({url: '/users/me'})
    expect(me).toMatchObject({
      id: 'local-editor',
      roles: [{name: 'administrator', title: 'Administrator'}],
    })
    const listen = await fetch(`${backend.url}/v2025-10-01/data/listen/production?query=*`)
    expect(listen.status).toBe(401)
  })

  it('answers probes, ACL and history quickly', async () => {
    const headers = {authorization: `Bearer ${DEV_TOKEN}`}
    const get = (p: string) => fetch(`${backend.url}${p}`, {headers})
    expect(
      await (await get('/v2025-10-01/projects/policydesk/datasets/production/acl')).json(),
    ).toEqual([{filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update']}])
    for (const probe of [
      '/v1/projects/policydesk',
      '/v1/features',
      '/v1/journey/x',
      '/v1/intake/x',
      '/v1/schedules/x',
      '/v2022-06-30/socket/production',
    ]) {
      expect((await get(probe)).status).toBe(404)
    }
    expect(await (await get('/v1/users/me/keyvalue/a,b')).json()).toEqual([
      {key: 'a', value: null},
      {key: 'b', value: null},
    ])
    expect(await (await get('/v1/data/history/production/events/documents/post-1')).json()).toEqual(
      {
        events: {'post-1': []},
        nextCursor: '',
      },
    )
    expect(await (await get('/v1/data/history/production/transactions/post-1')).text()).toBe('')
  })

  it('handles CORS for the Studio origin only', async () => {
    const preflight = await fetch(`${backend.url}/v1/data/query/production`, {
      method: 'OPTIONS',
      headers: {origin: 'http://localhost:3333', 'access-control-request-headers': 'authorization'},
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
    const foreign = await fetch(`${backend.url}/v1/data/query/production?query=1`, {
      headers: {origin: 'https://example.com'},
    })
    expect(foreign.status).toBe(403)
  })

  it('speaks HTTP/2', async () => {
    const session = http2.connect(backend.url, {rejectUnauthorized: false})
    const status = await new Promise<number>((resolve, reject) => {
      const stream = session.request({':path': '/v1/ping'})
      stream.on('response', (headers) => resolve(Number(headers[':status'])))
      stream.on('error', reject)
      stream.resume()
    })
    session.close()
    expect(status).toBe(200)
  })

  it('keeps acknowledged writes across a restart', async () => {
    await client.createOrReplace({_id: 'durable', _type: 'post', title: 'Kept'})
    const dataDir = backend.store.dataDir
    await backend.close()
    backend = await startLocalBackend({
      port: 0,
      dataDir,
      seedFile: path.join(dir, 'seed.ndjson'),
      log: () => undefined,
    })
    client = makeClient(DEV_TOKEN)
    expect((await client.getDocument('durable'))?.title).toBe('Kept')
  })
})
