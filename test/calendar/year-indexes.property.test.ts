import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileDefinition } from '../../src/calendar/definition.js'
import { buildYearIndex, type YearIndex } from '../../src/calendar/year-index.js'
import {
  dayIndexOf,
  intervalAtOrBefore,
  lastAtMostFrom,
  lowerBound,
  lowerBoundFrom,
  upperBound,
} from '../../src/calendar/year-indexes.js'
import { calendarDefinition, dstCalendarDefinition, instantBetween, utc } from '../arbitraries/calendar.js'

// The constant-time look-ups of a year index (the day by division, the interval within that day) and
// the galloping searches, each held to the plain binary search over the whole year: the oracle is
// the search they replace, a few lines that the engine no longer uses on its fast paths.

function indexOf(definition: Parameters<typeof compileDefinition>[0], year: number): YearIndex {
  return buildYearIndex(compileDefinition(definition), year)
}

/** An instant of 2026, or just outside it, in any zone of the test calendars. */
const instantOf2026 = instantBetween(utc(2025, 12, 30), utc(2027, 1, 2))

function inYear(index: YearIndex, t: number): boolean {
  return t >= (index.dayStart[0] as number) && t < (index.dayStart[index.dayCount] as number)
}

describe('year index look-ups — laws', () => {
  it('dayIndexOf, by division, equals the binary search over the day starts (DST days included)', () => {
    fc.assert(
      fc.property(fc.oneof(calendarDefinition(), dstCalendarDefinition), instantOf2026, (definition, t) => {
        const index = indexOf(definition, 2026)
        fc.pre(inYear(index, t))
        expect(dayIndexOf(index, t)).toBe(upperBound(index.dayStart, t, 0, index.dayCount + 1) - 1)
      }),
      { numRuns: 300 },
    )
  })

  it('intervalAtOrBefore, within the day, equals the binary search over every interval start of the year', () => {
    fc.assert(
      fc.property(fc.oneof(calendarDefinition(), dstCalendarDefinition), instantOf2026, (definition, t) => {
        const index = indexOf(definition, 2026)
        fc.pre(inYear(index, t))
        expect(intervalAtOrBefore(index, t)).toBe(upperBound(index.intervalStart, t, 0, index.intervalStart.length) - 1)
      }),
      { numRuns: 300 },
    )
  })

  const sortedWithStart = fc
    .array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 })
    .map((steps) => {
      const sums = new Float64Array(steps.length)
      steps.forEach((step, k) => {
        sums[k] = (k > 0 ? (sums[k - 1] as number) : 0) + step
      })
      return sums
    })
    .chain((array) =>
      fc.tuple(fc.constant(array), fc.integer({ min: 0, max: array.length - 1 }), fc.integer({ min: -5, max: 2000 })),
    )

  it('lowerBoundFrom equals lowerBound when the answer lies at or after its start', () => {
    fc.assert(
      fc.property(sortedWithStart, ([array, from, value]) => {
        const expected = lowerBound(array, value, 0, array.length)
        fc.pre(expected >= from)
        expect(lowerBoundFrom(array, value, from, array.length)).toBe(expected)
      }),
    )
  })

  it('lastAtMostFrom equals upperBound − 1 when the answer lies at or before its start', () => {
    fc.assert(
      fc.property(sortedWithStart, ([array, from, value]) => {
        const expected = upperBound(array, value, 0, array.length) - 1
        fc.pre(expected <= from)
        expect(lastAtMostFrom(array, value, from, 0)).toBe(expected)
      }),
    )
  })
})
