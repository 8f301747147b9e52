import type { DayNumber } from '../../core/calendar-day.js'
import { DETAILS } from '../../core/messages.js'
import { fail } from '../../core/validation.js'
import type { YearIndex } from '../year-index.js'
import { lowerBound, lowerBoundFrom, type YearIndexes } from '../year-indexes.js'

/**
 * Where a deadline counted in working days ends on its last day (docs/calendar.md, working days):
 * - `'midnight'` (default): the end of the day, 24:00, given as 23:59:59.999 local time
 *   (Civil Code 2015, Art. 148(1) and 148(6));
 * - `'close-of-business'`: the end of the day's last working interval.
 */
export const DAY_ENDS = Object.freeze(['midnight', 'close-of-business'] as const)
export type DayEnd = (typeof DAY_ENDS)[number]

const COUNT_PATHS = Object.freeze({ start: ['start'], count: ['days'] })

/** A working day found by counting: its year and its index within that year. */
export type CountedDay = { readonly index: YearIndex; readonly day: number }

/**
 * The `n`th working day after day `start` (before it when `n` is negative); zero is the starting
 * day itself, a period that ends with the day it starts. The starting day is never counted
 * (Civil Code 2015, Art. 147(2)); make-up working days count like any other.
 */
export function countWorkingDays(
  indexes: YearIndexes,
  start: DayNumber,
  n: number,
  paths: { readonly start: readonly (string | number)[]; readonly count: readonly (string | number)[] } = COUNT_PATHS,
): CountedDay {
  let index = indexes.yearOfDay(start, paths.start)
  const startDay = start - index.firstDay
  if (n === 0) return { index, day: startDay }
  // A working day is a day: a count longer than the days left in the range can never fit. Refused
  // here, before the loop below would index every remaining year only to run out of them.
  const { firstDay, lastDay } = indexes
  if (n > lastDay - start || -n > start - firstDay) fail('outside_calendar_range', DETAILS.resultOutsideRange, paths.count)
  if (n > 0) {
    let target = (index.workingDaysBefore[startDay + 1] as number) + n
    // The nth working day lies at least n days on: the search gallops from there.
    let from = startDay + 1 + n
    while (target > index.workingDays) {
      target -= index.workingDays
      index = indexes.neighbour(index, 1, paths.count)
      from = target
    }
    return { index, day: lowerBoundFrom(index.workingDaysBefore, target, Math.min(from, index.dayCount), index.dayCount + 1) - 1 }
  }
  let before = index.workingDaysBefore[startDay] as number
  let remaining = -n
  while (before - remaining < 0) {
    remaining -= before
    index = indexes.neighbour(index, -1, paths.count)
    before = index.workingDays
  }
  return { index, day: lowerBound(index.workingDaysBefore, before - remaining + 1, 1, index.dayCount + 1) - 1 }
}

/**
 * The end of a counted day, as `dayEnd` says. A day without working hours (only the starting day
 * of a zero-day count can be one) has no close of business: it ends at midnight. 24:00 is always
 * given as 23:59:59.999, so the result stays inside its day, a close at 24:00 included.
 */
export function endOfCountedDay({ index, day }: CountedDay, dayEnd: DayEnd): number {
  const endOfDay = (index.dayStart[day + 1] as number) - 1
  const lastInterval = (index.dayFirstInterval[day + 1] as number) - 1
  if (dayEnd === 'midnight' || lastInterval < (index.dayFirstInterval[day] as number)) return endOfDay
  return Math.min(index.intervalEnd[lastInterval] as number, endOfDay)
}
