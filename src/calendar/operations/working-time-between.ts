import type { Timeline } from '../timeline.js'
import { workingPositionOf } from '../timeline.js'

/**
 * Working time from `a` to `b` in ms; negative when `b` is before `a`. Each instant is one look-up
 * in its year; the years in between contribute their precomputed totals.
 */
export function workingTimeBetweenMillis(timeline: Timeline, a: number, b: number): number {
  const indexA = timeline.yearOfInstant(a, ['from'])
  const indexB = timeline.yearOfInstant(b, ['to'])
  if (a > b) return 0 - workingTimeBetweenMillis(timeline, b, a)
  const positionA = workingPositionOf(indexA, a)
  const positionB = workingPositionOf(indexB, b)
  if (indexA === indexB) return positionB - positionA
  let total = indexA.totalWorking - positionA + positionB
  for (let year = indexA.year + 1; year < indexB.year; year += 1) total += timeline.year(year).totalWorking
  return total
}
