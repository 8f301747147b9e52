import { type CalendarDay, type DayNumber, formatDay } from '../../core/calendar-day.js'
import type { DayReason } from '../definition.js'
import type { YearIndexes } from '../year-indexes.js'

/** A wall-time interval of a day, `{ start: '08:00', end: '12:00' }`. */
export type HoursInterval = { readonly start: string; readonly end: string }

/** What a day is and why: the answer of `describeDay`, and each skipped day of `explain`. */
export type DayDescription = {
  readonly date: CalendarDay
  readonly working: boolean
  /** The day's status comes from a rule, not an announcement (a year with no official schedule yet). */
  readonly provisional: boolean
  readonly hours: readonly HoursInterval[]
  /** Why the day differs from an ordinary working day; empty for an ordinary working day. */
  readonly reasons: readonly DayReason[]
}

function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export function describeDayNumber(indexes: YearIndexes, day: DayNumber): DayDescription {
  const index = indexes.yearOfDay(day, ['day'])
  const i = day - index.firstDay
  const hours = index.dayHours[i] ?? []
  return Object.freeze({
    date: formatDay(day),
    working: hours.length > 0,
    provisional: index.dayProvisional[i] === true,
    hours: Object.freeze(hours.map(([start, end]) => Object.freeze({ start: wallTime(start), end: wallTime(end) }))),
    reasons: index.dayReasons[i] ?? [],
  })
}

/** The days from `first` to `last` (both included, in either order) that have no working time. */
export function nonWorkingDaysBetween(indexes: YearIndexes, first: DayNumber, last: DayNumber): readonly DayDescription[] {
  const step = first <= last ? 1 : -1
  const days: DayDescription[] = []
  for (let day = first; step > 0 ? day <= last : day >= last; day += step) {
    const index = indexes.yearOfDay(day)
    if ((index.dayHours[day - index.firstDay] ?? []).length === 0) days.push(describeDayNumber(indexes, day))
  }
  return Object.freeze(days)
}
