// The compiled check behind a reader (src/core/reader.ts), shape by shape, on small schemas built here:
// what it takes by itself (a value zod gives back unchanged) and what it leaves to zod (a check it does
// not compile, a format it does not know). Saying yes wrongly breaks the reader's law (it would return
// a value zod refuses); saying no wrongly only costs a zod parse, so each "yes" below is one the check
// is meant to give, and each "no" one zod would refuse or one the check cannot judge alone.
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { acceptsUnchanged, readerOf } from '../../src/core/reader.js'
import { caught } from '../support/caught.js'

describe('acceptsUnchanged: the shapes that take values by themselves', () => {
  it('takes anything for an unknown or an any: zod gives back every value of them unchanged', () => {
    const values: readonly unknown[] = ['text', 0, null, undefined, { a: 1 }, [1]]
    expect(values.map(acceptsUnchanged(z.unknown()))).toEqual([true, true, true, true, true, true])
    expect(values.map(acceptsUnchanged(z.any()))).toEqual([true, true, true, true, true, true])
  })

  it('takes a boolean, and nothing else, for a boolean', () => {
    const accepts = acceptsUnchanged(z.boolean())
    expect([accepts(true), accepts(false), accepts('true'), accepts(0), accepts(null)]).toEqual([true, true, false, false, false])
  })

  it('takes the values of a literal and refuses the rest, a boolean included', () => {
    expect([acceptsUnchanged(z.literal('a'))('a'), acceptsUnchanged(z.literal('a'))('b')]).toEqual([true, false])
    // A literal `true` is not "any boolean": `false` is not among its values.
    expect([acceptsUnchanged(z.literal(true))(true), acceptsUnchanged(z.literal(true))(false)]).toEqual([true, false])
  })

  it('takes undefined and the inner values for an optional (not an exact one)', () => {
    const accepts = acceptsUnchanged(z.optional(z.string()))
    expect([accepts(undefined), accepts('a'), accepts(null), accepts(1)]).toEqual([true, true, false, false])
  })

  it('takes null and the inner values for a nullable, but not undefined', () => {
    const accepts = acceptsUnchanged(z.nullable(z.string()))
    expect([accepts(null), accepts('a'), accepts(undefined), accepts(1)]).toEqual([true, true, false, false])
  })

  it('takes an array whose every element is taken, and refuses one with a single bad element', () => {
    const accepts = acceptsUnchanged(z.array(z.string()))
    expect([accepts([]), accepts(['a']), accepts(['a', 'b']), accepts(['a', 1]), accepts([1, 'a'])]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })
})

describe('acceptsUnchanged: members of an enum or a literal, few or many', () => {
  // 17 values: more than 16, so they are looked up in a Set (SameValueZero, under which NaN is NaN).
  const many = [...Array.from({ length: 16 }, (_, index) => index + 1), Number.NaN]
  // 16 values: few enough to be compared one by one with ===, under which NaN equals nothing.
  const few = [...Array.from({ length: 15 }, (_, index) => index + 1), Number.NaN]

  it('takes each of many members and refuses a value that is none of them', () => {
    const values = [
      'm01',
      'm02',
      'm03',
      'm04',
      'm05',
      'm06',
      'm07',
      'm08',
      'm09',
      'm10',
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
    ]
    const accepts = acceptsUnchanged(z.enum(values))
    expect(values.every(accepts)).toBe(true)
    expect([accepts('m18'), accepts('M01'), accepts(1)]).toEqual([false, false, false])
  })

  it('takes each of few members and refuses a value that is none of them', () => {
    const accepts = acceptsUnchanged(z.enum(['monthly', 'quarterly']))
    expect([accepts('monthly'), accepts('quarterly'), accepts('yearly'), accepts('Monthly')]).toEqual([true, true, false, false])
  })

  it('finds NaN among many literal values (a Set lookup) but not among few (=== compares), leaving it to zod, which takes it', () => {
    expect(z.safeParse(z.literal(many), Number.NaN).success).toBe(true)
    expect(z.safeParse(z.literal(few), Number.NaN).success).toBe(true)
    expect(acceptsUnchanged(z.literal(many))(Number.NaN)).toBe(true)
    // The safe side: the check says no, and zod, asked instead, takes NaN.
    expect(acceptsUnchanged(z.literal(few))(Number.NaN)).toBe(false)
    // Either way the reader gives NaN back.
    expect(readerOf(z.literal(many))(Number.NaN, [])).toBeNaN()
    expect(readerOf(z.literal(few))(Number.NaN, [])).toBeNaN()
  })
})

describe('acceptsUnchanged: numbers, within the limits and formats the check knows', () => {
  it('takes a fraction and refuses NaN and Infinity for a plain number, which is not an integer', () => {
    const accepts = acceptsUnchanged(z.number())
    expect([
      accepts(1.5),
      accepts(-0.25),
      accepts(1),
      accepts(Number.NaN),
      accepts(Number.POSITIVE_INFINITY),
      accepts('1'),
    ]).toEqual([true, true, true, false, false, false])
  })

  it('takes a safe integer and refuses a fraction or 2^53 for an int', () => {
    const accepts = acceptsUnchanged(z.int())
    expect([accepts(7), accepts(-7), accepts(7.5), accepts(2 ** 53)]).toEqual([true, true, false, false])
  })

  it('never takes a number of another format by itself: an int32 out of its range is left to zod, which refuses it', () => {
    const accepts = acceptsUnchanged(z.int32())
    expect(z.safeParse(z.int32(), 2 ** 40).success).toBe(false)
    expect(accepts(2 ** 40)).toBe(false)
    // Not even one within range: the check does not judge the int32 format at all.
    expect(accepts(2)).toBe(false)
  })

  it('honours an exclusive lower bound: 0 is refused by gt(0), anything above is taken', () => {
    const accepts = acceptsUnchanged(z.number().check(z.gt(0)))
    expect([accepts(0), accepts(-1), accepts(Number.MIN_VALUE), accepts(1)]).toEqual([false, false, true, true])
  })

  it('honours an exclusive upper bound: 5 is refused by lt(5), anything below is taken', () => {
    const accepts = acceptsUnchanged(z.number().check(z.lt(5)))
    expect([accepts(4), accepts(4.5), accepts(5), accepts(6)]).toEqual([true, true, false, false])
    expect([z.safeParse(z.number().check(z.lt(5)), 4.5).success, z.safeParse(z.number().check(z.lt(5)), 5).success]).toEqual([
      true,
      false,
    ])
  })

  it('honours inclusive bounds: the limits themselves are taken, one past them refused', () => {
    const accepts = acceptsUnchanged(z.int().check(z.minimum(1), z.maximum(31)))
    expect([accepts(0), accepts(1), accepts(31), accepts(32)]).toEqual([false, true, true, false])
  })

  it('leaves a multipleOf check to zod: 1 is no multiple of 2, and the check does not say yes to it', () => {
    const schema = z.number().check(z.multipleOf(2))
    expect(z.safeParse(schema, 1).success).toBe(false)
    expect(acceptsUnchanged(schema)(1)).toBe(false)
  })

  it('reads a safeint format given as a check as an int: a fraction and 2^53 go to zod, which refuses them', () => {
    const schema = z.number().check(z.int())
    expect([z.safeParse(schema, 1.5).success, z.safeParse(schema, 2 ** 53).success]).toEqual([false, false])
    const accepts = acceptsUnchanged(schema)
    expect([accepts(7), accepts(1.5), accepts(2 ** 53)]).toEqual([true, false, false])
    // And through a reader: invalid_input, never the value back.
    expect(caught(() => readerOf(schema)(1.5, [])).code).toBe('invalid_input')
  })

  it('leaves any other format given as a check to zod: an int32 or a float64 is not judged by itself', () => {
    const int32 = z.number().check(z.int32())
    expect(z.safeParse(int32, 2 ** 40).success).toBe(false)
    expect([acceptsUnchanged(int32)(2 ** 40), acceptsUnchanged(int32)(2)]).toEqual([false, false])
    const float64 = z.number().check(z.float64())
    expect(z.safeParse(float64, 1.5)).toEqual({ success: true, data: 1.5 })
    expect(acceptsUnchanged(float64)(1.5)).toBe(false)
    // Deferred is not refused: the reader gives zod's answer, the value itself.
    expect(readerOf(float64)(1.5, [])).toBe(1.5)
  })
})

describe('acceptsUnchanged: strings, with the checks the check knows and the ones it leaves to zod', () => {
  it('takes a string of exactly the minimum length and refuses a shorter one', () => {
    const accepts = acceptsUnchanged(z.string().check(z.minLength(2)))
    expect([accepts('a'), accepts('ab'), accepts('abc'), accepts(12)]).toEqual([false, true, true, false])
  })

  it('tests a regex: a matching string is taken, another refused', () => {
    const accepts = acceptsUnchanged(z.string().check(z.regex(/^a+$/)))
    expect([accepts('aa'), accepts('b'), accepts('ab')]).toEqual([true, false, false])
  })

  it('leaves a global or sticky regex to zod (its lastIndex moves between tests), even for a matching string', () => {
    // zod takes 'a' for both: it resets lastIndex itself.
    expect(z.safeParse(z.string().check(z.regex(/a/g)), 'a').success).toBe(true)
    expect(acceptsUnchanged(z.string().check(z.regex(/a/g)))('a')).toBe(false)
    expect(acceptsUnchanged(z.string().check(z.regex(/a/y)))('a')).toBe(false)
  })

  it('leaves other string formats to zod, even one whose pattern the string matches: an email', () => {
    const schema = z.string().check(z.email())
    expect(z.safeParse(schema, 'a@b.co').success).toBe(true)
    expect(acceptsUnchanged(schema)('a@b.co')).toBe(false)
  })

  it('leaves a maximum length to zod, which refuses "abcd" for maxLength(3)', () => {
    const schema = z.string().check(z.maxLength(3))
    expect(z.safeParse(schema, 'abcd').success).toBe(false)
    expect([acceptsUnchanged(schema)('abcd'), acceptsUnchanged(schema)('ab')]).toEqual([false, false])
  })
})

describe('acceptsUnchanged: objects', () => {
  const Options = z.strictObject({ asOf: z.number(), note: z.optional(z.string()) })

  it('takes a null-prototype object with the right fields, as zod does', () => {
    const value = Object.assign(Object.create(null) as Record<string, unknown>, { asOf: 1 })
    expect(z.safeParse(Options, value).success).toBe(true)
    expect(acceptsUnchanged(Options)(value)).toBe(true)
  })

  it('takes an optional field given as undefined or left out, and its inner values', () => {
    const accepts = acceptsUnchanged(Options)
    expect([
      accepts({ asOf: 1 }),
      accepts({ asOf: 1, note: undefined }),
      accepts({ asOf: 1, note: 'x' }),
      accepts({ asOf: 1, note: 2 }),
    ]).toEqual([true, true, true, false])
  })

  it('refuses an object with a property for…in does not list: zod reads it, and 5 is no string', () => {
    const schema = z.strictObject({ note: z.optional(z.string()) })
    const value = {}
    Object.defineProperty(value, 'note', { value: 5, enumerable: false })
    expect(z.safeParse(schema, value).success).toBe(false)
    expect(acceptsUnchanged(schema)(value)).toBe(false)
  })

  it('leaves a refinement on the object to zod: {a: "x"} has the right shape but the refinement refuses it', () => {
    const schema = z.strictObject({ a: z.string() }).check(z.refine((value) => value.a !== 'x'))
    expect(z.safeParse(schema, { a: 'x' }).success).toBe(false)
    expect(acceptsUnchanged(schema)({ a: 'x' })).toBe(false)
  })

  it('leaves a refinement on an optional field to zod, rather than judging the field by its inner string', () => {
    const schema = z.strictObject({ note: z.optional(z.string()).check(z.refine((value) => value !== 'x')) })
    expect(z.safeParse(schema, { note: 'x' }).success).toBe(false)
    expect(acceptsUnchanged(schema)({ note: 'x' })).toBe(false)
  })
})

describe('readerOf: where an unreadable value is reported', () => {
  it('names the path it is given, then the key that threw when the boundary copy read it', () => {
    const read = readerOf(z.strictObject({ a: z.unknown() }))
    const value = {
      get a(): never {
        throw new Error('unreadable')
      },
    }
    const error = caught(() => read(value, ['options']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'a']])
    expect(error.messages.en).toBe('Invalid input: cannot be read (a getter or Proxy threw)')
  })
})
