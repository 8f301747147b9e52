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
