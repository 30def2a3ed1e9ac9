import type {SanityDocument} from '@sanity/types'
import {describe, expect, it} from 'vitest'

import {loadSeed} from './helpers/seedDataset'
import {errorsOf, validateAgainst, warningsOf, type ValidationIssue} from './helpers/validation'

const ref = (id: string) => ({_type: 'reference', _ref: id})

const japan = {
  _id: 'org-japan',
  _type: 'organization',
  name: 'Government of Japan',
  kind: 'government',
  country: 'JP',
}
const us = {
  _id: 'org-us',
  _type: 'organization',
  name: 'United States Government',
  kind: 'government',
  country: 'US',
}
const kratsios = {_id: 'person-kratsios', _type: 'person', name: 'Michael Kratsios'}

const validAgreement = {
  _id: 'agreement-test',
  _type: 'agreement',
  title: 'Memorandum of Cooperation Regarding the Technology Prosperity Deal',
  instrumentForm: 'memorandumOfCooperation',
  parties: [
    {_key: 'us', _type: 'agreementParty', party: ref('org-us')},
    {_key: 'jp', _type: 'agreementParty', party: ref('org-japan')},
  ],
  signedDate: '2025-10-28',
  legalStatus: {_type: 'legalStatus', status: 'nonBinding'},
}

const validCommitment = {
  _id: 'commitment-test',
  _type: 'commitment',
  title: 'Fusion R&D at JT-60SA',
  agreement: ref('agreement-test'),
  parties: [{_key: 'us', ...ref('org-us')}],
  quotedText: 'The Participants intend to collaborate…',
  summary: 'Collaborate on fusion research at JT-60SA.',
  area: 'fusion',
  status: 'notYetRated',
  measurableOutcome: {
    _type: 'measurableOutcome',
    delivery: 'A joint JT-60SA campaign',
    deadlineKind: 'noneStated',
  },
  ratingHistory: [{_key: 'r1', _type: 'ratingEntry', date: '2025-10-28', status: 'notYetRated'}],
  followUps: [
    {_key: 'f1', _type: 'followUp', date: '2026-04-28', reason: '6 months after signing'},
  ],
}

const validQuote = {
  _id: 'quote-test',
  _type: 'quote',
  text: 'We reject global governance of AI innovation.',
  speaker: ref('person-kratsios'),
  speakerTitle: 'Director, OSTP',
  date: '2025-10-28',
  medium: 'speech',
  groundRules: 'onTheRecord',
  sourceUrl: 'https://www.aip.org/fyi/us-signs-tech-deals-with-japan-and-south-korea',
}

const dataset = [
  japan,
  us,
  kratsios,
  validAgreement,
  validCommitment,
  validQuote,
] as unknown as SanityDocument[]

const messages = (issues: ValidationIssue[]) =>
  issues.map((issue) => `${issue.path}: ${issue.message}`)

async function errors(doc: Record<string, unknown>) {
  return messages(errorsOf(await validateAgainst(doc as never, dataset)))
}
async function warnings(doc: Record<string, unknown>) {
  return messages(warningsOf(await validateAgainst(doc as never, dataset)))
}

describe('valid documents', () => {
  it.each([validAgreement, validCommitment, validQuote, japan, kratsios])(
    '$_type passes',
    async (doc) => {
      expect(await errors(doc)).toEqual([])
    },
  )
})

describe('agreement rules', () => {
  it('requires the official title and the instrument form', async () => {
    expect(await errors({...validAgreement, title: undefined, instrumentForm: undefined})).toEqual(
      expect.arrayContaining([
        'title: An agreement needs its official title.',
        'instrumentForm: Choose the instrument form.',
      ]),
    )
  })

  it('requires parties and warns about a single party', async () => {
    expect(await errors({...validAgreement, parties: []})).toContain(
      'parties: Add the parties to the instrument.',
    )
    expect(
      await warnings({...validAgreement, parties: validAgreement.parties.slice(0, 1)}),
    ).toContain('parties: Most instruments have two or more parties. Add the others, if any.')
  })

  it('rejects an operative date before signing', async () => {
    expect(await errors({...validAgreement, operativeDate: '2025-10-01'})).toContain(
      'operativeDate: The operative date (2025-10-01) is before the signing date (2025-10-28).',
    )
  })

  it('rejects an end date before the operative date', async () => {
    expect(
      await errors({...validAgreement, operativeDate: '2025-11-01', endDate: '2025-10-30'}),
    ).toContain('endDate: The end date (2025-10-30) is before the operative date (2025-11-01).')
  })

  it('rejects a source link that is not http(s)', async () => {
    const sourceLinks = [
      {_key: 'l1', _type: 'sourceLink', kind: 'officialText', url: 'ftp://example.org/moc.pdf'},
    ]
    expect(await errors({...validAgreement, sourceLinks})).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sourceLinks\.\[l1\]\.url: /)]),
    )
  })

  it('requires a legal status', async () => {
    expect(await errors({...validAgreement, legalStatus: undefined})).toContain(
      'legalStatus: Record the legal status, even "Not yet assessed".',
    )
  })
})

describe('organization and person rules', () => {
  it('wants a two-letter country code', async () => {
    expect(await errors({...japan, country: 'Japan'})).toContain(
      'country: Use a two-letter country code in capitals, e.g. US or JP.',
    )
  })

  it('rejects a role that ends before it starts', async () => {
    const roles = [
      {
        _key: 'r1',
        _type: 'roleEntry',
        title: 'Assistant Director',
        from: '2020-01-01',
        to: '2019-01-01',
      },
    ]
    expect(await errors({...kratsios, roles})).toContain(
      'roles.[r1].to: The end date (2019-01-01) is before the start date (2020-01-01).',
    )
  })

  it('wants previous roles oldest first', async () => {
    const roles = [
      {_key: 'r1', _type: 'roleEntry', title: 'Later job', from: '2020-01-01'},
      {_key: 'r2', _type: 'roleEntry', title: 'Earlier job', from: '2015-01-01'},
    ]
    expect((await errors({...kratsios, roles})).join('\n')).toMatch(
      /roles: The list of previous roles must run oldest first: entry 2/,
    )
  })
})

describe('commitment rules', () => {
  it('requires a summary, an area and a committing party', async () => {
    expect(await errors({...validCommitment, summary: '', area: undefined, parties: []})).toEqual(
      expect.arrayContaining([
        'summary: Summarize the promise in plain words.',
        'area: Choose the area of cooperation.',
        'parties: Say who made the promise.',
      ]),
    )
  })

  it('rejects a follow-up before the agreement was signed', async () => {
    const followUps = [{_key: 'early', _type: 'followUp', date: '2025-01-01', reason: 'Too early'}]
    expect(await errors({...validCommitment, followUps})).toContain(
      'followUps.[early].date: The follow-up date (2025-01-01) is before the agreement’s signing date (2025-10-28).',
    )
  })

  it('rejects a rating history out of order', async () => {
    const ratingHistory = [
      {_key: 'b', _type: 'ratingEntry', date: '2026-02-01', status: 'inTheWorks'},
      {_key: 'a', _type: 'ratingEntry', date: '2025-10-28', status: 'notYetRated'},
    ]
    expect((await errors({...validCommitment, ratingHistory})).join('\n')).toMatch(
      /ratingHistory: The rating history must run oldest first: entry 2 \(2025-10-28\)/,
    )
  })

  it('warns when the current rating disagrees with the history', async () => {
    expect((await warnings({...validCommitment, status: 'kept'})).join('\n')).toMatch(
      /status: The current rating \(kept\) differs from the latest rating/,
    )
  })

  it('asks for the deadline date when a deadline is stated', async () => {
    const measurableOutcome = {...validCommitment.measurableOutcome, deadlineKind: 'date'}
    expect(await errors({...validCommitment, measurableOutcome})).toContain(
      'measurableOutcome.deadline: Enter the stated deadline, or switch the deadline to "None stated".',
    )
  })

  it('requires a follow-up to have a date', async () => {
    const followUps = [{_key: 'f1', _type: 'followUp', reason: 'someday'}]
    expect(await errors({...validCommitment, followUps})).toContain(
      'followUps.[f1].date: A follow-up needs a date.',
    )
  })
})

describe('quote rules', () => {
  it('requires a speaker', async () => {
    expect(await errors({...validQuote, speaker: undefined})).toContain(
      'speaker: A quote needs a speaker.',
    )
  })

  it('requires a source link or a verification record', async () => {
    expect(await errors({...validQuote, sourceUrl: undefined})).toContain(
      ': Add a source link, or record how the quote was verified (recording, transcript or published text).',
    )
    const verification = {
      _type: 'quoteVerification',
      method: 'recording',
      verifiedBy: 'FYI desk',
      verifiedAt: '2025-10-30T15:00:00Z',
    }
    expect(await errors({...validQuote, sourceUrl: undefined, verification})).toEqual([])
  })

  it('requires who and when for a verified quote', async () => {
    const verification = {_type: 'quoteVerification', method: 'transcript'}
    expect(await errors({...validQuote, verification})).toContain(
      'verification: A verified quote must say who verified it and when.',
    )
  })

  it('requires the agreed description for a background quote', async () => {
    expect(await errors({...validQuote, groundRules: 'background'})).toContain(
      'describedAs: Background quotes need the agreed description of the source.',
    )
  })
})

describe('article rules', () => {
  const article = {
    _id: 'article-test',
    _type: 'article',
    headline: 'Checking on the fusion promise',
    kind: 'news',
    slug: {_type: 'slug', current: 'checking-on-the-fusion-promise'},
  }

  it('requires the followed-up commitment on a follow-up story', async () => {
    expect(await errors({...article, kind: 'followUp'})).toContain(
      'followUpOf: A follow-up story must name the commitment it follows up.',
    )
    expect(
      await errors({...article, kind: 'followUp', followUpOf: ref('commitment-test')}),
    ).toEqual([])
  })

  it('cannot embed a quote that exists only as a draft', async () => {
    const body = [{_key: 'q1', _type: 'quoteBlock', quote: ref('quote-draft-only')}]
    expect(await errors({...article, body})).toContain(
      'body.[q1].quote: Referenced document must be published',
    )
    const published = [{_key: 'q1', _type: 'quoteBlock', quote: ref('quote-test')}]
    expect(await errors({...article, body: published})).toEqual([])
  })

  it('requires a slug', async () => {
    expect(await errors({...article, slug: undefined})).toContain(
      'slug: Generate a slug from the headline.',
    )
  })
})

describe('legal-status rules', () => {
  const withLegalStatus = (legalStatus: Record<string, unknown>) => ({
    ...validAgreement,
    legalStatus: {_type: 'legalStatus', status: 'nonBinding', ...legalStatus},
  })
  const milestone = (fields: Record<string, unknown>) => ({
    _key: 'm1',
    _type: 'legalStatusMilestone',
    kind: 'signed',
    date: '2025-10-28',
    ...fields,
  })

  it('accepts a full assessment: criteria, evidence of all three kinds, milestones', async () => {
    const doc = withLegalStatus({
      basisSummary: 'Participants, intend to.',
      criteria: {
        _type: 'legalStatusCriteria',
        intentToBeBound: {_type: 'legalStatusCriterion', answer: 'no', note: '"intend to"'},
        customaryForm: {_type: 'legalStatusCriterion', answer: 'unknown'},
      },
      basis: [
        {
          _key: 't',
          _type: 'legalStatusTextEvidence',
          quote: 'The Participants intend to collaborate in',
          source: {_type: 'sourceLink', kind: 'officialText', url: 'https://example.org/moc'},
        },
        {_key: 'e', _type: 'legalStatusExpertQuote', quote: ref('quote-test')},
        {
          _key: 'o',
          _type: 'legalStatusOfficialStatement',
          text: 'A non-binding memorandum.',
          who: 'State Department',
          source: {_type: 'sourceLink', kind: 'pressRelease', url: 'https://example.org/pr'},
        },
      ],
      milestones: [milestone({url: 'https://example.org/signed'})],
    })
    const issues = await validateAgainst(doc as never, dataset)
    expect(messages(issues)).toEqual([])
  })

  it('rejects a milestone link that is not http(s), and an undated milestone', async () => {
    const doc = withLegalStatus({
      milestones: [
        milestone({url: 'ftp://example.org/signed.pdf'}),
        milestone({_key: 'm2', kind: 'published', date: undefined}),
      ],
    })
    expect(await errors(doc)).toEqual(
      expect.arrayContaining([
        'legalStatus.milestones.[m1].url: Links must start with http:// or https://, not ftp://.',
        'legalStatus.milestones.[m2].date: Date the milestone.',
      ]),
    )
  })

  it('warns about a milestone dated before the signature', async () => {
    const doc = withLegalStatus({
      milestones: [
        milestone({}),
        milestone({_key: 'm2', kind: 'enteredIntoForce', date: '2025-01-01'}),
      ],
    })
    expect(await warnings(doc)).toContain(
      'legalStatus.milestones.[m2].date: “Entered into force” (2025-01-01) is dated before the signature (2025-10-28).',
    )
  })

  it('requires the words, the quote record and the speaker of each kind of evidence', async () => {
    const doc = withLegalStatus({
      basis: [
        {_key: 't', _type: 'legalStatusTextEvidence'},
        {_key: 'e', _type: 'legalStatusExpertQuote'},
        {_key: 'o', _type: 'legalStatusOfficialStatement', text: 'Non-binding.'},
      ],
    })
    expect(await errors(doc)).toEqual(
      expect.arrayContaining([
        'legalStatus.basis.[t].quote: Quote the instrument’s own words.',
        'legalStatus.basis.[e].quote: Pick the quote record.',
        'legalStatus.basis.[o].who: Say who made the statement.',
      ]),
    )
  })

  it('warns when the status contradicts the 22 CFR 181.2 checklist', async () => {
    const doc = withLegalStatus({
      status: 'binding',
      criteria: {
        _type: 'legalStatusCriteria',
        intentToBeBound: {_type: 'legalStatusCriterion', answer: 'no', note: '"intend to"'},
      },
    })
    expect((await warnings(doc)).join('\n')).toMatch(
      /legalStatus\.criteria: Marked binding, but the checklist answers “No” to “Intent to be legally bound”/,
    )
  })

  it('asks what a yes or no answer rests on', async () => {
    const doc = withLegalStatus({
      criteria: {
        _type: 'legalStatusCriteria',
        significance: {_type: 'legalStatusCriterion', answer: 'yes'},
      },
    })
    expect(await warnings(doc)).toContain(
      'legalStatus.criteria.significance.note: Say briefly what the answer rests on.',
    )
  })

  it('requires a reason for a commitment’s legal-status override', async () => {
    const legalStatusOverride = {_type: 'legalStatusOverride', status: 'binding'}
    expect(await errors({...validCommitment, legalStatusOverride})).toContain(
      'legalStatusOverride.reason: Say why this commitment’s legal status differs from its agreement’s.',
    )
    expect(
      await errors({
        ...validCommitment,
        legalStatusOverride: {...legalStatusOverride, reason: 'It restates a treaty obligation.'},
      }),
    ).toEqual([])
  })
})

describe('article wording lint', () => {
  const block = (text: string) => ({
    _key: 'p1',
    _type: 'block',
    style: 'normal',
    markDefs: [],
    children: [{_key: 'p1-c1', _type: 'span', text, marks: []}],
  })
  const article = (headline: string, text: string) => ({
    _id: 'article-lint',
    _type: 'article',
    headline,
    kind: 'news',
    slug: {_type: 'slug', current: 'lint'},
    body: [block(text)],
    agreements: [{_key: 'a', ...ref('agreement-test')}],
  })

  it('warns when the body calls a non-binding instrument a treaty or binding', async () => {
    const result = await warnings(article('US and Japan sign tech deal', 'The treaty is binding.'))
    expect(result).toContain(
      'body: “Memorandum of Cooperation Regarding the Technology Prosperity Deal” is non-binding, but the article calls it “treaty”, “binding”. Describe it as non-binding (e.g. “memorandum”, “political commitment”), or make clear the words refer to another instrument.',
    )
  })

  it('warns when the headline says "agreement" and nothing qualifies it', async () => {
    const result = await warnings(article('US and Japan sign AI agreement', 'It covers AI.'))
    expect(result.join('\n')).toMatch(/^headline: The headline says “agreement”, but “Memorandum/m)
  })

  it('is satisfied by a negation or a qualifier', async () => {
    const result = await warnings(
      article('US and Japan sign AI agreement', 'The memorandum is not legally binding.'),
    )
    expect(result.filter((message) => /^(headline|body):/.test(message))).toEqual([])
  })

  it('says nothing about binding instruments', async () => {
    const bindingDataset = dataset.map((doc) =>
      doc._id === 'agreement-test'
        ? ({...doc, legalStatus: {_type: 'legalStatus', status: 'binding'}} as typeof doc)
        : doc,
    )
    const issues = await validateAgainst(
      article('Treaty agreement', 'A legally binding treaty.') as never,
      bindingDataset,
    )
    expect(warningsOf(issues).filter((issue) => /^(headline|body)$/.test(issue.path))).toEqual([])
  })

  it('has nothing to say about the seed story', async () => {
    const seed = loadSeed()
    const story = seed.find((doc) => doc._type === 'article')!
    const issues = await validateAgainst(story, seed)
    expect(warningsOf(issues).filter((issue) => /^(headline|body)$/.test(issue.path))).toEqual([])
  })
})

describe('quote safety on articles (issue 6)', () => {
  const donovan = {_id: 'person-donovan', _type: 'person', name: 'Cole Donovan'}
  const verified = {
    _type: 'quoteVerification',
    method: 'transcript',
    verifiedBy: 'Desk',
    verifiedAt: '2026-01-01T00:00:00Z',
  }
  const quoteDoc = (id: string, extra: Record<string, unknown>) => ({
    ...validQuote,
    _id: id,
    speaker: ref('person-donovan'),
    verification: verified,
    ...extra,
  })
  const quotes = [
    quoteDoc('quote-ok', {}),
    quoteDoc('quote-off', {groundRules: 'offTheRecord'}),
    quoteDoc('quote-bg', {groundRules: 'background', describedAs: 'a former official'}),
    quoteDoc('quote-unverified', {
      verification: {_type: 'quoteVerification', method: 'unverified'},
    }),
    {
      ...quoteDoc('quote-kratsios-unverified', {}),
      speaker: ref('person-kratsios'),
      verification: undefined,
    },
  ]
  const source = {
    _id: 'source-donovan',
    _type: 'expertSource',
    person: ref('person-donovan'),
    expertise: ['S&T agreements'],
    doNotQuote: false,
  }
  const quoteDataset = (extra: object[] = []) =>
    [...dataset, donovan, source, ...quotes, ...extra] as unknown as SanityDocument[]
  const span = (text: string) => ({_key: 's', _type: 'span', text, marks: []})
  const article = (body: object[]) => ({
    _id: 'article-quotes',
    _type: 'article',
    headline: 'Quotes',
    kind: 'news',
    slug: {_type: 'slug', current: 'quotes'},
    byline: [{_key: 'b', ...ref('person-kratsios')}],
    body,
  })
  const blockQuote = (key: string, id: string, extra: object = {}) => ({
    _key: key,
    _type: 'quoteBlock',
    quote: ref(id),
    ...extra,
  })
  async function issues(body: object[], extra: object[] = []) {
    const found = await validateAgainst(article(body) as never, quoteDataset(extra))
    return {errors: messages(errorsOf(found)), warnings: messages(warningsOf(found))}
  }

  it('accepts a verified on-the-record quote', async () => {
    expect(await issues([blockQuote('q1', 'quote-ok')])).toEqual({errors: [], warnings: []})
  })

  it('errors on an off-the-record quote', async () => {
    expect((await issues([blockQuote('q1', 'quote-off')])).errors).toEqual([
      'body.[q1]: “We reject global governance of AI innovation.” is off the record and cannot be published. Remove it.',
    ])
  })

  it('errors when the text next to a background quote names the source', async () => {
    const body = [
      {_key: 'p1', _type: 'block', style: 'normal', children: [span('Donovan was blunt.')]},
      blockQuote('q1', 'quote-bg'),
    ]
    expect((await issues(body)).errors).toEqual([
      'body.[q1]: The text around “We reject global governance of AI innovation.” names Cole Donovan, but the quote is on background: the source must not be named.',
    ])
    const unnamed = [
      {_key: 'p1', _type: 'block', style: 'normal', children: [span('An official was blunt.')]},
      blockQuote('q1', 'quote-bg'),
    ]
    expect((await issues(unnamed)).errors).toEqual([])
  })

  it('errors on an inline quote on background in a sentence naming the source', async () => {
    const body = [
      {
        _key: 'p1',
        _type: 'block',
        style: 'normal',
        children: [
          span('Cole Donovan said '),
          {_key: 'i1', _type: 'inlineQuote', quote: ref('quote-bg')},
        ],
      },
    ]
    expect((await issues(body)).errors).toEqual([
      expect.stringMatching(
        /^body\.\[p1\]\.children\.\[i1\]: The text around .* names Cole Donovan/,
      ),
    ])
  })

  it('warns about unverified quotes with the count and the speakers', async () => {
    const body = [
      blockQuote('q1', 'quote-unverified'),
      blockQuote('q2', 'quote-kratsios-unverified'),
    ]
    expect((await issues(body)).warnings).toEqual([
      'body: 2 quotes are unverified (Cole Donovan, Michael Kratsios). Verify against a recording, transcript or published text.',
    ])
  })

  it('warns when the words changed after publication, with old and new text', async () => {
    const body = [blockQuote('q1', 'quote-ok', {textAtPublish: 'We reject global governance.'})]
    expect((await issues(body)).warnings).toEqual([
      'body.[q1]: The words of this quote changed after the article was published. Was: “We reject global governance.” Now: “We reject global governance of AI innovation.”',
    ])
  })

  it('warns about a quote by a source marked do not quote', async () => {
    const dnq = {...source, _id: 'source-donovan-2', doNotQuote: true}
    expect((await issues([blockQuote('q1', 'quote-ok')], [dnq])).warnings).toEqual([
      'body.[q1]: Cole Donovan is marked “do not quote” in the source list.',
    ])
  })
})

describe('duplicate guard and private contacts (issue 6)', () => {
  const people = [
    {_id: 'person-martinez', _type: 'person', name: 'José Martínez'},
    {_id: 'person-donovan', _type: 'person', name: 'Cole Donovan'},
    {_id: 'source-donovan', _type: 'expertSource', person: ref('person-donovan'), expertise: ['x']},
  ]
  const withPeople = [...dataset, ...people] as unknown as SanityDocument[]
  const warn = async (doc: Record<string, unknown>) =>
    messages(warningsOf(await validateAgainst(doc as never, withPeople)))

  it('warns about a new person whose name folds to an existing one, naming and linking it', async () => {
    const found = await warn({_id: 'drafts.person-new', _type: 'person', name: 'J. Martinez'})
    expect(found).toEqual([
      expect.stringMatching(
        /^name: “J\. Martinez” may be the same person as “José Martínez” \(person-martinez\)\. .*\/intent\/edit\/id=person-martinez;type=person\/$/,
      ),
    ])
    expect(
      await warn({_id: 'drafts.person-martinez', _type: 'person', name: 'José Martínez'}),
    ).toEqual([])
    expect(await warn({_id: 'person-new', _type: 'person', name: 'Jane Doe'})).toEqual([])
  })

  it('warns about a second expert source for the same person', async () => {
    const second = {
      _id: 'drafts.source-new',
      _type: 'expertSource',
      person: ref('person-donovan'),
      expertise: ['x'],
    }
    expect(await warn(second)).toEqual([
      expect.stringMatching(
        /^person: “Cole Donovan” may be the same expert source as “Cole Donovan” \(source-donovan\)/,
      ),
    ])
    expect(await warn({...second, _id: 'drafts.source-donovan'})).toEqual([])
  })

  it('rejects contact details outside the private. path', async () => {
    const contact = {_type: 'sourceContact', source: {...ref('source-donovan'), _weak: true}}
    const error =
      ': Contact details must live under a private. id, where public reads cannot see them. Create them with "Add contact details" on the expert source instead.'
    expect(
      messages(
        errorsOf(await validateAgainst({...contact, _id: 'contact-1'} as never, withPeople)),
      ),
    ).toContain(error)
    for (const _id of ['private.contact-source-donovan', 'drafts.private.contact-source-donovan']) {
      expect(
        messages(errorsOf(await validateAgainst({...contact, _id} as never, withPeople))),
      ).not.toContain(error)
    }
  })
})
