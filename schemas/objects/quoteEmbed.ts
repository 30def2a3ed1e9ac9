import {BlockquoteIcon} from '@sanity/icons/Blockquote'
import {defineField, defineType} from 'sanity'

const quoteField = defineField({
  name: 'quote',
  type: 'reference',
  to: [{type: 'quote'}],
  description: 'The words and attribution come from the quote record; they are never retyped.',
  validation: (rule) => rule.required().error('Choose the quote to embed.'),
})

const quotePreview = {
  select: {text: 'quote.text', speaker: 'quote.speaker.name'},
  prepare: ({text, speaker}: {text?: string; speaker?: string}) => ({
    title: text ? `“${text}”` : 'Choose a quote',
    subtitle: speaker,
  }),
}

/** A quote set inside a sentence of the article body. */
export const inlineQuote = defineType({
  name: 'inlineQuote',
  title: 'Quote (inline)',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [quoteField],
  preview: quotePreview,
})

/** A quote set as its own paragraph in the article body. */
export const quoteBlock = defineType({
  name: 'quoteBlock',
  title: 'Quote (block)',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [quoteField],
  preview: quotePreview,
})
