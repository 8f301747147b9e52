import { describe, expect, it } from 'vitest'
import { defineRegulation, REGULATION_08_QC_TW, reportCompliance, type SentReport, vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

const calendar = vietnamCalendar()

// As of Wed 15 April 2026, 08:00 (+07:00). The 2026 due instants (B19) are the end of each 20th, of 20 June and
// of 15 December: 2026-01 → 20/1, 2026-02 → 20/2, 2026-03 and 2026-Q1 → 20/3, 2026-04 → 20/4, …
const asOf = '2026-04-15T08:00'
const sent: readonly SentReport[] = [
  // Before 20/1 23:59:59.999: on time.
  { kind: 'monthly', period: '2026-01', sentAt: '2026-01-19T10:00' },
  // Mon 23/2, after the end of 20/2 (kept on its Tết day off by default): late.
  { kind: 'monthly', period: '2026-02', sentAt: '2026-02-23T09:00' },
  // At its limit exactly, the end of 20/3: on time.
  { kind: 'quarterly', period: '2026-Q1', sentAt: '2026-03-20T23:59:59.999' },
  // After asOf: not known yet, so April's report is still due.
  { kind: 'monthly', period: '2026-04', sentAt: '2026-04-16T09:00' },
]
const result = reportCompliance(sent, { year: 2026, asOf, calendar })
const stateOf = (period: string) => {
  const report = result.reports.find((item) => item.period === period)
  return [report?.state, report?.sentAt?.toISO() ?? null]
}

describe('Art. 15.1, 15.4 — khoản 1 và khoản 4 Điều 15: the reports a unit sent, as of an instant', () => {
  it('marks a report sent by the end of its day met on time', () => {
    expect(stateOf('2026-01')).toEqual(['met-on-time', '2026-01-19T10:00:00.000+07:00'])
  })

  it('marks a report sent after its due instant met late', () => {
    expect(stateOf('2026-02')).toEqual(['met-late', '2026-02-23T09:00:00.000+07:00'])
  })

  it('marks a report sent at its due instant exactly met on time', () => {
    expect(stateOf('2026-Q1')).toEqual(['met-on-time', '2026-03-20T23:59:59.999+07:00'])
  })

  it('marks a report not sent by its due instant missed', () => {
    // March's monthly report was due by the end of 20/3; 15/4 is past it.
    expect(stateOf('2026-03')).toEqual(['missed', null])
  })

  it('marks a report whose period has started and whose due instant is ahead due; one sent after asOf is not known', () => {
    // April began on 1/4; its report is due by the end of 20/4; the one sent 16/4 comes after asOf.
    expect(stateOf('2026-04')).toEqual(['due', null])
    // Q2 (from 1/4), the 6-month report and the annual one (both from 1/1) are due too.
    expect([stateOf('2026-Q2')[0], stateOf('2026-H1')[0], stateOf('2026')[0]]).toEqual(['due', 'due', 'due'])
  })

  it('marks a report whose period has not started not yet due', () => {
    // May's report: its period starts on 1/5, after 15/4.
    expect(stateOf('2026-05')).toEqual(['not-yet-due', null])
    expect(stateOf('2026-Q3')[0]).toBe('not-yet-due')
  })

  it('lists every report of the year in the order of assigneeReportDeadlines, with its deadline fields', () => {
    expect(result.reports).toHaveLength(18)
    expect(result.reports[1]).toMatchObject({ kind: 'monthly', year: 2026, month: 2, period: '2026-02', date: '2026-02-20' })
    expect(result.reports[1]?.due.toISO()).toBe('2026-02-20T23:59:59.999+07:00')
    expect(result.reports[1]?.citation.en).toBe('Art. 15.1')
  })

  it('flags the late and the missing reports under Art. 15.4, at their due instants, sorted by them', () => {
    expect(result.flags.map((flag) => [flag.kind, flag.period, flag.at.toISO()])).toEqual([
      ['late-report', '2026-02', '2026-02-20T23:59:59.999+07:00'],
      ['missing-report', '2026-03', '2026-03-20T23:59:59.999+07:00'],
    ])
    expect(result.flags[0]?.citation).toEqual({ article: 15, clause: 4, vi: 'khoản 4 Điều 15', en: 'Art. 15.4' })
    expect(result.flags[0]?.reason.en).toBe(
      'the monthly report for 2026-02 was sent after its due time (Art. 15.1): a late report, to be explained in writing (Art. 15.4)',
    )
    expect(result.flags[1]?.reason.vi).toBe(
      'báo cáo tháng kỳ 2026-03 chưa được gửi khi đã quá thời hạn (khoản 1 Điều 15): chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)',
    )
  })

  it('orders flags due at one instant as the reports: the monthly report before the quarterly one', () => {
    const flags = reportCompliance([], { year: 2026, asOf: '2026-03-21T08:00', calendar }).flags
    // Nothing sent: 01 (20/1), 02 (20/2), 03 and Q1 (both 20/3) are missing.
    expect(flags.map((flag) => flag.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-Q1'])
  })

  it('meets a period sent twice by its first sending, whatever the order given', () => {
    const twice: SentReport[] = [
      { kind: 'monthly', period: '2026-02', sentAt: '2026-02-23T09:00' },
      { kind: 'monthly', period: '2026-02', sentAt: '2026-02-19T15:00' },
    ]
    for (const reports of [twice, [...twice].reverse()]) {
      const february = reportCompliance(reports, { year: 2026, asOf, calendar }).reports[1]
      expect([february?.state, february?.sentAt?.toISO()]).toEqual(['met-on-time', '2026-02-19T15:00:00.000+07:00'])
    }
  })

  it("moves the due day with { nonWorkingDates: 'previous-working-day' }: February's report of 19/2 is then late", () => {
    // 20/2/2026 is a Tết day off (16–20/2) and 14–15/2 a weekend: due by the end of Fri 13/2.
    const moved = reportCompliance([{ kind: 'monthly', period: '2026-02', sentAt: '2026-02-19T15:00' }], {
      year: 2026,
      asOf,
      calendar,
      nonWorkingDates: 'previous-working-day',
    })
    expect([moved.reports[1]?.state, moved.reports[1]?.due.toISO()]).toEqual(['met-late', '2026-02-13T23:59:59.999+07:00'])
  })

  it('takes the days of a profile, and its flags and reports name it', () => {
    const province = defineRegulation(REGULATION_08_QC_TW, {
      id: 'qc-tinh-uy-x-2026',
      name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
      issuedBy: 'Quy chế số 05-QC/TU của Ban Thường vụ Tỉnh ủy X',
      effectiveFrom: '2026-03-01',
      reports: { assignees: { monthly: { day: 18, before: false } } },
    })
    const reports = [{ kind: 'monthly', period: '2026-03', sentAt: '2026-03-19T09:00' }] as const
    // Under 08-QC/TW March's report is due by the end of 20/3: on time. Under the profile, by the end of 18/3: late.
    expect(reportCompliance(reports, { year: 2026, asOf, calendar }).reports[2]?.state).toBe('met-on-time')
    const underProfile = reportCompliance(reports, { year: 2026, asOf, calendar, regulation: province })
    expect(underProfile.reports[2]?.state).toBe('met-late')
    expect(underProfile.reports[2]?.citation.regulation).toBe('qc-tinh-uy-x-2026')
    const late = underProfile.flags.find((flag) => flag.period === '2026-03')
    expect([late?.kind, late?.citation.en, late?.citation.regulation]).toEqual(['late-report', 'Art. 15.4', 'qc-tinh-uy-x-2026'])
  })

  it('freezes the result', () => {
    expect([Object.isFrozen(result), Object.isFrozen(result.reports), Object.isFrozen(result.flags)]).toEqual([true, true, true])
    expect([Object.isFrozen(result.reports[0]), Object.isFrozen(result.flags[0])]).toEqual([true, true])
  })

  it('does not mutate the reports given', () => {
    const given = sent.map((report) => ({ ...report }))
    reportCompliance(given, { year: 2026, asOf, calendar })
    expect(given).toEqual(sent)
  })
})

describe('reportCompliance: invalid input', () => {
  it('refuses a report naming no period of the year of its kind, at its period', () => {
    const quarterAsMonth = caught(() =>
      reportCompliance(
        [
          { kind: 'monthly', period: '2026-01', sentAt: '2026-01-19T10:00' },
          { kind: 'quarterly', period: '2026-03', sentAt: '2026-03-19T10:00' },
        ],
        { year: 2026, asOf, calendar },
      ),
    )
    expect([quarterAsMonth.code, quarterAsMonth.path]).toEqual(['invalid_input', ['reports', 1, 'period']])
    expect(quarterAsMonth.message).toContain('the period is not one of the year’s periods of the report’s kind')
    const otherYear = caught(() =>
      reportCompliance([{ kind: 'monthly', period: '2025-12', sentAt: '2026-01-19T10:00' }], { year: 2026, asOf, calendar }),
    )
    expect([otherYear.code, otherYear.path]).toEqual(['invalid_input', ['reports', 0, 'period']])
    const malformed = caught(() =>
      reportCompliance([{ kind: 'monthly', period: '2026-1', sentAt: '2026-01-19T10:00' }], { year: 2026, asOf, calendar }),
    )
    expect([malformed.code, malformed.path]).toEqual(['invalid_input', ['reports', 0, 'period']])
  })

  it('refuses a report of an unknown kind, a bad instant or an unknown field, at its path', () => {
    const kind = caught(() =>
      reportCompliance([{ kind: 'weekly', period: '2026-01', sentAt: '2026-01-19T10:00' } as never], {
        year: 2026,
        asOf,
        calendar,
      }),
    )
    expect([kind.code, kind.path]).toEqual(['invalid_input', ['reports', 0, 'kind']])
    const instant = caught(() =>
      reportCompliance([{ kind: 'monthly', period: '2026-01', sentAt: 'soon' }], { year: 2026, asOf, calendar }),
    )
    expect([instant.code, instant.path]).toEqual(['invalid_input', ['reports', 0, 'sentAt']])
    const extra = caught(() =>
      reportCompliance([{ kind: 'monthly', period: '2026-01', sentAt: '2026-01-19T10:00', by: 'x' } as never], {
        year: 2026,
        asOf,
        calendar,
      }),
    )
    expect([extra.code, extra.path]).toEqual(['invalid_input', ['reports', 0, 'by']])
  })

  it('refuses a misspelt option, a missing year and a bad asOf', () => {
    const misspelt = caught(() => reportCompliance([], { year: 2026, asOf, calender: calendar } as never))
    expect([misspelt.code, misspelt.path]).toEqual(['invalid_input', ['options', 'calender']])
    const year = caught(() => reportCompliance([], { asOf, calendar } as never))
    expect([year.code, year.path]).toEqual(['invalid_input', ['options', 'year']])
    const badAsOf = caught(() => reportCompliance([], { year: 2026, asOf: 'now', calendar }))
    expect([badAsOf.code, badAsOf.path]).toEqual(['invalid_input', ['options', 'asOf']])
  })
})
