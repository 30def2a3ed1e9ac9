import {useEffect, useMemo, useState} from 'react'
import {useDocumentStore} from 'sanity'

import {API_VERSION} from '../../../schemas/apiVersion'

export interface LiveQueryState<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
}

type Params = Record<string, string | number | boolean | string[] | null>

/**
 * A GROQ query that re-runs when the documents it reads change, through the Studio's document
 * store. `perspective: 'raw'` sees drafts too; the default reads published documents only.
 */
export function useLiveQuery<T>(
  query: string,
  params: Params,
  options: {enabled?: boolean; perspective?: 'published' | 'raw'} = {},
): LiveQueryState<T> {
  const documentStore = useDocumentStore()
  const {enabled = true, perspective = 'published'} = options
  const paramsKey = JSON.stringify(params)
  const stableParams = useMemo(() => JSON.parse(paramsKey) as Params, [paramsKey])
  const [state, setState] = useState<LiveQueryState<T>>({
    data: undefined,
    error: undefined,
    loading: enabled,
  })

  useEffect(() => {
    if (!enabled) {
      setState({data: undefined, error: undefined, loading: false})
      return undefined
    }
    setState((previous) => ({...previous, loading: true}))
    const subscription = documentStore
      .listenQuery(query, stableParams as never, {apiVersion: API_VERSION, perspective})
      .subscribe({
        next: (data: T) => setState({data, error: undefined, loading: false}),
        error: (error: Error) => setState({data: undefined, error, loading: false}),
      })
    return () => subscription.unsubscribe()
  }, [documentStore, enabled, perspective, query, stableParams])

  return state
}
