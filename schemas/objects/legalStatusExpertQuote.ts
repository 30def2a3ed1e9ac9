import {BlockquoteIcon} from '@sanity/icons/Blockquote'
import {defineField, defineType} from 'sanity'

/** An expert's view, kept once as a quote record and referenced here. */
export const legalStatusExpertQuote = defineType({
  name: 'legalStatusExpertQuote',
  title: 'Expert quote',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'quote',
      type: 'reference',
      to: [{type: 'quote'}],
      description: 'The quote record, with its speaker, date and ground rules.',
      validation: (rule) => rule.required().error('Pick the quote record.'),
    }),
    defineField({
      name: 'note',
      title: 'How it bears on the status',
      type: 'text',
      rows: 2,
      description:
        'E.g. where the expert’s view on bindingness is reported in paraphrase, beside the quote.',
    }),
  ],
  preview: {
    select: {text: 'quote.text', speaker: 'quote.speaker.name', note: 'note'},
    prepare: ({text, speaker, note}) => ({
      title: text ? `“${text}”` : 'No quote picked',
      subtitle: ['Expert quote', speaker, note].filter(Boolean).join(' · '),
    }),
  },
})
