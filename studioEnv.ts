/**
 * Where the Studio's content lives. With SANITY_STUDIO_PROJECT_ID set, the Studio talks to
 * Sanity's hosted Content Lake; without it, it uses the local content backend.
 * Only SANITY_STUDIO_-prefixed variables reach the browser bundle, and none of them is a secret.
 */
export const LOCAL_PROJECT_ID = 'policydesk'

export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || LOCAL_PROJECT_ID
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production'
export const usesLocalBackend = !process.env.SANITY_STUDIO_PROJECT_ID
