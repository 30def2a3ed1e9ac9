import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'

import {policyDesk} from './plugins/policyDesk'
import {API_VERSION} from './schemas/apiVersion'
import {schemaTypes} from './schemas'
import {defaultDocumentNode} from './structure/defaultDocumentNode'
import {deskStructure} from './structure/deskStructure'
import {dataset, localApiHost, projectId, usesLocalBackend} from './studioEnv'

/**
 * On the local backend the Studio logs in with a token (from `#token=` in the URL or
 * localStorage) instead of Sanity's login providers, which need the network.
 */
const localBackend = usesLocalBackend
  ? {apiHost: localApiHost, auth: {loginMethod: 'token' as const, apiHost: localApiHost}}
  : {}

export default defineConfig({
  name: 'policy-desk',
  title: 'Policy Desk',
  projectId,
  dataset,
  ...localBackend,
  plugins: [
    structureTool({structure: deskStructure, defaultDocumentNode}),
    policyDesk(),
    visionTool({defaultApiVersion: API_VERSION, defaultDataset: dataset}),
  ],
  schema: {types: schemaTypes},
})
