import type { DateTime } from 'luxon'
import type { AddWorkingDaysOptions, AddWorkingTimeOptions, WorkingCalendar } from '../../calendar/working-calendar.js'
import type { Citation } from '../../core/citation.js'
import type { Instant } from '../../core/instant.js'
import { atPath } from '../../core/validation.js'
import { defaultCalendar } from '../default-calendar.js'
import type { TimeRule } from './rules.js'

export type DeadlineOptions = AddWorkingTimeOptions &
  AddWorkingDaysOptions & {
    /** Default `vietnamCalendar()`. */
    readonly calendar?: WorkingCalendar
  }

export type Deadline = {
  readonly due: DateTime
  readonly rule: TimeRule
  readonly citation: Citation
  /** A provisional calendar day (a year with no announced schedule) lies between `from` and `due`. */
  readonly provisional: boolean
}

/**
 * The instant by which `rule` must be met, counted from `from`: working hours as the earliest
 * instant they have elapsed, working days as the end of the last one (the starting day not counted).
 *
 * @example
 * deadline(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00').due.toISO() //=> '2026-02-23T10:00:00.000+07:00'
 * deadline(CLASSIFY_AND_DISPATCH, '2025-04-28T10:00').due.toISO() //=> '2025-05-06T23:59:59.999+07:00'
 */
export function deadline(rule: TimeRule, from: Instant, options: DeadlineOptions = {}): Deadline {
  const calendar = options.calendar ?? defaultCalendar()
  const start = atPath(['from'], () => calendar.toDateTime(from))
  const due =
    'workingHours' in rule.within
      ? calendar.addWorkingTime(start, { hours: rule.within.workingHours }, boundaryOnly(options))
      : calendar.addWorkingDays(start, rule.within.workingDays, dayEndOnly(options))
  return Object.freeze({ due, rule, citation: rule.citation, provisional: calendar.hasProvisionalDays(start, due) })
}

function boundaryOnly(options: DeadlineOptions): AddWorkingTimeOptions | undefined {
  return options.boundary === undefined ? undefined : { boundary: options.boundary }
}

function dayEndOnly(options: DeadlineOptions): AddWorkingDaysOptions | undefined {
  return options.dayEnd === undefined ? undefined : { dayEnd: options.dayEnd }
}
