import { describe, expect, it } from 'vitest'
import { CALENDAR_BRAND, hasBrand, isPackageObject, REGULATION_BRAND, TIME_RULE_BRAND } from '../../src/core/brands.js'
import { CLASSIFY_AND_DISPATCH, REGULATION_08_QC_TW, vietnamCalendar } from '../../src/index.js'

// The marks of the objects the package makes and trusts afterwards. A mark is asked with `in`: only an
// object can carry it, no getter of the caller's runs, and a Proxy whose traps throw simply has none.

describe('the marks come from the global symbol registry', () => {
  it('are the registered symbols of their names, the same in every copy of the package', () => {
    expect([CALENDAR_BRAND, REGULATION_BRAND, TIME_RULE_BRAND]).toEqual([
      Symbol.for('vn-task-sla.calendar-days'),
      Symbol.for('vn-task-sla.regulation-profile'),
      Symbol.for('vn-task-sla.time-rule'),
    ])
  })
})

describe('hasBrand: whether an object carries a mark', () => {
  it('is true for an object that carries the mark, own or inherited, even not enumerable', () => {
    const own = Object.defineProperty({}, CALENDAR_BRAND, { value: true, enumerable: false })
    expect(hasBrand(own, CALENDAR_BRAND)).toBe(true)
    expect(hasBrand(Object.create(own), CALENDAR_BRAND)).toBe(true)
  })

  it('is false for an object without that mark', () => {
    expect(hasBrand({}, CALENDAR_BRAND)).toBe(false)
    expect(hasBrand({ [REGULATION_BRAND]: true }, CALENDAR_BRAND)).toBe(false)
  })

  it('is false for primitives, null and undefined', () => {
    expect([5, 'vn-task-sla', true, 10n, null, undefined].map((value) => hasBrand(value, CALENDAR_BRAND))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('is false for a function, even one that carries the mark: only an object is the package’s', () => {
    const branded = Object.assign(() => undefined, { [CALENDAR_BRAND]: true })
    expect(hasBrand(branded, CALENDAR_BRAND)).toBe(false)
  })

  it('is false, not a throw, for a Proxy whose `has` trap throws', () => {
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error('has trap failed')
        },
      },
    )
    expect(hasBrand(hostile, CALENDAR_BRAND)).toBe(false)
  })

  it('runs no getter of the value: the mark is asked with `in`', () => {
    let reads = 0
    const value = Object.defineProperty({}, TIME_RULE_BRAND, {
      get: () => {
        reads += 1
        return true
      },
    })
    expect([hasBrand(value, TIME_RULE_BRAND), reads]).toEqual([true, 0])
  })
})

describe('isPackageObject: a calendar, a regulation profile or a time rule the package made', () => {
  it('is true for each kind the package makes', () => {
    expect([
      isPackageObject(vietnamCalendar()),
      isPackageObject(REGULATION_08_QC_TW),
      isPackageObject(CLASSIFY_AND_DISPATCH),
    ]).toEqual([true, true, true])
  })

  it('is false for a plain object of the same fields: a copy carries no mark', () => {
    expect(isPackageObject({ ...CLASSIFY_AND_DISPATCH })).toBe(false)
    expect(isPackageObject({})).toBe(false)
  })
})
