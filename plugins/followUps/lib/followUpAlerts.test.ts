import {describe, expect, it} from 'vitest'

import {followUpAlerts} from './followUpAlerts'

const today = '2026-11-26'

describe('followUpAlerts', () => {
  it('counts overdue and due-within-7-days open follow-ups', () => {
    expect(
      followUpAlerts(
        {
          followUps: [
            {_key: 'a', date: '2026-11-01', state: 'planned'},
            {_key: 'b', date: '2026-10-01', state: 'inProgress'},
            {_key: 'c', date: '2026-11-26'},
            {_key: 'd', date: '2026-12-03', state: 'planned'},
            {_key: 'e', date: '2026-12-04', state: 'planned'},
            {_key: 'f', date: '2026-11-02', state: 'done'},
            {_key: 'g', date: '2026-11-27', state: 'skipped'},
          ],
        },
        today,
      ),
    ).toEqual({overdue: 2, dueSoon: 2, firstOverdue: '2026-10-01', firstDueSoon: '2026-11-26'})
  })

  it('is quiet for nothing, bad input and final ratings without open checks', () => {
    const none = {overdue: 0, dueSoon: 0, firstOverdue: undefined, firstDueSoon: undefined}
    expect(followUpAlerts(null, today)).toEqual(none)
    expect(followUpAlerts({followUps: 'soon'}, today)).toEqual(none)
    expect(followUpAlerts({followUps: [null, {_key: 'x', date: 'soon'}]}, today)).toEqual(none)
    expect(followUpAlerts({status: 'kept', followUps: []}, today)).toEqual(none)
  })

  it('counts by calendar day in the given today', () => {
    const doc = {followUps: [{_key: 'a', date: '2026-11-26'}]}
    expect(followUpAlerts(doc, '2026-11-26').dueSoon).toBe(1)
    expect(followUpAlerts(doc, '2026-11-27').overdue).toBe(1)
    expect(followUpAlerts(doc, '2026-11-19').dueSoon).toBe(1)
    expect(followUpAlerts(doc, '2026-11-18').dueSoon).toBe(0)
  })
})
