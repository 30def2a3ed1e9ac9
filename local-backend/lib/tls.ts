import fs from 'node:fs'
import path from 'node:path'

import {generate} from 'selfsigned'

export interface TlsMaterial {
  key: string
  cert: string
  certFile: string
}

/** Host names the certificate covers. */
export function certificateHosts(projectId: string): string[] {
  return ['localhost', '*.localhost', `${projectId}.localhost`]
}

/**
 * A self-signed certificate for the local API, created on first run in `<dataDir>/tls/` and
 * reused after. Covers localhost, *.localhost, <projectId>.localhost and 127.0.0.1.
 */
export async function ensureCertificate(dataDir: string, projectId: string): Promise<TlsMaterial> {
  const dir = path.join(dataDir, 'tls')
  const keyFile = path.join(dir, 'localhost-key.pem')
  const certFile = path.join(dir, 'localhost-cert.pem')
  const hostsFile = path.join(dir, 'hosts.json')
  const hosts = certificateHosts(projectId)
  if (fs.existsSync(keyFile) && fs.existsSync(certFile) && fs.existsSync(hostsFile)) {
    const stored = JSON.parse(fs.readFileSync(hostsFile, 'utf8')) as {
      hosts?: string[]
      notAfter?: string
    }
    const fresh = stored.notAfter && Date.parse(stored.notAfter) > Date.now() + 7 * 86_400_000
    if (fresh && hosts.every((host) => stored.hosts?.includes(host))) {
      return {
        key: fs.readFileSync(keyFile, 'utf8'),
        cert: fs.readFileSync(certFile, 'utf8'),
        certFile,
      }
    }
  }
  const notAfter = new Date(Date.now() + 397 * 86_400_000)
  const pems = await generate([{name: 'commonName', value: `${projectId}.localhost`}], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      {name: 'basicConstraints', cA: false},
      {name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
      {name: 'extKeyUsage', serverAuth: true},
      {
        name: 'subjectAltName',
        altNames: [
          ...hosts.map((value) => ({type: 2 as const, value})),
          {type: 7 as const, ip: '127.0.0.1'},
          {type: 7 as const, ip: '::1'},
        ],
      },
    ],
  })
  fs.mkdirSync(dir, {recursive: true})
  fs.writeFileSync(keyFile, pems.private, {mode: 0o600})
  fs.writeFileSync(certFile, pems.cert)
  fs.writeFileSync(hostsFile, JSON.stringify({hosts, notAfter: notAfter.toISOString()}, null, 2))
  return {key: pems.private, cert: pems.cert, certFile}
}
