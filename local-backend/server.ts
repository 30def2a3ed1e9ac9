import fs from 'node:fs'
import http2 from 'node:http2'
import type {IncomingHttpHeaders} from 'node:http'
import path from 'node:path'

import {applyActions} from './lib/actions'
import {
  DEV_TOKEN,
  FULL_GRANTS,
  LOCAL_USER,
  corsDecision,
  isAuthorized,
  isPublicDocumentId,
  requiredAccess,
} from './lib/auth'
import {ContentStore} from './lib/contentStore'
import type {Dataset} from './lib/dataset'
import {randomId} from './lib/ids'
import {
  buildListenerEvents,
  createDocumentFilter,
  formatSse,
  parseListenOptions,
} from './lib/listener'
import {applyMutations, selectionQuery} from './lib/mutations'
import {applyPerspective, parsePerspective} from './lib/perspective'
import {indexById, paramsFromSearch, runQuery} from './lib/query'
import {ensureCertificate} from './lib/tls'
import {HttpError, isRecord, type CommittedTransaction, type SanityDocument} from './lib/types'

export {DEV_TOKEN} from './lib/auth'

export const DEFAULT_PORT = 4443
export const DEFAULT_PROJECT_ID = 'policydesk'
export const DEFAULT_STUDIO_ORIGINS = ['http://localhost:3333']
const KEEP_ALIVE_MS = 25_000
const MAX_BODY_BYTES = 50 * 1024 * 1024

export interface LocalBackendOptions {
  /** 0 picks a free port. Default 4443. */
  port?: number
  /** Default and recommended: 127.0.0.1. */
  host?: string
  /** Where datasets and the TLS certificate live. Default `<project>/.local/content`. */
  dataDir?: string
  /** Seed NDJSON for the first start. Default `<project>/seed/policy-desk.ndjson`. */
  seedFile?: string
  /** Dataset that the seed file fills. Default `production`. */
  dataset?: string
  token?: string
  studioOrigins?: string[]
  projectId?: string
  /** Log requests and lifecycle messages (default: lifecycle only). */
  log?: (message: string) => void
}

export interface LocalBackend {
  /** Base URL for Node clients (`https://127.0.0.1:<port>`). */
  url: string
  /** Base URL for the Studio's `apiHost` (`https://localhost:<port>`). */
  studioApiHost: string
  port: number
  certFile: string
  store: ContentStore
  close(): Promise<void>
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..')
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.local', 'content')
export const DEFAULT_SEED_FILE = path.join(PROJECT_ROOT, 'seed', 'policy-desk.ndjson')

type Request = http2.Http2ServerRequest
type Response = http2.Http2ServerResponse

interface Context {
  req: Request
  res: Response
  url: URL
  method: string
  apiVersion: string
  segments: string[]
  authorized: boolean
  corsHeaders: Record<string, string>
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function sendJson(
  ctx: Context,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  if (ctx.res.headersSent) return
  const text = JSON.stringify(body)
  ctx.res.writeHead(status, {
    ...ctx.corsHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...extra,
  })
  ctx.res.end(text)
}

function sendError(ctx: Context, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(ctx, error.status, error.toBody())
    return
  }
  console.error('[local-backend] internal error:', error)
  sendJson(ctx, 500, {
    error: {description: String((error as Error)?.message ?? error), type: 'internalError'},
  })
}

function notFound(ctx: Context): void {
  sendJson(ctx, 404, {
    error: 'Not Found',
    message: `No such endpoint: ${ctx.url.pathname}`,
    statusCode: 404,
  })
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large')
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text.trim()) return {}
  try {
    const body: unknown = JSON.parse(text)
    if (!isRecord(body)) throw new Error('not an object')
    return body
  } catch {
    throw new HttpError(400, 'Request body must be a JSON object', 'invalidJson')
  }
}

function truthy(value: string | null): boolean {
  return value === 'true' || value === '1'
}

/** Parse `/v<version>/<rest>`. Versions: `X`, `1`, or a `YYYY-MM-DD` date (optionally `v2021-06-07`). */
export function parseApiPath(
  pathname: string,
): {apiVersion: string; segments: string[]} | undefined {
  const match = /^\/v(X|1|\d{4}-\d{2}-\d{2})(\/.*)?$/.exec(pathname)
  if (!match) return undefined
  const segments = (match[2] ?? '/')
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment))
  return {apiVersion: match[1] ?? 'X', segments}
}

/** Start the local content backend (HTTP/2 over TLS, HTTP/1.1 allowed). */
export async function startLocalBackend(options: LocalBackendOptions = {}): Promise<LocalBackend> {
  const host = options.host ?? '127.0.0.1'
  const projectId = options.projectId ?? DEFAULT_PROJECT_ID
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR)
  const token = options.token ?? DEV_TOKEN
  if (token.length < 32) throw new Error('local-backend: the token must be at least 32 characters')
  const studioOrigins = options.studioOrigins ?? DEFAULT_STUDIO_ORIGINS
  const log = options.log ?? ((message: string) => console.log(message))

  const store = new ContentStore({
    dataDir,
    seedFile: options.seedFile ?? DEFAULT_SEED_FILE,
    seedDataset: options.dataset ?? 'production',
    log,
  })
  // Load (and if needed seed) the main dataset now, so a corrupt file fails the start.
  store.dataset(store.seedDataset)
  const tls = await ensureCertificate(dataDir, projectId)
  const streams = new Set<() => void>()

  async function route(ctx: Context): Promise<void> {
    const {segments, method} = ctx
    const [first, second, third, fourth] = segments
    if (first === 'ping') {
      ctx.res.writeHead(200, {...ctx.corsHeaders, 'content-type': 'text/plain'})
      ctx.res.end('PONG')
      return
    }
    const routeName = first === 'data' ? (second ?? '') : (first ?? '')
    if (requiredAccess(method, routeName) === 'token' && !ctx.authorized) {
      sendJson(ctx, 401, {
        error: 'Unauthorized',
        message: 'Send Authorization: Bearer <token> (see local-backend/README.md)',
        statusCode: 401,
      })
      return
    }

    if (first === 'users') {
      if (second === 'me' && segments.length === 2) return sendJson(ctx, 200, LOCAL_USER)
      if (second === 'me' && third === 'keyvalue') {
        const keys = (fourth ?? '').split(',').filter(Boolean)
        if (method === 'GET')
          return sendJson(
            ctx,
            200,
            keys.map((key) => ({key, value: null})),
          )
        const body = await readJson(ctx.req).catch(() => ({}))
        return sendJson(ctx, 200, Array.isArray(body) ? body : [body])
      }
      if (second && segments.length === 2) {
        const ids = second.split(',')
        const users = ids.filter((id) => id === LOCAL_USER.id).map(() => LOCAL_USER)
        if (ids.length === 1) return users[0] ? sendJson(ctx, 200, users[0]) : notFound(ctx)
        return sendJson(ctx, 200, users)
      }
      return notFound(ctx)
    }
    if (first === 'projects') {
      if (third === 'datasets' && fourth && segments[4] === 'acl' && segments.length === 5) {
        return sendJson(ctx, 200, FULL_GRANTS)
      }
      if (third === 'users' && fourth) {
        return sendJson(ctx, 200, fourth.split(',').includes(LOCAL_USER.id) ? [LOCAL_USER] : [])
      }
      return notFound(ctx)
    }
    if (first === 'auth' && second === 'logout') return sendJson(ctx, 200, {ok: true})
    if (first !== 'data' || !second || !third) return notFound(ctx)

    const datasetName = third
    const dataset = store.dataset(datasetName)
    switch (second) {
      case 'query':
        if (method !== 'GET' && method !== 'POST') break
        return handleQuery(ctx, dataset)
      case 'doc':
        if (method !== 'GET' || !fourth) break
        return handleDoc(ctx, dataset, fourth)
      case 'mutate':
        if (method !== 'POST') break
        return handleMutate(ctx, dataset)
      case 'actions':
        if (method !== 'POST') break
        return handleActions(ctx, dataset)
      case 'listen':
        if (method !== 'GET') break
        return handleListen(ctx, dataset)
      case 'history':
        return handleHistory(ctx, dataset, segments.slice(3))
      case 'export':
        if (method !== 'GET') break
        ctx.res.writeHead(200, {...ctx.corsHeaders, 'content-type': 'application/x-ndjson'})
        ctx.res.end(
          dataset
            .all()
            .map((doc) => JSON.stringify(doc))
            .join('\n') + '\n',
        )
        return
    }
    return notFound(ctx)
  }

  function visibleDocuments(
    ctx: Context,
    dataset: Dataset,
    perspective: ReturnType<typeof parsePerspective>,
  ) {
    const view = dataset.view(perspective)
    if (ctx.authorized) return view
    // Anonymous: as in a public dataset, only documents without a `.` path in their id.
    const publicDocs = dataset.all().filter((doc) => isPublicDocumentId(doc._id))
    const documents = applyPerspective(publicDocs, perspective)
    return {documents, byId: indexById(documents)}
  }

  async function handleQuery(ctx: Context, dataset: Dataset): Promise<void> {
    const started = performance.now()
    const search = ctx.url.searchParams
    let query = search.get('query') ?? ''
    let params = paramsFromSearch(search)
    if (ctx.method === 'POST') {
      const body = await readJson(ctx.req)
      if (typeof body.query === 'string') query = body.query
      if (isRecord(body.params)) params = {...params, ...body.params}
      if (
        isRecord(body.options) &&
        typeof body.options.perspective === 'string' &&
        !search.has('perspective')
      ) {
        search.set('perspective', body.options.perspective)
      }
    }
    if (!query) throw new HttpError(400, 'Missing "query"', 'queryParseError')
    const perspective = parsePerspective(search.getAll('perspective'), ctx.apiVersion)
    const view = visibleDocuments(ctx, dataset, perspective)
    const result = await runQuery(query, params, {
      documents: view.documents,
      byId: view.byId,
      identity: ctx.authorized ? LOCAL_USER.id : '',
      projectId,
      dataset: dataset.name,
    })
    const ms = Math.round(performance.now() - started)
    const body: Record<string, unknown> = {result, ms}
    if (search.get('returnQuery') !== 'false') body.query = query
    sendJson(ctx, 200, body)
  }

  function handleDoc(ctx: Context, dataset: Dataset, idList: string): void {
    const documents: SanityDocument[] = []
    const omitted: {id: string; reason: string}[] = []
    for (const id of idList
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const doc = dataset.get(id)
      if (doc && !ctx.authorized && !isPublicDocumentId(id))
        omitted.push({id, reason: 'permission'})
      else if (doc) documents.push(doc)
      else omitted.push({id, reason: 'existence'})
    }
    sendJson(ctx, 200, {documents, omitted})
  }

  async function handleMutate(ctx: Context, dataset: Dataset): Promise<void> {
    const body = await readJson(ctx.req)
    const search = ctx.url.searchParams
    const mutations = body.mutations
    if (!Array.isArray(mutations))
      throw new HttpError(400, '"mutations" must be an array', 'mutationError')
    // Query-selected patches/deletes are resolved against the committed state first.
    const selections = new Map<number, string[]>()
    for (const [index, mutation] of mutations.entries()) {
      const selection = selectionQuery(mutation)
      if (!selection) continue
      const view = dataset.view('raw')
      const ids = await runQuery(selection.query, selection.params, {...view})
      const list = (Array.isArray(ids) ? ids : [ids]).map((item) =>
        isRecord(item) ? item._id : item,
      )
      selections.set(
        index,
        list.filter((id): id is string => typeof id === 'string'),
      )
    }
    const {result, transaction} = dataset.transact(
      {
        transactionId:
          typeof body.transactionId === 'string'
            ? body.transactionId
            : (search.get('transactionId') ?? undefined),
        identity: LOCAL_USER.id,
        dryRun: truthy(search.get('dryRun')) || body.dryRun === true,
      },
      (scope) => applyMutations(scope, mutations, selections),
    )
    const afterById = new Map(transaction.changes.map((change) => [change.id, change.after]))
    const returnDocuments = truthy(search.get('returnDocuments'))
    const results = result.map((item) =>
      returnDocuments ? {...item, document: afterById.get(item.id) ?? dataset.get(item.id)} : item,
    )
    const response: Record<string, unknown> = {transactionId: transaction.transactionId, results}
    if (returnDocuments)
      response.documents = results.map((item) => ('document' in item ? item.document : null))
    sendJson(ctx, 200, response)
  }

  async function handleActions(ctx: Context, dataset: Dataset): Promise<void> {
    const body = await readJson(ctx.req)
    const {transaction} = dataset.transact(
      {
        transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
        identity: LOCAL_USER.id,
        dryRun: body.dryRun === true,
      },
      (scope) => applyActions(scope, body.actions),
    )
    sendJson(ctx, 200, {transactionId: transaction.transactionId})
  }

  function handleListen(ctx: Context, dataset: Dataset): void {
    const search = ctx.url.searchParams
    const query = search.get('query') ?? '*'
    const listenOptions = parseListenOptions(search)
    const {res} = ctx
    res.writeHead(200, {
      ...ctx.corsHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    })
    let filter
    try {
      filter = createDocumentFilter(query, paramsFromSearch(search), (id) => dataset.get(id))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      res.end(formatSse('channelError', {message}))
      return
    }
    const documentFilter = filter
    res.write(formatSse('welcome', {listenerName: `local-${randomId(12)}`}))
    let chain = Promise.resolve()
    const unsubscribe = dataset.subscribe((transaction: CommittedTransaction) => {
      chain = chain
        .then(async () => {
          const events = await buildListenerEvents(transaction, documentFilter, listenOptions)
          for (const event of events) {
            if (!res.writableEnded && !res.destroyed)
              res.write(formatSse('mutation', event, event.eventId))
          }
        })
        .catch((error: unknown) => console.error('[local-backend] listener event failed:', error))
    })
    const keepAlive = setInterval(() => {
      if (!res.writableEnded && !res.destroyed) res.write(': keep-alive\n\n')
    }, KEEP_ALIVE_MS)
    const stop = () => {
      clearInterval(keepAlive)
      unsubscribe()
      streams.delete(stop)
      if (!res.writableEnded && !res.destroyed) res.end()
    }
    streams.add(stop)
    res.on('close', stop)
    ctx.req.on('close', stop)
  }

  function handleHistory(ctx: Context, dataset: Dataset, rest: string[]): void {
    const [kind, sub, ids] = rest
    if (kind === 'events' && sub === 'documents' && ids) {
      return sendJson(ctx, 200, {
        events: Object.fromEntries(ids.split(',').map((id) => [id, []])),
        nextCursor: '',
      })
    }
    if (kind === 'transactions') {
      ctx.res.writeHead(200, {...ctx.corsHeaders, 'content-type': 'application/x-ndjson'})
      ctx.res.end('')
      return
    }
    if (kind === 'documents' && sub) {
      // No real history: only the current revision can be returned.
      const revision = ctx.url.searchParams.get('revision')
      const documents = sub
        .split(',')
        .map((id) => dataset.get(id))
        .filter(
          (doc): doc is NonNullable<typeof doc> =>
            doc !== null && (!revision || doc._rev === revision),
        )
      return sendJson(ctx, 200, {documents})
    }
    return notFound(ctx)
  }

  const server = http2.createSecureServer({allowHTTP1: true, key: tls.key, cert: tls.cert})
  server.on('request', (req: Request, res: Response) => {
    const url = new URL(req.url ?? '/', 'https://localhost')
    const method = (req.method ?? 'GET').toUpperCase()
    const cors = corsDecision(
      header(req.headers, 'origin'),
      studioOrigins,
      header(req.headers, 'access-control-request-headers'),
    )
    const ctx: Context = {
      req,
      res,
      url,
      method,
      apiVersion: 'X',
      segments: [],
      authorized: isAuthorized(header(req.headers, 'authorization'), token),
      corsHeaders: cors.headers,
    }
    if (!cors.allowed) {
      sendJson(ctx, 403, {
        error: 'Forbidden',
        message: `Origin ${header(req.headers, 'origin')} is not allowed`,
        statusCode: 403,
      })
      return
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, cors.headers)
      res.end()
      return
    }
    const parsed = parseApiPath(url.pathname)
    if (!parsed) return notFound(ctx)
    ctx.apiVersion = parsed.apiVersion
    ctx.segments = parsed.segments
    route(ctx).catch((error: unknown) => sendError(ctx, error))
  })
  const sockets = new Set<import('node:net').Socket>()
  server.on('secureConnection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('sessionError', () => undefined)
  server.on('tlsClientError', () => undefined)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port =
    typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT)
  const lockFile = path.join(dataDir, 'server.lock')
  fs.writeFileSync(lockFile, JSON.stringify({pid: process.pid, port, host}))

  let closed = false
  return {
    url: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
    studioApiHost: `https://localhost:${port}`,
    port,
    certFile: tls.certFile,
    store,
    close: async () => {
      if (closed) return
      closed = true
      for (const stop of [...streams]) stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Drop idle HTTP/1.1 keep-alive connections and HTTP/2 sessions so close() never hangs.
        for (const socket of sockets) socket.destroy()
      })
      store.close()
      fs.rmSync(lockFile, {force: true})
    },
  }
}

/** The pid holding a data folder, if a backend is running on it. */
export function runningBackend(dataDir: string): {pid: number; port: number} | undefined {
  const lockFile = path.join(path.resolve(dataDir), 'server.lock')
  try {
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as {pid: number; port: number}
    process.kill(lock.pid, 0)
    return lock
  } catch {
    return undefined
  }
}
