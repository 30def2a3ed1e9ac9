import {LockIcon} from '@sanity/icons/Lock'
import {defineField, defineType} from 'sanity'

import {isPrivateId} from '../../plugins/quotes/lib/contactIds'

/**
 * Contact details for an expert source, kept out of the source document itself so that
 * public reads, exports and feeds of sources carry no phone numbers or e-mail addresses.
 * Contact documents use ids under the `private.` path, which an unauthenticated reader
 * of the dataset cannot see.
 */
export const sourceContact = defineType({
  name: 'sourceContact',
  title: 'Source contact (private)',
  type: 'document',
  icon: LockIcon,
  // Created only by the "Add contact details" action on an expert source, under `private.`.
  validation: (rule) =>
    rule.custom((doc) =>
      !doc || isPrivateId(doc._id)
        ? true
        : 'Contact details must live under a private. id, where public reads cannot see them. Create them with "Add contact details" on the expert source instead.',
    ),
  fields: [
    defineField({
      name: 'source',
      type: 'reference',
      to: [{type: 'expertSource'}],
      weak: true,
      validation: (rule) => rule.required().error('Link the expert source.'),
    }),
    defineField({
      name: 'email',
      type: 'email',
    }),
    defineField({name: 'phone', type: 'string'}),
    defineField({name: 'notes', type: 'text', rows: 3, description: 'E.g. best hours to call.'}),
  ],
  preview: {
    select: {name: 'source.person.name', email: 'email'},
    prepare: ({name, email}) => ({title: name ?? 'Contact', subtitle: email}),
  },
})
