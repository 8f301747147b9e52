import * as z from 'zod/mini'
import { CalendarDay, dayNumberOf, daysInMonth, formatDay } from '../core/calendar-day.js'
import { Citation, cite } from '../core/citation.js'
import { Messages } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { parseOrThrow } from '../core/validation.js'

/** Art. 17.1(b): results are evaluated by quarter, by six months and by year. */
export const PERIOD_KINDS = Object.freeze(['quarter', 'half-year', 'year'] as const)
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/**
 * A period of evaluation: calendar days, from `from` to `to` inclusive. Which instants it holds
 * depends on the calendar it is scored with: from the start of `from` to the end of `to` in that
 * calendar's zone.
 */
export const EvaluationPeriod = z.readonly(
  z.strictObject({
    kind: z.enum(PERIOD_KINDS),
    year: z.int().check(z.minimum(2000), z.maximum(2100)),
    /** The quarter (1–4); 1 for the half-year (the first six months) and the year. */
    index: z.int().check(z.minimum(1), z.maximum(4)),
    from: CalendarDay,
    to: CalendarDay,
    /** Set when the period follows a data cut-off day instead of the calendar's months. */
    cutOffDay: z.optional(z.int().check(z.minimum(1), z.maximum(28))),
    label: Messages,
    citation: Citation,
  }),
)
export type EvaluationPeriod = z.output<typeof EvaluationPeriod>

const readPeriod = readerOf(EvaluationPeriod)

export const PeriodOptions = z.strictObject({
  /**
   * Data cut-off periods (DOMAIN A4): each period ends on this day of its last month and starts the day
   * after the previous one ends, e.g. 14: the year 2026 runs from 15 December 2025 to 14 December 2026.
   * Default: calendar periods.
   */
  cutOffDay: z.optional(z.int().check(z.minimum(1), z.maximum(28))),
})
export type PeriodOptions = z.input<typeof PeriodOptions>

const Year = z.int().check(z.minimum(2000), z.maximum(2100))
const Quarter = z.int().check(z.minimum(1), z.maximum(4))
const CITATION = cite(17, 1, 'b')

/**
 * The quarter `index` (1–4) of `year` (Art. 17.1(b)).
 *
 * @example
 * quarter(2026, 1).to //=> '2026-03-31'
 * quarter(2026, 1, { cutOffDay: 14 }).from //=> '2025-12-15'
 */
export function quarter(year: number, index: number, options: PeriodOptions = {}): EvaluationPeriod {
  const { cutOffDay } = parseOrThrow(PeriodOptions, options, 'invalid_input', ['options'])
  const y = parseOrThrow(Year, year, 'invalid_input', ['year'])
  const q = parseOrThrow(Quarter, index, 'invalid_input', ['quarter'])
  return period('quarter', y, q, y * 12 + (q - 1) * 3, 3, cutOffDay, {
    vi: `quý ${romanQuarter(q)} năm ${y}`,
    en: `Q${q} ${y}`,
  })
}

/**
 * The first six months of `year`: the six-month evaluation of Art. 17.1(b), reported by 25 June (Art. 16.2).
 *
 * @example
 * halfYear(2026).to //=> '2026-06-30'
 */
export function halfYear(year: number, options: PeriodOptions = {}): EvaluationPeriod {
  const { cutOffDay } = parseOrThrow(PeriodOptions, options, 'invalid_input', ['options'])
  const y = parseOrThrow(Year, year, 'invalid_input', ['year'])
  return period('half-year', y, 1, y * 12, 6, cutOffDay, { vi: `6 tháng đầu năm ${y}`, en: `first half of ${y}` })
}

/**
 * The whole of `year` (Art. 17.1(b)).
 *
 * @example
 * year(2026).from //=> '2026-01-01'
 */
export function year(year: number, options: PeriodOptions = {}): EvaluationPeriod {
  const { cutOffDay } = parseOrThrow(PeriodOptions, options, 'invalid_input', ['options'])
  const y = parseOrThrow(Year, year, 'invalid_input', ['year'])
  return period('year', y, 1, y * 12, 12, cutOffDay, { vi: `năm ${y}`, en: `${y}` })
}

/** The period of the same kind that follows `period`: the next quarter, or the same period of the next year. */
export function nextPeriod(input: EvaluationPeriod): EvaluationPeriod {
  // A period made by hand is read like any input: a kind the package does not know has no next period.
  const period = readPeriod(input, ['period'])
  const options = period.cutOffDay === undefined ? {} : { cutOffDay: period.cutOffDay }
  if (period.kind === 'quarter') {
    return period.index === 4 ? quarter(period.year + 1, 1, options) : quarter(period.year, period.index + 1, options)
  }
  return period.kind === 'half-year' ? halfYear(period.year + 1, options) : year(period.year + 1, options)
}

/**
 * Whether `b` is the period of the same kind right after `a`. Worked out on the periods' numbers, so
 * that it answers for the last periods of the calendar's range too, whose next one cannot be built.
 */
export function followsDirectly(a: EvaluationPeriod, b: EvaluationPeriod): boolean {
  return a.kind === b.kind && a.cutOffDay === b.cutOffDay && placeOf(b) === placeOf(a) + 1
}

/**
 * A key of the series a period belongs to (its kind and cut-off) and of its place in it, and the same
 * for the period right after it: `followsDirectly(a, b)` exactly when `followingIdentity(a)` is
 * `seriesIdentity(b)`. A lookup by it finds the next period of a history in one step.
 */
export function seriesIdentity(period: EvaluationPeriod): string {
  return `${period.kind} ${period.cutOffDay ?? ''} ${placeOf(period)}`
}

export function followingIdentity(period: EvaluationPeriod): string {
  return `${period.kind} ${period.cutOffDay ?? ''} ${placeOf(period) + 1}`
}

/** The period's place in its series: quarters counted from year 0, half-years and years by their year. */
function placeOf(period: EvaluationPeriod): number {
  return period.kind === 'quarter' ? period.year * 4 + period.index : period.year
}

/** A key equal for two periods exactly when `samePeriod` says they are the same. */
export function periodIdentity(period: EvaluationPeriod): string {
  return `${period.kind} ${period.cutOffDay ?? ''} ${period.year} ${period.index}`
}

/** Whether two periods are the same: kind, year, index and cut-off. */
export function samePeriod(a: EvaluationPeriod, b: EvaluationPeriod): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index && a.cutOffDay === b.cutOffDay
}

function period(
  kind: PeriodKind,
  y: number,
  index: number,
  firstMonth: number,
  months: number,
  cutOffDay: number | undefined,
  label: Messages,
): EvaluationPeriod {
  const lastMonth = firstMonth + months - 1
  const from = cutOffDay === undefined ? monthDay(firstMonth, 1) : formatDay(dayNumberOfMonth(firstMonth - 1, cutOffDay) + 1)
  const to = cutOffDay === undefined ? monthDay(lastMonth, 'last') : formatDay(dayNumberOfMonth(lastMonth, cutOffDay))
  // A data cut-off period says which days it holds: "Q1 2026" alone would name the calendar quarter.
  const shown =
    cutOffDay === undefined
      ? label
      : { vi: `${label.vi} (kỳ số liệu ${dayMonth(from)} – ${dayMonth(to)})`, en: `${label.en} (data period ${from} to ${to})` }
  return Object.freeze({
    kind,
    year: y,
    index,
    from,
    to,
    ...(cutOffDay === undefined ? {} : { cutOffDay }),
    label: Object.freeze(shown),
    citation: CITATION,
  })
}

/** Months are counted as year × 12 + (month − 1). */
function dayNumberOfMonth(monthIndex: number, day: number): number {
  const y = Math.floor(monthIndex / 12)
  return dayNumberOf(y, monthIndex - y * 12 + 1, day)
}

function monthDay(monthIndex: number, day: number | 'last'): CalendarDay {
  const y = Math.floor(monthIndex / 12)
  const month = monthIndex - y * 12 + 1
  return formatDay(dayNumberOf(y, month, day === 'last' ? daysInMonth(y, month) : day))
}

/** `2025-12-15` as `15/12/2025`, the way Vietnamese documents write dates. */
function dayMonth(day: CalendarDay): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
}

function romanQuarter(q: number): string {
  return ['I', 'II', 'III', 'IV'][q - 1] as string
}
