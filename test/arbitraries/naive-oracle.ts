// A deliberately naive oracle for the working-time calendar, written without src's index or its zone
// code: it walks the days one by one, turns each day's wall-time hours into instants with luxon's
// offsets, and counts. It is slow and plainly right, which is the point: the engine must agree with it.
import { DateTime } from 'luxon'
import type { WorkingCalendar } from '../../src/index.js'
import type { GenericDefinition } from './calendar.js'

type Interval = readonly [string, string]
type Span = readonly [number, number]

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const WORKING_KINDS: readonly string[] = ['make-up-working-day', 'working-day']

/** What the oracle needs to know about a calendar: its zone, its range, and the wall-time hours of each day. */
export type OracleSource = {
  readonly zone: string
  readonly range: { readonly from: string; readonly to: string }
  readonly hoursOf: (day: string) => readonly Interval[]
}

/**
 * The oracle's answers. `undefined` means "the answer leaves the calendar's range": the engine
 * must then throw `outside_calendar_range`.
 */
export type NaiveOracle = {
  readonly dayOf: (t: number) => string
  readonly isWorkingTime: (t: number) => boolean
  readonly addWorkingTime: (start: number, duration: number, boundary?: 'stay' | 'next-opening') => number | undefined
  readonly workingTimeBetween: (from: number, to: number) => number | undefined
  readonly addWorkingDays: (start: number, days: number, dayEnd?: 'midnight' | 'close-of-business') => number | undefined
  readonly workingDaysBetween: (from: number, to: number) => number | undefined
}

/** Day arithmetic on 'YYYY-MM-DD' through UTC dates, which never read the host's zone. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10)
}

function nextDay(day: string): string {
  return shiftDay(day, 1)
}

function previousDay(day: string): string {
  return shiftDay(day, -1)
}

/** The offset of `zone` at instant `t`, in minutes, memoised per zone and instant. */
function offsetReader(zone: string): (t: number) => number {
  const memo = new Map<number, number>()
  return (t) => {
    let offset = memo.get(t)
    if (offset === undefined) {
      offset = DateTime.fromMillis(t, { zone }).offset
      memo.set(t, offset)
    }
    return offset
  }
}

/**
 * The first instant at which a clock in `zone` shows the wall time `time` of `day`, or a later one:
 * how the bounds of working intervals and the starts of days are placed. When the zone keeps one
 * offset from the day before to the day after, that offset gives the answer. Otherwise both offsets
 * are tried; of those that reproduce the wall time, the earliest wins (a repeated hour gives its first
 * occurrence). A wall time that neither reproduces lies in a DST gap: the answer is the jump itself,
 * found by walking minute by minute (every change of these zones falls on a whole minute).
 */
export function wallTimeInstant(zone: string, day: string, time: string, offsetAt = offsetReader(zone)): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const midnight = Date.parse(`${day}T00:00:00Z`)
  const wall = midnight + (hours * 60 + minutes) * MS_PER_MINUTE
  const before = offsetAt(midnight - MS_PER_DAY)
  const after = offsetAt(midnight + 2 * MS_PER_DAY)
  if (before === after) return wall - before * MS_PER_MINUTE
  const offsetOf = (t: number): number => DateTime.fromMillis(t, { zone }).offset
  const fitting = [before, after]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((candidate) => candidate + offsetOf(candidate) * MS_PER_MINUTE === wall)
  if (fitting.length > 0) return Math.min(...fitting)
  // In the gap: read with the new offset the wall time falls before the jump; walk to the jump.
  let instant = wall - after * MS_PER_MINUTE
  while (offsetOf(instant) !== after) instant += MS_PER_MINUTE
  return instant
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/**
 * Merges wall-time intervals that touch ('08:00'–'10:00' and '10:00'–'12:00' are '08:00'–'12:00'),
 * as the definition says, before any of them meets the zone: a boundary that is only a seam between
 * two intervals is not a boundary, even in a DST gap.
 */
function mergeWallTime(hours: readonly Interval[]): Interval[] {
  const sorted = [...hours].sort((a, b) => minutesOf(a[0]) - minutesOf(b[0]))
  const merged: [string, string][] = []
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && minutesOf(from) <= minutesOf(last[1])) {
      if (minutesOf(to) > minutesOf(last[1])) last[1] = to
    } else merged.push([from, to])
  }
  return merged
}

/** Merges spans that overlap or touch; the working time is the union of the intervals. */
function union(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** The oracle over any source of day hours. */
export function naiveOracle(source: OracleSource): NaiveOracle {
  const { zone, range } = source
  const offsetAt = offsetReader(zone)
  const instantOf = (day: string, time: string): number => wallTimeInstant(zone, day, time, offsetAt)
  const memo = new Map<string, { readonly hours: readonly Interval[]; readonly spans: readonly Span[] }>()
  const dayInfo = (day: string) => {
    let info = memo.get(day)
    if (info === undefined) {
      const hours = source.hoursOf(day)
      const spans = union(mergeWallTime(hours).map(([from, to]) => [instantOf(day, from), instantOf(day, to)] as const))
      info = { hours, spans }
      memo.set(day, info)
    }
    return info
  }
  const inRange = (day: string): boolean => day >= range.from && day <= range.to
  const dayOf = (t: number): string => DateTime.fromMillis(t, { zone }).toISODate() as string
  const startOfDay = (day: string): number => instantOf(day, '00:00')
  const isWorkingDay = (day: string): boolean => dayInfo(day).hours.length > 0

  /** The working spans from `day` on (or back), merged across midnight where they touch. */
  function* spansFrom(day: string, step: 1 | -1): Generator<Span> {
    let pending: [number, number] | undefined
    for (let current = day; inRange(current); current = step > 0 ? nextDay(current) : previousDay(current)) {
      const spans = step > 0 ? dayInfo(current).spans : [...dayInfo(current).spans].reverse()
      for (const [start, end] of spans) {
        if (pending !== undefined && (step > 0 ? start <= pending[1] : end >= pending[0])) {
          pending = [Math.min(pending[0], start), Math.max(pending[1], end)]
        } else {
          if (pending !== undefined) yield pending
          pending = [start, end]
        }
      }
    }
    if (pending !== undefined) yield pending
  }

  const forward = (t: number, duration: number, boundary: 'stay' | 'next-opening'): number | undefined => {
    let remaining = duration
    let landed: number | undefined
    for (const [start, end] of spansFrom(dayOf(t), 1)) {
      if (landed !== undefined) return start
      if (end <= t) continue
      const from = Math.max(start, t)
      if (remaining < end - from) return from + remaining
      if (remaining === end - from) {
        if (boundary === 'stay') return end
        landed = end
        continue
      }
      remaining -= end - from
    }
    return undefined
  }

  const backward = (t: number, duration: number, boundary: 'stay' | 'next-opening'): number | undefined => {
    let remaining = duration
    let landed: number | undefined
    for (const [start, end] of spansFrom(dayOf(t), -1)) {
      if (landed !== undefined) return end
      if (start >= t) continue
      const to = Math.min(end, t)
      if (remaining < to - start) return to - remaining
      if (remaining === to - start) {
        if (boundary === 'stay') return start
        landed = start
        continue
      }
      remaining -= to - start
    }
    return undefined
  }

  const between = (a: number, b: number): number => {
    let total = 0
    const last = dayOf(b)
    for (let day = dayOf(a); day <= last; day = nextDay(day)) {
      for (const [start, end] of dayInfo(day).spans) total += Math.max(0, Math.min(end, b) - Math.max(start, a))
    }
    return total
  }

  const endOfDay = (day: string, dayEnd: 'midnight' | 'close-of-business'): number => {
    const hours = dayInfo(day).hours
    if (dayEnd === 'midnight' || hours.length === 0) return startOfDay(nextDay(day)) - 1
    const last = [...hours].sort((a, b) => minutesOf(a[1]) - minutesOf(b[1]))[hours.length - 1] as Interval
    // 24:00 is written 23:59:59.999, as for midnight: a close stays inside its day.
    return Math.min(instantOf(day, last[1]), startOfDay(nextDay(day)) - 1)
  }

  return Object.freeze({
    dayOf,
    isWorkingTime: (t: number) => dayInfo(dayOf(t)).spans.some(([start, end]) => t >= start && t < end),
    addWorkingTime: (start: number, duration: number, boundary: 'stay' | 'next-opening' = 'stay') => {
      if (!inRange(dayOf(start))) return undefined
      if (duration === 0) return start
      return duration > 0 ? forward(start, duration, boundary) : backward(start, -duration, boundary)
    },
    workingTimeBetween: (from: number, to: number) => {
      if (!inRange(dayOf(from)) || !inRange(dayOf(to))) return undefined
      // 0 - x, not -x: no answer is ever -0.
      return from <= to ? between(from, to) : 0 - between(to, from)
    },
    addWorkingDays: (start: number, days: number, dayEnd: 'midnight' | 'close-of-business' = 'midnight') => {
      let day = dayOf(start)
      if (!inRange(day)) return undefined
      let counted = 0
      while (counted < Math.abs(days)) {
        day = days > 0 ? nextDay(day) : previousDay(day)
        if (!inRange(day)) return undefined
        if (isWorkingDay(day)) counted += 1
      }
      return endOfDay(day, dayEnd)
    },
    workingDaysBetween: (from: number, to: number) => {
      const first = dayOf(from)
      const last = dayOf(to)
      if (!inRange(first) || !inRange(last)) return undefined
      const [low, high, sign] = first <= last ? [first, last, 1] : [last, first, -1]
      let count = 0
      for (let day = nextDay(low); day <= high; day = nextDay(day)) if (isWorkingDay(day)) count += 1
      return count === 0 ? 0 : sign * count
    },
  })
}

/** The hours of a day as a generic definition says, read straight from the definition. */
export function hoursFromDefinition(definition: GenericDefinition): (day: string) => readonly Interval[] {
  return (day) => {
    // getUTCDay: 0 = Sunday … 6 = Saturday.
    const weekday = WEEKDAY_NAMES[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7] as (typeof WEEKDAY_NAMES)[number]
    const monthDay = day.slice(5)
    const season = definition.seasons.find(({ span }) => {
      if (span.from.length === 10) return span.from <= day && day <= span.to
      return span.from <= span.to ? monthDay >= span.from && monthDay <= span.to : monthDay >= span.from || monthDay <= span.to
    })
    const week = season === undefined ? definition.week : season.week
    const exceptions = definition.exceptions.filter((exception) => exception.date === day)
    const decisive = exceptions[exceptions.length - 1]
    if (decisive === undefined) return week[weekday] ?? []
    if (!WORKING_KINDS.includes(decisive.kind)) return []
    if (decisive.hours !== undefined) return decisive.hours
    const borrowed = WEEKDAY_NAMES.map((name) => week[name] ?? []).find((hours) => hours.length > 0)
    if (borrowed === undefined) throw new Error('a working-day exception without hours in a week without hours')
    return borrowed
  }
}

/** The oracle of a generic definition, independent of the engine. */
export function oracleFromDefinition(definition: GenericDefinition): NaiveOracle {
  return naiveOracle({ zone: definition.zone, range: definition.range, hoursOf: hoursFromDefinition(definition) })
}

/** The oracle of a built calendar, learning each day's hours from its public `describeDay`. */
export function oracleFromCalendar(calendar: WorkingCalendar): NaiveOracle {
  return naiveOracle({
    zone: calendar.zone,
    range: calendar.range,
    hoursOf: (day) => calendar.describeDay(day).hours.map(({ start, end }) => [start, end] as const),
  })
}
