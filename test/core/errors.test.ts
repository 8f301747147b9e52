import { describe, expect, it } from 'vitest'
import { ERROR_CODES, isVnTaskSlaError, VnTaskSlaError } from '../../src/core/errors.js'
import { DETAILS } from '../../src/core/messages.js'

// The one error class of the package: its message, its path, and how it is recognised across copies
// of the package (a brand from the global symbol registry, not the class's identity).

const BRAND = Symbol.for('vn-task-sla.error')

/** An error as another copy of the package makes it: its own class, the same registered brand. */
class ErrorOfAnotherCopy extends Error {
  get [BRAND](): true {
    return true
  }
}

/** A narrower class of the package error: `instanceof` of it keeps the usual prototype test. */
class NarrowError extends VnTaskSlaError {}

describe('VnTaskSlaError: its message, path and parts', () => {
  it('at the empty path by default, the message is title and detail in English, then in Vietnamese, with no "(…)"', () => {
    const error = new VnTaskSlaError('invalid_input', DETAILS.unknownField)
    expect(error.path).toEqual([])
    expect(error.message).toBe(
      'Invalid input: this field is not defined (see the error path) — Dữ liệu đầu vào không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
    )
  })

  it('an empty path given is the same: no "(…)" in the message', () => {
    const error = new VnTaskSlaError('outside_calendar_range', { vi: 'ngoài', en: 'outside' }, [])
    expect(error.message).toBe("Outside the working calendar's range: outside — Ngoài phạm vi của lịch làm việc: ngoài")
  })

  it('a path is written after each language, its keys joined by dots', () => {
    const error = new VnTaskSlaError('invalid_calendar', { vi: 'sai', en: 'wrong' }, ['days', 3, 'date'])
    expect(error.message).toBe(
      'Invalid working calendar definition: wrong (days.3.date) — Định nghĩa lịch làm việc không hợp lệ: sai (days.3.date)',
    )
    expect([error.name, error.code, error.path, error.detail]).toEqual([
      'VnTaskSlaError',
      'invalid_calendar',
      ['days', 3, 'date'],
      { vi: 'sai', en: 'wrong' },
    ])
    expect(error.messages).toEqual({
      vi: 'Định nghĩa lịch làm việc không hợp lệ: sai',
      en: 'Invalid working calendar definition: wrong',
    })
  })

  it('a path of one key is written without a dot', () => {
    const error = new VnTaskSlaError('invalid_input', { vi: 'sai', en: 'wrong' }, ['asOf'])
    expect(error.message).toBe('Invalid input: wrong (asOf) — Dữ liệu đầu vào không hợp lệ: sai (asOf)')
  })

  it('at(path) is the same error reported at another path', () => {
    const moved = new VnTaskSlaError('invalid_input', { vi: 'sai', en: 'wrong' }, ['x']).at(['options', 'asOf'])
    expect([moved.code, moved.path, moved.message]).toEqual([
      'invalid_input',
      ['options', 'asOf'],
      'Invalid input: wrong (options.asOf) — Dữ liệu đầu vào không hợp lệ: sai (options.asOf)',
    ])
  })

  it('lists the five codes in the order they were introduced', () => {
    expect(ERROR_CODES).toEqual([
      'invalid_input',
      'invalid_calendar',
      'outside_calendar_range',
      'top_secret_refused',
      'special_secrecy_refused',
    ])
  })
})

describe('instanceof VnTaskSlaError reads the brand; instanceof a subclass reads the prototype', () => {
  it('an error of this copy is an instance', () => {
    expect(new VnTaskSlaError('invalid_input', DETAILS.unknownField) instanceof VnTaskSlaError).toBe(true)
  })

  it('an error of another copy of the package (another class, the same brand) is an instance', () => {
    expect(new ErrorOfAnotherCopy('x') instanceof VnTaskSlaError).toBe(true)
  })

  it('a plain Error is not an instance', () => {
    expect(new Error('x') instanceof VnTaskSlaError).toBe(false)
  })

  it('a package error of the base class is no instance of a subclass, though it carries the brand', () => {
    expect(new VnTaskSlaError('invalid_input', DETAILS.unknownField) instanceof NarrowError).toBe(false)
    expect(new ErrorOfAnotherCopy('x') instanceof NarrowError).toBe(false)
  })

  it('an error of the subclass is an instance of both', () => {
    const narrow = new NarrowError('invalid_input', DETAILS.unknownField)
    expect([narrow instanceof NarrowError, narrow instanceof VnTaskSlaError]).toEqual([true, true])
  })
})

describe('isVnTaskSlaError: true for a branded object only, and it never throws', () => {
  it('is true for an error of this copy and of another copy', () => {
    expect(isVnTaskSlaError(new VnTaskSlaError('invalid_input', DETAILS.unknownField))).toBe(true)
    expect(isVnTaskSlaError(new ErrorOfAnotherCopy('x'))).toBe(true)
  })

  it('is false for primitives, null and undefined', () => {
    expect([5, 'invalid_input', true, 10n, Symbol('x'), null, undefined].map((value) => isVnTaskSlaError(value))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('is false for a function, even one that carries the brand: only an object can be the error', () => {
    const branded = Object.assign(() => undefined, { [BRAND]: true })
    expect(isVnTaskSlaError(branded)).toBe(false)
  })

  it('is false for an object whose brand is anything but true', () => {
    expect(isVnTaskSlaError({ [BRAND]: 'yes' })).toBe(false)
    expect(isVnTaskSlaError(new Error('x'))).toBe(false)
  })

  it('is false, not a throw, for a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get trap failed')
        },
      },
    )
    expect(isVnTaskSlaError(hostile)).toBe(false)
  })
})
