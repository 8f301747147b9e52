import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { type CalendarDay, isCalendarDay } from '../core/calendar-day.js'
import type { ErrorPath } from '../core/errors.js'
import type { Instant } from '../core/instant.js'
import { atPath } from '../core/validation.js'

/** An instant of a rule's options, in epoch ms, read in the calendar's zone; errors at `path`. */
export function instantOption(calendar: WorkingCalendar, value: Instant, path: ErrorPath): number {
  return Number.isSafeInteger(value) ? (value as number) : atPath(path, () => calendar.millis.of(value))
}

/** An instant or a day (the end of that day) of a rule's options, in epoch ms; errors at `path`. */
export function instantOrDayOption(calendar: WorkingCalendar, value: Instant | CalendarDay, path: ErrorPath): number {
  return isCalendarDay(value) ? atPath(path, () => calendar.millis.endOfDay(value)) : instantOption(calendar, value, path)
}
