import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileDefinition } from '../../src/calendar/definition.js'
import { daysOf } from '../../src/calendar/working-calendar.js'
import { createYearIndexes } from '../../src/calendar/year-indexes.js'
import { parseCalendarDay } from '../../src/core/calendar-day.js'
import { isVnTaskSlaError, vietnamCalendar, workingCalendar } from '../../src/index.js'
import {
  calendarDefinition,
  GENERIC_RANGE,
  instantBetween,
  MS_PER_HOUR,
  nonNegativeDurationMillis,
  utc,
} from '../arbitraries/calendar.js'
import { hoursFromDefinition, naiveOracle } from '../arbitraries/naive-oracle.js'
import { caught } from '../support/caught.js'

// The computing margin: a calendar indexes the calendar year after its range's last year, and only the
// rules' counts (`daysOf(calendar)`) reach it, so that a time limit counted from inside the range may end
// after it. Every start is still refused outside the range, and the calendar's own methods answer
// exactly as before: a result after the range is `outside_calendar_range`.

const HOUR = MS_PER_HOUR

function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

/** The answer, or undefined when it is `outside_calendar_range`. */
function inReach<T>(answer: () => T): T | undefined {
  try {
    return answer()
  } catch (error) {
    if (isVnTaskSlaError(error) && error.code === 'outside_calendar_range') return undefined
    throw error
  }
}

describe('vietnamCalendar(): the year 2101, by the provisional rules (DOMAIN A3)', () => {
  const calendar = vietnamCalendar()
  const days = daysOf(calendar)
  const day = (date: string) => parseCalendarDay(date)
  const at = (wallTime: string) => calendar.millis.of(wallTime)
  const iso = (ms: number) => calendar.toDateTime(ms).toISO()

  it('has the days off of January and February 2101: New Year, its nghỉ bù, and the Tết block of Saturday 29 January', () => {
    // Sat 1 Jan (New Year) → Mon 3 Jan nghỉ bù; Tết Sat 29 Jan, block Fri 28 – Tue 1 Feb: Sat 29 moves to Thu 27,
    // Sun 30 to Wed 2 Feb. Working: Tue 4 Jan, Wed 26 Jan, Thu 3 Feb.
    const dates = ['2101-01-01', '2101-01-03', '2101-01-04', '2101-01-26', '2101-01-27', '2101-01-28', '2101-01-31']
    dates.push('2101-02-01', '2101-02-02', '2101-02-03')
    expect(dates.map((date) => days.isWorking(day(date)))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ])
  })

  it('counts 4 working hours from Friday 31 December 2100, 16:00 to Tuesday 4 January 2101, 11:00 (1 h + 3 h)', () => {
    expect(iso(days.addWorkingTime(at('2100-12-31T16:00'), 4 * HOUR))).toBe('2101-01-04T11:00:00.000+07:00')
    expect(iso(days.addWorkingTime(at('2100-12-31T16:00'), 4 * HOUR, { boundary: 'next-opening' }))).toBe(
      '2101-01-04T11:00:00.000+07:00',
    )
    // The calendar's own count still refuses it, as docs/calendar.md says.
    expect(failure(() => calendar.millis.addWorkingTime(at('2100-12-31T16:00'), 4 * HOUR))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
  })

  it('counts 3 working days after 31 December 2100 to the end of Thursday 6 January 2101 (4, 5, 6 January)', () => {
    expect(iso(days.addWorkingDays(calendar.millis.endOfDay('2100-12-31'), 3))).toBe('2101-01-06T23:59:59.999+07:00')
    expect(iso(days.addWorkingDays(calendar.millis.endOfDay('2100-12-31'), 3, { dayEnd: 'close-of-business' }))).toBe(
      '2101-01-06T17:00:00.000+07:00',
    )
    expect(failure(() => calendar.millis.addWorkingDays(calendar.millis.endOfDay('2100-12-31'), 3))).toEqual([
      'outside_calendar_range',
      ['days'],
    ])
  })

  it('moves the last day of January 2101 (a Monday of the Tết block) to Thursday 3 February', () => {
    expect(days.nextWorking(day('2101-01-31'))).toBe(day('2101-02-03'))
  })

  it('refuses a start outside the range, as the calendar does, whatever the margin holds', () => {
    expect(failure(() => days.addWorkingTime(at('2101-01-04T09:00'), HOUR))).toEqual(['outside_calendar_range', ['start']])
    expect(failure(() => days.addWorkingDays(at('2101-01-04T09:00'), 1))).toEqual(['outside_calendar_range', ['start']])
    expect(failure(() => days.addWorkingDays(at('1999-12-31T09:00'), 1))).toEqual(['outside_calendar_range', ['start']])
  })

  it('refuses a count that runs past the margin, the end of 2101', () => {
    // 2101 has fewer than 260 working days: 300 after 31 December 2100 end in 2102.
    expect(failure(() => days.addWorkingDays(calendar.millis.endOfDay('2100-12-31'), 300))).toEqual([
      'outside_calendar_range',
      ['days'],
    ])
    expect(failure(() => days.addWorkingTime(at('2100-12-31T16:00'), 3_000 * HOUR))).toEqual([
      'outside_calendar_range',
      ['duration'],
    ])
    expect(failure(() => days.nextWorking(day('2101-12-31')))).toEqual(['outside_calendar_range', ['day']])
  })

  it("leaves the calendar's own answers as they were once the margin is built", () => {
    days.addWorkingDays(calendar.millis.endOfDay('2100-12-31'), 3)
    expect(calendar.addWorkingDays('2100-12-30', 1).toISO()).toBe('2100-12-31T23:59:59.999+07:00')
    expect(failure(() => calendar.nextWorkingDay('2100-12-31'))).toEqual(['outside_calendar_range', ['day']])
    expect(failure(() => calendar.isWorkingDay('2101-01-04'))).toEqual(['outside_calendar_range', ['day']])
    expect(failure(() => calendar.dayOf('2101-01-04T09:00'))).toEqual(['outside_calendar_range', ['instant']])
  })
})

describe('the margin of any calendar', () => {
  it('is the calendar year after the last year of a range that ends in mid-year, whose last year it indexes to its end', () => {
    const calendar = workingCalendar({
      zone: 'UTC',
      week: { monday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']] },
      range: { from: '2026-01-01', to: '2026-06-30' },
    })
    const days = daysOf(calendar)
    // Tuesday 30 June 2026, 12:00: the next working hours are Wednesday 1 July, in the margin.
    const start = utc(2026, 6, 30, 12)
    expect(days.addWorkingTime(start, 2 * HOUR)).toBe(utc(2026, 7, 1, 11))
    expect(days.addWorkingDays(start, 1)).toBe(utc(2026, 7, 1, 23, 59) + 59_999)
    expect(days.isWorking(parseCalendarDay('2027-12-29'))).toBe(true)
    expect(failure(() => days.isWorking(parseCalendarDay('2028-01-03')))).toEqual(['outside_calendar_range', ['day']])
    // The range's own index of 2026 still ends on 30 June.
    expect(failure(() => calendar.millis.addWorkingTime(start, 2 * HOUR))).toEqual(['outside_calendar_range', ['duration']])
    expect(calendar.millis.addWorkingTime(utc(2026, 6, 29, 9), 8 * HOUR)).toBe(utc(2026, 6, 29, 17))
  })

  it('marks every day after the range provisional: the definition says nothing of them', () => {
    const definition = compileDefinition({ zone: 'UTC', week: { monday: [['09:00', '17:00']] }, range: GENERIC_RANGE })
    const indexes = createYearIndexes(definition)
    const margin = indexes.reaching.year(2028)
    expect([margin.dayCount, margin.provisionalDaysBefore[margin.dayCount]]).toEqual([366, 366])
    expect(indexes.year(2027).provisionalDaysBefore[365]).toBe(0)
    expect(indexes.reaching.year(2027)).toBe(indexes.year(2027))
  })
})

describe('the margin — laws', () => {
  /** Starts in the last weeks of the range, where a count of up to 200 working hours or 40 working days often leaves it. */
  const start = instantBetween(utc(2027, 11, 1), utc(2027, 12, 31, 23, 59))

  it('continues the weekly hours and seasons past the range: the rules’ counts equal the naive oracle over the range and 2028', () => {
    fc.assert(
      fc.property(
        calendarDefinition(),
        start,
        nonNegativeDurationMillis(),
        fc.integer({ min: 0, max: 40 }),
        (definition, t, duration, count) => {
          const days = daysOf(workingCalendar(definition))
          const oracle = naiveOracle({
            zone: definition.zone,
            range: { from: definition.range.from, to: '2028-12-31' },
            hoursOf: hoursFromDefinition(definition),
          })
          fc.pre(definition.range.to === '2027-12-31' && oracle.dayOf(t) <= '2027-12-31')
          expect(inReach(() => days.addWorkingTime(t, duration))).toBe(oracle.addWorkingTime(t, duration))
          expect(inReach(() => days.addWorkingDays(t, count))).toBe(oracle.addWorkingDays(t, count))
        },
      ),
      { numRuns: 150 },
    )
  })

  it("agrees with the calendar's own counts wherever those answer", () => {
    fc.assert(
      fc.property(calendarDefinition(), start, nonNegativeDurationMillis(), (definition, t, duration) => {
        const calendar = workingCalendar(definition)
        const own = inReach(() => calendar.millis.addWorkingTime(t, duration))
        fc.pre(own !== undefined)
        expect(daysOf(calendar).addWorkingTime(t, duration)).toBe(own)
      }),
      { numRuns: 150 },
    )
  })
})
