import { type DayNumber, dayNumberOf } from '../../core/calendar-day.js'
import { DETAILS } from '../../core/messages.js'
import { fail } from '../../core/validation.js'
import { hungKingsDayOf, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, lunarNewYearOf } from './lunar-dates.js'

/** The dates of a year's statutory holidays: the lunar ones (from the package's table) and the fixed ones. */
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
 * A function that gives a year's statutory dates. The lunar dates come from the table of
 * `lunar-dates.ts` (2000–2101: the calendar's range and the margin year after it, generated once and
 * checked against date-holidays by the tests), so a year costs a few additions and nothing is loaded
 * or computed up front.
 */
export function statutoryDatesSource(): StatutoryDatesOf {
  return (year) => {
    if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
      return fail('outside_calendar_range', DETAILS.dayOutsideRange, ['year'])
    }
    return Object.freeze({
      year,
      lunarNewYear: lunarNewYearOf(year),
      hungKings: hungKingsDayOf(year),
      newYear: dayNumberOf(year, 1, 1),
      reunification: dayNumberOf(year, 4, 30),
      labourDay: dayNumberOf(year, 5, 1),
      nationalDay: dayNumberOf(year, 9, 2),
    })
  }
}
