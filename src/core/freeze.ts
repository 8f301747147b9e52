import { DateTime, Duration } from 'luxon'
import { isPackageObject } from './brands.js'
import { type ErrorCode, type ErrorPath, VnTaskSlaError } from './errors.js'
import { DETAILS, type Messages } from './messages.js'

/** Freezes a plain data value and everything it holds, so shared data can never be changed by a caller. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/** Nesting deeper than this is no task, option or document: it is refused, and it stops runaway recursion. */
export const MAX_INPUT_DEPTH = 64
/** Nor is a value of more parts than this, counted across the whole value (array items and object keys). */
export const MAX_INPUT_ITEMS = 1_000_000

export interface CopyOptions {
  /** The code of the error of a value that cannot be copied: `invalid_input` unless told. */
  readonly code?: ErrorCode
  /** Where the value sits in the call, for the error of a value that cannot be read. */
  readonly path?: ErrorPath
  /**
   * Whether that error names the keys below `path`. False for a document that may be secret: its
   * keys are the caller's words, and an error never echoes them (Art. 5.2).
   */
  readonly keysInPath?: boolean
}

/**
 * The boundary copy: a deeply frozen copy of a caller's value, read once, the caller's value left as
 * it was (frozenness included). Everything the package checks and computes is read from the copy, so
 * no object can answer one read and then another (a getter, a Proxy whose `length` grows), and no
 * result holds an object of the caller's.
 *
 * - plain objects, null-prototype objects and instances of other classes: a plain object of their
 *   enumerable string keys (an own key `__proto__` stays a key); a part shared or cyclic is copied once;
 * - arrays (Proxies of arrays too; an Array subclass is a class instance): `length` read once, each index
 *   once, a hole as `undefined`;
 * - a `Date`: a new Date of its own time value (a subclass's `getTime` is not asked); an object that
 *   only inherits from `Date.prototype` has no time value and becomes an empty object;
 * - a luxon `DateTime` or `Duration`: a copy of the same value, not frozen (luxon fills caches on first
 *   use); the package's own objects (calendars, regulation profiles, time rules) and functions: as they are.
 *
 * A value that throws when read, nests deeper than 64 levels or has more than 1,000,000 parts is
 * refused with `invalid_input` (or `code`) at `path`.
 */
export function frozenCopyOf<T>(value: T, options: CopyOptions = {}): T {
  if (typeof value !== 'object' || value === null) return value
  const code = options.code ?? 'invalid_input'
  const base = options.path ?? []
  const keysInPath = options.keysInPath ?? true
  const copies = new Map<object, unknown>()
  const keys: (string | number)[] = []
  let items = 0

  const refuse = (detail: Messages): never => {
    throw new VnTaskSlaError(code, detail, keysInPath ? [...base, ...keys] : base)
  }
  const count = (added: number): void => {
    items += added
    if (items > MAX_INPUT_ITEMS) refuse(DETAILS.tooManyItems)
  }
  const keep = <Copy>(original: object, copy: Copy): Copy => {
    copies.set(original, copy)
    return copy
  }
  const copy = (part: unknown, depth: number): unknown => {
    if (typeof part !== 'object' || part === null) return part
    const known = copies.get(part)
    if (known !== undefined) return known
    if (depth >= MAX_INPUT_DEPTH) refuse(DETAILS.nestedTooDeeply)
    try {
      return copyObject(part, depth)
    } catch (error) {
      if (error instanceof VnTaskSlaError) throw error
      return refuse(DETAILS.unreadableValue)
    }
  }
  const copyObject = (part: object, depth: number): unknown => {
    const prototype: unknown = Object.getPrototypeOf(part)
    // A Proxy of an array is an array; an Array subclass is a class instance like any other (its fields copied).
    if (Array.isArray(part) && prototype === Array.prototype) {
      const array: unknown[] = keep(part, [])
      const length = part.length
      count(length)
      for (let index = 0; index < length; index += 1) {
        keys.push(index)
        array.push(copy(part[index], depth + 1))
        keys.pop()
      }
      return Object.freeze(array)
    }
    if (isPackageObject(part)) return part
    if (part instanceof DateTime) return keep(part, part.reconfigure({}))
    if (part instanceof Duration) return keep(part, part.isValid ? part.reconfigure({}) : part)
    if (prototype === Date.prototype || part instanceof Date) {
      // The time value itself: a fake Date (an object that only inherits from Date) has none, and throws here.
      const time = timeValueOf(part)
      // structuredClone copies the time value whatever the subclass says: a plain Date of the same instant.
      if (time !== undefined) return keep(part, Object.freeze(structuredClone(part) as Date))
    }
    const own = prototype === Object.prototype || prototype === null
    // A null prototype is kept, and another class is told apart (ForeignInstance): a check that takes
    // plain data only, as the JSON of a document's other information, still sees what the caller gave.
    const object = keep(
      part,
      (own ? Object.create(prototype as object | null) : new ForeignInstance()) as Record<string, unknown>,
    )
    // A class instance gives its inherited enumerable fields too, as zod reads them; a plain object its own.
    for (const key in part) {
      if (own && !Object.hasOwn(part, key)) continue
      count(1)
      keys.push(key)
      const field = copy((part as Record<string, unknown>)[key], depth + 1)
      // An own key `__proto__` is defined, not assigned: it stays a key and never reaches the prototype.
      if (key === '__proto__')
        Object.defineProperty(object, key, { value: field, enumerable: true, writable: true, configurable: true })
      else object[key] = field
      keys.pop()
    }
    return Object.freeze(object)
  }
  return copy(value, 0) as T
}

function timeValueOf(value: object): number | undefined {
  try {
    return Date.prototype.getTime.call(value)
  } catch {
    return undefined
  }
}

/**
 * One field of a caller's object, read once, before the whole is copied (a refusal that must read
 * nothing else first): `invalid_input` at `path` if reading it throws.
 */
export function fieldOf(value: object, key: string, path: ErrorPath): unknown {
  return readingObject(path, () => (value as Record<string, unknown>)[key])
}

/**
 * Runs `read` over a caller's object that is read in place, not copied (an instant or a duration, read
 * once on a hot path): a getter or a Proxy trap that throws is `invalid_input` at `path`.
 */
export function readingObject<T>(path: ErrorPath, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof VnTaskSlaError) throw error
    throw new VnTaskSlaError('invalid_input', DETAILS.unreadableValue, path)
  }
}

/**
 * The copy of an instance of a class other than Object, Array, Date and luxon's: its enumerable fields,
 * read like a plain object's, in an object that says it was no plain object.
 */
export class ForeignInstance {}
