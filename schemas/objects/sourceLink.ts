import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'

import {isHttpUrl} from '../rules/editorialRules'
import {SOURCE_LINK_KINDS, titleOf} from '../vocabulary'

export const sourceLink = defineType({
  name: 'sourceLink',
  title: 'Source link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'kind',
      type: 'string',
      options: {list: [...SOURCE_LINK_KINDS]},
      initialValue: 'officialText',
      validation: (rule) => rule.required().error('Say what kind of source this is.'),
    }),
    defineField({name: 'title', type: 'string', description: 'As the publisher titles it.'}),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      validation: (rule) => [
        rule.required().error('A source link needs its address.'),
        rule.custom(isHttpUrl),
      ],
    }),
  ],
  preview: {
    select: {title: 'title', url: 'url', kind: 'kind'},
    prepare: ({title, url, kind}) => ({
      title: title || url || 'Untitled link',
      subtitle: [titleOf(SOURCE_LINK_KINDS, kind), title ? url : undefined]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
