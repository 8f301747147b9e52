import { describe, expect, it } from 'vitest'
import { workingCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

// The edges of a calendar's range: the first and last hours of the range in zones either side of UTC.
// An answer inside the range is given; one outside it is `outside_calendar_range`.

const HOUR = 3_600_000
const GENERIC_RANGE = { from: '2025-01-01', to: '2027-12-31' }

function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

describe('the first and last hours of the range, in zones either side of UTC', () => {
  // Friday 31 December 2027, 20:00–21:00 in New York is 1–2 January 2028 in UTC; Wednesday 1 January
  // 2025, 00:00–01:00 in Ho Chi Minh City is 31 December 2024 in UTC. The year of an instant was first
  // guessed from its UTC year, and a guess outside the range was taken for an instant outside it: such
  // an instant was refused unless the last question had already reached its year.
  const newYork = () =>
    workingCalendar({ zone: 'America/New_York', week: { friday: [['20:00', '21:00']] }, range: GENERIC_RANGE })
  const hoChiMinh = () =>
    workingCalendar({ zone: 'Asia/Ho_Chi_Minh', week: { wednesday: [['00:00', '01:00']] }, range: GENERIC_RANGE })

  it('measures working time up to a result in the last evening of the range (the flaky law: is inverse)', () => {
    // The shape of the case the property "workingTimeBetween(t, addWorkingTime(t, d)) equals d" drew:
    // the start in one year, the result in the last hours of the next, in a zone behind UTC.
    const cal = newYork()
    const start = Date.UTC(2026, 11, 28)
    const result = cal.millis.addWorkingTime(start, 53 * HOUR)
    expect(cal.toDateTime(result).toISO()).toBe('2027-12-31T21:00:00.000-05:00')
    expect(cal.millis.workingTimeBetween(start, result)).toBe(53 * HOUR)
    expect(cal.workingDaysBetween(start, result)).toBe(53)
  })

  it('answers for the last hours of the range as the first question of a calendar', () => {
    const lastEvening = Date.UTC(2028, 0, 1, 1, 30) // 2027-12-31T20:30-05:00
    expect(newYork().dayOf(lastEvening)).toBe('2027-12-31')
    expect(newYork().isWorkingTime(lastEvening)).toBe(true)
    expect(newYork().millis.workingTimeBetween(lastEvening, lastEvening + HOUR)).toBe(HOUR / 2)
    expect(newYork().millis.startOfDay(lastEvening)).toBe(Date.UTC(2027, 11, 31, 5))
  })

  it('answers for the first hours of the range as the first question of a calendar', () => {
    const firstHour = Date.UTC(2024, 11, 31, 17, 30) // 2025-01-01T00:30+07:00
    expect(hoChiMinh().dayOf(firstHour)).toBe('2025-01-01')
    expect(hoChiMinh().isWorkingTime(firstHour)).toBe(true)
    expect(hoChiMinh().millis.workingTimeBetween(firstHour + HOUR, firstHour)).toBe(-HOUR / 2)
    expect(hoChiMinh().millis.addWorkingTime(Date.UTC(2025, 0, 7), -HOUR)).toBe(Date.UTC(2024, 11, 31, 17))
  })

  it('still refuses the instants just outside the range, with the path of the argument', () => {
    const cal = newYork()
    cal.isWorkingDay('2026-06-01') // another year asked first: the answer must not depend on it
    expect(failure(() => cal.dayOf(Date.UTC(2028, 0, 1, 5)))).toEqual(['outside_calendar_range', ['instant']])
    expect(failure(() => cal.millis.workingTimeBetween(Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1, 5)))).toEqual([
      'outside_calendar_range',
      ['to'],
    ])
    expect(failure(() => hoChiMinh().dayOf(Date.UTC(2024, 11, 31, 16, 59, 59, 999)))).toEqual([
      'outside_calendar_range',
      ['instant'],
    ])
  })
})
