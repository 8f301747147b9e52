import { DateTime, Duration } from 'luxon'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import {
  type AddWorkingDaysOptions,
  type AddWorkingTimeOptions,
  type BoundaryLanding,
  type CalendarDay,
  type DayDescription,
  type DayEnd,
  type ErrorCode,
  type Instant,
  isVnTaskSlaError,
  type VietnamCalendarOptions,
  type VnTaskSlaError,
  vietnamCalendar,
  type WorkingCalendar,
  type WorkingCalendarDefinition,
  type WorkingDaysExplanation,
  type WorkingDuration,
  type WorkingTimeBetweenExplanation,
  type WorkingTimeExplanation,
  workingCalendar,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// Every expected value below is worked out by hand from the calendar's hours (docs/calendar.md: working hours, working days) and,
// for vietnamCalendar(), the announced 2024–2026 schedules; never by running the engine.

type Hours = [string, string][]

const OFFICE: Hours = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
]
const WEEKDAYS_ONLY = { monday: OFFICE, tuesday: OFFICE, wednesday: OFFICE, thursday: OFFICE, friday: OFFICE }

function everyDay(hours: Hours) {
  return { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: hours, sunday: hours }
}

/** The code and path of the error `run` throws. */
function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

const NAME = { vi: 'Ngoại lệ', en: 'Exception' }

// Built once: a year of the Vietnamese calendar is indexed the first time it is asked about.
const vietnam = vietnamCalendar()

describe('vietnamCalendar().addWorkingTime: forward (Art. 6.2(a); Civil Code 2015 Art. 147(1))', () => {
  it('adds working hours within a morning', () => {
    expect(vietnam.addWorkingTime('2026-11-30T08:00', { hours: 3 }).toISO()).toBe('2026-11-30T11:00:00.000+07:00')
  })

  it('skips the lunch break', () => {
    expect(vietnam.addWorkingTime('2026-11-30T11:00', { hours: 2 }).toISO()).toBe('2026-11-30T14:00:00.000+07:00')
  })

  it('ends at 12:00 when the sum ends exactly at the lunch break', () => {
    expect(vietnam.addWorkingTime('2026-11-30T10:00', { hours: 2 }).toISO()).toBe('2026-11-30T12:00:00.000+07:00')
  })

  it("moves a sum ending at the lunch break to 13:00 with { boundary: 'next-opening' }", () => {
    const result = vietnam.addWorkingTime('2026-11-30T10:00', { hours: 2 }, { boundary: 'next-opening' })
    expect(result.toISO()).toBe('2026-11-30T13:00:00.000+07:00')
  })

  it('ends on Friday at 17:00, not Monday at 08:00, when the sum ends exactly at closing', () => {
    expect(vietnam.addWorkingTime('2026-11-27T15:00', { hours: 2 }).toISO()).toBe('2026-11-27T17:00:00.000+07:00')
  })

  it("moves a sum ending at Friday's closing to Monday 08:00 with { boundary: 'next-opening' }", () => {
    const result = vietnam.addWorkingTime('2026-11-27T15:00', { hours: 2 }, { boundary: 'next-opening' })
    expect(result.toISO()).toBe('2026-11-30T08:00:00.000+07:00')
  })

  it('carries over the weekend: Friday 15:00 + 4 h is Monday 10:00', () => {
    expect(vietnam.addWorkingTime('2026-11-27T15:00', { hours: 4 }).toISO()).toBe('2026-11-30T10:00:00.000+07:00')
  })

  it('starts the clock at 13:00 for a start during lunch', () => {
    expect(vietnam.addWorkingTime('2026-11-30T12:30', { hours: 1 }).toISO()).toBe('2026-11-30T14:00:00.000+07:00')
  })

  it('starts the clock at 13:00 for a start at exactly 12:00 (intervals are half-open)', () => {
    expect(vietnam.addWorkingTime('2026-11-30T12:00', { minutes: 30 }).toISO()).toBe('2026-11-30T13:30:00.000+07:00')
  })

  it('starts the clock at 08:00 for a start before opening', () => {
    expect(vietnam.addWorkingTime('2026-11-30T06:15', { hours: 1 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })

  it('starts the clock on Monday for a start on Saturday', () => {
    expect(vietnam.addWorkingTime('2026-11-28T10:00', { hours: 1 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })

  it('skips 30 April and 1 May 2026 for a start on the holiday', () => {
    expect(vietnam.addWorkingTime('2026-04-30T09:00', { hours: 1 }).toISO()).toBe('2026-05-04T09:00:00.000+07:00')
  })

  it('skips the Tết break of 16–20 February 2026', () => {
    expect(vietnam.addWorkingTime('2026-02-13T16:00', { hours: 2 }).toISO()).toBe('2026-02-23T09:00:00.000+07:00')
  })

  it('counts the make-up Saturday of 26 April 2025 as working time', () => {
    expect(vietnam.addWorkingTime('2025-04-25T16:00', { hours: 2 }).toISO()).toBe('2025-04-26T09:00:00.000+07:00')
  })

  it('returns the start unchanged for a zero duration, even outside working time', () => {
    expect(vietnam.addWorkingTime('2026-11-28T10:00', { hours: 0 }).toISO()).toBe('2026-11-28T10:00:00.000+07:00')
  })

  it('returns the start unchanged for a zero duration with next-opening', () => {
    const result = vietnam.addWorkingTime('2026-11-30T12:00', { minutes: 0 }, { boundary: 'next-opening' })
    expect(result.toISO()).toBe('2026-11-30T12:00:00.000+07:00')
  })

  it('accepts a luxon Duration', () => {
    const result = vietnam.addWorkingTime('2026-11-30T08:00', Duration.fromObject({ hours: 1, minutes: 30 }))
    expect(result.toISO()).toBe('2026-11-30T09:30:00.000+07:00')
  })

  it('accepts fractional hours', () => {
    expect(vietnam.addWorkingTime('2026-11-30T08:00', { hours: 0.25 }).toISO()).toBe('2026-11-30T08:15:00.000+07:00')
  })

  it('counts to the millisecond', () => {
    expect(vietnam.addWorkingTime('2026-11-30T11:59:59.999', { milliseconds: 2 }).toISO()).toBe('2026-11-30T13:00:00.001+07:00')
  })
})

describe('vietnamCalendar().addWorkingTime: backward', () => {
  it('counts back within a morning', () => {
    expect(vietnam.addWorkingTime('2026-11-30T11:00', { hours: -2 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })

  it('counts back over the weekend: Monday 10:00 − 3 h is Friday 16:00', () => {
    expect(vietnam.addWorkingTime('2026-11-30T10:00', { hours: -3 }).toISO()).toBe('2026-11-27T16:00:00.000+07:00')
  })

  it('lands at the opening when the count back ends exactly there', () => {
    expect(vietnam.addWorkingTime('2026-11-30T09:00', { hours: -1 }).toISO()).toBe('2026-11-30T08:00:00.000+07:00')
  })

  it("lands at the previous close with { boundary: 'next-opening' }", () => {
    const result = vietnam.addWorkingTime('2026-11-30T09:00', { hours: -1 }, { boundary: 'next-opening' })
    expect(result.toISO()).toBe('2026-11-27T17:00:00.000+07:00')
  })

  it('lands at 13:00 when the count back ends at the afternoon opening', () => {
    expect(vietnam.addWorkingTime('2026-11-30T14:00', { hours: -1 }).toISO()).toBe('2026-11-30T13:00:00.000+07:00')
  })

  it("lands at 12:00 when the count back ends at the afternoon opening with 'next-opening'", () => {
    const result = vietnam.addWorkingTime('2026-11-30T14:00', { hours: -1 }, { boundary: 'next-opening' })
    expect(result.toISO()).toBe('2026-11-30T12:00:00.000+07:00')
  })

  it('counts back from lunch as from 12:00', () => {
    expect(vietnam.addWorkingTime('2026-11-30T12:30', { minutes: -30 }).toISO()).toBe('2026-11-30T11:30:00.000+07:00')
  })

  it('counts back from a Monday opening into Friday afternoon', () => {
    expect(vietnam.addWorkingTime('2026-11-30T08:00', { hours: -1 }).toISO()).toBe('2026-11-27T16:00:00.000+07:00')
  })
})

describe('vietnamCalendar(): instants in every form', () => {
  it('reads an ISO string with Z', () => {
    expect(vietnam.addWorkingTime('2026-11-30T01:00:00Z', { hours: 1 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })

  it('reads an ISO string with another offset', () => {
    expect(vietnam.addWorkingTime('2026-11-29T20:00:00-05:00', { hours: 1 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })

  it('reads a luxon DateTime in another zone by its instant, and answers in the calendar zone', () => {
    const start = DateTime.fromISO('2026-11-29T20:00', { zone: 'America/New_York' })
    expect(vietnam.addWorkingTime(start, { hours: 1 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })

  it('reads a JS Date', () => {
    expect(vietnam.addWorkingTime(new Date(Date.UTC(2026, 10, 30, 1)), { hours: 1 }).toISO()).toBe(
      '2026-11-30T09:00:00.000+07:00',
    )
  })

  it('reads epoch milliseconds', () => {
    expect(vietnam.addWorkingTime(Date.UTC(2026, 10, 30, 1), { hours: 1 }).toMillis()).toBe(Date.UTC(2026, 10, 30, 2))
  })

  it('answers with a DateTime in Asia/Ho_Chi_Minh', () => {
    expect(vietnam.addWorkingTime('2026-11-30T01:00:00Z', { hours: 1 }).zoneName).toBe('Asia/Ho_Chi_Minh')
  })
})

describe('vietnamCalendar().isWorkingTime: half-open intervals', () => {
  it('is true at the opening, 08:00', () => {
    expect(vietnam.isWorkingTime('2026-11-30T08:00')).toBe(true)
  })

  it('is true one millisecond before lunch', () => {
    expect(vietnam.isWorkingTime('2026-11-30T11:59:59.999')).toBe(true)
  })

  it('is false at 12:00', () => {
    expect(vietnam.isWorkingTime('2026-11-30T12:00')).toBe(false)
  })

  it('is false at 17:00', () => {
    expect(vietnam.isWorkingTime('2026-11-30T17:00')).toBe(false)
  })

  it('is false on a public holiday', () => {
    expect(vietnam.isWorkingTime('2026-09-02T10:00')).toBe(false)
  })
})

describe('vietnamCalendar().addWorkingDays (Civil Code 2015 Arts. 147(2), 148)', () => {
  it('ends at 23:59:59.999 of the 3rd working day, the make-up Saturday of 26 April 2025 counting', () => {
    expect(vietnam.addWorkingDays('2025-04-24T10:00', 3).toISO()).toBe('2025-04-28T23:59:59.999+07:00')
  })

  it("ends at close of business with { dayEnd: 'close-of-business' }", () => {
    expect(vietnam.addWorkingDays('2025-04-24T10:00', 3, { dayEnd: 'close-of-business' }).toISO()).toBe(
      '2025-04-28T17:00:00.000+07:00',
    )
  })

  it('does not count the starting day, even when it starts at 00:00', () => {
    expect(vietnam.addWorkingDays('2026-11-26T00:00', 1).toISO()).toBe('2026-11-27T23:59:59.999+07:00')
  })

  it('counts Friday + 1 as Monday', () => {
    expect(vietnam.addWorkingDays('2026-11-27T16:00', 1).toISO()).toBe('2026-11-30T23:59:59.999+07:00')
  })

  it('counts from the next working day for a start on Saturday', () => {
    expect(vietnam.addWorkingDays('2026-11-28T10:00', 1).toISO()).toBe('2026-11-30T23:59:59.999+07:00')
  })

  it('skips the Tết break of 2026: Friday 13 February + 1 is Monday 23 February', () => {
    expect(vietnam.addWorkingDays('2026-02-13T10:00', 1).toISO()).toBe('2026-02-23T23:59:59.999+07:00')
  })

  it('accepts a calendar day as the start', () => {
    expect(vietnam.addWorkingDays('2026-11-27', 1).toISO()).toBe('2026-11-30T23:59:59.999+07:00')
  })

  it('gives the end of the starting day for n = 0', () => {
    expect(vietnam.addWorkingDays('2025-04-24T10:00', 0).toISO()).toBe('2025-04-24T23:59:59.999+07:00')
  })

  it('gives the close of the starting day for n = 0 at close of business', () => {
    expect(vietnam.addWorkingDays('2025-04-24T10:00', 0, { dayEnd: 'close-of-business' }).toISO()).toBe(
      '2025-04-24T17:00:00.000+07:00',
    )
  })

  it('gives midnight for n = 0 at close of business on a day without hours', () => {
    expect(vietnam.addWorkingDays('2026-11-29T10:00', 0, { dayEnd: 'close-of-business' }).toISO()).toBe(
      '2026-11-29T23:59:59.999+07:00',
    )
  })

  it('counts backwards for a negative n: Monday 28 April 2025 − 1 is the make-up Saturday', () => {
    expect(vietnam.addWorkingDays('2025-04-28T10:00', -1).toISO()).toBe('2025-04-26T23:59:59.999+07:00')
  })

  it('gives the make-up Saturday the hours of a weekday: it closes at 17:00', () => {
    expect(vietnam.addWorkingDays('2025-04-28T10:00', -1, { dayEnd: 'close-of-business' }).toISO()).toBe(
      '2025-04-26T17:00:00.000+07:00',
    )
  })

  it('counts backwards over the Tết break: Monday 23 February 2026 − 1 is Friday 13 February', () => {
    expect(vietnam.addWorkingDays('2026-02-23T10:00', -1).toISO()).toBe('2026-02-13T23:59:59.999+07:00')
  })
})

describe('vietnamCalendar().workingTimeBetween and workingDaysBetween', () => {
  it('gives the working time from Friday 15:00 to Monday 11:00: 5 h', () => {
    expect(vietnam.workingTimeBetween('2026-11-27T15:00', '2026-11-30T11:00').toObject()).toEqual({
      hours: 5,
      minutes: 0,
      seconds: 0,
      milliseconds: 0,
    })
  })

  it('gives a negative duration when the second instant is earlier', () => {
    expect(vietnam.workingTimeBetween('2026-11-30T11:00', '2026-11-27T15:00').toMillis()).toBe(-18_000_000)
  })

  it('gives zero for the same instant', () => {
    expect(vietnam.workingTimeBetween('2026-11-30T11:00', '2026-11-30T11:00').toMillis()).toBe(0)
  })

  it('gives zero, not −0, over a weekend in reverse', () => {
    expect(Object.is(vietnam.workingTimeBetween('2026-11-29T10:00', '2026-11-28T10:00').toMillis(), 0)).toBe(true)
  })

  it('leaves out the lunch break', () => {
    expect(vietnam.workingTimeBetween('2026-11-30T11:00', '2026-11-30T14:00').toMillis()).toBe(7_200_000)
  })

  it('counts the working days after the first day up to the last: 3 from 24 to 28 April 2025', () => {
    expect(vietnam.workingDaysBetween('2025-04-24', '2025-04-28')).toBe(3)
  })

  it('counts working days negatively when the second day is earlier', () => {
    expect(vietnam.workingDaysBetween('2025-04-28T09:00', '2025-04-24T09:00')).toBe(-3)
  })

  it('counts zero working days within one day', () => {
    expect(vietnam.workingDaysBetween('2025-04-24T08:00', '2025-04-24T17:00')).toBe(0)
  })

  it('counts 250 working days in 2026, as announced (Thông báo 9441/TB-BNV; Công văn 12729/VPCP-KGVX)', () => {
    expect(vietnam.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(250)
  })
})

describe('vietnamCalendar(): days', () => {
  it('says the make-up Saturday of 26 April 2025 is a working day', () => {
    expect(vietnam.isWorkingDay('2025-04-26')).toBe(true)
  })

  it('describes 27 April 2026 as the compensatory day off for Hùng Kings’ day', () => {
    const day = vietnam.describeDay('2026-04-27')
    expect([day.working, day.provisional, day.hours, day.reasons.map((reason) => reason.kind)]).toEqual([
      false,
      false,
      [],
      ['compensatory-day-off'],
    ])
  })

  it('describes an ordinary working day with its hours and no reasons', () => {
    expect(vietnam.describeDay('2026-11-30')).toEqual({
      date: '2026-11-30',
      working: true,
      provisional: false,
      hours: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      reasons: [],
    })
  })

  it('marks a day of 2027, a year with no announced schedule, provisional', () => {
    expect(vietnam.describeDay('2027-03-01').provisional).toBe(true)
  })

  it('gives the calendar day of an instant in the calendar zone', () => {
    expect(vietnam.dayOf('2026-11-29T17:00:00Z')).toBe('2026-11-30')
  })

  it('gives the next working day after the Hùng Kings’ weekend of 2026', () => {
    expect(vietnam.nextWorkingDay('2026-04-24')).toBe('2026-04-28')
  })

  it('gives the previous working day before 4 May 2026', () => {
    expect(vietnam.previousWorkingDay('2026-05-04')).toBe('2026-04-29')
  })

  it('gives the day itself with { inclusive: true } when it is a working day', () => {
    expect(vietnam.nextWorkingDay('2026-04-28', { inclusive: true })).toBe('2026-04-28')
  })

  it('says a span reaching into 2027 has provisional days', () => {
    expect(vietnam.hasProvisionalDays('2026-12-30', '2027-01-04')).toBe(true)
  })

  it('says 2026 alone has no provisional days', () => {
    expect(vietnam.hasProvisionalDays('2026-01-01', '2026-12-31')).toBe(false)
  })
})

describe('vietnamCalendar().explain', () => {
  it('explains addWorkingTime: start, result, working time and the weekend it skipped', () => {
    const explanation = vietnam.explain.addWorkingTime('2026-11-27T15:00', { hours: 4 })
    expect({
      start: explanation.start.toISO(),
      result: explanation.result.toISO(),
      workingTime: explanation.workingTime.toMillis(),
      provisional: explanation.provisional,
      skipped: explanation.skipped.map((day) => [day.date, day.reasons.map((reason) => reason.kind)]),
    }).toEqual({
      start: '2026-11-27T15:00:00.000+07:00',
      result: '2026-11-30T10:00:00.000+07:00',
      workingTime: 14_400_000,
      provisional: false,
      skipped: [
        ['2026-11-28', ['weekly-rest']],
        ['2026-11-29', ['weekly-rest']],
      ],
    })
  })

  it('names the weekly rest day it skipped in both languages', () => {
    const [saturday] = vietnam.explain.addWorkingTime('2026-11-27T15:00', { hours: 4 }).skipped
    expect(saturday?.reasons[0]?.name).toEqual({ vi: 'Ngày nghỉ hằng tuần (Thứ Bảy)', en: 'Weekly rest day (Saturday)' })
  })

  it('marks an answer that depends on 2027 provisional', () => {
    expect(vietnam.explain.addWorkingTime('2027-03-01T08:00', { hours: 1 }).provisional).toBe(true)
  })

  it('explains addWorkingDays over the Tết break of 2026: nine days skipped', () => {
    const explanation = vietnam.explain.addWorkingDays('2026-02-13T10:00', 1)
    expect({
      start: explanation.start instanceof DateTime ? explanation.start.toISO() : explanation.start,
      result: explanation.result.toISO(),
      days: explanation.days,
      provisional: explanation.provisional,
      skipped: explanation.skipped.map((day) => day.date),
    }).toEqual({
      start: '2026-02-13T10:00:00.000+07:00',
      result: '2026-02-23T23:59:59.999+07:00',
      days: 1,
      provisional: false,
      skipped: [
        '2026-02-14',
        '2026-02-15',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
      ],
    })
  })

  it('skips no day after the deadline’s day when that day closes at 24:00', () => {
    // Friday 5 June 2026 is the only working day, 20:00–24:00; the close of business is its 24:00.
    const lateShift = workingCalendar({ zone: 'UTC', week: { friday: [['20:00', '24:00']] } })
    const explanation = lateShift.explain.addWorkingDays('2026-06-04T10:00', 1, { dayEnd: 'close-of-business' })
    expect(explanation.skipped.map((day) => day.date)).toEqual(['2026-06-04'])
  })

  it('keeps a calendar day given as the start of addWorkingDays as the calendar day', () => {
    expect(vietnam.explain.addWorkingDays('2026-02-13', 1).start).toBe('2026-02-13')
  })

  it('explains workingTimeBetween over Hùng Kings’ day, its nghỉ bù, 30 April and 1 May 2026: 18 h', () => {
    const explanation = vietnam.explain.workingTimeBetween('2026-04-24T16:00', '2026-05-04T09:00')
    expect({
      from: explanation.from.toISO(),
      to: explanation.to.toISO(),
      workingTime: explanation.workingTime.toMillis(),
      provisional: explanation.provisional,
      skipped: explanation.skipped.map((day) => day.date),
    }).toEqual({
      from: '2026-04-24T16:00:00.000+07:00',
      to: '2026-05-04T09:00:00.000+07:00',
      workingTime: 64_800_000,
      provisional: false,
      skipped: ['2026-04-25', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03'],
    })
  })
})

describe('vietnamCalendar().millis', () => {
  it('adds working time in epoch milliseconds', () => {
    expect(vietnam.millis.addWorkingTime(Date.UTC(2026, 10, 27, 8), 4 * 3_600_000)).toBe(Date.UTC(2026, 10, 30, 3))
  })

  it('honours the landing option', () => {
    expect(vietnam.millis.addWorkingTime(Date.UTC(2026, 10, 27, 8), 2 * 3_600_000, { boundary: 'next-opening' })).toBe(
      Date.UTC(2026, 10, 30, 1),
    )
  })

  it('adds working days in epoch milliseconds', () => {
    expect(vietnam.millis.addWorkingDays(Date.UTC(2025, 3, 24, 3), 3)).toBe(Date.UTC(2025, 3, 28, 16, 59, 59, 999))
  })

  it('adds working days to close of business in epoch milliseconds', () => {
    expect(vietnam.millis.addWorkingDays(Date.UTC(2025, 3, 24, 3), 3, { dayEnd: 'close-of-business' })).toBe(
      Date.UTC(2025, 3, 28, 10),
    )
  })

  it('gives the working time between two epochs in milliseconds', () => {
    expect(vietnam.millis.workingTimeBetween(Date.UTC(2026, 10, 27, 8), Date.UTC(2026, 10, 30, 4))).toBe(18_000_000)
  })

  it('refuses a fractional start at path start', () => {
    expect(failure(() => vietnam.millis.addWorkingTime(1.5, 1))).toEqual(['invalid_input', ['start']])
  })

  it('refuses a fractional duration at path duration', () => {
    expect(failure(() => vietnam.millis.addWorkingTime(Date.UTC(2026, 0, 5), 0.5))).toEqual(['invalid_input', ['duration']])
  })

  it('refuses NaN at path to', () => {
    expect(failure(() => vietnam.millis.workingTimeBetween(Date.UTC(2026, 0, 5), Number.NaN))).toEqual(['invalid_input', ['to']])
  })

  it('refuses a fractional number of days at path days', () => {
    expect(failure(() => vietnam.millis.addWorkingDays(Date.UTC(2026, 0, 5), 1.5))).toEqual(['invalid_input', ['days']])
  })
})

describe('workingCalendar: seasons', () => {
  const SUMMER: Hours = [
    ['07:00', '11:30'],
    ['13:30', '17:00'],
  ]
  const WINTER: Hours = [
    ['07:30', '12:00'],
    ['13:30', '17:00'],
  ]
  const weekdays = (hours: Hours) => ({ monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours })
  // Nghệ An: summer 15 April – 14 October, winter 15 October – 14 April, which wraps the new year.
  const ngheAn = workingCalendar({
    week: WEEKDAYS_ONLY,
    seasons: [
      { name: 'summer', span: { from: '04-15', to: '10-14' }, week: weekdays(SUMMER) },
      { name: 'winter', span: { from: '10-15', to: '04-14' }, week: weekdays(WINTER) },
    ],
    range: { from: '2025-01-01', to: '2027-12-31' },
  })
  const hoursOf = (cal: WorkingCalendar, day: string) => cal.describeDay(day).hours.map(({ start, end }) => `${start}–${end}`)

  it('gives winter hours on 14 April, the last day of the wrapping season', () => {
    expect(hoursOf(ngheAn, '2026-04-14')).toEqual(['07:30–12:00', '13:30–17:00'])
  })

  it('gives summer hours on 15 April', () => {
    expect(hoursOf(ngheAn, '2026-04-15')).toEqual(['07:00–11:30', '13:30–17:00'])
  })

  it('gives summer hours on 14 October', () => {
    expect(hoursOf(ngheAn, '2026-10-14')).toEqual(['07:00–11:30', '13:30–17:00'])
  })

  it('gives winter hours on 15 October', () => {
    expect(hoursOf(ngheAn, '2026-10-15')).toEqual(['07:30–12:00', '13:30–17:00'])
  })

  it('gives winter hours in January, across the new year', () => {
    expect(hoursOf(ngheAn, '2026-01-05')).toEqual(['07:30–12:00', '13:30–17:00'])
  })

  it('gives the seasonal reason with the season’s name', () => {
    expect(ngheAn.describeDay('2026-06-01').reasons).toEqual([
      {
        kind: 'seasonal-hours',
        name: { vi: 'Giờ làm việc theo mùa: summer', en: 'Seasonal hours: summer' },
        source: 'seasons of the calendar',
        provisional: false,
      },
    ])
  })

  it('keeps a weekend a weekend in a season that gives it no hours', () => {
    expect(ngheAn.isWorkingDay('2026-06-06')).toBe(false)
  })

  it('counts across the change of season: Tuesday 14 April 16:00 + 2 h is Wednesday 15 April 08:00', () => {
    expect(ngheAn.addWorkingTime('2026-04-14T16:00', { hours: 2 }).toISO()).toBe('2026-04-15T08:00:00.000+07:00')
  })

  it('applies a season with an absolute span only within it', () => {
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      seasons: [{ name: 'audit', span: { from: '2026-07-06', to: '2026-07-10' }, week: weekdays([['07:00', '19:00']]) }],
      range: { from: '2026-01-01', to: '2026-12-31' },
    })
    expect([
      hoursOf(cal, '2026-07-03'),
      hoursOf(cal, '2026-07-06'),
      hoursOf(cal, '2026-07-10'),
      hoursOf(cal, '2026-07-13'),
    ]).toEqual([['08:00–12:00', '13:00–17:00'], ['07:00–19:00'], ['07:00–19:00'], ['08:00–12:00', '13:00–17:00']])
  })

  it('lets the first season that holds a day decide', () => {
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      seasons: [
        { name: 'audit', span: { from: '2026-07-06', to: '2026-07-10' }, week: weekdays([['07:00', '19:00']]) },
        { name: 'summer', span: { from: '04-15', to: '10-14' }, week: weekdays(SUMMER) },
      ],
      range: { from: '2026-01-01', to: '2026-12-31' },
    })
    expect([hoursOf(cal, '2026-07-07'), hoursOf(cal, '2026-07-13')]).toEqual([['07:00–19:00'], ['07:00–11:30', '13:30–17:00']])
  })
})

describe('workingCalendar: dated exceptions', () => {
  // Monday 1 June 2026 … Sunday 14 June 2026.
  const cal = workingCalendar({
    week: WEEKDAYS_ONLY,
    exceptions: [
      { date: '2026-06-03', kind: 'day-off', name: NAME, source: 'local decision' },
      { date: '2026-06-06', kind: 'working-day', name: NAME, source: 'local decision' },
      { date: '2026-06-07', kind: 'make-up-working-day', name: NAME, source: 'swap', hours: [['09:00', '11:00']] },
      { date: '2026-06-10', kind: 'day-off', name: NAME, source: 'first decision' },
      { date: '2026-06-10', kind: 'working-day', name: NAME, source: 'second decision', hours: [['08:00', '10:00']] },
      { date: '2026-06-12', kind: 'working-day', name: NAME, source: 'short day', hours: [['08:00', '11:00']] },
      { date: '2026-06-13', kind: 'working-day', name: NAME, source: 'first decision' },
      { date: '2026-06-13', kind: 'day-off', name: NAME, source: 'second decision' },
    ],
    range: { from: '2026-01-01', to: '2026-12-31' },
  })

  it('takes a weekday off', () => {
    expect(cal.isWorkingDay('2026-06-03')).toBe(false)
  })

  it('skips the day off: Tuesday 16:00 + 2 h is Thursday 09:00', () => {
    expect(cal.addWorkingTime('2026-06-02T16:00', { hours: 2 }).toISO()).toBe('2026-06-04T09:00:00.000+07:00')
  })

  it('gives a working Saturday without hours the hours of the first weekday that has some', () => {
    expect(cal.describeDay('2026-06-06').hours).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ])
  })

  it('gives the working Saturday its reason and no weekly-rest reason', () => {
    expect(cal.describeDay('2026-06-06').reasons).toEqual([
      { kind: 'working-day', name: NAME, source: 'local decision', provisional: false },
    ])
  })

  it('gives a make-up Sunday the hours it names', () => {
    expect(cal.describeDay('2026-06-07').hours).toEqual([{ start: '09:00', end: '11:00' }])
  })

  it('counts the make-up Sunday: Saturday 16:00 + 2 h is Sunday 10:00', () => {
    expect(cal.addWorkingTime('2026-06-06T16:00', { hours: 2 }).toISO()).toBe('2026-06-07T10:00:00.000+07:00')
  })

  it('lets a later exception override an earlier one for the same day: day off, then working 08:00–10:00', () => {
    expect(cal.describeDay('2026-06-10').hours).toEqual([{ start: '08:00', end: '10:00' }])
  })

  it('lists every exception of the day as a reason, in order', () => {
    expect(cal.describeDay('2026-06-10').reasons.map((reason) => reason.source)).toEqual(['first decision', 'second decision'])
  })

  it('lets a later day off override an earlier working day, the weekly rest listed first', () => {
    const day = cal.describeDay('2026-06-13')
    expect([day.working, day.reasons.map((reason) => reason.kind)]).toEqual([false, ['weekly-rest', 'working-day', 'day-off']])
  })

  it('shortens a weekday: Friday 10:00 + 2 h with hours 08:00–11:00 is Monday 09:00', () => {
    expect(cal.addWorkingTime('2026-06-12T10:00', { hours: 2 }).toISO()).toBe('2026-06-15T09:00:00.000+07:00')
  })

  it('counts working days with the exceptions: from Monday 1 to Sunday 14 June there are 10', () => {
    // 2, 4, 5, 6 (Sat), 7 (Sun), 8, 9, 10, 11, 12; not 3 (off), 13 (off), 14 (Sunday).
    expect(cal.workingDaysBetween('2026-06-01', '2026-06-14')).toBe(10)
  })

  it('merges touching intervals into one', () => {
    const merged = workingCalendar({
      week: {
        monday: [
          ['10:00', '12:00'],
          ['08:00', '10:00'],
        ],
      },
    })
    expect(merged.describeDay('2026-06-01').hours).toEqual([{ start: '08:00', end: '12:00' }])
  })

  it('refuses a working-day exception without hours when no weekday has hours', () => {
    const build = () =>
      workingCalendar({ week: {}, exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's' }] })
    expect(failure(build)).toEqual(['invalid_calendar', ['exceptions', 0, 'hours']])
  })

  it('refuses at build time, not at the first question, a working-day exception without hours in a season without hours', () => {
    const build = () =>
      workingCalendar({
        week: { monday: [['08:00', '17:00']] },
        seasons: [{ name: 'closed', span: { from: '06-01', to: '06-30' }, week: {} }],
        exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's' }],
      })
    expect(failure(build)).toEqual(['invalid_calendar', ['exceptions', 0, 'hours']])
  })

  it('accepts a working-day exception with hours when no weekday has hours', () => {
    const cal = workingCalendar({
      week: {},
      exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's', hours: [['09:00', '10:00']] }],
    })
    expect(cal.addWorkingTime('2026-06-01T00:00', { minutes: 30 }).toISO()).toBe('2026-06-06T09:30:00.000+07:00')
  })
})

describe('workingCalendar: DST zones', () => {
  const newYork = workingCalendar({
    zone: 'America/New_York',
    week: everyDay([['09:00', '17:00']]),
    range: { from: '2026-01-01', to: '2026-12-31' },
  })
  const newYorkNight = workingCalendar({
    zone: 'America/New_York',
    week: { sunday: [['01:00', '04:00']] },
    range: { from: '2026-01-01', to: '2026-12-31' },
  })

  it('keeps wall-clock hours across the spring change: Saturday 7 March 16:00 + 2 h is Sunday 10:00 EDT', () => {
    expect(newYork.addWorkingTime('2026-03-07T16:00', { hours: 2 }).toISO()).toBe('2026-03-08T10:00:00.000-04:00')
  })

  it('counts 16 working hours from Saturday 09:00 EST to Monday 09:00 EDT', () => {
    expect(newYork.workingTimeBetween('2026-03-07T09:00', '2026-03-09T09:00').toMillis()).toBe(57_600_000)
  })

  it('ends the working day at 23:59:59.999 EDT on the change day', () => {
    expect(newYork.addWorkingDays('2026-03-07T10:00', 1).toISO()).toBe('2026-03-08T23:59:59.999-04:00')
  })

  it('counts 01:00–04:00 as 2 hours on 8 March 2026, when 02:00 becomes 03:00', () => {
    expect(newYorkNight.workingTimeBetween('2026-03-08T00:00', '2026-03-08T12:00').toMillis()).toBe(7_200_000)
  })

  it('counts 01:00–04:00 as 4 hours on 1 November 2026, when 02:00 becomes 01:00 again', () => {
    expect(newYorkNight.workingTimeBetween('2026-11-01T00:00', '2026-11-01T12:00').toMillis()).toBe(14_400_000)
  })

  it('reaches 03:30 EDT after 90 minutes from 01:00 EST on 8 March 2026', () => {
    expect(newYorkNight.addWorkingTime('2026-03-08T00:00', { minutes: 90 }).toISO()).toBe('2026-03-08T03:30:00.000-04:00')
  })

  it('reaches the second 01:00 (EST) after one hour from the first on 1 November 2026', () => {
    expect(newYorkNight.addWorkingTime('2026-11-01T00:00', { hours: 1 }).toISO()).toBe('2026-11-01T01:00:00.000-05:00')
  })

  it('ends at 04:00 EST after the four hours of 1 November 2026', () => {
    expect(newYorkNight.addWorkingTime('2026-11-01T00:00', { hours: 4 }).toISO()).toBe('2026-11-01T04:00:00.000-05:00')
  })

  it("moves on to the next Sunday's opening with 'next-opening'", () => {
    const result = newYorkNight.addWorkingTime('2026-11-01T00:00', { hours: 4 }, { boundary: 'next-opening' })
    expect(result.toISO()).toBe('2026-11-08T01:00:00.000-05:00')
  })

  it('reads a wall time in the spring gap shifted forward: 02:30 is 03:30 EDT', () => {
    expect(newYork.addWorkingTime('2026-03-08T02:30', { hours: 0 }).toISO()).toBe('2026-03-08T03:30:00.000-04:00')
  })

  it('reads a repeated wall time as its earlier occurrence: 01:30 on 1 November is 01:30 EDT', () => {
    expect(newYork.addWorkingTime('2026-11-01T01:30', { hours: 0 }).toISO()).toBe('2026-11-01T01:30:00.000-04:00')
  })

  describe('America/Santiago, which changes its clocks at midnight', () => {
    const santiago = workingCalendar({
      zone: 'America/Santiago',
      week: { saturday: [['22:00', '24:00']], sunday: [['00:00', '02:00']] },
      range: { from: '2026-01-01', to: '2026-12-31' },
    })

    it('counts 5 hours over Saturday night 4–5 April 2026, when 24:00 becomes 23:00 again', () => {
      expect(santiago.workingTimeBetween('2026-04-04T00:00', '2026-04-05T12:00').toMillis()).toBe(18_000_000)
    })

    it('counts 3 hours over Saturday night 5–6 September 2026, when 00:00 becomes 01:00', () => {
      expect(santiago.workingTimeBetween('2026-09-05T00:00', '2026-09-06T12:00').toMillis()).toBe(10_800_000)
    })

    it("ends Saturday's three hours of 4 April at Sunday 00:00 −04:00", () => {
      expect(santiago.addWorkingTime('2026-04-04T00:00', { hours: 3 }).toISO()).toBe('2026-04-05T00:00:00.000-04:00')
    })

    it('ends three hours from Saturday 5 September at Sunday 02:00 −03:00', () => {
      expect(santiago.addWorkingTime('2026-09-05T00:00', { hours: 3 }).toISO()).toBe('2026-09-06T02:00:00.000-03:00')
    })

    it('starts Sunday 6 September at 01:00 −03:00 (04:00Z)', () => {
      expect([santiago.dayOf('2026-09-06T03:59:59.999Z'), santiago.dayOf('2026-09-06T04:00:00Z')]).toEqual([
        '2026-09-05',
        '2026-09-06',
      ])
    })

    it('ends Saturday 5 September at 23:59:59.999 −04:00 for n = 0', () => {
      expect(santiago.addWorkingDays('2026-09-05T10:00', 0).toISO()).toBe('2026-09-05T23:59:59.999-04:00')
    })

    it('ends Sunday 6 September at 23:59:59.999 −03:00', () => {
      expect(santiago.addWorkingDays('2026-09-05T10:00', 1).toISO()).toBe('2026-09-06T23:59:59.999-03:00')
    })
  })

  it('counts 01:00–04:00 as 2.5 hours on Lord Howe’s 4 October 2026, a change of 30 minutes', () => {
    const lordHowe = workingCalendar({ zone: 'Australia/Lord_Howe', week: { sunday: [['01:00', '04:00']] } })
    expect(lordHowe.workingTimeBetween('2026-10-04T00:00', '2026-10-04T12:00').toMillis()).toBe(9_000_000)
  })

  it('counts 01:00–04:00 as 3.5 hours on Lord Howe’s 5 April 2026', () => {
    const lordHowe = workingCalendar({ zone: 'Australia/Lord_Howe', week: { sunday: [['01:00', '04:00']] } })
    expect(lordHowe.workingTimeBetween('2026-04-05T00:00', '2026-04-05T12:00').toMillis()).toBe(12_600_000)
  })

  it('counts 01:00–04:00 as 2 hours on 29 March 2026 and 4 hours on 25 October 2026 in Berlin', () => {
    const berlin = workingCalendar({ zone: 'Europe/Berlin', week: { sunday: [['01:00', '04:00']] } })
    expect([
      berlin.workingTimeBetween('2026-03-29T00:00', '2026-03-29T12:00').toMillis(),
      berlin.workingTimeBetween('2026-10-25T00:00', '2026-10-25T12:00').toMillis(),
    ]).toEqual([7_200_000, 14_400_000])
  })

  // Hours whose bound falls in a DST gap start or end at the jump, the first instant the clock shows
  // that wall time or a later one: an interval the gap swallows holds no time, and no time counts twice.
  it('ends hours 01:00–02:30 at the jump on 8 March 2026 in New York: one hour of work', () => {
    const cal = workingCalendar({ zone: 'America/New_York', week: { sunday: [['01:00', '02:30']] } })
    expect(cal.workingTimeBetween('2026-03-08T00:00', '2026-03-08T12:00').toMillis()).toBe(3_600_000)
  })

  it('counts no working time, never negative, for 02:30–03:00 on 29 March 2026 in Berlin (inside the gap)', () => {
    const berlin = workingCalendar({ zone: 'Europe/Berlin', week: { sunday: [['02:30', '03:00']] } })
    expect(berlin.workingTimeBetween('2026-03-29T00:00', '2026-03-29T12:00').toMillis()).toBe(0)
  })

  it('counts 01:00–02:30 and 03:00–04:00 on 8 March 2026 in New York as 2 hours, the overlap once', () => {
    const cal = workingCalendar({
      zone: 'America/New_York',
      week: {
        sunday: [
          ['01:00', '02:30'],
          ['03:00', '04:00'],
        ],
      },
    })
    expect(cal.workingTimeBetween('2026-03-08T00:00', '2026-03-08T12:00').toMillis()).toBe(7_200_000)
  })

  it('reaches 04:00 EDT after 2 working hours from 00:00 on 8 March 2026 with hours 01:00–02:30 and 03:00–04:00 in New York', () => {
    const cal = workingCalendar({
      zone: 'America/New_York',
      week: {
        sunday: [
          ['01:00', '02:30'],
          ['03:00', '04:00'],
        ],
      },
    })
    expect(cal.addWorkingTime('2026-03-08T00:00', { hours: 2 }).toISO()).toBe('2026-03-08T04:00:00.000-04:00')
  })

  it('answers in a fixed-offset zone', () => {
    const cal = workingCalendar({ zone: 'UTC+7', week: WEEKDAYS_ONLY })
    expect(cal.addWorkingTime('2026-11-30T08:00', { hours: 1 }).toISO()).toBe('2026-11-30T09:00:00.000+07:00')
  })
})

describe('workingCalendar: range', () => {
  const cal = workingCalendar({ week: WEEKDAYS_ONLY, range: { from: '2026-01-01', to: '2026-12-31' } })

  it('gives its range', () => {
    expect(cal.range).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('defaults to 2000-01-01 … 2100-12-31 and Asia/Ho_Chi_Minh', () => {
    const defaults = workingCalendar({ week: WEEKDAYS_ONLY })
    expect([defaults.range, defaults.zone]).toEqual([{ from: '2000-01-01', to: '2100-12-31' }, 'Asia/Ho_Chi_Minh'])
  })

  it('refuses a start before the range at path start', () => {
    expect(failure(() => cal.addWorkingTime('2025-12-31T10:00', { hours: 1 }))).toEqual(['outside_calendar_range', ['start']])
  })

  it('says in both languages that the instant lies outside the range', () => {
    expect(caught(() => cal.addWorkingTime('2025-12-31T10:00', { hours: 1 })).messages).toEqual({
      vi: 'Ngoài phạm vi của lịch làm việc: thời điểm nằm ngoài phạm vi ngày của lịch',
      en: "Outside the working calendar's range: the instant lies outside the calendar’s date range",
    })
  })

  it('ends at the last close of the range when the sum ends exactly there', () => {
    expect(cal.addWorkingTime('2026-12-31T16:00', { hours: 1 }).toISO()).toBe('2026-12-31T17:00:00.000+07:00')
  })

  it('refuses a sum that runs past the range at path duration', () => {
    expect(failure(() => cal.addWorkingTime('2026-12-31T16:00', { hours: 2 }))).toEqual(['outside_calendar_range', ['duration']])
  })

  it("refuses 'next-opening' past the last close of the range", () => {
    const run = () => cal.addWorkingTime('2026-12-31T16:00', { hours: 1 }, { boundary: 'next-opening' })
    expect(failure(run)).toEqual(['outside_calendar_range', ['duration']])
  })

  it('refuses a count back past the start of the range at path duration', () => {
    expect(failure(() => cal.addWorkingTime('2026-01-02T09:00', { hours: -20 }))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
  })

  it('refuses working days past the range at path days', () => {
    expect(failure(() => cal.addWorkingDays('2026-12-30T10:00', 2))).toEqual(['outside_calendar_range', ['days']])
  })

  it('refuses a from outside the range at path from', () => {
    expect(failure(() => cal.workingTimeBetween('2025-12-31T10:00', '2026-06-01T10:00'))).toEqual([
      'outside_calendar_range',
      ['from'],
    ])
  })

  it('refuses a to outside the range at path to', () => {
    expect(failure(() => cal.workingTimeBetween('2026-06-01T10:00', '2027-01-01T10:00'))).toEqual([
      'outside_calendar_range',
      ['to'],
    ])
  })

  it('refuses a day outside the range at path day', () => {
    expect(failure(() => cal.isWorkingDay('2027-01-01'))).toEqual(['outside_calendar_range', ['day']])
  })

  it('refuses an exception outside the range', () => {
    const build = () =>
      workingCalendar({
        week: WEEKDAYS_ONLY,
        exceptions: [{ date: '2027-01-01', kind: 'day-off', name: NAME, source: 's' }],
        range: { from: '2026-01-01', to: '2026-12-31' },
      })
    expect(failure(build)).toEqual(['invalid_calendar', ['exceptions', 0, 'date']])
  })

  it('refuses a range that ends before it starts', () => {
    expect(failure(() => workingCalendar({ week: WEEKDAYS_ONLY, range: { from: '2026-12-31', to: '2026-01-01' } }))).toEqual([
      'invalid_calendar',
      ['range'],
    ])
  })

  it('refuses an instant before 2000 in vietnamCalendar()', () => {
    expect(failure(() => vietnam.addWorkingTime('1999-12-31T10:00', { hours: 1 }))).toEqual(['outside_calendar_range', ['start']])
  })

  it('refuses a vietnamCalendar() range wider than 2000–2100', () => {
    expect(failure(() => vietnamCalendar({ range: { from: '1999-01-01', to: '2000-12-31' } }))).toEqual([
      'outside_calendar_range',
      ['range'],
    ])
  })
})

describe('errors', () => {
  const cal = workingCalendar({ week: WEEKDAYS_ONLY })

  it("refuses '2025-02-30' as a day at path day", () => {
    expect(failure(() => cal.isWorkingDay('2025-02-30'))).toEqual(['invalid_input', ['day']])
  })

  it("refuses '2025-02-30' as an exception date", () => {
    const build = () =>
      workingCalendar({ week: WEEKDAYS_ONLY, exceptions: [{ date: '2025-02-30', kind: 'day-off', name: NAME, source: 's' }] })
    expect(failure(build)).toEqual(['invalid_calendar', ['exceptions', 0, 'date']])
  })

  it("refuses '2025-02-30' as the start of addWorkingDays", () => {
    expect(failure(() => cal.addWorkingDays('2025-02-30', 1))).toEqual(['invalid_input', ['start']])
  })

  it("refuses 'not a date' at path start", () => {
    expect(failure(() => cal.addWorkingTime('not a date', { hours: 1 }))).toEqual(['invalid_input', ['start']])
  })

  it("refuses 'not a date' as the second instant at path to", () => {
    expect(failure(() => cal.workingTimeBetween('2026-01-05T08:00', 'not a date'))).toEqual(['invalid_input', ['to']])
  })

  it('refuses a bare calendar day as an instant, saying why', () => {
    const error = caught(() => cal.addWorkingTime('2026-11-30', { hours: 1 }))
    expect([error.code, error.path, error.messages.en]).toEqual([
      'invalid_input',
      ['start'],
      'Invalid input: a calendar day (YYYY-MM-DD) is not an instant; give a time too, e.g. 2025-06-30T08:00',
    ])
  })

  it("refuses { hours: 'four' } at path duration.hours", () => {
    expect(failure(() => cal.addWorkingTime('2026-11-30T08:00', { hours: 'four' } as never))).toEqual([
      'invalid_input',
      ['duration', 'hours'],
    ])
  })

  it('refuses a duration in days at path duration.days', () => {
    expect(failure(() => cal.addWorkingTime('2026-11-30T08:00', { days: 1 } as never))).toEqual([
      'invalid_input',
      ['duration', 'days'],
    ])
  })

  it('refuses 1.5 working days at path days, saying a number of days is whole', () => {
    const error = caught(() => cal.addWorkingDays('2026-11-30T08:00', 1.5))
    expect([error.code, error.path, error.messages.en]).toEqual([
      'invalid_input',
      ['days'],
      'Invalid input: a number of working days must be a whole number',
    ])
  })

  it('refuses NaN as a start at path start', () => {
    expect(failure(() => cal.addWorkingTime(Number.NaN, { hours: 1 }))).toEqual(['invalid_input', ['start']])
  })

  it('refuses NaN hours at path duration.hours', () => {
    expect(failure(() => cal.addWorkingTime('2026-11-30T08:00', { hours: Number.NaN }))).toEqual([
      'invalid_input',
      ['duration', 'hours'],
    ])
  })

  it('refuses NaN working days at path days', () => {
    expect(failure(() => cal.addWorkingDays('2026-11-30T08:00', Number.NaN))).toEqual(['invalid_input', ['days']])
  })

  it('refuses an unknown zone at path zone', () => {
    expect(failure(() => workingCalendar({ zone: 'Mars/Olympus', week: WEEKDAYS_ONLY }))).toEqual(['invalid_calendar', ['zone']])
  })

  it('refuses an unknown zone in vietnamCalendar() at path zone', () => {
    expect(failure(() => vietnamCalendar({ zone: 'Nowhere/Land' }))).toEqual(['invalid_calendar', ['zone']])
  })

  it('refuses overlapping intervals at the path of the second one', () => {
    const build = () =>
      workingCalendar({
        week: {
          monday: [
            ['08:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
      })
    expect(failure(build)).toEqual(['invalid_calendar', ['week', 'monday', 1]])
  })

  it('says in both languages that the intervals overlap', () => {
    const build = () =>
      workingCalendar({
        week: {
          monday: [
            ['08:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
      })
    expect(caught(build).messages).toEqual({
      vi: 'Định nghĩa lịch làm việc không hợp lệ: các khoảng giờ làm việc trong một ngày chồng lên nhau',
      en: 'Invalid working calendar definition: working intervals of one day overlap',
    })
  })

  it('refuses overlapping intervals in the hours of an exception', () => {
    const build = () =>
      workingCalendar({
        week: WEEKDAYS_ONLY,
        exceptions: [
          {
            date: '2026-06-06',
            kind: 'working-day',
            name: NAME,
            source: 's',
            hours: [
              ['08:00', '12:00'],
              ['09:00', '10:00'],
            ],
          },
        ],
      })
    expect(failure(build)).toEqual(['invalid_calendar', ['exceptions', 0, 'hours', 1]])
  })

  it('refuses an interval that ends before it starts', () => {
    expect(failure(() => workingCalendar({ week: { tuesday: [['17:00', '08:00']] } }))).toEqual([
      'invalid_calendar',
      ['week', 'tuesday', 0],
    ])
  })

  it('refuses a time past 24:00', () => {
    expect(failure(() => workingCalendar({ week: { tuesday: [['08:00', '25:00']] } }))).toEqual([
      'invalid_calendar',
      ['week', 'tuesday', 0],
    ])
  })

  it('refuses an unknown weekday name at its own path', () => {
    expect(failure(() => workingCalendar({ week: { mon: [['08:00', '12:00']] } } as never))).toEqual([
      'invalid_calendar',
      ['week', 'mon'],
    ])
  })

  it('refuses an unknown option at its own path', () => {
    expect(failure(() => cal.addWorkingTime('2026-11-30T08:00', { hours: 1 }, { landing: 'stay' } as never))).toEqual([
      'invalid_input',
      ['options', 'landing'],
    ])
  })

  it('refuses an unknown landing option at path options.boundary', () => {
    expect(failure(() => cal.addWorkingTime('2026-11-30T08:00', { hours: 1 }, { boundary: 'later' } as never))).toEqual([
      'invalid_input',
      ['options', 'boundary'],
    ])
  })

  it('refuses an unknown day end at path options.dayEnd', () => {
    expect(failure(() => cal.addWorkingDays('2026-11-30T08:00', 1, { dayEnd: 'noon' } as never))).toEqual([
      'invalid_input',
      ['options', 'dayEnd'],
    ])
  })

  it('is a VnTaskSlaError, an Error, and recognised by isVnTaskSlaError', () => {
    const error = caught(() => cal.addWorkingTime('not a date', { hours: 1 }))
    expect([error instanceof Error, isVnTaskSlaError(error), error.name]).toEqual([true, true, 'VnTaskSlaError'])
  })

  it('writes the English then the Vietnamese message, each with the path, in message', () => {
    const error = caught(() => cal.addWorkingDays('2026-11-30T08:00', 1.5))
    expect(error.message).toBe(
      'Invalid input: a number of working days must be a whole number (days) — Dữ liệu đầu vào không hợp lệ: số ngày làm việc phải là số nguyên (days)',
    )
  })

  it('never echoes the refused value', () => {
    const error = caught(() => cal.addWorkingTime('confidential-42', { hours: 1 }))
    expect(`${error.message} ${error.messages.vi} ${error.messages.en}`.includes('confidential')).toBe(false)
  })

  it('freezes its path and messages', () => {
    const error = caught(() => cal.addWorkingTime('not a date', { hours: 1 }))
    expect([Object.isFrozen(error.path), Object.isFrozen(error.messages)]).toEqual([true, true])
  })
})

describe('immutability', () => {
  function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
      Object.freeze(value)
    }
    return value
  }

  function definition() {
    return {
      zone: 'Asia/Ho_Chi_Minh',
      week: { monday: OFFICE.map(([from, to]): [string, string] => [from, to]), friday: [['08:00', '12:00']] as Hours },
      seasons: [{ name: 'summer', span: { from: '04-15', to: '10-14' }, week: { monday: [['07:00', '11:00']] as Hours } }],
      exceptions: [{ date: '2026-06-05', kind: 'day-off' as const, name: NAME, source: 's' }],
      range: { from: '2026-01-01', to: '2026-12-31' },
    }
  }

  it('builds from a deeply frozen definition', () => {
    const cal = workingCalendar(deepFreeze(definition()))
    expect(cal.addWorkingTime('2026-06-01T10:00', { hours: 2 }).toISO()).toBe('2026-06-08T08:00:00.000+07:00')
  })

  it('leaves the definition as it was', () => {
    const given = definition()
    workingCalendar(given).isWorkingDay('2026-06-05')
    expect(given).toEqual(definition())
  })

  it('does not freeze the caller’s definition', () => {
    const given = definition()
    workingCalendar(given)
    expect([Object.isFrozen(given), Object.isFrozen(given.week), Object.isFrozen(given.week.monday)]).toEqual([
      false,
      false,
      false,
    ])
  })

  it('leaves the options of vietnamCalendar() as they were', () => {
    const options = { exceptions: [{ date: '2026-06-05', kind: 'day-off' as const, name: NAME, source: 's' }] }
    vietnamCalendar(options)
    expect(options).toEqual({ exceptions: [{ date: '2026-06-05', kind: 'day-off', name: NAME, source: 's' }] })
  })

  it('leaves a JS Date start as it was', () => {
    const start = new Date(Date.UTC(2026, 10, 30, 1))
    vietnam.addWorkingTime(start, { hours: 1 })
    expect(start.getTime()).toBe(Date.UTC(2026, 10, 30, 1))
  })

  it('leaves a duration object and an options object as they were', () => {
    const duration = { hours: 1, minutes: 30 }
    const options = { boundary: 'next-opening' as const }
    vietnam.addWorkingTime('2026-11-30T08:00', duration, options)
    expect([duration, options]).toEqual([{ hours: 1, minutes: 30 }, { boundary: 'next-opening' }])
  })

  it('freezes the calendar, its range, its explain and its millis', () => {
    expect([
      Object.isFrozen(vietnam),
      Object.isFrozen(vietnam.range),
      Object.isFrozen(vietnam.explain),
      Object.isFrozen(vietnam.millis),
    ]).toEqual([true, true, true, true])
  })

  it('freezes a day description, its hours and its reasons, deeply', () => {
    const day = vietnam.describeDay('2026-04-27')
    const reason = day.reasons[0]
    expect([
      Object.isFrozen(day),
      Object.isFrozen(day.hours),
      Object.isFrozen(day.reasons),
      Object.isFrozen(reason),
      Object.isFrozen(reason?.name),
    ]).toEqual([true, true, true, true, true])
  })

  it('freezes the hours of a working day one by one', () => {
    const hours = vietnam.describeDay('2026-11-30').hours
    expect(hours.map((interval) => Object.isFrozen(interval))).toEqual([true, true])
  })

  it('freezes explanations and the days they skipped', () => {
    const explanation = vietnam.explain.addWorkingTime('2026-11-27T15:00', { hours: 4 })
    const explanations = [
      explanation,
      vietnam.explain.addWorkingDays('2026-11-27', 1),
      vietnam.explain.workingTimeBetween('2026-11-27T15:00', '2026-11-30T10:00'),
    ]
    expect([
      ...explanations.map((each) => Object.isFrozen(each)),
      Object.isFrozen(explanation.skipped),
      Object.isFrozen(explanation.skipped[0]),
    ]).toEqual([true, true, true, true, true])
  })

  it('gives the same answer however many questions came first', () => {
    const fresh = vietnamCalendar()
    const first = fresh.addWorkingTime('2026-11-27T15:00', { hours: 4 }).toISO()
    fresh.addWorkingDays('2030-01-01T08:00', 300)
    expect(fresh.addWorkingTime('2026-11-27T15:00', { hours: 4 }).toISO()).toBe(first)
  })
})

describe('types of the public API', () => {
  it('builds a WorkingCalendar from a WorkingCalendarDefinition', () => {
    expectTypeOf(workingCalendar).parameter(0).toEqualTypeOf<WorkingCalendarDefinition>()
    expectTypeOf(workingCalendar).returns.toEqualTypeOf<WorkingCalendar>()
  })

  it('builds a WorkingCalendar from optional VietnamCalendarOptions', () => {
    expectTypeOf(vietnamCalendar).parameters.toEqualTypeOf<[options?: VietnamCalendarOptions]>()
    expectTypeOf(vietnamCalendar).returns.toEqualTypeOf<WorkingCalendar>()
  })

  it('answers addWorkingTime, addWorkingDays, toDateTime and endOfDay with a valid luxon DateTime', () => {
    expectTypeOf(vietnam.addWorkingTime).returns.toEqualTypeOf<DateTime<true>>()
    expectTypeOf(vietnam.addWorkingDays).returns.toEqualTypeOf<DateTime<true>>()
    expectTypeOf(vietnam.toDateTime).returns.toEqualTypeOf<DateTime<true>>()
    expectTypeOf(vietnam.endOfDay).returns.toEqualTypeOf<DateTime<true>>()
  })

  it('answers toISO() of a result with a string, never null', () => {
    expectTypeOf(vietnam.addWorkingTime('2026-01-05T08:00', { hours: 1 }).toISO()).toEqualTypeOf<string>()
    expectTypeOf(vietnam.workingTimeBetween('2026-01-05T08:00', '2026-01-05T09:00').toISO()).toEqualTypeOf<string>()
  })

  it('answers workingTimeBetween with a valid luxon Duration and workingDaysBetween with a number', () => {
    expectTypeOf(vietnam.workingTimeBetween).returns.toEqualTypeOf<Duration<true>>()
    expectTypeOf(vietnam.workingDaysBetween).returns.toEqualTypeOf<number>()
  })

  it('takes an Instant, a WorkingDuration and AddWorkingTimeOptions', () => {
    expectTypeOf(vietnam.addWorkingTime).parameters.toEqualTypeOf<[Instant, WorkingDuration, AddWorkingTimeOptions?]>()
  })

  it('takes an Instant or a CalendarDay, a number and AddWorkingDaysOptions', () => {
    expectTypeOf(vietnam.addWorkingDays).parameters.toEqualTypeOf<[Instant | CalendarDay, number, AddWorkingDaysOptions?]>()
  })

  it('reads an Instant as a string, a DateTime, a Date or epoch milliseconds', () => {
    expectTypeOf<Instant>().toEqualTypeOf<string | DateTime | Date | number>()
  })

  it('accepts hours and minutes as a WorkingDuration, never days', () => {
    expectTypeOf<{ hours: number; minutes: number }>().toExtend<WorkingDuration>()
    expectTypeOf<{ days: number }>().not.toExtend<WorkingDuration>()
  })

  it('names the landings and the day ends', () => {
    expectTypeOf<BoundaryLanding>().toEqualTypeOf<'stay' | 'next-opening'>()
    expectTypeOf<DayEnd>().toEqualTypeOf<'midnight' | 'close-of-business'>()
    expectTypeOf<AddWorkingTimeOptions>().toEqualTypeOf<{ readonly boundary?: BoundaryLanding }>()
    expectTypeOf<AddWorkingDaysOptions>().toEqualTypeOf<{ readonly dayEnd?: DayEnd }>()
  })

  it('answers the millis path with numbers', () => {
    expectTypeOf(vietnam.millis.addWorkingTime).returns.toEqualTypeOf<number>()
    expectTypeOf(vietnam.millis.addWorkingDays).returns.toEqualTypeOf<number>()
    expectTypeOf(vietnam.millis.workingTimeBetween).returns.toEqualTypeOf<number>()
  })

  it('answers explain with its explanation types', () => {
    expectTypeOf(vietnam.explain.addWorkingTime).returns.toEqualTypeOf<WorkingTimeExplanation>()
    expectTypeOf(vietnam.explain.addWorkingDays).returns.toEqualTypeOf<WorkingDaysExplanation>()
    expectTypeOf(vietnam.explain.workingTimeBetween).returns.toEqualTypeOf<WorkingTimeBetweenExplanation>()
  })

  it('describes a day with a DayDescription whose fields are readonly', () => {
    expectTypeOf(vietnam.describeDay).returns.toEqualTypeOf<DayDescription>()
    expectTypeOf<DayDescription['hours']>().toEqualTypeOf<readonly { readonly start: string; readonly end: string }[]>()
  })

  it('gives the error a code of ErrorCode and a readonly path', () => {
    expectTypeOf<VnTaskSlaError['code']>().toEqualTypeOf<ErrorCode>()
    expectTypeOf<'invalid_input' | 'invalid_calendar' | 'outside_calendar_range'>().toExtend<ErrorCode>()
    expectTypeOf<VnTaskSlaError['path']>().toEqualTypeOf<readonly (string | number)[]>()
  })

  it('exports the definition schema under the name of its type, the type being the schema input', () => {
    expectTypeOf<WorkingCalendarDefinition>().toEqualTypeOf<z.input<typeof WorkingCalendarDefinition>>()
  })
})

describe('boundaries the DST and 24:00 cases decide', () => {
  const berlin = workingCalendar({
    zone: 'Europe/Berlin',
    week: {
      sunday: [
        ['00:00', '01:30'],
        ['02:00', '02:30'],
      ],
      monday: [['08:30', '12:30']],
    },
    range: { from: '2026-01-01', to: '2026-12-31' },
  })

  it('lands on the next real opening, not on hours a DST gap swallowed (Berlin, 29 March 2026, next-opening)', () => {
    // 00:15–01:30 CET is 1 h 15 min; 02:00–02:30 does not exist that day; Monday opens at 08:30 CEST.
    expect(berlin.addWorkingTime('2026-03-29T00:15', { minutes: 75 }, { boundary: 'next-opening' }).toISO()).toBe(
      '2026-03-30T08:30:00.000+02:00',
    )
  })

  it('counts back to the last real close before a swallowed interval (Berlin, next-opening backwards)', () => {
    expect(berlin.addWorkingTime('2026-03-30T09:30', { hours: -1 }, { boundary: 'next-opening' }).toISO()).toBe(
      '2026-03-29T01:30:00.000+01:00',
    )
  })

  it('gives a close of business at 24:00 as 23:59:59.999 of its own day', () => {
    const night = workingCalendar({
      zone: 'UTC',
      week: { monday: [['16:00', '24:00']] },
      range: { from: '2026-01-01', to: '2026-12-31' },
    })
    expect(night.addWorkingDays('2026-11-23T10:00', 1, { dayEnd: 'close-of-business' }).toISO()).toBe('2026-11-30T23:59:59.999Z')
  })

  it('refuses a fixed offset beyond ±14 hours', () => {
    expect(() => workingCalendar({ zone: 'UTC+25', week: WEEKDAYS_ONLY })).toThrowError(
      expect.objectContaining({ code: 'invalid_calendar', path: ['zone'] }),
    )
  })
})

describe('the zone of the returned DateTimes', () => {
  const berlin = workingCalendar({
    zone: 'Europe/Berlin',
    week: { sunday: [['00:00', '24:00']] },
    range: { from: '2026-01-01', to: '2026-12-31' },
  })

  it("keeps the calendar's IANA zone name and type", () => {
    const result = vietnamCalendar().addWorkingTime('2026-02-13T15:00', { hours: 4 })
    expect([result.zoneName, result.zone.type, result.zone.isUniversal]).toEqual(['Asia/Ho_Chi_Minh', 'iana', false])
  })

  it('equals the IANA zone of the same name, both ways', () => {
    const result = vietnamCalendar().addWorkingTime('2026-02-13T15:00', { hours: 4 })
    const iana = DateTime.fromMillis(0, { zone: 'Asia/Ho_Chi_Minh' }).zone
    expect([result.zone.equals(iana), iana.equals(result.zone)]).toEqual([true, true])
  })

  it('gives the right offset on both sides of a DST change the index knows (Berlin, 29 March 2026)', () => {
    const before = berlin.addWorkingTime('2026-03-29T00:00', { minutes: 90 })
    const after = berlin.addWorkingTime('2026-03-29T00:00', { hours: 3 })
    expect([before.toISO(), after.toISO()]).toEqual(['2026-03-29T01:30:00.000+01:00', '2026-03-29T04:00:00.000+02:00'])
  })

  it('stays correct for DateTime arithmetic far outside the indexed years', () => {
    const result = berlin.addWorkingTime('2026-03-29T00:00', { hours: 3 })
    expect(result.plus({ years: 30, months: 4 }).toISO()).toBe('2056-07-29T04:00:00.000+02:00')
  })
})
