import {defineField, defineType} from 'sanity'

import {CRITERIA} from '../../plugins/legalStatus/lib/criteria'

/**
 * The checklist of 22 CFR 181.2: one field per criterion. A binding international agreement
 * meets the first six; form is not decisive, but departing from it is evidence.
 */
export const legalStatusCriteria = defineType({
  name: 'legalStatusCriteria',
  title: 'Criteria (22 CFR 181.2)',
  type: 'object',
  options: {collapsible: true, collapsed: false},
  fields: CRITERIA.map((criterion) =>
    defineField({
      name: criterion.name,
      title: criterion.title,
      type: 'legalStatusCriterion',
      description: criterion.question,
    }),
  ),
})
