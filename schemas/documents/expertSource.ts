import {BookIcon} from '@sanity/icons/Book'
import {defineField, defineType} from 'sanity'

import {
  SOURCE_NAMES_QUERY,
  sourceDuplicates,
  type SourceNames,
} from '../../plugins/quotes/lib/duplicateGuard'
import {API_VERSION} from '../apiVersion'
import {GROUND_RULES} from '../vocabulary'

export const expertSource = defineType({
  name: 'expertSource',
  title: 'Expert source',
  type: 'document',
  icon: BookIcon,
  description:
    'A person the desk can call, with desk-only notes. Name and titles live on the Person; contact details live in a separate private record ("Add contact details" in the document menu).',
  fields: [
    defineField({
      name: 'person',
      type: 'reference',
      to: [{type: 'person'}],
      description: 'Name, current title and previous roles are kept on the person.',
      validation: (rule) => [
        rule.required().error('Link the person this source is.'),
        // Duplicate guard: one expert source per person, whatever the spelling.
        rule
          .custom(async (person, context) => {
            const personId = (person as {_ref?: string} | undefined)?._ref
            if (!personId || !context.document) return true
            const id = context.document._id.replace(/^drafts\./, '')
            const names = await context
              .getClient({apiVersion: API_VERSION})
              .fetch<SourceNames>(SOURCE_NAMES_QUERY, {id, personId})
            return sourceDuplicates(personId, id, names)
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'expertise',
      type: 'array',
      of: [{type: 'string'}],
      options: {layout: 'tags'},
      description: 'Topics the source can speak to, e.g. "international S&T agreements".',
      validation: (rule) => rule.min(1).warning('Add at least one area of expertise.'),
    }),
    defineField({
      name: 'defaultGroundRules',
      title: 'Usual ground rules',
      type: 'string',
      options: {list: [...GROUND_RULES]},
      description: 'What the source usually agrees to. Each quote records its own terms.',
    }),
    defineField({
      name: 'doNotQuote',
      title: 'Do not quote',
      type: 'boolean',
      initialValue: false,
      description: 'Set when the source has asked not to be quoted, or should not be.',
    }),
    defineField({
      name: 'notes',
      type: 'text',
      rows: 4,
      description: 'Desk notes. Never published.',
    }),
  ],
  preview: {
    select: {
      name: 'person.name',
      title: 'person.currentTitle',
      org: 'person.organization.shortName',
      doNotQuote: 'doNotQuote',
    },
    prepare: ({name, title, org, doNotQuote}) => ({
      title: `${name ?? 'Unlinked source'}${doNotQuote ? ' (do not quote)' : ''}`,
      subtitle: [title, org].filter(Boolean).join(', '),
    }),
  },
})
