import {describe, expect, it} from 'vitest'

import {checkMilestones} from './checkMilestones'

const m = (key: string, kind: string, date?: string) => ({_key: key, kind, date})

describe('checkMilestones', () => {
  it('accepts milestones on or after the signature', () => {
    expect(
      checkMilestones([
        m('s', 'signed', '2025-10-28'),
        m('o', 'becameOperative', '2025-10-28'),
        m('r', 'reportedToCongress', '2025-11-12'),
      ]),
    ).toEqual([])
  })

  it('flags a milestone dated before the signature, by key', () => {
    expect(
      checkMilestones([m('f', 'enteredIntoForce', '2025-01-01'), m('s', 'signed', '2025-10-28')]),
    ).toEqual([
      {
        key: 'f',
        message: '“Entered into force” (2025-01-01) is dated before the signature (2025-10-28).',
      },
    ])
  })

  it('measures from the earliest signature when there are several', () => {
    expect(
      checkMilestones([
        m('s2', 'signed', '2025-10-29'),
        m('s1', 'signed', '2025-10-28'),
        m('p', 'published', '2025-10-28'),
      ]),
    ).toEqual([])
  })

  it('says nothing without a dated signature', () => {
    expect(checkMilestones([m('f', 'enteredIntoForce', '2020-01-01')])).toEqual([])
    expect(checkMilestones([m('s', 'signed'), m('f', 'enteredIntoForce', '2020-01-01')])).toEqual(
      [],
    )
  })

  it('skips undated and impossible dates', () => {
    expect(
      checkMilestones([
        m('s', 'signed', '2025-10-28'),
        m('a', 'published'),
        m('b', 'published', '2025-02-30'),
      ]),
    ).toEqual([])
  })

  it.each([undefined, null, 'x', {}, [null, 3]])('does not throw on %j', (value) => {
    expect(checkMilestones(value)).toEqual([])
  })
})
