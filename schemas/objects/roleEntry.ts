import {CaseIcon} from '@sanity/icons/Case'
import {defineField, defineType} from 'sanity'

import {dateNotBefore} from '../rules/editorialRules'

export const roleEntry = defineType({
  name: 'roleEntry',
  title: 'Role',
  type: 'object',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      validation: (rule) => rule.required().error('A role needs a title.'),
    }),
    defineField({name: 'organization', type: 'reference', to: [{type: 'organization'}]}),
    defineField({name: 'from', type: 'date', description: 'Leave empty if unknown.'}),
    defineField({
      name: 'to',
      type: 'date',
      validation: (rule) =>
        rule.custom((to, context) =>
          dateNotBefore(to, (context.parent as {from?: string} | undefined)?.from, {
            later: 'end date',
            earlier: 'start date',
          }),
        ),
    }),
  ],
  preview: {
    select: {title: 'title', org: 'organization.shortName', from: 'from', to: 'to'},
    prepare: ({title, org, from, to}) => ({
      title: [title, org].filter(Boolean).join(', '),
      subtitle: from || to ? `${from?.slice(0, 4) ?? '?'}–${to?.slice(0, 4) ?? ''}` : undefined,
    }),
  },
})
