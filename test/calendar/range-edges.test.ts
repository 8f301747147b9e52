import { describe, expect, it } from 'vitest'
import {
  ACKNOWLEDGE_RECEIPT,
  alertLevel,
  CLASSIFY_AND_DISPATCH,
  classifyCompletion,
  deadline,
  evaluateTask,
  updateSchedule,
  vietnamCalendar,
  workingCalendar,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// The edges of a calendar's range: the first and last hours of the range in zones either side of UTC,
// rules that read the days next to the range, counts that run past its end, and counts that can never
// fit in it. An answer inside the range is given; one after its end is `outside_calendar_range`.

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

describe('questions inside the range of vietnamCalendar() whose answers lie inside it', () => {
  const calendar = vietnamCalendar()

  it('schedules the updates of an open task transferred on 3 January 2000 (the period before starts in 1999)', () => {
    const task = { id: 'open-2000', transferredAt: '2000-01-03T09:00' }
    const schedule = updateSchedule(task, { calendar, asOf: '2000-03-15T09:00' })
    expect(schedule.updates.map((update) => [update.kind, update.from.toISO(), update.dueBy.toISO()])).toEqual([
      ['periodic', '2000-01-03T09:00:00.000+07:00', '2000-01-31T23:59:59.999+07:00'],
      ['periodic', '2000-02-01T00:00:00.000+07:00', '2000-02-29T23:59:59.999+07:00'],
      ['periodic', '2000-03-01T00:00:00.000+07:00', '2000-03-31T23:59:59.999+07:00'],
    ])
    const evaluation = evaluateTask(task, { calendar, asOf: '2000-03-15T09:00' })
    expect([evaluation.status.status, evaluation.alert.level]).toEqual(['not-started', 'none'])
    expect(evaluation.compliance.map((item) => item.state)).toEqual(['missed', 'missed', 'due'])
  })

  it('counts to a deadline on 31 December 2100, the last day of the range', () => {
    expect(deadline(CLASSIFY_AND_DISPATCH, '2100-12-28T10:00', { calendar }).due.toISO()).toBe('2100-12-31T23:59:59.999+07:00')
    expect(deadline(CLASSIFY_AND_DISPATCH, '2100-12-28T10:00', { calendar, dayEnd: 'close-of-business' }).due.toISO()).toBe(
      '2100-12-31T17:00:00.000+07:00',
    )
    expect(calendar.addWorkingDays('2100-12-30', 1).toISO()).toBe('2100-12-31T23:59:59.999+07:00')
    const task = { id: 'due-2100', transferredAt: '2100-12-01T09:00', deadline: '2100-12-31' }
    expect(alertLevel(task, { calendar, asOf: '2100-12-31T08:00' }).level).toBe('due')
    expect(classifyCompletion(task, { calendar, asOf: '2100-12-31T08:00' }).deadline?.toISO()).toBe(
      '2100-12-31T23:59:59.999+07:00',
    )
  })

  it('counts working hours to the last close of the range', () => {
    expect(deadline(ACKNOWLEDGE_RECEIPT, '2100-12-31T13:00', { calendar }).due.toISO()).toBe('2100-12-31T17:00:00.000+07:00')
    expect(calendar.addWorkingTime('2100-12-31T16:00', { hours: 1 }).toISO()).toBe('2100-12-31T17:00:00.000+07:00')
    const task = { id: 'late-transfer', transferredAt: '2100-12-31T16:00', deadline: '2100-12-31' }
    expect(alertLevel(task, { calendar, asOf: '2100-12-31T16:30' }).level).toBe('due')
  })
})

describe('answers that fall after the end of the range', () => {
  const calendar = vietnamCalendar()

  it('refuses 4 working hours from a transfer on 31 December 2100 at 16:00: one hour is left in the range', () => {
    expect(failure(() => calendar.addWorkingTime('2100-12-31T16:00', { hours: 4 }))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
    // deadline() names its own argument: the rule is fixed, the transfer instant is what runs past the range.
    expect(failure(() => deadline(ACKNOWLEDGE_RECEIPT, '2100-12-31T16:00', { calendar }))).toEqual([
      'outside_calendar_range',
      ['from'],
    ])
  })

  it('refuses a count of working days that ends in 2101, and the next opening after the last close', () => {
    expect(failure(() => calendar.addWorkingDays('2100-12-31', 1))).toEqual(['outside_calendar_range', ['days']])
    expect(failure(() => calendar.nextWorkingDay('2100-12-31'))).toEqual(['outside_calendar_range', ['day']])
    expect(failure(() => calendar.addWorkingTime('2100-12-31T13:00', { hours: 4 }, { boundary: 'next-opening' }))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
    expect(failure(() => deadline(CLASSIFY_AND_DISPATCH, '2100-12-30T10:00', { calendar }))).toEqual([
      'outside_calendar_range',
      ['from'],
    ])
  })
})
