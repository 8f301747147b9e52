import * as z from 'zod/mini'
import { parseCalendarDay } from '../../core/calendar-day.js'
import { OFFSETLESS_READINGS } from '../../core/instant.js'
import { DETAILS } from '../../core/messages.js'
import { fail, parseOrThrow } from '../../core/validation.js'
import { DEFAULT_ZONE } from '../../core/zone.js'
import {
  type CompiledDefinition,
  compileDefinition,
  compileHours,
  DateRange,
  DayException,
  Season,
  WeeklyHours,
  type WorkingCalendarSource,
} from '../definition.js'
import { calendarFromDefinition, type WorkingCalendar } from '../working-calendar.js'
import { OFFICIAL_SCHEDULES, OfficialSchedule } from './official-schedules.js'
import { statutoryDatesSource } from './statutory-holidays.js'
import { type AnnouncedDay, announcedYear, provisionalYear } from './year-rules.js'

/** The range the Vietnamese calendar can answer for; a narrower one may be chosen. */
export const VIETNAM_CALENDAR_RANGE = Object.freeze({ from: '2000-01-01', to: '2100-12-31' })

/** Monday–Friday 08:00–12:00 and 13:00–17:00: eight working hours a day, forty a week (QĐ 188/1999/QĐ-TTg). */
export const DEFAULT_VIETNAM_WEEK = Object.freeze({
  monday: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
  tuesday: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
  wednesday: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
  thursday: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
  friday: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
} as const satisfies WeeklyHours)

const WEEK_SOURCE = 'Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ, nghỉ Thứ Bảy và Chủ Nhật)'

export const VietnamCalendarOptions = z.strictObject({
  /** Default `Asia/Ho_Chi_Minh`. */
  zone: z.optional(z.string()),
  /** The agency's hours per weekday; default Monday–Friday 08:00–12:00, 13:00–17:00. */
  week: z.optional(WeeklyHours),
  /** Seasonal hours (summer / winter) with their spans; the first that holds a day decides. */
  seasons: z.optional(z.readonly(z.array(Season))),
  /** The first year in which 24 November (Vietnam Culture Day) is a day off. Off by default: not law yet. */
  cultureDayFrom: z.optional(z.int().check(z.minimum(2000), z.maximum(2100))),
  /** Announced schedules, e.g. next year's the day it is published; each replaces the rules for its year. */
  schedules: z.optional(z.readonly(z.array(OfficialSchedule))),
  /** Dated exceptions applied last, over everything else: an agency's local day off, an extra working day. */
  exceptions: z.optional(z.readonly(z.array(DayException))),
  /** A narrower range than 2000-01-01 … 2100-12-31. */
  range: z.optional(DateRange),
  /** How an instant written without an offset is read: default `'calendar-zone'` (wall time in Vietnam); `'reject'` refuses it. */
  offsetless: z.optional(z.enum(OFFSETLESS_READINGS)),
})
export type VietnamCalendarOptions = z.input<typeof VietnamCalendarOptions>

/**
 * The working calendar of a Vietnamese Party or State agency: Monday–Friday 08:00–12:00 and
 * 13:00–17:00 in Asia/Ho_Chi_Minh by default; the statutory holidays of Labour Code 2019 Art. 112;
 * the announced civil-service schedules of 2024–2026 (days off, swaps, make-up Saturdays, nghỉ bù),
 * each day with its source; for every other year, the rules that reproduce the announced
 * schedules, with each such day marked provisional.
 *
 * Years are computed the first time they are asked about, so building a calendar is cheap.
 *
 * @example
 * const cal = vietnamCalendar()
 * cal.isWorkingDay('2025-04-26') //=> true (a make-up Saturday)
 * cal.describeDay('2027-09-03').provisional //=> true
 */
export function vietnamCalendar(options: VietnamCalendarOptions = {}): WorkingCalendar {
  return calendarFromDefinition(compileVietnamDefinition(options))
}

/** The compiled definition `vietnamCalendar(options)` answers from (the benchmark reads its year indexes). */
export function compileVietnamDefinition(options: VietnamCalendarOptions = {}): CompiledDefinition {
  const parsed = parseOrThrow(VietnamCalendarOptions, options, 'invalid_calendar')
  const range = parsed.range ?? VIETNAM_CALENDAR_RANGE
  if (range.from < VIETNAM_CALENDAR_RANGE.from || range.to > VIETNAM_CALENDAR_RANGE.to) {
    return fail('outside_calendar_range', DETAILS.dayOutsideRange, ['range'])
  }
  const schedules = new Map<number, { source: string; days: readonly AnnouncedDay[] }>()
  for (const schedule of [...OFFICIAL_SCHEDULES, ...(parsed.schedules ?? [])]) {
    schedules.set(schedule.year, {
      source: schedule.source,
      days: schedule.days.map((day) => ({
        day: parseCalendarDay(day.date),
        kind: day.kind,
        name: Object.freeze({ ...day.name }),
        source: day.source ?? schedule.source,
        hours: day.hours === undefined ? undefined : compileHours(day.hours),
      })),
    })
  }
  const firstYear = Number(range.from.slice(0, 4))
  const lastYear = Number(range.to.slice(0, 4))
  const provisional: { from: string; to: string }[] = []
  for (let year = firstYear; year <= lastYear; year += 1) {
    if (schedules.has(year)) continue
    const last = provisional[provisional.length - 1]
    if (last !== undefined && last.to === `${year - 1}-12-31`) last.to = `${year}-12-31`
    else provisional.push({ from: `${year}-01-01`, to: `${year}-12-31` })
  }
  const ruleOptions = { cultureDayFrom: parsed.cultureDayFrom }
  const statutoryDates = statutoryDatesSource()
  const source: WorkingCalendarSource = Object.freeze({
    exceptionsOfYear: (year: number) => {
      const dates = statutoryDates(year)
      const schedule = schedules.get(year)
      return schedule === undefined ? provisionalYear(dates, ruleOptions) : announcedYear(dates, schedule.days, ruleOptions)
    },
  })
  return compileDefinition(
    {
      zone: parsed.zone ?? DEFAULT_ZONE,
      week: parsed.week ?? DEFAULT_VIETNAM_WEEK,
      weekSource: parsed.week === undefined ? WEEK_SOURCE : 'giờ làm việc của cơ quan (agency hours)',
      seasons: parsed.seasons ?? [],
      exceptions: parsed.exceptions ?? [],
      provisional: provisional.map(({ from, to }) => ({
        from: from < range.from ? range.from : from,
        to: to > range.to ? range.to : to,
      })),
      range,
      offsetless: parsed.offsetless ?? 'calendar-zone',
    },
    () => source,
  )
}
