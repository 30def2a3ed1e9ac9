import {CalendarIcon} from '@sanity/icons/Calendar'
import {defineField, defineType} from 'sanity'

import {FOLLOW_UP_STATES, titleOf} from '../vocabulary'

export const followUp = defineType({
  name: 'followUp',
  title: 'Follow-up',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'date',
      title: 'Check on',
      type: 'date',
      validation: (rule) => rule.required().error('A follow-up needs a date.'),
    }),
    defineField({
      name: 'reason',
      type: 'string',
      description: 'Why then, e.g. "6 months after signing" or "Artemis II launch window".',
      validation: (rule) => rule.required().warning('Say why the desk checks on this date.'),
    }),
    defineField({
      name: 'assignee',
      type: 'string',
      description: 'Who on the desk checks. Optional.',
    }),
    defineField({
      name: 'state',
      type: 'string',
      options: {list: [...FOLLOW_UP_STATES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'planned',
    }),
    defineField({
      name: 'note',
      type: 'text',
      rows: 2,
      description: 'What was found, or why skipped.',
    }),
    defineField({
      name: 'article',
      title: 'Follow-up story',
      type: 'reference',
      to: [{type: 'article'}],
      weak: true,
      description: 'The article that reports the check, once started.',
    }),
  ],
  preview: {
    select: {date: 'date', reason: 'reason', state: 'state', assignee: 'assignee'},
    prepare: ({date, reason, state, assignee}) => ({
      title: `${date ?? 'Undated'} · ${reason ?? 'No reason given'}`,
      subtitle: [titleOf(FOLLOW_UP_STATES, state ?? 'planned'), assignee]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
