/**
 * The textual indicators editors look for when judging whether an instrument binds its parties
 * (after 22 CFR 181.2 practice and State Department guidance; see docs/legal-status.md).
 * Phrases are written as plain lowercase words; the tokenizer folds case, curly quotes,
 * hyphens and line breaks, so "Non-Binding" and "non-\nbinding" both match "non binding".
 */

export type Direction = 'binding' | 'nonBinding'

export interface SignalDefinition {
  /** Stable id, shown as `signal` in the evidence. */
  id: string
  direction: Direction
  /** Explicit statements about bindingness weigh 5; strong form markers 2–3; vocabulary 0.5–1. */
  weight: number
  /** Word sequences that express the signal. */
  phrases: string[]
  /** A negation just before the phrase flips its direction ("does not create legal obligations"). */
  negatable?: boolean
  /** Explicit statements are not discounted inside citations of other instruments. */
  explicit?: boolean
}

export const SIGNALS: SignalDefinition[] = [
  // Explicit statements, the strongest evidence either way.
  {
    id: 'explicitNonBinding',
    direction: 'nonBinding',
    weight: 5,
    explicit: true,
    phrases: [
      'non binding',
      'nonbinding',
      'not legally binding',
      'political commitment',
      'political commitments',
      'politically binding',
      'not intended to be legally binding',
      'not intended to create legal obligations',
      'not intended to create legally binding obligations',
    ],
  },
  {
    id: 'explicitBinding',
    direction: 'binding',
    weight: 5,
    explicit: true,
    negatable: true,
    phrases: [
      'legally binding',
      'legally bound',
      'binding under international law',
      'binding on the parties',
      'binding upon the parties',
      'create legal obligations',
      'creates legal obligations',
      'create legally binding obligations',
      'creates legally binding obligations',
      'governed by international law',
      'constitute a treaty',
      'constitutes a treaty',
      'constitute an international agreement',
      'constitutes an international agreement',
    ],
  },
  {
    id: 'fundsNotCommitted',
    direction: 'binding',
    weight: 2,
    negatable: true,
    explicit: true,
    phrases: [
      'commit funds',
      'commits funds',
      'commit any funds',
      'obligate funds',
      'obligates funds',
    ],
  },

  // How the instrument names its signatories and frames its text.
  {
    id: 'parties',
    direction: 'binding',
    weight: 1,
    phrases: ['the parties', 'each party', 'contracting parties'],
  },
  {
    id: 'participants',
    direction: 'nonBinding',
    weight: 2,
    phrases: ['the participants', 'each participant', 'the sides', 'the signatories'],
  },
  {
    id: 'agreedAsFollows',
    direction: 'binding',
    weight: 3,
    phrases: ['have agreed as follows', 'hereby agree as follows', 'agree as follows'],
  },
  {
    id: 'reachedUnderstandings',
    direction: 'nonBinding',
    weight: 3,
    phrases: [
      'have reached the following understanding',
      'have reached the following understandings',
      'have reached the following recognition',
      'have come to the following understanding',
      'have come to the following understandings',
      'share the following understanding',
    ],
  },

  // Obligation vocabulary against intention vocabulary.
  {
    id: 'obligationVerb',
    direction: 'binding',
    weight: 1,
    negatable: true,
    phrases: [
      'shall',
      'undertake to',
      'undertakes to',
      'are obliged',
      'is obliged',
      'are obligated',
      'is obligated',
    ],
  },
  {
    id: 'obligations',
    direction: 'binding',
    weight: 0.5,
    negatable: true,
    phrases: ['obligations', 'rights and obligations'],
  },
  {
    id: 'intentionVerb',
    direction: 'nonBinding',
    weight: 1,
    phrases: [
      'intend to',
      'intends to',
      'aim to',
      'aims to',
      'will endeavour',
      'will endeavor',
      'endeavour to',
      'endeavor to',
      'seek to',
      'seeks to',
      'plan to',
      'plans to',
      'expect to',
      'are expected to',
      'is expected to',
      'are intended to',
      'is intended to',
    ],
  },

  // Treaty machinery against memorandum machinery.
  {
    id: 'entryIntoForce',
    direction: 'binding',
    weight: 2,
    phrases: ['enter into force', 'enters into force', 'entry into force', 'entered into force'],
  },
  {
    id: 'ratification',
    direction: 'binding',
    weight: 2,
    phrases: [
      'ratification',
      'instruments of ratification',
      'instrument of ratification',
      'depositary',
      'accession',
    ],
  },
  {id: 'articleHeading', direction: 'binding', weight: 0.5, phrases: ['article']},
  {
    id: 'disputeSettlement',
    direction: 'binding',
    weight: 2,
    phrases: [
      'settlement of disputes',
      'dispute settlement',
      'disputes shall be settled',
      'arbitral tribunal',
    ],
  },
  {
    id: 'authenticTexts',
    direction: 'binding',
    weight: 2,
    phrases: ['equally authentic', 'in duplicate'],
  },
  {
    id: 'becomesOperative',
    direction: 'nonBinding',
    weight: 2,
    phrases: [
      'become operative',
      'becomes operative',
      'operative upon signature',
      'operative on signature',
      'come into effect',
      'comes into effect',
      'come into operation',
    ],
  },
  {
    id: 'discontinuedByNotice',
    direction: 'nonBinding',
    weight: 1.5,
    phrases: [
      'may be discontinued',
      'discontinue its participation',
      'discontinue this memorandum',
      'mutual written decision',
      'mutual written consent of the participants',
      'modified by mutual',
    ],
  },
  {id: 'paragraphs', direction: 'nonBinding', weight: 0.3, phrases: ['paragraph']},
  {id: 'commitments', direction: 'nonBinding', weight: 0.5, phrases: ['commitments']},
]

/** Words that flip a negatable signal when they stand shortly before it in the same sentence. */
export const NEGATORS = new Set([
  'not',
  'no',
  'non',
  'never',
  'neither',
  'nor',
  'without',
  'cannot',
])

/** How many words before a signal a negator may stand: "does not, by itself, create legal obligations". */
export const NEGATION_WINDOW = 6

/**
 * A sentence that both uses one of these cues and names an instrument other than "this" one
 * cites another instrument ("affirming the Outer Space Treaty", "under the existing
 * Agreement"). Binding markers there describe the cited instrument, not this one.
 */
export const CITATION_CUES = new Set([
  'affirm',
  'affirms',
  'affirming',
  'reaffirm',
  'reaffirms',
  'reaffirming',
  'recall',
  'recalls',
  'recalling',
  'noting',
  'pursuant',
  'existing',
  'accordance',
  'consistent',
  'cited',
])

export const INSTRUMENT_NOUNS = new Set([
  'treaty',
  'treaties',
  'convention',
  'agreement',
  'agreements',
  'accords',
  'protocol',
  'charter',
])

/** Weight kept by a binding marker inside a sentence that cites another instrument. */
export const CITATION_DISCOUNT = 0.2

/** A signal's repeated hits add less and less: its total weight is capped at this many hits. */
export const MAX_HITS_PER_SIGNAL = 4
