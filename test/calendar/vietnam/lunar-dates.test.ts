import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIRST_YEAR, LAST_YEAR, lunarDatesFromDateHolidays, renderLunarModule } from '../../../scripts/lunar-dates.js'
import { hungKingsDayOf, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, lunarNewYearOf } from '../../../src/calendar/vietnam/lunar-dates.js'
import { statutoryDatesSource } from '../../../src/calendar/vietnam/statutory-holidays.js'
import { formatDay } from '../../../src/core/calendar-day.js'
import { caught } from '../../support/caught.js'

// date-holidays (a dev dependency) computes the Vietnamese lunar calendar at UTC+7; the package ships
// only the table of the two dates it needs. This file holds the table to date-holidays for every year,
// and to dates checked by hand against the announcements of the years they were holidays.

const fromDateHolidays = lunarDatesFromDateHolidays()

describe('Labour Code 2019 Art. 112(1)(b), (e) — the lunar dates of Tết and Giỗ Tổ Hùng Vương, 2000–2101', () => {
  it('cover 2000–2100, the range of vietnamCalendar, and 2101, the year after it that the calendar indexes as its margin', () => {
    expect([LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, FIRST_YEAR, LAST_YEAR]).toEqual([2000, 2101, 2000, 2101])
    expect(fromDateHolidays.map(({ year }) => year)).toEqual(Array.from({ length: 102 }, (_, k) => 2000 + k))
  })

  // The margin year on its own: a limit counted from the last days of 2100 ends in it (docs/calendar.md).
  it('give 2101 as date-holidays does: Tết Saturday 29 January, 10/3 lunar Friday 8 April (29/1 + 2 + 28 + 31 + 8 = 69 days)', () => {
    const margin = fromDateHolidays.find(({ year }) => year === 2101)
    expect(margin).toEqual({ year: 2101, tet: '2101-01-29', hungKings: '2101-04-08' })
    expect([formatDay(lunarNewYearOf(2101)), formatDay(hungKingsDayOf(2101))]).toEqual(['2101-01-29', '2101-04-08'])
  })

  it('equal the dates date-holidays computes, in every year', () => {
    const table = fromDateHolidays.map(({ year }) => ({
      year,
      tet: formatDay(lunarNewYearOf(year)),
      hungKings: formatDay(hungKingsDayOf(year)),
    }))
    expect(table).toEqual(fromDateHolidays)
  })

  it('are the file the generator writes (npm run lunar-dates)', () => {
    const file = readFileSync(new URL('../../../src/calendar/vietnam/lunar-dates.ts', import.meta.url), 'utf8')
    expect(file).toBe(renderLunarModule(fromDateHolidays))
  })

  // Tết is the day the announced Tết breaks are built around (docs/calendar.md, official schedules).
  it.each([
    [2012, '2012-01-23'],
    [2013, '2013-02-10'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // Vietnam's calendar at UTC+7; China's, at UTC+8, has 3 February.
    [2030, '2030-02-02'],
  ])('Tết %i is %s', (year, date) => {
    expect(formatDay(lunarNewYearOf(year))).toBe(date)
  })

  it.each([
    [2007, '2007-04-26'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('10/3 lunar %i is %s', (year, date) => {
    expect(formatDay(hungKingsDayOf(year))).toBe(date)
  })

  // Two or three lunar months of 29 or 30 days, plus 9: 67–69 days, or 96–98 across a leap month.
  it('put 10/3 lunar 67–69 days after Tết, or 96–98 after a leap first or second month', () => {
    const gaps = new Set(fromDateHolidays.map(({ year }) => hungKingsDayOf(year) - lunarNewYearOf(year)))
    // Three months of 29 days never come together in these years: 96 does not occur.
    expect([...gaps].sort((a, b) => a - b)).toEqual([67, 68, 69, 97, 98])
    // 2025: 29/1 → 7/4 is 2 + 28 + 31 + 7 = 68 days; 2023 (a leap 2nd month): 22/1 → 29/4 is 9 + 28 + 31 + 29 = 97.
    expect([2025, 2023].map((year) => hungKingsDayOf(year) - lunarNewYearOf(year))).toEqual([68, 97])
  })

  it('are refused outside 2000–2101', () => {
    const source = statutoryDatesSource()
    expect([caught(() => source(1999)).code, caught(() => source(2102)).code]).toEqual([
      'outside_calendar_range',
      'outside_calendar_range',
    ])
  })
})
