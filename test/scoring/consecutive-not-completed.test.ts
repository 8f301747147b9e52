import { describe, expect, it } from 'vitest'
import {
  consecutiveNotCompleted,
  defineRegulation,
  type EvaluationPeriod,
  explanationFlags,
  type Grade,
  halfYear,
  type IndicatorSet,
  quarter,
  REGULATION_08_QC_TW,
  scoreUnits,
  type UnitScore,
  year,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// Art. 17.3(b): a unit graded "không hoàn thành" (not completed) in two consecutive periods must
// explain the causes and propose remedies. The results below come from scoreUnits with a custom
// indicator set whose one measure returns each unit's fraction: 0.3 → 30 → not-completed,
// 0.6 → 60 → incompletely-completed, 0.95 → 95 → excellent (thresholds 90 / 70 / 50, B12).

const FRACTION: Readonly<Record<Grade, number>> = {
  excellent: 0.95,
  completed: 0.8,
  'incompletely-completed': 0.6,
  'not-completed': 0.3,
}

const CITATION = { article: 17, clause: 3, point: 'b', vi: 'điểm b khoản 3 Điều 17', en: 'Art. 17.3(b)' }

/** scoreUnits for `period`, each unit given the grade listed (null: no score at all). */
function scored(
  period: EvaluationPeriod,
  grades: Readonly<Record<string, Grade | null>>,
  regulation = REGULATION_08_QC_TW,
): readonly UnitScore[] {
  const fractions = new Map(Object.entries(grades).map(([unit, grade]) => [unit, grade === null ? null : FRACTION[grade]]))
  const set: IndicatorSet = {
    id: 'fixture-grades',
    label: { vi: 'Bộ chỉ số của phép thử', en: 'A test indicator set' },
    official: false,
    indicators: [{ id: 'graded', weight: 100, measure: (task) => fractions.get(task.id) ?? null }],
  }
  const units = Object.keys(grades).map((unit) => ({
    unit,
    tasks: [{ id: unit, transferredAt: '2025-10-06T08:00', deadline: '2025-10-31' }],
  }))
  const results = scoreUnits(units, period, { indicators: set, regulation })
  for (const result of results) expect(result.grade).toBe(grades[result.unit])
  return results
}

function flagged(history: readonly (readonly UnitScore[])[]) {
  return consecutiveNotCompleted(history).map((flag) => ({
    unit: flag.unit,
    periods: flag.periods.map((period) => `${period.kind} ${period.from}..${period.to}`),
  }))
}

describe('consecutiveNotCompleted — Art. 17.3(b)', () => {
  it('flags a unit not completed in Q4 2025 and Q1 2026, naming both periods, earlier first', () => {
    const q4 = quarter(2025, 4)
    const q1 = quarter(2026, 1)
    const flags = consecutiveNotCompleted([
      scored(q4, { 'Ban A': 'not-completed', 'Ban B': 'completed' }),
      scored(q1, { 'Ban A': 'not-completed', 'Ban B': 'not-completed' }),
    ])
    expect(flags).toEqual([{ unit: 'Ban A', periods: [q4, q1], citation: CITATION }])
    expect(flags[0]?.periods[0]).toEqual(q4)
    expect(Object.isFrozen(flags)).toBe(true)
    expect(Object.isFrozen(flags[0])).toBe(true)
    expect(Object.isFrozen(flags[0]?.periods)).toBe(true)
  })

  it('does not flag Q1 and Q3: they are not consecutive', () => {
    expect(
      flagged([scored(quarter(2026, 1), { 'Ban A': 'not-completed' }), scored(quarter(2026, 3), { 'Ban A': 'not-completed' })]),
    ).toEqual([])
  })

  it('does not flag a failing period, a better one, and a failing one again', () => {
    expect(
      flagged([
        scored(quarter(2026, 1), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 2), { 'Ban A': 'incompletely-completed' }),
        scored(quarter(2026, 3), { 'Ban A': 'not-completed' }),
      ]),
    ).toEqual([])
  })

  it('does not count a period without a score as failing', () => {
    expect(
      flagged([
        scored(quarter(2026, 1), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 2), { 'Ban A': null }),
        scored(quarter(2026, 3), { 'Ban A': 'not-completed' }),
      ]),
    ).toEqual([])
  })

  it('flags the first six months of 2025 and of 2026', () => {
    expect(
      flagged([scored(halfYear(2025), { 'Ban A': 'not-completed' }), scored(halfYear(2026), { 'Ban A': 'not-completed' })]),
    ).toEqual([{ unit: 'Ban A', periods: ['half-year 2025-01-01..2025-06-30', 'half-year 2026-01-01..2026-06-30'] }])
  })

  it('flags the year 2025 and the year 2026, not 2024 and 2026', () => {
    expect(flagged([scored(year(2025), { 'Ban A': 'not-completed' }), scored(year(2026), { 'Ban A': 'not-completed' })])).toEqual(
      [{ unit: 'Ban A', periods: ['year 2025-01-01..2025-12-31', 'year 2026-01-01..2026-12-31'] }],
    )
    expect(flagged([scored(year(2024), { 'Ban A': 'not-completed' }), scored(year(2026), { 'Ban A': 'not-completed' })])).toEqual(
      [],
    )
  })

  it('does not pair periods of different kinds: Q4 2025 and the year 2026, Q2 and the first half of 2026', () => {
    expect(
      flagged([
        scored(quarter(2025, 4), { 'Ban A': 'not-completed' }),
        scored(year(2026), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 2), { 'Ban A': 'not-completed' }),
        scored(halfYear(2026), { 'Ban A': 'not-completed' }),
      ]),
    ).toEqual([])
  })

  it('does not pair two different units', () => {
    expect(
      flagged([scored(quarter(2026, 1), { 'Ban A': 'not-completed' }), scored(quarter(2026, 2), { 'Ban B': 'not-completed' })]),
    ).toEqual([])
  })

  it('flags each pair of three consecutive failing quarters, in period order', () => {
    expect(
      flagged([
        scored(quarter(2026, 3), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 1), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 2), { 'Ban A': 'not-completed' }),
      ]),
    ).toEqual([
      { unit: 'Ban A', periods: ['quarter 2026-01-01..2026-03-31', 'quarter 2026-04-01..2026-06-30'] },
      { unit: 'Ban A', periods: ['quarter 2026-04-01..2026-06-30', 'quarter 2026-07-01..2026-09-30'] },
    ])
  })

  it('reports each pair once when a period is given twice', () => {
    const q1 = scored(quarter(2026, 1), { 'Ban A': 'not-completed' })
    const q2 = scored(quarter(2026, 2), { 'Ban A': 'not-completed' })
    expect(flagged([q1, q2, q1, q2])).toEqual([
      { unit: 'Ban A', periods: ['quarter 2026-01-01..2026-03-31', 'quarter 2026-04-01..2026-06-30'] },
    ])
  })

  it('sorts by unit, then period, then kind, whatever the order of the history', () => {
    const grades = { 'Ban B': 'not-completed', 'Ban A': 'not-completed', 'Ban C': 'excellent' } as const
    const history = [
      scored(year(2026), grades),
      scored(quarter(2026, 2), grades),
      scored(year(2025), grades),
      scored(quarter(2026, 1), grades),
    ]
    const expected = [
      { unit: 'Ban A', periods: ['year 2025-01-01..2025-12-31', 'year 2026-01-01..2026-12-31'] },
      { unit: 'Ban A', periods: ['quarter 2026-01-01..2026-03-31', 'quarter 2026-04-01..2026-06-30'] },
      { unit: 'Ban B', periods: ['year 2025-01-01..2025-12-31', 'year 2026-01-01..2026-12-31'] },
      { unit: 'Ban B', periods: ['quarter 2026-01-01..2026-03-31', 'quarter 2026-04-01..2026-06-30'] },
    ]
    expect(flagged(history)).toEqual(expected)
    expect(flagged([...history].reverse())).toEqual(expected)
  })

  it('orders pairs whose first periods start on the same day by kind: half-year, quarter, year', () => {
    const grades = { 'Ban A': 'not-completed' } as const
    const history = [year(2025), year(2026), halfYear(2025), halfYear(2026), quarter(2025, 1), quarter(2025, 2)].map((period) =>
      scored(period, grades),
    )
    expect(flagged(history).map((flag) => flag.periods[0])).toEqual([
      'half-year 2025-01-01..2025-06-30',
      'quarter 2025-01-01..2025-03-31',
      'year 2025-01-01..2025-12-31',
    ])
  })

  it('pairs data cut-off quarters with each other, never with calendar quarters', () => {
    const cutOff = { cutOffDay: 14 }
    expect(
      flagged([
        scored(quarter(2025, 4, cutOff), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 1, cutOff), { 'Ban A': 'not-completed' }),
      ]),
    ).toEqual([{ unit: 'Ban A', periods: ['quarter 2025-09-15..2025-12-14', 'quarter 2025-12-15..2026-03-14'] }])
    expect(
      flagged([
        scored(quarter(2025, 4), { 'Ban A': 'not-completed' }),
        scored(quarter(2026, 1, cutOff), { 'Ban A': 'not-completed' }),
      ]),
    ).toEqual([])
  })

  it('returns a frozen empty list for no history, or none failing', () => {
    expect(consecutiveNotCompleted([])).toEqual([])
    expect(Object.isFrozen(consecutiveNotCompleted([]))).toBe(true)
    expect(
      flagged([
        scored(quarter(2026, 1), { 'Ban A': 'excellent', 'Ban B': 'completed' }),
        scored(quarter(2026, 2), { 'Ban A': 'incompletely-completed', 'Ban B': null }),
      ]),
    ).toEqual([])
  })

  it('pairs Q4 2099 with Q1 2100, the last year a period may have', () => {
    expect(
      flagged([scored(quarter(2099, 4), { 'Ban A': 'not-completed' }), scored(quarter(2100, 1), { 'Ban A': 'not-completed' })]),
    ).toEqual([{ unit: 'Ban A', periods: ['quarter 2099-10-01..2099-12-31', 'quarter 2100-01-01..2100-03-31'] }])
  })
})

describe('consecutiveNotCompleted at the end of the calendar range — Art. 17.3(b)', () => {
  it('answers for the last periods of 2100, whose next period lies outside the range', () => {
    const failing = scored(quarter(2025, 4), { 'Ban A': 'not-completed' })[0] as UnitScore
    const history = [quarter(2100, 4), halfYear(2100), year(2100)].map((period) => [{ ...failing, period }])
    expect(consecutiveNotCompleted(history)).toEqual([])
    const pair = [quarter(2100, 3), quarter(2100, 4)].map((period) => [{ ...failing, period }])
    expect(flagged(pair)).toEqual([
      { unit: 'Ban A', periods: ['quarter 2100-07-01..2100-09-30', 'quarter 2100-10-01..2100-12-31'] },
    ])
  })

  it('cites the regulation profile the scores were computed under (Art. 18.4), as the scores do', () => {
    const province = defineRegulation(REGULATION_08_QC_TW, {
      id: 'qc-tinh-uy-x-2026',
      name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
      issuedBy: 'Quy chế số 01-QC/TU',
      effectiveFrom: '2026-03-01',
    })
    const flags = consecutiveNotCompleted([
      scored(quarter(2025, 4), { 'Ban A': 'not-completed' }, province),
      scored(quarter(2026, 1), { 'Ban A': 'not-completed' }, province),
    ])
    expect(flags.map((flag) => flag.citation)).toEqual([{ ...CITATION, regulation: 'qc-tinh-uy-x-2026' }])
  })

  it('refuses a unit and period given twice with different results, as explanationFlags does', () => {
    const q4 = scored(quarter(2025, 4), { 'Ban A': 'not-completed' })
    const q4Again = scored(quarter(2025, 4), { 'Ban A': 'completed' })
    const error = caught(() => consecutiveNotCompleted([q4, q4Again]))
    expect([error.code, error.path]).toEqual(['invalid_input', ['history', 1, 0]])
    // The same result listed twice is one result.
    expect(consecutiveNotCompleted([q4, q4])).toEqual([])
  })

  it("agrees with explanationFlags on the profile cited: the scores' own, when the call names none", () => {
    const province = defineRegulation(REGULATION_08_QC_TW, {
      id: 'qc-tinh-uy-x-2026',
      name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
      issuedBy: 'Quy chế số 01-QC/TU',
      effectiveFrom: '2026-03-01',
    })
    const history = [
      scored(quarter(2025, 4), { 'Ban A': 'not-completed' }, province),
      scored(quarter(2026, 1), { 'Ban A': 'not-completed' }, province),
    ]
    const pairs = consecutiveNotCompleted(history)
    const flags = explanationFlags(history)
    expect(flags.map((flag) => flag.citation)).toEqual(pairs.map((pair) => pair.citation))
    expect(flags[0]?.citation.regulation).toBe('qc-tinh-uy-x-2026')
    // A profile named in the call is the one cited.
    expect(explanationFlags(history, { regulation: REGULATION_08_QC_TW })[0]?.citation).toEqual(CITATION)
  })

  it('refuses a history that is not a list of scoreUnits results, at the path of the bad score', () => {
    const q4 = scored(quarter(2025, 4), { 'Ban A': 'not-completed' })
    const error = caught(() => consecutiveNotCompleted([q4, [{ ...q4[0], grade: 'failed' }]] as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['history', 1, 0, 'grade']])
  })
})
