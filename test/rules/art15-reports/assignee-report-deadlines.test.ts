import { describe, expect, it } from 'vitest'
import { assigneeReportDeadlines, defineRegulation, REGULATION_08_QC_TW, vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

const calendar = vietnamCalendar()

/** `period date due-day` of each report, in the order returned. */
function calendarOf(year: number, options: Parameters<typeof assigneeReportDeadlines>[1] = {}): string[] {
  return assigneeReportDeadlines(year, { calendar, ...options }).map(
    (report) => `${report.period} ${report.date} ${report.due.toISODate()}`,
  )
}

describe('Art. 15.1 — khoản 1 Điều 15, B19: the assignees’ report due dates', () => {
  it('gives the full 2026 calendar: the 20th of each month, 20 June, 15 December; fixed dates, kept as written', () => {
    // B19 default: monthly and quarterly by the end of the 20th; the 6-month report by the end of 20 June;
    // the annual one by the end of 15 December. Fixed dates: a day off keeps its date (Fri 20/2 is a Tết day
    // off, Sat 20/6, Sun 20/9 and Sun 20/12 are weekend days; all stay). Same-instant reports follow
    // REPORT_KINDS: monthly, quarterly, half-year; the annual report (15/12) comes before December's (20/12).
    expect(calendarOf(2026)).toEqual([
      '2026-01 2026-01-20 2026-01-20', // Tue
      '2026-02 2026-02-20 2026-02-20', // Fri, Tết day off (16–20/2), kept
      '2026-03 2026-03-20 2026-03-20', // Fri
      '2026-Q1 2026-03-20 2026-03-20', // Q1's last month is March
      '2026-04 2026-04-20 2026-04-20', // Mon
      '2026-05 2026-05-20 2026-05-20', // Wed
      '2026-06 2026-06-20 2026-06-20', // Sat, kept
      '2026-Q2 2026-06-20 2026-06-20',
      '2026-H1 2026-06-20 2026-06-20', // the 6-month report: 20 June
      '2026-07 2026-07-20 2026-07-20', // Mon
      '2026-08 2026-08-20 2026-08-20', // Thu
      '2026-09 2026-09-20 2026-09-20', // Sun, kept
      '2026-Q3 2026-09-20 2026-09-20',
      '2026-10 2026-10-20 2026-10-20', // Tue
      '2026-11 2026-11-20 2026-11-20', // Fri
      '2026 2026-12-15 2026-12-15', // the annual report: Tue 15 December
      '2026-12 2026-12-20 2026-12-20', // Sun, kept
      '2026-Q4 2026-12-20 2026-12-20',
    ])
  })

  it('gives the full 2027 calendar the same way (2027 provisional: no schedule announced)', () => {
    expect(calendarOf(2027)).toEqual([
      '2027-01 2027-01-20 2027-01-20', // Wed
      '2027-02 2027-02-20 2027-02-20', // Sat, kept
      '2027-03 2027-03-20 2027-03-20', // Sat, kept
      '2027-Q1 2027-03-20 2027-03-20',
      '2027-04 2027-04-20 2027-04-20', // Tue
      '2027-05 2027-05-20 2027-05-20', // Thu
      '2027-06 2027-06-20 2027-06-20', // Sun, kept
      '2027-Q2 2027-06-20 2027-06-20',
      '2027-H1 2027-06-20 2027-06-20',
      '2027-07 2027-07-20 2027-07-20', // Tue
      '2027-08 2027-08-20 2027-08-20', // Fri
      '2027-09 2027-09-20 2027-09-20', // Mon
      '2027-Q3 2027-09-20 2027-09-20',
      '2027-10 2027-10-20 2027-10-20', // Wed
      '2027-11 2027-11-20 2027-11-20', // Sat, kept
      '2027 2027-12-15 2027-12-15', // Wed 15 December
      '2027-12 2027-12-20 2027-12-20', // Mon
      '2027-Q4 2027-12-20 2027-12-20',
    ])
  })

  it('makes each report due at the end of its day in Asia/Ho_Chi_Minh, citing Art. 15.1', () => {
    const reports = assigneeReportDeadlines(2026, { calendar })
    expect(reports[0]?.due.toISO()).toBe('2026-01-20T23:59:59.999+07:00')
    expect(reports.find((report) => report.period === '2026')?.due.toISO()).toBe('2026-12-15T23:59:59.999+07:00')
    expect(reports.find((report) => report.period === '2026-Q2')).toMatchObject({ kind: 'quarterly', month: 6, quarter: 2 })
    for (const report of reports) {
      expect(report.citation).toEqual({ article: 15, clause: 1, vi: 'khoản 1 Điều 15', en: 'Art. 15.1' })
    }
  })

  it("moves a day off to the working day before with { nonWorkingDates: 'previous-working-day' } (2026)", () => {
    const moved = calendarOf(2026, { nonWorkingDates: 'previous-working-day' }).filter((line) => {
      const [, date, due] = line.split(' ')
      return date !== due
    })
    expect(moved).toEqual([
      // Fri 20/2 is in the Tết break (weekdays 16–20/2, Sat–Sun 14–15/2 before it): Fri 13/2.
      '2026-02 2026-02-20 2026-02-13',
      // Sat 20/6 → Fri 19/6, for the monthly, Q2 and 6-month reports.
      '2026-06 2026-06-20 2026-06-19',
      '2026-Q2 2026-06-20 2026-06-19',
      '2026-H1 2026-06-20 2026-06-19',
      // Sun 20/9 → Fri 18/9.
      '2026-09 2026-09-20 2026-09-18',
      '2026-Q3 2026-09-20 2026-09-18',
      // Sun 20/12 → Fri 18/12; the annual report's Tue 15/12 is a working day and stays.
      '2026-12 2026-12-20 2026-12-18',
      '2026-Q4 2026-12-20 2026-12-18',
    ])
  })

  it("moves the weekend days of 2027 to the Friday before with { nonWorkingDates: 'previous-working-day' }", () => {
    const moved = calendarOf(2027, { nonWorkingDates: 'previous-working-day' }).filter((line) => {
      const [, date, due] = line.split(' ')
      return date !== due
    })
    expect(moved).toEqual([
      // Sat 20/2 → Fri 19/2 (the provisional Tết block is 4–10/2, well before).
      '2027-02 2027-02-20 2027-02-19',
      // Sat 20/3 → Fri 19/3.
      '2027-03 2027-03-20 2027-03-19',
      '2027-Q1 2027-03-20 2027-03-19',
      // Sun 20/6 → Fri 18/6 (Sat 19/6 is no working day either).
      '2027-06 2027-06-20 2027-06-18',
      '2027-Q2 2027-06-20 2027-06-18',
      '2027-H1 2027-06-20 2027-06-18',
      // Sat 20/11 → Fri 19/11.
      '2027-11 2027-11-20 2027-11-19',
    ])
  })

  it('takes the days of a profile, and every citation names it', () => {
    const province = defineRegulation(REGULATION_08_QC_TW, {
      id: 'qc-tinh-uy-x-2026',
      name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
      issuedBy: 'Quy chế số 05-QC/TU của Ban Thường vụ Tỉnh ủy X',
      effectiveFrom: '2026-03-01',
      reports: { assignees: { monthly: { day: 18, before: false } } },
    })
    const reports = assigneeReportDeadlines(2026, { calendar, regulation: province })
    // Monthly reports by the end of the 18th; the quarterly ones keep the 20th.
    expect(reports.filter((report) => report.month === 3).map((report) => `${report.period} ${report.date}`)).toEqual([
      '2026-03 2026-03-18',
      '2026-Q1 2026-03-20',
    ])
    expect(new Set(reports.map((report) => report.citation.regulation))).toEqual(new Set(['qc-tinh-uy-x-2026']))
  })

  it('freezes the result', () => {
    const reports = assigneeReportDeadlines(2026, { calendar })
    expect([Object.isFrozen(reports), Object.isFrozen(reports[0])]).toEqual([true, true])
  })

  it('refuses a year that is not a whole number, and options it does not take', () => {
    expect(caught(() => assigneeReportDeadlines(2026.5, { calendar }))).toMatchObject({ code: 'invalid_input', path: ['year'] })
    // B11's reading of "trước" over 25/6 and 20/12 is a reading of 16.2's words: not an option here.
    const yearly = caught(() => assigneeReportDeadlines(2026, { calendar, halfYearAndAnnual: 'named-day' } as never))
    expect([yearly.code, yearly.path]).toEqual(['invalid_input', ['options', 'halfYearAndAnnual']])
    const misspelt = caught(() => assigneeReportDeadlines(2026, { calendar, nonWorkingDate: 'keep' } as never))
    expect([misspelt.code, misspelt.path]).toEqual(['invalid_input', ['options', 'nonWorkingDate']])
  })
})
