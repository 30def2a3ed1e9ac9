import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {evaluate, parse} from 'groq-js'

import {localBackendClient, trustLocalCertificate} from '../local-backend/client'
import {DEV_TOKEN, startLocalBackend} from '../local-backend/server'
import {fixed, medianMs, report} from './measure'

const LIST_QUERY =
  '*[_type == "commitment" && status == $status] | order(title asc) [0...50]{_id, title, status, "agreement": agreement->shortName}'

/** 10,000 documents: 500 agreements and 9,500 commitments that reference them. */
function generateDataset() {
  const agreements = Array.from({length: 500}, (_, i) => ({
    _id: `agreement-${i}`,
    _type: 'agreement',
    title: `Memorandum ${i} on cooperation in science and technology`,
    shortName: `Deal ${i}`,
    legalStatus: {_type: 'legalStatus', status: i % 3 === 0 ? 'binding' : 'nonBinding'},
  }))
  const statuses = ['notYetRated', 'inTheWorks', 'stalled', 'kept', 'broken']
  const commitments = Array.from({length: 9_500}, (_, i) => ({
    _id: `commitment-${i}`,
    _type: 'commitment',
    title: `Commitment ${String(i).padStart(5, '0')} on fusion, quantum and space research`,
    summary:
      'The participants intend to collaborate on joint research and exchanges of researchers.',
    status: statuses[i % statuses.length],
    agreement: {_type: 'reference', _ref: `agreement-${i % 500}`},
  }))
  return [...agreements, ...commitments]
}

async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<unknown>) {
  let next = 0
  await Promise.all(
    Array.from({length: concurrency}, async () => {
      while (next < items.length) await run(items[next++]!)
    }),
  )
}

export async function benchBackend() {
  const documents = generateDataset()
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-desk-bench-'))
  const seedFile = path.join(dir, 'seed.ndjson')
  writeFileSync(seedFile, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')

  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const params = {status: 'inTheWorks'}
  const tree = parse(LIST_QUERY, {params})
  const inProcess = await medianMs(async () => {
    const result = await evaluate(tree, {
      dataset: documents,
      params,
      dereference: ({_ref}) => byId.get(_ref),
    })
    await result.get()
  }, 15)

  const backend = await startLocalBackend({
    port: 0,
    dataDir: path.join(dir, 'data'),
    seedFile,
    log: () => undefined,
  })
  try {
    trustLocalCertificate(backend.certFile)
    const client = localBackendClient({apiHost: backend.url, token: DEV_TOKEN})
    const throughServer = await medianMs(() => client.fetch(LIST_QUERY, params), 15)
    report(
      'backend list query (10k docs)',
      {
        inProcessGroqJs: `${fixed(inProcess)}ms`,
        throughServer: `${fixed(throughServer)}ms`,
        overhead: `${fixed(throughServer / inProcess, 2)}x`,
      },
      '<= 2x in-process',
    )

    const patches = Array.from({length: 2_000}, (_, i) => i)
    const started = performance.now()
    await pool(patches, 16, (i) =>
      client
        .patch(`commitment-${i}`)
        .set({summary: `Updated ${i}`})
        .commit({returnDocuments: false}),
    )
    const seconds = (performance.now() - started) / 1000
    report(
      'backend mutations (16 clients)',
      {mutations: patches.length, perSecond: fixed(patches.length / seconds, 0)},
      '>= 500/s',
    )

    const delays: number[] = []
    let sentAt = 0
    let resolveEvent: () => void = () => undefined
    const subscription = client
      .listen('*[_id == "commitment-42"]', {}, {events: ['mutation'], includeResult: true})
      .subscribe(() => {
        delays.push(performance.now() - sentAt)
        resolveEvent()
      })
    await new Promise((resolve) => setTimeout(resolve, 300))
    for (let i = 0; i < 31; i++) {
      const received = new Promise<void>((resolve) => (resolveEvent = resolve))
      sentAt = performance.now()
      await client
        .patch('commitment-42')
        .set({summary: `Listener check ${i}`})
        .commit()
      await received
    }
    subscription.unsubscribe()
    delays.sort((a, b) => a - b)
    report(
      'backend mutation -> listener event',
      {events: delays.length, median: `${fixed(delays[Math.floor(delays.length / 2)]!)}ms`},
      '< 50 ms median',
    )
  } finally {
    await backend.close()
    rmSync(dir, {recursive: true, force: true})
  }
}
