import {describe, expect, it} from 'vitest'

import {DEV_TOKEN, corsDecision, isAuthorized, isPublicDocumentId, requiredAccess} from './auth'

describe('auth', () => {
  it('accepts only the exact bearer token', () => {
    expect(DEV_TOKEN.length).toBeGreaterThanOrEqual(32)
    expect(isAuthorized(`Bearer ${DEV_TOKEN}`, DEV_TOKEN)).toBe(true)
    expect(isAuthorized(`bearer ${DEV_TOKEN}`, DEV_TOKEN)).toBe(true)
    expect(isAuthorized(undefined, DEV_TOKEN)).toBe(false)
    expect(isAuthorized('Bearer wrong', DEV_TOKEN)).toBe(false)
    expect(isAuthorized(`Bearer ${DEV_TOKEN}x`, DEV_TOKEN)).toBe(false)
    expect(isAuthorized(DEV_TOKEN, DEV_TOKEN)).toBe(false)
  })

  it('lets anonymous requests read only, and only public ids', () => {
    expect(requiredAccess('GET', 'query')).toBe('public')
    expect(requiredAccess('GET', 'doc')).toBe('public')
    expect(requiredAccess('POST', 'mutate')).toBe('token')
    expect(requiredAccess('POST', 'actions')).toBe('token')
    expect(requiredAccess('GET', 'listen')).toBe('token')
    expect(requiredAccess('GET', 'users')).toBe('token')
    expect(isPublicDocumentId('abc')).toBe(true)
    expect(isPublicDocumentId('drafts.abc')).toBe(false)
    expect(isPublicDocumentId('_.groups.x')).toBe(false)
  })

  it('answers CORS only for configured origins, with credentials', () => {
    const allowed = corsDecision('http://localhost:3333', ['http://localhost:3333'])
    expect(allowed.allowed).toBe(true)
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:3333',
      'access-control-allow-credentials': 'true',
    })
    expect(corsDecision('https://evil.example', ['http://localhost:3333'])).toEqual({
      allowed: false,
      headers: {},
    })
    expect(corsDecision(undefined, ['http://localhost:3333']).allowed).toBe(true)
  })
})
