import {defineQuery} from 'groq'
import {useEffect, useMemo, useState} from 'react'

import type {AGREEMENT_STATUSES_QUERY_RESULT} from '../../../types/sanity.types'
import {useLegalStatusClient} from './useLegalStatusClient'

export interface AgreementStatusesState {
  /** `legalStatus.status` by published agreement id; an id missing here is not published. */
  statuses: Map<string, unknown>
  loading: boolean
  error?: Error
}

/** Result typed by TypeGen: AGREEMENT_STATUSES_QUERY_RESULT in types/sanity.types.ts. */
const AGREEMENT_STATUSES_QUERY = defineQuery(
  '*[_type == "agreement" && _id in $ids]{_id, "status": legalStatus.status}',
)
const LISTEN_QUERY = '*[_type == "agreement" && _id in $ids]'

const EMPTY: AgreementStatusesState = {statuses: new Map(), loading: false}

/**
 * The published legal status of some agreements, kept current: fetched once, then fetched
 * again whenever one of them changes. Published, because that is the status readers see.
 */
export function useAgreementStatuses(ids: readonly string[]): AgreementStatusesState {
  const client = useLegalStatusClient()
  const key = useMemo(() => [...new Set(ids)].sort().join('\n'), [ids])
  const [state, setState] = useState<AgreementStatusesState & {key: string}>({
    ...EMPTY,
    loading: key !== '',
    key,
  })

  useEffect(() => {
    if (key === '') {
      setState({...EMPTY, key})
      return undefined
    }
    const params = {ids: key.split('\n')}
    setState((previous) => ({...previous, loading: true, key}))
    let fetching: {unsubscribe(): void} | undefined
    const load = () => {
      fetching?.unsubscribe()
      fetching = client.observable
        .fetch<AGREEMENT_STATUSES_QUERY_RESULT>(AGREEMENT_STATUSES_QUERY, params)
        .subscribe({
          next: (rows) =>
            setState({
              statuses: new Map(rows.map((row) => [row._id, row.status])),
              loading: false,
              key,
            }),
          error: (error: Error) => setState({statuses: new Map(), loading: false, error, key}),
        })
    }
    load()
    const listening = client
      .listen(LISTEN_QUERY, params, {
        events: ['mutation'],
        includeResult: false,
        visibility: 'query',
      })
      .subscribe({next: load, error: () => undefined})
    return () => {
      fetching?.unsubscribe()
      listening.unsubscribe()
    }
  }, [client, key])

  // Until the effect has caught up with new ids, report loading rather than stale statuses.
  return state.key === key ? state : {...EMPTY, loading: key !== ''}
}
