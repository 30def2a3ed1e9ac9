import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {PEOPLE_NAMES_QUERY, personDuplicates} from '../../plugins/quotes/lib/duplicateGuard'
import type {NamedRecord} from '../../plugins/quotes/lib/sourceNames'
import {API_VERSION} from '../apiVersion'
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
      validation: (rule) => [
        rule.required().error('A person needs a name.'),
        // Duplicate guard: "J. Martinez" and "José Martínez" may be one person.
        rule
          .custom(async (name, context) => {
            if (typeof name !== 'string' || !name.trim() || !context.document) return true
            const id = context.document._id.replace(/^drafts\./, '')
            const people = await context
              .getClient({apiVersion: API_VERSION})
              .fetch<NamedRecord[]>(PEOPLE_NAMES_QUERY, {id})
            return personDuplicates(name, id, people)
          })
          .warning(),
      ],
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
