import { DateTime } from 'luxon'

/** Whether every object inside `value` is frozen; a luxon DateTime, immutable by its API and never frozen, is skipped. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || DateTime.isDateTime(value)) return true
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen)
}

/** Every string inside `value`, keys included. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)])
}
