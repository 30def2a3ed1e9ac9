import {describe, expect, it} from 'vitest'

import {
  buildFollowUpStory,
  followUpStoryId,
  humanDate,
  linkStoryPatch,
  planFollowUpStory,
  slugify,
  type StoryCommitment,
  type TextBlock,
} from './buildFollowUpStory'

const commitment: StoryCommitment = {
  _id: 'commitment-korea-artemis-ii-cubesat',
  title: 'Korean cubesat rides on Artemis II',
  summary: 'NASA flies a Korean cubesat as a secondary payload on Artemis II.',
  quotedText: 'The Participants intend to fly a Korean cubesat on Artemis II.',
  status: 'inTheWorks',
  measurableOutcome: {
    delivery: 'A Korean cubesat flies on Artemis II.',
    kind: 'event',
    indicator: 'NASA Artemis II manifest',
    baseline: 'Selected before signing',
    target: 'Deployed in flight',
    deadlineKind: 'date',
    deadline: '2026-04-30',
    deadlineSource: 'launch window',
  },
  ratingHistory: [
    {_key: 'r1', date: '2025-10-29', status: 'notYetRated', note: 'Signed; no delivery yet.'},
    {_key: 'r2', date: '2026-02-01', status: 'inTheWorks'},
  ],
  followUps: [
    {_key: 'later', date: '2026-10-29', reason: '1 year after signing', state: 'planned'},
    {_key: 'done', date: '2026-02-06', reason: '100 days', state: 'done'},
    {_key: 'next', date: '2026-04-29', reason: '6 months after signing', state: 'planned'},
  ],
}

const context = {
  agreement: {
    _id: 'agreement-us-korea-tpd',
    title: 'U.S.-ROK Technology Prosperity Deal',
    shortName: 'US–Korea Technology Prosperity Deal',
    signedDate: '2025-10-29',
  },
  partyNames: ['the United States', 'South Korea'],
  quotes: [{_id: 'quote-b'}, {_id: 'quote-a'}],
}

const textOf = (block: unknown) => (block as TextBlock).children?.map((c) => c.text).join('')

describe('planFollowUpStory', () => {
  it('creates a story for the earliest open follow-up, with a deterministic id', () => {
    expect(planFollowUpStory(commitment)).toEqual({
      kind: 'create',
      followUp: commitment.followUps![2],
      storyId: 'followup-commitment-korea-artemis-ii-cubesat-next',
    })
  })

  it('opens the story already linked instead of making another', () => {
    const linked = {
      ...commitment,
      followUps: [
        {
          _key: 'next',
          date: '2026-04-29',
          state: 'inProgress' as const,
          article: {_ref: 'drafts.followup-x'},
        },
      ],
    }
    expect(planFollowUpStory(linked)).toMatchObject({kind: 'open', storyId: 'followup-x'})
  })

  it.each([
    [null, 'Save the commitment first.'],
    [
      {...commitment, status: 'kept' as const},
      'The rating is final (Promise kept): no follow-up is due.',
    ],
    [
      {...commitment, status: 'broken' as const},
      'The rating is final (Promise broken): no follow-up is due.',
    ],
    [{...commitment, followUps: []}, 'Nothing planned: add a follow-up date first.'],
    [
      {...commitment, followUps: [{_key: 'x', date: '2026-01-01', state: 'skipped' as const}]},
      'Nothing planned: add a follow-up date first.',
    ],
  ])('cannot act on %#: says why', (input, reason) => {
    expect(planFollowUpStory(input)).toEqual({kind: 'unavailable', reason})
  })

  it('treats a follow-up without a state as planned, and undated ones last', () => {
    const plan = planFollowUpStory({
      _id: 'c',
      followUps: [
        {_key: 'undated', state: 'planned'},
        {_key: 'stateless', date: '2026-05-01'},
      ],
    })
    expect(plan).toMatchObject({kind: 'create', followUp: {_key: 'stateless'}})
  })
})

describe('followUpStoryId', () => {
  it('is stable and uses only id-safe characters', () => {
    expect(followUpStoryId('c-1', 'k1')).toBe('followup-c-1-k1')
    expect(followUpStoryId('drafts.c-1', 'k 1/é')).toBe('followup-c-1-k-1-')
  })
  it('stays short and distinct for long ids', () => {
    const a = followUpStoryId('c'.repeat(200), 'a')
    const b = followUpStoryId('c'.repeat(200), 'b')
    expect(a.length).toBeLessThanOrEqual(120)
    expect(a).not.toBe(b)
    expect(followUpStoryId('c'.repeat(200), 'a')).toBe(a)
  })
})

describe('buildFollowUpStory', () => {
  const followUp = commitment.followUps![2]!
  const story = buildFollowUpStory({commitment, followUp, ...context})

  it('is a draft follow-up article referencing the commitment and its agreement', () => {
    expect(story).toMatchObject({
      _id: 'drafts.followup-commitment-korea-artemis-ii-cubesat-next',
      _type: 'article',
      kind: 'followUp',
      headline: 'Follow-up: Korean cubesat rides on Artemis II',
      followUpOf: {_type: 'reference', _ref: commitment._id},
      commitments: [{_type: 'reference', _ref: commitment._id, _key: commitment._id}],
      agreements: [
        {_type: 'reference', _ref: 'agreement-us-korea-tpd', _key: 'agreement-us-korea-tpd'},
      ],
      slug: {current: 'follow-up-korean-cubesat-rides-on-artemis-ii-2026-04-29'},
    })
  })

  it('states in the dek what was promised, where, and when the desk checks', () => {
    expect(story.dek).toBe(
      'The United States and South Korea promised in the US–Korea Technology Prosperity Deal, signed 29 October 2025: A Korean cubesat flies on Artemis II. The desk checks on 29 April 2026 (6 months after signing).',
    )
  })

  it('lists the outcome and rating history as checklist items', () => {
    const bullets = story.body.filter((b) => b._type === 'block' && b.listItem === 'bullet')
    expect(bullets.map(textOf)).toEqual([
      'Delivery: A Korean cubesat flies on Artemis II.',
      'Measured by: An observable event (something that happens or does not): NASA Artemis II manifest',
      'Baseline at signing: Selected before signing',
      'Target: Deployed in flight',
      'Deadline: 30 April 2026 (launch window)',
      '2025-10-29: Not yet rated. Signed; no delivery yet.',
      '2026-02-01: In the works',
      'Current rating: In the works. Record the new rating, dated and sourced, on the commitment.',
    ])
    expect(story.body.find((b) => b._type === 'block' && b.style === 'blockquote')).toBeDefined()
  })

  it('embeds the quotes by reference, in the order given', () => {
    expect(story.body.filter((b) => b._type === 'quoteBlock')).toEqual([
      {_type: 'quoteBlock', _key: 'quote-quote-b', quote: {_type: 'reference', _ref: 'quote-b'}},
      {_type: 'quoteBlock', _key: 'quote-quote-a', quote: {_type: 'reference', _ref: 'quote-a'}},
    ])
  })

  it('gives every block a unique key and is deterministic', () => {
    const keys = story.body.map((b) => b._key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(buildFollowUpStory({commitment, followUp, ...context})).toEqual(story)
  })

  it('copes with a bare standalone commitment', () => {
    const bare = buildFollowUpStory({
      commitment: {_id: 'c', title: '  '},
      followUp: {_key: 'k'},
      articleType: 'story',
    })
    expect(bare).toMatchObject({
      _type: 'story',
      headline: 'Follow-up: Untitled commitment',
      dek: 'The parties promised: Untitled commitment.',
      agreements: [],
    })
    expect(bare.body.some((b) => b._type === 'quoteBlock')).toBe(false)
  })

  it('keeps the headline under 120 characters', () => {
    const long = buildFollowUpStory({
      commitment: {_id: 'c', title: 'x'.repeat(300)},
      followUp: {_key: 'k'},
    })
    expect(long.headline.length).toBe(120)
    expect(long.headline.endsWith('…')).toBe(true)
  })
})

describe('helpers', () => {
  it('linkStoryPatch sets the weak reference and the state on the keyed follow-up', () => {
    expect(linkStoryPatch('next', 'followup-c-next')).toEqual({
      'followUps[_key=="next"].article': {_type: 'reference', _ref: 'followup-c-next', _weak: true},
      'followUps[_key=="next"].state': 'inProgress',
    })
  })
  it('humanDate and slugify', () => {
    expect(humanDate('2026-02-05')).toBe('5 February 2026')
    expect(humanDate('soon')).toBeUndefined()
    expect(slugify('  US–Japan: AI & “standards”! ')).toBe('us-japan-ai-standards')
  })
})
