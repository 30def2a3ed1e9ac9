import {defineArrayMember, defineField, defineType} from 'sanity'

import {checkCriteria} from '../../plugins/legalStatus/lib/checkCriteria'
import {checkMilestones} from '../../plugins/legalStatus/lib/checkMilestones'
import {LEGAL_STATUSES} from '../vocabulary'

/**
 * The desk's judgement of whether an instrument binds its parties: the status, the 22 CFR
 * 181.2 checklist behind it, the evidence (the instrument's words, expert quotes, official
 * statements) and the instrument's milestones.
 */
export const legalStatus = defineType({
  name: 'legalStatus',
  title: 'Legal status',
  type: 'object',
  fields: [
    defineField({
      name: 'status',
      title: 'Assessed status',
      type: 'string',
      options: {list: [...LEGAL_STATUSES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'unassessed',
      description:
        'Mixed: some provisions bind, others do not. “Not yet assessed” also covers instruments whose status is unclear.',
      validation: (rule) => rule.required().error('Choose a status, or "Not yet assessed".'),
    }),
    defineField({
      name: 'criteria',
      title: 'Criteria (22 CFR 181.2)',
      type: 'legalStatusCriteria',
      validation: (rule) =>
        rule
          .custom((criteria, context) =>
            checkCriteria((context.parent as {status?: unknown} | undefined)?.status, criteria),
          )
          .warning(),
    }),
    defineField({
      name: 'basisSummary',
      title: 'Basis in brief',
      type: 'text',
      rows: 4,
      description:
        'Why, in a few sentences: the clause, expert view or official statement the judgement rests on.',
    }),
    defineField({
      name: 'basis',
      title: 'Evidence',
      type: 'array',
      of: [
        defineArrayMember({type: 'legalStatusTextEvidence'}),
        defineArrayMember({type: 'legalStatusExpertQuote'}),
        defineArrayMember({type: 'legalStatusOfficialStatement'}),
      ],
      description: 'The instrument’s own words first; then expert quotes and official statements.',
    }),
    defineField({
      name: 'milestones',
      type: 'array',
      of: [defineArrayMember({type: 'legalStatusMilestone'})],
      description:
        'Signed, ratified or approved, entered into force or operative, reported to Congress, published.',
      validation: (rule) =>
        rule
          .custom((milestones) => {
            const problems = checkMilestones(milestones)
            return problems.length === 0
              ? true
              : problems.map((problem) => ({
                  message: problem.message,
                  path: problem.key ? [{_key: problem.key}, 'date'] : [],
                }))
          })
          .warning(),
    }),
  ],
})
