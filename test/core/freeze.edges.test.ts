import { Duration } from 'luxon'
import { describe, expect, it } from 'vitest'
import { ForeignInstance, fieldOf, frozenCopyOf, readingObject } from '../../src/core/freeze.js'
import { DETAILS } from '../../src/core/messages.js'
import { VnTaskSlaError } from '../../src/index.js'
import { caught } from '../support/caught.js'

describe('fieldOf: one field of a caller’s object, read once', () => {
  it('gives the value of the field', () => {
    expect(fieldOf({ start: '2025-06-30T08:00', other: 1 }, 'start', ['task'])).toBe('2025-06-30T08:00')
  })

  it('gives undefined for a field the object does not have', () => {
    expect(fieldOf({ other: 1 }, 'start', ['task'])).toBeUndefined()
  })

  it('refuses a getter that throws as invalid_input at the path it is given, not as the getter’s own error', () => {
    const value = {
      get start(): never {
        throw new Error('no')
      },
    }
    const error = caught(() => fieldOf(value, 'start', ['tasks', 3, 'start']))
    expect([error.code, error.path, error.detail.en]).toEqual([
      'invalid_input',
      ['tasks', 3, 'start'],
      DETAILS.unreadableValue.en,
    ])
  })

  it('refuses a revoked Proxy the same way', () => {
    const revoked = Proxy.revocable({ start: 1 }, {})
    revoked.revoke()
    const error = caught(() => fieldOf(revoked.proxy, 'start', ['task']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['task'], DETAILS.unreadableValue.en])
  })
})

describe('readingObject: reading a caller’s object in place', () => {
  it('gives what the read returns', () => {
    expect(readingObject(['x'], () => 42)).toBe(42)
  })

  it('turns any other error into invalid_input (unreadable value) at the path', () => {
    const error = caught(() =>
      readingObject(['duration'], () => {
        throw new TypeError('trap')
      }),
    )
    expect([error.code, error.path, error.messages.en]).toEqual([
      'invalid_input',
      ['duration'],
      `Invalid input: ${DETAILS.unreadableValue.en}`,
    ])
  })

  it('lets a package error through unchanged, with its own code and path', () => {
    const own = new VnTaskSlaError('invalid_calendar', DETAILS.unknownZone, ['zone'])
    const error = caught(() =>
      readingObject(['duration'], () => {
        throw own
      }),
    )
    expect([error === own, error.code, error.path]).toEqual([true, 'invalid_calendar', ['zone']])
  })
})

describe('frozenCopyOf: objects that look like Dates', () => {
  it('copies an object that only inherits from Date.prototype as a ForeignInstance of its own fields', () => {
    // It has no time value, so it is no Date: it is an instance of another class, read field by field.
    const fake = Object.assign(Object.create(Date.prototype) as object, { label: 'not a date' })
    const copy = frozenCopyOf({ fake }).fake as unknown as Record<string, unknown>
    expect([copy instanceof ForeignInstance, copy instanceof Date, { ...copy }, Object.isFrozen(copy)]).toEqual([
      true,
      false,
      { label: 'not a date' },
      true,
    ])
  })

  it('tells a Date by its prototype chain: a Date moved under a null prototype is copied as an empty null-prototype object', () => {
    const moved = new Date(Date.UTC(2025, 5, 30, 1))
    Object.setPrototypeOf(moved, null)
    const copy = frozenCopyOf({ moved }).moved as unknown as object
    // No class and no enumerable field: what stays is a bare, frozen object, not a Date of the same instant.
    expect([Object.prototype.toString.call(copy), Object.getPrototypeOf(copy), Object.keys(copy), Object.isFrozen(copy)]).toEqual(
      ['[object Object]', null, [], true],
    )
  })
})

describe('frozenCopyOf: luxon Durations', () => {
  it('copies a valid Duration as another Duration of the same length, not frozen', () => {
    const original = Duration.fromObject({ hours: 1, minutes: 30 })
    const copy = frozenCopyOf({ length: original }).length
    expect([copy instanceof Duration, copy === original, Object.isFrozen(copy)]).toEqual([true, false, false])
    // 1 h 30 min is 90 minutes.
    expect(copy.as('minutes')).toBe(90)
  })

  it('keeps an invalid Duration as the very object given', () => {
    const invalid = Duration.invalid('broken')
    const copy = frozenCopyOf({ length: invalid }).length
    expect([copy === invalid, copy instanceof Duration, copy.isValid]).toEqual([true, true, false])
  })

  it('copies a Duration met twice once', () => {
    const shared = Duration.fromObject({ minutes: 5 })
    const copy = frozenCopyOf({ a: shared, b: shared })
    expect([copy.a === copy.b, copy.a === shared]).toEqual([true, false])
  })
})

describe('frozenCopyOf: which keys are copied', () => {
  it('copies only the own keys of a plain object, even when Object.prototype has an enumerable key', () => {
    // A polluted Object.prototype must not lend its keys to a copy of the caller's data.
    let copy: { a: number; nested: { b: number } } | undefined
    Object.defineProperty(Object.prototype, 'pollutedForTest', {
      value: true,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    try {
      copy = frozenCopyOf({ a: 1, nested: { b: 2 } })
    } finally {
      delete (Object.prototype as Record<string, unknown>).pollutedForTest
    }
    expect([Object.keys(copy), Object.keys(copy.nested)]).toEqual([['a', 'nested'], ['b']])
  })

  it('copies the inherited enumerable fields of a class instance too', () => {
    class Base {
      own = 'own'
    }
    ;(Base.prototype as unknown as Record<string, unknown>).kind = 'base'
    const copy = frozenCopyOf({ item: new Base() }).item as unknown as Record<string, unknown>
    expect([copy instanceof ForeignInstance, { ...copy }]).toEqual([true, { own: 'own', kind: 'base' }])
  })
})
