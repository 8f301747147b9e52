import { DateTime, Duration } from 'luxon'
import * as z from 'zod/mini'
import { CALENDAR_BRAND as DAYS, hasBrand } from '../core/brands.js'
import { type CalendarDay, type DayNumber, formatDay, isCalendarDay, parseCalendarDay } from '../core/calendar-day.js'
import { toDurationMillis, type WorkingDuration } from '../core/duration.js'
import { type Instant, looksLikeEpochSeconds, toEpochMillis } from '../core/instant.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { fail } from '../core/validation.js'
import { plusCalendarMonths, startOfDayIn } from '../core/zone.js'
import { type CompiledDefinition, compileDefinition, type WorkingCalendarDefinition } from './definition.js'
import { IndexedZone } from './indexed-zone.js'
import { countWorkingDays, DAY_ENDS, type DayEnd, endOfCountedDay } from './operations/add-working-days.js'
import { addWorkingTimeMillis, BOUNDARY_LANDINGS, type BoundaryLanding } from './operations/add-working-time.js'
import { type DayDescription, describeDayNumber, nonWorkingDaysBetween } from './operations/describe-day.js'
import { provisionalDaysBetween, workingDaysBetweenDays } from './operations/working-days-between.js'
import { workingTimeBetweenMillis } from './operations/working-time-between.js'
import { createYearIndexes, dayIndexOf, intervalAtOrBefore, type YearIndexes } from './year-indexes.js'

export type AddWorkingTimeOptions = {
  /** Where a sum that ends exactly at a break or at closing lands; default `'stay'`. */
  readonly boundary?: BoundaryLanding
}
export type AddWorkingDaysOptions = {
  /** Where the last day ends; default `'midnight'` (23:59:59.999). */
  readonly dayEnd?: DayEnd
}

export type WorkingDayStepOptions = {
  /** Whether `day` itself answers when it is a working day; default `false`. */
  readonly inclusive?: boolean
}

// Read with compiled readers: the rules call the calendar's millis operations millions of times.
const readTimeOptions = readerOf(z.strictObject({ boundary: z.optional(z.enum(BOUNDARY_LANDINGS)) }))
const readDaysOptions = readerOf(z.strictObject({ dayEnd: z.optional(z.enum(DAY_ENDS)) }))
const readStepOptions = readerOf(z.strictObject({ inclusive: z.optional(z.boolean()) }))

/** `addWorkingTime` with the days it skipped and why. */
export type WorkingTimeExplanation = {
  readonly start: DateTime<true>
  readonly result: DateTime<true>
  readonly workingTime: Duration<true>
  /** Some day from the start's day to the result's day is provisional. */
  readonly provisional: boolean
  /** Each day from the start's day to the result's day that has no working time, with its reasons. */
  readonly skipped: readonly DayDescription[]
}

/** `addWorkingDays` with the days it skipped and why. */
export type WorkingDaysExplanation = {
  readonly start: DateTime<true> | CalendarDay
  readonly result: DateTime<true>
  readonly days: number
  readonly provisional: boolean
  readonly skipped: readonly DayDescription[]
}

/** `workingTimeBetween` with the days that had no working time. */
export type WorkingTimeBetweenExplanation = {
  readonly from: DateTime<true>
  readonly to: DateTime<true>
  readonly workingTime: Duration<true>
  readonly provisional: boolean
  readonly skipped: readonly DayDescription[]
}

/**
 * A working-time calendar: immutable, indexed, answering in the calendar's zone. Built by
 * `workingCalendar(definition)` or `vietnamCalendar(options)`.
 */
export type WorkingCalendar = {
  /** The IANA zone (or UTC offset) of the calendar; every result is a DateTime in it. */
  readonly zone: string
  /** The days the calendar answers for, both included. */
  readonly range: { readonly from: CalendarDay; readonly to: CalendarDay }
  /**
   * The instant at which `duration` of working time has elapsed since `start` (negative counts backwards).
   * @example
   * cal.addWorkingTime('2026-11-27T15:00', { hours: 4 }).toISO() //=> '2026-11-30T10:00:00.000+07:00'
   */
  readonly addWorkingTime: (start: Instant, duration: WorkingDuration, options?: AddWorkingTimeOptions) => DateTime<true>
  /**
   * The end of the `days`th working day after the day of `start`; the starting day is not counted.
   * @example
   * cal.addWorkingDays('2025-04-24T10:00', 3).toISO() //=> '2025-04-28T23:59:59.999+07:00' (Saturday 26 April was a make-up working day)
   */
  readonly addWorkingDays: (start: Instant | CalendarDay, days: number, options?: AddWorkingDaysOptions) => DateTime<true>
  /** Working time from `from` to `to`; negative when `to` is earlier. */
  readonly workingTimeBetween: (from: Instant, to: Instant) => Duration<true>
  /** Working days after the day of `from` up to and including the day of `to`; negative when `to` is earlier. */
  readonly workingDaysBetween: (from: Instant | CalendarDay, to: Instant | CalendarDay) => number
  /** Whether the day has working hours. */
  readonly isWorkingDay: (day: CalendarDay) => boolean
  /** Whether the instant lies inside a working interval (intervals are half-open: 12:00 is lunch). */
  readonly isWorkingTime: (instant: Instant) => boolean
  /** The day's status, hours and reasons. */
  readonly describeDay: (day: CalendarDay) => DayDescription
  /** The calendar day, in the calendar's zone, that holds `instant`. */
  readonly dayOf: (instant: Instant) => CalendarDay
  /** Reads an instant in any accepted form (a string without an offset is wall time in the calendar's zone). */
  readonly toDateTime: (instant: Instant) => DateTime<true>
  /** The end of a calendar day, 24:00, given as 23:59:59.999 in the calendar's zone. */
  readonly endOfDay: (day: CalendarDay) => DateTime<true>
  /** The first working day after `day` (on or after it with `{ inclusive: true }`). */
  readonly nextWorkingDay: (day: CalendarDay, options?: WorkingDayStepOptions) => CalendarDay
  /** The last working day before `day` (on or before it with `{ inclusive: true }`). */
  readonly previousWorkingDay: (day: CalendarDay, options?: WorkingDayStepOptions) => CalendarDay
  /** Whether any day from the day of `from` to the day of `to` is provisional. */
  readonly hasProvisionalDays: (from: Instant | CalendarDay, to: Instant | CalendarDay) => boolean
  /** The same questions, answered with the days skipped and why. */
  readonly explain: {
    readonly addWorkingTime: (
      start: Instant,
      duration: WorkingDuration,
      options?: AddWorkingTimeOptions,
    ) => WorkingTimeExplanation
    readonly addWorkingDays: (
      start: Instant | CalendarDay,
      days: number,
      options?: AddWorkingDaysOptions,
    ) => WorkingDaysExplanation
    readonly workingTimeBetween: (from: Instant, to: Instant) => WorkingTimeBetweenExplanation
  }
  /** The fast path for bulk simulation: epoch milliseconds in, epoch milliseconds out. */
  readonly millis: {
    /** Reads an instant in any accepted form as epoch milliseconds, without building a DateTime. */
    readonly of: (instant: Instant) => number
    /** The end of a calendar day (23:59:59.999 in the calendar's zone) in epoch milliseconds. */
    readonly endOfDay: (day: CalendarDay) => number
    /** The first instant of the day that holds `instant`: its midnight, or the first instant its clock shows when a DST gap swallows midnight. */
    readonly startOfDay: (instant: number) => number
    /**
     * `months` calendar months after `instant` (before it when negative): the same wall time on the
     * same day of the month, or the month's last day when it is shorter; a wall time a DST gap skips
     * moves forward by the gap, as wall-time input does.
     */
    readonly addCalendarMonths: (instant: number, months: number) => number
    readonly addWorkingTime: (start: number, duration: number, options?: AddWorkingTimeOptions) => number
    readonly addWorkingDays: (start: number, days: number, options?: AddWorkingDaysOptions) => number
    readonly workingTimeBetween: (from: number, to: number) => number
  }
}

/**
 * Builds a working-time calendar from a definition: a zone, hours per weekday, seasons, dated
 * exceptions and a range. The definition is validated (`invalid_calendar` with the path of the
 * bad field), then compiled; each year is indexed the first time a question reaches it, so every
 * question is a binary search whatever its span.
 *
 * @example
 * const cal = workingCalendar({
 *   zone: 'Asia/Ho_Chi_Minh',
 *   week: { monday: [['08:00', '12:00'], ['13:00', '17:00']], friday: [['08:00', '12:00'], ['13:00', '17:00']] },
 *   exceptions: [{ date: '2026-12-25', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Closed' }, source: 'local decision' }],
 * })
 * cal.isWorkingDay('2026-12-25') //=> false
 */
export function workingCalendar(definition: WorkingCalendarDefinition): WorkingCalendar {
  return calendarFromDefinition(compileDefinition(definition))
}

function millisOf(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  return fail('invalid_input', DETAILS.notEpochMillis, path)
}

function wholeMonths(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  return fail('invalid_input', DETAILS.notAWholeNumberOfMonths, ['months'])
}

function wholeDays(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  return fail('invalid_input', DETAILS.notAWholeNumberOfDays, ['days'])
}

function landingOf(options: AddWorkingTimeOptions | undefined): BoundaryLanding {
  if (options === undefined) return 'stay'
  return readTimeOptions(options, ['options']).boundary ?? 'stay'
}

function dayEndOf(options: AddWorkingDaysOptions | undefined): DayEnd {
  if (options === undefined) return 'midnight'
  return readDaysOptions(options, ['options']).dayEnd ?? 'midnight'
}

function inclusiveOf(options: WorkingDayStepOptions | undefined): boolean {
  if (options === undefined) return false
  return readStepOptions(options, ['options']).inclusive ?? false
}

/**
 * What the rules read of a calendar by day number (days since 1970-01-01), without formatting a
 * `CalendarDay` string: the package's own, kept off `WorkingCalendar`'s type. A calendar that
 * `workingCalendar` or `vietnamCalendar` built carries it; `daysOf` reads it.
 *
 * Its counts and its working-day questions reach the computing margin (`YearIndexes.reaching`): the
 * calendar year after the range's last year. A rule asks about the state of a task at an instant
 * inside the range, and a time limit it counts from there may end after the range (the receipt of a
 * task transferred at 16:00 on 31 December 2100 is due on 4 January 2101); the margin gives that
 * limit exactly, by the same rules as the years before it. Every start is still a question, and is
 * refused outside the range as the calendar's methods refuse it.
 */
export type CalendarDays = {
  /** The first instant after the range: the start of the day after its last day. */
  readonly endOfRange: number
  /** The day, in the calendar's zone, that holds the instant (epoch ms). */
  readonly dayOf: (instant: number) => DayNumber
  /** The first instant of the day: its midnight, or the first instant its clock shows after a DST gap. Any day: the zone alone places it. */
  readonly startOf: (day: DayNumber) => number
  /** The end of the day (23:59:59.999 in the calendar's zone), in epoch ms. Any day: the zone alone places it. */
  readonly endOf: (day: DayNumber) => number
  /** Whether the day has working hours; a day of the margin too. */
  readonly isWorking: (day: DayNumber) => boolean
  /** The first working day after `day`, which may lie in the margin. */
  readonly nextWorking: (day: DayNumber) => DayNumber
  /** The last working day before `day`. */
  readonly previousWorking: (day: DayNumber) => DayNumber
  /** `millis.addWorkingTime`, whose result may lie in the margin; the start is refused outside the range. */
  readonly addWorkingTime: (start: number, duration: number, options?: AddWorkingTimeOptions) => number
  /** `millis.addWorkingDays`, whose result may lie in the margin; the start is refused outside the range. */
  readonly addWorkingDays: (start: number, days: number, options?: AddWorkingDaysOptions) => number
  /** Working days after `from` up to and including `to`; negative when `to` is earlier. */
  readonly workingDaysBetween: (from: DayNumber, to: DayNumber) => number
  /** Whether any day from `from` to `to` is provisional. */
  readonly hasProvisional: (from: DayNumber, to: DayNumber) => boolean
}

/** Whether `value` is a calendar that `workingCalendar` or `vietnamCalendar` built. */
export function isWorkingCalendar(value: unknown): value is WorkingCalendar {
  return hasBrand(value, DAYS)
}

/** The day-number operations of a calendar the package built. */
export function daysOf(calendar: WorkingCalendar): CalendarDays {
  return (calendar as WorkingCalendar & { readonly [DAYS]: CalendarDays })[DAYS]
}

/** The facade over a compiled definition; `vietnamCalendar` builds through it too. */
export function calendarFromDefinition(definition: CompiledDefinition): WorkingCalendar {
  const indexes = createYearIndexes(definition)
  const { reaching } = indexes
  const { zone } = definition
  const resultZone = zone.isUniversal ? zone : new IndexedZone(zone, indexes.knownOffset)
  // A finite instant inside the range, in a zone already resolved: luxon cannot make it invalid.
  const toDateTime = (ms: number): DateTime<true> => DateTime.fromMillis(ms, { zone: resultZone }) as DateTime<true>
  // The first and last instants of the range (its days read in the calendar's zone).
  const rangeStart = indexes.firstInstant
  const rangeEnd = indexes.endInstant - 1
  const { offsetless } = definition
  /** Epoch seconds given as milliseconds land in 1970: say so where the range would only say "outside". */
  const secondsGivenAsMillis = (t: number): boolean =>
    (t < rangeStart || t > rangeEnd) && t * 1000 >= rangeStart && t * 1000 <= rangeEnd
  const instant = (value: unknown, path: string): number => {
    const t = toEpochMillis(value, zone, [path], offsetless)
    if (typeof value === 'number' && secondsGivenAsMillis(t)) fail('outside_calendar_range', DETAILS.epochSeconds, [path])
    return t
  }
  /** An instant of the millis path: integer epoch milliseconds. */
  const instantMillis = (value: unknown, path: string): number => {
    if (typeof value === 'number' && Number.isInteger(value)) {
      if (secondsGivenAsMillis(value)) fail('outside_calendar_range', DETAILS.epochSeconds, [path])
      return value
    }
    return fail(
      'invalid_input',
      typeof value === 'number' && looksLikeEpochSeconds(value) ? DETAILS.epochSeconds : DETAILS.notEpochMillis,
      [path],
    )
  }
  const dayOfMillis = (ms: number, path: string): DayNumber => {
    const index = indexes.yearOfInstant(ms, [path])
    return index.firstDay + dayIndexOf(index, ms)
  }
  const dayOfInput = (value: unknown, path: string): DayNumber =>
    isCalendarDay(value) ? parseCalendarDay(value, [path]) : dayOfMillis(instant(value, path), path)
  const toDuration = (ms: number): Duration<true> =>
    Duration.fromMillis(ms).shiftTo('hours', 'minutes', 'seconds', 'milliseconds') as Duration<true>

  const addWorkingDaysMillis = (startDay: DayNumber, days: number, dayEnd: DayEnd): number =>
    endOfCountedDay(countWorkingDays(indexes, startDay, days), dayEnd)

  // Options are read before the data, so that a programmer's error never depends on the data.
  const addWorkingTime = (start: Instant, duration: WorkingDuration, options?: AddWorkingTimeOptions): DateTime<true> => {
    const landing = landingOf(options)
    return toDateTime(addWorkingTimeMillis(indexes, instant(start, 'start'), toDurationMillis(duration, ['duration']), landing))
  }

  const addWorkingDays = (start: Instant | CalendarDay, days: number, options?: AddWorkingDaysOptions): DateTime<true> => {
    const dayEnd = dayEndOf(options)
    const count = wholeDays(days)
    return toDateTime(addWorkingDaysMillis(dayOfInput(start, 'start'), count, dayEnd))
  }

  const workingTimeBetween = (from: Instant, to: Instant): Duration<true> =>
    toDuration(workingTimeBetweenMillis(indexes, instant(from, 'from'), instant(to, 'to')))

  const hasProvisional = (first: DayNumber, last: DayNumber): boolean => provisionalDaysBetween(indexes, first, last) > 0

  const stepWorkingDay = (day: CalendarDay, step: 1 | -1, options: WorkingDayStepOptions | undefined): CalendarDay => {
    const inclusive = inclusiveOf(options)
    const start = parseCalendarDay(day, ['day'])
    if (inclusive && isWorkingDayNumber(indexes, start)) return day
    const counted = countWorkingDays(indexes, start, step, DAY_PATHS)
    return formatDay(counted.index.firstDay + counted.day)
  }

  const calendar: WorkingCalendar = {
    zone: definition.zoneName,
    range: Object.freeze({ from: formatDay(definition.firstDay), to: formatDay(definition.lastDay) }),
    addWorkingTime,
    addWorkingDays,
    workingTimeBetween,
    workingDaysBetween: (from, to) => workingDaysBetweenDays(indexes, dayOfInput(from, 'from'), dayOfInput(to, 'to')),
    isWorkingDay: (day) => isWorkingDayNumber(indexes, parseCalendarDay(day, ['day'])),
    isWorkingTime: (value) => isWorkingInstant(indexes, instant(value, 'instant')),
    describeDay: (day) => describeDayNumber(indexes, parseCalendarDay(day, ['day'])),
    dayOf: (value) => formatDay(dayOfMillis(instant(value, 'instant'), 'instant')),
    toDateTime: (value) => toDateTime(instant(value, 'instant')),
    endOfDay: (day) => toDateTime(addWorkingDaysMillis(parseCalendarDay(day, ['day']), 0, 'midnight')),
    nextWorkingDay: (day, options) => stepWorkingDay(day, 1, options),
    previousWorkingDay: (day, options) => stepWorkingDay(day, -1, options),
    hasProvisionalDays: (from, to) => hasProvisional(dayOfInput(from, 'from'), dayOfInput(to, 'to')),
    explain: Object.freeze({
      addWorkingTime: (start: Instant, duration: WorkingDuration, options?: AddWorkingTimeOptions): WorkingTimeExplanation => {
        const startMs = instant(start, 'start')
        const durationMs = toDurationMillis(duration, ['duration'])
        const resultMs = addWorkingTimeMillis(indexes, startMs, durationMs, landingOf(options))
        const first = dayOfMillis(startMs, 'start')
        // A forward count ends with working time that runs up to the result: at 24:00 that is the day before.
        const last = dayOfMillis(durationMs > 0 ? resultMs - 1 : resultMs, 'start')
        return Object.freeze({
          start: toDateTime(startMs),
          result: toDateTime(resultMs),
          workingTime: toDuration(durationMs),
          provisional: hasProvisional(first, last),
          skipped: nonWorkingDaysBetween(indexes, first, last),
        })
      },
      addWorkingDays: (start: Instant | CalendarDay, days: number, options?: AddWorkingDaysOptions): WorkingDaysExplanation => {
        const result = addWorkingDays(start, days, options)
        const first = dayOfInput(start, 'start')
        // The result ends its day (at 23:59:59.999, or at a close that may be 24:00).
        const last = dayOfMillis(result.toMillis() - 1, 'start')
        return Object.freeze({
          start: isCalendarDay(start) ? start : toDateTime(instant(start, 'start')),
          result,
          days,
          provisional: hasProvisional(first, last),
          skipped: nonWorkingDaysBetween(indexes, first, last),
        })
      },
      workingTimeBetween: (from: Instant, to: Instant): WorkingTimeBetweenExplanation => {
        const fromMs = instant(from, 'from')
        const toMs = instant(to, 'to')
        const first = dayOfMillis(fromMs, 'from')
        const last = dayOfMillis(toMs, 'to')
        return Object.freeze({
          from: toDateTime(fromMs),
          to: toDateTime(toMs),
          workingTime: toDuration(workingTimeBetweenMillis(indexes, fromMs, toMs)),
          provisional: hasProvisional(first, last),
          skipped: nonWorkingDaysBetween(indexes, first, last),
        })
      },
    }),
    millis: Object.freeze({
      of: (value: Instant): number => instant(value, 'instant'),
      endOfDay: (day: CalendarDay): number => addWorkingDaysMillis(parseCalendarDay(day, ['day']), 0, 'midnight'),
      startOfDay: (value: number): number => {
        const t = instantMillis(value, 'instant')
        const index = indexes.yearOfInstant(t, ['instant'])
        return index.dayStart[dayIndexOf(index, t)] as number
      },
      addCalendarMonths: (value: number, months: number): number => {
        const t = instantMillis(value, 'instant')
        if (t < rangeStart || t > rangeEnd) fail('outside_calendar_range', DETAILS.instantOutsideRange, ['instant'])
        const result = plusCalendarMonths(resultZone, t, wholeMonths(months))
        // Like every count, the result stays inside the calendar's range (an overflow is NaN).
        if (!Number.isFinite(result) || result < rangeStart || result > rangeEnd) {
          fail('outside_calendar_range', DETAILS.resultOutsideRange, ['months'])
        }
        return result
      },
      addWorkingTime: (start: number, duration: number, options?: AddWorkingTimeOptions): number =>
        addWorkingTimeMillis(indexes, instantMillis(start, 'start'), millisOf(duration, ['duration']), landingOf(options)),
      addWorkingDays: (start: number, days: number, options?: AddWorkingDaysOptions): number => {
        return addWorkingDaysMillis(dayOfMillis(instantMillis(start, 'start'), 'start'), wholeDays(days), dayEndOf(options))
      },
      workingTimeBetween: (from: number, to: number): number =>
        workingTimeBetweenMillis(indexes, instantMillis(from, 'from'), instantMillis(to, 'to')),
    }),
  }
  const days: CalendarDays = Object.freeze({
    endOfRange: indexes.endInstant,
    dayOf: (t: number): DayNumber => dayOfMillis(t, 'instant'),
    // Where a day starts and ends is the zone's to say, not the calendar's: a rule that reads the
    // bounds of a day just outside the range (the period before a transfer on 3 January 2000, the
    // one after 31 December 2100) gets them, and an answer of its own inside the range is not refused.
    startOf: (day: DayNumber): number => {
      if (day < definition.firstDay || day > definition.lastDay) return startOfDayIn(zone, day)
      const index = indexes.yearOfDay(day, ['day'])
      return index.dayStart[day - index.firstDay] as number
    },
    endOf: (day: DayNumber): number => {
      if (day < definition.firstDay || day > definition.lastDay) return startOfDayIn(zone, day + 1) - 1
      return addWorkingDaysMillis(day, 0, 'midnight')
    },
    isWorking: (day: DayNumber): boolean => isWorkingDayNumber(reaching, day),
    nextWorking: (day: DayNumber): DayNumber => {
      const counted = countWorkingDays(reaching, day, 1, DAY_PATHS)
      return counted.index.firstDay + counted.day
    },
    previousWorking: (day: DayNumber): DayNumber => {
      const counted = countWorkingDays(reaching, day, -1, DAY_PATHS)
      return counted.index.firstDay + counted.day
    },
    addWorkingTime: (start: number, duration: number, options?: AddWorkingTimeOptions): number => {
      const landing = landingOf(options)
      const t = instantMillis(start, 'start')
      const length = millisOf(duration, ['duration'])
      indexes.yearOfInstant(t, ['start'])
      return addWorkingTimeMillis(reaching, t, length, landing)
    },
    addWorkingDays: (start: number, days: number, options?: AddWorkingDaysOptions): number => {
      const dayEnd = dayEndOf(options)
      const day = dayOfMillis(instantMillis(start, 'start'), 'start')
      return endOfCountedDay(countWorkingDays(reaching, day, wholeDays(days)), dayEnd)
    },
    workingDaysBetween: (from: DayNumber, to: DayNumber): number => workingDaysBetweenDays(indexes, from, to),
    hasProvisional,
  })
  Object.defineProperty(calendar, DAYS, { value: days, enumerable: false })
  return Object.freeze(calendar)
}

const DAY_PATHS = Object.freeze({ start: ['day'], count: ['day'] })

function isWorkingDayNumber(indexes: YearIndexes, day: DayNumber): boolean {
  const index = indexes.yearOfDay(day, ['day'])
  return (index.dayHours[day - index.firstDay] ?? []).length > 0
}

function isWorkingInstant(indexes: YearIndexes, t: number): boolean {
  const index = indexes.yearOfInstant(t, ['instant'])
  const k = intervalAtOrBefore(index, t)
  return k >= 0 && t < (index.intervalEnd[k] as number)
}
