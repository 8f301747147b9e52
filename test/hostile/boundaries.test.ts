import { Duration } from 'luxon'
import { describe, expect, it } from 'vitest'
import { classifyCompletion, gradeOf, nextPeriod, quarter, VnTaskSlaError, vietnamCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

// Hostile values at the public boundary: each gets the package's typed error, never a TypeError or a
// plausible answer, and no result shares a mutable object across calls.

const calendar = vietnamCalendar()
const TASK = { id: 't', transferredAt: '2026-03-02T09:00', deadline: '2026-03-31' }

describe('look-alikes of the types the package reads', () => {
  it('reads a Date subclass by its time value, not by a getTime it overrides', () => {
    class Shifted extends Date {
      override getTime(): number {
        return super.getTime() + 0.5
      }
    }
    const at = new Shifted(Date.UTC(2026, 2, 3, 2))
    expect(classifyCompletion(TASK, { calendar, asOf: at })).toEqual(
      classifyCompletion(TASK, { calendar, asOf: Date.UTC(2026, 2, 3, 2) }),
    )
  })

  it('refuses an object that only claims to be a luxon Duration or DateTime', () => {
    const duration = caught(() => calendar.addWorkingTime('2026-03-02T09:00', { isLuxonDuration: true } as unknown as Duration))
    expect([duration instanceof VnTaskSlaError, duration.code]).toEqual([true, 'invalid_input'])
    const dateTime = caught(() => classifyCompletion(TASK, { calendar, asOf: { isLuxonDateTime: true, isValid: true } as never }))
    expect([dateTime instanceof VnTaskSlaError, dateTime.code]).toEqual([true, 'invalid_input'])
    // A real Duration still reads.
    expect(calendar.addWorkingTime('2026-03-02T09:00', Duration.fromObject({ hours: 1 })).toISO()).toBe(
      '2026-03-02T10:00:00.000+07:00',
    )
  })
})

describe('plausible answers where an error is due', () => {
  it('gradeOf refuses a score that is not a number from 0 to 100 (Art. 17.1(c))', () => {
    for (const score of ['95', Number.NaN, -1, 101, null]) {
      const error = caught(() => gradeOf(score as never))
      expect([error.code, error.path]).toEqual(['invalid_input', ['score']])
    }
    expect(gradeOf(90)).toBe('excellent')
  })

  it('nextPeriod refuses a period of a kind the package does not know (Art. 17.1(b))', () => {
    const error = caught(() => nextPeriod({ ...quarter(2026, 4), kind: 'decade' } as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['period', 'kind']])
    expect(nextPeriod(quarter(2026, 4)).label.en).toBe('Q1 2027')
  })
})

describe('no mutable object shared across calls', () => {
  it('describes a holiday with a name no caller can change for every other calendar', () => {
    const [reason] = calendar.describeDay('2026-01-01').reasons
    expect(Object.isFrozen(reason?.name)).toBe(true)
    expect(() => {
      ;(reason?.name as { vi: string }).vi = 'changed'
    }).toThrow(TypeError)
    expect(vietnamCalendar().describeDay('2026-01-01').reasons[0]?.name.vi).toBe('Tết Dương lịch')
  })
})
