import { describe, expect, it } from 'vitest'
import {
  CalendarDay,
  civilDateOf,
  dayNumberOf,
  daysInMonth,
  formatDay,
  isCalendarDay,
  isLeapYear,
  parseCalendarDay,
  weekdayOf,
  yearOfDay,
} from '../../src/core/calendar-day.js'
import { caught } from '../support/caught.js'

const MS_PER_DAY = 86_400_000

/** The day number of a civil date by the JS engine's own UTC arithmetic, to check against. */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / MS_PER_DAY)
}

describe('isLeapYear', () => {
  it('is true for a year divisible by 4 and not by 100', () => {
    expect(isLeapYear(2024)).toBe(true)
  })

  it('is false for a century not divisible by 400', () => {
    expect(isLeapYear(1900)).toBe(false)
  })

  it('is true for a century divisible by 400', () => {
    expect(isLeapYear(2000)).toBe(true)
  })

  it('is false for an ordinary year', () => {
    expect(isLeapYear(2025)).toBe(false)
  })
})

describe('daysInMonth', () => {
  it('gives 29 for February of a leap year and 28 otherwise', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2100, 2)]).toEqual([29, 28, 28])
  })

  it('gives 30 for April, June, September and November, 31 for the other months', () => {
    const lengths = Array.from({ length: 12 }, (_, index) => daysInMonth(2026, index + 1))
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
  })
})

describe('dayNumberOf and civilDateOf', () => {
  it('numbers 1970-01-01 as day 0', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0)
  })

  it('numbers 2026-11-27 as day 20 784', () => {
    expect(dayNumberOf(2026, 11, 27)).toBe(20_784)
  })

  it('numbers days before 1970 negatively: 1969-12-31 is day -1', () => {
    expect(dayNumberOf(1969, 12, 31)).toBe(-1)
  })

  it('gives the civil date of day 20 784', () => {
    expect(civilDateOf(20_784)).toEqual({ year: 2026, month: 11, day: 27 })
  })

  it('gives 2000-02-29 for the day after 2000-02-28', () => {
    expect(civilDateOf(dayNumberOf(2000, 2, 28) + 1)).toEqual({ year: 2000, month: 2, day: 29 })
  })

  it('agrees with the UTC calendar of the JS engine on every day from 1900 to 2100', () => {
    const mismatches: string[] = []
    for (let day = utcDayNumber(1900, 1, 1); day <= utcDayNumber(2100, 12, 31); day += 1) {
      const date = new Date(day * MS_PER_DAY)
      const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
      const back = civilDateOf(day)
      if (
        dayNumberOf(civil.year, civil.month, civil.day) !== day ||
        back.year !== civil.year ||
        back.month !== civil.month ||
        back.day !== civil.day
      ) {
        mismatches.push(date.toISOString().slice(0, 10))
      }
    }
    expect(mismatches).toEqual([])
  })

  it('round-trips across the proleptic Gregorian calendar, years 1 to 9999', () => {
    const days = [dayNumberOf(1, 1, 1), dayNumberOf(1600, 2, 29), dayNumberOf(9999, 12, 31)]
    expect(days.map((day) => civilDateOf(day))).toEqual([
      { year: 1, month: 1, day: 1 },
      { year: 1600, month: 2, day: 29 },
      { year: 9999, month: 12, day: 31 },
    ])
  })
})

describe('weekdayOf', () => {
  it('gives 4 (Thursday) for 1970-01-01', () => {
    expect(weekdayOf(0)).toBe(4)
  })

  it('gives 5 (Friday) for 2026-11-27', () => {
    expect(weekdayOf(dayNumberOf(2026, 11, 27))).toBe(5)
  })

  it('gives 3 (Wednesday) for 1969-12-31, a negative day number', () => {
    expect(weekdayOf(-1)).toBe(3)
  })

  it('gives 7 (Sunday) for 2026-04-26', () => {
    expect(weekdayOf(dayNumberOf(2026, 4, 26))).toBe(7)
  })
})

describe('formatDay', () => {
  it('writes a day number as YYYY-MM-DD', () => {
    expect(formatDay(dayNumberOf(2026, 2, 9))).toBe('2026-02-09')
  })

  it('pads years below 1000 to four digits', () => {
    expect(formatDay(dayNumberOf(999, 1, 5))).toBe('0999-01-05')
  })
})

describe('isCalendarDay', () => {
  it('accepts an existing day written YYYY-MM-DD', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
  })

  it('refuses 29 February of a common year', () => {
    expect(isCalendarDay('2025-02-29')).toBe(false)
  })

  it('refuses 2025-02-30', () => {
    expect(isCalendarDay('2025-02-30')).toBe(false)
  })

  it('refuses month 13 and month 00', () => {
    expect([isCalendarDay('2025-13-01'), isCalendarDay('2025-00-10')]).toEqual([false, false])
  })

  it('refuses day 00 and day 31 of a 30-day month', () => {
    expect([isCalendarDay('2025-01-00'), isCalendarDay('2025-04-31')]).toEqual([false, false])
  })

  it('refuses other spellings: no padding, slashes, a time, surrounding space', () => {
    const spellings = ['2025-1-05', '2025/01/05', '2025-01-05T00:00', ' 2025-01-05', '2025-01-05 ', '20250105']
    expect(spellings.map((text) => isCalendarDay(text))).toEqual([false, false, false, false, false, false])
  })

  it('refuses values that are not strings', () => {
    expect([isCalendarDay(20_250_105), isCalendarDay(null), isCalendarDay(undefined), isCalendarDay(new Date(0))]).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})

describe('parseCalendarDay', () => {
  it('gives the day number of a calendar day', () => {
    expect(parseCalendarDay('2026-11-27')).toBe(20_784)
  })

  it('refuses 2025-02-30 with invalid_input at the given path', () => {
    const error = caught(() => parseCalendarDay('2025-02-30', ['exceptions', 2, 'date']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['exceptions', 2, 'date']])
  })

  it('says in both languages that a calendar day must exist, without echoing the value', () => {
    const error = caught(() => parseCalendarDay('2025-02-30', ['day']))
    expect(error.messages).toEqual({
      vi: 'Dữ liệu đầu vào không hợp lệ: ngày lịch phải có dạng YYYY-MM-DD và là một ngày có thật',
      en: 'Invalid input: a calendar day must be written YYYY-MM-DD and exist',
    })
  })

  it('refuses a value that is not a string, at the root path by default', () => {
    const error = caught(() => parseCalendarDay(20_250_105))
    expect([error.code, error.path]).toEqual(['invalid_input', []])
  })
})

describe('the CalendarDay schema', () => {
  it('accepts an existing day', () => {
    expect(CalendarDay.safeParse('2026-02-28').success).toBe(true)
  })

  it('refuses a day that does not exist, naming the notACalendarDay detail', () => {
    const result = CalendarDay.safeParse('2026-02-29')
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['notACalendarDay'])
  })
})

describe('yearOfDay', () => {
  it('gives the year of its first and last day', () => {
    expect([yearOfDay(dayNumberOf(2026, 1, 1)), yearOfDay(dayNumberOf(2026, 12, 31))]).toEqual([2026, 2026])
  })

  it('gives the previous year for the day before 1 January', () => {
    expect(yearOfDay(dayNumberOf(2026, 1, 1) - 1)).toBe(2025)
  })

  it('gives the year of every 1 January and 31 December from 1600 to 2400', () => {
    const wrong: number[] = []
    for (let year = 1600; year <= 2400; year += 1) {
      if (yearOfDay(dayNumberOf(year, 1, 1)) !== year || yearOfDay(dayNumberOf(year, 12, 31)) !== year) wrong.push(year)
    }
    expect(wrong).toEqual([])
  })
})
