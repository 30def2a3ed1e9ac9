import {useEffect, useState} from 'react'

import {
  FOLLOW_UPS_LISTEN_QUERY,
  FOLLOW_UPS_QUERY,
  type FollowUpsQueryResult,
} from '../lib/followUpsQuery'
import {useFollowUpsClient} from './useFollowUpsClient'

export interface FollowUpCommitmentsState {
  data: FollowUpsQueryResult | undefined
  error: Error | undefined
}

/** How long to gather a burst of mutations into one refetch. */
const REFETCH_DELAY_MS = 300

/**
 * The published commitments the tool lists, kept live: a listener on commitments, agreements and
 * organizations triggers a (debounced) refetch, so edits in another tab show without a reload.
 */
export function useFollowUpCommitments(types: {
  commitment: string
  agreement: string
}): FollowUpCommitmentsState {
  const client = useFollowUpsClient()
  const [state, setState] = useState<FollowUpCommitmentsState>({data: undefined, error: undefined})
  const {commitment: commitmentType, agreement: agreementType} = types

  useEffect(() => {
    let active = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const fetchNow = () => {
      client
        .fetch<FollowUpsQueryResult>(FOLLOW_UPS_QUERY, {commitmentType}, {perspective: 'published'})
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
        {commitmentType, agreementType},
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
  }, [client, commitmentType, agreementType])

  return state
}
