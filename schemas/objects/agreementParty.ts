import {UsersIcon} from '@sanity/icons/Users'
import {defineField, defineType} from 'sanity'

export const agreementParty = defineType({
  name: 'agreementParty',
  title: 'Party',
  type: 'object',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'party',
      type: 'reference',
      to: [{type: 'organization'}],
      description: 'The government or organization that is a party, e.g. the Government of Japan.',
      validation: (rule) => rule.required().error('Choose the government or organization.'),
    }),
    defineField({
      name: 'representedBy',
      title: 'Represented by',
      type: 'reference',
      to: [{type: 'organization'}],
      description: 'The body that signs for the party, e.g. OSTP for the US Government.',
    }),
    defineField({
      name: 'signatory',
      type: 'reference',
      to: [{type: 'person'}],
      description: 'The person who signed.',
    }),
    defineField({
      name: 'signatoryTitle',
      title: 'Signatory title at signing',
      type: 'string',
      description: 'Titles change; record the one held on the day of signature.',
    }),
  ],
  preview: {
    select: {
      party: 'party.name',
      representedBy: 'representedBy.shortName',
      signatory: 'signatory.name',
    },
    prepare: ({party, representedBy, signatory}) => ({
      title: party || 'Party not chosen',
      subtitle: [representedBy && `represented by ${representedBy}`, signatory]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
