import { FixedOffsetZone, IANAZone, type Zone } from 'luxon'
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
  if (/^UTC[+-]\d{1,2}(:\d{2})?$/i.test(name)) {
    const zone = FixedOffsetZone.parseSpecifier(name)
    if (zone !== null) return zone
  }
  if (IANAZone.isValidZone(name)) return IANAZone.create(name)
  return fail('invalid_calendar', DETAILS.unknownZone, path)
}

/**
 * The epoch milliseconds of a wall-clock time in `zone`, where `localMs` is the wall time written
 * as if it were UTC. Ambiguity is resolved as Temporal's `'compatible'` disambiguation does: a wall
 * time repeated when DST ends takes its earlier occurrence; a wall time skipped by a DST gap moves
 * forward by the gap's length. (luxon's own choice depends on its first guess; ours does not.)
 */
export function wallTimeToEpoch(zone: Zone, localMs: number): number {
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
  // In a gap neither offset fits: reading the wall time with the offset in force before the gap
  // lands as far past the gap's start as the wall time is, which is the forward shift.
  return withBefore
}
