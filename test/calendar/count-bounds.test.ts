import { describe, expect, it } from 'vitest'
import { vietnamCalendar, workingCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

// A count of working days or working time that can never fit in the calendar's range is refused at once,
// against a bound read without indexing a year: working days are days, and working time runs no faster than
// the clock. A count that fits, to the last day or millisecond of the range, is still answered.

const HOUR = 3_600_000

function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

describe('counts that can never fit in the range are refused before any year is indexed', () => {
  // Without the bound, these indexed every remaining year first: about 0.9 s on vietnamCalendar(),
  // seconds on a calendar of years 0001–9999. With it they answer in well under a millisecond.
  const wide = () =>
    workingCalendar({
      zone: 'Asia/Ho_Chi_Minh',
      week: { monday: [['08:00', '17:00']] },
      range: { from: '0001-01-01', to: '9999-12-31' },
    })

  it('refuses more working days than days left in the range, either way', () => {
    const calendar = vietnamCalendar()
    expect(failure(() => calendar.addWorkingDays('2026-01-05', 10_000_000))).toEqual(['outside_calendar_range', ['days']])
    expect(failure(() => calendar.addWorkingDays('2026-01-05', -10_000_000))).toEqual(['outside_calendar_range', ['days']])
    expect(failure(() => calendar.millis.addWorkingDays(Date.UTC(2026, 0, 5), Number.MAX_SAFE_INTEGER))).toEqual([
      'outside_calendar_range',
      ['days'],
    ])
    expect(failure(() => wide().addWorkingDays('2026-01-05', 10_000_000))).toEqual(['outside_calendar_range', ['days']])
    expect(failure(() => wide().nextWorkingDay('9999-12-31'))).toEqual(['outside_calendar_range', ['day']])
  })

  it('refuses more working time than time left in the range, either way', () => {
    const calendar = vietnamCalendar()
    expect(failure(() => calendar.addWorkingTime('2026-01-05T08:00', { hours: 100_000_000 }))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
    expect(failure(() => calendar.millis.addWorkingTime(Date.UTC(2026, 0, 5), -1e8 * HOUR))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
    expect(failure(() => wide().millis.addWorkingTime(Date.UTC(2026, 0, 5), 1e9 * HOUR))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
  })

  it('keeps a count that fits exactly: the bound is the days and the time left, not less', () => {
    const always = workingCalendar({
      zone: 'UTC',
      week: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, [['00:00', '24:00']]]),
      ),
      range: { from: '2026-01-01', to: '2026-12-31' },
    })
    expect(always.addWorkingDays('2026-01-01', 364).toISO()).toBe('2026-12-31T23:59:59.999Z')
    expect(failure(() => always.addWorkingDays('2026-01-01', 365))).toEqual(['outside_calendar_range', ['days']])
    expect(always.addWorkingDays('2026-12-31', -364).toISO()).toBe('2026-01-01T23:59:59.999Z')
    expect(failure(() => always.addWorkingDays('2026-12-31', -365))).toEqual(['outside_calendar_range', ['days']])
    const start = Date.UTC(2026, 0, 1)
    const end = Date.UTC(2027, 0, 1)
    expect(always.millis.addWorkingTime(start, end - start - 1)).toBe(end - 1)
    expect(always.millis.addWorkingTime(end - 1, -(end - 1 - start))).toBe(start)
    expect(failure(() => always.millis.addWorkingTime(start, end - start + 1))).toEqual(['outside_calendar_range', ['duration']])
    expect(failure(() => always.millis.addWorkingTime(end - 1, -(end - start)))).toEqual(['outside_calendar_range', ['duration']])
  })
})
