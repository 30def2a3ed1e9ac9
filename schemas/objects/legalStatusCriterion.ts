import {defineField, defineType} from 'sanity'

import {CRITERION_ANSWERS} from '../../plugins/legalStatus/lib/criteria'

/** One criterion of 22 CFR 181.2: the editor's answer and what it rests on. */
export const legalStatusCriterion = defineType({
  name: 'legalStatusCriterion',
  title: 'Criterion',
  type: 'object',
  fields: [
    defineField({
      name: 'answer',
      type: 'string',
      options: {list: [...CRITERION_ANSWERS], layout: 'radio', direction: 'horizontal'},
      initialValue: 'unknown',
    }),
    defineField({
      name: 'note',
      type: 'text',
      rows: 2,
      description: 'What the answer rests on: a clause, a statement, a source.',
      validation: (rule) =>
        rule
          .custom((note, context) => {
            const answer = (context.parent as {answer?: unknown} | undefined)?.answer
            const hasNote = typeof note === 'string' && note.trim() !== ''
            return (answer === 'yes' || answer === 'no') && !hasNote
              ? 'Say briefly what the answer rests on.'
              : true
          })
          .warning(),
    }),
  ],
})
