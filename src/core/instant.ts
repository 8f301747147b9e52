import { DateTime, type Zone } from 'luxon'
import { isCalendarDay } from './calendar-day.js'
import { readingObject } from './freeze.js'
import { DETAILS } from './messages.js'
import { fail } from './validation.js'
import { wallTimeToEpoch } from './zone.js'

/**
 * An instant on the time line, as a caller may give it:
 * - an ISO 8601 / RFC 3339 string with an offset (`2025-06-30T08:00:00+07:00`, `…Z`), taken as written;
 *   a space may stand for the `T` (`2026-01-05 08:30:00.123456+07`, PostgreSQL's text form of a
 *   `timestamptz`), and fractions of a second beyond milliseconds are cut off;
 * - an ISO 8601 string without one (`2025-06-30T08:00`), read as wall time in the calendar's zone, or
 *   refused when the calendar says `offsetless: 'reject'`;
 * - a luxon `DateTime` (its instant counts, not its zone), a JS `Date`, or epoch milliseconds.
 * A calendar day (`2025-06-30`) is not an instant and is refused.
 */
export type Instant = string | DateTime | Date | number

/**
 * How a calendar reads an instant written without an offset (`2025-06-30T08:00`, `2025-06-30 08:00:00`):
 * - `'calendar-zone'` (default): as wall time in the calendar's zone;
 * - `'reject'`: not at all (`invalid_input`): for a system whose stored times are UTC written without a
 *   `Z`, where reading them as Vietnamese wall time would shift every instant by seven hours.
 */
export const OFFSETLESS_READINGS = Object.freeze(['calendar-zone', 'reject'] as const)
export type OffsetlessReading = (typeof OFFSETLESS_READINGS)[number]

const HAS_OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i
// A date and a time are both required: luxon reads a bare time as "today", which would read the clock.
const DATE_AND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}/
// RFC 3339 §5.6 lets a space stand for the `T`; SQL databases print timestamps that way.
const SPACE_SEPARATED = /^\d{4}-\d{2}-\d{2} \d{2}/
const UTC = { zone: 'utc' } as const

/** Epoch seconds of 1973–5138 read as milliseconds fall in 1970–1973: almost surely seconds, not milliseconds. */
const SECONDS_LOW = 1e8
const SECONDS_HIGH = 1e11

/** Whether a number that is not valid epoch milliseconds has the size of epoch seconds (with a fraction, as SQL's `extract(epoch …)` gives). */
export function looksLikeEpochSeconds(value: number): boolean {
  const size = Math.abs(value)
  return size >= SECONDS_LOW && size < SECONDS_HIGH
}

/** Converts any accepted instant to epoch milliseconds, or throws `invalid_input` at `path`. */
export function toEpochMillis(
  instant: unknown,
  zone: Zone,
  path: readonly (string | number)[] = [],
  offsetless: OffsetlessReading = 'calendar-zone',
): number {
  if (typeof instant === 'number') {
    if (Number.isInteger(instant)) return instant
    return fail('invalid_input', looksLikeEpochSeconds(instant) ? DETAILS.epochSeconds : DETAILS.notEpochMillis, path)
  }
  if (typeof instant === 'string') return parseIsoInstant(instant, zone, path, offsetless)
  return readingObject(path, () => objectMillis(instant, path))
}

function objectMillis(instant: unknown, path: readonly (string | number)[]): number {
  if (DateTime.isDateTime(instant)) {
    // luxon knows its DateTimes by a flag any object can carry: only a real one answers toMillis.
    if (instant.isValid === true && typeof instant.toMillis === 'function') return instant.toMillis()
    return fail('invalid_input', DETAILS.notAnInstant, path)
  }
  if (isRealDate(instant)) {
    // The Date's own time value, not a subclass's getTime: always an integer, or NaN.
    const ms = Date.prototype.getTime.call(instant)
    if (Number.isFinite(ms)) return ms
  }
  return fail('invalid_input', DETAILS.notAnInstant, path)
}

function parseIsoInstant(written: string, zone: Zone, path: readonly (string | number)[], offsetless: OffsetlessReading): number {
  const spaced = SPACE_SEPARATED.test(written)
  const text = spaced ? `${written.slice(0, 10)}T${written.slice(11)}` : written
  if (isCalendarDay(written)) return fail('invalid_input', DETAILS.dayIsNotAnInstant, path)
  // Parsed in UTC so that the host's zone can never leak in; without an offset, the fields are
  // wall time in the calendar's zone.
  const parsed = DATE_AND_TIME.test(text) ? parseIsoInUtc(text) : undefined
  if (parsed === undefined || !parsed.isValid) return fail('invalid_input', DETAILS.notAnInstant, path)
  if (HAS_OFFSET.test(text)) return parsed.toMillis()
  if (offsetless === 'reject') {
    return fail('invalid_input', spaced ? DETAILS.sqlTimestampWithoutOffset : DETAILS.offsetlessRefused, path)
  }
  return wallTimeToEpoch(zone, parsed.toMillis())
}

/** luxon returns an invalid DateTime, or throws when the embedding app set `throwOnInvalid`; both mean "not an instant". */
function parseIsoInUtc(text: string): DateTime | undefined {
  try {
    return DateTime.fromISO(text, UTC)
  } catch {
    return undefined
  }
}

/** A Date with a time value: `Object.create(Date.prototype)` passes `instanceof Date` and has none. */
function isRealDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]'
}
