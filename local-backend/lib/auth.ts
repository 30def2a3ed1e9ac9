import {timingSafeEqual} from 'node:crypto'

/** The local development token. Not a secret: the backend only listens on 127.0.0.1. */
export const DEV_TOKEN = 'policy-desk-local-dev-token-0000000000'

export const LOCAL_USER = {
  id: 'local-editor',
  name: 'Local Editor',
  email: 'editor@localhost',
  profileImage: null,
  roles: [{name: 'administrator', title: 'Administrator'}],
  role: 'administrator',
  provider: 'local',
} as const

export const FULL_GRANTS = [
  {filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update']},
]

/** Whether an `Authorization` header carries the expected bearer token. */
export function isAuthorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')
  if (!match?.[1]) return false
  const given = Buffer.from(match[1].trim())
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Documents readable without a token: like a public dataset, only ids without a `.` path. */
export function isPublicDocumentId(id: string): boolean {
  return !id.includes('.')
}

export type Access = 'public' | 'token'

/** Which requests need the token. Anonymous reads of public documents are allowed. */
export function requiredAccess(method: string, route: string): Access {
  if (method === 'OPTIONS') return 'public'
  if ((route === 'query' || route === 'doc') && (method === 'GET' || method === 'POST'))
    return 'public'
  if (route === 'ping') return 'public'
  return 'token'
}

export interface CorsDecision {
  allowed: boolean
  headers: Record<string, string>
}

/** CORS: only the configured Studio origins, with credentials. Requests without Origin pass. */
export function corsDecision(
  origin: string | undefined,
  allowedOrigins: readonly string[],
  requestHeaders?: string,
): CorsDecision {
  if (!origin) return {allowed: true, headers: {}}
  if (!allowedOrigins.includes(origin)) return {allowed: false, headers: {}}
  return {
    allowed: true,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers':
        requestHeaders || 'Authorization, Content-Type, Accept, Last-Event-ID, X-Sanity-Project-Id',
      'access-control-max-age': '600',
      vary: 'Origin',
    },
  }
}
