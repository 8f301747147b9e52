import fc from 'fast-check'
import { assigneeReportDeadlines, type SentReport, vietnamCalendar, type WorkingCalendar } from '../index.js'
import { CHECKS, readKitOptions } from './kit-options.js'

export type SentReportsArbitraryOptions = {
  /** The year the reports are of; default 2026. */
  readonly year?: number
  /** Default `vietnamCalendar()`. */
  readonly calendar?: WorkingCalendar
}

const HOUR = 3_600_000

const SENT_REPORTS_OPTIONS = Object.freeze({ year: CHECKS.wholeBetween(2000, 2100), calendar: CHECKS.calendar })

/**
 * A unit's sent reports of Art. 15.1 for a year, as `reportCompliance` takes them: for each report the
 * year requires (`assigneeReportDeadlines`), none, one or two sendings, each up to a week before its
 * due instant or up to three weeks after it (a late report, Art. 15.4), in any order. Every period named
 * is one of the year's, so `reportCompliance` accepts every value; a failing property shrinks towards no
 * report at all.
 */
export function sentReportsArbitrary(input: SentReportsArbitraryOptions = {}): fc.Arbitrary<readonly SentReport[]> {
  const options = readKitOptions<SentReportsArbitraryOptions>(input, SENT_REPORTS_OPTIONS)
  const calendar = options.calendar ?? vietnamCalendar()
  const required = assigneeReportDeadlines(options.year ?? 2026, { calendar })
  // Hours from the due instant: up to a week early, or up to three weeks late.
  const offset = fc.integer({ min: -7 * 24, max: 21 * 24 })
  const sendings = required.map((report) =>
    fc.array(offset, { maxLength: 2 }).map((offsets) =>
      offsets.map(
        (hours): SentReport => ({
          kind: report.kind,
          period: report.period,
          sentAt: calendar.toDateTime(report.due.toMillis() + hours * HOUR).toISO() as string,
        }),
      ),
    ),
  )
  return fc
    .tuple(...sendings)
    .chain((lists) => fc.shuffledSubarray(lists.flat(), { minLength: lists.flat().length }))
    .map((reports) => Object.freeze(reports))
}
