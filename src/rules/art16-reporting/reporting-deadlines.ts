import type { DateTime } from 'luxon'
import * as z from 'zod/mini'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { type Citation, cite } from '../../core/citation.js'
import { parseOrThrow } from '../../core/validation.js'
import { defaultCalendar } from '../default-calendar.js'

/** The periodic reports of Art. 16.2, in the order of the clause. */
export const REPORT_KINDS = Object.freeze(['monthly', 'quarterly', 'half-year', 'annual'] as const)
export type ReportKind = (typeof REPORT_KINDS)[number]

/**
 * What happens to a report date that is not a working day:
 * - `'keep'` (default): the dates are fixed by the regulation, not periods counted in days;
 * - `'previous-working-day'`: the report is due at the end of the last working day before it.
 */
export const REPORT_DATE_READINGS = Object.freeze(['keep', 'previous-working-day'] as const)
export type ReportDateReading = (typeof REPORT_DATE_READINGS)[number]

/**
 * How "trước" (before) reads in "trước ngày 25 của tháng và tháng cuối quý, ngày 25/6 và ngày 20/12"
 * (B11):
 * - `'day-before'` (default): it governs the whole list: the 6-month report is due by the end of 24 June
 *   and the annual report by the end of 19 December, as the monthly ones by the end of the 24th;
 * - `'named-day'`: 25 June and 20 December are the due days themselves (the first release's reading,
 *   which put the 6-month report after the June quarterly one).
 */
export const HALF_YEAR_AND_ANNUAL_READINGS = Object.freeze(['day-before', 'named-day'] as const)
export type HalfYearAndAnnualReading = (typeof HALF_YEAR_AND_ANNUAL_READINGS)[number]

export type ReportingDeadline = {
  readonly kind: ReportKind
  readonly year: number
  /** 1–12 for a monthly report; the quarter's last month for a quarterly one; 6 and 12 for the others. */
  readonly month: number
  /** 1–4 for a quarterly report. */
  readonly quarter: number | undefined
  /** The due day the regulation's words give, before any move to a working day. */
  readonly date: string
  readonly due: DateTime
  readonly citation: Citation
}

export type ReportingDeadlinesOptions = {
  readonly calendar?: WorkingCalendar
  /** Default `'keep'`. */
  readonly nonWorkingDates?: ReportDateReading
  /** B11. Default `'day-before'`. */
  readonly halfYearAndAnnual?: HalfYearAndAnnualReading
}

const Year = z.int().check(z.minimum(1), z.maximum(9999))
const Options = z.strictObject({
  nonWorkingDates: z.optional(z.enum(REPORT_DATE_READINGS)),
  halfYearAndAnnual: z.optional(z.enum(HALF_YEAR_AND_ANNUAL_READINGS)),
})
const CITATION = cite(16, 2)

function day(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
}

/**
 * The report due dates of a year under Art. 16.2 — "before the 25th of the month and of the
 * quarter's last month, 25 June and 20 December each year": "before" governs the whole list (B11),
 * so monthly and quarterly reports are due at the end of the 24th, the 6-month report at the end of
 * 24 June and the annual report at the end of 19 December. Sorted by due instant, then in the order
 * of REPORT_KINDS.
 *
 * @example
 * reportingDeadlines(2026).find((report) => report.kind === 'annual')?.due.toISO()
 * //=> '2026-12-19T23:59:59.999+07:00'
 * reportingDeadlines(2026, { halfYearAndAnnual: 'named-day' }).find((report) => report.kind === 'annual')?.date
 * //=> '2026-12-20'
 */
export function reportingDeadlines(year: number, options: ReportingDeadlinesOptions = {}): readonly ReportingDeadline[] {
  const checkedYear = parseOrThrow(Year, year, 'invalid_input', ['year'])
  const { calendar: given, ...rest } = options
  const parsed = parseOrThrow(Options, rest, 'invalid_input', ['options'])
  const reading = parsed.nonWorkingDates ?? 'keep'
  const dayBefore = (parsed.halfYearAndAnnual ?? 'day-before') === 'day-before' ? 1 : 0
  const calendar = given ?? defaultCalendar()
  const report = (kind: ReportKind, month: number, dayOfMonth: number, quarter?: number): ReportingDeadline => {
    const date = day(checkedYear, month, dayOfMonth)
    const dueDay = reading === 'keep' ? date : calendar.previousWorkingDay(date, { inclusive: true })
    return Object.freeze({ kind, year: checkedYear, month, quarter, date, due: calendar.endOfDay(dueDay), citation: CITATION })
  }
  const reports: ReportingDeadline[] = []
  for (let month = 1; month <= 12; month += 1) {
    reports.push(report('monthly', month, 24))
    if (month % 3 === 0) reports.push(report('quarterly', month, 24, month / 3))
    if (month === 6) reports.push(report('half-year', 6, 25 - dayBefore))
    if (month === 12) reports.push(report('annual', 12, 20 - dayBefore))
  }
  const order = (kind: ReportKind): number => REPORT_KINDS.indexOf(kind)
  reports.sort((a, b) => a.due.toMillis() - b.due.toMillis() || order(a.kind) - order(b.kind))
  return Object.freeze(reports)
}
