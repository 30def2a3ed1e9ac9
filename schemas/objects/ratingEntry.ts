import {defineArrayMember, defineField, defineType} from 'sanity'

import {COMMITMENT_STATUSES, titleOf} from '../vocabulary'

export const ratingEntry = defineType({
  name: 'ratingEntry',
  title: 'Rating',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      type: 'date',
      validation: (rule) => rule.required().error('Date the rating.'),
    }),
    defineField({
      name: 'status',
      title: 'Rating',
      type: 'string',
      options: {list: [...COMMITMENT_STATUSES]},
      validation: (rule) => rule.required().error('Choose the rating.'),
    }),
    defineField({
      name: 'note',
      type: 'text',
      rows: 3,
      description: 'Why this rating: what happened, or did not.',
    }),
    defineField({
      name: 'evidence',
      type: 'array',
      of: [defineArrayMember({type: 'sourceLink'})],
      description: 'Published sources for the rating.',
    }),
  ],
  preview: {
    select: {date: 'date', status: 'status', note: 'note'},
    prepare: ({date, status, note}) => ({
      title: `${date ?? 'Undated'}: ${titleOf(COMMITMENT_STATUSES, status)}`,
      subtitle: note,
    }),
  },
})
