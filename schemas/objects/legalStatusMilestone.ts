import {CalendarIcon} from '@sanity/icons/Calendar'
import {defineField, defineType} from 'sanity'

import {MILESTONE_KINDS, titleOfChoice} from '../../plugins/legalStatus/lib/criteria'
import {isHttpUrl} from '../rules/editorialRules'

/** A dated step in an instrument's life: signature, consent to be bound, force, reporting. */
export const legalStatusMilestone = defineType({
  name: 'legalStatusMilestone',
  title: 'Milestone',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'kind',
      type: 'string',
      options: {list: [...MILESTONE_KINDS]},
      validation: (rule) => rule.required().error('Say which milestone this is.'),
    }),
    defineField({
      name: 'date',
      type: 'date',
      validation: (rule) => rule.required().error('Date the milestone.'),
    }),
    defineField({
      name: 'url',
      title: 'Source link',
      type: 'url',
      description: 'E.g. the signing release, the Federal Register notice or the Case Act report.',
      validation: (rule) => rule.custom(isHttpUrl),
    }),
    defineField({name: 'note', type: 'string'}),
  ],
  preview: {
    select: {kind: 'kind', date: 'date', note: 'note'},
    prepare: ({kind, date, note}) => ({
      title: kind ? titleOfChoice(MILESTONE_KINDS, kind) : 'Milestone',
      subtitle: [date ?? 'Undated', note].filter(Boolean).join(' · '),
    }),
  },
})
