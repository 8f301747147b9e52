import type { DayNumber } from '../../core/calendar-day.js'
import type { Timeline } from '../timeline.js'

/**
 * The number of working days after day `a` up to and including day `b` (negative when `b` is
 * before `a`): the count `addWorkingDays` makes, so `workingDaysBetween(d, addWorkingDays(d, n)) = n`.
 */
export function workingDaysBetweenDays(timeline: Timeline, a: DayNumber, b: DayNumber): number {
  if (a > b) return 0 - workingDaysBetweenDays(timeline, b, a)
  const indexA = timeline.yearOfDay(a, ['from'])
  const indexB = timeline.yearOfDay(b, ['to'])
  const throughA = indexA.workingDaysBefore[a - indexA.firstDay + 1] as number
  const throughB = indexB.workingDaysBefore[b - indexB.firstDay + 1] as number
  if (indexA === indexB) return throughB - throughA
  let total = indexA.workingDays - throughA + throughB
  for (let year = indexA.year + 1; year < indexB.year; year += 1) total += timeline.year(year).workingDays
  return total
}

/** The number of days marked provisional from day `a` to day `b`, both included. */
export function provisionalDaysBetween(timeline: Timeline, a: DayNumber, b: DayNumber): number {
  if (a > b) return provisionalDaysBetween(timeline, b, a)
  const indexA = timeline.yearOfDay(a, ['from'])
  const indexB = timeline.yearOfDay(b, ['to'])
  const beforeA = indexA.provisionalDaysBefore[a - indexA.firstDay] as number
  const throughB = indexB.provisionalDaysBefore[b - indexB.firstDay + 1] as number
  if (indexA === indexB) return throughB - beforeA
  let total = (indexA.provisionalDaysBefore[indexA.dayCount] as number) - beforeA + throughB
  for (let year = indexA.year + 1; year < indexB.year; year += 1) {
    const index = timeline.year(year)
    total += index.provisionalDaysBefore[index.dayCount] as number
  }
  return total
}
