import * as z from 'zod/mini'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { CalendarDay, daysInMonth } from '../../core/calendar-day.js'
import { Citation, cite } from '../../core/citation.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { parseOrThrow } from '../../core/validation.js'
import { HALF_YEAR_AND_ANNUAL_READINGS, REPORT_DATE_READINGS, type ReportDateReading } from '../../regulation/readings.js'
import type { ReportDays } from '../../regulation/regulation.js'
import { bindDefaults, CalendarOption, citing, contextOf, RegulationOption, type RuleDefaults } from '../context.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/** The periodic reports of Art. 16.2 and 15.1, in the order of the clauses. */
export const REPORT_KINDS = Object.freeze(['monthly', 'quarterly', 'half-year', 'annual'] as const)
export type ReportKind = (typeof REPORT_KINDS)[number]

/**
 * The id of the period a report covers: `'2026-01'` (a month), `'2026-Q1'` (a quarter), `'2026-H1'`
 * (the first half-year), `'2026'` (the year).
 */
export const ReportPeriod = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-H1)?$/))

/** The fields of one report of a year and its due instant; `reportCompliance` adds its own to them. */
export function reportingDeadlineFields<Instant extends InstantSchema>(instant: Instant) {
  return {
    kind: z.enum(REPORT_KINDS),
    year: z.int().check(z.minimum(1), z.maximum(9999)),
    /** 1–12 for a monthly report; the quarter's last month for a quarterly one; 6 and 12 for the others. */
    month: z.int().check(z.minimum(1), z.maximum(12)),
    /** 1–4 for a quarterly report; absent otherwise. */
    quarter: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
    /** The period the report covers: `'2026-01'`, `'2026-Q1'`, `'2026-H1'`, `'2026'`. */
    period: ReportPeriod,
    /** The due day the regulation's words give, before any move to a working day. */
    date: CalendarDay,
    due: instant,
    citation: Citation,
  }
}

/** One report of a year and its due instant. */
export function reportingDeadlineSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(z.strictObject(reportingDeadlineFields(instant)))
}

export const ReportingDeadline = reportingDeadlineSchema(DateTimeValue)
export type ReportingDeadline = z.output<typeof ReportingDeadline>
export const ReportingDeadlineMillis = reportingDeadlineSchema(EpochMillis)
export type ReportingDeadlineMillis = z.output<typeof ReportingDeadlineMillis>

/** The options of `reportingDeadlines`. */
export const ReportingDeadlinesOptions = z.strictObject({
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its report days of Art. 16.2 (`reports.office`) and its readings of B11. */
  regulation: z.optional(RegulationOption),
  /** B11: a report day that is not a working day. */
  nonWorkingDates: z.optional(z.enum(REPORT_DATE_READINGS)),
  /** B11: "trước" over 25 June and 20 December too. */
  halfYearAndAnnual: z.optional(z.enum(HALF_YEAR_AND_ANNUAL_READINGS)),
})
export type ReportingDeadlinesOptions = z.input<typeof ReportingDeadlinesOptions>

const readOptions = readerOf(ReportingDeadlinesOptions)
const toDateTimes = dateTimeConverter(z.readonly(z.array(ReportingDeadlineMillis)))
export const ReportYear = z.int().check(z.minimum(1), z.maximum(9999))
const CITATION = cite(16, 2)

function day(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
}

/** The id of the period of a report (`ReportPeriod`). */
export function reportPeriodOf(kind: ReportKind, year: number, month: number): string {
  const yyyy = String(year).padStart(4, '0')
  switch (kind) {
    case 'monthly':
      return `${yyyy}-${String(month).padStart(2, '0')}`
    case 'quarterly':
      return `${yyyy}-Q${Math.ceil(month / 3)}`
    case 'half-year':
      return `${yyyy}-H1`
    case 'annual':
      return yyyy
  }
}

/**
 * The reports of `year` due on `days` (a profile's `reports.office` or `reports.assignees`), each
 * citing `citation`, in epoch milliseconds; a day that is not a working day is moved or kept as
 * `nonWorkingDates` reads it (B11, B19). Sorted by due instant, then in the order of REPORT_KINDS.
 * `reportingDeadlines` and `assigneeReportDeadlines` are this computation on their own days.
 */
export function reportDeadlinesOf(
  year: number,
  days: ReportDays,
  citation: Citation,
  calendar: WorkingCalendar,
  nonWorkingDates: ReportDateReading,
): readonly ReportingDeadlineMillis[] {
  // "Before" a day is by the end of the day before. A month's shorter end keeps the day within it.
  const dueDay = (month: number, named: number, before: boolean): string => {
    const dayOfMonth = Math.min(named - (before ? 1 : 0), daysInMonth(year, month))
    return day(year, month, Math.max(1, dayOfMonth))
  }
  const report = (kind: ReportKind, month: number, date: string): ReportingDeadlineMillis => {
    const due = nonWorkingDates === 'keep' ? date : calendar.previousWorkingDay(date, { inclusive: true })
    return Object.freeze({
      kind,
      year,
      month,
      ...(kind === 'quarterly' ? { quarter: month / 3 } : {}),
      period: reportPeriodOf(kind, year, month),
      date,
      due: calendar.millis.endOfDay(due),
      citation,
    })
  }
  const reports: ReportingDeadlineMillis[] = []
  for (let month = 1; month <= 12; month += 1) {
    reports.push(report('monthly', month, dueDay(month, days.monthly.day, days.monthly.before)))
    if (month % 3 === 0) reports.push(report('quarterly', month, dueDay(month, days.quarterly.day, days.quarterly.before)))
    if (month === days.halfYear.month) {
      reports.push(report('half-year', month, dueDay(month, days.halfYear.day, days.halfYear.before)))
    }
    if (month === days.annual.month) reports.push(report('annual', month, dueDay(month, days.annual.day, days.annual.before)))
  }
  const order = (kind: ReportKind): number => REPORT_KINDS.indexOf(kind)
  reports.sort((a, b) => a.due - b.due || order(a.kind) - order(b.kind))
  return Object.freeze(reports)
}

/** `reportingDeadlines` with its defaults given first: the entries bind them (`bindDefaults`). */
export function reportingDeadlinesIn(
  defaults: RuleDefaults,
  year: number,
  options: ReportingDeadlinesOptions = {},
): readonly ReportingDeadline[] {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const checkedYear = parseOrThrow(ReportYear, year, 'invalid_input', ['year'])
  const { calendar, regulation } = context
  const { office } = regulation.reports
  // For 25 June and 20 December, "before" holds only when "trước" governs the whole list (B11).
  const yearly = regulation.readings.halfYearAndAnnual === 'day-before'
  const days: ReportDays = {
    ...office,
    halfYear: { ...office.halfYear, before: office.halfYear.before && yearly },
    annual: { ...office.annual, before: office.annual.before && yearly },
  }
  const reports = reportDeadlinesOf(checkedYear, days, citing(context, CITATION), calendar, regulation.readings.nonWorkingDates)
  return toDateTimes(reports, calendar) as readonly ReportingDeadline[]
}

/**
 * The report due dates of a year under Art. 16.2 — "before the 25th of the month and of the
 * quarter's last month, 25 June and 20 December each year": "before" governs the whole list (B11),
 * so monthly and quarterly reports are due at the end of the 24th, the 6-month report at the end of
 * 24 June and the annual report at the end of 19 December. The Office's reports only: the
 * assignees' own reports of Art. 15.1 are `assigneeReportDeadlines`'. A profile sets other days
 * (`reports.office`, Art. 18.4). Each report names its `period` (`'2026-01'`, `'2026-Q1'`,
 * `'2026-H1'`, `'2026'`). Sorted by due instant, then in the order of REPORT_KINDS.
 *
 * @example
 * reportingDeadlines(2026).find((report) => report.kind === 'annual')?.due.toISO()
 * //=> '2026-12-19T23:59:59.999+07:00'
 * reportingDeadlines(2026, { halfYearAndAnnual: 'named-day' }).find((report) => report.kind === 'annual')?.date
 * //=> '2026-12-20'
 * reportingDeadlines(2026).find((report) => report.kind === 'quarterly')?.period
 * //=> '2026-Q1'
 */
export const reportingDeadlines = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, reportingDeadlinesIn)
