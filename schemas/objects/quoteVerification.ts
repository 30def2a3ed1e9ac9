import {defineField, defineType} from 'sanity'

import {verificationIsComplete} from '../rules/editorialRules'
import {VERIFICATION_METHODS} from '../vocabulary'

interface VerificationValue {
  method?: string
}
const isUnverified = ({parent}: {parent?: unknown}) =>
  !(parent as VerificationValue | undefined)?.method ||
  (parent as VerificationValue).method === 'unverified'

export const quoteVerification = defineType({
  name: 'quoteVerification',
  title: 'Verification',
  type: 'object',
  validation: (rule) => rule.custom(verificationIsComplete),
  fields: [
    defineField({
      name: 'method',
      type: 'string',
      options: {list: [...VERIFICATION_METHODS], layout: 'radio'},
      initialValue: 'unverified',
    }),
    defineField({name: 'verifiedBy', title: 'Verified by', type: 'string', hidden: isUnverified}),
    defineField({name: 'verifiedAt', title: 'Verified at', type: 'datetime', hidden: isUnverified}),
    defineField({name: 'note', type: 'string', hidden: isUnverified}),
  ],
})
