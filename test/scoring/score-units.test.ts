import { describe, expect, it } from 'vitest'
import { GRADE_THRESHOLDS, GRADES, gradeOf, quarter, scoreUnits, type TaskInput, type UnitScore, year } from '../../src/index.js'
import { caught } from '../support/caught.js'

// scoreUnits (Art. 17.1, B12): grades, input checks with the path of the bad field, and two worked cases
// of reports made after a task's completion.

const Q1 = quarter(2026, 1)
const TASK = { id: 't1', transferredAt: '2026-01-05T08:00', deadline: '2026-01-30' }

describe('GRADES and gradeOf — Art. 17.1(c)', () => {
  it('lists the four grades of 17.1(c), best first, and the thresholds of B12', () => {
    expect(GRADES).toEqual(['excellent', 'completed', 'incompletely-completed', 'not-completed'])
    expect(GRADE_THRESHOLDS).toEqual({ excellent: 90, completed: 70, 'incompletely-completed': 50 })
    expect(Object.isFrozen(GRADES)).toBe(true)
    expect(Object.isFrozen(GRADE_THRESHOLDS)).toBe(true)
  })

  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'completed'],
    [70, 'completed'],
    [69.99, 'incompletely-completed'],
    [50, 'incompletely-completed'],
    [49.99, 'not-completed'],
    [0, 'not-completed'],
  ])('grades %s as %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade)
  })
})

describe('scoreUnits — input checks, invalid_input at the path of the bad field', () => {
  const bad: [string, unknown, readonly (string | number)[]][] = [
    ['units that are not an array', { unit: 'Ban A', tasks: [] }, ['units']],
    ['a unit without a name', [{ unit: '', tasks: [] }], ['units', 0, 'unit']],
    ['a unit without tasks', [{ unit: 'Ban A' }], ['units', 0, 'tasks']],
    ['a misspelt key of a unit', [{ unit: 'Ban A', tasks: [], task: [] }], ['units', 0, 'task']],
    [
      'a unit named twice',
      [
        { unit: 'Ban A', tasks: [] },
        { unit: 'Ban B', tasks: [] },
        { unit: 'Ban A', tasks: [] },
      ],
      ['units', 2, 'unit'],
    ],
    [
      'a task id used twice in a unit',
      [
        { unit: 'Ban A', tasks: [TASK] },
        { unit: 'Ban B', tasks: [TASK, { ...TASK, id: 't2' }, TASK] },
      ],
      ['units', 1, 'tasks', 2, 'id'],
    ],
    ['a task that is not an object', [{ unit: 'Ban A', tasks: [TASK, 'task'] }], ['units', 0, 'tasks', 1]],
    ['a task without a transfer', [{ unit: 'Ban A', tasks: [{ id: 't1' }] }], ['units', 0, 'tasks', 0, 'transferredAt']],
    ['a task with an unknown field', [{ unit: 'Ban A', tasks: [{ ...TASK, owner: 'x' }] }], ['units', 0, 'tasks', 0, 'owner']],
    [
      'a deadline before the transfer',
      [{ unit: 'Ban A', tasks: [{ ...TASK, deadline: '2026-01-02' }] }],
      ['units', 0, 'tasks', 0, 'deadline'],
    ],
    [
      'an event of an unknown type',
      [{ unit: 'Ban A', tasks: [{ ...TASK, events: [{ type: 'finished', at: '2026-01-20T10:00' }] }] }],
      ['units', 0, 'tasks', 0, 'events', 0, 'type'],
    ],
    [
      'an event at no instant',
      [
        {
          unit: 'Ban A',
          tasks: [
            {
              ...TASK,
              events: [
                { type: 'acknowledged', at: '2026-01-05T09:00' },
                { type: 'completed', at: '2026-02-30T10:00' },
              ],
            },
          ],
        },
      ],
      ['units', 0, 'tasks', 0, 'events', 1, 'at'],
    ],
    [
      'an extension without its new deadline',
      [{ unit: 'Ban A', tasks: [{ ...TASK, events: [{ type: 'deadline-extended', at: '2026-01-20T10:00' }] }] }],
      ['units', 0, 'tasks', 0, 'events', 0, 'deadline'],
    ],
  ]

  it.each(bad)('refuses %s', (_, units, path) => {
    const error = caught(() => scoreUnits(units as never, Q1))
    expect(error.code).toBe('invalid_input')
    expect(error.path).toEqual(path)
  })

  it('names a duplicate unit and a duplicate task id in both languages', () => {
    const unit = caught(() =>
      scoreUnits(
        [
          { unit: 'Ban A', tasks: [] },
          { unit: 'Ban A', tasks: [] },
        ],
        Q1,
      ),
    )
    expect(unit.detail).toEqual({ vi: 'mỗi đơn vị chỉ được nêu một lần', en: 'each unit may appear only once' })
    const task = caught(() => scoreUnits([{ unit: 'Ban A', tasks: [TASK, TASK] }], Q1))
    expect(task.detail).toEqual({ vi: 'mã nhiệm vụ phải khác nhau trong một đơn vị', en: 'task ids must differ within a unit' })
  })

  it('allows one task id in two units', () => {
    const results = scoreUnits(
      [
        { unit: 'Ban A', tasks: [TASK] },
        { unit: 'Ban B', tasks: [TASK] },
      ],
      Q1,
    )
    expect(results.map((result) => [result.unit, result.rank])).toEqual([
      ['Ban A', 1],
      ['Ban B', 1],
    ])
  })

  it('refuses a period that is not one, at ["period", …]', () => {
    expect(caught(() => scoreUnits([], {} as never)).path).toEqual(['period', 'kind'])
    expect(caught(() => scoreUnits([], { ...Q1, to: '2026-02-30' })).path).toEqual(['period', 'to'])
  })

  it('refuses an asOf that is not an instant, at ["options", "asOf"]', () => {
    const error = caught(() => scoreUnits([{ unit: 'Ban A', tasks: [TASK] }], Q1, { asOf: 'soon' }))
    expect(error.code).toBe('invalid_input')
    expect(error.path).toEqual(['options', 'asOf'])
  })

  it('returns a frozen empty list for no units', () => {
    const results = scoreUnits([], Q1)
    expect(results).toEqual([])
    expect(Object.isFrozen(results)).toBe(true)
  })
})

/**
 * The law "completing a task on time never lowers its unit's score" (score-units.property.test.ts)
 * takes the completion as the task's last event. A report made after the completion is no update the
 * completed task owes: a checkpoint after the completion is not required, and the final update runs
 * from the completion. The two cases below, worked by hand, show what such a history scores.
 */
describe('a report after the completion counts for no update the completed task owes (Art. 6.2(b), B12)', () => {
  function score(tasks: readonly TaskInput[], period = Q1): UnitScore {
    const [result] = scoreUnits([{ unit: 'Ban A', tasks }], period)
    if (result === undefined) throw new Error('no result')
    return result
  }
  const items = (result: UnitScore) =>
    result.indicators.map((indicator) => indicator.items.map((item) => `${item.item}=${item.score}`))

  it('a ¾ update made on time is dropped and the final update falls due in the next quarter: 50 → 0', () => {
    // Transferred Mon 1 Dec 2025 08:00, due the end of Sun 3 May 2026: 153 days 15:59:59.999, 3–6 months
    // (1 Mar ≤ 3 May < 1 Jun). ½ at + 76 days 19:59:59.999 = Mon 16 Feb 03:59:59.999 (Tết), due Mon 23,
    // Tue 24, Wed 25 Feb; ¾ at + 115 days 05:59:59.999 = Thu 26 Mar 13:59:59.999, due Fri 27, Mon 30,
    // Tue 31 Mar. Receipt (1 Dec) and deadline (May) are outside Q1: only updates count.
    const open = {
      id: 'c',
      transferredAt: '2025-12-01T08:00',
      deadline: '2026-05-03',
      events: [
        { type: 'acknowledged', at: '2025-12-01T09:00' },
        { type: 'progress-updated', at: '2026-03-27T10:00' },
      ],
    } satisfies TaskInput
    // Open: the report of 27 Mar is late for ½ (0) and on time for ¾ (1): 25 × 0.5 / 25 = 50.
    const before = score([open])
    expect(before.score).toBe(50)
    expect(items(before)).toEqual([[], ['half 2026-02-25=0', 'three-quarters 2026-03-31=1'], []])
    // Completed on Wed 25 Mar 10:00, before ¾: ¾ is no longer owed; ½ is made late by the completion (0);
    // the final update, from the completion, is due 5 working days later, Wed 1 Apr: in Q2. 0 of 1.
    const after = score([{ ...open, events: [...open.events, { type: 'completed', at: '2026-03-25T10:00' }] }])
    expect(after.score).toBe(0)
    expect(after.grade).toBe('not-completed')
    expect(items(after)).toEqual([[], ['half 2026-02-25=0'], []])
  })

  it('an overdue Q4 task whose final update falls due in Q1: 12.5 → 0 in Q1 (and 0 → 85 in Q4)', () => {
    // P: transferred Mon 1 Dec 2025 08:00, due the end of Tue 30 Dec 2025 (under 1 month: < 1 Jan 08:00).
    // Open, its final window runs from the deadline to 3 working days later: Wed 31 Dec, (1–4 Jan off),
    // Mon 5, Tue 6 Jan → due in Q1, made by the report of Mon 5 Jan → 1.
    const open = {
      id: 'P',
      transferredAt: '2025-12-01T08:00',
      deadline: '2025-12-30',
      events: [{ type: 'progress-updated', at: '2026-01-05T10:00' }],
    } satisfies TaskInput
    // Q: transferred Mon 5 Jan 08:00, due Fri 16 Jan, nothing done: receipt 0, completion 0, final (Wed 21 Jan) 0.
    const idle = { id: 'Q', transferredAt: '2026-01-05T08:00', deadline: '2026-01-16' }
    const before = score([open, idle])
    expect(before.score).toBe(12.5)
    expect(items(before)).toEqual([['completion=0'], ['final 2026-01-06=1', 'final 2026-01-21=0'], ['receipt=0']])
    // P completed on Mon 22 Dec 2025 10:00, on time: its final update is due Tue 23, Wed 24, Thu 25 Dec (Q4).
    const done: TaskInput = { ...open, events: [...open.events, { type: 'completed', at: '2025-12-22T10:00' }] }
    const after = score([done, idle])
    expect(after.score).toBe(0)
    expect(items(after)).toEqual([['completion=0'], ['final 2026-01-21=0'], ['receipt=0']])
    // In Q4 2025 the same completion is rewarded: P was open past its deadline (0) and never acknowledged (0).
    expect(score([open, idle], quarter(2025, 4)).score).toBe(0)
    expect(score([done, idle], quarter(2025, 4)).score).toBe(85)
  })
})

describe('scoreUnits — the evaluation instant (Art. 17.1(b), Art. 2.4)', () => {
  it('refuses an asOf before the first day of the period: nothing in it has happened yet', () => {
    const error = caught(() => scoreUnits([{ unit: 'Ban A', tasks: [TASK] }], Q1, { asOf: '2025-12-31T23:59:59.999' }))
    expect(error).toMatchObject({ code: 'invalid_input', path: ['options', 'asOf'] })
    expect(error.messages.en).toBe('Invalid input: the evaluation instant cannot come before the first day of the period')
  })

  it('accepts the first instant of the period, where nothing is due yet', () => {
    const [result] = scoreUnits([{ unit: 'Ban A', tasks: [TASK] }], Q1, { asOf: '2026-01-01T00:00' })
    expect(result).toMatchObject({ unit: 'Ban A', score: null, grade: null, rank: null, renormalised: false })
  })
})

describe('scoreUnits — a period decides what falls due on its last day (Art. 17.1(b), B12)', () => {
  // Transferred Mon 2/3/2026 09:00, due "by 31 March 2026" (the end of Tue 31/3), receipt confirmed at 10:00
  // (due 14:00: 09:00–12:00 and 13:00–14:00), never done. 2/3 + 1 month = 2/4 09:00 is after the deadline:
  // under 1 month, only the final update, due 3 working days after the deadline: Wed 1, Thu 2, Fri 3/4 (Q2).
  const MARCH = {
    id: 'march',
    transferredAt: '2026-03-02T09:00',
    deadline: '2026-03-31',
    events: [{ type: 'acknowledged', at: '2026-03-02T10:00' }],
  } satisfies TaskInput
  const scores = (result: UnitScore | undefined) => [
    result?.score,
    result?.grade,
    result?.overdueTasks,
    result?.indicators.map((indicator) => `${indicator.id}=${indicator.value}`),
  ]

  it('scores a task due 31/3 and open at 24:00 of 31/3 as 0 for Q1 2026: 20, not completed', () => {
    // Completion 0 (open when its deadline passed), receipt 1; no update due in Q1.
    // (60 × 0 + 15 × 1) / (60 + 15) = 20 %. The first release did not measure the completion: 100, excellent.
    expect(scores(scoreUnits([{ unit: 'Ban A', tasks: [MARCH] }], Q1)[0])).toEqual([
      20,
      'not-completed',
      1,
      ['on-time-completion=0', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
  })

  it('counts the task once: Q2 2026 measures only its final update, due 3/4 and missed', () => {
    expect(scores(scoreUnits([{ unit: 'Ban A', tasks: [MARCH] }], quarter(2026, 2))[0])).toEqual([
      0,
      'not-completed',
      0,
      ['on-time-completion=null', 'update-compliance=0', 'receipt-timeliness=null'],
    ])
  })

  it('counts a completion at 23:59 of 31/3 as on time, and one at 00:00 of 1/4 as not done in Q1', () => {
    const at = (instant: string): TaskInput => ({ ...MARCH, events: [...MARCH.events, { type: 'completed', at: instant }] })
    const onTime = scoreUnits([{ unit: 'Ban A', tasks: [at('2026-03-31T23:59')] }], Q1)[0]
    const nextDay = scoreUnits([{ unit: 'Ban A', tasks: [at('2026-04-01T00:00')] }], Q1)[0]
    // On time: completion 1, receipt 1; its final update (from 31/3 23:59, due 3/4) falls in Q2.
    expect(scores(onTime)).toEqual([
      100,
      'excellent',
      0,
      ['on-time-completion=100', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
    expect(scores(nextDay)).toEqual([
      20,
      'not-completed',
      1,
      ['on-time-completion=0', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
  })

  it('decides at asOf, inside the period, only what is due before it', () => {
    // As of 31/3 12:00 the deadline is ahead: the completion is not decided, the receipt is.
    expect(scores(scoreUnits([{ unit: 'Ban A', tasks: [MARCH] }], Q1, { asOf: '2026-03-31T12:00' })[0])).toEqual([
      100,
      'excellent',
      0,
      ['on-time-completion=null', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
  })

  it('scores a task due 31/12/2026 and open at year end in year(2026)', () => {
    // Transferred Mon 7/12/2026 09:00, receipt at 09:30 (due 13:00... 09:00–12:00 and 13:00–14:00 → 14:00).
    const december: TaskInput = {
      id: 'december',
      transferredAt: '2026-12-07T09:00',
      deadline: '2026-12-31',
      events: [{ type: 'acknowledged', at: '2026-12-07T09:30' }],
    }
    expect(scores(scoreUnits([{ unit: 'Ban A', tasks: [december] }], year(2026))[0])).toEqual([
      20,
      'not-completed',
      1,
      ['on-time-completion=0', 'update-compliance=null', 'receipt-timeliness=100'],
    ])
  })

  it('counts overdue and late tasks apart, and ranks by fewer overdue tasks (Art. 4.1(đ), 17.2(c))', () => {
    // Two units, each one task on time and one not: equal scores need equal items, so each "not on time"
    // task is scored by a custom set that ignores completion; on-time rate 1/2 for both.
    const late: TaskInput = { ...MARCH, id: 'late', events: [...MARCH.events, { type: 'completed', at: '2026-03-31T23:59' }] }
    const onTime: TaskInput = {
      ...MARCH,
      id: 'on-time',
      events: [...MARCH.events, { type: 'completed', at: '2026-03-20T10:00' }],
    }
    const lateTask: TaskInput = {
      ...late,
      deadline: '2026-03-20',
      events: [...MARCH.events, { type: 'completed', at: '2026-03-25T10:00' }],
    }
    const results = scoreUnits(
      [
        { unit: 'Ban Overdue', tasks: [onTime, { ...MARCH, id: 'open' }] },
        { unit: 'Ban Late', tasks: [onTime, lateTask] },
      ],
      Q1,
      {
        indicators: {
          id: 'receipt-only',
          label: { vi: 'Chỉ tiếp nhận', en: 'Receipt only' },
          official: false,
          indicators: [{ id: 'receipt', weight: 100, measure: 'receipt-timeliness' }],
        },
      },
    )
    expect(
      results.map((result) => [result.unit, result.rank, result.onTimeRate, result.overdueTasks, result.completedLateTasks]),
    ).toEqual([
      ['Ban Late', 1, 0.5, 0, 1],
      ['Ban Overdue', 2, 0.5, 1, 0],
    ])
  })
})
