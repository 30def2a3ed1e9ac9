import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineField, defineType} from 'sanity'

/** Words from the instrument itself that bear on whether it binds. */
export const legalStatusTextEvidence = defineType({
  name: 'legalStatusTextEvidence',
  title: 'From the text',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'quote',
      title: 'Words from the instrument',
      type: 'text',
      rows: 3,
      description: 'Word for word, e.g. “The Participants intend to collaborate in”.',
      validation: (rule) => rule.required().error('Quote the instrument’s own words.'),
    }),
    defineField({
      name: 'source',
      title: 'Source link',
      type: 'sourceLink',
      description: 'Where the wording can be checked.',
      validation: (rule) =>
        rule.required().warning('Link the text the words come from, so they can be checked.'),
    }),
  ],
  preview: {
    select: {quote: 'quote', source: 'source.title', url: 'source.url'},
    prepare: ({quote, source, url}) => ({
      title: quote ? `“${quote}”` : 'No words yet',
      subtitle: ['From the text', source || url].filter(Boolean).join(' · '),
    }),
  },
})
