import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'

import {API_VERSION} from './schemas/apiVersion'
import {schemaTypes} from './schemas'
import {deskStructure} from './structure/deskStructure'
import {dataset, projectId} from './studioEnv'

export default defineConfig({
  name: 'policy-desk',
  title: 'Policy Desk',
  projectId,
  dataset,
  plugins: [
    structureTool({structure: deskStructure}),
    visionTool({defaultApiVersion: API_VERSION, defaultDataset: dataset}),
  ],
  schema: {types: schemaTypes},
})
