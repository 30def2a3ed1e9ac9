import {defineField, defineType} from 'sanity'

import {DEADLINE_KINDS, OUTCOME_KINDS} from '../vocabulary'

interface OutcomeValue {
  deadlineKind?: string
  deadline?: string
}

export const measurableOutcome = defineType({
  name: 'measurableOutcome',
  title: 'Measurable outcome',
  type: 'object',
  description: 'What the desk will check when it comes back to this promise.',
  options: {collapsible: true, collapsed: false},
  fields: [
    defineField({
      name: 'delivery',
      title: 'What would count as delivery',
      type: 'text',
      rows: 2,
      description: 'In plain words, e.g. "A Korean cubesat flies on Artemis II".',
      validation: (rule) => rule.required().error('Say what would count as keeping this promise.'),
    }),
    defineField({
      name: 'kind',
      title: 'Measured by',
      type: 'string',
      options: {list: [...OUTCOME_KINDS], layout: 'radio'},
      initialValue: 'event',
    }),
    defineField({
      name: 'indicator',
      title: 'Metric or observable event',
      type: 'string',
      description: 'What to look at, e.g. "NASA Artemis II manifest" or "joint projects funded".',
    }),
    defineField({name: 'baseline', type: 'string', description: 'Where things stood at signing.'}),
    defineField({name: 'target', type: 'string', description: 'The level or event promised.'}),
    defineField({
      name: 'deadlineKind',
      title: 'Deadline',
      type: 'string',
      options: {list: [...DEADLINE_KINDS], layout: 'radio', direction: 'horizontal'},
      initialValue: 'noneStated',
      validation: (rule) => rule.required().error('Give the deadline, or mark it "None stated".'),
    }),
    defineField({
      name: 'deadline',
      title: 'Deadline date',
      type: 'date',
      hidden: ({parent}) => (parent as OutcomeValue | undefined)?.deadlineKind !== 'date',
      validation: (rule) =>
        rule.custom((deadline, context) => {
          const parent = context.parent as OutcomeValue | undefined
          if (parent?.deadlineKind === 'date' && !deadline) {
            return 'Enter the stated deadline, or switch the deadline to "None stated".'
          }
          return true
        }),
    }),
    defineField({
      name: 'deadlineSource',
      title: 'Where the deadline comes from',
      type: 'string',
      hidden: ({parent}) => (parent as OutcomeValue | undefined)?.deadlineKind !== 'date',
    }),
  ],
})
