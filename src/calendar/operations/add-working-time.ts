import { DETAILS } from '../../core/messages.js'
import { fail } from '../../core/validation.js'
import type { YearIndex } from '../year-index.js'
import { earliestInstantAt, intervalAtOrBefore, latestInstantAt, type YearIndexes } from '../year-indexes.js'

/**
 * Where a sum that ends exactly at a break or at closing lands (docs/calendar.md, working hours):
 * - `'stay'` (default): it ends there, Friday 17:00 stays Friday 17:00;
 * - `'next-opening'`: it moves on to the next opening, Monday 08:00 (zendesk biz, pandas).
 * Counting backwards mirrors both: `'stay'` ends at the opening, `'next-opening'` at the previous close.
 */
export const BOUNDARY_LANDINGS = Object.freeze(['stay', 'next-opening'] as const)
export type BoundaryLanding = (typeof BOUNDARY_LANDINGS)[number]

/**
 * The instant at which `duration` ms of working time have elapsed since `t` (Art. 6.2(a) counts
 * in working hours). Forward, it is the earliest such instant; a start outside working time
 * starts the clock at the next opening. Backward (negative `duration`), it is the latest instant
 * from which `-duration` ms of working time reach `t`. Zero returns `t`.
 */
export function addWorkingTimeMillis(
  indexes: YearIndexes,
  t: number,
  duration: number,
  landing: BoundaryLanding = 'stay',
): number {
  let index = indexes.yearOfInstant(t, ['start'])
  if (duration === 0) return t
  // Working time never runs faster than the clock (the index counts no instant twice, DST or not):
  // a duration longer than the time left in the range can never fit. Refused here, before the
  // loops below would index every remaining year only to run out of them.
  if (duration > indexes.endInstant - t || -duration > t - indexes.firstInstant) {
    fail('outside_calendar_range', DETAILS.resultOutsideRange, ['duration'])
  }
  // The start's interval (or the last one before it): the position, and where the search for the end begins.
  let k = intervalAtOrBefore(index, t)
  let position =
    k < 0
      ? 0
      : (index.workingBefore[k] as number) + Math.min(t, index.intervalEnd[k] as number) - (index.intervalStart[k] as number)
  if (duration > 0) {
    let remaining = duration
    while (position + remaining > index.totalWorking) {
      remaining -= index.totalWorking - position
      index = indexes.neighbour(index, 1, ['duration'])
      position = 0
      k = 0
    }
    const result = earliestInstantAt(index, position + remaining, k < 0 ? 0 : k)
    return landing === 'stay' ? result : nextOpening(indexes, index, result)
  }
  let remaining = -duration
  let hint = k < 0 ? 0 : k
  while (position - remaining < 0) {
    remaining -= position
    index = indexes.neighbour(index, -1, ['duration'])
    position = index.totalWorking
    hint = index.intervalStart.length - 1
  }
  const result = latestInstantAt(index, position - remaining, hint)
  return landing === 'stay' ? result : previousClose(indexes, index, result)
}

/** `t` if it is working time, else the next interval's start (searching later years if needed). */
export function nextOpening(indexes: YearIndexes, index: YearIndex, t: number): number {
  let current = index
  let k = intervalAtOrBefore(current, t)
  if (k >= 0 && t < (current.intervalEnd[k] as number)) return t
  k += 1
  // An interval a DST gap swallowed has no length: it is no opening.
  while (k >= current.intervalStart.length || current.intervalStart[k] === current.intervalEnd[k]) {
    if (k < current.intervalStart.length) k += 1
    else {
      current = indexes.neighbour(current, 1, ['duration'])
      k = 0
    }
  }
  return current.intervalStart[k] as number
}

/** `t` if working time runs up to it, else the previous interval's end (searching earlier years if needed). */
export function previousClose(indexes: YearIndexes, index: YearIndex, t: number): number {
  let current = index
  let k = intervalAtOrBefore(current, t)
  if (k >= 0 && t > (current.intervalStart[k] as number) && t <= (current.intervalEnd[k] as number)) return t
  if (k >= 0 && t === (current.intervalStart[k] as number)) k -= 1
  while (k < 0 || current.intervalStart[k] === current.intervalEnd[k]) {
    if (k >= 0) k -= 1
    else {
      current = indexes.neighbour(current, -1, ['duration'])
      k = current.intervalEnd.length - 1
    }
  }
  return current.intervalEnd[k] as number
}
