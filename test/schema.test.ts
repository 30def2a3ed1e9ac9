import {describe, expect, it} from 'vitest'

import {documentTypes} from '../schemas'
import {studioSchema} from './helpers/validation'

describe('the Studio schema', () => {
  it('compiles with no errors or warnings', () => {
    const problems = (studioSchema._validation ?? []).flatMap((group) =>
      group.problems.map(
        (problem) => `${group.path.map((p) => p.name).join('.')}: ${problem.message}`,
      ),
    )
    expect(problems).toEqual([])
  })

  it('registers every document type the desk needs', () => {
    expect(studioSchema.getTypeNames()).toEqual(
      expect.arrayContaining([
        'agreement',
        'commitment',
        'quote',
        'expertSource',
        'person',
        'organization',
        'article',
      ]),
    )
  })

  it.each(documentTypes.map((type) => [type.name, type] as const))(
    'gives %s a title and a list preview',
    (_name, type) => {
      expect(type.title).toBeTruthy()
      expect(type.preview?.select).toBeTruthy()
    },
  )
})
