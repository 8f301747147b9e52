import { describe, expect, it } from 'vitest'
import { type EvaluationPeriod, halfYear, nextPeriod, PERIOD_KINDS, PeriodOptions, quarter, year } from '../../src/index.js'
import { caught } from '../support/caught.js'

// Art. 17.1(b): results are evaluated by quarter, by six months and by year. Every expected day is
// written by hand from the civil calendar (docs/regulation/article-17.md, Periods).

const CITATION = { article: 17, clause: 1, point: 'b', vi: 'điểm b khoản 1 Điều 17', en: 'Art. 17.1(b)' }

function days(period: EvaluationPeriod) {
  return { from: period.from, to: period.to }
}

describe('PERIOD_KINDS', () => {
  it('lists the three kinds of Art. 17.1(b), frozen', () => {
    expect(PERIOD_KINDS).toEqual(['quarter', 'half-year', 'year'])
    expect(Object.isFrozen(PERIOD_KINDS)).toBe(true)
  })
})

describe('quarter — Art. 17.1(b)', () => {
  it('gives every quarter of 2026 exactly, with its labels and citation', () => {
    expect(quarter(2026, 1)).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 1,
      from: '2026-01-01',
      to: '2026-03-31',
      label: { vi: 'quý I năm 2026', en: 'Q1 2026' },
      citation: CITATION,
    })
    expect(quarter(2026, 2)).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 2,
      from: '2026-04-01',
      to: '2026-06-30',
      label: { vi: 'quý II năm 2026', en: 'Q2 2026' },
      citation: CITATION,
    })
    expect(quarter(2026, 3)).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 3,
      from: '2026-07-01',
      to: '2026-09-30',
      label: { vi: 'quý III năm 2026', en: 'Q3 2026' },
      citation: CITATION,
    })
    expect(quarter(2026, 4)).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 4,
      from: '2026-10-01',
      to: '2026-12-31',
      label: { vi: 'quý IV năm 2026', en: 'Q4 2026' },
      citation: CITATION,
    })
  })

  it('has no cutOffDay field without the option', () => {
    expect('cutOffDay' in quarter(2026, 1)).toBe(false)
  })

  it('does not depend on leap years: Q1 ends on 31 March in 2024, 2025 and 2028', () => {
    expect(days(quarter(2024, 1))).toEqual({ from: '2024-01-01', to: '2024-03-31' })
    expect(days(quarter(2025, 1))).toEqual({ from: '2025-01-01', to: '2025-03-31' })
    expect(days(quarter(2028, 1))).toEqual({ from: '2028-01-01', to: '2028-03-31' })
  })

  it('accepts the years 2000 and 2100, the ends of its range', () => {
    expect(days(quarter(2000, 1))).toEqual({ from: '2000-01-01', to: '2000-03-31' })
    expect(days(quarter(2100, 4))).toEqual({ from: '2100-10-01', to: '2100-12-31' })
  })

  it('with cutOffDay 14 ends each quarter on the 14th of its last month and starts it the day after the previous one', () => {
    expect(quarter(2026, 1, { cutOffDay: 14 })).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 1,
      from: '2025-12-15',
      to: '2026-03-14',
      cutOffDay: 14,
      label: { vi: 'quý I năm 2026 (kỳ số liệu 15/12/2025 – 14/03/2026)', en: 'Q1 2026 (data period 2025-12-15 to 2026-03-14)' },
      citation: CITATION,
    })
    expect(days(quarter(2026, 2, { cutOffDay: 14 }))).toEqual({ from: '2026-03-15', to: '2026-06-14' })
    expect(days(quarter(2026, 3, { cutOffDay: 14 }))).toEqual({ from: '2026-06-15', to: '2026-09-14' })
    expect(days(quarter(2026, 4, { cutOffDay: 14 }))).toEqual({ from: '2026-09-15', to: '2026-12-14' })
  })

  it('with cutOffDay 28 (the largest) keeps February whole in any year, leap or not', () => {
    expect(days(quarter(2028, 1, { cutOffDay: 28 }))).toEqual({ from: '2027-12-29', to: '2028-03-28' })
    expect(days(quarter(2027, 1, { cutOffDay: 28 }))).toEqual({ from: '2026-12-29', to: '2027-03-28' })
    expect(days(quarter(2028, 2, { cutOffDay: 28 }))).toEqual({ from: '2028-03-29', to: '2028-06-28' })
  })

  it('with cutOffDay 1 runs from the 2nd of the month before', () => {
    expect(days(quarter(2026, 1, { cutOffDay: 1 }))).toEqual({ from: '2025-12-02', to: '2026-03-01' })
  })

  it('is deeply frozen', () => {
    const period = quarter(2026, 1, { cutOffDay: 14 })
    expect(Object.isFrozen(period)).toBe(true)
    expect(Object.isFrozen(period.label)).toBe(true)
    expect(Object.isFrozen(period.citation)).toBe(true)
  })
})

describe('halfYear — Art. 17.1(b), the six-month evaluation', () => {
  it('is the first six months of the year', () => {
    expect(halfYear(2026)).toEqual({
      kind: 'half-year',
      year: 2026,
      index: 1,
      from: '2026-01-01',
      to: '2026-06-30',
      label: { vi: '6 tháng đầu năm 2026', en: 'first half of 2026' },
      citation: CITATION,
    })
    expect(days(halfYear(2028))).toEqual({ from: '2028-01-01', to: '2028-06-30' })
  })

  it('with cutOffDay 14 runs from 15 December to 14 June', () => {
    expect(halfYear(2026, { cutOffDay: 14 })).toEqual({
      kind: 'half-year',
      year: 2026,
      index: 1,
      from: '2025-12-15',
      to: '2026-06-14',
      cutOffDay: 14,
      label: {
        vi: '6 tháng đầu năm 2026 (kỳ số liệu 15/12/2025 – 14/06/2026)',
        en: 'first half of 2026 (data period 2025-12-15 to 2026-06-14)',
      },
      citation: CITATION,
    })
  })
})

describe('year — Art. 17.1(b)', () => {
  it('is the whole year', () => {
    expect(year(2026)).toEqual({
      kind: 'year',
      year: 2026,
      index: 1,
      from: '2026-01-01',
      to: '2026-12-31',
      label: { vi: 'năm 2026', en: '2026' },
      citation: CITATION,
    })
    expect(days(year(2028))).toEqual({ from: '2028-01-01', to: '2028-12-31' })
  })

  it('with cutOffDay 14 runs from 15 December 2025 to 14 December 2026', () => {
    expect(year(2026, { cutOffDay: 14 })).toEqual({
      kind: 'year',
      year: 2026,
      index: 1,
      from: '2025-12-15',
      to: '2026-12-14',
      cutOffDay: 14,
      label: { vi: 'năm 2026 (kỳ số liệu 15/12/2025 – 14/12/2026)', en: '2026 (data period 2025-12-15 to 2026-12-14)' },
      citation: CITATION,
    })
  })
})

describe('nextPeriod', () => {
  it('steps quarter by quarter, Q4 into Q1 of the next year', () => {
    expect(nextPeriod(quarter(2025, 4))).toEqual(quarter(2026, 1))
    expect(nextPeriod(quarter(2026, 1))).toEqual(quarter(2026, 2))
    expect(nextPeriod(quarter(2026, 2))).toEqual(quarter(2026, 3))
    expect(nextPeriod(quarter(2026, 3))).toEqual(quarter(2026, 4))
  })

  it('steps a half-year and a year to the same period of the next year', () => {
    expect(nextPeriod(halfYear(2025))).toEqual(halfYear(2026))
    expect(nextPeriod(year(2025))).toEqual(year(2026))
  })

  it('keeps the cut-off day, and a cut-off period starts the day after the previous one ends', () => {
    const q4 = quarter(2025, 4, { cutOffDay: 14 })
    const next = nextPeriod(q4)
    expect(next).toEqual(quarter(2026, 1, { cutOffDay: 14 }))
    expect(days(q4)).toEqual({ from: '2025-09-15', to: '2025-12-14' })
    expect(next.from).toBe('2025-12-15')
    expect(nextPeriod(year(2025, { cutOffDay: 14 }))).toEqual(year(2026, { cutOffDay: 14 }))
    expect(nextPeriod(halfYear(2025, { cutOffDay: 14 }))).toEqual(halfYear(2026, { cutOffDay: 14 }))
  })

  it('leaves no day out and counts none twice across a year of consecutive quarters', () => {
    for (const options of [{}, { cutOffDay: 14 }, { cutOffDay: 28 }]) {
      let period = quarter(2025, 4, options)
      for (let step = 0; step < 5; step += 1) {
        const next = nextPeriod(period)
        const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
        expect(next.from).toBe(dayAfter)
        period = next
      }
    }
  })
})

describe('invalid periods — invalid_input at the bad argument', () => {
  it.each([1999, 2101, 2026.5, Number.NaN, '2026', null])('refuses the year %s at ["year"]', (bad) => {
    for (const run of [() => quarter(bad as never, 1), () => halfYear(bad as never), () => year(bad as never)]) {
      const error = caught(run)
      expect(error.code).toBe('invalid_input')
      expect(error.path).toEqual(['year'])
    }
  })

  it.each([0, 5, 1.5, '1', undefined])('refuses the quarter %s at ["quarter"]', (bad) => {
    const error = caught(() => quarter(2026, bad as never))
    expect(error.code).toBe('invalid_input')
    expect(error.path).toEqual(['quarter'])
  })

  it.each([0, 29, 31, 14.5, '14'])('refuses the cut-off day %s at ["options", "cutOffDay"]', (bad) => {
    for (const run of [
      () => quarter(2026, 1, { cutOffDay: bad as never }),
      () => halfYear(2026, { cutOffDay: bad as never }),
      () => year(2026, { cutOffDay: bad as never }),
    ]) {
      const error = caught(run)
      expect(error.code).toBe('invalid_input')
      expect(error.path).toEqual(['options', 'cutOffDay'])
    }
  })

  it('refuses an unknown option at its own path', () => {
    const error = caught(() => quarter(2026, 1, { cutoff: 14 } as never))
    expect(error.code).toBe('invalid_input')
    expect(error.path).toEqual(['options', 'cutoff'])
  })

  it('checks the options first, then the year, then the quarter: a programmer error never depends on the data', () => {
    expect(caught(() => quarter(1999, 9, { cutOffDay: 40 })).path).toEqual(['options', 'cutOffDay'])
    expect(caught(() => quarter(1999, 9, { cutOffDay: 14 })).path).toEqual(['year'])
    expect(caught(() => quarter(2026, 9, { cutOffDay: 14 })).path).toEqual(['quarter'])
  })

  it('exports PeriodOptions, the schema of the options', () => {
    expect(PeriodOptions.safeParse({ cutOffDay: 14 }).success).toBe(true)
    expect(PeriodOptions.safeParse({ cutOffDay: 29 }).success).toBe(false)
  })
})
