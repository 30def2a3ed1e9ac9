import {BillIcon} from '@sanity/icons/Bill'
import {defineField, defineType} from 'sanity'

/** What a government or organisation says about the instrument's status. */
export const legalStatusOfficialStatement = defineType({
  name: 'legalStatusOfficialStatement',
  title: 'Official statement',
  type: 'object',
  icon: BillIcon,
  fields: [
    defineField({
      name: 'text',
      title: 'What was said',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Record what the official statement says.'),
    }),
    defineField({
      name: 'who',
      title: 'Who said it',
      type: 'string',
      description: 'E.g. “State Department, Office of the Legal Adviser” or “White House”.',
      validation: (rule) => rule.required().error('Say who made the statement.'),
    }),
    defineField({name: 'date', type: 'date'}),
    defineField({
      name: 'source',
      title: 'Source link',
      type: 'sourceLink',
      validation: (rule) => rule.required().warning('Link the statement, so it can be checked.'),
    }),
  ],
  preview: {
    select: {text: 'text', who: 'who', date: 'date'},
    prepare: ({text, who, date}) => ({
      title: text ? `“${text}”` : 'No statement yet',
      subtitle: ['Official statement', who, date].filter(Boolean).join(' · '),
    }),
  },
})
