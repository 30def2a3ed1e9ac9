import {TaskIcon} from '@sanity/icons/Task'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {effectiveLegalStatus} from '../../plugins/legalStatus/lib/effectiveLegalStatus'
import {legalStatusLabel} from '../../plugins/legalStatus/lib/legalStatusLabel'
import {API_VERSION} from '../apiVersion'
import {chronologicalOrder, dateNotBefore, statusMatchesLatestRating} from '../rules/editorialRules'
import {COMMITMENT_STATUSES, COOPERATION_AREAS, titleOf} from '../vocabulary'

interface FollowUpValue {
  _key?: string
  date?: string
}

export const commitment = defineType({
  name: 'commitment',
  title: 'Commitment',
  type: 'document',
  icon: TaskIcon,
  description: 'One promise inside an agreement, or a standalone pledge, and how it is going.',
  groups: [
    {name: 'promise', title: 'The promise', default: true},
    {name: 'outcome', title: 'Measurable outcome'},
    {name: 'rating', title: 'Rating'},
    {name: 'followUps', title: 'Follow-ups'},
  ],
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      group: 'promise',
      description: 'A short label, e.g. "Korean cubesat rides on Artemis II".',
      validation: (rule) => rule.required().error('A commitment needs a short title.'),
    }),
    defineField({
      name: 'agreement',
      type: 'reference',
      group: 'promise',
      to: [{type: 'agreement'}],
      description: 'The instrument that contains it. Leave empty for a standalone pledge.',
    }),
    defineField({
      name: 'legalStatusOverride',
      title: 'Legal status of this commitment',
      type: 'legalStatusOverride',
      group: 'promise',
      description:
        'Only when this clause differs from its agreement, e.g. a hortatory clause in a binding treaty.',
    }),
    defineField({
      name: 'parties',
      title: 'Committing parties',
      type: 'array',
      group: 'promise',
      of: [defineArrayMember({type: 'reference', to: [{type: 'organization'}]})],
      validation: (rule) => rule.required().min(1).error('Say who made the promise.'),
    }),
    defineField({
      name: 'responsibleAgencies',
      title: 'Responsible agencies',
      type: 'array',
      group: 'promise',
      of: [defineArrayMember({type: 'reference', to: [{type: 'organization'}]})],
      description: 'Who would have to deliver, e.g. NASA, NSF, MSIT.',
    }),
    defineField({
      name: 'quotedText',
      title: 'Exact wording',
      type: 'text',
      rows: 4,
      group: 'promise',
      description: 'Quoted from the instrument, word for word.',
      validation: (rule) =>
        rule
          .required()
          .warning('Quote the instrument’s own words, so readers can check the promise.'),
    }),
    defineField({
      name: 'summary',
      title: 'Plain summary',
      type: 'text',
      rows: 3,
      group: 'promise',
      validation: (rule) => rule.required().error('Summarize the promise in plain words.'),
    }),
    defineField({
      name: 'area',
      type: 'string',
      group: 'promise',
      options: {list: [...COOPERATION_AREAS]},
      validation: (rule) => rule.required().error('Choose the area of cooperation.'),
    }),
    defineField({
      name: 'measurableOutcome',
      title: 'Measurable outcome',
      type: 'measurableOutcome',
      group: 'outcome',
      validation: (rule) =>
        rule
          .required()
          .warning('Without a measurable outcome the desk cannot tell if it was kept.'),
    }),
    defineField({
      name: 'status',
      title: 'Current rating',
      type: 'string',
      group: 'rating',
      options: {list: [...COMMITMENT_STATUSES]},
      initialValue: 'notYetRated',
      validation: (rule) => [
        rule.required().error('Choose the current rating, even "Not yet rated".'),
        rule.custom((_status, context) => statusMatchesLatestRating(context.document)).warning(),
      ],
    }),
    defineField({
      name: 'ratingHistory',
      title: 'Rating history',
      type: 'array',
      group: 'rating',
      of: [defineArrayMember({type: 'ratingEntry'})],
      description: 'Oldest first. Each rating is dated and sourced.',
      validation: (rule) => rule.custom((history) => chronologicalOrder(history)),
    }),
    defineField({
      name: 'followUps',
      title: 'Follow-up dates',
      type: 'array',
      group: 'followUps',
      of: [defineArrayMember({type: 'followUp'})],
      description: 'When the desk will check on this promise.',
      validation: (rule) =>
        rule.custom(async (followUps, context) => {
          const agreementRef = (context.document as {agreement?: {_ref?: string}} | undefined)
            ?.agreement?._ref
          const dated = ((followUps ?? []) as FollowUpValue[]).filter((item) => item.date)
          if (!agreementRef || dated.length === 0) return true
          const signedDate = await context
            .getClient({apiVersion: API_VERSION})
            .fetch<string | null>('*[_id == $id][0].signedDate', {id: agreementRef})
          for (const item of dated) {
            const result = dateNotBefore(item.date, signedDate, {
              later: 'follow-up date',
              earlier: 'agreement’s signing date',
            })
            if (result !== true) return {message: result, path: [{_key: item._key ?? ''}, 'date']}
          }
          return true
        }),
    }),
  ],
  orderings: [
    {title: 'Title', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]},
    {title: 'Rating', name: 'statusAsc', by: [{field: 'status', direction: 'asc'}]},
  ],
  preview: {
    select: {
      title: 'title',
      agreementId: 'agreement._id',
      agreement: 'agreement.shortName',
      agreementTitle: 'agreement.title',
      agreementStatus: 'agreement.legalStatus.status',
      override: 'legalStatusOverride',
      status: 'status',
    },
    prepare: ({
      title,
      agreementId,
      agreement,
      agreementTitle,
      agreementStatus,
      override,
      status,
    }) => {
      const hasAgreement = Boolean(agreementId)
      const legal = effectiveLegalStatus({
        type: 'commitment',
        override,
        hasAgreement,
        agreementStatus,
      })
      return {
        title,
        subtitle: [
          titleOf(COMMITMENT_STATUSES, status ?? 'notYetRated'),
          hasAgreement ? (agreement ?? agreementTitle ?? 'Agreement') : 'Standalone pledge',
          legalStatusLabel(legal.status),
        ]
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
