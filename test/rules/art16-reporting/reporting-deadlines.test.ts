import { describe, expect, it } from 'vitest'
import { REPORT_KINDS, reportingDeadlines, vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

const calendar = vietnamCalendar()

describe('Art. 16.2 — khoản 2 Điều 16: report due dates', () => {
  const year2026 = reportingDeadlines(2026, { calendar })

  it('lists 12 monthly, 4 quarterly, 1 half-year and 1 annual report', () => {
    expect(REPORT_KINDS.map((kind) => year2026.filter((report) => report.kind === kind).length)).toEqual([12, 4, 1, 1])
  })

  it('makes a monthly report "before the 25th" due at the end of the 24th', () => {
    const march = year2026.find((report) => report.kind === 'monthly' && report.month === 3)
    expect(march?.due.toISO()).toBe('2026-03-24T23:59:59.999+07:00')
  })

  it("makes a quarterly report due at the end of the 24th of the quarter's last month", () => {
    expect(year2026.filter((report) => report.kind === 'quarterly').map((report) => [report.quarter, report.date])).toEqual([
      [1, '2026-03-24'],
      [2, '2026-06-24'],
      [3, '2026-09-24'],
      [4, '2026-12-24'],
    ])
  })

  it('reads "trước" (before) over the whole list (B11): the 6-month report due at the end of 24 June, the annual one at the end of 19 December', () => {
    const dues = year2026
      .filter((report) => report.kind === 'half-year' || report.kind === 'annual')
      .map((report) => [report.date, report.due.toISO()])
    // Wed 24/6/2026 and Sat 19/12/2026, kept as written by default.
    expect(dues).toEqual([
      ['2026-06-24', '2026-06-24T23:59:59.999+07:00'],
      ['2026-12-19', '2026-12-19T23:59:59.999+07:00'],
    ])
  })

  it('no longer puts the 6-month report after the June quarterly one: both are due at the end of 24 June 2026', () => {
    const june = year2026.filter((report) => report.month === 6).map((report) => `${report.kind} ${report.due.toISO()}`)
    expect(june).toEqual([
      'monthly 2026-06-24T23:59:59.999+07:00',
      'quarterly 2026-06-24T23:59:59.999+07:00',
      'half-year 2026-06-24T23:59:59.999+07:00',
    ])
  })

  it("reads 25 June and 20 December as the due days themselves with { halfYearAndAnnual: 'named-day' } (the first release)", () => {
    const dues = reportingDeadlines(2026, { calendar, halfYearAndAnnual: 'named-day' })
      .filter((report) => report.kind === 'half-year' || report.kind === 'annual')
      .map((report) => report.due.toISO())
    expect(dues).toEqual(['2026-06-25T23:59:59.999+07:00', '2026-12-20T23:59:59.999+07:00'])
  })

  it('moves the annual report of 2027 from Sunday 19 December to Friday 17 December with both options', () => {
    const annual = reportingDeadlines(2027, { calendar, nonWorkingDates: 'previous-working-day' }).find(
      (report) => report.kind === 'annual',
    )
    // 19/12/2027 is a Sunday, 18/12 a Saturday: the last working day before is Fri 17/12 (2027 provisional).
    expect([annual?.date, annual?.due.toISO()]).toEqual(['2027-12-19', '2027-12-17T23:59:59.999+07:00'])
  })

  it('keeps a date that falls on a weekend by default: Saturday 24 January 2026', () => {
    expect(year2026[0]?.due.toISO()).toBe('2026-01-24T23:59:59.999+07:00')
  })

  it("moves weekend dates to the previous working day with { nonWorkingDates: 'previous-working-day' }", () => {
    const moved = reportingDeadlines(2026, { calendar, nonWorkingDates: 'previous-working-day' })
      .filter((report) => report.date !== report.due.toISODate())
      .map((report) => `${report.kind} ${report.date} → ${report.due.toISODate()}`)
    // 24/1, 24/5, 24/10/2026 are Saturday or Sunday; 19/12/2026 is a Saturday.
    expect(moved).toEqual([
      'monthly 2026-01-24 → 2026-01-23',
      'monthly 2026-05-24 → 2026-05-22',
      'monthly 2026-10-24 → 2026-10-23',
      'annual 2026-12-19 → 2026-12-18',
    ])
  })

  it("names each report's period: 'YYYY-MM' for a month, 'YYYY-Qn' for a quarter, 'YYYY-H1' and 'YYYY'", () => {
    // 2026 in due order: Jan–Mar monthly (24/1, 24/2, 24/3), Q1 (24/3), Apr, May, Jun monthly, Q2 and H1 (all 24/6), …,
    // the annual report (19/12) before December's monthly and Q4 reports (24/12).
    expect(year2026.map((report) => report.period)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-Q1',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-Q2',
      '2026-H1',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-Q3',
      '2026-10',
      '2026-11',
      '2026',
      '2026-12',
      '2026-Q4',
    ])
  })

  it('sorts the reports by due instant', () => {
    const dues = year2026.map((report) => report.due.toMillis())
    expect(dues).toEqual([...dues].sort((a, b) => a - b))
  })

  it('cites Art. 16.2 on every report', () => {
    expect(new Set(year2026.map((report) => report.citation.en))).toEqual(new Set(['Art. 16.2']))
    expect(year2026[0]?.citation).toEqual({ article: 16, clause: 2, vi: 'khoản 2 Điều 16', en: 'Art. 16.2' })
  })

  it('freezes the result', () => {
    expect(Object.isFrozen(year2026)).toBe(true)
    expect(Object.isFrozen(year2026[0])).toBe(true)
  })

  it('refuses a year that is not a whole number', () => {
    const error = caught(() => reportingDeadlines(2026.5, { calendar }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['year']])
  })

  it('refuses an unknown reading of non-working dates', () => {
    const error = caught(() => reportingDeadlines(2026, { calendar, nonWorkingDates: 'next' as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'nonWorkingDates']])
  })

  it('refuses an unknown reading of "before" and a misspelt option', () => {
    const reading = caught(() => reportingDeadlines(2026, { calendar, halfYearAndAnnual: 'on' as never }))
    expect([reading.code, reading.path]).toEqual(['invalid_input', ['options', 'halfYearAndAnnual']])
    const misspelt = caught(() => reportingDeadlines(2026, { calendar, nonWorkingDate: 'keep' } as never))
    expect([misspelt.code, misspelt.path]).toEqual(['invalid_input', ['options', 'nonWorkingDate']])
  })

  it("knows no reporter option: the assignees' reports of Art. 15.1 are assigneeReportDeadlines'", () => {
    const error = caught(() => reportingDeadlines(2026, { calendar, reporter: 'assignees' } as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'reporter']])
  })
})
