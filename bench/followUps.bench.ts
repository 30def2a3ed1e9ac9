import {classifyFollowUps, type CommitmentInput} from '../plugins/followUps/lib/classifyFollowUps'
import {shiftDate} from '../plugins/followUps/lib/calendarDate'
import {benchFollowUpsFirstRender} from './followUpsRender'
import {fixed, medianMs, report} from './measure'

export function generateCommitments(count: number, followUpsEach = 3): CommitmentInput[] {
  return Array.from({length: count}, (_, i) => ({
    _id: `commitment-${i}`,
    title: `Commitment ${i}`,
    status: i % 10 === 0 ? 'kept' : 'inTheWorks',
    hasMeasurableOutcome: true,
    followUps: Array.from({length: followUpsEach}, (_, k) => ({
      _key: `f${k}`,
      date: shiftDate('2026-01-01', {days: ((i * 7 + k * 45) % 400) - 60}),
      reason: 'Milestone',
      state: k === 0 && i % 4 === 0 ? 'done' : 'planned',
    })),
  }))
}

export async function benchFollowUps() {
  const commitments = generateCommitments(10_000)
  const median = await medianMs(() => classifyFollowUps(commitments, '2026-03-05'), 9)
  report(
    'classify follow-ups',
    {commitments: 10_000, followUpsEach: 3, median: `${fixed(median)}ms`},
    '< 100 ms',
  )
  const render = await benchFollowUpsFirstRender(10_000)
  const small = await benchFollowUpsFirstRender(100)
  report(
    'follow-ups list, first render (jsdom)',
    {
      rows: 10_000,
      listItems: render.items,
      domRows: render.rendered,
      first: `${fixed(render.firstMs)}ms`,
      warmMedian: `${fixed(render.warmMs)}ms`,
      warmMedianFor100: `${fixed(small.warmMs)}ms`,
    },
    'DOM rows bounded by the viewport (< 30); time independent of the row count',
  )
}
