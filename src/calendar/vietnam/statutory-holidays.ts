// The only file that imports date-holidays: it computes the Vietnamese lunar calendar (at UTC+7,
// as Vietnam does; JS Intl's Chinese calendar gives Chinese dates, which differ in some years).
import Holidays from 'date-holidays'
import { type DayNumber, dayNumberOf, isCalendarDay, parseCalendarDay } from '../../core/calendar-day.js'
import { DETAILS } from '../../core/messages.js'
import { fail } from '../../core/validation.js'

/** The dates of a year's holidays that date-holidays gives: the lunar ones and the fixed ones. */
export type StatutoryDates = {
  readonly year: number
  /** The first day of the lunar year (mùng 1 Tết). */
  readonly lunarNewYear: DayNumber
  /** The 10th day of the 3rd lunar month (Giỗ Tổ Hùng Vương). */
  readonly hungKings: DayNumber
  readonly newYear: DayNumber
  readonly reunification: DayNumber
  readonly labourDay: DayNumber
  readonly nationalDay: DayNumber
}

export type StatutoryDatesOf = (year: number) => StatutoryDates

/**
 * A function that gives a year's statutory dates, computing each year once. date-holidays is
 * constructed on the first call only, since loading its data costs tens of milliseconds, and a
 * calendar asked only about one year should pay for one year.
 */
export function statutoryDatesSource(): StatutoryDatesOf {
  let holidays: Holidays | undefined
  const cache = new Map<number, StatutoryDates>()
  return (year) => {
    const cached = cache.get(year)
    if (cached !== undefined) return cached
    holidays ??= new Holidays('VN', { types: ['public'] })
    const dates = readYear(holidays, year)
    cache.set(year, dates)
    return dates
  }
}

function readYear(holidays: Holidays, year: number): StatutoryDates {
  let lunarNewYear: DayNumber | undefined
  let hungKings: DayNumber | undefined
  const fixed = new Set<DayNumber>()
  for (const holiday of holidays.getHolidays(year)) {
    const date = holiday.date.slice(0, 10)
    if (!isCalendarDay(date)) continue
    const day = parseCalendarDay(date)
    if (holiday.rule === 'vietnamese 1-0-1') lunarNewYear = day
    else if (holiday.rule === 'vietnamese 3-0-10') hungKings = day
    else fixed.add(day)
  }
  const dates = {
    newYear: dayNumberOf(year, 1, 1),
    reunification: dayNumberOf(year, 4, 30),
    labourDay: dayNumberOf(year, 5, 1),
    nationalDay: dayNumberOf(year, 9, 2),
  }
  // The fixed days are plain arithmetic; their presence checks that the data still has the shape read here.
  const fixedPresent = Object.values(dates).every((day) => fixed.has(day))
  if (lunarNewYear === undefined || hungKings === undefined || !fixedPresent) {
    return fail('invalid_calendar', DETAILS.holidaySourceChanged, ['year'])
  }
  return Object.freeze({ year, lunarNewYear, hungKings, ...dates })
}
