import {useClient} from 'sanity'

import {API_VERSION} from '../../../schemas/apiVersion'

/** The one client the capability uses; a hook of its own so tests can replace it. */
export function useQuotesClient() {
  return useClient({apiVersion: API_VERSION})
}
