import { type DayNumber, dayNumberOf, formatDay, weekdayName, weekdayOf } from '../../core/calendar-day.js'
import type { Messages } from '../../core/messages.js'
import { type CompiledException, type ExceptionKind, isWorkingKind } from '../definition.js'
import { compensationSource, HOLIDAY_NAMES, type HolidayId, statutorySource } from './holiday-names.js'
import type { StatutoryDates } from './statutory-holidays.js'

/**
 * The days off of one year for a Monday–Friday civil service, as exceptions of the generic engine.
 * An announced year takes its schedule as given; any other year is derived by the rules that
 * reproduce every announced schedule of 2014–2026, each derived day marked provisional.
 */

export type AnnouncedDay = {
  readonly day: DayNumber
  readonly kind: ExceptionKind
  readonly name: Messages
  readonly source: string
  readonly hours: CompiledException['hours']
}

export type YearRuleOptions = {
  /** The first year 24 November is a day off (Vietnam Culture Day), or undefined. */
  readonly cultureDayFrom: number | undefined
}

function isWeekend(day: DayNumber): boolean {
  return weekdayOf(day) >= 6
}

/** The nearest weekday after (`1`) or before (`-1`) `from` that is not already off. */
function nearestWorkday(off: ReadonlySet<DayNumber>, from: DayNumber, step: 1 | -1): DayNumber {
  let day = from + step
  while (isWeekend(day) || off.has(day)) day += step
  return day
}

function exception(
  day: DayNumber,
  kind: ExceptionKind,
  name: Messages,
  source: string,
  provisional: boolean,
  hours?: CompiledException['hours'],
): CompiledException {
  return Object.freeze({
    day,
    working: isWorkingKind(kind),
    hours,
    reason: Object.freeze({ kind, name, source, provisional }),
  })
}

/** The statutory holidays of the year in date order, with the law in force that year (history included). */
function statutoryHolidays(dates: StatutoryDates): { readonly id: HolidayId; readonly day: DayNumber }[] {
  const { year } = dates
  const tetIds: HolidayId[] =
    year >= 2013 ? ['tet-eve', 'tet-1', 'tet-2', 'tet-3', 'tet-4'] : ['tet-eve', 'tet-1', 'tet-2', 'tet-3']
  const days: { id: HolidayId; day: DayNumber }[] = [{ id: 'new-year', day: dates.newYear }]
  tetIds.forEach((id, offset) => {
    days.push({ id, day: dates.lunarNewYear - 1 + offset })
  })
  if (year >= 2007) days.push({ id: 'hung-kings', day: dates.hungKings })
  days.push({ id: 'reunification', day: dates.reunification })
  days.push({ id: 'labour-day', day: dates.labourDay })
  days.push({ id: 'national-day', day: dates.nationalDay })
  return days.sort((a, b) => a.day - b.day)
}

function cultureDay(year: number, options: YearRuleOptions): DayNumber | undefined {
  return options.cultureDayFrom !== undefined && year >= options.cultureDayFrom ? dayNumberOf(year, 11, 24) : undefined
}

function holidayException(year: number, id: HolidayId, day: DayNumber): CompiledException {
  return exception(day, 'public-holiday', HOLIDAY_NAMES[id], statutorySource(year, id), false)
}

function shortDate(day: DayNumber): string {
  const text = formatDay(day)
  return `${Number(text.slice(8, 10))}/${Number(text.slice(5, 7))}`
}

function compensatoryName(holiday: Messages, replaced: DayNumber): Messages {
  const weekday = weekdayName(weekdayOf(replaced))
  return Object.freeze({
    vi: `Nghỉ bù ${holiday.vi} (trùng ${weekday.vi} ${shortDate(replaced)})`,
    en: `Compensatory day off for ${holiday.en} (on ${weekday.en} ${shortDate(replaced)})`,
  })
}

/**
 * An announced year: the statutory holidays (citing the law), then the announcement's days (citing
 * the announcement), then Culture Day if on.
 */
export function announcedYear(
  dates: StatutoryDates,
  days: readonly AnnouncedDay[],
  options: YearRuleOptions,
): readonly CompiledException[] {
  const exceptions = statutoryHolidays(dates).map(({ id, day }) => holidayException(dates.year, id, day))
  for (const day of days) exceptions.push(exception(day.day, day.kind, day.name, day.source, false, day.hours))
  const off = new Set(exceptions.filter((entry) => !entry.working).map((entry) => entry.day))
  exceptions.push(...cultureDayExceptions(dates.year, options, off))
  return Object.freeze(exceptions)
}

/** A year with no announced schedule: every derived day is provisional. */
export function provisionalYear(dates: StatutoryDates, options: YearRuleOptions): readonly CompiledException[] {
  const { year } = dates
  const holidays = statutoryHolidays(dates)
  const exceptions = holidays.map(({ id, day }) => holidayException(year, id, day))
  const off = new Set(holidays.map(({ day }) => day))
  const giveOff = (day: DayNumber, name: Messages, source: string, kind: ExceptionKind = 'compensatory-day-off'): void => {
    off.add(day)
    exceptions.push(exception(day, kind, name, source, true))
  }

  // Tết: a block day on a Saturday moves before the block, one on a Sunday after it (from 2014);
  // before 2014 every weekend day of the block was given back after it.
  const tet = holidays.filter(({ id }) => id.startsWith('tet-'))
  const blockStart = tet[0]?.day ?? dates.lunarNewYear - 1
  const blockEnd = tet[tet.length - 1]?.day ?? dates.lunarNewYear
  const tetSource = `${statutorySource(year, 'tet-1')}; ${compensationSource(year)}`
  for (const { id, day } of tet) {
    if (!isWeekend(day)) continue
    const before = year >= 2014 && weekdayOf(day) === 6
    giveOff(
      nearestWorkday(off, before ? blockStart : blockEnd, before ? -1 : 1),
      compensatoryName(HOLIDAY_NAMES[id], day),
      tetSource,
    )
  }

  // National Day: the adjacent weekday that joins the holiday to a weekend, else 1 September (from 2021).
  if (year >= 2021) {
    const first = dayNumberOf(year, 9, 1)
    const third = dayNumberOf(year, 9, 3)
    const candidates = [first, third].filter((day) => !isWeekend(day))
    const joinsWeekend = candidates.find(
      (day) => (day === first && weekdayOf(day) === 1) || (day === third && weekdayOf(day) === 5),
    )
    const adjacent = joinsWeekend ?? candidates[0]
    if (adjacent !== undefined)
      giveOff(adjacent, HOLIDAY_NAMES['national-day-adjacent'], statutorySource(year, 'national-day-adjacent'), 'public-holiday')
  }

  // nghỉ bù (Labour Code 2019 Art. 111(3)): a single-day holiday on a weekend gives the next working day off.
  for (const { id, day } of holidays) {
    if (id.startsWith('tet-') || !isWeekend(day)) continue
    giveOff(nearestWorkday(off, day, 1), compensatoryName(HOLIDAY_NAMES[id], day), compensationSource(year))
  }
  exceptions.push(...cultureDayExceptions(year, options, off))
  return Object.freeze(exceptions.sort((a, b) => a.day - b.day))
}

/** Vietnam Culture Day, pending in law: always provisional, with nghỉ bù when it falls on a weekend. */
function cultureDayExceptions(year: number, options: YearRuleOptions, off: Set<DayNumber>): CompiledException[] {
  const day = cultureDay(year, options)
  if (day === undefined) return []
  const source = statutorySource(year, 'culture-day')
  const exceptions = [exception(day, 'public-holiday', HOLIDAY_NAMES['culture-day'], source, true)]
  off.add(day)
  if (isWeekend(day)) {
    const next = nearestWorkday(off, day, 1)
    off.add(next)
    exceptions.push(exception(next, 'compensatory-day-off', compensatoryName(HOLIDAY_NAMES['culture-day'], day), source, true))
  }
  return exceptions
}
