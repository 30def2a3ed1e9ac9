import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {chronologicalOrder} from '../rules/editorialRules'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  description:
    'Anyone the desk names: officials, signatories, experts, reporters. Desk-only data about an expert lives in an Expert source that points here.',
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      description: 'As the desk writes it on first reference, e.g. "Michael Kratsios".',
      validation: (rule) => rule.required().error('A person needs a name.'),
    }),
    defineField({
      name: 'currentTitle',
      title: 'Current title',
      type: 'string',
      description: 'E.g. "Director of the White House Office of Science and Technology Policy".',
    }),
    defineField({
      name: 'organization',
      title: 'Current organization',
      type: 'reference',
      to: [{type: 'organization'}],
    }),
    defineField({
      name: 'roles',
      title: 'Previous roles',
      type: 'array',
      of: [defineArrayMember({type: 'roleEntry'})],
      description: 'Oldest first. Used for "formerly at …" and for titles at the time of a quote.',
      validation: (rule) =>
        rule.custom((roles) =>
          chronologicalOrder(
            (roles as {from?: string}[] | undefined)?.map((role) => ({date: role.from})),
            'list of previous roles',
          ),
        ),
    }),
  ],
  orderings: [{title: 'Name', name: 'nameAsc', by: [{field: 'name', direction: 'asc'}]}],
  preview: {
    select: {title: 'name', currentTitle: 'currentTitle', org: 'organization.shortName'},
    prepare: ({title, currentTitle, org}) => ({
      title,
      subtitle: [currentTitle, org].filter(Boolean).join(', '),
    }),
  },
})
