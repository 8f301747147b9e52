import * as z from 'zod/mini'
import { DETAILS } from './messages.js'
import { fail } from './validation.js'

/**
 * A day of the civil calendar, written `YYYY-MM-DD`. A calendar day is not an instant: it has no
 * zone and no time. Which instants belong to it depends on the calendar's zone.
 */
export type CalendarDay = string

/**
 * A calendar day as a whole number: days since 1970-01-01 in the proleptic Gregorian calendar.
 * Pure arithmetic, independent of any zone, so it never meets a JS Date.
 */
export type DayNumber = number

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days from 1970-01-01 to the given civil date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

export type CivilDate = { readonly year: number; readonly month: number; readonly day: number }

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function civilDateOf(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return { year, month, day }
}

/** The weekday names, indexed by ISO weekday − 1 (Monday first). */
export const WEEKDAY_NAMES: readonly Readonly<{ vi: string; en: string }>[] = Object.freeze([
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
  { vi: 'Chủ Nhật', en: 'Sunday' },
])

/** The names of an ISO weekday. */
export function weekdayName(weekday: IsoWeekday): Readonly<{ vi: string; en: string }> {
  return WEEKDAY_NAMES[weekday - 1] as Readonly<{ vi: string; en: string }>
}

export function weekdayOf(dayNumber: DayNumber): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber % 7) + 7 + 3) % 7) + 1) as IsoWeekday
}

export function formatDay(dayNumber: DayNumber): CalendarDay {
  const { year, month, day } = civilDateOf(dayNumber)
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

export function isCalendarDay(value: unknown): value is CalendarDay {
  return typeof value === 'string' && civilFieldsOf(value) !== undefined
}

// Read by character codes: days are parsed in every rule's inner loop, where a regular expression
// and three substrings cost more than the arithmetic around them.
const ZERO = 48
const DASH = 45

function digitsAt(text: string, from: number, count: number): number {
  let value = 0
  for (let position = from; position < from + count; position += 1) {
    const digit = text.charCodeAt(position) - ZERO
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** The year, month and day of an existing `YYYY-MM-DD` date; undefined for anything else. */
function civilFieldsOf(text: string): CivilDate | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

/** The zod schema of a calendar day: the format and the existence of the date. */
export const CalendarDay = z
  .string()
  // The pattern is for JSON Schema readers; the refinement also checks that the date exists.
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'notACalendarDay' }), z.refine(isCalendarDay, { message: 'notACalendarDay' }))

/** Parses `YYYY-MM-DD` into a day number, or throws `invalid_input` at `path`. */
export function parseCalendarDay(value: unknown, path: readonly (string | number)[] = []): DayNumber {
  const fields = typeof value === 'string' ? civilFieldsOf(value) : undefined
  if (fields === undefined) return fail('invalid_input', DETAILS.notACalendarDay, path)
  return dayNumberOf(fields.year, fields.month, fields.day)
}

/** The year of a day number, without building a civil date. */
export function yearOfDay(dayNumber: DayNumber): number {
  const estimate = Math.floor(dayNumber / 365.2425 + 1970)
  if (dayNumber < dayNumberOf(estimate, 1, 1)) return estimate - 1
  if (dayNumber >= dayNumberOf(estimate + 1, 1, 1)) return estimate + 1
  return estimate
}
