/**
 * The desk's controlled vocabularies. Schemas, structure, plugins and scripts all read these,
 * so a value means the same thing everywhere. No Sanity or React imports here.
 */

export interface Choice<V extends string = string> {
  value: V
  title: string
}

export function valuesOf<V extends string>(choices: readonly Choice<V>[]): V[] {
  return choices.map((choice) => choice.value)
}

export function titleOf<V extends string>(choices: readonly Choice<V>[], value: unknown): string {
  return choices.find((choice) => choice.value === value)?.title ?? String(value ?? '')
}

export const INSTRUMENT_FORMS = [
  {value: 'treaty', title: 'Treaty'},
  {value: 'executiveAgreement', title: 'Executive agreement'},
  {value: 'memorandumOfUnderstanding', title: 'Memorandum of understanding (MOU)'},
  {value: 'memorandumOfCooperation', title: 'Memorandum of cooperation (MOC)'},
  {value: 'jointStatement', title: 'Joint statement'},
  {value: 'declaration', title: 'Declaration'},
  {value: 'factSheet', title: 'Fact sheet'},
  {value: 'other', title: 'Other'},
] as const satisfies readonly Choice[]
export type InstrumentForm = (typeof INSTRUMENT_FORMS)[number]['value']

export const LEGAL_STATUSES = [
  {value: 'binding', title: 'Binding'},
  {value: 'nonBinding', title: 'Non-binding'},
  {value: 'mixed', title: 'Mixed'},
  {value: 'unassessed', title: 'Not yet assessed'},
] as const satisfies readonly Choice[]
export type LegalStatus = (typeof LEGAL_STATUSES)[number]['value']

export const RELATION_KINDS = [
  {value: 'buildsOn', title: 'Builds on'},
  {value: 'implements', title: 'Implements'},
  {value: 'amends', title: 'Amends'},
  {value: 'renews', title: 'Renews or extends'},
  {value: 'supersedes', title: 'Supersedes'},
  {value: 'relatedTo', title: 'Related to'},
] as const satisfies readonly Choice[]

export const SOURCE_LINK_KINDS = [
  {value: 'officialText', title: 'Official text'},
  {value: 'pressRelease', title: 'Press release'},
  {value: 'factSheet', title: 'Fact sheet'},
  {value: 'treatyRecord', title: 'Treaty database record'},
  {value: 'coverage', title: 'News coverage'},
  {value: 'other', title: 'Other'},
] as const satisfies readonly Choice[]

/** Promise-tracker ratings, after PolitiFact and the Washington Post trackers. */
export const COMMITMENT_STATUSES = [
  {value: 'notYetRated', title: 'Not yet rated'},
  {value: 'inTheWorks', title: 'In the works'},
  {value: 'stalled', title: 'Stalled'},
  {value: 'compromise', title: 'Compromise'},
  {value: 'kept', title: 'Promise kept'},
  {value: 'broken', title: 'Promise broken'},
] as const satisfies readonly Choice[]
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number]['value']
export const FINAL_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['kept', 'broken']

export const FOLLOW_UP_STATES = [
  {value: 'planned', title: 'Planned'},
  {value: 'inProgress', title: 'In progress'},
  {value: 'done', title: 'Done'},
  {value: 'skipped', title: 'Skipped'},
] as const satisfies readonly Choice[]
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number]['value']

export const OUTCOME_KINDS = [
  {value: 'metric', title: 'A metric (a number that can be checked)'},
  {value: 'event', title: 'An observable event (something that happens or does not)'},
] as const satisfies readonly Choice[]

export const DEADLINE_KINDS = [
  {value: 'date', title: 'A stated date'},
  {value: 'noneStated', title: 'None stated'},
] as const satisfies readonly Choice[]

export const QUOTE_MEDIA = [
  {value: 'speech', title: 'Speech'},
  {value: 'pressRelease', title: 'Press release'},
  {value: 'interview', title: 'Interview with us'},
  {value: 'hearing', title: 'Hearing'},
  {value: 'statement', title: 'Statement'},
  {value: 'publication', title: 'Publication or report'},
  {value: 'socialMedia', title: 'Social media'},
  {value: 'other', title: 'Other'},
] as const satisfies readonly Choice[]

export const GROUND_RULES = [
  {value: 'onTheRecord', title: 'On the record'},
  {value: 'background', title: 'On background'},
  {value: 'deepBackground', title: 'Deep background'},
  {value: 'notForAttribution', title: 'Not for attribution'},
  {value: 'offTheRecord', title: 'Off the record'},
] as const satisfies readonly Choice[]
export type GroundRules = (typeof GROUND_RULES)[number]['value']

export const VERIFICATION_METHODS = [
  {value: 'unverified', title: 'Unverified'},
  {value: 'recording', title: 'Verified against a recording'},
  {value: 'transcript', title: 'Verified against a transcript'},
  {value: 'publishedText', title: 'Verified against published text'},
] as const satisfies readonly Choice[]
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number]['value']

export const ORGANIZATION_KINDS = [
  {value: 'government', title: 'National government'},
  {value: 'agency', title: 'Government agency or office'},
  {value: 'legislature', title: 'Legislature'},
  {value: 'igo', title: 'Intergovernmental organization'},
  {value: 'nonprofit', title: 'Nonprofit or think tank'},
  {value: 'university', title: 'University or laboratory'},
  {value: 'company', title: 'Company'},
  {value: 'media', title: 'News organization'},
  {value: 'other', title: 'Other'},
] as const satisfies readonly Choice[]

export const ARTICLE_KINDS = [
  {value: 'news', title: 'News'},
  {value: 'analysis', title: 'Analysis'},
  {value: 'followUp', title: 'Follow-up'},
] as const satisfies readonly Choice[]
export type ArticleKind = (typeof ARTICLE_KINDS)[number]['value']

/** Cooperation areas that recur across S&T instruments. Agreements may add their own tags. */
export const COOPERATION_AREAS = [
  {value: 'ai', title: 'Artificial intelligence'},
  {value: 'quantum', title: 'Quantum'},
  {value: 'fusion', title: 'Fusion energy'},
  {value: 'space', title: 'Space'},
  {value: 'biotech', title: 'Biotechnology and pharmaceuticals'},
  {value: 'telecom', title: 'Advanced communications and 6G'},
  {value: 'researchSecurity', title: 'Research security'},
  {value: 'semiconductors', title: 'Semiconductors and computing'},
  {value: 'basicResearch', title: 'Basic research and exchanges'},
  {value: 'stemEducation', title: 'STEM education'},
  {value: 'standards', title: 'Standards and regulation'},
  {value: 'other', title: 'Other'},
] as const satisfies readonly Choice[]
