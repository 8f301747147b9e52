import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  consecutiveNotCompleted,
  type EvaluationPeriod,
  EXPLANATION_REASONS,
  type ExplainedScore,
  type ExplanationFlag,
  type ExplanationFlagsOptions,
  explanationFlags,
  type Grade,
  halfYear,
  LOW_RESULT_READINGS,
  PERIOD_SEQUENCES,
  quarter,
  type Regulation,
  scoreUnits,
  type TaskEventType,
  type UnitScore,
  year,
} from '../../src/index.js'
import type { IndicatorSet } from '../../src/scoring/indicators.js'
import { failureOf } from '../support/caught.js'

// Art. 17.3(b): "Cơ quan, đơn vị có kết quả đánh giá thấp hoặc bị xếp loại không hoàn thành nhiệm vụ trong
// hai kỳ liên tiếp phải giải trình nguyên nhân, đề xuất biện pháp khắc phục" (B16). Most results below come
// from scoreUnits with a one-indicator set whose measure returns each unit's score / 100, so a unit's score is
// exactly the one listed (grades at 90 / 70 / 50, B12); the options are shown on hand-made scores.

const CITATION = { article: 17, clause: 3, point: 'b', vi: 'điểm b khoản 3 Điều 17', en: 'Art. 17.3(b)' }
const Q4_2025 = quarter(2025, 4)
const Q1_2026 = quarter(2026, 1)
const Q2_2026 = quarter(2026, 2)
const Q3_2026 = quarter(2026, 3)

/** scoreUnits over `period`, each unit scored exactly as listed (null: nothing measured), on one task dated in the period. */
function scored(period: EvaluationPeriod, scores: Readonly<Record<string, number | null>>): readonly UnitScore[] {
  const set: IndicatorSet = {
    id: 'fixture-scores',
    label: { vi: 'Bộ chỉ số của phép thử', en: 'A test indicator set' },
    official: false,
    indicators: [
      {
        id: 'listed',
        weight: 100,
        measure: (task) => (scores[task.id as string] === null ? null : (scores[task.id as string] as number) / 100),
      },
    ],
  }
  const units = Object.keys(scores).map((unit) => ({
    unit,
    tasks: [{ id: unit, transferredAt: `${period.from}T08:00`, deadline: period.to }],
  }))
  const results = scoreUnits(units, period, { indicators: set })
  for (const result of results) expect(result.score).toBe(scores[result.unit])
  return results
}

/** A hand-made score: the grade of B12 unless given. */
function score(unit: string, period: EvaluationPeriod, value: number | null, grade?: Grade | null): ExplainedScore {
  const byScore: Grade | null =
    value === null
      ? null
      : value >= 90
        ? 'excellent'
        : value >= 70
          ? 'completed'
          : value >= 50
            ? 'incompletely-completed'
            : 'not-completed'
  return { unit, period, score: value, grade: grade === undefined ? byScore : grade }
}

/** A flag in short: its unit, reason and periods as `kind from..to`. */
function shown(flags: readonly ExplanationFlag[]) {
  return flags.map((flag) => ({
    unit: flag.unit,
    reason: flag.reason,
    periods: flag.periods.map((period) => `${period.kind} ${period.from}..${period.to}`),
  }))
}

const Q4 = 'quarter 2025-10-01..2025-12-31'
const Q1 = 'quarter 2026-01-01..2026-03-31'
const Q2 = 'quarter 2026-04-01..2026-06-30'
const Q3 = 'quarter 2026-07-01..2026-09-30'

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: explanationFlags, the default reading (B16)', () => {
  it('lists the reasons as a frozen tuple, not-completed first', () => {
    expect(EXPLANATION_REASONS).toEqual(['not-completed', 'low-result'])
    expect(Object.isFrozen(EXPLANATION_REASONS)).toBe(true)
    expect(LOW_RESULT_READINGS).toEqual(['two-consecutive-periods', 'one-period'])
    expect(PERIOD_SEQUENCES).toEqual(['same-kind', 'history-order'])
    expectTypeOf<ExplanationFlag['reason']>().toEqualTypeOf<'not-completed' | 'low-result'>()
    expectTypeOf<ExplanationFlagsOptions>().toEqualTypeOf<{
      lowBelow?: number | undefined
      lowResultIn?: 'two-consecutive-periods' | 'one-period' | undefined
      sequence?: 'same-kind' | 'history-order' | undefined
      regulation?: Regulation | undefined
    }>()
  })

  it('flags the worked example scored with the default indicators: 0 twice, 55 twice, 55 then 100', () => {
    // Each task runs under a month (6.2(b)(1)): receipt within 4 working hours, completion, final update.
    // Ban Kinh tế does nothing: 0. Ban Tuyên giáo confirms the next day (0) and completes 3 days late, its final
    // update within the 3 working days (1): (60 × 0.5 + 25 × 1 + 15 × 0) / 100 = 55, incompletely completed.
    const task = (id: string, transferredAt: string, deadline: string, ...events: [TaskEventType, string][]) => ({
      id,
      transferredAt,
      deadline,
      events: events.map(([type, at]) => ({ type, at })),
    })
    const late = (id: string, q: 4 | 1) =>
      q === 4
        ? task(id, '2025-10-06T08:00', '2025-10-31', ['acknowledged', '2025-10-07T09:00'], ['completed', '2025-11-03T10:00'])
        : task(id, '2026-01-05T08:00', '2026-01-30', ['acknowledged', '2026-01-06T09:00'], ['completed', '2026-02-02T10:00'])
    const units = [
      { unit: 'Ban Tuyên giáo', tasks: [late('TG-1', 4), late('TG-2', 1)] },
      {
        unit: 'Ban Kinh tế',
        tasks: [task('KT-1', '2025-10-06T08:00', '2025-10-31'), task('KT-2', '2026-01-05T08:00', '2026-01-30')],
      },
      {
        unit: 'Ban Dân vận',
        tasks: [
          late('DV-1', 4),
          task('DV-2', '2026-01-05T08:00', '2026-01-30', ['acknowledged', '2026-01-05T09:00'], ['completed', '2026-01-20T10:00']),
        ],
      },
    ]
    const q4 = scoreUnits(units, Q4_2025)
    const q1 = scoreUnits(units, Q1_2026)
    expect([...q4, ...q1].map((result) => `${result.unit} ${result.score}`)).toEqual([
      'Ban Dân vận 55',
      'Ban Tuyên giáo 55',
      'Ban Kinh tế 0',
      'Ban Dân vận 100',
      'Ban Tuyên giáo 55',
      'Ban Kinh tế 0',
    ])
    expect(explanationFlags([q1, q4])).toEqual([
      { unit: 'Ban Kinh tế', periods: [Q4_2025, Q1_2026], reason: 'not-completed', citation: CITATION },
      { unit: 'Ban Tuyên giáo', periods: [Q4_2025, Q1_2026], reason: 'low-result', citation: CITATION },
    ])
  })

  it('gives reason not-completed when graded not-completed in both periods, and no low-result for the same pair', () => {
    const flags = explanationFlags([scored(Q4_2025, { 'Ban A': 30 }), scored(Q1_2026, { 'Ban A': 49.99 })])
    expect(flags).toEqual([{ unit: 'Ban A', periods: [Q4_2025, Q1_2026], reason: 'not-completed', citation: CITATION }])
  })

  it('gives reason low-result when graded incompletely-completed in both, or once each way', () => {
    expect(
      shown(
        explanationFlags([
          scored(Q4_2025, { 'Ban A': 69.99, 'Ban B': 50, 'Ban C': 30 }),
          scored(Q1_2026, { 'Ban A': 50, 'Ban B': 20, 'Ban C': 60 }),
        ]),
      ),
    ).toEqual([
      { unit: 'Ban A', reason: 'low-result', periods: [Q4, Q1] },
      { unit: 'Ban B', reason: 'low-result', periods: [Q4, Q1] },
      { unit: 'Ban C', reason: 'low-result', periods: [Q4, Q1] },
    ])
  })

  it('never flags a unit graded completed or better in either period', () => {
    expect(
      explanationFlags([
        scored(Q4_2025, { 'Ban A': 70, 'Ban B': 30, 'Ban C': 95 }),
        scored(Q1_2026, { 'Ban A': 30, 'Ban B': 70, 'Ban C': 10 }),
      ]),
    ).toEqual([])
  })

  it('never counts a unit without a score as low', () => {
    expect(
      explanationFlags([
        scored(Q1_2026, { 'Ban A': 30, 'Ban B': null }),
        scored(Q2_2026, { 'Ban A': null, 'Ban B': null }),
        scored(Q3_2026, { 'Ban A': 30, 'Ban B': 55 }),
      ]),
    ).toEqual([])
  })

  it('does not pair Q1 and Q3, nor a low quarter, a better one and a low one again', () => {
    expect(explanationFlags([scored(Q1_2026, { 'Ban A': 55 }), scored(Q3_2026, { 'Ban A': 55 })])).toEqual([])
    expect(
      explanationFlags([scored(Q1_2026, { 'Ban A': 55 }), scored(Q2_2026, { 'Ban A': 75 }), scored(Q3_2026, { 'Ban A': 55 })]),
    ).toEqual([])
  })

  it('pairs Q4 2026 with Q1 2027, one year’s first six months with the next year’s, and year after year', () => {
    expect(
      shown(
        explanationFlags([
          scored(quarter(2026, 4), { 'Ban A': 55 }),
          scored(quarter(2027, 1), { 'Ban A': 40 }),
          scored(halfYear(2025), { 'Ban A': 40 }),
          scored(halfYear(2026), { 'Ban A': 40 }),
          scored(year(2026), { 'Ban A': 60 }),
          scored(year(2027), { 'Ban A': 60 }),
        ]),
      ),
    ).toEqual([
      {
        unit: 'Ban A',
        reason: 'not-completed',
        periods: ['half-year 2025-01-01..2025-06-30', 'half-year 2026-01-01..2026-06-30'],
      },
      { unit: 'Ban A', reason: 'low-result', periods: ['year 2026-01-01..2026-12-31', 'year 2027-01-01..2027-12-31'] },
      { unit: 'Ban A', reason: 'low-result', periods: ['quarter 2026-10-01..2026-12-31', 'quarter 2027-01-01..2027-03-31'] },
    ])
  })

  it('does not pair periods of different kinds, nor years two apart', () => {
    expect(
      explanationFlags([
        scored(Q4_2025, { 'Ban A': 30 }),
        scored(year(2026), { 'Ban A': 30 }),
        scored(Q2_2026, { 'Ban A': 30 }),
        scored(halfYear(2026), { 'Ban A': 30 }),
        scored(year(2024), { 'Ban A': 30 }),
        scored(halfYear(2025), { 'Ban A': 75 }),
      ]),
    ).toEqual([])
  })

  it('pairs cut-off quarters only with cut-off quarters of the same day', () => {
    const day14 = { cutOffDay: 14 }
    expect(
      shown(
        explanationFlags([
          scored(quarter(2025, 4, day14), { 'Ban A': 55 }),
          scored(quarter(2026, 1, day14), { 'Ban A': 55 }),
          scored(quarter(2026, 2), { 'Ban A': 55 }),
          scored(quarter(2026, 3, { cutOffDay: 20 }), { 'Ban A': 55 }),
        ]),
      ),
    ).toEqual([
      { unit: 'Ban A', reason: 'low-result', periods: ['quarter 2025-09-15..2025-12-14', 'quarter 2025-12-15..2026-03-14'] },
    ])
  })

  it('flags each pair of three low quarters once, earlier period first, whatever the order of the history', () => {
    const history = [scored(Q3_2026, { 'Ban A': 30 }), scored(Q1_2026, { 'Ban A': 60 }), scored(Q2_2026, { 'Ban A': 30 })]
    const expected = [
      { unit: 'Ban A', reason: 'low-result', periods: [Q1, Q2] },
      { unit: 'Ban A', reason: 'not-completed', periods: [Q2, Q3] },
    ]
    expect(shown(explanationFlags(history))).toEqual(expected)
    expect(shown(explanationFlags([...history].reverse()))).toEqual(expected)
    expect(shown(explanationFlags([history.flat()]))).toEqual(expected)
  })

  it('reports a pair once when a result is given twice', () => {
    const q1 = scored(Q1_2026, { 'Ban A': 55 })
    const q2 = scored(Q2_2026, { 'Ban A': 55 })
    expect(shown(explanationFlags([q1, q2, q2, q1]))).toEqual([{ unit: 'Ban A', reason: 'low-result', periods: [Q1, Q2] }])
  })

  it('sorts by unit, then first period: its first day, then its kind', () => {
    const scores = { 'Ban B': 30, 'Ban A': 55, 'Ban C': 95 }
    const history = [year(2026), Q2_2026, year(2025), Q1_2026, halfYear(2025), halfYear(2026)].map((period) =>
      scored(period, scores),
    )
    expect(shown(explanationFlags(history)).map((flag) => `${flag.unit} ${flag.reason} ${flag.periods[0]}`)).toEqual([
      'Ban A low-result half-year 2025-01-01..2025-06-30',
      'Ban A low-result year 2025-01-01..2025-12-31',
      'Ban A low-result quarter 2026-01-01..2026-03-31',
      'Ban B not-completed half-year 2025-01-01..2025-06-30',
      'Ban B not-completed year 2025-01-01..2025-12-31',
      'Ban B not-completed quarter 2026-01-01..2026-03-31',
    ])
  })

  it('reads hand-made scores as it reads scoreUnits results', () => {
    const real = [scored(Q1_2026, { 'Ban A': 55, 'Ban B': 30 }), scored(Q2_2026, { 'Ban A': 60, 'Ban B': 40 })]
    const handMade = real.map((result) => result.map(({ unit, period, grade, score }) => ({ unit, period, grade, score })))
    expect(explanationFlags(handMade)).toEqual(explanationFlags(real))
    expect(explanationFlags(handMade)).toHaveLength(2)
  })

  it('returns frozen flags, each with its frozen periods and the citation of 17.3(b)', () => {
    const flags = explanationFlags([scored(Q1_2026, { 'Ban A': 30 }), scored(Q2_2026, { 'Ban A': 30 })])
    expect(Object.isFrozen(flags)).toBe(true)
    expect(Object.isFrozen(flags[0])).toBe(true)
    expect(Object.isFrozen(flags[0]?.periods)).toBe(true)
    // The boundary copy of the period of the history: equal, never the caller's object.
    expect(flags[0]?.periods[0]).toStrictEqual(Q1_2026)
    expect(flags[0]?.periods[0]).not.toBe(Q1_2026)
    expect(flags[0]?.citation).toEqual(CITATION)
    expect(Object.isFrozen(flags[0]?.citation)).toBe(true)
  })

  it('returns a frozen empty list for no history, or results without any unit', () => {
    expect(explanationFlags([])).toEqual([])
    expect(Object.isFrozen(explanationFlags([]))).toBe(true)
    expect(explanationFlags([[], []])).toEqual([])
  })

  it('does not mutate the history, and freezes a copy of a period the caller may still change', () => {
    const mutable = { ...Q1_2026, label: { ...Q1_2026.label } }
    const history = [[score('Ban A', mutable, 30)], [score('Ban A', Q2_2026, 30)]]
    const before = JSON.stringify(history)
    const [flag] = explanationFlags(history)
    expect(JSON.stringify(history)).toBe(before)
    expect(Object.isFrozen(mutable)).toBe(false)
    expect(Object.isFrozen(mutable.label)).toBe(false)
    expect(flag?.periods[0]).not.toBe(mutable)
    expect(flag?.periods[0]).toEqual(Q1_2026)
    expect(Object.isFrozen(flag?.periods[0])).toBe(true)
    expect(Object.isFrozen(flag?.periods[0]?.label)).toBe(true)
  })

  it('agrees with consecutiveNotCompleted on the not-completed pairs', () => {
    const history = [
      scored(Q4_2025, { 'Ban A': 30, 'Ban B': 55 }),
      scored(Q1_2026, { 'Ban A': 30, 'Ban B': 30 }),
      scored(Q2_2026, { 'Ban A': 60, 'Ban B': 30 }),
    ]
    const notCompleted = explanationFlags(history).filter((flag) => flag.reason === 'not-completed')
    expect(notCompleted.map(({ unit, periods }) => ({ unit, periods }))).toEqual(
      consecutiveNotCompleted(history).map(({ unit, periods }) => ({ unit, periods })),
    )
    expect(notCompleted).toHaveLength(2)
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: option lowBelow, a score threshold for "kết quả đánh giá thấp"', () => {
  const flagsOf = (first: number | null, second: number | null, lowBelow: number) =>
    shown(explanationFlags([[score('Ban A', Q1_2026, first)], [score('Ban A', Q2_2026, second)]], { lowBelow }))

  it('counts a score strictly below the threshold as low, and the threshold itself as not low', () => {
    expect(flagsOf(59.99, 45, 60)).toEqual([{ unit: 'Ban A', reason: 'low-result', periods: [Q1, Q2] }])
    expect(flagsOf(60, 45, 60)).toEqual([])
  })

  it('flags a unit graded completed when the threshold is above 70', () => {
    expect(flagsOf(75, 79.99, 80)).toEqual([{ unit: 'Ban A', reason: 'low-result', periods: [Q1, Q2] }])
  })

  it('still reads not-completed from the grade: a threshold of 40 keeps 45 and 48 a not-completed pair', () => {
    expect(flagsOf(45, 48, 40)).toEqual([{ unit: 'Ban A', reason: 'not-completed', periods: [Q1, Q2] }])
    expect(flagsOf(55, 55, 40)).toEqual([])
  })

  it('never counts a unit without a score as low', () => {
    expect(flagsOf(null, 10, 100)).toEqual([])
  })

  it('takes 100: every score but 100 is low', () => {
    expect(flagsOf(99.99, 95, 100)).toEqual([{ unit: 'Ban A', reason: 'low-result', periods: [Q1, Q2] }])
    expect(flagsOf(100, 95, 100)).toEqual([])
  })

  it('reads the score even when a hand-made grade says otherwise', () => {
    const history = [[score('Ban A', Q1_2026, 20, 'excellent')], [score('Ban A', Q2_2026, 20, 'excellent')]]
    expect(shown(explanationFlags(history, { lowBelow: 50 }))).toEqual([
      { unit: 'Ban A', reason: 'low-result', periods: [Q1, Q2] },
    ])
    expect(explanationFlags(history)).toEqual([])
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: option lowResultIn, a low result in one period', () => {
  const history = [
    scored(Q4_2025, { 'Ban A': 55, 'Ban B': 30, 'Ban C': 80 }),
    scored(Q1_2026, { 'Ban A': 95, 'Ban B': 30, 'Ban C': 55 }),
  ]

  it("with 'one-period', flags every low period alone, and each not-completed pair as its pair", () => {
    expect(shown(explanationFlags(history, { lowResultIn: 'one-period' }))).toEqual([
      { unit: 'Ban A', reason: 'low-result', periods: [Q4] },
      { unit: 'Ban B', reason: 'low-result', periods: [Q4] },
      { unit: 'Ban B', reason: 'not-completed', periods: [Q4, Q1] },
      { unit: 'Ban B', reason: 'low-result', periods: [Q1] },
      { unit: 'Ban C', reason: 'low-result', periods: [Q1] },
    ])
  })

  it("with 'one-period', needs two consecutive periods for not-completed: one failing quarter is a low result", () => {
    expect(shown(explanationFlags([scored(Q1_2026, { 'Ban A': 30 })], { lowResultIn: 'one-period' }))).toEqual([
      { unit: 'Ban A', reason: 'low-result', periods: [Q1] },
    ])
  })

  it("with 'one-period' and lowBelow, reads the single periods by score", () => {
    expect(shown(explanationFlags(history, { lowResultIn: 'one-period', lowBelow: 50 }))).toEqual([
      { unit: 'Ban B', reason: 'low-result', periods: [Q4] },
      { unit: 'Ban B', reason: 'not-completed', periods: [Q4, Q1] },
      { unit: 'Ban B', reason: 'low-result', periods: [Q1] },
    ])
  })

  it("'two-consecutive-periods' is the default", () => {
    expect(explanationFlags(history, { lowResultIn: 'two-consecutive-periods' })).toEqual(explanationFlags(history))
    expect(shown(explanationFlags(history))).toEqual([{ unit: 'Ban B', reason: 'not-completed', periods: [Q4, Q1] }])
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: option sequence, consecutive in the order of the history', () => {
  const H1 = 'half-year 2026-01-01..2026-06-30'

  it("with 'history-order', pairs Q4 2025 with the first half of 2026 when the history lists them in turn", () => {
    const history = [scored(Q4_2025, { 'Ban A': 30, 'Ban B': 55 }), scored(halfYear(2026), { 'Ban A': 30, 'Ban B': 60 })]
    expect(shown(explanationFlags(history, { sequence: 'history-order' }))).toEqual([
      { unit: 'Ban A', reason: 'not-completed', periods: [Q4, H1] },
      { unit: 'Ban B', reason: 'low-result', periods: [Q4, H1] },
    ])
    expect(explanationFlags(history)).toEqual([])
    expect(explanationFlags(history, { sequence: 'same-kind' })).toEqual([])
  })

  it("with 'history-order', follows the history, not the calendar: Q3 then Q1 are consecutive, Q1 and Q2 apart are not", () => {
    const history = [scored(Q3_2026, { 'Ban A': 30 }), scored(Q1_2026, { 'Ban A': 30 }), scored(year(2026), { 'Ban A': 80 })]
    expect(shown(explanationFlags(history, { sequence: 'history-order' }))).toEqual([
      { unit: 'Ban A', reason: 'not-completed', periods: [Q3, Q1] },
    ])
    const apart = [scored(Q1_2026, { 'Ban A': 30 }), scored(year(2026), { 'Ban A': 80 }), scored(Q2_2026, { 'Ban A': 30 })]
    expect(explanationFlags(apart, { sequence: 'history-order' })).toEqual([])
  })

  it("with 'history-order', pairs a unit only when it is in both results", () => {
    const history = [
      scored(Q1_2026, { 'Ban A': 30 }),
      scored(Q2_2026, { 'Ban B': 30 }),
      scored(Q3_2026, { 'Ban A': 30, 'Ban B': 30 }),
    ]
    expect(shown(explanationFlags(history, { sequence: 'history-order' }))).toEqual([
      { unit: 'Ban B', reason: 'not-completed', periods: [Q2, Q3] },
    ])
  })

  it("with 'history-order', a result listed again is no second period, and a pair listed again is reported once", () => {
    const q1 = scored(Q1_2026, { 'Ban A': 30 })
    const q2 = scored(Q2_2026, { 'Ban A': 30 })
    expect(shown(explanationFlags([q1, q1, q2, q1, q2], { sequence: 'history-order' }))).toEqual([
      { unit: 'Ban A', reason: 'not-completed', periods: [Q1, Q2] },
      { unit: 'Ban A', reason: 'not-completed', periods: [Q2, Q1] },
    ])
  })

  it("with 'history-order' and 'one-period', flags each low period once", () => {
    const history = [scored(Q1_2026, { 'Ban A': 55 }), scored(Q2_2026, { 'Ban A': 55 }), scored(Q1_2026, { 'Ban A': 55 })]
    expect(shown(explanationFlags(history, { sequence: 'history-order', lowResultIn: 'one-period' }))).toEqual([
      { unit: 'Ban A', reason: 'low-result', periods: [Q1] },
      { unit: 'Ban A', reason: 'low-result', periods: [Q2] },
    ])
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: invalid_input at the path of the bad field', () => {
  const Q1_SCORE = score('Ban A', Q1_2026, 30)

  it('refuses a misspelt option, naming it', () => {
    expect(failureOf(() => explanationFlags([], { lowBelo: 50 } as never))).toEqual({
      code: 'invalid_input',
      path: ['options', 'lowBelo'],
      vi: 'Dữ liệu đầu vào không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
      en: 'Invalid input: this field is not defined (see the error path)',
    })
  })

  it.each([
    ['lowBelow 0', { lowBelow: 0 }, ['options', 'lowBelow'], 'Invalid input: below the limit 0'],
    ['lowBelow above 100', { lowBelow: 100.01 }, ['options', 'lowBelow'], 'Invalid input: above the limit 100'],
    ['lowBelow not a number', { lowBelow: '50' }, ['options', 'lowBelow'], 'Invalid input: missing, or not a number'],
    ['lowBelow NaN', { lowBelow: Number.NaN }, ['options', 'lowBelow'], 'Invalid input: missing, or not a number'],
    [
      'an unknown lowResultIn',
      { lowResultIn: 'two-periods' },
      ['options', 'lowResultIn'],
      'Invalid input: must be one of: "two-consecutive-periods", "one-period"',
    ],
    [
      'an unknown sequence',
      { sequence: 'calendar' },
      ['options', 'sequence'],
      'Invalid input: must be one of: "same-kind", "history-order"',
    ],
    ['options that are not an object', null, ['options'], 'Invalid input: missing, or not an object'],
  ])('refuses %s', (_, options, path, en) => {
    const failure = failureOf(() => explanationFlags([[Q1_SCORE]], options as never))
    expect(failure.code).toBe('invalid_input')
    expect(failure.path).toEqual(path)
    expect(failure.en).toBe(en)
  })

  it('checks the options before the history', () => {
    expect(failureOf(() => explanationFlags('history' as never, { sequence: 'x' } as never)).path).toEqual([
      'options',
      'sequence',
    ])
  })

  it.each([
    ['a history that is not an array', Q1_SCORE, ['history'], 'Invalid input: missing, or not an array'],
    ['a result that is not an array', [Q1_SCORE], ['history', 0], 'Invalid input: missing, or not an array'],
    ['a score that is not an object', [[Q1_SCORE, 30]], ['history', 0, 1], 'Invalid input: missing, or not an object'],
    ['a unit without a name', [[{ ...Q1_SCORE, unit: '' }]], ['history', 0, 0, 'unit'], 'Invalid input: below the limit 1'],
    [
      'a score without a grade',
      [[{ ...Q1_SCORE, grade: undefined }]],
      ['history', 0, 0, 'grade'],
      'Invalid input: must be one of: "excellent", "completed", "incompletely-completed", "not-completed"',
    ],
    [
      'an unknown grade',
      [[{ ...Q1_SCORE, grade: 'failed' }]],
      ['history', 0, 0, 'grade'],
      'Invalid input: must be one of: "excellent", "completed", "incompletely-completed", "not-completed"',
    ],
    ['a score above 100', [[{ ...Q1_SCORE, score: 101 }]], ['history', 0, 0, 'score'], 'Invalid input: above the limit 100'],
    [
      'a missing score',
      [[{ unit: 'Ban A', period: Q1_2026, grade: null }]],
      ['history', 0, 0, 'score'],
      'Invalid input: missing, or not a number',
    ],
    [
      'a score without a period',
      [[{ ...Q1_SCORE, period: undefined }]],
      ['history', 0, 0, 'period'],
      'Invalid input: missing, or not an object',
    ],
    [
      'an unknown kind of period',
      [[{ ...Q1_SCORE, period: { ...Q1_2026, kind: 'month' } }]],
      ['history', 0, 0, 'period', 'kind'],
      'Invalid input: must be one of: "quarter", "half-year", "year"',
    ],
    [
      'a quarter 5',
      [[{ ...Q1_SCORE, period: { ...Q1_2026, index: 5 } }]],
      ['history', 0, 0, 'period', 'index'],
      'Invalid input: above the limit 4',
    ],
    [
      'a period day that does not exist',
      [[{ ...Q1_SCORE, period: { ...Q1_2026, to: '2026-02-30' } }]],
      ['history', 0, 0, 'period', 'to'],
      'Invalid input: a calendar day must be written YYYY-MM-DD and exist',
    ],
    [
      'a cut-off day of 29',
      [[{ ...Q1_SCORE, period: { ...Q1_2026, cutOffDay: 29 } }]],
      ['history', 0, 0, 'period', 'cutOffDay'],
      'Invalid input: above the limit 28',
    ],
  ])('refuses %s', (_, history, path, en) => {
    const failure = failureOf(() => explanationFlags(history as never))
    expect(failure.code).toBe('invalid_input')
    expect(failure.path).toEqual(path)
    expect(failure.en).toBe(en)
  })

  it('refuses one unit with two different results for one period, at the later one', () => {
    const failure = failureOf(() => explanationFlags([[Q1_SCORE], [score('Ban B', Q1_2026, 30), score('Ban A', Q1_2026, 31)]]))
    expect(failure).toEqual({
      code: 'invalid_input',
      path: ['history', 1, 1],
      vi: 'Dữ liệu đầu vào không hợp lệ: mỗi đơn vị chỉ có một kết quả đánh giá trong một kỳ: cùng đơn vị, cùng kỳ nhưng điểm hoặc xếp loại khác nhau',
      en: 'Invalid input: a unit has one result per period: the same unit and period appear with a different score or grade',
    })
  })

  it("refuses, with 'history-order', a unit listed twice in one result; the default reading takes it", () => {
    const history = [[Q1_SCORE, score('Ban A', Q2_2026, 30)]]
    expect(failureOf(() => explanationFlags(history, { sequence: 'history-order' })).path).toEqual(['history', 0, 1, 'unit'])
    expect(shown(explanationFlags(history))).toEqual([{ unit: 'Ban A', reason: 'not-completed', periods: [Q1, Q2] }])
  })

  it('never echoes a value in its message', () => {
    const failure = failureOf(() => explanationFlags([[{ ...Q1_SCORE, grade: 'Ban Bí mật' }]] as never))
    expect(`${failure.vi} ${failure.en}`).not.toContain('Bí mật')
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: explanationFlags on a long history', () => {
  // Its speed (n log n) is measured by `npm run bench:scoring`, not here: a timed unit test fails on a busy machine.
  it('reads 20,000 scores (1,000 units, 20 quarters) and flags each pair of low neighbours once', () => {
    const periods = Array.from({ length: 20 }, (_, i) => quarter(2025 + Math.floor(i / 4), (i % 4) + 1))
    const history = periods.map((period, p) =>
      Array.from({ length: 1000 }, (_, u) => score(`Ban ${String(u).padStart(4, '0')}`, period, ((u * 37 + p * 11) % 100) + 0.5)),
    )
    // Worked by hand. With lowBelow 50, unit u is low in quarter p when r = (37u + 11p) mod 100 is under 50,
    // and in quarter p + 1 when (r + 11) mod 100 is: both for r = 0 … 38, 39 residues of 100. 37 is prime
    // to 100, so the 1,000 units take each residue 10 times: 390 pairs for each of the 19 neighbouring
    // quarters (2025 Q1 … 2029 Q4, one chain across the years), 7,410 flags, each pair once.
    const flags = explanationFlags(history, { lowBelow: 50 })
    expect(flags).toHaveLength(7410)
    expect(flags[0]?.unit).toBe('Ban 0000')
    expect(flags[0]?.periods.map((period) => period.label.en)).toEqual(['Q1 2025', 'Q2 2025'])
  })
})
