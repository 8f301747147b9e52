import type { YearIndexes } from '../year-indexes.js'
import { workingPositionOf } from '../year-indexes.js'

/**
 * Working time from `a` to `b` in ms; negative when `b` is before `a`. Each instant is one look-up
 * in its year; the years in between contribute their precomputed totals.
 */
export function workingTimeBetweenMillis(indexes: YearIndexes, a: number, b: number): number {
  const indexA = indexes.yearOfInstant(a, ['from'])
  const indexB = indexes.yearOfInstant(b, ['to'])
  if (a > b) return 0 - workingTimeBetweenMillis(indexes, b, a)
  const positionA = workingPositionOf(indexA, a)
  const positionB = workingPositionOf(indexB, b)
  if (indexA === indexB) return positionB - positionA
  let total = indexA.totalWorking - positionA + positionB
  for (let year = indexA.year + 1; year < indexB.year; year += 1) total += indexes.year(year).totalWorking
  return total
}
