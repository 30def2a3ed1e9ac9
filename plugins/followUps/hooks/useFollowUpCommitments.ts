import {useEffect, useState} from 'react'

import type {FOLLOW_UPS_QUERY_RESULT} from '../../../types/sanity.types'
import {FOLLOW_UPS_LISTEN_QUERY, FOLLOW_UPS_QUERY} from '../lib/followUpsQuery'
import {useFollowUpsClient} from './useFollowUpsClient'

export interface FollowUpCommitmentsState {
  data: FOLLOW_UPS_QUERY_RESULT | undefined
  error: Error | undefined
}

/** How long to gather a burst of mutations into one refetch. */
const REFETCH_DELAY_MS = 300

/**
 * The published commitments the tool lists, kept live: a listener on commitments, agreements and
 * organizations triggers a (debounced) refetch, so edits in another tab show without a reload.
 */
export function useFollowUpCommitments(): FollowUpCommitmentsState {
  const client = useFollowUpsClient()
  const [state, setState] = useState<FollowUpCommitmentsState>({data: undefined, error: undefined})

  useEffect(() => {
    let active = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const fetchNow = () => {
      client
        .fetch<FOLLOW_UPS_QUERY_RESULT>(FOLLOW_UPS_QUERY, {}, {perspective: 'published'})
        .then((data) => active && setState({data, error: undefined}))
        .catch((error: Error) => active && setState((prev) => ({data: prev.data, error})))
    }
    const refetchSoon = () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(fetchNow, REFETCH_DELAY_MS)
    }
    fetchNow()
    const subscription = client
      .listen(
        FOLLOW_UPS_LISTEN_QUERY,
        {},
        {events: ['mutation', 'reconnect'], includeResult: false, visibility: 'query'},
      )
      .subscribe({
        next: refetchSoon,
        error: (error: Error) => active && setState((prev) => ({...prev, error})),
      })
    return () => {
      active = false
      if (timer) clearTimeout(timer)
      subscription.unsubscribe()
    }
  }, [client])

  return state
}
