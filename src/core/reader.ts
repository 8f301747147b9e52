import type * as z from 'zod/mini'
import type { ErrorPath } from './errors.js'
import { frozenCopyOf } from './freeze.js'
import { parseCopyOrThrow } from './validation.js'

/**
 * Reads a value with its schema: its boundary copy (`frozenCopyOf`) when valid, else `invalid_input` at the path of the
 * bad field, an unknown or misspelt key named in the path, never a value. A function's options are
 * one strict zod schema, a task is `TaskInput`; the reader is compiled from the schema once.
 *
 * Why compiled: zod parses a small strict object in about 4 µs, as much as every rule on a task
 * together, and portfolios ask millions of times. The reader first runs a check compiled from the
 * same schema, which accepts only values zod accepts unchanged (plain objects with known keys,
 * enums, numbers within their limits, strings, …); anything else, and every error, goes through zod
 * itself, which accepts it or words the error. The schema stays the one definition.
 */
export type Reader<Schema extends z.core.$ZodType> = (value: unknown, path: ErrorPath) => z.output<Schema>

export function readerOf<Schema extends z.core.$ZodType>(schema: Schema): Reader<Schema> {
  const accepts = guardOf(schema)
  return (value, path) => {
    // The boundary copy first: the check and everything after read it, never the caller's value.
    const copy = frozenCopyOf(value, { path })
    return accepts(copy) ? (copy as z.output<Schema>) : parseCopyOrThrow(schema, copy, 'invalid_input', path)
  }
}

/**
 * The check alone: true only for a value the schema accepts unchanged. Exported for the law that
 * holds it to the schema (a property test), and for callers that branch on validity.
 */
export function acceptsUnchanged(schema: z.core.$ZodType): (value: unknown) => boolean {
  return guardOf(schema)
}

type Guard = (value: unknown) => boolean
type Def = z.core.$ZodTypeDef & Record<string, unknown>
type CheckDef = { readonly check: string } & Record<string, unknown>

/** Never accepts: the value goes through zod. */
const DEFER: Guard = () => false
/** Always accepts: zod would take any value unchanged. */
const ACCEPT: Guard = () => true

function guardOf(schema: z.core.$ZodType): Guard {
  const def = schema._zod.def as Def
  // Only objects, numbers and strings have their checks compiled; a check on any other shape (an
  // array's length, a refinement on a union…) sends the value to zod.
  if (def.type !== 'object' && def.type !== 'number' && def.type !== 'string' && checksOf(def).length > 0) return DEFER
  switch (def.type) {
    case 'optional': {
      const inner = guardOf(def.innerType as z.core.$ZodType)
      // An exact optional refuses `undefined` given as a value; only an absent key (objectGuard) skips it.
      if (isExactOptional(schema)) return inner
      return (value) => value === undefined || inner(value)
    }
    case 'nullable': {
      const inner = guardOf(def.innerType as z.core.$ZodType)
      return (value) => value === null || inner(value)
    }
    case 'readonly':
      return guardOf(def.innerType as z.core.$ZodType)
    case 'enum':
      return memberOf(Object.values(def.entries as Record<string, unknown>))
    case 'literal':
      return memberOf(def.values as readonly unknown[])
    case 'boolean':
      return (value) => typeof value === 'boolean'
    case 'unknown':
    case 'any':
      return ACCEPT
    case 'number':
      return numberGuard(def)
    case 'string':
      return stringGuard(def)
    case 'custom': {
      const check = def.fn as (value: unknown) => unknown
      return (value) => Boolean(check(value))
    }
    case 'union': {
      const members = (def.options as readonly z.core.$ZodType[]).map(guardOf)
      return (value) => {
        for (let index = 0; index < members.length; index += 1) if ((members[index] as Guard)(value)) return true
        return false
      }
    }
    case 'array': {
      const element = guardOf(def.element as z.core.$ZodType)
      return (value) => {
        // An array carrying other properties is rebuilt by zod without them: not unchanged.
        if (!Array.isArray(value) || Object.keys(value).length !== value.length) return false
        for (let index = 0; index < value.length; index += 1) if (!element(value[index])) return false
        return true
      }
    }
    case 'object':
      return objectGuard(def)
    default:
      return DEFER
  }
}

function objectGuard(def: Def): Guard {
  if (checksOf(def).length > 0) return DEFER
  const shape = def.shape as Record<string, z.core.$ZodType>
  // By the keys present, not by the shape's: an options object names 2 or 3 of its 25 keys, and a read of
  // each absent one would cost more than the check. Each key finds its field's slot.
  const slots = new Map<string, number>()
  const guards: Guard[] = []
  // A field whose `undefined` is accepted as it stands (an optional without checks of its own: its
  // wrapper's test inlined), and a field that must be present (not optional, exact or not).
  const skipsUndefined: boolean[] = []
  const required: boolean[] = []
  let requiredCount = 0
  for (const [key, field] of Object.entries(shape)) {
    const fieldDef = field._zod.def as Def
    const optional = fieldDef.type === 'optional'
    const plainOptional = optional && !isExactOptional(field) && checksOf(fieldDef).length === 0
    slots.set(key, guards.length)
    guards.push(plainOptional ? guardOf(fieldDef.innerType as z.core.$ZodType) : guardOf(field))
    skipsUndefined.push(plainOptional)
    required.push(!optional)
    if (!optional) requiredCount += 1
  }
  return (value) => {
    if (!isPlainObject(value)) return false
    let present = 0
    let seen = 0
    // Any key the shape does not name goes to zod: a strict schema refuses it with its name, a loose
    // one strips it; either way the answer is zod's. So does an inherited enumerable key (for…in lists it).
    for (const key in value) {
      const slot = slots.get(key)
      if (slot === undefined || !Object.hasOwn(value, key)) return false
      seen += 1
      const field = value[key]
      if (field === undefined && skipsUndefined[slot]) continue
      if (!(guards[slot] as Guard)(field)) return false
      if (required[slot]) present += 1
    }
    // A required key left out goes to zod too, which names it; so does an object with a property for…in
    // does not list (not enumerable), which zod would read.
    return present === requiredCount && Object.getOwnPropertyNames(value).length === seen
  }
}

/** A value among `members`: compared one by one when they are few, as an enum's are, else looked up. */
function memberOf(members: readonly unknown[]): Guard {
  if (members.length > 16) {
    const set = new Set(members)
    return (value) => set.has(value)
  }
  return (value) => {
    for (let index = 0; index < members.length; index += 1) if (members[index] === value) return true
    return false
  }
}

function numberGuard(def: Def): Guard {
  // A format is the schema's own (`z.int()`) or a check on a number (`z.number().check(z.int())`); only
  // `safeint` is decided here, any other (int32, float32, …) by zod.
  let integer = def.format === 'safeint'
  if (def.format !== undefined && !integer) return DEFER
  const bounds: Guard[] = []
  for (const check of checksOf(def)) {
    const limit = check.value as number
    if (check.check === 'greater_than')
      bounds.push(check.inclusive ? (v) => (v as number) >= limit : (v) => (v as number) > limit)
    else if (check.check === 'less_than')
      bounds.push(check.inclusive ? (v) => (v as number) <= limit : (v) => (v as number) < limit)
    else if (check.check === 'number_format' && check.format === 'safeint') integer = true
    else return DEFER
  }
  return (value) => {
    if (typeof value !== 'number' || !(integer ? Number.isSafeInteger(value) : Number.isFinite(value))) return false
    for (let index = 0; index < bounds.length; index += 1) if (!(bounds[index] as Guard)(value)) return false
    return true
  }
}

function stringGuard(def: Def): Guard {
  const parts: Guard[] = []
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') {
      const minimum = check.minimum as number
      parts.push((value) => (value as string).length >= minimum)
    } else if (check.check === 'string_format' && check.format === 'regex') {
      const pattern = check.pattern as RegExp
      if (pattern.global || pattern.sticky) return DEFER
      parts.push((value) => pattern.test(value as string))
    } else return DEFER
  }
  return (value) => {
    if (typeof value !== 'string') return false
    for (let index = 0; index < parts.length; index += 1) if (!(parts[index] as Guard)(value)) return false
    return true
  }
}

function isExactOptional(schema: z.core.$ZodType): boolean {
  return schema._zod.traits.has('$ZodExactOptional')
}

function checksOf(def: Def): readonly CheckDef[] {
  return ((def.checks as readonly z.core.$ZodCheck[] | undefined) ?? []).map((check) => check._zod.def as unknown as CheckDef)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
