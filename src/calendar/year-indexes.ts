import { type DayNumber, dayNumberOf, yearOfDay } from '../core/calendar-day.js'
import { DETAILS } from '../core/messages.js'
import { fail } from '../core/validation.js'
import { startOfDayIn } from '../core/zone.js'
import type { CompiledDefinition } from './definition.js'
import { buildYearIndex, type YearIndex } from './year-index.js'

const MS_PER_DAY = 86_400_000

/**
 * The whole range of a calendar as a row of year indexes, each built the first time a question
 * reaches its year. The memo is invisible from outside: a year's index is a pure function of the
 * definition, so answers do not depend on which questions came first.
 */
export type YearIndexes = {
  readonly definition: CompiledDefinition
  readonly firstYear: number
  readonly lastYear: number
  /** The first day this view answers for: the range's. */
  readonly firstDay: DayNumber
  /** The last day this view answers for: the range's, or for `reaching`, the margin's. */
  readonly lastDay: DayNumber
  /** The first instant of the range: the start of its first day in the calendar's zone. */
  readonly firstInstant: number
  /** The first instant after the view: the start of the day after its last day. */
  readonly endInstant: number
  /** The index of `year`; the caller keeps `year` within `firstYear … lastYear`. */
  readonly year: (year: number) => YearIndex
  /** The index of the year holding instant `t`, or `outside_calendar_range`. */
  readonly yearOfInstant: (t: number, path?: readonly (string | number)[]) => YearIndex
  /** The index of the year holding day `day`, or `outside_calendar_range`. */
  readonly yearOfDay: (day: DayNumber, path?: readonly (string | number)[]) => YearIndex
  /** The offset (minutes) at `t` when a year already built knows it: a day without a DST change. */
  readonly knownOffset: (t: number) => number | undefined
  /** The year after (`1`) or before (`-1`) `index`; a count that runs past the view is `outside_calendar_range`. */
  readonly neighbour: (index: YearIndex, step: 1 | -1, path?: readonly (string | number)[]) => YearIndex
  /**
   * The computing margin: the same calendar through 31 December of the year after its range's last
   * year, sharing the range's year indexes. Only the rules' counts read it, so that a time limit
   * counted from inside the range may end after it (4 working hours from 16:00 on 31 December 2100
   * end on 4 January 2101); every question of the calendar's own methods is asked of the range.
   */
  readonly reaching: YearIndexes
}

export function createYearIndexes(definition: CompiledDefinition): YearIndexes {
  const firstYear = yearOfDay(definition.firstDay)
  const lastYear = yearOfDay(definition.lastDay)
  const years: (YearIndex | undefined)[] = new Array(lastYear - firstYear + 1)
  const rangeYear = (value: number): YearIndex => {
    const slot = value - firstYear
    const existing = years[slot]
    if (existing !== undefined) return existing
    const built = buildYearIndex(definition, value)
    years[slot] = built
    return built
  }
  const range = viewOf(definition, firstYear, lastYear, definition.lastDay, rangeYear, (value) => years[value - firstYear])
  // The margin is the year after the range's last year. The range's years serve it as they are, but for
  // a last year that the range ends before 31 December: the margin indexes that one again, to its end.
  const marginEnd = dayNumberOf(lastYear + 1, 12, 31)
  const rangeEndsItsYear = definition.lastDay === dayNumberOf(lastYear, 12, 31)
  const shared = (value: number): boolean => value < lastYear || (value === lastYear && rangeEndsItsYear)
  const margin: (YearIndex | undefined)[] = [undefined, undefined]
  const reachingYear = (value: number): YearIndex => {
    if (shared(value)) return rangeYear(value)
    const existing = margin[value - lastYear]
    if (existing !== undefined) return existing
    const built = buildYearIndex(definition, value, marginEnd)
    margin[value - lastYear] = built
    return built
  }
  const peek = (value: number): YearIndex | undefined => (shared(value) ? years[value - firstYear] : margin[value - lastYear])
  const wide: { -readonly [key in keyof YearIndexes]: YearIndexes[key] } = {
    ...viewOf(definition, firstYear, lastYear + 1, marginEnd, reachingYear, peek),
    reaching: undefined as unknown as YearIndexes,
  }
  wide.reaching = wide
  return Object.freeze({ ...range, reaching: Object.freeze(wide) })
}

/** The indexes of years `firstYear … lastYear`, clipped to the range's first day and to `lastDay`. */
function viewOf(
  definition: CompiledDefinition,
  firstYear: number,
  lastYear: number,
  lastDay: DayNumber,
  year: (value: number) => YearIndex,
  /** The index of a year if it is already built: `knownOffset` builds none. */
  peek: (value: number) => YearIndex | undefined,
): Omit<YearIndexes, 'reaching'> {
  const { firstDay } = definition
  // Read from the zone, not from an index: a count checked against them builds no year.
  const firstInstant = startOfDayIn(definition.zone, firstDay)
  const endInstant = startOfDayIn(definition.zone, lastDay + 1)
  // The year last answered for: consecutive questions almost always fall in the same year, so one
  // comparison of two bounds replaces the search. Like the memo, it is invisible from outside.
  let last: YearIndex | undefined
  /** The year holding `t`, asking `get` for candidate years; undefined when `get` has none to give. */
  const findYear = (t: number, get: (year: number) => YearIndex | undefined): YearIndex | undefined => {
    if (last !== undefined && t >= (last.dayStart[0] as number) && t < (last.dayStart[last.dayCount] as number)) return last
    // Outside the view, refused without indexing the year nearest to it.
    if (t < firstInstant || t >= endInstant) return undefined
    // The UTC year is right or one off near new year, for any zone (offsets stay under a day). It is
    // brought into the range first: the range's first hours in a zone ahead of UTC fall in the UTC
    // year before it, its last hours in a zone behind UTC in the UTC year after it, and both are
    // inside the range. Only a step out of the range means the instant is outside it.
    let candidate = Math.min(lastYear, Math.max(firstYear, yearOfDay(Math.floor(t / MS_PER_DAY))))
    for (let step = 0; step < 3; step += 1) {
      const index = candidate >= firstYear && candidate <= lastYear ? get(candidate) : undefined
      if (index === undefined) return undefined
      if (t < (index.dayStart[0] as number)) candidate -= 1
      else if (t >= (index.dayStart[index.dayCount] as number)) candidate += 1
      else {
        last = index
        return index
      }
    }
    return undefined
  }
  const yearOfInstant = (t: number, path: readonly (string | number)[] = []): YearIndex =>
    findYear(t, year) ?? fail('outside_calendar_range', DETAILS.instantOutsideRange, path)
  const yearOfDayNumber = (day: DayNumber, path: readonly (string | number)[] = []): YearIndex => {
    if (last !== undefined && day >= last.firstDay && day < last.firstDay + last.dayCount) return last
    if (day < firstDay || day > lastDay) {
      return fail('outside_calendar_range', DETAILS.dayOutsideRange, path)
    }
    last = year(yearOfDay(day))
    return last
  }
  const neighbour = (index: YearIndex, step: 1 | -1, path: readonly (string | number)[] = []): YearIndex => {
    const next = index.year + step
    if (next < firstYear || next > lastYear) return fail('outside_calendar_range', DETAILS.resultOutsideRange, path)
    last = year(next)
    return last
  }
  const knownOffset = (t: number): number | undefined => {
    // Never builds a year: an offset asked for elsewhere is the wrapped zone's to answer.
    const index = findYear(t, (value) => (value >= firstYear && value <= lastYear ? peek(value) : undefined))
    if (index === undefined) return undefined
    const day = dayIndexOf(index, t)
    const start = index.dayStart[day] as number
    if ((index.dayStart[day + 1] as number) - start !== MS_PER_DAY) return undefined
    return ((index.firstDay + day) * MS_PER_DAY - start) / 60_000
  }
  return {
    definition,
    firstYear,
    lastYear,
    firstDay,
    lastDay,
    firstInstant,
    endInstant,
    year,
    yearOfInstant,
    yearOfDay: yearOfDayNumber,
    knownOffset,
    neighbour,
  }
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

/**
 * First index in `array[from … to)` whose value is at least `value`, searching outwards from `from`
 * (galloping): a cost in the logarithm of the distance, not of the array, when the answer is near,
 * as the end of a short count is near its start.
 */
export function lowerBoundFrom(array: Float64Array | Int32Array, value: number, from: number, to: number): number {
  let low = from
  let step = 1
  while (low + step < to && (array[low + step] as number) < value) {
    low += step
    step *= 2
  }
  return lowerBound(array, value, low, Math.min(low + step + 1, to))
}

/** Last index in `array[to … from]` whose value is at most `value`, searching backwards from `from` (galloping). */
export function lastAtMostFrom(array: Float64Array | Int32Array, value: number, from: number, to: number): number {
  let high = from
  let step = 1
  while (high - step >= to && (array[high - step] as number) > value) {
    high -= step
    step *= 2
  }
  return upperBound(array, value, Math.max(high - step, to), high + 1) - 1
}

/**
 * The day (index within its year) that holds instant `t`, in constant time: days are 24 hours long
 * but for the days of a DST change, which move a day's start by less than a day, so the quotient is
 * the day or its neighbour, and at most a step or two corrects it.
 */
export function dayIndexOf(index: YearIndex, t: number): number {
  const { dayStart } = index
  let day = Math.floor((t - (dayStart[0] as number)) / MS_PER_DAY)
  if (day < 0) day = 0
  else if (day >= index.dayCount) day = index.dayCount - 1
  while (day > 0 && t < (dayStart[day] as number)) day -= 1
  while (day < index.dayCount - 1 && t >= (dayStart[day + 1] as number)) day += 1
  return day
}

/**
 * The interval that holds or last precedes instant `t` within its year, or -1: the day of `t` by
 * division, then only that day's intervals (two on an ordinary working day).
 */
export function intervalAtOrBefore(index: YearIndex, t: number): number {
  const day = dayIndexOf(index, t)
  const first = index.dayFirstInterval[day] as number
  let k = (index.dayFirstInterval[day + 1] as number) - 1
  while (k >= first && (index.intervalStart[k] as number) > t) k -= 1
  // Before the day's first interval: the last interval of an earlier day, which ends before the day starts.
  return k
}

/** Working time of the year before instant `t`, in ms. */
export function workingPositionOf(index: YearIndex, t: number): number {
  const k = intervalAtOrBefore(index, t)
  if (k < 0) return 0
  const start = index.intervalStart[k] as number
  const end = index.intervalEnd[k] as number
  return (index.workingBefore[k] as number) + Math.min(t, end) - start
}

/**
 * The earliest instant of the year at working position `p` (0 < p ≤ total). `hint` is an interval
 * at or before the answer (the start's, for a forward count): the search gallops from it.
 */
export function earliestInstantAt(index: YearIndex, p: number, hint = 0): number {
  const k = lowerBoundFrom(index.workingBefore, p, Math.max(1, hint + 1), index.workingBefore.length) - 1
  return (index.intervalStart[k] as number) + p - (index.workingBefore[k] as number)
}

/**
 * The latest instant of the year at working position `p` (0 ≤ p < total). `hint` is an interval at
 * or after the answer (the start's, for a backward count): the search gallops back from it.
 */
export function latestInstantAt(index: YearIndex, p: number, hint = index.intervalStart.length - 1): number {
  const k = lastAtMostFrom(index.workingBefore, p, Math.min(hint + 1, index.workingBefore.length - 1), 1)
  return (index.intervalStart[k] as number) + p - (index.workingBefore[k] as number)
}
