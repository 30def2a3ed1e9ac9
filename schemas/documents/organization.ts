import {EarthGlobeIcon} from '@sanity/icons/EarthGlobe'
import {defineField, defineType} from 'sanity'

import {isHttpUrl} from '../rules/editorialRules'
import {ORGANIZATION_KINDS, titleOf} from '../vocabulary'

export const organization = defineType({
  name: 'organization',
  title: 'Organization',
  type: 'document',
  icon: EarthGlobeIcon,
  description: 'Governments, agencies, international bodies, think tanks and companies.',
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      description: 'Full name, e.g. "Office of Science and Technology Policy".',
      validation: (rule) => rule.required().error('An organization needs a name.'),
    }),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      description: 'How the desk writes it on second reference, e.g. "OSTP".',
    }),
    defineField({
      name: 'kind',
      type: 'string',
      options: {list: [...ORGANIZATION_KINDS]},
      validation: (rule) => rule.required().error('Say what kind of organization this is.'),
    }),
    defineField({
      name: 'country',
      type: 'string',
      description: 'ISO 3166 alpha-2 code, e.g. US, JP, KR. Leave empty for international bodies.',
      validation: (rule) =>
        rule.custom((value) =>
          value === undefined || /^[A-Z]{2}$/.test(value)
            ? true
            : 'Use a two-letter country code in capitals, e.g. US or JP.',
        ),
    }),
    defineField({
      name: 'parent',
      title: 'Part of',
      type: 'reference',
      to: [{type: 'organization'}],
      description: 'E.g. OSTP is part of the Executive Office of the President.',
    }),
    defineField({
      name: 'website',
      type: 'url',
      validation: (rule) => rule.custom(isHttpUrl),
    }),
  ],
  orderings: [
    {title: 'Name', name: 'nameAsc', by: [{field: 'name', direction: 'asc'}]},
    {
      title: 'Country',
      name: 'countryAsc',
      by: [
        {field: 'country', direction: 'asc'},
        {field: 'name', direction: 'asc'},
      ],
    },
  ],
  preview: {
    select: {name: 'name', shortName: 'shortName', kind: 'kind', country: 'country'},
    prepare: ({name, shortName, kind, country}) => ({
      title: shortName && shortName !== name ? `${name} (${shortName})` : name,
      subtitle: [titleOf(ORGANIZATION_KINDS, kind), country].filter(Boolean).join(' · '),
    }),
  },
})
