import type { DayNumber } from '../../core/calendar-day.js'
import type { YearIndexes } from '../year-indexes.js'

/**
 * The number of working days after day `a` up to and including day `b`; when `b` is before `a`,
 * minus the count from `b` to `a`, so the function is antisymmetric. It is the count
 * `addWorkingDays` makes: `workingDaysBetween(d, addWorkingDays(d, n)) = n` for every `n ≥ 0`, and
 * for `n < 0` when day `d` is a working day (counting back from a rest day skips the rest day).
 */
export function workingDaysBetweenDays(indexes: YearIndexes, a: DayNumber, b: DayNumber): number {
  if (a > b) return 0 - workingDaysBetweenDays(indexes, b, a)
  const indexA = indexes.yearOfDay(a, ['from'])
  const indexB = indexes.yearOfDay(b, ['to'])
  const throughA = indexA.workingDaysBefore[a - indexA.firstDay + 1] as number
  const throughB = indexB.workingDaysBefore[b - indexB.firstDay + 1] as number
  if (indexA === indexB) return throughB - throughA
  let total = indexA.workingDays - throughA + throughB
  for (let year = indexA.year + 1; year < indexB.year; year += 1) total += indexes.year(year).workingDays
  return total
}

/** The number of days marked provisional from day `a` to day `b`, both included. */
export function provisionalDaysBetween(indexes: YearIndexes, a: DayNumber, b: DayNumber): number {
  if (a > b) return provisionalDaysBetween(indexes, b, a)
  const indexA = indexes.yearOfDay(a, ['from'])
  const indexB = indexes.yearOfDay(b, ['to'])
  const beforeA = indexA.provisionalDaysBefore[a - indexA.firstDay] as number
  const throughB = indexB.provisionalDaysBefore[b - indexB.firstDay + 1] as number
  if (indexA === indexB) return throughB - beforeA
  let total = (indexA.provisionalDaysBefore[indexA.dayCount] as number) - beforeA + throughB
  for (let year = indexA.year + 1; year < indexB.year; year += 1) {
    const index = indexes.year(year)
    total += index.provisionalDaysBefore[index.dayCount] as number
  }
  return total
}
