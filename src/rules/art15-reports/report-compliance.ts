import * as z from 'zod/mini'
import { Citation, cite } from '../../core/citation.js'
import { DETAILS, Messages, REPORT_REASONS } from '../../core/messages.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { fail } from '../../core/validation.js'
import { REPORT_DATE_READINGS } from '../../regulation/readings.js'
import { InstantInput } from '../../task/task-input.js'
import { REPORT_KINDS, ReportPeriod, ReportYear, reportingDeadlineFields } from '../art16-reporting/reporting-deadlines.js'
import { bindDefaults, CalendarOption, citing, contextOf, RegulationOption, type RuleDefaults } from '../context.js'
import { DutyStateSchema, dutyStateOf } from '../duty-state.js'
import { instantOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'
import { assigneeDeadlinesOf } from './assignee-report-deadlines.js'

/** What Art. 15.4 asks a written explanation for: a report of 15.1 sent after its due instant, or not sent by it. */
export const REPORT_FLAG_KINDS = Object.freeze(['late-report', 'missing-report'] as const)
export type ReportFlagKind = (typeof REPORT_FLAG_KINDS)[number]

/** A report a unit sent to the Central Party Office (Art. 15.1): its kind, the period it covers, when it was sent. */
export const SentReport = z.readonly(
  z.strictObject({
    kind: z.enum(REPORT_KINDS),
    /** `'2026-01'`, `'2026-Q1'`, `'2026-H1'` or `'2026'`: one of the year's periods of `kind`. */
    period: ReportPeriod,
    sentAt: InstantInput,
  }),
)
export type SentReport = z.input<typeof SentReport>

const SentReports = z.readonly(z.array(SentReport))

/** One report Art. 15.1 requires in the year, where it stands as of `asOf`, and when it was sent. */
export function requiredReportSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      ...reportingDeadlineFields(instant),
      state: DutyStateSchema,
      /** The first sending of the report known by `asOf`; null when there is none. */
      sentAt: z.nullable(instant),
    }),
  )
}

/** A report of Art. 15.1 sent late or not sent by its due instant: a written explanation is due (Art. 15.4). */
export function reportFlagSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      kind: z.enum(REPORT_FLAG_KINDS),
      period: ReportPeriod,
      citation: Citation,
      reason: Messages,
      /** The report's due instant, which was passed. */
      at: instant,
    }),
  )
}

/** The result of `reportCompliance`. */
export function reportComplianceSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      /** Every report of the year, in the order of `assigneeReportDeadlines`. */
      reports: z.readonly(z.array(requiredReportSchema(instant))),
      /** One per report met late or missed, sorted by `at`. */
      flags: z.readonly(z.array(reportFlagSchema(instant))),
    }),
  )
}

export const RequiredReport = requiredReportSchema(DateTimeValue)
export type RequiredReport = z.output<typeof RequiredReport>
export const ReportFlag = reportFlagSchema(DateTimeValue)
export type ReportFlag = z.output<typeof ReportFlag>
export const ReportCompliance = reportComplianceSchema(DateTimeValue)
export type ReportCompliance = z.output<typeof ReportCompliance>
export const ReportComplianceMillis = reportComplianceSchema(EpochMillis)
export type ReportComplianceMillis = z.output<typeof ReportComplianceMillis>
type RequiredReportMillis = ReportComplianceMillis['reports'][number]
type ReportFlagMillis = ReportComplianceMillis['flags'][number]

/** The options of `reportCompliance`. */
export const ReportComplianceOptions = z.strictObject({
  /** The year whose reports are checked. */
  year: ReportYear,
  /** The instant of the evaluation (Art. 2.4): a report sent after it is not known yet. */
  asOf: InstantInput,
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its report days of Art. 15.1 (`reports.assignees`, B19) and its readings. */
  regulation: z.optional(RegulationOption),
  /** B19, as B11: a report day that is not a working day is kept (default) or moved to the working day before. */
  nonWorkingDates: z.optional(z.enum(REPORT_DATE_READINGS)),
})
export type ReportComplianceOptions = z.input<typeof ReportComplianceOptions>

const readOptions = readerOf(ReportComplianceOptions)
const readReports = readerOf(SentReports)
const toDateTimes = dateTimeConverter(ReportComplianceMillis)
const LATE_REPORT_CITATION = cite(15, 4)

/** `reportCompliance` with its defaults given first: the entries bind them (`bindDefaults`). */
export function reportComplianceIn(
  defaults: RuleDefaults,
  reports: readonly SentReport[],
  options: ReportComplianceOptions,
): ReportCompliance {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  const asOf = instantOption(calendar, read.asOf, ['options', 'asOf'])
  const sent = readReports(reports, ['reports'])
  const deadlines = assigneeDeadlinesOf(read.year, context)

  // The first sending of each required report: the earliest, whatever the order of the input.
  const index = new Map(deadlines.map((deadline, position) => [`${deadline.kind} ${deadline.period}`, position]))
  const firstSent: (number | undefined)[] = deadlines.map(() => undefined)
  sent.forEach((report, position) => {
    const slot = index.get(`${report.kind} ${report.period}`)
    if (slot === undefined) fail('invalid_input', DETAILS.unknownReportPeriod, ['reports', position, 'period'])
    const at = instantOption(calendar, report.sentAt, ['reports', position, 'sentAt'])
    const known = firstSent[slot]
    if (known === undefined || at < known) firstSent[slot] = at
  })

  const required: RequiredReportMillis[] = []
  const flags: ReportFlagMillis[] = []
  deadlines.forEach((deadline, slot) => {
    // The report's window opens when its period starts (the first day of the month, quarter or
    // year); a report sent earlier still counts as sent.
    const opens = calendar.millis.startOfDay(calendar.millis.endOfDay(periodStart(deadline.year, deadline.kind, deadline.month)))
    const first = firstSent[slot]
    const sentAt = first !== undefined && first <= asOf ? first : null
    const state = dutyStateOf(opens, deadline.due, sentAt ?? undefined, asOf)
    required.push(Object.freeze({ ...deadline, state, sentAt }))
    if (state === 'met-late' || state === 'missed') {
      const late = state === 'met-late'
      flags.push(
        Object.freeze({
          kind: late ? 'late-report' : 'missing-report',
          period: deadline.period,
          citation: citing(context, LATE_REPORT_CITATION),
          reason: Object.freeze(REPORT_REASONS[late ? 'late' : 'missing'](deadline.kind, deadline.period)),
          at: deadline.due,
        }),
      )
    }
  })
  // Stable: reports due at one instant keep the order of the deadlines (REPORT_KINDS).
  flags.sort((a, b) => a.at - b.at)
  const result: ReportComplianceMillis = Object.freeze({ reports: Object.freeze(required), flags: Object.freeze(flags) })
  return toDateTimes(result, calendar) as ReportCompliance
}

/** The first day of the period a report covers. */
function periodStart(year: number, kind: (typeof REPORT_KINDS)[number], month: number): string {
  const first = kind === 'monthly' ? month : kind === 'quarterly' ? month - 2 : 1
  return `${String(year).padStart(4, '0')}-${String(first).padStart(2, '0')}-01`
}

/**
 * Whether a unit sent each periodic report Art. 15.1 requires of it in `year`, and in time, as of
 * `asOf`; and the reports Art. 15.4 asks a written explanation for ("chậm báo cáo … phải giải trình
 * lý do bằng văn bản"). The required reports and their due instants are `assigneeReportDeadlines`'
 * (B19). Each sent report names its `kind` and `period`; one naming no period of the year of its
 * kind is `invalid_input` at `reports[i].period`. A period sent several times is met by its first
 * sending (the result does not depend on the order of `reports`); a report sent after `asOf` is not
 * known yet. Each report's `state` is a duty's: `'met-on-time'`, `'met-late'`, `'missed'`, `'due'`
 * (from the start of its period's first day) or `'not-yet-due'`. The flags: `'late-report'` for a
 * report met late, `'missing-report'` for one missed, each citing Art. 15.4, at the report's due
 * instant, sorted by it.
 *
 * @example
 * const result = reportCompliance(
 *   [{ kind: 'monthly', period: '2026-01', sentAt: '2026-01-19T10:00' },
 *    { kind: 'monthly', period: '2026-02', sentAt: '2026-02-23T09:00' }],
 *   { year: 2026, asOf: '2026-03-25T08:00' })
 * result.reports.slice(0, 3).map((report) => `${report.period} ${report.state}`)
 * //=> ['2026-01 met-on-time', '2026-02 met-late', '2026-03 missed']
 * result.flags.map((flag) => `${flag.kind} ${flag.period}`)
 * //=> ['late-report 2026-02', 'missing-report 2026-03', 'missing-report 2026-Q1']
 */
export const reportCompliance = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, reportComplianceIn)
