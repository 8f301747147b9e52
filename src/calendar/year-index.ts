import { civilDateOf, type DayNumber, dayNumberOf, type IsoWeekday, weekdayName, weekdayOf } from '../core/calendar-day.js'
import { DETAILS } from '../core/messages.js'
import { fail } from '../core/validation.js'
import { firstInstantShowing } from '../core/zone.js'
import {
  type CompiledDefinition,
  type CompiledException,
  type DayReason,
  defaultWorkingHours,
  type MinuteIntervals,
  seasonOf,
} from './definition.js'

const MS_PER_DAY = 86_400_000
const MS_PER_MINUTE = 60_000

/**
 * One year of a calendar, indexed in plain numbers so that every question is a binary search.
 * Day `i` of the index is day number `firstDay + i`; its working intervals are
 * `[dayFirstInterval[i], dayFirstInterval[i + 1])`. `workingBefore[k]` is the working time, in
 * milliseconds, of all intervals before interval `k`, so the working time between two instants
 * is a difference of two look-ups whatever the span.
 */
export type YearIndex = {
  readonly year: number
  readonly firstDay: DayNumber
  readonly dayCount: number
  /** Epoch ms of the first instant of each day; entry `dayCount` is the start of the next day. */
  readonly dayStart: Float64Array
  readonly dayFirstInterval: Int32Array
  readonly intervalStart: Float64Array
  readonly intervalEnd: Float64Array
  readonly workingBefore: Float64Array
  readonly workingDaysBefore: Int32Array
  readonly provisionalDaysBefore: Int32Array
  readonly totalWorking: number
  readonly workingDays: number
  /** Per day: its wall-time hours and the reasons it differs from an ordinary working day. */
  readonly dayHours: readonly MinuteIntervals[]
  readonly dayReasons: readonly (readonly DayReason[])[]
  readonly dayProvisional: readonly boolean[]
}

function weeklyRest(weekday: IsoWeekday, provisional: boolean, source: string): DayReason {
  const day = weekdayName(weekday)
  return Object.freeze({
    kind: 'weekly-rest',
    name: Object.freeze({ vi: `Ngày nghỉ hằng tuần (${day.vi})`, en: `Weekly rest day (${day.en})` }),
    source,
    provisional,
  })
}

function seasonalHours(name: string): DayReason {
  return Object.freeze({
    kind: 'seasonal-hours',
    name: Object.freeze({ vi: `Giờ làm việc theo mùa: ${name}`, en: `Seasonal hours: ${name}` }),
    source: 'seasons of the calendar',
    provisional: false,
  })
}

/**
 * Builds the index of `year`, clipped to the calendar's range, or to `through` for the year after it
 * (the computing margin, `YearIndexes.reaching`): a day after the range is provisional, its status
 * a rule's and not the definition's.
 */
export function buildYearIndex(definition: CompiledDefinition, year: number, through: DayNumber = definition.lastDay): YearIndex {
  const firstDay = Math.max(dayNumberOf(year, 1, 1), definition.firstDay)
  const lastDay = Math.min(dayNumberOf(year, 12, 31), through)
  const dayCount = lastDay - firstDay + 1
  const exceptionsByDay = new Map<DayNumber, CompiledException[]>()
  for (const exception of definition.source.exceptionsOfYear(year)) {
    const list = exceptionsByDay.get(exception.day)
    if (list === undefined) exceptionsByDay.set(exception.day, [exception])
    else list.push(exception)
  }

  const dayStart = new Float64Array(dayCount + 1)
  const dayFirstInterval = new Int32Array(dayCount + 1)
  const workingDaysBefore = new Int32Array(dayCount + 1)
  const provisionalDaysBefore = new Int32Array(dayCount + 1)
  const starts: number[] = []
  const ends: number[] = []
  const dayHours: MinuteIntervals[] = []
  const dayReasons: (readonly DayReason[])[] = []
  const dayProvisional: boolean[] = []
  const { zone } = definition
  // One reason object per weekday and provisional flag, shared by every such day of the year.
  const restReasons = new Map<number, DayReason>()
  const restReason = (weekday: IsoWeekday, provisional: boolean): DayReason => {
    const key = weekday * 2 + (provisional ? 1 : 0)
    let reason = restReasons.get(key)
    if (reason === undefined) {
      reason = weeklyRest(weekday, provisional, definition.weekSource)
      restReasons.set(key, reason)
    }
    return reason
  }

  let offset = zone.offset((firstDay * MS_PER_DAY) as number)
  const startOfDay = (day: DayNumber): number => {
    const local = day * MS_PER_DAY
    if (zone.isUniversal) return local - offset * MS_PER_MINUTE
    // The offset of the previous midnight is almost always still in force: one look-up confirms it.
    const guess = local - offset * MS_PER_MINUTE
    if (zone.offset(guess) === offset) return guess
    const exact = firstInstantShowing(zone, local)
    offset = zone.offset(exact)
    return exact
  }

  let civil = civilDateOf(firstDay)
  let month = civil.month
  let dayOfMonth = civil.day
  let workingDays = 0
  let provisionalDays = 0
  dayStart[0] = startOfDay(firstDay)
  for (let i = 0; i < dayCount; i += 1) {
    const day = firstDay + i
    if (i > 0) {
      dayOfMonth += 1
      if (dayOfMonth > 28) {
        civil = civilDateOf(day)
        month = civil.month
        dayOfMonth = civil.day
      }
    }
    dayStart[i + 1] = startOfDay(day + 1)
    const weekday = weekdayOf(day)
    const season = seasonOf(definition, day, month, dayOfMonth)
    const week = season === undefined ? definition.week : season.week
    const baseHours = week[weekday - 1] ?? []
    const exceptions = exceptionsByDay.get(day)
    const decisive = exceptions?.[exceptions.length - 1]
    let hours: MinuteIntervals
    if (decisive === undefined) hours = baseHours
    else if (!decisive.working) hours = []
    else hours = decisive.hours ?? defaultWorkingHours(definition, day) ?? noHoursToTake()

    let provisional = day > definition.lastDay || definition.provisional.some(([from, to]) => day >= from && day <= to)
    const reasons: DayReason[] = []
    if (exceptions !== undefined) {
      for (const exception of exceptions) {
        reasons.push(exception.reason)
        if (exception.reason.provisional) provisional = true
      }
    }
    if (hours.length === 0 && baseHours.length === 0) reasons.unshift(restReason(weekday, provisional))
    if (season !== undefined && hours.length > 0) reasons.push(seasonalHours(season.name))

    dayFirstInterval[i] = starts.length
    if (hours.length > 0) {
      workingDays += 1
      const sameOffsetAllDay = (dayStart[i + 1] as number) - (dayStart[i] as number) === MS_PER_DAY
      let previousEnd = dayStart[i] as number
      for (const [from, to] of hours) {
        // Around a DST change two wall-time intervals may meet in real time; never count time twice.
        const start = Math.max(previousEnd, boundary(definition, day, from, dayStart[i] as number, sameOffsetAllDay))
        const end = Math.max(start, boundary(definition, day, to, dayStart[i] as number, sameOffsetAllDay))
        starts.push(start)
        ends.push(end)
        previousEnd = end
      }
    }
    if (provisional) provisionalDays += 1
    workingDaysBefore[i + 1] = workingDays
    provisionalDaysBefore[i + 1] = provisionalDays
    dayHours.push(hours)
    dayReasons.push(Object.freeze(reasons))
    dayProvisional.push(provisional)
  }
  dayFirstInterval[dayCount] = starts.length

  const intervalStart = Float64Array.from(starts)
  const intervalEnd = Float64Array.from(ends)
  const workingBefore = new Float64Array(starts.length + 1)
  for (let k = 0; k < starts.length; k += 1) {
    workingBefore[k + 1] = (workingBefore[k] as number) + Math.max(0, (ends[k] as number) - (starts[k] as number))
  }
  return Object.freeze({
    year,
    firstDay,
    dayCount,
    dayStart,
    dayFirstInterval,
    intervalStart,
    intervalEnd,
    workingBefore,
    workingDaysBefore,
    provisionalDaysBefore,
    totalWorking: workingBefore[starts.length] as number,
    workingDays,
    dayHours: Object.freeze(dayHours),
    dayReasons: Object.freeze(dayReasons),
    dayProvisional: Object.freeze(dayProvisional),
  })
}

function boundary(
  definition: CompiledDefinition,
  day: DayNumber,
  minutes: number,
  midnight: number,
  sameOffset: boolean,
): number {
  if (sameOffset) return midnight + minutes * MS_PER_MINUTE
  // A DST change on this day: read the wall time on its own.
  return firstInstantShowing(definition.zone, day * MS_PER_DAY + minutes * MS_PER_MINUTE)
}

/** Only an exception added by a computed source can get here: fixed ones are checked at build time. */
function noHoursToTake(): never {
  return fail('invalid_calendar', DETAILS.workingDayWithoutHours, ['exceptions'])
}
