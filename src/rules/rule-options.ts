import * as z from 'zod/mini'
import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { type CalendarDay, isCalendarDay } from '../core/calendar-day.js'
import type { ErrorPath } from '../core/errors.js'
import type { Instant } from '../core/instant.js'
import { atPath, parseOrThrow } from '../core/validation.js'
import { DATE_DEADLINE_READINGS, type DateDeadlineReading } from './task/read-task.js'

/** An instant of a rule's options, in epoch ms, read in the calendar's zone; errors at `path`. */
export function instantOption(calendar: WorkingCalendar, value: Instant, path: ErrorPath): number {
  return atPath(path, () => calendar.millis.of(value))
}

/** An instant or a day (the end of that day) of a rule's options, in epoch ms; errors at `path`. */
export function instantOrDayOption(calendar: WorkingCalendar, value: Instant | CalendarDay, path: ErrorPath): number {
  return isCalendarDay(value) ? atPath(path, () => calendar.millis.endOfDay(value)) : instantOption(calendar, value, path)
}

const Reading = z.optional(z.enum(DATE_DEADLINE_READINGS))

/** The `dateDeadlines` option, checked before any task is read: a bad option fails whatever the data. */
export function dateDeadlinesOption(value: unknown): DateDeadlineReading {
  if (value === undefined) return 'as-written'
  return parseOrThrow(Reading, value, 'invalid_input', ['options', 'dateDeadlines']) ?? 'as-written'
}
