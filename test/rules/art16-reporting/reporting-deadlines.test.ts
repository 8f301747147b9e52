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
})

describe("Art. 15.1 — khoản 1 Điều 15, B19: the assignees' own reports, reportingDeadlines(year, { reporter: 'assignees' })", () => {
  const assignees2026 = reportingDeadlines(2026, { calendar, reporter: 'assignees' })
  const dayOf = (report: (typeof assignees2026)[number]) => report.due.toISODate()

  it('lists 12 monthly, 4 quarterly, 1 half-year and 1 annual report, each citing Art. 15.1', () => {
    expect(REPORT_KINDS.map((kind) => assignees2026.filter((report) => report.kind === kind).length)).toEqual([12, 4, 1, 1])
    for (const report of assignees2026) {
      expect(report.citation).toEqual({ article: 15, clause: 1, vi: 'khoản 1 Điều 15', en: 'Art. 15.1' })
    }
  })

  it('makes every monthly and quarterly report due at the end of the 20th, fixed dates, not moved (B19 default)', () => {
    // The 20th of each month of 2026; Fri 20 Feb is a Tết day off (Thông báo 9441/TB-BNV: 16–20/2), Sat 20 Jun,
    // Sun 20 Sep and Sun 20 Dec are weekend days: each stays, as B19's default keeps the named date.
    const monthly = assignees2026.filter((report) => report.kind === 'monthly')
    expect(monthly.map(dayOf)).toEqual([
      '2026-01-20',
      '2026-02-20',
      '2026-03-20',
      '2026-04-20',
      '2026-05-20',
      '2026-06-20',
      '2026-07-20',
      '2026-08-20',
      '2026-09-20',
      '2026-10-20',
      '2026-11-20',
      '2026-12-20',
    ])
    expect(monthly[0]?.due.toISO()).toBe('2026-01-20T23:59:59.999+07:00')
    const quarterly = assignees2026.filter((report) => report.kind === 'quarterly')
    expect(quarterly.map((report) => [report.quarter, report.date])).toEqual([
      [1, '2026-03-20'],
      [2, '2026-06-20'],
      [3, '2026-09-20'],
      [4, '2026-12-20'],
    ])
  })

  it('makes the 6-month report due at the end of 20 June and the annual one at the end of 15 December, whatever the reading of "trước"', () => {
    for (const halfYearAndAnnual of ['day-before', 'named-day'] as const) {
      const reports = reportingDeadlines(2026, { calendar, reporter: 'assignees', halfYearAndAnnual })
      expect(
        reports.filter((report) => report.kind === 'half-year' || report.kind === 'annual').map((report) => report.due.toISO()),
      ).toEqual(['2026-06-20T23:59:59.999+07:00', '2026-12-15T23:59:59.999+07:00'])
    }
  })

  it("moves a day that is not a working day to the working day before with { nonWorkingDates: 'previous-working-day' }", () => {
    // Fri 20 Feb (Tết, off 16–20/2; 14–15 a weekend) → Fri 13 Feb; Sat 20 Jun → Fri 19 Jun; Sun 20 Sep → Fri 18 Sep;
    // Sun 20 Dec → Fri 18 Dec; Tue 15 Dec is a working day and stays.
    const moved = reportingDeadlines(2026, { calendar, reporter: 'assignees', nonWorkingDates: 'previous-working-day' })
    const byKind = (kind: string) => moved.filter((report) => report.kind === kind).map(dayOf)
    expect(byKind('monthly').filter((day, index) => day !== `2026-${String(index + 1).padStart(2, '0')}-20`)).toEqual([
      '2026-02-13',
      '2026-06-19',
      '2026-09-18',
      '2026-12-18',
    ])
    expect(byKind('quarterly')).toEqual(['2026-03-20', '2026-06-19', '2026-09-18', '2026-12-18'])
    expect(byKind('half-year')).toEqual(['2026-06-19'])
    expect(byKind('annual')).toEqual(['2026-12-15'])
  })

  it("gives the Office's dates of Art. 16.2 with reporter: 'office', the default", () => {
    expect(reportingDeadlines(2026, { calendar, reporter: 'office' })).toEqual(reportingDeadlines(2026, { calendar }))
  })

  it('refuses an unknown reporter, naming the option', () => {
    expect(caught(() => reportingDeadlines(2026, { calendar, reporter: 'units' as 'office' }))).toMatchObject({
      code: 'invalid_input',
      path: ['options', 'reporter'],
    })
  })
})
