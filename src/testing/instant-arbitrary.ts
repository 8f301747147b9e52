import fc from 'fast-check'
import { type CalendarDay, type Instant, VnTaskSlaError, vietnamCalendar, type WorkingCalendar } from '../index.js'
import { CHECKS, KIT_DETAILS, optionAt, readKitOptions } from './kit-options.js'

export type InstantArbitraryOptions = {
  /** Default `vietnamCalendar()`: its zone writes the instants, its hours decide `workingTimeOnly`. */
  readonly calendar?: WorkingCalendar
  /** The earliest instant, or the start of this day. Default: 1 January 2025, the first year of announced schedules here. */
  readonly from?: Instant | CalendarDay
  /** The latest instant, or the end of this day. Default: 31 December 2026. */
  readonly to?: Instant | CalendarDay
  /** Only instants inside working hours (Art. 6.2(a) counts those). Default false. */
  readonly workingTimeOnly?: boolean
}

const INSTANT_OPTIONS = Object.freeze({
  calendar: CHECKS.calendar,
  from: CHECKS.instantOrDay,
  to: CHECKS.instantOrDay,
  workingTimeOnly: CHECKS.boolean,
})

/** The window the kit draws from by default: 2025–2026, the years whose day-off schedules were announced. */
export const DEFAULT_WINDOW = Object.freeze({ from: '2025-01-01', to: '2026-12-31' } as const)

/**
 * Instants as ISO 8601 strings with their offset, in the calendar's zone, between `from` and `to`.
 * They shrink towards `from`. With `workingTimeOnly`, every instant lies inside working hours: it is
 * drawn as an amount of working time after `from`, so holidays, weekends and lunch never appear.
 *
 * @example
 * fc.sample(instantArbitrary({ workingTimeOnly: true }), 1)[0] //=> e.g. '2025-03-12T14:27:05.311+07:00'
 */
export function instantArbitrary(input: InstantArbitraryOptions = {}): fc.Arbitrary<string> {
  const options = readKitOptions<InstantArbitraryOptions>(input, INSTANT_OPTIONS)
  const calendar = options.calendar ?? vietnamCalendar()
  const from = optionAt('from', () => startOf(calendar, options.from ?? DEFAULT_WINDOW.from))
  const to = optionAt('to', () => endOf(calendar, options.to ?? DEFAULT_WINDOW.to))
  const iso = (ms: number): string => calendar.toDateTime(ms).toISO() as string
  if (options.workingTimeOnly !== true) return fc.integer({ min: from, max: to }).map(iso)
  const total = calendar.millis.workingTimeBetween(from, to)
  if (total <= 0) throw new VnTaskSlaError('invalid_input', KIT_DETAILS.noWorkingTime, ['options'])
  // The start of the working millisecond number `worked` after `from`: always inside working hours,
  // the first opening itself for 0.
  return fc.integer({ min: 0, max: total - 1 }).map((worked) => iso(workingInstant(calendar, from, worked)))
}

/** The instant at which the working millisecond number `worked` (from 0) after `from` starts. */
export function workingInstant(calendar: WorkingCalendar, from: number, worked: number): number {
  return calendar.millis.addWorkingTime(from, worked + 1) - 1
}

/** The first instant of a day (its start in the calendar's zone), or the instant itself. */
export function startOf(calendar: WorkingCalendar, value: Instant | CalendarDay): number {
  return isDay(value) ? calendar.millis.startOfDay(calendar.millis.endOfDay(value)) : calendar.millis.of(value)
}

/** The last instant of a day, or the instant itself. */
export function endOf(calendar: WorkingCalendar, value: Instant | CalendarDay): number {
  return isDay(value) ? calendar.millis.endOfDay(value) : calendar.millis.of(value)
}

function isDay(value: unknown): value is CalendarDay {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
}
