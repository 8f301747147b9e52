import { describe, expect, it } from 'vitest'
import { gradeOf, nextPeriod, quarter, scoreUnits, type TaskInput, type UnitScore } from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// B12: a unit's score weighs on-time completion 60, update compliance 25 and receipt timeliness 15, over the
// indicators measured. docs/regulation/article-17.md, a running evaluation: an item already met counts as soon
// as it is met; an item not met counts only once its time limit has passed before `asOf`.
//
// The task: transferred Mon 2/3/2026 09:00, due "by 31 March 2026", never done. Receipt is due within 4 working
// hours (Art. 6.2(a)): 09:00–12:00 and 13:00–14:00, so 14:00 on Mon 2/3. Under one month, it owes only the
// final update, due 3 working days after the deadline (Wed 1 … Fri 3/4, Q2): no update falls due in Q1 2026.
const TASK = { id: 'march', transferredAt: '2026-03-02T09:00', deadline: '2026-03-31' } satisfies TaskInput

function scored(events: TaskInput['events'], asOf?: string): UnitScore {
  const [result] = scoreUnits(
    [{ unit: 'Ban A', tasks: [{ ...TASK, events }] }],
    quarter(2026, 1),
    asOf === undefined ? {} : { asOf },
  )
  if (result === undefined) throw new Error('no result')
  return result
}

const shown = (result: UnitScore) => [result.score, result.indicators.map((indicator) => `${indicator.id}=${indicator.value}`)]

describe('Art. 6.2(a) and Art. 17.1(b), B12 — receipt timeliness at the limit of 4 working hours', () => {
  it('counts a receipt confirmed at 14:00, the limit itself, as on time', () => {
    // Receipt 1; the deadline passed open at the end of Q1: completion 0. (60 × 0 + 15 × 1) / (60 + 15) = 20.
    expect(shown(scored([{ type: 'acknowledged', at: '2026-03-02T14:00' }]))).toEqual([
      20,
      ['on-time-completion=0', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
  })

  it('counts a receipt confirmed at 14:01, a minute past the limit, as late', () => {
    // Receipt 0, completion 0: (60 × 0 + 15 × 0) / 75 = 0.
    expect(shown(scored([{ type: 'acknowledged', at: '2026-03-02T14:01' }]))).toEqual([
      0,
      ['on-time-completion=0', 'update-compliance=null', 'receipt-timeliness=0'],
    ])
  })

  it('does not count a missing receipt as late at 14:00, when its time limit has not yet passed', () => {
    // As of 14:00 nothing is decided: receipt not yet late, deadline ahead. Nothing measured: no score.
    expect(shown(scored([], '2026-03-02T14:00'))).toEqual([
      null,
      ['on-time-completion=null', 'update-compliance=null', 'receipt-timeliness=null'],
    ])
  })

  it('counts a missing receipt as late at 14:01, once its time limit has passed', () => {
    // Receipt 0, the only item measured: 15 × 0 / 15 = 0.
    expect(shown(scored([], '2026-03-02T14:01'))).toEqual([
      0,
      ['on-time-completion=null', 'update-compliance=null', 'receipt-timeliness=0'],
    ])
  })

  it('counts a receipt confirmed at the evaluation instant itself, and not one confirmed after it', () => {
    const events: TaskInput['events'] = [{ type: 'acknowledged', at: '2026-03-02T10:00' }]
    // As of 10:00 the receipt made at 10:00 is met (10:00 ≤ 14:00): receipt 1, the only item: 100.
    expect(shown(scored(events, '2026-03-02T10:00'))).toEqual([
      100,
      ['on-time-completion=null', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
    // As of 09:30 it has not happened, and the limit (14:00) is ahead: nothing measured.
    expect(shown(scored(events, '2026-03-02T09:30'))).toEqual([
      null,
      ['on-time-completion=null', 'update-compliance=null', 'receipt-timeliness=null'],
    ])
  })
})

describe('Art. 4 (B8) and Art. 17.1(b), B12 — a task closed without completion before its deadline', () => {
  it('counts no completion while the deadline is ahead, and 0 once it has passed', () => {
    // Started Tue 3/3, closed without completion Tue 10/3, deadline the end of 31/3.
    const events: TaskInput['events'] = [
      { type: 'acknowledged', at: '2026-03-02T10:00' },
      { type: 'started', at: '2026-03-03T10:00' },
      { type: 'closed-without-completion', at: '2026-03-10T10:00' },
    ]
    const completion = (result: UnitScore) => result.indicators.find((indicator) => indicator.id === 'on-time-completion')?.value
    // As of Fri 20/3 the deadline is ahead: nothing says "overdue" yet (B8).
    expect(completion(scored(events, '2026-03-20T10:00'))).toBeNull()
    // At the end of Q1 the deadline has passed, the task not completed: 0 (B12).
    expect(completion(scored(events))).toBe(0)
  })
})

describe('Art. 4 (B8) and Art. 17.1(b), B12 — a deadline given as an instant passes just after it', () => {
  it('counts no completion at the deadline instant itself, and 0 a millisecond later', () => {
    // Due Fri 20/3/2026 10:00 (an instant, used as is: B14); started 3/3, closed without completion 10/3.
    const task: TaskInput = {
      id: 'instant',
      transferredAt: '2026-03-02T09:00',
      deadline: '2026-03-20T10:00',
      events: [
        { type: 'acknowledged', at: '2026-03-02T10:00' },
        { type: 'started', at: '2026-03-03T10:00' },
        { type: 'closed-without-completion', at: '2026-03-10T10:00' },
      ],
    }
    const completion = (asOf: string) =>
      scoreUnits([{ unit: 'Ban A', tasks: [task] }], quarter(2026, 1), { asOf })[0]?.indicators.find(
        (indicator) => indicator.id === 'on-time-completion',
      )?.value
    // At 10:00 the deadline has not passed (nothing is late at its own limit): not counted.
    expect(completion('2026-03-20T10:00')).toBeNull()
    // At 10:00:00.001 it has: closed without completion, 0.
    expect(completion('2026-03-20T10:00:00.001')).toBe(0)
  })
})

describe('Art. 17.1(b), B12 — a completion counts in the period its deadline falls in, first instant included', () => {
  it('counts a deadline at 00:00 of 1/4/2026 in Q2, and one at 23:59:59.999 of 31/3 in Q1', () => {
    // Both completed on time on 25/3. Q1 2026 holds 1/1 00:00 … 31/3 23:59:59.999, Q2 starts at 1/4 00:00.
    const task = (deadline: string): TaskInput => ({
      id: 't',
      transferredAt: '2026-03-02T09:00',
      deadline,
      events: [
        { type: 'acknowledged', at: '2026-03-02T10:00' },
        { type: 'completed', at: '2026-03-25T10:00' },
      ],
    })
    const completion = (deadline: string, index: number) =>
      scoreUnits([{ unit: 'Ban A', tasks: [task(deadline)] }], quarter(2026, index))[0]?.indicators.find(
        (indicator) => indicator.id === 'on-time-completion',
      )?.value
    // Due at Q2's first instant: on time (1, i.e. 100) in Q2, nothing in Q1.
    expect([completion('2026-04-01T00:00', 1), completion('2026-04-01T00:00', 2)]).toEqual([null, 100])
    // Due at Q1's last instant: 100 in Q1, nothing in Q2.
    expect([completion('2026-03-31T23:59:59.999', 1), completion('2026-03-31T23:59:59.999', 2)]).toEqual([100, null])
  })
})

describe('Art. 6.2(b) and Art. 17.1(b), B12 — an update still open at asOf is not counted', () => {
  it('counts the final update missed only once its 3 working days have passed', () => {
    // Transferred Mon 19/5/2025 08:00, due Mon 30/6/2025 08:00 (1 to 3 months): its ½ update made 11/6
    // (Q2), then the final update, due within 3 working days of the deadline: Tue 1, Wed 2, Thu 3/7 (Q3 2025).
    // Receipt (19/5) and deadline (30/6) fall in Q2: in Q3 only the final update can count, and it is never made.
    const task: TaskInput = {
      id: 't',
      transferredAt: '2025-05-19T08:00',
      deadline: '2025-06-30T08:00',
      events: [{ type: 'progress-updated', at: '2025-06-11T10:00' }],
    }
    const q3 = (asOf?: string) => {
      const [result] = scoreUnits([{ unit: 'Ban A', tasks: [task] }], quarter(2025, 3), asOf === undefined ? {} : { asOf })
      return result?.score
    }
    // As of Tue 1/7 08:00 and Thu 3/7 17:00 the update is due, its limit not passed: nothing measured.
    expect(q3('2025-07-01T08:00')).toBeNull()
    expect(q3('2025-07-03T17:00')).toBeNull()
    // From Fri 4/7 00:00, and at the end of Q3, it is missed: update compliance 0, the only item: 0.
    expect(q3('2025-07-04T00:00')).toBe(0)
    expect(q3()).toBe(0)
  })
})

describe('Art. 17.1(b)–(c) — invalid_input at the path of the argument', () => {
  it('refuses gradeOf of a score above 100, at score', () => {
    expect(failureOf(() => gradeOf(100.01))).toMatchObject({ code: 'invalid_input', path: ['score'] })
  })

  it('refuses nextPeriod of a period of an unknown kind, at period.kind', () => {
    expect(failureOf(() => nextPeriod({ ...quarter(2026, 1), kind: 'month' } as never))).toMatchObject({
      code: 'invalid_input',
      path: ['period', 'kind'],
    })
  })
})
