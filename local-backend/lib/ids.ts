/** Document id conventions shared by the Content Lake and the Studio. */
export const DRAFTS_PREFIX = 'drafts.'
export const VERSIONS_PREFIX = 'versions.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX)
}

/** The release name of a `versions.<release>.<id>` id, or undefined. */
export function getVersionName(id: string): string | undefined {
  if (!isVersionId(id)) return undefined
  const rest = id.slice(VERSIONS_PREFIX.length)
  const dot = rest.indexOf('.')
  return dot > 0 ? rest.slice(0, dot) : undefined
}

export function getPublishedId(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  if (isVersionId(id)) {
    const name = getVersionName(id)
    return name ? id.slice(VERSIONS_PREFIX.length + name.length + 1) : id
  }
  return id
}

export function getDraftId(id: string): string {
  return `${DRAFTS_PREFIX}${getPublishedId(id)}`
}

/** Random id in the style of Sanity's generated ids. */
export function randomId(length = 22): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let out = ''
  for (const byte of bytes) out += alphabet[byte % alphabet.length]
  return out
}
