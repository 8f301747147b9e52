import { describe, expect, it } from 'vitest'
import {
  cite,
  type EvaluateTaskOptions,
  evaluateTaskMillis,
  simulate,
  type TaskInput,
  type Timeline,
  vietnamCalendar,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// simulate at its edges, each timeline built inside its test: an instant exactly at a step's end, an
// event exactly at the last step, a missed update inside a stretch whose status and warning do not
// change. The official calendar: Mon–Fri 08:00–12:00, 13:00–17:00, Asia/Ho_Chi_Minh = UTC+7; no day
// off in 2025 from 3 May to 31 August. Each step is the end of its day, 23:59:59.999 +07:00.

const calendar = vietnamCalendar()

/** Epoch ms of a wall time in Asia/Ho_Chi_Minh (UTC+7 all year, so the offset can be written out). */
function vn(wallTime: string): number {
  const ms = Date.parse(`${wallTime}+07:00`)
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${wallTime}`)
  return ms
}

/** The law of simulate (Art. 4.1(đ), 6.2(b), 18.1(d)): each cell is evaluateTaskMillis as of its step, null before the transfer. */
function expectCellsEvaluated(timeline: Timeline, tasks: readonly TaskInput[]): void {
  timeline.steps.forEach((step, stepIndex) => {
    tasks.forEach((task, taskIndex) => {
      if (step.asOf < (task.transferredAt as number)) {
        expect(timeline.status(stepIndex, taskIndex)).toBeNull()
        return
      }
      const evaluation = evaluateTaskMillis(task, { calendar, asOf: step.asOf } as EvaluateTaskOptions)
      expect([
        timeline.status(stepIndex, taskIndex),
        timeline.alert(stepIndex, taskIndex),
        timeline.missedUpdates(stepIndex, taskIndex),
      ]).toEqual([
        evaluation.status.status,
        evaluation.alert.level,
        evaluation.compliance.filter((item) => item.state === 'missed').length,
      ])
    })
  })
}

// A task of 1–3 months (Art. 6.2(b)(2)): transferred Mon 19 May 2025, due 30 June, started Tue 20 May.
// Its ½ update is due by the end of Thu 12 June (3 working days after the checkpoint), missed from Fri 13 June.
const HAND: TaskInput = {
  id: 'hand',
  transferredAt: vn('2025-05-19T08:00'),
  deadline: vn('2025-06-30T23:59:59.999'),
  events: [{ type: 'started', at: vn('2025-05-20T09:00') }],
}

describe('simulate: instants exactly at the end of a step', () => {
  it('counts a task transferred at 23:59:59.999 of a step’s day from that step, the last step too', () => {
    // Steps: Mon 9, Tue 10, Wed 11 June 2025, each ending at 23:59:59.999 +07:00.
    const atTuesdayEnd = { id: 'tue', transferredAt: vn('2025-06-10T23:59:59.999'), deadline: vn('2025-06-30T23:59:59.999') }
    const atLastEnd = { id: 'wed', transferredAt: vn('2025-06-11T23:59:59.999'), deadline: vn('2025-06-30T23:59:59.999') }
    const tasks = [atTuesdayEnd, atLastEnd]
    const timeline = simulate(tasks, { from: '2025-06-09', to: '2025-06-11' })
    expect(timeline.steps.map((step) => step.asOf)).toEqual([
      vn('2025-06-09T23:59:59.999'),
      vn('2025-06-10T23:59:59.999'),
      vn('2025-06-11T23:59:59.999'),
    ])
    // Not started, deadline ahead (Art. 4.1(đ)): 'not-started' from the step of the transfer.
    expect(timeline.history('tue').status).toEqual([null, 'not-started', 'not-started'])
    expect(timeline.history('wed').status).toEqual([null, null, 'not-started'])
    expect(timeline.steps.map((step) => step.transferred)).toEqual([0, 1, 2])
    expectCellsEvaluated(timeline, tasks)
  })

  it('applies a deadline extension made exactly at the end of the last step only to that step', () => {
    // Extended at the end of Fri 20 June to 30 September: from then on the ½ checkpoint moves to
    // August, so the old ½ update (missed Fri 13 – Thu 19 June) is no longer owed.
    const extended: TaskInput = {
      ...HAND,
      events: [
        ...(HAND.events ?? []),
        { type: 'deadline-extended', at: vn('2025-06-20T23:59:59.999'), deadline: vn('2025-09-30T23:59:59.999') },
      ],
    }
    const timeline = simulate([extended], { from: '2025-06-09', to: '2025-06-20' })
    // Mon 9 … Fri 13, Mon 16 … Fri 20 June.
    expect(timeline.history('hand').missedUpdates).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 0])
    expectCellsEvaluated(timeline, [extended])
  })
})

describe('simulate: an event dated before the transfer', () => {
  it('keeps the task out of the portfolio until its transfer, though it was acknowledged before it', () => {
    // Acknowledged Thu 5 June, transferred Tue 10 June 2025: the acknowledgement falls inside the
    // range but before the transfer, so the steps Mon 2 – Mon 9 June stay null and count nowhere.
    const early: TaskInput = {
      id: 'early',
      transferredAt: vn('2025-06-10T08:00'),
      deadline: vn('2025-06-30T23:59:59.999'),
      events: [{ type: 'acknowledged', at: vn('2025-06-05T09:00') }],
    }
    const timeline = simulate([early], { from: '2025-06-02', to: '2025-06-18' })
    // Mon 2 … Fri 6, Mon 9 June: 6 steps before the transfer; Tue 10 … Wed 18 June: 7 steps, not started (Art. 4.1(đ)).
    expect(timeline.history('early').status).toEqual([
      ...Array.from({ length: 6 }, () => null),
      ...Array.from({ length: 7 }, () => 'not-started'),
    ])
    expect(timeline.steps.map((step) => step.transferred)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1])
    expectCellsEvaluated(timeline, [early])
  })
})

describe('simulate: working-day steps at the very end of a calendar’s range', () => {
  it('gives no step for a weekend that ends the range (Sat 31 May – Sun 1 June 2025), without asking past the range', () => {
    const narrowed = vietnamCalendar({ range: { from: '2025-01-01', to: '2025-06-01' } })
    // The next working day, Mon 2 June, lies outside this calendar: it is never asked for.
    expect(() => narrowed.nextWorkingDay('2025-05-31', { inclusive: true })).toThrow()
    const timeline = simulate([], { calendar: narrowed, from: '2025-05-31', to: '2025-06-01' })
    expect(timeline.steps).toEqual([])
  })
})

describe('simulate: a stretch where only an update’s progress changes (Art. 6.2(b)(2))', () => {
  it('counts the ½ update missed from Fri 13 June while the status stays in progress on time and the warning none', () => {
    const timeline = simulate([HAND], { from: '2025-06-02', to: '2025-06-18' })
    const history = timeline.history('hand')
    // Mon 2 … Fri 6, Mon 9 … Fri 13, Mon 16 … Wed 18 June: 13 working days.
    expect(history.status).toEqual(Array.from({ length: 13 }, () => 'in-progress-on-time'))
    expect(history.missedUpdates).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    expect(timeline.steps.map((step) => step.updates.missed)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    expectCellsEvaluated(timeline, [HAND])
  })
})

describe('simulate: the timeline’s citation, JSON and errors, each built inside its test', () => {
  it('cites Art. 4.1(đ), 6.2(b) and 18.1(d)', () => {
    expect(simulate([HAND], { from: '2025-06-02', to: '2025-06-03' }).citation).toEqual([
      cite(4, 1, 'đ'),
      cite(6, 2, 'b'),
      cite(18, 1, 'd'),
    ])
  })

  it('writes its JSON through toJSON: range, ids, steps, histories, citation', () => {
    const timeline = simulate([HAND], { from: '2025-06-02', to: '2025-06-03' })
    const json = JSON.parse(JSON.stringify(timeline))
    expect(json.from).toBe('2025-06-02')
    expect(json.tasks).toEqual([
      { id: 'hand', status: ['in-progress-on-time', 'in-progress-on-time'], alert: ['none', 'none'], missedUpdates: [0, 0] },
    ])
  })

  it('reports an unreadable task (a getter that throws) at its index and field', () => {
    const hostile = {
      ...HAND,
      get id(): string {
        throw new Error('unreadable')
      },
    }
    const error = caught(() => simulate([hostile as TaskInput], { from: '2025-06-02', to: '2025-06-03' }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['tasks', 0, 'id']])
  })

  it('refuses an unknown status in shareOf, at statuses', () => {
    const timeline = simulate([HAND], { from: '2025-06-02', to: '2025-06-03' })
    const error = caught(() => timeline.shareOf('late' as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['statuses']])
  })
})
