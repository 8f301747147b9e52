import { vietnamCalendar } from '../calendar/vietnam/vietnam-calendar.js'
import type { WorkingCalendar } from '../calendar/working-calendar.js'

let shared: WorkingCalendar | undefined

/**
 * The calendar a rule uses when the caller passes none: `vietnamCalendar()`, built on first use and
 * then shared. It is an immutable value, built from no input, so sharing it is unobservable; what
 * it saves is rebuilding a year of holidays (about 20 ms) on every call.
 */
export function defaultCalendar(): WorkingCalendar {
  shared ??= vietnamCalendar()
  return shared
}
