import * as z from 'zod/mini'
import { EXCEPTION_KINDS } from '../calendar/definition.js'
import { CalendarDay } from '../core/calendar-day.js'
import { Messages } from '../core/messages.js'
import { IsoInstant } from '../core/result-instants.js'
import { IsoDurationJson, WallTimeJson } from './json-values.js'

/**
 * The JSON forms of the calendar's answers that are records: `describeDay` and the three
 * `explain` questions. (The other answers are a DateTime, a Duration, a day, a number or a boolean,
 * whose JSON forms `json-values.ts` gives.)
 */

/** A reason a day is what it is. */
export const DayReasonJson = z.strictObject({
  kind: z.enum([...EXCEPTION_KINDS, 'weekly-rest', 'seasonal-hours']),
  name: Messages,
  source: z.string(),
  provisional: z.boolean(),
})

/** `calendar.describeDay(day)`, and each skipped day of an explanation. */
export const DayDescriptionJson = z.strictObject({
  date: CalendarDay,
  working: z.boolean(),
  provisional: z.boolean(),
  hours: z.array(z.strictObject({ start: WallTimeJson, end: WallTimeJson })),
  reasons: z.array(DayReasonJson),
})

/** `calendar.explain.addWorkingTime(start, duration)`. */
export const WorkingTimeExplanationJson = z.strictObject({
  start: IsoInstant,
  result: IsoInstant,
  workingTime: IsoDurationJson,
  provisional: z.boolean(),
  skipped: z.array(DayDescriptionJson),
})

/** `calendar.explain.addWorkingDays(start, days)`: `start` stays a day when a day was given. */
export const WorkingDaysExplanationJson = z.strictObject({
  start: z.union([CalendarDay, IsoInstant]),
  result: IsoInstant,
  days: z.int(),
  provisional: z.boolean(),
  skipped: z.array(DayDescriptionJson),
})

/** `calendar.explain.workingTimeBetween(from, to)`. */
export const WorkingTimeBetweenExplanationJson = z.strictObject({
  from: IsoInstant,
  to: IsoInstant,
  workingTime: IsoDurationJson,
  provisional: z.boolean(),
  skipped: z.array(DayDescriptionJson),
})
