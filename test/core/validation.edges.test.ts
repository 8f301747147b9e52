import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { CALENDAR_BRAND } from '../../src/core/brands.js'
import { DETAILS } from '../../src/core/messages.js'
import { errorsOf, fail, MAX_CHECKED_ITEMS, parseCopyOrThrow, parseOrThrow } from '../../src/core/validation.js'
import { caught, failureOf } from '../support/caught.js'

// The edges of the boundary check: default paths, the refusal of arrays too long for zod to report on,
// the wording of each kind of issue, and what errorsOf does with a value it cannot even copy.

/** An array of `length` zeros: numbers, valid items of z.array(z.number()). */
function zeros(length: number): number[] {
  return Array.from({ length }, () => 0)
}

/** An array of `length` strings: every item invalid for z.array(z.number()). */
function wrongItems(length: number): string[] {
  return Array.from({ length }, () => 'x')
}

/** An object whose field `secret` throws when read: the boundary copy cannot be made. */
function unreadable(): Record<string, unknown> {
  return {
    get secret(): unknown {
      throw new Error('getter failed')
    },
  }
}

// The messages hold the title and the detail only; the path is the error's own field.
const unreadableMessages = {
  vi: 'Định nghĩa lịch làm việc không hợp lệ: không đọc được giá trị (thuộc tính hoặc Proxy ném lỗi)',
  en: 'Invalid working calendar definition: cannot be read (a getter or Proxy threw)',
}

describe('the default base path is empty', () => {
  it('parseCopyOrThrow without a base path reports a top-level issue at the empty path', () => {
    expect(failureOf(() => parseCopyOrThrow(z.string(), 5, 'invalid_input'))).toEqual({
      code: 'invalid_input',
      path: [],
      vi: 'Dữ liệu đầu vào không hợp lệ: thiếu hoặc không phải chuỗi ký tự',
      en: 'Invalid input: missing, or not a string',
    })
  })

  it('errorsOf without a base path lists a top-level issue at the empty path', () => {
    const errors = errorsOf(z.string(), 5, 'invalid_input')
    expect(errors.map((error) => [error.code, error.path, error.detail.en])).toEqual([
      ['invalid_input', [], 'missing, or not a string'],
    ])
  })

  it('fail without a path throws at the empty path', () => {
    expect(failureOf(() => fail('invalid_calendar', DETAILS.unknownField))).toEqual({
      code: 'invalid_calendar',
      path: [],
      vi: 'Định nghĩa lịch làm việc không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
      en: 'Invalid working calendar definition: this field is not defined (see the error path)',
    })
  })
})

describe('a value that cannot be copied is refused with the caller’s code, under the base path', () => {
  it('parseOrThrow: the code given and the base path, then the key that could not be read', () => {
    const schema = z.object({ secret: z.string() })
    expect(failureOf(() => parseOrThrow(schema, unreadable(), 'invalid_calendar', ['definition']))).toEqual({
      code: 'invalid_calendar',
      path: ['definition', 'secret'],
      ...unreadableMessages,
    })
  })

  it('errorsOf: the same refusal as the one error of the list, not a throw', () => {
    const schema = z.object({ secret: z.string() })
    const errors = errorsOf(schema, unreadable(), 'invalid_calendar', ['definition'])
    expect(errors.map((error) => [error.code, error.path, error.messages])).toEqual([
      ['invalid_calendar', ['definition', 'secret'], unreadableMessages],
    ])
  })

  it('errorsOf lets an error that is not the package’s escape rather than list it', () => {
    // A value that claims a package brand is trusted as it is (not copied); reading its keys then
    // fails with a plain Error, which is no rule of the package to report.
    const forged = new Proxy(
      {},
      {
        has: (target, key) => key === CALENDAR_BRAND || key in target,
        ownKeys: () => {
          throw new Error('ownKeys trap failed')
        },
      },
    )
    expect(() => errorsOf(z.unknown(), forged, 'invalid_input')).toThrow(new Error('ownKeys trap failed'))
  })
})

describe('arrays longer than MAX_CHECKED_ITEMS are refused before the schema reads them', () => {
  const longMessages = {
    vi: 'Dữ liệu đầu vào không hợp lệ: mảng quá 50.000 phần tử có phần tử sai',
    en: 'Invalid input: over 50,000 items, some invalid',
  }

  it('sets the limit at 50,000 items', () => {
    expect(MAX_CHECKED_ITEMS).toBe(50_000)
  })

  it('accepts an array of exactly MAX_CHECKED_ITEMS items: the limit itself is allowed', () => {
    const parsed = parseOrThrow(z.array(z.number()), zeros(MAX_CHECKED_ITEMS), 'invalid_input')
    expect(parsed.length).toBe(50_000)
  })

  it('below the limit, zod words the first invalid item itself', () => {
    // 50,000 items is not over the limit: the schema reads them and reports the first one.
    expect(failureOf(() => parseOrThrow(z.array(z.number()), wrongItems(MAX_CHECKED_ITEMS), 'invalid_input', ['rows']))).toEqual({
      code: 'invalid_input',
      path: ['rows', 0],
      vi: 'Dữ liệu đầu vào không hợp lệ: thiếu hoặc không phải số',
      en: 'Invalid input: missing, or not a number',
    })
  })

  it('refuses one item more as a whole, at the base path', () => {
    expect(
      failureOf(() => parseOrThrow(z.array(z.number()), wrongItems(MAX_CHECKED_ITEMS + 1), 'invalid_input', ['rows'])),
    ).toEqual({
      code: 'invalid_input',
      path: ['rows'],
      ...longMessages,
    })
  })

  it('names the nested long array by its keys, an array index as a number', () => {
    const schema = z.object({ batches: z.array(z.array(z.number())) })
    const value = { batches: [[1, 2], wrongItems(MAX_CHECKED_ITEMS + 1)] }
    expect(failureOf(() => parseOrThrow(schema, value, 'invalid_input', ['options']))).toEqual({
      code: 'invalid_input',
      path: ['options', 'batches', 1],
      ...longMessages,
    })
  })

  it('finds the long array inside an object with a null prototype and inside another class’s instance', () => {
    // zod's objects read both (the copy keeps a null prototype and turns an instance into a ForeignInstance),
    // so a long invalid array inside one must be refused before zod gathers its issues (and overflows the stack).
    const schema = z.object({ list: z.array(z.number()) })
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { list: wrongItems(150_000) })
    class Box {
      list = wrongItems(150_000)
    }
    for (const value of [bare, new Box()]) {
      expect(failureOf(() => parseOrThrow(schema, value, 'invalid_input', ['tasks', 0]))).toEqual({
        code: 'invalid_input',
        path: ['tasks', 0, 'list'],
        ...longMessages,
      })
    }
  })

  it('parseCopyOrThrow refuses it too', () => {
    const copy = Object.freeze({ list: Object.freeze(wrongItems(MAX_CHECKED_ITEMS + 1)) })
    const error = caught(() => parseCopyOrThrow(z.object({ list: z.array(z.number()) }), copy, 'invalid_input'))
    expect([error.code, error.path, error.detail]).toEqual(['invalid_input', ['list'], DETAILS.tooManyItemsToCheck])
  })

  it('errorsOf lists the refusal as its one error, under the base path', () => {
    const errors = errorsOf(
      z.object({ list: z.array(z.number()) }),
      { list: wrongItems(MAX_CHECKED_ITEMS + 1) },
      'invalid_input',
      ['rows', 2],
    )
    expect(errors.map((error) => [error.code, error.path, error.messages])).toEqual([
      ['invalid_input', ['rows', 2, 'list'], longMessages],
    ])
  })
})

describe('parseOrThrow names only the first unknown key', () => {
  it('reports the first of several unknown keys, alone in the path', () => {
    const schema = z.strictObject({ a: z.string() })
    expect(failureOf(() => parseOrThrow(schema, { a: 'x', b: 1, c: 2 }, 'invalid_input', ['options']))).toEqual({
      code: 'invalid_input',
      path: ['options', 'b'],
      vi: 'Dữ liệu đầu vào không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
      en: 'Invalid input: this field is not defined (see the error path)',
    })
  })
})

describe('the wording of each kind of issue, from what the schema expects', () => {
  const detailOf = (schema: z.core.$ZodType, value: unknown) => caught(() => parseOrThrow(schema, value, 'invalid_input')).detail

  it('a value of the wrong type: "missing, or not" the expected type', () => {
    expect(detailOf(z.string(), 5)).toEqual({ vi: 'thiếu hoặc không phải chuỗi ký tự', en: 'missing, or not a string' })
  })

  it('a value above a maximum: "above the limit" with the limit', () => {
    expect(detailOf(z.string().check(z.maxLength(3)), 'abcd')).toEqual({ vi: 'lớn hơn giới hạn 3', en: 'above the limit 3' })
  })

  it('a string of the wrong format: "wrong format"', () => {
    expect(detailOf(z.string().check(z.regex(/^[a-z]+$/)), 'A1')).toEqual({ vi: 'sai định dạng', en: 'wrong format' })
  })

  it('any other issue (a number not a multiple of 5): the generic "invalid value"', () => {
    expect(detailOf(z.number().check(z.multipleOf(5)), 7)).toEqual({ vi: 'giá trị không hợp lệ', en: 'invalid value' })
  })

  it('a custom issue at a symbol key: the key is written as a string in the path', () => {
    const schema = z.string().check(
      z.superRefine((value, context) => {
        context.addIssue({ code: 'custom', path: [Symbol.for('marker')], message: 'not a detail key', input: value })
      }),
    )
    expect(failureOf(() => parseOrThrow(schema, 'a', 'invalid_input', ['field']))).toEqual({
      code: 'invalid_input',
      path: ['field', 'Symbol(marker)'],
      vi: 'Dữ liệu đầu vào không hợp lệ: giá trị không hợp lệ',
      en: 'Invalid input: invalid value',
    })
  })
})

describe('a union that no form matched: "missing" is read from the value as given, not as transformed', () => {
  // The transform always hands the union a number at a.b, which no form takes; whether anything was
  // given at a.b is read from the caller's value, where a null or a primitive along the way holds nothing.
  const schema = z.pipe(
    z.transform((): unknown => ({ a: { b: 5 } })),
    z.object({ a: z.object({ b: z.union([z.string(), z.boolean()]) }) }),
  )
  const missing = {
    code: 'invalid_input',
    path: ['a', 'b'],
    vi: 'Dữ liệu đầu vào không hợp lệ: thiếu giá trị bắt buộc',
    en: 'Invalid input: missing: a value is required',
  }

  it('says "missing" when the value given is null', () => {
    expect(failureOf(() => parseOrThrow(schema, null, 'invalid_input'))).toEqual(missing)
  })

  it('says "missing" when the value given is a string, whose fields are no value given', () => {
    expect(failureOf(() => parseOrThrow(schema, 'abc', 'invalid_input'))).toEqual(missing)
  })

  it('says "missing" at a key a string has (length): a primitive holds no given field', () => {
    const lengthSchema = z.pipe(
      z.transform((): unknown => ({ length: 5 })),
      z.object({ length: z.union([z.string(), z.boolean()]) }),
    )
    // 'abc'.length is 3, but a string is no object: nothing was given at `length`.
    expect(failureOf(() => parseOrThrow(lengthSchema, 'abc', 'invalid_input')).en).toBe(
      'Invalid input: missing: a value is required',
    )
  })

  it('says "none of the accepted forms" when the value given has something at a.b', () => {
    expect(failureOf(() => parseOrThrow(schema, { a: { b: 1 } }, 'invalid_input'))).toEqual({
      ...missing,
      vi: 'Dữ liệu đầu vào không hợp lệ: không khớp dạng nào được chấp nhận',
      en: 'Invalid input: matches none of the accepted forms',
    })
  })
})
