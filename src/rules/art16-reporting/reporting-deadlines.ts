import * as z from 'zod/mini'
import { CalendarDay, daysInMonth } from '../../core/calendar-day.js'
import { Citation, cite } from '../../core/citation.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { parseOrThrow } from '../../core/validation.js'
import { HALF_YEAR_AND_ANNUAL_READINGS, REPORT_DATE_READINGS } from '../../regulation/readings.js'
import { bindDefaults, CalendarOption, citing, contextOf, RegulationOption, type RuleDefaults } from '../context.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/** The periodic reports of Art. 16.2, in the order of the clause. */
export const REPORT_KINDS = Object.freeze(['monthly', 'quarterly', 'half-year', 'annual'] as const)
export type ReportKind = (typeof REPORT_KINDS)[number]

/**
 * Who reports: the Central Party Office to the Secretariat (Art. 16.2), or an assignee to the Office
 * (Art. 15.1, whose days the text leaves to the profile: B19).
 */
export const REPORTERS = Object.freeze(['office', 'assignees'] as const)
export type Reporter = (typeof REPORTERS)[number]

/** One report of a year and its due instant. */
export function reportingDeadlineSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      kind: z.enum(REPORT_KINDS),
      year: z.int().check(z.minimum(1), z.maximum(9999)),
      /** 1–12 for a monthly report; the quarter's last month for a quarterly one; 6 and 12 for the others. */
      month: z.int().check(z.minimum(1), z.maximum(12)),
      /** 1–4 for a quarterly report; absent otherwise. */
      quarter: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
      /** The due day the regulation's words give, before any move to a working day. */
      date: CalendarDay,
      due: instant,
      citation: Citation,
    }),
  )
}

export const ReportingDeadline = reportingDeadlineSchema(DateTimeValue)
export type ReportingDeadline = z.output<typeof ReportingDeadline>
export const ReportingDeadlineMillis = reportingDeadlineSchema(EpochMillis)
export type ReportingDeadlineMillis = z.output<typeof ReportingDeadlineMillis>

/** The options of `reportingDeadlines`. */
export const ReportingDeadlinesOptions = z.strictObject({
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its report days (Art. 16.2, 15.1) and its readings of B11. */
  regulation: z.optional(RegulationOption),
  /** Whose reports: the Office's of Art. 16.2 (default) or the assignees' of Art. 15.1 (B19). */
  reporter: z.optional(z.enum(REPORTERS)),
  /** B11: a report day that is not a working day. */
  nonWorkingDates: z.optional(z.enum(REPORT_DATE_READINGS)),
  /** B11: "trước" over 25 June and 20 December too. */
  halfYearAndAnnual: z.optional(z.enum(HALF_YEAR_AND_ANNUAL_READINGS)),
})
export type ReportingDeadlinesOptions = z.input<typeof ReportingDeadlinesOptions>

const readOptions = readerOf(ReportingDeadlinesOptions)
const toDateTimes = dateTimeConverter(z.readonly(z.array(ReportingDeadlineMillis)))
const Year = z.int().check(z.minimum(1), z.maximum(9999))
const CITATIONS: Readonly<Record<Reporter, Citation>> = Object.freeze({ office: cite(16, 2), assignees: cite(15, 1) })

function day(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
}

/** `reportingDeadlines` with its defaults given first: the entries bind them (`bindDefaults`). */
export function reportingDeadlinesIn(
  defaults: RuleDefaults,
  year: number,
  options: ReportingDeadlinesOptions = {},
): readonly ReportingDeadline[] {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const checkedYear = parseOrThrow(Year, year, 'invalid_input', ['year'])
  const { calendar, regulation } = context
  const reporter = read.reporter ?? 'office'
  const days = regulation.reports[reporter]
  const { nonWorkingDates, halfYearAndAnnual } = regulation.readings
  const citation = citing(context, CITATIONS[reporter])
  // "Before" a day is by the end of the day before; for 25 June and 20 December, only when "trước"
  // governs the whole list (B11). A month's shorter end keeps the day within it.
  const dueDay = (month: number, named: number, before: boolean): string => {
    const dayOfMonth = Math.min(named - (before ? 1 : 0), daysInMonth(checkedYear, month))
    return day(checkedYear, month, Math.max(1, dayOfMonth))
  }
  const report = (kind: ReportKind, month: number, date: string, quarter?: number): ReportingDeadlineMillis => {
    const due = nonWorkingDates === 'keep' ? date : calendar.previousWorkingDay(date, { inclusive: true })
    return Object.freeze({
      kind,
      year: checkedYear,
      month,
      ...(quarter === undefined ? {} : { quarter }),
      date,
      due: calendar.millis.endOfDay(due),
      citation,
    })
  }
  const yearly = halfYearAndAnnual === 'day-before'
  const reports: ReportingDeadlineMillis[] = []
  for (let month = 1; month <= 12; month += 1) {
    reports.push(report('monthly', month, dueDay(month, days.monthly.day, days.monthly.before)))
    if (month % 3 === 0) {
      reports.push(report('quarterly', month, dueDay(month, days.quarterly.day, days.quarterly.before), month / 3))
    }
    if (month === days.halfYear.month) {
      reports.push(report('half-year', month, dueDay(month, days.halfYear.day, days.halfYear.before && yearly)))
    }
    if (month === days.annual.month) {
      reports.push(report('annual', month, dueDay(month, days.annual.day, days.annual.before && yearly)))
    }
  }
  const order = (kind: ReportKind): number => REPORT_KINDS.indexOf(kind)
  reports.sort((a, b) => a.due - b.due || order(a.kind) - order(b.kind))
  return toDateTimes(reports, calendar) as readonly ReportingDeadline[]
}

/**
 * The report due dates of a year under Art. 16.2 — "before the 25th of the month and of the
 * quarter's last month, 25 June and 20 December each year": "before" governs the whole list (B11),
 * so monthly and quarterly reports are due at the end of the 24th, the 6-month report at the end of
 * 24 June and the annual report at the end of 19 December. With `reporter: 'assignees'`, the
 * assignees' own reports of Art. 15.1, which the text gives no day (B19): by the end of the 20th of
 * the month, of 20 June and of 15 December, so that the Office can report on time. A profile sets
 * other days (Art. 18.4). Sorted by due instant, then in the order of REPORT_KINDS.
 *
 * @example
 * reportingDeadlines(2026).find((report) => report.kind === 'annual')?.due.toISO()
 * //=> '2026-12-19T23:59:59.999+07:00'
 * reportingDeadlines(2026, { halfYearAndAnnual: 'named-day' }).find((report) => report.kind === 'annual')?.date
 * //=> '2026-12-20'
 * reportingDeadlines(2026, { reporter: 'assignees' }).find((report) => report.kind === 'half-year')?.due.toISO()
 * //=> '2026-06-20T23:59:59.999+07:00'
 */
export const reportingDeadlines = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, reportingDeadlinesIn)
