import { vietnamCalendar } from '../calendar/vietnam/vietnam-calendar.js'
import type { WorkingCalendar } from '../calendar/working-calendar.js'
import type { RuleDefaults } from './context.js'

let shared: WorkingCalendar | undefined

/**
 * The defaults of the package entry: `vietnamCalendar()`, built on first use and then shared. It is
 * an immutable value built from no input, so sharing it is unobservable; what it saves is building
 * the calendar on every call. Each operation of the entry is bound to these once, at its export; the
 * operations of `vn-task-sla/core` are bound to none, so a bundle that names its own calendar holds
 * no Vietnamese one.
 */
export const VIETNAM_DEFAULTS: RuleDefaults = Object.freeze({
  calendar: (): WorkingCalendar => {
    shared ??= vietnamCalendar()
    return shared
  },
})
