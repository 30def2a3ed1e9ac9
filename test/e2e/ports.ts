/** Fixed ports for the end-to-end run, apart from `npm run dev`'s 3333 and 4443. */
export const E2E_BACKEND_PORT = 4543
export const E2E_STUDIO_PORT = 3543
export const E2E_STUDIO_ORIGIN = `http://localhost:${E2E_STUDIO_PORT}`
export const E2E_API_HOST = `https://localhost:${E2E_BACKEND_PORT}`
