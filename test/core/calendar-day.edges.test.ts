import { describe, expect, it } from 'vitest'
import { formatDay, isCalendarDay, parseCalendarDay } from '../../src/core/calendar-day.js'
import { DETAILS } from '../../src/core/messages.js'
import { caught } from '../support/caught.js'

describe('isCalendarDay: every digit position must hold a digit', () => {
  it('refuses letters in place of the year', () => {
    expect(isCalendarDay('abcd-01-05')).toBe(false)
  })

  it('refuses a character just below 0 (/) inside the month: 2025-1/-05 is no month 9', () => {
    // '/' is one below '0': read as a digit it would make "1/" = 10 - 1 = 9, a month that exists.
    expect(isCalendarDay('2025-1/-05')).toBe(false)
  })

  it('refuses a character just above 9 (:) inside the day: 2025-01-0: is no day 10', () => {
    // ':' is one above '9': read as a digit it would make "0:" = 10, a day that exists.
    expect(isCalendarDay('2025-01-0:')).toBe(false)
  })

  it('refuses a character below 0 inside the year, where the rest would give an existing year', () => {
    // "2/25" read digit by digit would be 2000 - 100 + 20 + 5 = 1925.
    expect(isCalendarDay('2/25-01-05')).toBe(false)
  })
})

describe('isCalendarDay: both dashes are required', () => {
  it('refuses another character in place of the first dash only', () => {
    expect([isCalendarDay('2025/01-05'), isCalendarDay('2025x01-05')]).toEqual([false, false])
  })

  it('refuses another character in place of the second dash only', () => {
    expect([isCalendarDay('2025-01/05'), isCalendarDay('2025-01x05')]).toEqual([false, false])
  })
})

describe('calendar days of year 0000 (proleptic Gregorian 1 BC)', () => {
  it('accepts year 0000, a leap year (divisible by 400), 29 February included', () => {
    expect([isCalendarDay('0000-01-01'), isCalendarDay('0000-02-29'), isCalendarDay('0000-12-31')]).toEqual([true, true, true])
  })

  it('numbers 0000-01-01 as day -719 528 and writes it back the same', () => {
    // 0000-03-01 is 719 468 days before 1970-01-01 (Hinnant); January and February of the leap year 0 add 31 + 29 = 60.
    const day = parseCalendarDay('0000-01-01')
    expect([day, formatDay(day)]).toEqual([-719_528, '0000-01-01'])
  })
})

describe('parseCalendarDay: only a string primitive is a calendar day', () => {
  it('refuses a String object holding a valid day', () => {
    // Object(text) is the String wrapper object of the text: length 10 and charCodeAt, but no string.
    const error = caught(() => parseCalendarDay(Object('2026-11-27'), ['day']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['day'], DETAILS.notACalendarDay.en])
  })

  it('refuses null and undefined with invalid_input at the path', () => {
    const errors = [null, undefined].map((value) => caught(() => parseCalendarDay(value, ['holidays', 0])))
    expect(errors.map((error) => [error.code, error.path])).toEqual([
      ['invalid_input', ['holidays', 0]],
      ['invalid_input', ['holidays', 0]],
    ])
  })

  it('refuses an object that only imitates a string (length 10 and charCodeAt)', () => {
    const text = '2026-11-27'
    const imitation = { length: 10, charCodeAt: (index: number) => text.charCodeAt(index) }
    expect(caught(() => parseCalendarDay(imitation)).code).toBe('invalid_input')
  })
})
