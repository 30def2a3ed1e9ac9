import {ComposeIcon} from '@sanity/icons/Compose'
import {defineArrayMember, defineField, defineType, type ValidationContext} from 'sanity'

import {effectiveLegalStatus} from '../../plugins/legalStatus/lib/effectiveLegalStatus'
import {legalStatusLabel} from '../../plugins/legalStatus/lib/legalStatusLabel'
import {
  COVERED_INSTRUMENTS_QUERY,
  lintArticleWording,
} from '../../plugins/legalStatus/lib/lintArticleWording'
import type {CoveredInstrument} from '../../plugins/legalStatus/lib/checkArticleWording'
import {
  ARTICLE_QUOTES_QUERY,
  asRuleResult,
  lintArticleQuotes,
  type CheckedQuote,
} from '../../plugins/quotes/lib/checkArticleQuotes'
import {API_VERSION} from '../apiVersion'
import {ARTICLE_KINDS, titleOf} from '../vocabulary'

/** How many covered agreements the list preview reads; the document badge reads them all. */
const PREVIEW_AGREEMENTS = 5
const previewAgreementPaths = Object.fromEntries(
  Array.from({length: PREVIEW_AGREEMENTS}, (_, i) => [
    [`agreementId${i}`, `agreements.${i}._id`],
    [`agreementStatus${i}`, `agreements.${i}.legalStatus.status`],
  ]).flat(),
) as Record<string, string>

/** The embedded quotes, as the checks need them, through the validation context's client. */
const fetchQuotes = (context: ValidationContext) => (ids: string[]) =>
  context.getClient({apiVersion: API_VERSION}).fetch<CheckedQuote[]>(ARTICLE_QUOTES_QUERY, {ids})

interface ArticleValue {
  kind?: string
  commitments?: {_ref?: string}[]
}

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: ComposeIcon,
  // Editorial lint: a non-binding instrument must not read as a treaty (see docs/legal-status.md).
  // Quote safety (see docs/quotes-and-sources.md): ground rules are errors, the rest advice.
  validation: (rule) => [
    rule
      .custom((doc, context) =>
        lintArticleWording(doc, (ids) =>
          context
            .getClient({apiVersion: API_VERSION})
            .fetch<CoveredInstrument[]>(COVERED_INSTRUMENTS_QUERY, {ids}),
        ),
      )
      .warning(),
    rule
      .custom(async (doc, context) =>
        asRuleResult((await lintArticleQuotes(doc, fetchQuotes(context))).errors),
      )
      .error(),
    rule
      .custom(async (doc, context) =>
        asRuleResult((await lintArticleQuotes(doc, fetchQuotes(context))).warnings),
      )
      .warning(),
  ],
  groups: [
    {name: 'story', title: 'Story', default: true},
    {name: 'coverage', title: 'What it covers'},
    {name: 'meta', title: 'Publishing'},
  ],
  fields: [
    defineField({
      name: 'headline',
      type: 'string',
      group: 'story',
      validation: (rule) => [
        rule.required().error('An article needs a headline.'),
        rule.max(120).warning('Headlines over 120 characters get cut off in feeds.'),
      ],
    }),
    defineField({
      name: 'dek',
      type: 'text',
      rows: 2,
      group: 'story',
      description: 'The line under the headline: what happened and why it matters.',
    }),
    defineField({
      name: 'kind',
      type: 'string',
      group: 'story',
      options: {list: [...ARTICLE_KINDS], layout: 'radio', direction: 'horizontal'},
      initialValue: 'news',
      validation: (rule) => rule.required().error('Choose news, analysis or follow-up.'),
    }),
    defineField({
      name: 'followUpOf',
      title: 'Follows up on',
      type: 'reference',
      group: 'story',
      to: [{type: 'commitment'}],
      description: 'The commitment this story checks on.',
      hidden: ({document}) => (document as ArticleValue | undefined)?.kind !== 'followUp',
      validation: (rule) =>
        rule.custom((value, context) =>
          (context.document as ArticleValue | undefined)?.kind === 'followUp' && !value
            ? 'A follow-up story must name the commitment it follows up.'
            : true,
        ),
    }),
    defineField({
      name: 'body',
      type: 'array',
      group: 'story',
      of: [
        defineArrayMember({
          type: 'block',
          of: [defineArrayMember({type: 'inlineQuote'})],
        }),
        defineArrayMember({type: 'quoteBlock'}),
      ],
      description: 'Insert quotes from the quote records rather than typing them.',
    }),
    defineField({
      name: 'agreements',
      title: 'Agreements covered',
      type: 'array',
      group: 'coverage',
      of: [defineArrayMember({type: 'reference', to: [{type: 'agreement'}]})],
    }),
    defineField({
      name: 'commitments',
      title: 'Commitments covered',
      type: 'array',
      group: 'coverage',
      of: [defineArrayMember({type: 'reference', to: [{type: 'commitment'}]})],
    }),
    defineField({
      name: 'slug',
      type: 'slug',
      group: 'meta',
      options: {source: 'headline', maxLength: 96},
      validation: (rule) => rule.required().error('Generate a slug from the headline.'),
    }),
    defineField({
      name: 'byline',
      type: 'array',
      group: 'meta',
      of: [defineArrayMember({type: 'reference', to: [{type: 'person'}]})],
      validation: (rule) => rule.min(1).warning('Credit the reporter.'),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publish date',
      type: 'datetime',
      group: 'meta',
    }),
  ],
  orderings: [
    {title: 'Newest first', name: 'publishedDesc', by: [{field: 'publishedAt', direction: 'desc'}]},
  ],
  preview: {
    select: {title: 'headline', kind: 'kind', publishedAt: 'publishedAt', ...previewAgreementPaths},
    prepare: (selection: Record<string, string | undefined>) => {
      const {title, kind, publishedAt} = selection
      const statuses = Array.from({length: PREVIEW_AGREEMENTS}, (_, i) => i)
        .filter((i) => selection[`agreementId${i}`])
        .map((i) => selection[`agreementStatus${i}`])
      const legal = effectiveLegalStatus({type: 'article', agreementStatuses: statuses})
      return {
        title,
        subtitle: [
          titleOf(ARTICLE_KINDS, kind ?? 'news'),
          publishedAt?.slice(0, 10) ?? 'Unpublished',
          statuses.length > 0 ? legalStatusLabel(legal.status) : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
