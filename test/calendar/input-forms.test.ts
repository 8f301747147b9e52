import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { OFFSETLESS_READINGS, vietnamCalendar, workingCalendar } from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// The forms a database gives an instant in, read by a calendar. Expected values by hand: Monday
// 5 January 2026 is a working day in Vietnam (08:00–12:00, 13:00–17:00); 08:30+07 is 01:30Z,
// 1,767,576,600 seconds after the epoch.

const OFFICE: [string, string][] = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
]
const WEEK = { monday: OFFICE, tuesday: OFFICE, wednesday: OFFICE, thursday: OFFICE, friday: OFFICE }
const SECONDS = 1_767_576_600
const EPOCH_SECONDS_EN =
  "Outside the working calendar's range: the number has the size of epoch (Unix) seconds, not epoch milliseconds: multiply it by 1000"

describe('a calendar reads PostgreSQL timestamptz text (RFC 3339 with a space)', () => {
  const cal = vietnamCalendar()

  it('adds 1 working hour to 2026-01-05 08:30:00+07: 09:30', () => {
    expect(cal.addWorkingTime('2026-01-05 08:30:00+07', { hours: 1 }).toISO()).toBe('2026-01-05T09:30:00.000+07:00')
  })

  it('reads microseconds in UTC (2026-01-05 01:30:00.123456+00) through millis.of', () => {
    expect(cal.millis.of('2026-01-05 01:30:00.123456+00')).toBe(SECONDS * 1000 + 123)
  })

  it('counts working days from a space-separated instant', () => {
    expect(cal.addWorkingDays('2026-01-05 16:00:00+07', 1).toISO()).toBe('2026-01-06T23:59:59.999+07:00')
  })
})

describe('a calendar says when a number looks like epoch seconds', () => {
  const cal = vietnamCalendar()

  it('refuses integer epoch seconds (which, as milliseconds, fall in January 1970) with that message, at the argument', () => {
    expect(failureOf(() => cal.addWorkingTime(SECONDS, { hours: 1 }))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['start'],
      en: EPOCH_SECONDS_EN,
    })
  })

  it('says so on the millis path too, for each instant argument', () => {
    expect([
      failureOf(() => cal.millis.addWorkingTime(SECONDS, 3_600_000)).en,
      failureOf(() => cal.millis.workingTimeBetween(SECONDS * 1000, SECONDS)).path,
      failureOf(() => cal.millis.startOfDay(SECONDS)).path,
    ]).toEqual([EPOCH_SECONDS_EN, ['to'], ['instant']])
  })

  it('keeps the plain out-of-range message for a number that is not seconds of the range (year 2200 in ms)', () => {
    expect(failureOf(() => cal.millis.addWorkingTime(7_258_118_400_000, 3_600_000)).en).toBe(
      "Outside the working calendar's range: the instant lies outside the calendar’s date range",
    )
  })

  it('reads the same number as milliseconds when the calendar covers January 1970', () => {
    const cal1970 = workingCalendar({ zone: 'UTC', week: WEEK, range: { from: '1970-01-01', to: '1970-12-31' } })
    // 1,767,576,600 ms = 20 days (1,728,000 s) + 39,576.6 s (10:59:36.600): Wednesday 21 January 1970,
    // 10:59:36.600Z, inside 08:00–12:00; one working hour later is 11:59:36.600.
    expect(cal1970.addWorkingTime(SECONDS, { hours: 1 }).toISO()).toBe('1970-01-21T11:59:36.600Z')
  })
})

describe("offsetless: 'reject' — a calendar that refuses wall time", () => {
  const strict = workingCalendar({ zone: 'Asia/Ho_Chi_Minh', week: WEEK, offsetless: 'reject' })
  const strictVietnam = vietnamCalendar({ offsetless: 'reject' })

  it('has two readings, the default first', () => {
    expect(OFFSETLESS_READINGS).toEqual(['calendar-zone', 'reject'])
  })

  it('refuses a SQL timestamp without a time zone instead of reading UTC as Vietnamese wall time', () => {
    expect(failureOf(() => strictVietnam.addWorkingTime('2026-01-05 01:30:00', { hours: 1 }))).toMatchObject({
      code: 'invalid_input',
      path: ['start'],
    })
    expect(failureOf(() => strict.workingTimeBetween('2026-01-05T08:00+07:00', '2026-01-05T10:00')).path).toEqual(['to'])
  })

  it('reads instants with an offset, DateTimes and epoch milliseconds as before', () => {
    const starts = ['2026-01-05T01:30:00Z', '2026-01-05 08:30:00+07', DateTime.fromMillis(SECONDS * 1000), SECONDS * 1000]
    expect(starts.map((start) => strictVietnam.addWorkingTime(start, { hours: 1 }).toISO())).toEqual(
      Array(4).fill('2026-01-05T09:30:00.000+07:00'),
    )
  })

  it('still takes calendar days, which are not instants', () => {
    expect(strict.addWorkingDays('2026-01-05', 1).toISO()).toBe('2026-01-06T23:59:59.999+07:00')
  })

  it("reads wall time in the calendar's zone by default, as before", () => {
    expect(vietnamCalendar().addWorkingTime('2026-01-05 08:30:00', { hours: 1 }).toISO()).toBe('2026-01-05T09:30:00.000+07:00')
  })

  it('refuses an unknown reading and a misspelt option, at their names', () => {
    expect([
      failureOf(() => workingCalendar({ week: WEEK, offsetless: 'utc' as never })).path,
      failureOf(() => vietnamCalendar({ offsetles: 'reject' } as never)).path,
    ]).toEqual([['offsetless'], ['offsetles']])
  })
})
