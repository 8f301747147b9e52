import { Duration, type DurationLikeObject } from 'luxon'
import { readingObject } from './freeze.js'
import { DETAILS } from './messages.js'
import { fail } from './validation.js'

/**
 * A length of working time: luxon-style units of clock time only. Days, weeks, months and years
 * of working time are not lengths (a working day is not 24 hours): use `addWorkingDays`.
 * Units may be fractional and of mixed sign; the sum is rounded to the millisecond.
 */
export type WorkingDuration =
  | Duration
  | Readonly<
      Pick<DurationLikeObject, 'hours' | 'hour' | 'minutes' | 'minute' | 'seconds' | 'second' | 'milliseconds' | 'millisecond'>
    >

const UNIT_MILLIS: Readonly<Record<string, number>> = Object.freeze({
  hours: 3_600_000,
  hour: 3_600_000,
  minutes: 60_000,
  minute: 60_000,
  seconds: 1_000,
  second: 1_000,
  milliseconds: 1,
  millisecond: 1,
})

/** The length in milliseconds, or `invalid_input` at `path` for anything that is not a working duration. */
export function toDurationMillis(duration: unknown, path: readonly (string | number)[] = []): number {
  return readingObject(path, () => durationMillis(duration, path))
}

function durationMillis(duration: unknown, path: readonly (string | number)[]): number {
  // luxon knows its Durations by a flag any object can carry: only a real one answers toObject.
  if (Duration.isDuration(duration) && typeof duration.toObject !== 'function') {
    return fail('invalid_input', DETAILS.notADuration, path)
  }
  const units = Duration.isDuration(duration) ? duration.toObject() : duration
  if (typeof units !== 'object' || units === null || Array.isArray(units)) {
    return fail('invalid_input', DETAILS.notADuration, path)
  }
  let total = 0
  let any = false
  for (const key in units) {
    if (!Object.hasOwn(units, key)) continue
    const factor = UNIT_MILLIS[key]
    const value = (units as Record<string, unknown>)[key]
    if (factor === undefined) return fail('invalid_input', DETAILS.notADuration, [...path, key])
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return fail('invalid_input', DETAILS.notADuration, [...path, key])
    }
    total += value * factor
    any = true
  }
  if (Duration.isDuration(duration) ? !duration.isValid : !any) {
    return fail('invalid_input', DETAILS.notADuration, path)
  }
  const rounded = Math.round(total)
  if (!Number.isSafeInteger(rounded)) return fail('invalid_input', DETAILS.notADuration, path)
  return rounded === 0 ? 0 : rounded
}
