import {BlockquoteIcon} from '@sanity/icons/Blockquote'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {isHttpUrl, quoteIsSourced} from '../rules/editorialRules'
import {GROUND_RULES, QUOTE_MEDIA, titleOf} from '../vocabulary'

const DESCRIBED_SOURCE_RULES = new Set(['background', 'notForAttribution'])

export const quote = defineType({
  name: 'quote',
  title: 'Quote',
  type: 'document',
  icon: BlockquoteIcon,
  description:
    'Words someone said or wrote, recorded once with speaker, venue, ground rules and verification. Articles embed quotes by reference.',
  groups: [
    {name: 'words', title: 'Words and speaker', default: true},
    {name: 'sourcing', title: 'Sourcing and ground rules'},
    {name: 'subject', title: 'Subject'},
  ],
  validation: (rule) => rule.custom((doc) => quoteIsSourced(doc)),
  fields: [
    defineField({
      name: 'text',
      title: 'Exact words',
      type: 'text',
      rows: 4,
      group: 'words',
      description: 'Word for word, without surrounding quotation marks.',
      validation: (rule) => rule.required().error('A quote needs the exact words.'),
    }),
    defineField({
      name: 'speaker',
      type: 'reference',
      to: [{type: 'person'}],
      group: 'words',
      description:
        'Who said it. Experts are people too: pick the person an expert source links to.',
      validation: (rule) => rule.required().error('A quote needs a speaker.'),
    }),
    defineField({
      name: 'speakerTitle',
      title: 'Speaker’s title at the time',
      type: 'string',
      group: 'words',
      description: 'As it was when the words were said; titles change.',
      validation: (rule) =>
        rule.required().warning('Record the speaker’s title at the time, for the attribution.'),
    }),
    defineField({
      name: 'date',
      title: 'Said on',
      type: 'date',
      group: 'words',
      validation: (rule) => rule.required().error('Date the quote.'),
    }),
    defineField({
      name: 'medium',
      title: 'Venue or medium',
      type: 'string',
      group: 'sourcing',
      options: {list: [...QUOTE_MEDIA]},
      validation: (rule) => rule.required().error('Say where the words were said or written.'),
    }),
    defineField({
      name: 'venue',
      title: 'Venue details',
      type: 'string',
      group: 'sourcing',
      description: 'E.g. "signing ceremony, Tokyo" or "interview with FYI".',
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Source link',
      type: 'url',
      group: 'sourcing',
      validation: (rule) => rule.custom(isHttpUrl),
    }),
    defineField({
      name: 'groundRules',
      title: 'Ground rules',
      type: 'string',
      group: 'sourcing',
      options: {list: [...GROUND_RULES], layout: 'radio'},
      initialValue: 'onTheRecord',
      validation: (rule) => rule.required().error('Record the ground rules agreed for this quote.'),
    }),
    defineField({
      name: 'describedAs',
      title: 'Agreed description of the source',
      type: 'string',
      group: 'sourcing',
      description:
        'For background: how the source may be described, e.g. "a former State Department official".',
      hidden: ({document}) => !DESCRIBED_SOURCE_RULES.has(String(document?.groundRules)),
      validation: (rule) =>
        rule.custom((value, context) =>
          DESCRIBED_SOURCE_RULES.has(String(context.document?.groundRules)) && !value
            ? 'Background quotes need the agreed description of the source.'
            : true,
        ),
    }),
    defineField({
      name: 'verification',
      type: 'quoteVerification',
      group: 'sourcing',
    }),
    defineField({
      name: 'agreements',
      title: 'About these agreements',
      type: 'array',
      group: 'subject',
      of: [defineArrayMember({type: 'reference', to: [{type: 'agreement'}]})],
    }),
    defineField({
      name: 'commitments',
      title: 'About these commitments',
      type: 'array',
      group: 'subject',
      of: [defineArrayMember({type: 'reference', to: [{type: 'commitment'}]})],
    }),
  ],
  orderings: [{title: 'Newest first', name: 'dateDesc', by: [{field: 'date', direction: 'desc'}]}],
  preview: {
    select: {text: 'text', speaker: 'speaker.name', date: 'date', rules: 'groundRules'},
    prepare: ({text, speaker, date, rules}) => ({
      title: text ? `“${text}”` : 'No words yet',
      subtitle: [
        speaker,
        date,
        rules && rules !== 'onTheRecord' ? titleOf(GROUND_RULES, rules) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
