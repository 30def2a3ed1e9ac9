import {defineField, defineType} from 'sanity'

import {OVERRIDE_STATUSES} from '../../plugins/legalStatus/lib/criteria'

/**
 * A commitment's own legal status, where it differs from its agreement's: binding treaties
 * contain hortatory clauses, and a non-binding memorandum can restate a binding obligation.
 */
export const legalStatusOverride = defineType({
  name: 'legalStatusOverride',
  title: 'Legal status override',
  type: 'object',
  options: {collapsible: true, collapsed: true},
  fields: [
    defineField({
      name: 'status',
      type: 'string',
      options: {list: [...OVERRIDE_STATUSES], layout: 'radio', direction: 'horizontal'},
      description: 'Leave empty to inherit the agreement’s status.',
    }),
    defineField({
      name: 'reason',
      type: 'text',
      rows: 2,
      description: 'E.g. “A hortatory clause: the parties only ‘endeavour to’ cooperate.”',
      validation: (rule) =>
        rule.custom((reason, context) => {
          const status = (context.parent as {status?: unknown} | undefined)?.status
          const hasReason = typeof reason === 'string' && reason.trim() !== ''
          if (status && !hasReason) {
            return 'Say why this commitment’s legal status differs from its agreement’s.'
          }
          return true
        }),
    }),
  ],
})
