import fc from 'fast-check'
import { DateTime, IANAZone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { vietnamCalendar, type WorkingCalendar, workingCalendar } from '../../src/index.js'
import { instantBetween, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, type TestZone, utc, ZONES } from '../arbitraries/calendar.js'
import { caught } from '../support/caught.js'

// calendar.millis.startOfDay and calendar.millis.addCalendarMonths: the day start and the calendar
// months that Art. 6.2(b) (B4: duration classes of 1, 3 and 6 calendar months) counts with.
// Every expected value is worked out by hand: Asia/Ho_Chi_Minh is UTC+7 all year, so 10:00 local is
// 03:00Z; Santiago changes its clocks at midnight (2024: back on Sun 7 April, forward on Sun 8 September),
// Berlin at 02:00/03:00 on the last Sunday of March and October.

const vietnam = vietnamCalendar()

/** A calendar in `zone` whose hours play no part: months and day starts depend only on the zone. */
function calendarIn(zone: string): WorkingCalendar {
  return workingCalendar({ zone, week: { monday: [['08:00', '17:00']] } })
}

const santiago = calendarIn('America/Santiago')
const berlin = calendarIn('Europe/Berlin')

/** Epoch ms of an ISO instant with an explicit offset (Date.parse never reads the host's zone then). */
function at(iso: string): number {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${iso}`)
  return ms
}

function shown(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO() as string
}

/** The code and path of the error `run` throws. */
function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

describe('addCalendarMonths in Asia/Ho_Chi_Minh (B4 of Art. 6.2(b) — điểm b khoản 2 Điều 6: calendar months)', () => {
  it('keeps the wall time and clamps 31 January to 28 February in a common year', () => {
    const result = vietnam.millis.addCalendarMonths(utc(2025, 1, 31, 3), 1)
    expect(result).toBe(utc(2025, 2, 28, 3))
    expect(shown(result, 'Asia/Ho_Chi_Minh')).toBe('2025-02-28T10:00:00.000+07:00')
  })

  it('clamps 31 January to 29 February in a leap year', () => {
    expect(shown(vietnam.millis.addCalendarMonths(at('2024-01-31T10:00+07:00'), 1), 'Asia/Ho_Chi_Minh')).toBe(
      '2024-02-29T10:00:00.000+07:00',
    )
  })

  it('keeps the day of the month when the target month has it: 30 June + 6 months = 30 December', () => {
    expect(vietnam.millis.addCalendarMonths(at('2025-06-30T10:00+07:00'), 6)).toBe(at('2025-12-30T10:00+07:00'))
  })

  it('crosses a year end forward: 15 November 2025 + 3 months = 15 February 2026', () => {
    expect(vietnam.millis.addCalendarMonths(at('2025-11-15T08:30+07:00'), 3)).toBe(at('2026-02-15T08:30+07:00'))
  })

  it('clamps 31 August + 6 months to 28 February of the next year', () => {
    expect(vietnam.millis.addCalendarMonths(at('2025-08-31T16:45+07:00'), 6)).toBe(at('2026-02-28T16:45+07:00'))
  })

  it('keeps 29 February + 12 months on 28 February, + 48 months on 29 February', () => {
    expect(vietnam.millis.addCalendarMonths(at('2024-02-29T09:00+07:00'), 12)).toBe(at('2025-02-28T09:00+07:00'))
    expect(vietnam.millis.addCalendarMonths(at('2024-02-29T09:00+07:00'), 48)).toBe(at('2028-02-29T09:00+07:00'))
  })

  it('counts backwards with negative months, clamping the same way', () => {
    expect(vietnam.millis.addCalendarMonths(at('2025-03-31T10:00+07:00'), -1)).toBe(at('2025-02-28T10:00+07:00'))
    expect(vietnam.millis.addCalendarMonths(at('2024-03-31T10:00+07:00'), -1)).toBe(at('2024-02-29T10:00+07:00'))
    expect(vietnam.millis.addCalendarMonths(at('2025-01-15T10:00+07:00'), -1)).toBe(at('2024-12-15T10:00+07:00'))
    expect(vietnam.millis.addCalendarMonths(at('2025-05-19T09:00+07:00'), -12)).toBe(at('2024-05-19T09:00+07:00'))
    expect(vietnam.millis.addCalendarMonths(at('2025-12-31T23:00+07:00'), -6)).toBe(at('2025-06-30T23:00+07:00'))
  })

  it('keeps milliseconds: 31 January 23:59:59.999 + 1 month = 28 February 23:59:59.999', () => {
    expect(vietnam.millis.addCalendarMonths(at('2025-01-31T23:59:59.999+07:00'), 1)).toBe(at('2025-02-28T23:59:59.999+07:00'))
  })

  it('reads the day in the calendar zone, not in UTC: 1 March 00:30 (28 February 17:30Z) + 1 month = 1 April 00:30', () => {
    expect(vietnam.millis.addCalendarMonths(utc(2025, 2, 28, 17, 30), 1)).toBe(at('2025-04-01T00:30+07:00'))
  })

  it('returns the input itself for 0 months', () => {
    for (const t of [utc(2025, 1, 31, 3), at('2024-02-29T23:59:59.999+07:00'), utc(2000, 1, 1), utc(2026, 6, 30, 12) + 123]) {
      expect(vietnam.millis.addCalendarMonths(t, 0)).toBe(t)
    }
  })

  it('stays inside the calendar range (2000–2100), like every count: an instant or a result outside it is outside_calendar_range', () => {
    expect(caught(() => vietnam.millis.addCalendarMonths(0, 1))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['instant'],
    })
    expect(caught(() => vietnam.millis.addCalendarMonths(at('2100-07-01T09:00+07:00'), 6))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['months'],
    })
    expect(caught(() => vietnam.millis.addCalendarMonths(at('2000-05-01T09:00+07:00'), -5))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['months'],
    })
    expect(caught(() => vietnam.millis.addCalendarMonths(at('2025-05-01T09:00+07:00'), Number.MAX_SAFE_INTEGER))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['months'],
    })
    expect(vietnam.millis.addCalendarMonths(at('2100-06-30T09:00+07:00'), 6)).toBe(at('2100-12-30T09:00+07:00'))
    expect(vietnam.millis.addCalendarMonths(at('2000-06-30T09:00+07:00'), -5)).toBe(at('2000-01-30T09:00+07:00'))
  })

  it('adds the 1, 3 and 6 months of the duration classes to the transfer of Conclusion 155 (Mon 19 May 2025 09:00)', () => {
    const transfer = at('2025-05-19T09:00+07:00')
    expect([1, 3, 6].map((months) => shown(vietnam.millis.addCalendarMonths(transfer, months), 'Asia/Ho_Chi_Minh'))).toEqual([
      '2025-06-19T09:00:00.000+07:00',
      '2025-08-19T09:00:00.000+07:00',
      '2025-11-19T09:00:00.000+07:00',
    ])
  })
})

describe('startOfDay in Asia/Ho_Chi_Minh (Art. 6.2(b)(4) — tiết (4) điểm b khoản 2 Điều 6: periods start on a day)', () => {
  it('gives the midnight of the day of 23:59:59.999', () => {
    expect(vietnam.millis.startOfDay(at('2025-06-30T23:59:59.999+07:00'))).toBe(utc(2025, 6, 29, 17))
  })

  it('gives midnight itself for 00:00 exactly, and the previous midnight one millisecond before', () => {
    const midnight = at('2025-07-01T00:00+07:00')
    expect(vietnam.millis.startOfDay(midnight)).toBe(midnight)
    expect(vietnam.millis.startOfDay(midnight - 1)).toBe(at('2025-06-30T00:00+07:00'))
  })

  it('reads the day in the calendar zone: 17:00Z is already the next day at 00:00+07:00', () => {
    expect(vietnam.millis.startOfDay(utc(2025, 6, 30, 17))).toBe(utc(2025, 6, 30, 17))
    expect(vietnam.millis.startOfDay(utc(2025, 6, 30, 16, 59))).toBe(utc(2025, 6, 29, 17))
  })
})

describe('startOfDay and addCalendarMonths across DST (America/Santiago, Europe/Berlin)', () => {
  it('starts Sun 8 September 2024 in Santiago at 01:00−03:00, the first instant its clock shows (midnight is skipped)', () => {
    const first = at('2024-09-08T01:00-03:00')
    expect(santiago.millis.startOfDay(at('2024-09-08T12:00-03:00'))).toBe(first)
    expect(santiago.millis.startOfDay(first)).toBe(first)
    expect(shown(first, 'America/Santiago')).toBe('2024-09-08T01:00:00.000-03:00')
  })

  it('starts Sat 7 September 2024 at its own midnight, up to its last millisecond', () => {
    expect(santiago.millis.startOfDay(at('2024-09-07T23:59:59.999-04:00'))).toBe(at('2024-09-07T00:00-04:00'))
  })

  it('starts the 25-hour Sat 6 April 2024 at 00:00−03:00, also in its repeated hour 23:00–24:00−04:00', () => {
    const start = at('2024-04-06T00:00-03:00')
    expect(santiago.millis.startOfDay(at('2024-04-06T23:30-03:00'))).toBe(start)
    expect(santiago.millis.startOfDay(at('2024-04-06T23:30-04:00'))).toBe(start)
    expect(santiago.millis.startOfDay(at('2024-04-07T00:00-04:00'))).toBe(at('2024-04-07T00:00-04:00'))
  })

  it('moves a wall time skipped by the gap forward by the gap: Santiago 8 August 00:30 + 1 month = 8 September 01:30−03:00', () => {
    expect(santiago.millis.addCalendarMonths(at('2024-08-08T00:30-04:00'), 1)).toBe(at('2024-09-08T01:30-03:00'))
  })

  it('moves a wall time skipped by the gap forward by the gap: Berlin 29 January 02:30 + 2 months = 29 March 03:30+02:00', () => {
    expect(berlin.millis.addCalendarMonths(at('2026-01-29T02:30+01:00'), 2)).toBe(at('2026-03-29T03:30+02:00'))
  })

  it('takes the earlier occurrence of a repeated wall time, whatever the offset of the input', () => {
    // 25 October 2026 02:30 occurs at +02:00, then again at +01:00; luxon's plus keeps the input's +01:00.
    expect(berlin.millis.addCalendarMonths(at('2026-01-25T02:30+01:00'), 9)).toBe(at('2026-10-25T02:30+02:00'))
    expect(berlin.millis.addCalendarMonths(at('2026-09-25T02:30+02:00'), 1)).toBe(at('2026-10-25T02:30+02:00'))
    expect(berlin.millis.addCalendarMonths(at('2026-11-25T02:30+01:00'), -1)).toBe(at('2026-10-25T02:30+02:00'))
    // Santiago repeats 23:00–24:00 on Saturday 6 April 2024.
    expect(santiago.millis.addCalendarMonths(at('2024-05-06T23:30-04:00'), -1)).toBe(at('2024-04-06T23:30-03:00'))
  })

  it('keeps the wall time across a change of offset: Berlin 31 January 10:00+01:00 + 6 months = 31 July 10:00+02:00', () => {
    expect(berlin.millis.addCalendarMonths(at('2026-01-31T10:00+01:00'), 6)).toBe(at('2026-07-31T10:00+02:00'))
  })
})

describe('startOfDay and addCalendarMonths: errors (invalid_input with the path of the bad argument)', () => {
  it('refuses a number of months that is not a whole number', () => {
    const t = utc(2025, 1, 31, 3)
    for (const months of [1.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null, undefined]) {
      expect(failure(() => vietnam.millis.addCalendarMonths(t, months as number))).toEqual(['invalid_input', ['months']])
    }
  })

  it('refuses an instant that is not a whole number of milliseconds', () => {
    for (const instant of [1.5, Number.NaN, Number.NEGATIVE_INFINITY, '2025-01-31T10:00', null, undefined]) {
      expect(failure(() => vietnam.millis.addCalendarMonths(instant as number, 1))).toEqual(['invalid_input', ['instant']])
      expect(failure(() => vietnam.millis.startOfDay(instant as number))).toEqual(['invalid_input', ['instant']])
    }
  })

  it('checks the instant before the months', () => {
    expect(failure(() => vietnam.millis.addCalendarMonths(0.5, 0.5))).toEqual(['invalid_input', ['instant']])
  })

  it('refuses the start of a day outside the calendar range', () => {
    expect(failure(() => vietnam.millis.startOfDay(utc(2101, 1, 1, 12)))).toEqual(['outside_calendar_range', ['instant']])
  })
})

// ---------------------------------------------------------------------------------------------------
// Properties.

const RUNS = { numRuns: 1_000 }

type Fields = { readonly year: number; readonly month: number; readonly day: number; readonly timeOfDay: number }

/** The wall-clock fields of an instant in `zone`, read by luxon. */
function fieldsOf(ms: number, zone: string): Fields {
  const time = DateTime.fromMillis(ms, { zone })
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    timeOfDay: time.hour * MS_PER_HOUR + time.minute * MS_PER_MINUTE + time.second * 1000 + time.millisecond,
  }
}

/** The wall clock of an instant in `zone`, without its offset. */
function wallOf(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ includeOffset: false }) as string
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

type Transition = { readonly at: number; readonly before: number; readonly after: number }

/** The offset changes of `zone` from 2024 to 2027 (offsets in minutes), found by luxon. */
function transitionsOf(zone: string): readonly Transition[] {
  const iana = IANAZone.create(zone)
  const found: Transition[] = []
  for (let day = utc(2024, 1, 1); day < utc(2028, 1, 1); day += MS_PER_DAY) {
    const before = iana.offset(day)
    const after = iana.offset(day + MS_PER_DAY)
    if (before === after) continue
    let low = day
    let high = day + MS_PER_DAY
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if (iana.offset(middle) === before) low = middle
      else high = middle
    }
    found.push({ at: high, before, after })
  }
  return found
}

const TRANSITIONS: Readonly<Record<TestZone, readonly Transition[]>> = Object.fromEntries(
  ZONES.map((zone) => [zone, transitionsOf(zone)]),
) as Record<TestZone, readonly Transition[]>

const CALENDARS: Readonly<Record<TestZone, WorkingCalendar>> = Object.fromEntries(
  ZONES.map((zone) => [zone, calendarIn(zone)]),
) as Record<TestZone, WorkingCalendar>

type MonthsCase = { readonly zone: TestZone; readonly t: number; readonly months: number }

/** Any instant of 2011–2089 and up to ten years either way: inside the calendar range (2000–2100). */
function anyCase(zone: TestZone): fc.Arbitrary<MonthsCase> {
  return fc.record({
    zone: fc.constant(zone),
    t: instantBetween(utc(2011, 1, 1), utc(2089, 12, 31)),
    months: fc.integer({ min: -120, max: 120 }),
  })
}

/**
 * A case whose result falls within two hours of a wall time where `zone` changes its clocks (in a
 * gap, in a repeated hour, or just beside them): the target wall time is drawn there, and the input
 * is the same wall time `months` months earlier, on a day that is not itself near a change.
 */
function nearChangeCase(zone: TestZone): fc.Arbitrary<MonthsCase> {
  const iana = IANAZone.create(zone)
  const transitions = TRANSITIONS[zone]
  return fc
    .record({
      transition: fc.constantFrom(...transitions),
      delta: fc.oneof(
        fc.integer({ min: -8, max: 8 }).map((quarters) => quarters * 15 * MS_PER_MINUTE),
        fc.integer({ min: -2 * MS_PER_HOUR, max: 2 * MS_PER_HOUR }),
      ),
      months: fc.integer({ min: -30, max: 30 }).filter((months) => months !== 0),
    })
    .map(({ transition, delta, months }): MonthsCase | null => {
      const targetLocal = transition.at + transition.before * MS_PER_MINUTE + delta
      const target = new Date(targetLocal)
      const timeOfDay = targetLocal - Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), target.getUTCDate())
      const sourceMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() - months, 1))
      const year = sourceMonth.getUTCFullYear()
      const month = sourceMonth.getUTCMonth() + 1
      if (target.getUTCDate() > daysInMonth(year, month)) return null
      const sourceLocal = Date.UTC(year, month - 1, target.getUTCDate()) + timeOfDay
      const offset = iana.offset(sourceLocal - 2 * MS_PER_DAY)
      if (offset !== iana.offset(sourceLocal + 2 * MS_PER_DAY)) return null
      const t = sourceLocal - offset * MS_PER_MINUTE
      return iana.offset(t) === offset ? { zone, t, months } : null
    })
    .filter((c): c is MonthsCase => c !== null)
}

function casesIn(zones: readonly TestZone[]): fc.Arbitrary<MonthsCase> {
  return fc
    .oneof(
      ...zones.map((zone) => (TRANSITIONS[zone].length === 0 ? anyCase(zone) : fc.oneof(anyCase(zone), nearChangeCase(zone)))),
    )
    .filter(({ t }) => t >= utc(2003, 1, 1) && t <= utc(2097, 12, 31))
}

describe('addCalendarMonths: properties (B4 of Art. 6.2(b) — điểm b khoản 2 Điều 6)', () => {
  it('finds DST changes to draw near in every zone that has them', () => {
    expect(ZONES.filter((zone) => TRANSITIONS[zone].length > 0)).toEqual([
      'America/Santiago',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
    ])
    // Two changes a year, 2024–2027.
    for (const zone of ZONES) expect([0, 8]).toContain(TRANSITIONS[zone].length)
  })

  it("equals luxon's plus({ months }) in Asia/Ho_Chi_Minh and Europe/Berlin wherever luxon keeps the wall time (no DST gap)", () => {
    fc.assert(
      fc.property(casesIn(['Asia/Ho_Chi_Minh', 'Europe/Berlin']), ({ zone, t, months }) => {
        const result = CALENDARS[zone].millis.addCalendarMonths(t, months)
        const luxon = DateTime.fromMillis(t, { zone }).plus({ months }).toMillis()
        fc.pre(fieldsOf(luxon, zone).timeOfDay === fieldsOf(t, zone).timeOfDay)
        // A wall time that occurs twice is read as its earlier occurrence; luxon keeps the input's offset.
        const repeated = wallOf(luxon - MS_PER_HOUR, zone) === wallOf(luxon, zone)
        expect(result).toBe(repeated ? luxon - MS_PER_HOUR : luxon)
      }),
      RUNS,
    )
  })

  it('keeps the wall time and the day of the month (clamped to the month length) in every zone; a skipped wall time moves forward by the gap', () => {
    fc.assert(
      fc.property(casesIn(ZONES), ({ zone, t, months }) => {
        const result = CALENDARS[zone].millis.addCalendarMonths(t, months)
        const input = fieldsOf(t, zone)
        const output = fieldsOf(result, zone)
        const monthIndex = input.year * 12 + input.month - 1 + months
        const year = Math.floor(monthIndex / 12)
        const month = monthIndex - year * 12 + 1
        expect([output.year, output.month, output.day]).toEqual([year, month, Math.min(input.day, daysInMonth(year, month))])
        const shift = output.timeOfDay - input.timeOfDay
        if (shift === 0) {
          // The first instant that shows this wall time: 30 or 60 minutes earlier shows another.
          expect(wallOf(result - 30 * MS_PER_MINUTE, zone)).not.toBe(wallOf(result, zone))
          expect(wallOf(result - MS_PER_HOUR, zone)).not.toBe(wallOf(result, zone))
        } else {
          // In a gap: the clock jumped forward by `shift` less than `shift` ago, and no instant shows the input's wall time.
          expect(shift).toBeGreaterThan(0)
          expect(shift).toBeLessThanOrEqual(MS_PER_HOUR)
          const offsetNow = DateTime.fromMillis(result, { zone }).offset
          const offsetBefore = DateTime.fromMillis(result - shift, { zone }).offset
          expect((offsetNow - offsetBefore) * MS_PER_MINUTE).toBe(shift)
          expect(fieldsOf(result - shift, zone).timeOfDay).not.toBe(input.timeOfDay)
        }
      }),
      RUNS,
    )
  })

  it('is undone by the opposite count when no clamping or gap intervenes', () => {
    fc.assert(
      fc.property(casesIn(ZONES), ({ zone, t, months }) => {
        const millis = CALENDARS[zone].millis
        const there = millis.addCalendarMonths(t, months)
        fc.pre(fieldsOf(there, zone).day === fieldsOf(t, zone).day)
        fc.pre(fieldsOf(there, zone).timeOfDay === fieldsOf(t, zone).timeOfDay)
        fc.pre(wallOf(t - MS_PER_HOUR, zone) !== wallOf(t, zone) && wallOf(t - 30 * MS_PER_MINUTE, zone) !== wallOf(t, zone))
        expect(millis.addCalendarMonths(there, -months)).toBe(t)
      }),
      RUNS,
    )
  })
})

describe('startOfDay: properties', () => {
  it('is the first instant of the day of t in every zone: same day, at or before t, and the instant before it is the day before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) =>
          fc.tuple(
            fc.constant(zone),
            TRANSITIONS[zone].length === 0
              ? instantBetween(utc(2001, 1, 1), utc(2099, 12, 31))
              : fc.oneof(
                  instantBetween(utc(2001, 1, 1), utc(2099, 12, 31)),
                  fc
                    .tuple(fc.constantFrom(...TRANSITIONS[zone]), fc.integer({ min: -2 * MS_PER_DAY, max: 2 * MS_PER_DAY }))
                    .map(([transition, delta]) => transition.at + delta),
                ),
          ),
        ),
        ([zone, t]) => {
          const start = CALENDARS[zone].millis.startOfDay(t)
          expect(start).toBeLessThanOrEqual(t)
          const day = DateTime.fromMillis(t, { zone }).toISODate()
          expect(DateTime.fromMillis(start, { zone }).toISODate()).toBe(day)
          expect(DateTime.fromMillis(start - 1, { zone }).toISODate()).not.toBe(day)
          expect(CALENDARS[zone].millis.startOfDay(start)).toBe(start)
        },
      ),
      RUNS,
    )
  })
})
