/**
 * Types for the seed documents. Enum-like fields take their values from schemas/vocabulary.ts,
 * so a value the schema does not know fails the type check rather than the import.
 */
import type {
  ARTICLE_KINDS,
  COMMITMENT_STATUSES,
  COOPERATION_AREAS,
  DEADLINE_KINDS,
  FOLLOW_UP_STATES,
  GROUND_RULES,
  INSTRUMENT_FORMS,
  LEGAL_STATUSES,
  ORGANIZATION_KINDS,
  OUTCOME_KINDS,
  QUOTE_MEDIA,
  RELATION_KINDS,
  SOURCE_LINK_KINDS,
  VERIFICATION_METHODS,
} from '../../schemas/vocabulary'
import type {
  CriterionAnswer,
  CriterionName,
  MilestoneKind,
  OverrideStatus,
} from '../../plugins/legalStatus/lib/criteria'

type ValueOf<T extends readonly {value: string}[]> = T[number]['value']

export type InstrumentForm = ValueOf<typeof INSTRUMENT_FORMS>
export type LegalStatusValue = ValueOf<typeof LEGAL_STATUSES>
export type RelationKind = ValueOf<typeof RELATION_KINDS>
export type SourceLinkKind = ValueOf<typeof SOURCE_LINK_KINDS>
export type CommitmentStatus = ValueOf<typeof COMMITMENT_STATUSES>
export type FollowUpState = ValueOf<typeof FOLLOW_UP_STATES>
export type OutcomeKind = ValueOf<typeof OUTCOME_KINDS>
export type DeadlineKind = ValueOf<typeof DEADLINE_KINDS>
export type QuoteMedium = ValueOf<typeof QUOTE_MEDIA>
export type GroundRules = ValueOf<typeof GROUND_RULES>
export type VerificationMethod = ValueOf<typeof VERIFICATION_METHODS>
export type OrganizationKind = ValueOf<typeof ORGANIZATION_KINDS>
export type ArticleKind = ValueOf<typeof ARTICLE_KINDS>
export type CooperationArea = ValueOf<typeof COOPERATION_AREAS>
export type MilestoneKindValue = MilestoneKind

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`

export interface Reference {
  _type: 'reference'
  _ref: string
}

/** A reference as an array item: arrays need a `_key` on every item. */
export interface KeyedReference extends Reference {
  _key: string
}

// --- Objects ---------------------------------------------------------------------------------

export interface SourceLink {
  _key: string
  _type: 'sourceLink'
  kind: SourceLinkKind
  title?: string
  url: string
}

export interface AgreementParty {
  _key: string
  _type: 'agreementParty'
  party: Reference
  representedBy?: Reference
  signatory?: Reference
  signatoryTitle?: string
}

export interface InstrumentRelation {
  _key: string
  _type: 'instrumentRelation'
  kind: RelationKind
  agreement: Reference
  note?: string
}

/** A source link as a single object field, not an array item: no `_key`. */
export type SourceLinkValue = Omit<SourceLink, '_key'>

export interface LegalStatusCriterion {
  _type: 'legalStatusCriterion'
  answer: CriterionAnswer
  note?: string
}

export type LegalStatusCriteria = {_type: 'legalStatusCriteria'} & Partial<
  Record<CriterionName, LegalStatusCriterion>
>

export interface LegalStatusTextEvidence {
  _key: string
  _type: 'legalStatusTextEvidence'
  quote: string
  source?: SourceLinkValue
}

export interface LegalStatusExpertQuote {
  _key: string
  _type: 'legalStatusExpertQuote'
  quote: Reference
  note?: string
}

export interface LegalStatusOfficialStatement {
  _key: string
  _type: 'legalStatusOfficialStatement'
  text: string
  who: string
  date?: IsoDate
  source?: SourceLinkValue
}

export type LegalStatusEvidence =
  LegalStatusTextEvidence | LegalStatusExpertQuote | LegalStatusOfficialStatement

export interface LegalStatusMilestone {
  _key: string
  _type: 'legalStatusMilestone'
  kind: MilestoneKind
  date: IsoDate
  url?: string
  note?: string
}

export interface LegalStatus {
  _type: 'legalStatus'
  status: LegalStatusValue
  criteria?: LegalStatusCriteria
  /** The judgement in brief (formerly the free-text `basis`). */
  basisSummary?: string
  basis?: LegalStatusEvidence[]
  milestones?: LegalStatusMilestone[]
}

export interface LegalStatusOverride {
  _type: 'legalStatusOverride'
  status?: OverrideStatus
  reason?: string
}

export interface MeasurableOutcome {
  _type: 'measurableOutcome'
  delivery: string
  kind?: OutcomeKind
  indicator?: string
  baseline?: string
  target?: string
  deadlineKind: DeadlineKind
  deadline?: IsoDate
  deadlineSource?: string
}

export interface RatingEntry {
  _key: string
  _type: 'ratingEntry'
  date: IsoDate
  status: CommitmentStatus
  note?: string
  evidence?: SourceLink[]
}

export interface FollowUp {
  _key: string
  _type: 'followUp'
  date: IsoDate
  reason: string
  assignee?: string
  state?: FollowUpState
  note?: string
  article?: Reference & {_weak: true}
}

export interface RoleEntry {
  _key: string
  _type: 'roleEntry'
  title: string
  organization?: Reference
  from?: IsoDate
  to?: IsoDate
}

export interface QuoteVerification {
  _type: 'quoteVerification'
  method: VerificationMethod
  verifiedBy?: string
  /** ISO datetime. */
  verifiedAt?: string
  note?: string
}

export interface Span {
  _key: string
  _type: 'span'
  text: string
  marks: string[]
}

export interface InlineQuote {
  _key: string
  _type: 'inlineQuote'
  quote: Reference
}

export interface Block {
  _key: string
  _type: 'block'
  style: 'normal'
  markDefs: []
  children: (Span | InlineQuote)[]
}

export interface QuoteBlock {
  _key: string
  _type: 'quoteBlock'
  quote: Reference
}

// --- Documents -------------------------------------------------------------------------------

export interface OrganizationDocument {
  _id: string
  _type: 'organization'
  name: string
  shortName?: string
  kind: OrganizationKind
  country?: string
  parent?: Reference
  website?: string
}

export interface PersonDocument {
  _id: string
  _type: 'person'
  name: string
  currentTitle?: string
  organization?: Reference
  roles?: RoleEntry[]
}

export interface ExpertSourceDocument {
  _id: string
  _type: 'expertSource'
  person: Reference
  expertise?: string[]
  defaultGroundRules?: GroundRules
  doNotQuote?: boolean
  notes?: string
}

export interface AgreementDocument {
  _id: string
  _type: 'agreement'
  title: string
  shortName?: string
  instrumentForm: InstrumentForm
  areas?: CooperationArea[]
  summary?: string
  relatedInstruments?: InstrumentRelation[]
  parties: AgreementParty[]
  signedDate?: IsoDate
  operativeDate?: IsoDate
  endDate?: IsoDate
  endNote?: string
  place?: string
  sourceLinks?: SourceLink[]
  fullText?: string
  legalStatus: LegalStatus
}

export interface CommitmentDocument {
  _id: string
  _type: 'commitment'
  title: string
  agreement?: Reference
  legalStatusOverride?: LegalStatusOverride
  parties: KeyedReference[]
  responsibleAgencies?: KeyedReference[]
  quotedText?: string
  summary: string
  area: CooperationArea
  measurableOutcome?: MeasurableOutcome
  status: CommitmentStatus
  ratingHistory?: RatingEntry[]
  followUps?: FollowUp[]
}

export interface QuoteDocument {
  _id: string
  _type: 'quote'
  text: string
  speaker: Reference
  speakerTitle?: string
  date: IsoDate
  medium: QuoteMedium
  venue?: string
  sourceUrl?: string
  groundRules: GroundRules
  describedAs?: string
  verification?: QuoteVerification
  agreements?: KeyedReference[]
  commitments?: KeyedReference[]
}

export interface ArticleDocument {
  _id: string
  _type: 'article'
  headline: string
  dek?: string
  kind: ArticleKind
  followUpOf?: Reference
  body?: (Block | QuoteBlock)[]
  agreements?: KeyedReference[]
  commitments?: KeyedReference[]
  slug: {_type: 'slug'; current: string}
  byline?: KeyedReference[]
  publishedAt?: string
}

export type SeedDocument =
  | OrganizationDocument
  | PersonDocument
  | ExpertSourceDocument
  | AgreementDocument
  | CommitmentDocument
  | QuoteDocument
  | ArticleDocument
