import {useClient} from 'sanity'

import {API_VERSION} from '../../../schemas/apiVersion'

/** The Studio's client at the desk's API version; one place to replace in tests. */
export function useFollowUpsClient() {
  return useClient({apiVersion: API_VERSION})
}
