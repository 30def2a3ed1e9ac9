import {defineField, defineType} from 'sanity'

import {RELATION_KINDS, titleOf} from '../vocabulary'

export const instrumentRelation = defineType({
  name: 'instrumentRelation',
  title: 'Relation to another instrument',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      type: 'string',
      options: {list: [...RELATION_KINDS]},
      initialValue: 'buildsOn',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'agreement',
      title: 'Instrument',
      type: 'reference',
      to: [{type: 'agreement'}],
      validation: (rule) => rule.required().error('Choose the related instrument.'),
    }),
    defineField({name: 'note', type: 'string'}),
  ],
  preview: {
    select: {kind: 'kind', title: 'agreement.shortName', fallback: 'agreement.title'},
    prepare: ({kind, title, fallback}) => ({
      title: `${titleOf(RELATION_KINDS, kind)}: ${title || fallback || '…'}`,
    }),
  },
})
