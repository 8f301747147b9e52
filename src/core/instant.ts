import { DateTime, type Zone } from 'luxon'
import { isCalendarDay } from './calendar-day.js'
import { DETAILS } from './messages.js'
import { fail } from './validation.js'
import { wallTimeToEpoch } from './zone.js'

/**
 * An instant on the time line, as a caller may give it:
 * - an ISO 8601 string with an offset (`2025-06-30T08:00:00+07:00`, `…Z`), taken as written;
 * - an ISO 8601 string without one (`2025-06-30T08:00`), read as wall time in the calendar's zone;
 * - a luxon `DateTime` (its instant counts, not its zone), a JS `Date`, or epoch milliseconds.
 * A calendar day (`2025-06-30`) is not an instant and is refused.
 */
export type Instant = string | DateTime | Date | number

const HAS_OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i
// A date and a time are both required: luxon reads a bare time as "today", which would read the clock.
const DATE_AND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}/
const UTC = { zone: 'utc' } as const

/** Converts any accepted instant to epoch milliseconds, or throws `invalid_input` at `path`. */
export function toEpochMillis(instant: unknown, zone: Zone, path: readonly (string | number)[] = []): number {
  if (typeof instant === 'number') {
    if (Number.isInteger(instant)) return instant
    return fail('invalid_input', DETAILS.notEpochMillis, path)
  }
  if (typeof instant === 'string') return parseIsoInstant(instant, zone, path)
  if (DateTime.isDateTime(instant)) {
    if (instant.isValid) return instant.toMillis()
    return fail('invalid_input', DETAILS.notAnInstant, path)
  }
  if (instant instanceof Date) {
    const ms = instant.getTime()
    if (Number.isFinite(ms)) return ms
  }
  return fail('invalid_input', DETAILS.notAnInstant, path)
}

function parseIsoInstant(text: string, zone: Zone, path: readonly (string | number)[]): number {
  if (isCalendarDay(text)) return fail('invalid_input', DETAILS.dayIsNotAnInstant, path)
  // Parsed in UTC so that the host's zone can never leak in; without an offset, the fields are
  // wall time in the calendar's zone.
  const parsed = DATE_AND_TIME.test(text) ? parseIsoInUtc(text) : undefined
  if (parsed === undefined || !parsed.isValid) return fail('invalid_input', DETAILS.notAnInstant, path)
  return HAS_OFFSET.test(text) ? parsed.toMillis() : wallTimeToEpoch(zone, parsed.toMillis())
}

/** luxon returns an invalid DateTime, or throws when the embedding app set `throwOnInvalid`; both mean "not an instant". */
function parseIsoInUtc(text: string): DateTime | undefined {
  try {
    return DateTime.fromISO(text, UTC)
  } catch {
    return undefined
  }
}
