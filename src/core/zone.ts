import { FixedOffsetZone, IANAZone, type Zone } from 'luxon'
import { civilDateOf, type DayNumber, dayNumberOf, daysInMonth } from './calendar-day.js'
import { DETAILS } from './messages.js'
import { fail } from './validation.js'

export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh'

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

/**
 * Resolves an IANA zone name (`Asia/Ho_Chi_Minh`, `America/Santiago`, `UTC`) or a fixed offset
 * (`UTC+7`) to a luxon Zone. The host's zone is never a default: "same input, same output,
 * whatever the host".
 */
export function resolveZone(name: string, path: readonly (string | number)[] = ['zone']): Zone {
  if (name === 'UTC') return FixedOffsetZone.utcInstance
  if (/^UTC[+-]\d{1,2}(:\d{2})?$/.test(name)) {
    const zone = FixedOffsetZone.parseSpecifier(name)
    // Real offsets lie within ±14 hours; anything beyond is a typing error, not a zone.
    if (zone !== null && Math.abs(zone.offset(0)) <= 14 * 60) return zone
  }
  // IANA names are matched without regard to case, as Intl does; `zone` reports the name as given.
  // luxon validates a zone when it creates it (one Intl.DateTimeFormat, the costliest step of a cold start).
  const zone = IANAZone.create(name)
  if (zone.isValid) return zone
  return fail('invalid_calendar', DETAILS.unknownZone, path)
}

/**
 * The epoch milliseconds of a wall-clock time in `zone`, where `localMs` is the wall time written
 * as if it were UTC. This is how an instant given as wall time is read. Ambiguity is resolved as
 * Temporal's `'compatible'` disambiguation does: a wall time repeated when DST ends takes its
 * earlier occurrence; a wall time skipped by a DST gap moves forward by the gap's length.
 * (luxon's own choice depends on its first guess; ours does not.)
 */
export function wallTimeToEpoch(zone: Zone, localMs: number): number {
  return resolveWallTime(zone, localMs, false)
}

/**
 * The first instant at which a clock in `zone` shows the wall time `localMs` or a later one: the
 * wall time's (first) occurrence, or, when a DST gap skips it, the instant of the jump. Interval
 * boundaries and day starts are read this way: on a day whose clock jumps from 02:00 to 03:00,
 * hours 01:00–02:30 end at the jump, and hours 02:30–03:00 hold no time at all.
 */
export function firstInstantShowing(zone: Zone, localMs: number): number {
  return resolveWallTime(zone, localMs, true)
}

/** The first instant of `day` (days since 1970-01-01) in `zone`: its midnight, or the jump of a DST gap over it. */
export function startOfDayIn(zone: Zone, day: DayNumber): number {
  return firstInstantShowing(zone, day * MS_PER_DAY)
}

/**
 * The instant `months` calendar months after `t` in `zone`: the same wall time on the same day of
 * the month, or on the month's last day when it is shorter (31 January + 1 month = 28 or 29
 * February), read as wall-time input is. Plain arithmetic on the civil date: luxon's `plus`
 * gives the same instant outside DST gaps, at many times the cost.
 */
export function plusCalendarMonths(zone: Zone, t: number, months: number): number {
  const local = t + zone.offset(t) * MS_PER_MINUTE
  const dayNumber = Math.floor(local / MS_PER_DAY)
  const { year, month, day } = civilDateOf(dayNumber)
  const monthIndex = year * 12 + month - 1 + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = monthIndex - targetYear * 12 + 1
  const targetDay = dayNumberOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
  return wallTimeToEpoch(zone, targetDay * MS_PER_DAY + (local - dayNumber * MS_PER_DAY))
}

function resolveWallTime(zone: Zone, localMs: number, gapToJump: boolean): number {
  const offsetBefore = zone.offset(localMs - MS_PER_DAY)
  const offsetAfter = zone.offset(localMs + MS_PER_DAY)
  const withBefore = localMs - offsetBefore * MS_PER_MINUTE
  if (offsetBefore === offsetAfter) return withBefore
  const withAfter = localMs - offsetAfter * MS_PER_MINUTE
  const beforeFits = zone.offset(withBefore) === offsetBefore
  const afterFits = zone.offset(withAfter) === offsetAfter
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter)
  if (beforeFits) return withBefore
  if (afterFits) return withAfter
  // In a gap neither offset fits. Read with the offset in force before the gap, the wall time lands
  // as far past the jump as it is past the gap's start: the forward shift.
  if (!gapToJump) return withBefore
  // The jump lies between the two readings; find the first instant with the new offset.
  let low = withAfter
  let high = withBefore
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (zone.offset(middle) === offsetBefore) low = middle
    else high = middle
  }
  return high
}
