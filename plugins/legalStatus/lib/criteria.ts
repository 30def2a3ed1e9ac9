/**
 * The assessment vocabulary for an instrument's legal status: the criteria of 22 CFR 181.2,
 * the answers an editor can give, and the milestones an instrument passes. Plain data, shared
 * by the schema, the inspector and the pure checks. No Sanity or React imports here.
 */

export interface CriterionDefinition {
  /** Field name in `legalStatus.criteria`. */
  name: CriterionName
  title: string
  /** The question the editor answers, phrased so that "yes" points towards binding. */
  question: string
  /** Whether a "no" rules out a binding international agreement (22 CFR 181.2(a)(1)–(5)). */
  required: boolean
}

export const CRITERIA = [
  {
    name: 'partiesAreStates',
    title: 'Parties are states or state bodies',
    question:
      'Are the parties states, state agencies or intergovernmental organisations (not companies or universities)?',
    required: true,
  },
  {
    name: 'intentToBeBound',
    title: 'Intent to be legally bound',
    question:
      'Do the parties intend to be bound in law, not merely politically committed? Explicit clauses decide this more than anything else.',
    required: true,
  },
  {
    name: 'governedByInternationalLaw',
    title: 'Governed by international law',
    question:
      'Is the instrument governed by international law (not by the law of one party, or by no law at all)?',
    required: true,
  },
  {
    name: 'significance',
    title: 'Significance',
    question: 'Is it of political, economic, legal or other significance, rather than trivial?',
    required: true,
  },
  {
    name: 'specificity',
    title: 'Specificity',
    question:
      'Does it set out specific undertakings, with objective criteria for judging whether they are kept?',
    required: true,
  },
  {
    name: 'twoOrMoreParties',
    title: 'Two or more parties',
    question: 'Are there two or more parties? (A unilateral pledge is not an agreement.)',
    required: true,
  },
  {
    name: 'customaryForm',
    title: 'Customary form',
    question:
      'Does it follow the customary form of a binding agreement (parties, articles, entry into force)? Form alone does not decide, but departing from it is evidence against an intent to be bound.',
    required: false,
  },
] as const satisfies readonly {name: string; title: string; question: string; required: boolean}[]

export type CriterionName = (typeof CRITERIA)[number]['name']

export const CRITERION_ANSWERS = [
  {value: 'yes', title: 'Yes'},
  {value: 'no', title: 'No'},
  {value: 'unknown', title: 'Unknown'},
] as const
export type CriterionAnswer = (typeof CRITERION_ANSWERS)[number]['value']

export const MILESTONE_KINDS = [
  {value: 'signed', title: 'Signed'},
  {value: 'ratifiedOrApproved', title: 'Ratified, accepted or approved'},
  {value: 'enteredIntoForce', title: 'Entered into force'},
  {value: 'becameOperative', title: 'Became operative'},
  {value: 'reportedToCongress', title: 'Reported to Congress (Case Act)'},
  {value: 'published', title: 'Published'},
] as const
export type MilestoneKind = (typeof MILESTONE_KINDS)[number]['value']

/** Statuses a commitment's override may take: a single clause is binding or it is not. */
export const OVERRIDE_STATUSES = [
  {value: 'binding', title: 'Binding'},
  {value: 'nonBinding', title: 'Non-binding'},
] as const
export type OverrideStatus = (typeof OVERRIDE_STATUSES)[number]['value']

export function titleOfChoice(
  choices: readonly {value: string; title: string}[],
  value: unknown,
): string {
  return choices.find((choice) => choice.value === value)?.title ?? String(value ?? '')
}
