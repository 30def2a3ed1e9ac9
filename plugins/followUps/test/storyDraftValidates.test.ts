import {describe, expect, it} from 'vitest'

import {loadSeed} from '../../../test/helpers/seedDataset'
import {errorsOf, validateAgainst} from '../../../test/helpers/validation'
import {buildFollowUpStory, planFollowUpStory} from '../lib/buildFollowUpStory'

const seed = loadSeed()
const byId = new Map(seed.map((doc) => [doc._id, doc]))

describe('a follow-up story draft built from the seed', () => {
  it.each(seed.filter((doc) => doc._type === 'commitment').map((doc) => [doc._id, doc] as const))(
    '%s: passes Studio validation once published',
    async (_id, commitment) => {
      const plan = planFollowUpStory(commitment as never)
      if (plan.kind !== 'create') throw new Error(`no story to create for ${_id}`)
      const agreementId = (commitment.agreement as {_ref?: string} | undefined)?._ref
      const story = buildFollowUpStory({
        commitment: commitment as never,
        followUp: plan.followUp,
        agreement: agreementId ? (byId.get(agreementId) as never) : null,
        quotes: seed.filter((doc) => doc._type === 'quote').map((doc) => ({_id: doc._id})),
      })
      const published = {...story, _id: story._id.replace(/^drafts\./, '')}
      expect(errorsOf(await validateAgainst(published as never, seed))).toEqual([])
    },
  )
})
