import {ComposeIcon} from '@sanity/icons/Compose'
import {useToast} from '@sanity/ui/toast'
import {useCallback, useRef, useState} from 'react'
import type {DocumentActionComponent, DocumentActionDescription, DocumentActionProps} from 'sanity'
import {useRouter} from 'sanity/router'

import type {STORY_CONTEXT_QUERY_RESULT} from '../../../types/sanity.types'
import {ARTICLE_TYPE, QUOTES_IN_STORY_DRAFT} from '../constants'
import {useFollowUpsClient} from '../hooks/useFollowUpsClient'
import {
  buildFollowUpStory,
  linkStoryPatch,
  planFollowUpStory,
  type StoryCommitment,
} from '../lib/buildFollowUpStory'
import {STORY_CONTEXT_QUERY} from '../lib/storyContextQuery'

interface CommitmentDocument extends StoryCommitment {
  agreement?: {_ref?: string} | null
  parties?: {_ref?: string}[] | null
}

/** Why the action cannot run for this document, or undefined when it can. */
export function startStoryDisabledReason(props: Pick<DocumentActionProps, 'draft' | 'published'>) {
  if (!props.draft && !props.published) return 'Save the commitment first.'
  if (!props.published) return 'Publish the commitment first, so the story can reference it.'
  const plan = planFollowUpStory((props.draft ?? props.published) as CommitmentDocument)
  return plan.kind === 'unavailable' ? plan.reason : undefined
}

/**
 * "Start follow-up story": creates a draft follow-up article for the commitment's next open
 * follow-up, links it back from that follow-up (marking it in progress) and opens it. The id is
 * derived from the commitment and follow-up, and creation is createIfNotExists in the same
 * transaction as the link, so a double click or a second editor never makes a second story.
 */
export function defineStartFollowUpStoryAction(): DocumentActionComponent {
  function useStartFollowUpStoryAction(props: DocumentActionProps): DocumentActionDescription {
    const client = useFollowUpsClient()
    const toast = useToast()
    const router = useRouter()
    const [busy, setBusy] = useState(false)
    const inFlight = useRef(false)

    const commitment = (props.draft ?? props.published) as CommitmentDocument | null
    const plan = planFollowUpStory(commitment)
    const disabledReason = startStoryDisabledReason(props)

    const handle = useCallback(async () => {
      if (inFlight.current || disabledReason || !commitment || plan.kind === 'unavailable') return
      inFlight.current = true
      setBusy(true)
      try {
        if (plan.kind === 'create') {
          const publishedId = props.id.replace(/^drafts\./, '')
          const context = await client.fetch<STORY_CONTEXT_QUERY_RESULT>(
            STORY_CONTEXT_QUERY,
            {
              agreementId: commitment.agreement?._ref ?? '',
              partyIds: (commitment.parties ?? []).flatMap((party) =>
                party?._ref ? [party._ref] : [],
              ),
              limit: QUOTES_IN_STORY_DRAFT,
            },
            {perspective: 'published'},
          )
          const names = new Map(context.parties.map((party) => [party._id, party.name ?? '']))
          const story = buildFollowUpStory({
            commitment: {...commitment, _id: publishedId},
            followUp: plan.followUp,
            agreement: context.agreement,
            partyNames: (commitment.parties ?? [])
              .map((party) => names.get(party?._ref ?? '') ?? '')
              .filter(Boolean),
            quotes: context.quotes,
            articleType: ARTICLE_TYPE,
          })
          const existing = await client.fetch<string[]>(
            '*[_id in $ids]._id',
            {ids: [publishedId, `drafts.${publishedId}`]},
            {perspective: 'raw'},
          )
          const transaction = client.transaction().createIfNotExists(story)
          for (const id of existing) {
            transaction.patch(id, (patch) =>
              patch.set(linkStoryPatch(plan.followUp._key, plan.storyId)),
            )
          }
          await transaction.commit()
          toast.push({
            status: 'success',
            title: 'Follow-up story started',
            description: `${story.headline}. Opening the draft…`,
          })
        } else {
          toast.push({status: 'info', title: 'Opening the follow-up story already started'})
        }
        router.navigateIntent('edit', {id: plan.storyId, type: ARTICLE_TYPE})
      } catch (error) {
        toast.push({
          status: 'error',
          title: 'Could not start the follow-up story',
          description: (error as Error).message,
        })
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    }, [client, commitment, disabledReason, plan, props.id, router, toast])

    return {
      label: busy
        ? 'Starting follow-up story…'
        : plan.kind === 'open'
          ? 'Open follow-up story'
          : 'Start follow-up story',
      icon: ComposeIcon,
      disabled: busy || Boolean(disabledReason),
      title: disabledReason ?? (busy ? 'Working…' : undefined),
      onHandle: () => void handle(),
    }
  }
  useStartFollowUpStoryAction.displayName = 'useStartFollowUpStoryAction'
  useStartFollowUpStoryAction.action = 'startFollowUpStory' as const
  return useStartFollowUpStoryAction
}

declare module 'sanity' {
  interface DocumentActionKeys {
    startFollowUpStory: never
    suggestFollowUpDates: never
  }
}
