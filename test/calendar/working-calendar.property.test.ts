import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { isVnTaskSlaError, vietnamCalendar, type WorkingCalendar, workingCalendar } from '../../src/index.js'
import {
  calendarDefinition,
  dstCalendarDefinition,
  durationMillis,
  GENERIC_RANGE,
  instant,
  instantBetween,
  instantNear,
  instantNearDstChange,
  MS_PER_HOUR,
  nonNegativeDurationMillis,
  utc,
  workingDayCount,
} from '../arbitraries/calendar.js'
import { oracleFromCalendar, oracleFromDefinition } from '../arbitraries/naive-oracle.js'

// Every law is checked on the Vietnamese calendar, on a few fixed calendars chosen for their zones
// (DST at 02:00, at midnight, of 30 minutes; a calendar that never closes) and on random calendars.

const vietnam = vietnamCalendar()

/** A calendar under test with a readable name: fast-check prints the name, not the closures. */
type Subject = { readonly label: string; readonly cal: WorkingCalendar }

function subject(label: string, cal: WorkingCalendar): Subject {
  return Object.freeze({ label, cal, [fc.toStringMethod]: () => label })
}

const FIXED: readonly Subject[] = [
  subject('vietnamCalendar()', vietnam),
  subject(
    'New York, Sunday 01:00–04:00',
    workingCalendar({
      zone: 'America/New_York',
      week: {
        monday: [
          ['09:00', '12:00'],
          ['13:00', '17:30'],
        ],
        wednesday: [['09:00', '17:00']],
        friday: [['09:00', '12:00']],
        saturday: [['10:00', '14:00']],
        // Spans the DST change at 02:00 on 8 March and 1 November 2026.
        sunday: [['01:00', '04:00']],
      },
      exceptions: [{ date: '2026-07-03', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Independence Day' }, source: 'test' }],
      range: GENERIC_RANGE,
    }),
  ),
  subject(
    'Santiago, Saturday 22:00–24:00 and Sunday 00:00–02:00',
    workingCalendar({
      zone: 'America/Santiago',
      week: {
        monday: [
          ['08:30', '13:00'],
          ['14:00', '18:00'],
        ],
        tuesday: [['08:30', '18:00']],
        // Santiago changes its clocks at midnight between Saturday and Sunday.
        saturday: [['22:00', '24:00']],
        sunday: [['00:00', '02:00']],
      },
      range: GENERIC_RANGE,
    }),
  ),
  subject(
    'Berlin with a summer season and exceptions',
    workingCalendar({
      zone: 'Europe/Berlin',
      week: { monday: [['08:00', '16:00']], thursday: [['08:00', '16:00']] },
      seasons: [
        {
          name: 'summer',
          span: { from: '04-15', to: '10-14' },
          week: { monday: [['07:00', '15:00']], friday: [['07:00', '13:00']] },
        },
      ],
      exceptions: [
        { date: '2026-05-01', kind: 'public-holiday', name: { vi: 'Lễ', en: 'Labour Day' }, source: 'test' },
        { date: '2026-05-02', kind: 'make-up-working-day', name: { vi: 'Làm bù', en: 'Make-up day' }, source: 'test' },
      ],
      range: GENERIC_RANGE,
    }),
  ),
  // A calendar that never closes: its working time is elapsed time, DST or not.
  subject(
    'Lord Howe, never closed',
    workingCalendar({
      zone: 'Australia/Lord_Howe',
      week: {
        monday: [['00:00', '24:00']],
        tuesday: [['00:00', '24:00']],
        wednesday: [['00:00', '24:00']],
        thursday: [['00:00', '24:00']],
        friday: [['00:00', '24:00']],
        saturday: [['00:00', '24:00']],
        sunday: [['00:00', '24:00']],
      },
      range: GENERIC_RANGE,
    }),
  ),
]

/** A fixed calendar or a random one, built from a random definition over GENERIC_RANGE. */
const calendar: fc.Arbitrary<Subject> = fc.oneof(
  { arbitrary: fc.constantFrom(...FIXED), weight: 2 },
  {
    arbitrary: calendarDefinition().map((definition) => subject(JSON.stringify(definition), workingCalendar(definition))),
    weight: 1,
  },
)

/** The answer, or `undefined` when it would leave the calendar's range; any other error fails the law. */
function inRange<T>(answer: () => T): T | undefined {
  try {
    return answer()
  } catch (error) {
    if (isVnTaskSlaError(error) && error.code === 'outside_calendar_range') return undefined
    throw error
  }
}

/** Runs the law only when every answer stays in the calendar's range. */
function defined<T>(value: T | undefined): T {
  fc.pre(value !== undefined)
  return value as T
}

const RUNS = { numRuns: 150 }
/** ISO 8601 with the offset always written as ±hh:mm (luxon writes a UTC DateTime's offset as Z or +00:00 by zone kind). */
const LOCAL_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ss.SSSZZ"
/**
 * Calendars held to the naive oracle in each run: a thousand random ones, each asked two questions near one
 * instant (and the second instant, one time in four, anywhere in the window), so that a calendar indexes
 * one or two years and the oracle walks weeks, not years. Many calendars find more than many questions
 * to one calendar: each draws its own zone, weeks, seasons and exceptions. The fixed DST calendars
 * take as many runs.
 */
const ORACLE_RUNS = { numRuns: 1_000 }
const boundary = fc.constantFrom('stay' as const, 'next-opening' as const)
const dayEnd = fc.constantFrom('midnight' as const, 'close-of-business' as const)

describe('addWorkingTime: laws', () => {
  it('is monotonic in the start: s <= t implies addWorkingTime(s, d) <= addWorkingTime(t, d)', () => {
    fc.assert(
      fc.property(calendar, instant, instant, durationMillis(), boundary, ({ cal }, a, b, d, landing) => {
        const [s, t] = a <= b ? [a, b] : [b, a]
        const fromS = defined(inRange(() => cal.millis.addWorkingTime(s, d, { boundary: landing })))
        const fromT = defined(inRange(() => cal.millis.addWorkingTime(t, d, { boundary: landing })))
        expect(fromS).toBeLessThanOrEqual(fromT)
      }),
      RUNS,
    )
  })

  it('is monotonic in the duration: d1 <= d2 implies addWorkingTime(t, d1) <= addWorkingTime(t, d2)', () => {
    fc.assert(
      fc.property(calendar, instant, durationMillis(), durationMillis(), boundary, ({ cal }, t, a, b, landing) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a]
        const first = defined(inRange(() => cal.millis.addWorkingTime(t, d1, { boundary: landing })))
        const second = defined(inRange(() => cal.millis.addWorkingTime(t, d2, { boundary: landing })))
        expect(first).toBeLessThanOrEqual(second)
      }),
      RUNS,
    )
  })

  it('is inverse: workingTimeBetween(t, addWorkingTime(t, d)) equals d', () => {
    fc.assert(
      fc.property(calendar, instant, durationMillis(), boundary, ({ cal }, t, d, landing) => {
        const result = defined(inRange(() => cal.millis.addWorkingTime(t, d, { boundary: landing })))
        expect(cal.millis.workingTimeBetween(t, result)).toBe(d)
      }),
      RUNS,
    )
  })

  it('returns the start for a zero duration: addWorkingTime(t, 0) equals t', () => {
    fc.assert(
      fc.property(calendar, instant, boundary, ({ cal }, t, landing) => {
        expect(cal.millis.addWorkingTime(t, 0, { boundary: landing })).toBe(t)
      }),
      RUNS,
    )
  })

  it('is additive for durations of one sign: addWorkingTime(addWorkingTime(t, d1), d2) equals addWorkingTime(t, d1 + d2)', () => {
    // Holds for both landings, even when the first sum ends at a break or a close: the second sum
    // starts from the same working position. It fails for durations of opposite signs (next law).
    fc.assert(
      fc.property(
        calendar,
        instant,
        nonNegativeDurationMillis(100),
        nonNegativeDurationMillis(100),
        fc.boolean(),
        boundary,
        ({ cal }, t, a, b, backwards, landing) => {
          const [d1, d2] = backwards ? [-a, -b] : [a, b]
          const options = { boundary: landing }
          const inTwoSteps = defined(
            inRange(() => cal.millis.addWorkingTime(cal.millis.addWorkingTime(t, d1, options), d2, options)),
          )
          expect(inTwoSteps).toBe(cal.millis.addWorkingTime(t, d1 + d2, options))
        },
      ),
      RUNS,
    )
  })

  it('round-trips to the first working instant: addWorkingTime(addWorkingTime(t, d), -d) is t when t is working time, else the next opening', () => {
    fc.assert(
      fc.property(calendar, instant, nonNegativeDurationMillis(100), ({ cal }, t, d) => {
        fc.pre(d > 0)
        const there = defined(inRange(() => cal.millis.addWorkingTime(t, d)))
        // The instant one millisecond of working time after t, less that millisecond: t itself when
        // t is working time, else the next opening.
        const firstWorkingInstant = cal.millis.addWorkingTime(t, 1) - 1
        expect(cal.millis.addWorkingTime(there, -d)).toBe(cal.isWorkingTime(t) ? t : firstWorkingInstant)
      }),
      RUNS,
    )
  })

  it('lands on the earliest instant: addWorkingTime(a, workingTimeBetween(a, b)) is b when working time runs up to b, else the last close before b', () => {
    fc.assert(
      fc.property(calendar, instant, instant, ({ cal }, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x]
        const elapsed = defined(inRange(() => cal.millis.workingTimeBetween(a, b)))
        fc.pre(elapsed > 0)
        const result = cal.millis.addWorkingTime(a, elapsed)
        // No working time between the result and b; the result is b itself or the end of working time.
        expect(result).toBeLessThanOrEqual(b)
        expect(cal.millis.workingTimeBetween(result, b)).toBe(0)
        expect(cal.millis.workingTimeBetween(result - 1, result)).toBe(1)
        // Where working time runs up to b, b itself is the earliest (an opening shares its position with the close before it).
        if (cal.millis.workingTimeBetween(b - 1, b) === 1) expect(result).toBe(b)
      }),
      RUNS,
    )
  })

  it('ends inside working time or at a close: with "stay", a forward result is working time or the end of it', () => {
    fc.assert(
      fc.property(calendar, instant, nonNegativeDurationMillis(), ({ cal }, t, d) => {
        fc.pre(d > 0)
        const result = defined(inRange(() => cal.millis.addWorkingTime(t, d)))
        expect(cal.millis.workingTimeBetween(result - 1, result)).toBe(1)
      }),
      RUNS,
    )
  })

  it('ends at working time with "next-opening": a forward result is always working time', () => {
    fc.assert(
      fc.property(calendar, instant, nonNegativeDurationMillis(), ({ cal }, t, d) => {
        fc.pre(d > 0)
        const result = defined(inRange(() => cal.millis.addWorkingTime(t, d, { boundary: 'next-opening' })))
        expect(cal.isWorkingTime(result)).toBe(true)
      }),
      RUNS,
    )
  })

  it('mirrors the landings backwards: a backward result is working time with "stay", the end of working time with "next-opening"', () => {
    fc.assert(
      fc.property(calendar, instant, nonNegativeDurationMillis(), ({ cal }, t, d) => {
        fc.pre(d > 0)
        const atOpening = defined(inRange(() => cal.millis.addWorkingTime(t, -d)))
        const atClose = defined(inRange(() => cal.millis.addWorkingTime(t, -d, { boundary: 'next-opening' })))
        expect(cal.isWorkingTime(atOpening)).toBe(true)
        expect(cal.millis.workingTimeBetween(atClose - 1, atClose)).toBe(1)
        expect(cal.millis.workingTimeBetween(atClose, atOpening)).toBe(0)
      }),
      RUNS,
    )
  })
})

describe('workingTimeBetween: laws', () => {
  it('is additive: workingTimeBetween(a, b) + workingTimeBetween(b, c) equals workingTimeBetween(a, c)', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, ({ cal }, a, b, c) => {
        expect(cal.millis.workingTimeBetween(a, b) + cal.millis.workingTimeBetween(b, c)).toBe(
          cal.millis.workingTimeBetween(a, c),
        )
      }),
      RUNS,
    )
  })

  it('is antisymmetric: workingTimeBetween(a, b) equals -workingTimeBetween(b, a)', () => {
    fc.assert(
      fc.property(calendar, instant, instant, ({ cal }, a, b) => {
        expect(cal.millis.workingTimeBetween(a, b)).toBe(-cal.millis.workingTimeBetween(b, a) || 0)
      }),
      RUNS,
    )
  })

  it('is bounded by elapsed time: 0 <= workingTimeBetween(a, b) <= b - a for a <= b', () => {
    fc.assert(
      fc.property(calendar, instant, instant, ({ cal }, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x]
        const elapsed = cal.millis.workingTimeBetween(a, b)
        expect(elapsed >= 0 && elapsed <= b - a).toBe(true)
      }),
      RUNS,
    )
  })

  it('is elapsed time on a calendar that never closes, across DST changes', () => {
    const always = (FIXED[4] as Subject).cal
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(always.millis.workingTimeBetween(a, b)).toBe(b - a)
      }),
      RUNS,
    )
  })

  it('counts one millisecond exactly where isWorkingTime holds: workingTimeBetween(t, t + 1) is 1 iff isWorkingTime(t)', () => {
    fc.assert(
      fc.property(calendar, instant, ({ cal }, t) => {
        expect(cal.millis.workingTimeBetween(t, t + 1)).toBe(cal.isWorkingTime(t) ? 1 : 0)
      }),
      RUNS,
    )
  })
})

describe('addWorkingDays and workingDaysBetween: laws', () => {
  it('is inverse: workingDaysBetween(t, addWorkingDays(t, n)) equals n for n >= 0', () => {
    fc.assert(
      fc.property(calendar, instant, workingDayCount(), ({ cal }, t, count) => {
        const n = Math.abs(count)
        const result = defined(inRange(() => cal.millis.addWorkingDays(t, n)))
        expect(cal.workingDaysBetween(t, result)).toBe(n)
      }),
      RUNS,
    )
  })

  it('is inverse backwards from a working day: workingDaysBetween(t, addWorkingDays(t, n)) equals n for n < 0 when the day of t is a working day', () => {
    // From a rest day the count back excludes the (non-working) start day, so it reaches one day
    // less far than the count forward would: the law is stated for working start days only.
    fc.assert(
      fc.property(calendar, instant, workingDayCount(), ({ cal }, t, count) => {
        fc.pre(count < 0 && cal.isWorkingDay(cal.dayOf(t)))
        const result = defined(inRange(() => cal.millis.addWorkingDays(t, count)))
        expect(cal.workingDaysBetween(t, result)).toBe(count)
      }),
      RUNS,
    )
  })

  it('counts the same day at close of business: workingDaysBetween(t, day of addWorkingDays(t, n, close-of-business)) equals n for n >= 0', () => {
    // The day is the one holding the instant just before the close: a day whose hours run to 24:00
    // closes at the next day's first instant.
    fc.assert(
      fc.property(calendar, instant, workingDayCount(), ({ cal }, t, count) => {
        const n = Math.abs(count)
        const close = defined(inRange(() => cal.millis.addWorkingDays(t, n, { dayEnd: 'close-of-business' })))
        expect(cal.workingDaysBetween(t, cal.dayOf(close - 1))).toBe(n)
      }),
      RUNS,
    )
  })

  it('is monotonic in n: n1 <= n2 implies addWorkingDays(t, n1) <= addWorkingDays(t, n2)', () => {
    fc.assert(
      fc.property(calendar, instant, workingDayCount(), workingDayCount(), dayEnd, ({ cal }, t, a, b, end) => {
        const [n1, n2] = a <= b ? [a, b] : [b, a]
        const first = defined(inRange(() => cal.millis.addWorkingDays(t, n1, { dayEnd: end })))
        const second = defined(inRange(() => cal.millis.addWorkingDays(t, n2, { dayEnd: end })))
        expect(first).toBeLessThanOrEqual(second)
      }),
      RUNS,
    )
  })

  it('ends a working day at 23:59:59.999 local time: for n != 0, the day of the result is a working day', () => {
    fc.assert(
      fc.property(calendar, instant, workingDayCount(), ({ cal }, t, n) => {
        fc.pre(n !== 0)
        const result = defined(inRange(() => cal.addWorkingDays(t, n)))
        expect(result.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.999')
        expect(cal.isWorkingDay(result.toISODate() as string)).toBe(true)
        expect(DateTime.fromMillis(result.toMillis() + 1, { zone: cal.zone }).toISODate()).not.toBe(result.toISODate())
      }),
      RUNS,
    )
  })

  it('ends the same day at close of business: addWorkingDays(t, n, close-of-business) is the last close of the midnight answer\u2019s day', () => {
    fc.assert(
      fc.property(calendar, instant, workingDayCount(), ({ cal }, t, n) => {
        fc.pre(n !== 0)
        const midnight = defined(inRange(() => cal.millis.addWorkingDays(t, n)))
        const close = cal.millis.addWorkingDays(t, n, { dayEnd: 'close-of-business' })
        // The last close is at most the end of the day (an interval may run to 24:00).
        expect(cal.dayOf(close - 1)).toBe(cal.dayOf(midnight))
        expect(close).toBeLessThanOrEqual(midnight + 1)
        expect(cal.millis.workingTimeBetween(Math.min(close, midnight), midnight)).toBe(0)
        expect(cal.millis.workingTimeBetween(close - 1, close)).toBe(1)
      }),
      RUNS,
    )
  })

  it('is antisymmetric and additive: workingDaysBetween(a, b) + workingDaysBetween(b, c) equals workingDaysBetween(a, c) and -workingDaysBetween(c, a)', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, ({ cal }, a, b, c) => {
        const total = cal.workingDaysBetween(a, c)
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(total)
        expect(cal.workingDaysBetween(c, a)).toBe(-total || 0)
      }),
      RUNS,
    )
  })
})

describe('agreement with the naive oracle', () => {
  /** The engine's answer, or `undefined` where it says the answer leaves its range (as the oracle does). */
  const answer = inRange

  it('agrees with the naive oracle on random calendars', () => {
    const questions = fc
      .tuple(calendarDefinition(), instant)
      .chain(([definition, center]) =>
        fc.tuple(
          fc.constant(definition),
          fc.array(
            fc.tuple(
              instantNear(center, 42),
              fc.oneof({ arbitrary: instantNear(center, 42), weight: 3 }, { arbitrary: instant, weight: 1 }),
              durationMillis(),
              workingDayCount(),
              boundary,
              dayEnd,
            ),
            { minLength: 2, maxLength: 2 },
          ),
        ),
      )
    fc.assert(
      fc.property(questions, ([definition, cases]) => {
        const cal = workingCalendar(definition)
        const oracle = oracleFromDefinition(definition)
        for (const [a, b, d, n, landing, end] of cases) {
          expect(answer(() => cal.millis.addWorkingTime(a, d, { boundary: landing }))).toBe(oracle.addWorkingTime(a, d, landing))
          expect(answer(() => cal.millis.workingTimeBetween(a, b))).toBe(oracle.workingTimeBetween(a, b))
          expect(answer(() => cal.millis.addWorkingDays(a, n, { dayEnd: end }))).toBe(oracle.addWorkingDays(a, n, end))
          expect(answer(() => cal.workingDaysBetween(a, b))).toBe(oracle.workingDaysBetween(a, b))
          expect(cal.isWorkingTime(a)).toBe(oracle.isWorkingTime(a))
          expect(cal.dayOf(a)).toBe(oracle.dayOf(a))
        }
      }),
      ORACLE_RUNS,
    )
  })

  it('agrees with the naive oracle around DST changes, on calendars whose hours crowd them', () => {
    fc.assert(
      fc.property(
        dstCalendarDefinition.chain((definition) =>
          fc.tuple(
            fc.constant(definition),
            fc.array(
              fc.tuple(
                instantNearDstChange(definition.zone),
                instantNearDstChange(definition.zone),
                fc.integer({ min: -40, max: 40 }).map((quarters) => quarters * 15 * 60_000),
                boundary,
              ),
              { minLength: 4, maxLength: 4 },
            ),
          ),
        ),
        ([definition, cases]) => {
          const cal = workingCalendar(definition)
          const oracle = oracleFromDefinition(definition)
          for (const [a, b, d, landing] of cases) {
            expect(cal.millis.workingTimeBetween(a, b)).toBe(oracle.workingTimeBetween(a, b))
            expect(cal.millis.addWorkingTime(a, d, { boundary: landing })).toBe(oracle.addWorkingTime(a, d, landing))
            expect(cal.isWorkingTime(a)).toBe(oracle.isWorkingTime(a))
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('agrees with the naive oracle on vietnamCalendar(), announced and provisional years alike', () => {
    const oracle = oracleFromCalendar(vietnam)
    fc.assert(
      fc.property(
        instantBetween(utc(2024, 1, 1), utc(2028, 12, 31)),
        fc.integer({ min: -30 * 24, max: 30 * 24 }).map((hours) => hours * MS_PER_HOUR),
        durationMillis(120),
        workingDayCount(),
        boundary,
        dayEnd,
        (a, span, d, n, landing, end) => {
          const b = a + span
          expect(vietnam.millis.addWorkingTime(a, d, { boundary: landing })).toBe(oracle.addWorkingTime(a, d, landing))
          expect(vietnam.millis.workingTimeBetween(a, b)).toBe(oracle.workingTimeBetween(a, b))
          expect(vietnam.millis.addWorkingDays(a, n, { dayEnd: end })).toBe(oracle.addWorkingDays(a, n, end))
          expect(vietnam.workingDaysBetween(a, b)).toBe(oracle.workingDaysBetween(a, b))
          expect(vietnam.isWorkingTime(a)).toBe(oracle.isWorkingTime(a))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('agrees with the naive oracle on the fixed DST calendars', () => {
    const oracles = new Map(FIXED.map(({ cal }) => [cal, oracleFromCalendar(cal)]))
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXED.slice(1)),
        instant,
        instant,
        durationMillis(),
        boundary,
        ({ cal }, a, b, d, landing) => {
          const oracle = oracles.get(cal)
          expect(answer(() => cal.millis.addWorkingTime(a, d, { boundary: landing }))).toBe(oracle?.addWorkingTime(a, d, landing))
          expect(cal.millis.workingTimeBetween(a, b)).toBe(oracle?.workingTimeBetween(a, b))
        },
      ),
      ORACLE_RUNS,
    )
  })
})

describe('the ends of the range', () => {
  it('answers for every instant of its range, its first and last hours included, whatever year was asked before', () => {
    // In a zone ahead of UTC the range starts in the UTC year before it, in a zone behind UTC it ends in
    // the UTC year after it; an instant there was refused when the year last asked about was another.
    const nearAnEnd = fc.oneof(
      instantBetween(utc(2024, 12, 30), utc(2025, 1, 2)),
      instantBetween(utc(2027, 12, 30), utc(2028, 1, 2)),
    )
    fc.assert(
      fc.property(calendarDefinition(), instant, nearAnEnd, (definition, before, t) => {
        const cal = workingCalendar(definition)
        cal.isWorkingTime(before)
        const day = DateTime.fromMillis(t, { zone: definition.zone }).toISODate() as string
        const inside = day >= GENERIC_RANGE.from && day <= GENERIC_RANGE.to
        expect(inRange(() => cal.dayOf(t))).toBe(inside ? day : undefined)
        expect(inRange(() => cal.isWorkingTime(t))).toBe(inside ? oracleFromDefinition(definition).isWorkingTime(t) : undefined)
      }),
      RUNS,
    )
  })
})

describe('the same answer by every path and in every host zone', () => {
  it('the millis path equals the DateTime path', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        instant,
        durationMillis(),
        workingDayCount(),
        boundary,
        dayEnd,
        ({ cal }, a, b, d, n, landing, end) => {
          const added = inRange(() => cal.millis.addWorkingTime(a, d, { boundary: landing }))
          expect(inRange(() => cal.addWorkingTime(a, { milliseconds: d }, { boundary: landing }).toMillis())).toBe(added)
          const days = inRange(() => cal.millis.addWorkingDays(a, n, { dayEnd: end }))
          expect(inRange(() => cal.addWorkingDays(a, n, { dayEnd: end }).toMillis())).toBe(days)
          expect(cal.workingTimeBetween(a, b).toMillis()).toBe(cal.millis.workingTimeBetween(a, b))
        },
      ),
      RUNS,
    )
  })

  it('reads every form of an instant alike: epoch ms, ISO with Z, ISO with the calendar offset, Date and DateTime', () => {
    fc.assert(
      fc.property(calendar, instant, nonNegativeDurationMillis(50), ({ cal }, t, d) => {
        const expected = defined(inRange(() => cal.millis.addWorkingTime(t, d)))
        const forms = [
          t,
          new Date(t).toISOString(),
          DateTime.fromMillis(t, { zone: cal.zone }).toISO() as string,
          new Date(t),
          DateTime.fromMillis(t, { zone: 'Pacific/Kiritimati' }),
        ]
        for (const form of forms) expect(cal.addWorkingTime(form, { milliseconds: d }).toMillis()).toBe(expected)
      }),
      RUNS,
    )
  })

  it('reads an ISO string without offset as wall time in the calendar zone: the first instant with that wall time', () => {
    fc.assert(
      fc.property(calendar, instant, ({ cal }, t) => {
        const wall = DateTime.fromMillis(t, { zone: cal.zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS")
        const read = cal.addWorkingTime(wall, { hours: 0 })
        expect(read.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe(wall)
        // t itself, or (in the second pass of a repeated hour) the first pass, an offset change earlier.
        expect(
          read.toMillis() === t ||
            read.toMillis() === t - (read.offset - DateTime.fromMillis(t, { zone: cal.zone }).offset) * 60_000,
        ).toBe(true)
      }),
      RUNS,
    )
  })

  it('answers in the calendar zone: each result is the DateTime of its epoch in the calendar zone', () => {
    fc.assert(
      fc.property(calendar, instant, durationMillis(), workingDayCount(), ({ cal }, t, d, n) => {
        for (const result of [
          inRange(() => cal.addWorkingTime(t, { milliseconds: d })),
          inRange(() => cal.addWorkingDays(t, n)),
        ]) {
          fc.pre(result !== undefined)
          expect(result?.zoneName).toBe(cal.zone)
          expect(result?.toFormat(LOCAL_WITH_OFFSET)).toBe(
            DateTime.fromMillis(result?.toMillis() ?? Number.NaN, { zone: cal.zone }).toFormat(LOCAL_WITH_OFFSET),
          )
        }
      }),
      RUNS,
    )
  })

  it('does not depend on the host zone: answers as ISO strings carry the calendar offset, never the host one', () => {
    // CI also runs the suite with TZ=UTC and TZ=America/Santiago; here the answer is compared with
    // one computed from the epoch and the calendar zone alone.
    fc.assert(
      fc.property(calendar, instant, durationMillis(), ({ cal }, t, d) => {
        const result = defined(inRange(() => cal.addWorkingTime(new Date(t).toISOString(), { milliseconds: d })))
        const epoch = cal.millis.addWorkingTime(t, d)
        expect(result.toFormat(LOCAL_WITH_OFFSET)).toBe(
          DateTime.fromMillis(epoch, { zone: cal.zone }).toFormat(LOCAL_WITH_OFFSET),
        )
        expect(Date.parse(result.toISO() as string)).toBe(epoch)
      }),
      RUNS,
    )
  })
})
