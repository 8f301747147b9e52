import { type DayNumber, yearOfDay } from '../core/calendar-day.js'
import { DETAILS } from '../core/messages.js'
import { fail } from '../core/validation.js'
import type { CompiledDefinition } from './definition.js'
import { buildYearIndex, type YearIndex } from './year-index.js'

const MS_PER_DAY = 86_400_000

/**
 * The whole range of a calendar as a row of year indexes, each built the first time a question
 * reaches its year. The memo is invisible from outside: a year's index is a pure function of the
 * definition, so answers do not depend on which questions came first.
 */
export type Timeline = {
  readonly definition: CompiledDefinition
  readonly firstYear: number
  readonly lastYear: number
  /** The index of `year`; the caller keeps `year` within `firstYear … lastYear`. */
  readonly year: (year: number) => YearIndex
  /** The index of the year holding instant `t`, or `outside_calendar_range`. */
  readonly yearOfInstant: (t: number, path?: readonly (string | number)[]) => YearIndex
  /** The index of the year holding day `day`, or `outside_calendar_range`. */
  readonly yearOfDay: (day: DayNumber, path?: readonly (string | number)[]) => YearIndex
  /** The offset (minutes) at `t` when a year already built knows it: a day without a DST change. */
  readonly knownOffset: (t: number) => number | undefined
  /** The year after (`1`) or before (`-1`) `index`; a count that runs past the range is `outside_calendar_range`. */
  readonly neighbour: (index: YearIndex, step: 1 | -1, path?: readonly (string | number)[]) => YearIndex
}

export function createTimeline(definition: CompiledDefinition): Timeline {
  const firstYear = yearOfDay(definition.firstDay)
  const lastYear = yearOfDay(definition.lastDay)
  const years: (YearIndex | undefined)[] = new Array(lastYear - firstYear + 1)
  const year = (value: number): YearIndex => {
    const slot = value - firstYear
    const existing = years[slot]
    if (existing !== undefined) return existing
    const built = buildYearIndex(definition, value)
    years[slot] = built
    return built
  }
  /** The year holding `t`, asking `get` for candidate years; undefined when `get` has none to give. */
  const findYear = (t: number, get: (year: number) => YearIndex | undefined): YearIndex | undefined => {
    // The UTC year is right or one off near new year, for any zone (offsets stay under a day).
    let candidate = yearOfDay(Math.floor(t / MS_PER_DAY))
    for (let step = 0; step < 3; step += 1) {
      const index = candidate >= firstYear && candidate <= lastYear ? get(candidate) : undefined
      if (index === undefined) return undefined
      if (t < (index.dayStart[0] as number)) candidate -= 1
      else if (t >= (index.dayStart[index.dayCount] as number)) candidate += 1
      else return index
    }
    return undefined
  }
  const yearOfInstant = (t: number, path: readonly (string | number)[] = []): YearIndex =>
    findYear(t, year) ?? fail('outside_calendar_range', DETAILS.instantOutsideRange, path)
  const yearOfDayNumber = (day: DayNumber, path: readonly (string | number)[] = []): YearIndex => {
    if (day < definition.firstDay || day > definition.lastDay) {
      return fail('outside_calendar_range', DETAILS.dayOutsideRange, path)
    }
    return year(yearOfDay(day))
  }
  const neighbour = (index: YearIndex, step: 1 | -1, path: readonly (string | number)[] = []): YearIndex => {
    const next = index.year + step
    if (next < firstYear || next > lastYear) return fail('outside_calendar_range', DETAILS.resultOutsideRange, path)
    return year(next)
  }
  const knownOffset = (t: number): number | undefined => {
    // Never builds a year: an offset asked for elsewhere is the wrapped zone's to answer.
    const index = findYear(t, (value) => years[value - firstYear])
    if (index === undefined) return undefined
    const day = dayIndexOf(index, t)
    const start = index.dayStart[day] as number
    if ((index.dayStart[day + 1] as number) - start !== MS_PER_DAY) return undefined
    return ((index.firstDay + day) * MS_PER_DAY - start) / 60_000
  }
  return Object.freeze({
    definition,
    firstYear,
    lastYear,
    year,
    yearOfInstant,
    yearOfDay: yearOfDayNumber,
    knownOffset,
    neighbour,
  })
}

/** First index in `array[from … to)` whose value is greater than `value`. */
export function upperBound(array: Float64Array | Int32Array, value: number, from: number, to: number): number {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((array[middle] as number) <= value) low = middle + 1
    else high = middle
  }
  return low
}

/** First index in `array[from … to)` whose value is at least `value`. */
export function lowerBound(array: Float64Array | Int32Array, value: number, from: number, to: number): number {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((array[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The day (index within its year) that holds instant `t`. */
export function dayIndexOf(index: YearIndex, t: number): number {
  return upperBound(index.dayStart, t, 0, index.dayCount + 1) - 1
}

/** Working time of the year before instant `t`, in ms. */
export function workingPositionOf(index: YearIndex, t: number): number {
  const k = upperBound(index.intervalStart, t, 0, index.intervalStart.length) - 1
  if (k < 0) return 0
  const start = index.intervalStart[k] as number
  const end = index.intervalEnd[k] as number
  return (index.workingBefore[k] as number) + Math.min(t, end) - start
}

/** The earliest instant of the year at working position `p` (0 < p ≤ total). */
export function earliestInstantAt(index: YearIndex, p: number): number {
  const k = lowerBound(index.workingBefore, p, 1, index.workingBefore.length) - 1
  return (index.intervalStart[k] as number) + p - (index.workingBefore[k] as number)
}

/** The latest instant of the year at working position `p` (0 ≤ p < total). */
export function latestInstantAt(index: YearIndex, p: number): number {
  const k = upperBound(index.workingBefore, p, 1, index.workingBefore.length) - 1
  return (index.intervalStart[k] as number) + p - (index.workingBefore[k] as number)
}
