import {BlockquoteIcon} from '@sanity/icons/Blockquote'
import {defineField, defineType} from 'sanity'

import {attributeQuote, type DatedRole} from '../../plugins/quotes/lib/attribution'
import {groundRulesBadge, verificationBadge} from '../../plugins/quotes/lib/quoteStatus'

const quoteField = defineField({
  name: 'quote',
  type: 'reference',
  to: [{type: 'quote'}],
  description: 'The words and attribution come from the quote record; they are never retyped.',
  validation: (rule) => rule.required().error('Choose the quote to embed.'),
})

/**
 * The quote's words when the article was last published, written by the publish action.
 * Compared with the quote record to warn when the words changed after publication.
 */
const textAtPublishField = defineField({
  name: 'textAtPublish',
  title: 'Words when the article was published',
  type: 'text',
  rows: 2,
  readOnly: true,
  hidden: ({value}) => !value,
})

interface EmbedSelection {
  text?: string
  speaker?: string
  currentTitle?: string
  organization?: string
  roles?: DatedRole[]
  speakerTitle?: string
  date?: string
  groundRules?: string
  describedAs?: string
  verification?: string
}

/**
 * Reads through the reference, so the preview store keeps it live: the editor always shows the
 * quote's current words and the attribution its ground rules allow, never a copy.
 */
export const quoteEmbedPreview = {
  select: {
    text: 'quote.text',
    speaker: 'quote.speaker.name',
    currentTitle: 'quote.speaker.currentTitle',
    organization: 'quote.speaker.organization.name',
    roles: 'quote.speaker.roles',
    speakerTitle: 'quote.speakerTitle',
    date: 'quote.date',
    groundRules: 'quote.groundRules',
    describedAs: 'quote.describedAs',
    verification: 'quote.verification.method',
  },
  prepare: (selection: EmbedSelection) => {
    if (!selection.text) return {title: 'Choose a quote', media: BlockquoteIcon}
    const attribution = attributeQuote(
      {
        groundRules: selection.groundRules,
        speakerTitle: selection.speakerTitle,
        describedAs: selection.describedAs,
        date: selection.date,
      },
      {
        name: selection.speaker,
        currentTitle: selection.currentTitle,
        currentOrganizationName: selection.organization,
        roles: Array.isArray(selection.roles) ? selection.roles : undefined,
      },
    )
    const said =
      attribution.kind === 'forbidden'
        ? `Cannot be used: ${attribution.reason}`
        : attribution.kind === 'none'
          ? 'No attribution (deep background)'
          : attribution.text
    return {
      title: `“${selection.text}”`,
      subtitle: [
        said,
        groundRulesBadge(selection.groundRules).label,
        verificationBadge({method: selection.verification}).label,
      ].join(' · '),
      media: BlockquoteIcon,
    }
  },
}

/** A quote set inside a sentence of the article body. */
export const inlineQuote = defineType({
  name: 'inlineQuote',
  title: 'Quote (inline)',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [quoteField, textAtPublishField],
  preview: quoteEmbedPreview,
})

/** A quote set as its own paragraph in the article body. */
export const quoteBlock = defineType({
  name: 'quoteBlock',
  title: 'Quote (block)',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [quoteField, textAtPublishField],
  preview: quoteEmbedPreview,
})
