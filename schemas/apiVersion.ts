/** The one Content Lake API version the Studio, plugins and scripts use. */
export const API_VERSION = '2025-10-01'
