import { describe, expect, it } from 'vitest'
import {
  defineRegulation,
  type EvaluationPeriod,
  type ExplainedScore,
  type ExplanationFlag,
  explanationFlags,
  type Grade,
  quarter,
  REGULATION_08_QC_TW,
} from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// Art. 17.3(b): "Cơ quan, đơn vị có kết quả đánh giá thấp hoặc bị xếp loại không hoàn thành nhiệm vụ trong
// hai kỳ liên tiếp phải giải trình nguyên nhân, đề xuất biện pháp khắc phục" (B16). Hand-made scores, graded
// at 90 / 70 / 50 (B12) unless a grade is given.

const CITATION = { article: 17, clause: 3, point: 'b', vi: 'điểm b khoản 3 Điều 17', en: 'Art. 17.3(b)' }

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

/** A flag in short: its unit, reason and periods by what tells them apart (kind, year, index, cut-off day). */
function shown(flags: readonly ExplanationFlag[]) {
  return flags.map((flag) => ({
    unit: flag.unit,
    reason: flag.reason,
    periods: flag.periods.map((period) => `${period.kind} ${period.year} ${period.index} ${period.cutOffDay ?? '-'}`),
  }))
}

/** Every order of `items`. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]))
}

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: flags in one order whatever the order of the history', () => {
  it('orders periods of the same first day and kind by cut-off day, then year, then quarter', () => {
    // Four periods made by hand, all of kind quarter from 2026-01-01 to 2026-03-31, told apart only by
    // their cut-off day, year or quarter. Ban A scores 30 in each: low (below 50) in one period, four flags.
    const q1 = quarter(2026, 1)
    const a: EvaluationPeriod = q1 // no cut-off day (read as 0), 2026, quarter 1
    const b: EvaluationPeriod = { ...q1, cutOffDay: 5 } // cut-off day 5
    const c: EvaluationPeriod = { ...q1, year: 2025 } // 2025
    const d: EvaluationPeriod = { ...q1, index: 3 } // quarter 3
    // By hand: same first day, same kind; cut-off day 0 (a, c, d) before 5 (b); same last day; then year 2025
    // (c) before 2026 (a, d); then quarter 1 (a) before 3 (d): c, a, d, b. No two are consecutive quarters
    // of one series (c, a, d are places 8101, 8105, 8107; b is another series), so no pair is flagged.
    const expected = ['quarter 2025 1 -', 'quarter 2026 1 -', 'quarter 2026 3 -', 'quarter 2026 1 5'].map((period) => ({
      unit: 'Ban A',
      reason: 'low-result',
      periods: [period],
    }))
    for (const order of permutations([a, b, c, d])) {
      const history = order.map((period) => [score('Ban A', period, 30)])
      expect(shown(explanationFlags(history, { lowResultIn: 'one-period' }))).toEqual(expected)
    }
  })
})

describe('Art. 17.3(b) and Art. 18.4 — điểm b khoản 3 Điều 17, khoản 4 Điều 18: the profile a flag cites', () => {
  it('cites the profile named in the call, over the scores that cite none', () => {
    const province = defineRegulation(REGULATION_08_QC_TW, {
      id: 'qc-tinh-uy-x-2026',
      name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
      issuedBy: 'Quy chế số 01-QC/TU',
      effectiveFrom: '2026-03-01',
    })
    // Ban A: 30 and 30, "not completed" in Q4 2025 and Q1 2026: one not-completed pair.
    const history = [[score('Ban A', quarter(2025, 4), 30)], [score('Ban A', quarter(2026, 1), 30)]]
    expect(explanationFlags(history, { regulation: province }).map((flag) => flag.citation)).toEqual([
      { ...CITATION, regulation: 'qc-tinh-uy-x-2026' },
    ])
    // The 08-QC/TW profile itself is cited as the plain article.
    expect(explanationFlags(history, { regulation: REGULATION_08_QC_TW }).map((flag) => flag.citation)).toEqual([CITATION])
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: one result per unit and period', () => {
  it('refuses the same unit and period with the same score and another grade, at the later one', () => {
    const q1 = quarter(2026, 1)
    // 30 is "not completed" (B12); the later copy says "completed" for the same 30.
    const history = [[score('Ban A', q1, 30)], [score('Ban B', q1, 80), score('Ban A', q1, 30, 'completed')]]
    expect(failureOf(() => explanationFlags(history))).toMatchObject({ code: 'invalid_input', path: ['history', 1, 1] })
  })
})

describe("Art. 17.3(b) — điểm b khoản 3 Điều 17: 'history-order' with units named by one letter", () => {
  it('pairs each result with the next one only', () => {
    const q1 = quarter(2026, 1)
    const q3 = quarter(2026, 3)
    // Units "a" and "e" (one-letter codes). In the order listed, Q1 2026 then Q3 2026 are two consecutive
    // evaluations: a scores 30 and 40 (both below 50, "not completed"): not-completed; e scores 60 and 95
    // (60 "incompletely completed", 95 "excellent"): not low in both, no flag.
    const history = [
      [score('a', q1, 30), score('e', q1, 60)],
      [score('a', q3, 40), score('e', q3, 95)],
    ]
    expect(shown(explanationFlags(history, { sequence: 'history-order' }))).toEqual([
      { unit: 'a', reason: 'not-completed', periods: ['quarter 2026 1 -', 'quarter 2026 3 -'] },
    ])
  })
})
