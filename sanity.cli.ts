import {defineCliConfig} from 'sanity/cli'

import {dataset, projectId} from './studioEnv'

export default defineCliConfig({
  api: {projectId, dataset},
  deployment: {autoUpdates: false},
})
