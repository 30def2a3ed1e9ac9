/**
 * Where the Studio's content lives. With SANITY_STUDIO_PROJECT_ID set, the Studio talks to
 * Sanity's hosted Content Lake; without it, to the local content backend (local-backend/).
 * Only SANITY_STUDIO_-prefixed variables reach the browser bundle, and none of them is a secret.
 */
export const LOCAL_PROJECT_ID = 'policydesk'
export const DEFAULT_LOCAL_API_HOST = 'https://localhost:4443'

export const usesLocalBackend = !process.env.SANITY_STUDIO_PROJECT_ID
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || LOCAL_PROJECT_ID
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production'

/** The local backend's address, as the Studio's client should call it. */
export const localApiHost = process.env.SANITY_STUDIO_LOCAL_API_HOST || DEFAULT_LOCAL_API_HOST
