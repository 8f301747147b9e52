import * as z from 'zod/mini'
import { cite } from '../../core/citation.js'
import { readerOf } from '../../core/reader.js'
import { dateTimeConverter } from '../../core/result-instants.js'
import { parseOrThrow } from '../../core/validation.js'
import { REPORT_DATE_READINGS } from '../../regulation/readings.js'
import {
  type ReportingDeadline,
  type ReportingDeadlineMillis,
  ReportingDeadlineMillis as ReportingDeadlineMillisSchema,
  ReportYear,
  reportDeadlinesOf,
} from '../art16-reporting/reporting-deadlines.js'
import {
  bindDefaults,
  CalendarOption,
  citing,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../context.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/** The options of `assigneeReportDeadlines`. */
export const AssigneeReportDeadlinesOptions = z.strictObject({
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its report days of Art. 15.1 (`reports.assignees`, B19) and its readings. */
  regulation: z.optional(RegulationOption),
  /** B19, as B11: a report day that is not a working day is kept (default) or moved to the working day before. */
  nonWorkingDates: z.optional(z.enum(REPORT_DATE_READINGS)),
})
export type AssigneeReportDeadlinesOptions = z.input<typeof AssigneeReportDeadlinesOptions>

const readOptions = readerOf(AssigneeReportDeadlinesOptions)
const toDateTimes = dateTimeConverter(z.readonly(z.array(ReportingDeadlineMillisSchema)))
const CITATION = cite(15, 1)

/**
 * The assignees' reports of a year under `context`, in epoch milliseconds: the profile's
 * `reports.assignees` days, citing Art. 15.1. `reportCompliance` checks the sent reports against them.
 */
export function assigneeDeadlinesOf(year: number, context: RuleContext): readonly ReportingDeadlineMillis[] {
  const { calendar, regulation } = context
  // The days of a profile are used as they stand: B11's reading of "trước" over 25 June and
  // 20 December is a reading of the words of 16.2, which 15.1 does not use.
  return reportDeadlinesOf(
    year,
    regulation.reports.assignees,
    citing(context, CITATION),
    calendar,
    regulation.readings.nonWorkingDates,
  )
}

/** `assigneeReportDeadlines` with its defaults given first: the entries bind them (`bindDefaults`). */
export function assigneeReportDeadlinesIn(
  defaults: RuleDefaults,
  year: number,
  options: AssigneeReportDeadlinesOptions = {},
): readonly ReportingDeadline[] {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const checkedYear = parseOrThrow(ReportYear, year, 'invalid_input', ['year'])
  return toDateTimes(assigneeDeadlinesOf(checkedYear, context), context.calendar) as readonly ReportingDeadline[]
}

/**
 * The due dates of a year of the reports the assignees send to the Central Party Office under
 * Art. 15.1 — "định kỳ hằng tháng, quý, 6 tháng, năm … gửi báo cáo về Văn phòng Trung ương Đảng để
 * tổng hợp". The text sets no day; the default reading (B19) makes each report due so that the
 * Office can report on time under 16.2: the monthly and quarterly reports by the end of the 20th of
 * the month, the 6-month report by the end of 20 June, the annual report by the end of 15 December;
 * fixed dates, kept on a day off unless `nonWorkingDates: 'previous-working-day'`. A profile sets
 * other days (`reports.assignees`, Art. 18.4). The items have the shape of `reportingDeadlines`',
 * each citing Art. 15.1 and naming its `period`; sorted by due instant, then in the order of REPORT_KINDS.
 *
 * @example
 * assigneeReportDeadlines(2026).find((report) => report.period === '2026-H1')?.due.toISO()
 * //=> '2026-06-20T23:59:59.999+07:00'
 * assigneeReportDeadlines(2026, { nonWorkingDates: 'previous-working-day' })
 *   .find((report) => report.period === '2026-Q4')?.due.toISODate()
 * //=> '2026-12-18'
 */
export const assigneeReportDeadlines = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, assigneeReportDeadlinesIn)
