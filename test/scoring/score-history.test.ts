import { describe, expect, it } from 'vitest'
import { MAX_CHECKED_ITEMS } from '../../src/core/validation.js'
import {
  consecutiveNotCompleted,
  type EvaluationPeriod,
  type ExplainedScore,
  type ExplanationFlag,
  explanationFlags,
  quarter,
} from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// Art. 17.3(b): "Cơ quan, đơn vị có kết quả đánh giá thấp hoặc bị xếp loại không hoàn thành nhiệm vụ trong
// hai kỳ liên tiếp phải giải trình nguyên nhân, đề xuất biện pháp khắc phục" (B16). Both readers of a history
// of scores (explanationFlags, consecutiveNotCompleted) check it by hand first and word a refusal with the
// history's schema; a valid history never reaches the schema, which refuses any array longer than
// MAX_CHECKED_ITEMS (50,000) rather than overflow the stack. So a valid history of 50,001 scores is read
// only when the hand check accepts each kind of valid field, and an invalid field is refused only when the
// hand check refuses it too.

/** A score made by hand: grades at 90 / 70 / 50 (B12). */
function score(unit: string, period: EvaluationPeriod, value: number | null): ExplainedScore {
  const grade =
    value === null
      ? null
      : value >= 90
        ? 'excellent'
        : value >= 70
          ? 'completed'
          : value >= 50
            ? 'incompletely-completed'
            : 'not-completed'
  return { unit, period, score: value, grade }
}

/** A flag in short: its unit, reason and periods as `kind from..to`. */
function shown(flags: readonly ExplanationFlag[]) {
  return flags.map((flag) => ({
    unit: flag.unit,
    reason: flag.reason,
    periods: flag.periods.map((period) => `${period.kind} ${period.from}..${period.to}`),
  }))
}

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: a valid history of any length is read by the hand check', () => {
  it('flags a history holding one result of 50,001 scores and every kind of valid field', () => {
    const q4 = quarter(2025, 4) // index 4, no cut-off day: 2025-10-01..2025-12-31
    const q1 = quarter(2026, 1) // index 1: 2026-01-01..2026-03-31
    // Cut-off day 28 (DOMAIN A4): a quarter ends on the 28th of its last month and starts the day after the
    // previous one ends: 2025-12-29..2026-03-28, then 2026-03-29..2026-06-28.
    const q1Cut28 = quarter(2026, 1, { cutOffDay: 28 })
    const q2Cut28 = quarter(2026, 2, { cutOffDay: 28 })
    // Cut-off day 1: 2025-12-02..2026-03-01.
    const q1Cut1 = quarter(2026, 1, { cutOffDay: 1 })
    const filler = score('Ban A', q1, 0)
    const history: ExplainedScore[][] = [
      [
        { ...score('Ban A', q4, 0), citation: {} }, // score 0: the lowest allowed; a citation naming no profile
        score('Ban B', q4, null), // nothing measured: no grade, no score
        { ...score('Ban C', q4, 100), citation: { regulation: 'profile-of-a-province' } }, // score 100: the highest
      ],
      // One result of MAX_CHECKED_ITEMS + 1 = 50,001 scores: Ban A 0 in Q1 2026, listed again and again.
      Array.from({ length: MAX_CHECKED_ITEMS + 1 }, () => filler),
      [score('Ban D', q1Cut28, 55), score('Ban D', q2Cut28, 55), score('Ban E', q1Cut1, 45)],
    ]
    expect(history[1]).toHaveLength(50_001)
    // Worked by hand (default reading: two consecutive periods of the same kind, grades below "completed"):
    // - Ban A: 0 and 0, "not completed" (below 50) in Q4 2025 then Q1 2026, consecutive quarters: not-completed;
    // - Ban B: no score is never low; Ban C: 100 is "excellent";
    // - Ban D: 55 and 55, "incompletely completed" (50 ≤ 55 < 70) in consecutive cut-off-28 quarters: low-result;
    // - Ban E: one period only (its cut-off-1 quarter has no neighbour in the history).
    expect(shown(explanationFlags(history))).toEqual([
      {
        unit: 'Ban A',
        reason: 'not-completed',
        periods: ['quarter 2025-10-01..2025-12-31', 'quarter 2026-01-01..2026-03-31'],
      },
      { unit: 'Ban D', reason: 'low-result', periods: ['quarter 2025-12-29..2026-03-28', 'quarter 2026-03-29..2026-06-28'] },
    ])
    // The same history read by consecutiveNotCompleted: only Ban A is "not completed" twice in a row.
    expect(consecutiveNotCompleted(history).map((flag) => [flag.unit, ...flag.periods.map((period) => period.label.en)])).toEqual(
      [['Ban A', 'Q4 2025', 'Q1 2026']],
    )
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: an invalid score is refused, invalid_input at the path of the bad field', () => {
  const Q1_2026 = quarter(2026, 1)
  const Q1_SCORE = score('Ban A', Q1_2026, 30)

  it.each([
    ['a score that is null', [[null]], ['history', 0, 0]],
    ['a score that is an array', [[[Q1_SCORE]]], ['history', 0, 0]],
    ['a unit that is not a string', [[{ ...Q1_SCORE, unit: 5 }]], ['history', 0, 0, 'unit']],
    ['a unit without a name', [[{ ...Q1_SCORE, unit: '' }]], ['history', 0, 0, 'unit']],
    ['an unknown grade', [[{ ...Q1_SCORE, grade: 'failed' }]], ['history', 0, 0, 'grade']],
    ['a score below 0', [[{ ...Q1_SCORE, score: -1 }]], ['history', 0, 0, 'score']],
    ['a score above 100', [[{ ...Q1_SCORE, score: 100.5 }]], ['history', 0, 0, 'score']],
    ['a score written as text', [[{ ...Q1_SCORE, score: '30' }]], ['history', 0, 0, 'score']],
    ['a citation that is text', [[{ ...Q1_SCORE, citation: 'Art. 18.4' }]], ['history', 0, 0, 'citation']],
    ['a citation that is null', [[{ ...Q1_SCORE, citation: null }]], ['history', 0, 0, 'citation']],
    [
      'a citation naming an empty profile',
      [[{ ...Q1_SCORE, citation: { regulation: '' } }]],
      ['history', 0, 0, 'citation', 'regulation'],
    ],
    [
      'a citation naming a profile by a list',
      [[{ ...Q1_SCORE, citation: { regulation: ['qc-tinh-uy-x-2026'] } }]],
      ['history', 0, 0, 'citation', 'regulation'],
    ],
    [
      'a citation naming a profile by number',
      [[{ ...Q1_SCORE, citation: { regulation: 5 } }]],
      ['history', 0, 0, 'citation', 'regulation'],
    ],
    ['a period that is null', [[{ ...Q1_SCORE, period: null }]], ['history', 0, 0, 'period']],
    ['a period of a year 2026.5', [[{ ...Q1_SCORE, period: { ...Q1_2026, year: 2026.5 } }]], ['history', 0, 0, 'period', 'year']],
    ['a quarter 0', [[{ ...Q1_SCORE, period: { ...Q1_2026, index: 0 } }]], ['history', 0, 0, 'period', 'index']],
    ['a quarter 1.5', [[{ ...Q1_SCORE, period: { ...Q1_2026, index: 1.5 } }]], ['history', 0, 0, 'period', 'index']],
    ['a quarter 5', [[{ ...Q1_SCORE, period: { ...Q1_2026, index: 5 } }]], ['history', 0, 0, 'period', 'index']],
    [
      'a period without a first day',
      [[{ ...Q1_SCORE, period: { ...Q1_2026, from: undefined } }]],
      ['history', 0, 0, 'period', 'from'],
    ],
    ['a cut-off day 0', [[{ ...Q1_SCORE, period: { ...Q1_2026, cutOffDay: 0 } }]], ['history', 0, 0, 'period', 'cutOffDay']],
    [
      'a cut-off day 14.5',
      [[{ ...Q1_SCORE, period: { ...Q1_2026, cutOffDay: 14.5 } }]],
      ['history', 0, 0, 'period', 'cutOffDay'],
    ],
  ])('refuses %s, in explanationFlags and in consecutiveNotCompleted', (_, history, path) => {
    for (const read of [explanationFlags, consecutiveNotCompleted]) {
      const failure = failureOf(() => read(history as never))
      expect(failure.code).toBe('invalid_input')
      expect(failure.path).toEqual(path)
    }
  })

  it('refuses the bad score after valid ones, at its place', () => {
    // [[Q1_SCORE], [Q1_SCORE, bad]]: the bad score is item 1 of result 1.
    const history = [[Q1_SCORE], [Q1_SCORE, { ...Q1_SCORE, unit: 'Ban B', score: 101 }]]
    expect(failureOf(() => explanationFlags(history as never)).path).toEqual(['history', 1, 1, 'score'])
  })

  it('refuses a period shared by a valid score and a later invalid one only where it is read', () => {
    // The same period object twice is read once; an invalid copy of it is a different object, read at its own place.
    const history = [
      [Q1_SCORE, score('Ban B', Q1_2026, 40), { ...Q1_SCORE, unit: 'Ban C', period: { ...Q1_2026, kind: 'month' } }],
    ]
    expect(failureOf(() => explanationFlags(history as never)).path).toEqual(['history', 0, 2, 'period', 'kind'])
  })

  it('refuses a score whose field cannot be read, at that field under history', () => {
    const unreadable = {
      ...Q1_SCORE,
      get unit(): string {
        throw new Error('not readable')
      },
    }
    expect(failureOf(() => explanationFlags([[Q1_SCORE, unreadable]] as never))).toMatchObject({
      code: 'invalid_input',
      path: ['history', 0, 1, 'unit'],
    })
  })
})

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: consecutiveNotCompleted refuses two results of one unit and period that differ', () => {
  const Q1_2026 = quarter(2026, 1)

  it.each([
    // Same grade "not completed" (both under 50), scores 30 and 31: the score differs.
    ['a different score, the same grade', score('Ban A', Q1_2026, 31)],
    // Same score 30, grade "not completed" by B12 but given as "completed": the grade differs.
    ['a different grade, the same score', { ...score('Ban A', Q1_2026, 30), grade: 'completed' as const }],
    // 30 "not completed" then 95 "excellent": both differ.
    ['a different score and grade', score('Ban A', Q1_2026, 95)],
  ])('refuses %s, at the later one', (_, later) => {
    const history = [[score('Ban A', Q1_2026, 30)], [score('Ban B', Q1_2026, 30), later]]
    expect(failureOf(() => consecutiveNotCompleted(history))).toMatchObject({ code: 'invalid_input', path: ['history', 1, 1] })
  })

  it('cites, for a result listed twice under two profiles, the first listing, as explanationFlags does', () => {
    const Q4_2025 = quarter(2025, 4)
    // Ban A 30 ("not completed") in Q4 2025 and Q1 2026; its Q1 2026 result is listed twice, citing the
    // profiles "qc-a" then "qc-b" (Art. 18.4). One pair; both readers keep the first listing of a unit and
    // period, so the pair cites "qc-a". (That the first listing wins is the readers' choice, not a rule.)
    const history = [
      [score('Ban A', Q4_2025, 30)],
      [{ ...score('Ban A', Q1_2026, 30), citation: { regulation: 'qc-a' } }],
      [{ ...score('Ban A', Q1_2026, 30), citation: { regulation: 'qc-b' } }],
    ]
    expect(consecutiveNotCompleted(history).map((flag) => flag.citation.regulation)).toEqual(['qc-a'])
    expect(explanationFlags(history).map((flag) => flag.citation.regulation)).toEqual(['qc-a'])
  })

  it('takes the same unit and period listed twice with the same result', () => {
    const Q2_2026 = quarter(2026, 2)
    // Ban A 30 ("not completed") in Q1 2026, listed twice, and 10 in Q2 2026: one pair, reported once.
    const history = [[score('Ban A', Q1_2026, 30)], [score('Ban A', Q1_2026, 30), score('Ban A', Q2_2026, 10)]]
    expect(consecutiveNotCompleted(history).map((flag) => [flag.unit, ...flag.periods.map((period) => period.label.en)])).toEqual(
      [['Ban A', 'Q1 2026', 'Q2 2026']],
    )
  })
})
