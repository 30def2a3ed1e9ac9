import {defineCliConfig} from 'sanity/cli'

import {dataset, projectId} from './studioEnv'

export default defineCliConfig({
  api: {projectId, dataset},
  deployment: {autoUpdates: false},
  /**
   * `npm run typegen`: `sanity schema extract` writes types/schema.json, then
   * `sanity typegen generate` reads the defineQuery() calls in these files and writes
   * types/sanity.types.ts. Both files are committed; CI regenerates them and fails when stale.
   */
  schemaExtraction: {path: 'types/schema.json'},
  typegen: {
    schema: 'types/schema.json',
    path: ['./plugins/**/*.{ts,tsx}', './scripts/**/*.ts', './structure/**/*.ts'],
    generates: 'types/sanity.types.ts',
  },
})
