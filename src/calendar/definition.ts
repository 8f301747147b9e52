import * as z from 'zod/mini'
import { CalendarDay, civilDateOf, type DayNumber, parseCalendarDay, yearOfDay } from '../core/calendar-day.js'
import { OFFSETLESS_READINGS, type OffsetlessReading } from '../core/instant.js'
import { DETAILS, type Messages } from '../core/messages.js'
import { fail, parseOrThrow } from '../core/validation.js'
import { DEFAULT_ZONE, resolveZone } from '../core/zone.js'

/** The weekdays in ISO order, Monday first; the index + 1 is the ISO weekday number. */
export const WEEKDAYS = Object.freeze(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const)
export type Weekday = (typeof WEEKDAYS)[number]

/**
 * What a dated exception does to its day. The first four take the day off, the last two make it a
 * working day. Order matters to nobody; the names are the domain's:
 * - `public-holiday`: a statutory holiday (ngày lễ, Tết);
 * - `compensatory-day-off`: a day off given for a holiday that fell on a rest day (nghỉ bù);
 * - `swap-day-off`: a weekday off exchanged for a make-up working day (hoán đổi ngày làm việc);
 * - `day-off`: any other day off (an agency's local day off);
 * - `make-up-working-day`: a rest day worked in exchange (ngày làm bù);
 * - `working-day`: any other working day, or other hours on a working day.
 */
export const EXCEPTION_KINDS = Object.freeze([
  'public-holiday',
  'compensatory-day-off',
  'swap-day-off',
  'day-off',
  'make-up-working-day',
  'working-day',
] as const)
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number]

export function isWorkingKind(kind: ExceptionKind): boolean {
  return kind === 'make-up-working-day' || kind === 'working-day'
}

const TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/

function minutesOfDay(time: string): number {
  return time === '24:00' ? 1440 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** `["08:00", "12:00"]`: a half-open interval of wall time within one day; `24:00` ends a day. */
export const WorkingInterval = z.readonly(z.tuple([z.string(), z.string()])).check(
  z.refine(([start, end]) => TIME_PATTERN.test(start) && TIME_PATTERN.test(end) && minutesOfDay(start) < minutesOfDay(end), {
    message: 'badInterval',
  }),
)
export type WorkingInterval = readonly [string, string]

/** The intervals of one day, in any order; touching intervals merge, overlapping ones are refused. */
export const DayHours = z.readonly(z.array(WorkingInterval)).check(
  z.superRefine((intervals, context) => {
    const sorted = intervals.map(([start, end]) => [minutesOfDay(start), minutesOfDay(end)] as const).sort((a, b) => a[0] - b[0])
    for (let index = 1; index < sorted.length; index += 1) {
      const previous = sorted[index - 1]
      const current = sorted[index]
      if (previous !== undefined && current !== undefined && current[0] < previous[1]) {
        context.addIssue({ code: 'custom', message: 'overlappingIntervals', path: [index] })
      }
    }
  }),
)
export type DayHours = readonly WorkingInterval[]

/** Hours per weekday; a weekday left out has no working hours (a weekly rest day). */
export const WeeklyHours = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.optional(DayHours)])) as Record<Weekday, z.ZodMiniOptional<typeof DayHours>>,
)
export type WeeklyHours = Readonly<Partial<Record<Weekday, DayHours>>>

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/**
 * When a season is in force: either two calendar days (`2025-04-15` … `2025-10-14`, both included),
 * or two month-days that recur every year (`04-15` … `10-14`; `10-15` … `04-14` wraps the new year).
 */
export const SeasonSpan = z.union([
  z.strictObject({ from: CalendarDay, to: CalendarDay }),
  z.strictObject({ from: z.string().check(z.regex(MONTH_DAY)), to: z.string().check(z.regex(MONTH_DAY)) }),
])

/** Seasonal hours (summer / winter): the first season whose span holds a day gives its hours. */
export const Season = z.strictObject({
  name: z.string().check(z.minLength(1)),
  span: SeasonSpan,
  week: WeeklyHours,
})
export type Season = z.infer<typeof Season>

export const LocalizedName = z.strictObject({ vi: z.string(), en: z.string() })

/** A dated exception to the weekly hours. Later exceptions for the same day decide over earlier ones. */
export const DayException = z.strictObject({
  date: CalendarDay,
  kind: z.enum(EXCEPTION_KINDS),
  name: LocalizedName,
  source: z.string(),
  /** Working hours of a working-day exception; by default the hours of the first weekday that has some. */
  hours: z.optional(DayHours),
  /** The day was derived by rule, not announced: results that depend on it say so. */
  provisional: z.optional(z.boolean()),
})
export type DayException = z.infer<typeof DayException>

export const DateRange = z
  .strictObject({ from: CalendarDay, to: CalendarDay })
  .check(z.refine(({ from, to }) => from <= to, { message: 'badRange' }))
export type DateRange = { readonly from: string; readonly to: string }

/** The definition `workingCalendar` takes. */
export const WorkingCalendarDefinition = z.strictObject({
  /** Any IANA zone or `UTC±hh:mm`; DST is honoured. Default `Asia/Ho_Chi_Minh`. */
  zone: z._default(z.string(), DEFAULT_ZONE),
  week: WeeklyHours,
  /** What weekly rest days cite as their source in `describeDay`. */
  weekSource: z._default(z.string(), 'weekly hours of the calendar'),
  seasons: z._default(z.readonly(z.array(Season)), []),
  exceptions: z._default(z.readonly(z.array(DayException)), []),
  /** Days whose schedule is not yet known for sure: every answer that depends on them says so. */
  provisional: z._default(z.readonly(z.array(DateRange)), []),
  /** The days the calendar answers for, both included. Default 2000-01-01 … 2100-12-31. */
  range: z._default(DateRange, { from: '2000-01-01', to: '2100-12-31' }),
  /**
   * How an instant written without an offset is read: `'calendar-zone'` (default), as wall time in the
   * calendar's zone; `'reject'`, refused, for a system whose stored times are UTC without a `Z`.
   */
  offsetless: z._default(z.enum(OFFSETLESS_READINGS), 'calendar-zone'),
})
export type WorkingCalendarDefinition = z.input<typeof WorkingCalendarDefinition>

/** A reason a day is what it is; describeDay and explain report these. */
export type DayReasonKind = ExceptionKind | 'weekly-rest' | 'seasonal-hours'
export type DayReason = {
  readonly kind: DayReasonKind
  readonly name: Messages
  readonly source: string
  readonly provisional: boolean
}

/** Intervals as minutes of the day, sorted and merged: the form the index is built from. */
export type MinuteIntervals = readonly (readonly [number, number])[]

export type CompiledSeason = {
  readonly name: string
  readonly contains: (day: DayNumber, month: number, dayOfMonth: number) => boolean
  readonly week: readonly MinuteIntervals[]
}

/** The validated definition in the engine's terms: numbers, not strings. */
export type CompiledDefinition = {
  readonly zoneName: string
  readonly zone: ReturnType<typeof resolveZone>
  readonly week: readonly MinuteIntervals[]
  readonly weekSource: string
  readonly seasons: readonly CompiledSeason[]
  readonly firstDay: DayNumber
  readonly lastDay: DayNumber
  readonly provisional: readonly (readonly [DayNumber, DayNumber])[]
  readonly offsetless: OffsetlessReading
  readonly source: WorkingCalendarSource
}

/** A dated exception with its day number and its hours in minutes. */
export type CompiledException = {
  readonly day: DayNumber
  readonly working: boolean
  readonly hours: MinuteIntervals | undefined
  readonly reason: DayReason
}

/**
 * Where the dated exceptions of a year come from. A fixed definition has them as a list; the
 * Vietnamese calendar computes a year's holidays only when that year is first asked about.
 */
export type WorkingCalendarSource = {
  readonly exceptionsOfYear: (year: number) => readonly CompiledException[]
}

export function compileHours(hours: DayHours | undefined): MinuteIntervals {
  if (hours === undefined) return []
  const sorted = hours
    .map(([start, end]) => [minutesOfDay(start), minutesOfDay(end)] as [number, number])
    .sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1])
    else merged.push([interval[0], interval[1]])
  }
  return Object.freeze(merged.map((interval) => Object.freeze(interval) as readonly [number, number]))
}

export function compileWeek(week: WeeklyHours): readonly MinuteIntervals[] {
  return Object.freeze(WEEKDAYS.map((day) => compileHours(week[day])))
}

function compileSpan(span: z.infer<typeof SeasonSpan>): CompiledSeason['contains'] {
  if (span.from.length === 10) {
    const first = parseCalendarDay(span.from)
    const last = parseCalendarDay(span.to)
    return (day) => day >= first && day <= last
  }
  const from = Number(span.from.slice(0, 2)) * 100 + Number(span.from.slice(3, 5))
  const to = Number(span.to.slice(0, 2)) * 100 + Number(span.to.slice(3, 5))
  return (_day, month, dayOfMonth) => {
    const key = month * 100 + dayOfMonth
    return from <= to ? key >= from && key <= to : key >= from || key <= to
  }
}

export function compileException(exception: DayException): CompiledException {
  return Object.freeze({
    day: parseCalendarDay(exception.date),
    working: isWorkingKind(exception.kind),
    hours: exception.hours === undefined ? undefined : compileHours(exception.hours),
    reason: Object.freeze({
      kind: exception.kind,
      name: Object.freeze({ vi: exception.name.vi, en: exception.name.en }),
      source: exception.source,
      provisional: exception.provisional === true,
    }),
  })
}

/** Validates a definition (throwing `invalid_calendar` with the path of the bad field) and compiles it. */
export function compileDefinition(
  input: unknown,
  source?: (definition: Omit<CompiledDefinition, 'source'>) => WorkingCalendarSource,
): CompiledDefinition {
  const definition = parseOrThrow(WorkingCalendarDefinition, input, 'invalid_calendar')
  const zone = resolveZone(definition.zone)
  const firstDay = parseCalendarDay(definition.range.from)
  const lastDay = parseCalendarDay(definition.range.to)
  const base = {
    zoneName: definition.zone,
    zone,
    week: compileWeek(definition.week),
    weekSource: definition.weekSource,
    seasons: Object.freeze(
      definition.seasons.map((season) =>
        Object.freeze({ name: season.name, contains: compileSpan(season.span), week: compileWeek(season.week) }),
      ),
    ),
    firstDay,
    lastDay,
    provisional: Object.freeze(
      definition.provisional.map(({ from, to }) => Object.freeze([parseCalendarDay(from), parseCalendarDay(to)] as const)),
    ),
    offsetless: definition.offsetless,
  }
  const exceptions = definition.exceptions.map((exception, index) => {
    const compiled = compileException(exception)
    if (compiled.day < firstDay || compiled.day > lastDay) {
      fail('invalid_calendar', DETAILS.exceptionOutsideRange, ['exceptions', index, 'date'])
    }
    return compiled
  })
  exceptions.forEach((exception, index) => {
    if (exception.working && exception.hours === undefined && defaultWorkingHours(base, exception.day) === undefined) {
      fail('invalid_calendar', DETAILS.workingDayWithoutHours, ['exceptions', index, 'hours'])
    }
  })
  const fixed = fixedSource(exceptions)
  const chosen = source === undefined ? fixed : layeredSource(source(base), fixed)
  return Object.freeze({ ...base, source: chosen })
}

/** The season in force on `day`, if any: the first whose span holds it. */
export function seasonOf(
  definition: Pick<CompiledDefinition, 'seasons'>,
  day: DayNumber,
  month: number,
  dayOfMonth: number,
): CompiledSeason | undefined {
  return definition.seasons.find((season) => season.contains(day, month, dayOfMonth))
}

/**
 * The hours an extra working day takes when its exception gives none: those of the first weekday,
 * Monday first, that has hours in the schedule in force that day; undefined when none has.
 */
export function defaultWorkingHours(
  definition: Pick<CompiledDefinition, 'seasons' | 'week'>,
  day: DayNumber,
): MinuteIntervals | undefined {
  const { month, day: dayOfMonth } = civilDateOf(day)
  const week = seasonOf(definition, day, month, dayOfMonth)?.week ?? definition.week
  return week.find((intervals) => intervals.length > 0)
}

/** A source from a list: exceptions grouped by year once, at build time. */
export function fixedSource(exceptions: readonly CompiledException[]): WorkingCalendarSource {
  const byYear = new Map<number, CompiledException[]>()
  for (const exception of exceptions) {
    const year = yearOfDay(exception.day)
    const list = byYear.get(year)
    if (list === undefined) byYear.set(year, [exception])
    else list.push(exception)
  }
  return Object.freeze({ exceptionsOfYear: (year: number) => byYear.get(year) ?? [] })
}

/** Exceptions of `top` come after those of `bottom`, so they decide where both name a day. */
export function layeredSource(bottom: WorkingCalendarSource, top: WorkingCalendarSource): WorkingCalendarSource {
  return Object.freeze({
    exceptionsOfYear: (year: number) => [...bottom.exceptionsOfYear(year), ...top.exceptionsOfYear(year)],
  })
}
