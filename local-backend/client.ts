import {readFileSync} from 'node:fs'
import tls from 'node:tls'

import {createClient, type ClientPerspective, type SanityClient} from '@sanity/client'

import {API_VERSION} from '../schemas/apiVersion'
import {DEFAULT_PROJECT_ID} from './server'

/**
 * Trusts the local backend's self-signed certificate in this process, in addition to the
 * system's, instead of turning certificate checks off. Returns false when this Node has no
 * `tls.setDefaultCACertificates` (before 22.19) or the file is missing.
 */
export function trustLocalCertificate(certFile: string): boolean {
  if (typeof tls.setDefaultCACertificates !== 'function') return false
  let pem: string
  try {
    pem = readFileSync(certFile, 'utf8')
  } catch {
    return false
  }
  const current = tls.getCACertificates('default')
  if (!current.includes(pem)) tls.setDefaultCACertificates([...current, pem])
  return true
}

export interface LocalClientOptions {
  /** The backend's base URL, e.g. `https://127.0.0.1:4443` (`LocalBackend.url`). */
  apiHost: string
  /** Omit for an anonymous reader, which sees only public documents. */
  token?: string
  dataset?: string
  perspective?: ClientPerspective
}

/** A @sanity/client for the local content backend, as scripts, tests and benchmarks use it. */
export function localBackendClient({
  apiHost,
  token,
  dataset = 'production',
  perspective,
}: LocalClientOptions): SanityClient {
  return createClient({
    projectId: DEFAULT_PROJECT_ID,
    dataset,
    apiHost,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: API_VERSION,
    ...(token ? {token} : {}),
    ...(perspective ? {perspective} : {}),
  })
}
