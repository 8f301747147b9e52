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

export type ReportingDeadline = {
  readonly kind: ReportKind
  readonly year: number
  /** 1–12 for a monthly report; the quarter's last month for a quarterly one; 6 and 12 for the others. */
  readonly month: number
  /** 1–4 for a quarterly report. */
  readonly quarter: number | undefined
  /** The day the regulation names, before any move. */
  readonly date: string
  readonly due: DateTime
  readonly citation: Citation
}

export type ReportingDeadlinesOptions = {
  readonly calendar?: WorkingCalendar
  readonly nonWorkingDates?: ReportDateReading
}

const Year = z.int().check(z.minimum(1), z.maximum(9999))
const Reading = z.optional(z.enum(REPORT_DATE_READINGS))
const CITATION = cite(16, 2)

function day(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
}

/**
 * The report due dates of a year under Art. 16.2 — "before the 25th of the month and of the
 * quarter's last month, 25 June and 20 December each year": monthly and quarterly reports are due
 * at the end of the 24th; the 6-month report at the end of 25 June; the annual report at the end of
 * 20 December. Sorted by due instant, then in the order of REPORT_KINDS.
 *
 * @example
 * reportingDeadlines(2026).find((report) => report.kind === 'annual')?.due.toISO()
 * //=> '2026-12-20T23:59:59.999+07:00'
 */
export function reportingDeadlines(year: number, options: ReportingDeadlinesOptions = {}): readonly ReportingDeadline[] {
  const checkedYear = parseOrThrow(Year, year, 'invalid_input', ['year'])
  const reading = parseOrThrow(Reading, options.nonWorkingDates, 'invalid_input', ['options', 'nonWorkingDates']) ?? 'keep'
  const calendar = options.calendar ?? defaultCalendar()
  const report = (kind: ReportKind, month: number, dayOfMonth: number, quarter?: number): ReportingDeadline => {
    const date = day(checkedYear, month, dayOfMonth)
    const dueDay = reading === 'keep' ? date : calendar.previousWorkingDay(date, { inclusive: true })
    return Object.freeze({ kind, year: checkedYear, month, quarter, date, due: calendar.endOfDay(dueDay), citation: CITATION })
  }
  const reports: ReportingDeadline[] = []
  for (let month = 1; month <= 12; month += 1) {
    reports.push(report('monthly', month, 24))
    if (month % 3 === 0) reports.push(report('quarterly', month, 24, month / 3))
    if (month === 6) reports.push(report('half-year', 6, 25))
    if (month === 12) reports.push(report('annual', 12, 20))
  }
  const order = (kind: ReportKind): number => REPORT_KINDS.indexOf(kind)
  reports.sort((a, b) => a.due.toMillis() - b.due.toMillis() || order(a.kind) - order(b.kind))
  return Object.freeze(reports)
}
