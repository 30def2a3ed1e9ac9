import {defineField, defineType} from 'sanity'

import {LEGAL_STATUSES} from '../vocabulary'

/**
 * The editor's judgement of whether an instrument binds its parties. An object rather than a
 * bare string so the legal-status plugin can add criteria, evidence and milestones beside it.
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
      validation: (rule) => rule.required().error('Choose a status, or "Not yet assessed".'),
    }),
    defineField({
      name: 'basis',
      type: 'text',
      rows: 3,
      description:
        'Why: the clause, expert view or official statement the judgement rests on, with its source.',
    }),
  ],
})
