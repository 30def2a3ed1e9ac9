import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {dateNotBefore} from '../rules/editorialRules'
import {INSTRUMENT_FORMS, LEGAL_STATUSES, titleOf} from '../vocabulary'

interface AgreementDates {
  signedDate?: string
  operativeDate?: string
}

export const agreement = defineType({
  name: 'agreement',
  title: 'Agreement',
  type: 'document',
  icon: DocumentTextIcon,
  description:
    'An international instrument: a treaty, agreement, memorandum, statement or the like.',
  groups: [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'parties', title: 'Parties'},
    {name: 'dates', title: 'Dates and place'},
    {name: 'text', title: 'Text and sources'},
    {name: 'legal', title: 'Legal status'},
  ],
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      group: 'overview',
      description: 'The official title, as the instrument gives it.',
      validation: (rule) => rule.required().error('An agreement needs its official title.'),
    }),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      group: 'overview',
      description: 'How the desk refers to it, e.g. "US–Japan Technology Prosperity Deal".',
      validation: (rule) => rule.max(80).warning('Short names read best under 80 characters.'),
    }),
    defineField({
      name: 'instrumentForm',
      title: 'Instrument form',
      type: 'string',
      group: 'overview',
      options: {list: [...INSTRUMENT_FORMS]},
      description: 'The form the instrument takes. Form alone does not decide whether it binds.',
      validation: (rule) => rule.required().error('Choose the instrument form.'),
    }),
    defineField({
      name: 'areas',
      title: 'Areas of cooperation',
      type: 'array',
      group: 'overview',
      of: [{type: 'string'}],
      options: {layout: 'tags'},
    }),
    defineField({
      name: 'summary',
      type: 'text',
      rows: 3,
      group: 'overview',
      description: 'Two sentences for the desk: what it does and why it matters.',
    }),
    defineField({
      name: 'relatedInstruments',
      title: 'Related instruments',
      type: 'array',
      group: 'overview',
      of: [defineArrayMember({type: 'instrumentRelation'})],
      description: 'E.g. builds on the 1988 US–Japan S&T Agreement.',
    }),
    defineField({
      name: 'parties',
      type: 'array',
      group: 'parties',
      of: [defineArrayMember({type: 'agreementParty'})],
      validation: (rule) => [
        rule.required().min(1).error('Add the parties to the instrument.'),
        rule.min(2).warning('Most instruments have two or more parties. Add the others, if any.'),
      ],
    }),
    defineField({
      name: 'signedDate',
      title: 'Signed or released',
      type: 'date',
      group: 'dates',
      description: 'The date of signature, or of release when no signing date is public.',
      validation: (rule) => rule.required().warning('Add the date it was signed or released.'),
    }),
    defineField({
      name: 'operativeDate',
      title: 'Operative or entered into force',
      type: 'date',
      group: 'dates',
      validation: (rule) =>
        rule.custom((value, context) =>
          dateNotBefore(value, (context.document as AgreementDates | undefined)?.signedDate, {
            later: 'operative date',
            earlier: 'signing date',
          }),
        ),
    }),
    defineField({
      name: 'endDate',
      title: 'Expires or discontinued',
      type: 'date',
      group: 'dates',
      validation: (rule) =>
        rule.custom((value, context) => {
          const doc = context.document as AgreementDates | undefined
          return dateNotBefore(value, doc?.operativeDate ?? doc?.signedDate, {
            later: 'end date',
            earlier: doc?.operativeDate ? 'operative date' : 'signing date',
          })
        }),
    }),
    defineField({
      name: 'endNote',
      title: 'How it ends',
      type: 'string',
      group: 'dates',
      description: 'E.g. "Either side may discontinue on 180 days’ written notice".',
    }),
    defineField({name: 'place', type: 'string', group: 'dates', description: 'Where signed.'}),
    defineField({
      name: 'sourceLinks',
      title: 'Source links',
      type: 'array',
      group: 'text',
      of: [defineArrayMember({type: 'sourceLink'})],
    }),
    defineField({
      name: 'fullText',
      title: 'Full text',
      type: 'text',
      rows: 12,
      group: 'text',
      description: 'Paste the text, or as much as is public. The legal-status checker reads it.',
    }),
    defineField({
      name: 'legalStatus',
      title: 'Legal status',
      type: 'legalStatus',
      group: 'legal',
      validation: (rule) =>
        rule.required().error('Record the legal status, even "Not yet assessed".'),
    }),
  ],
  orderings: [
    {
      title: 'Signed, newest first',
      name: 'signedDesc',
      by: [{field: 'signedDate', direction: 'desc'}],
    },
    {
      title: 'Signed, oldest first',
      name: 'signedAsc',
      by: [{field: 'signedDate', direction: 'asc'}],
    },
    {title: 'Short name', name: 'shortNameAsc', by: [{field: 'shortName', direction: 'asc'}]},
  ],
  preview: {
    select: {
      title: 'title',
      shortName: 'shortName',
      form: 'instrumentForm',
      status: 'legalStatus.status',
      signed: 'signedDate',
    },
    prepare: ({title, shortName, form, status, signed}) => ({
      title: shortName || title,
      subtitle: [
        titleOf(LEGAL_STATUSES, status ?? 'unassessed'),
        titleOf(INSTRUMENT_FORMS, form),
        signed?.slice(0, 4),
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
