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
 * - arrays (subclasses and Proxies of arrays too): `length` read once, each index once, a hole as `undefined`;
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
  const copier = new Copier(options.code ?? 'invalid_input', options.path ?? [], options.keysInPath ?? true)
  return copier.copy(value, 0) as T
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

class Copier {
  private readonly copies = new Map<object, unknown>()
  private readonly keys: PropertyKey[] = []
  private items = 0

  constructor(
    private readonly code: ErrorCode,
    private readonly base: ErrorPath,
    private readonly keysInPath: boolean,
  ) {}

  copy(value: unknown, depth: number): unknown {
    if (typeof value !== 'object' || value === null) return value
    const known = this.copies.get(value)
    if (known !== undefined) return known
    if (depth >= MAX_INPUT_DEPTH) this.refuse(DETAILS.nestedTooDeeply)
    try {
      return this.copyObject(value, depth)
    } catch (error) {
      if (error instanceof VnTaskSlaError) throw error
      return this.refuse(DETAILS.unreadableValue)
    }
  }

  private copyObject(value: object, depth: number): unknown {
    if (Array.isArray(value)) return this.copyArray(value, depth)
    if (isPackageObject(value)) return value
    if (value instanceof DateTime) return this.keep(value, value.reconfigure({}))
    if (value instanceof Duration) return this.keep(value, value.isValid ? value.reconfigure({}) : value)
    const prototype: unknown = Object.getPrototypeOf(value)
    if (prototype === Date.prototype || value instanceof Date) {
      // The time value itself, read the way `Date.prototype.getTime` reads it: a fake Date has none and throws.
      let time: number | undefined
      try {
        time = Date.prototype.getTime.call(value)
      } catch {
        time = undefined
      }
      // structuredClone copies the time value whatever the subclass says: a plain Date of the same instant.
      if (time !== undefined) return this.keep(value, Object.freeze(structuredClone(value) as Date))
    }
    return this.copyFields(value, depth)
  }

  private copyFields(value: object, depth: number): unknown {
    const prototype: unknown = Object.getPrototypeOf(value)
    const own = prototype === Object.prototype || prototype === null
    // A null prototype is kept, and another class is told apart (ForeignInstance): a check that takes
    // plain data only, as the JSON of a document's other information, still sees what the caller gave.
    const object: Record<string, unknown> = own
      ? (Object.create(prototype as object | null) as Record<string, unknown>)
      : (new ForeignInstance() as unknown as Record<string, unknown>)
    this.copies.set(value, object)
    // A class instance gives its inherited enumerable fields too, as zod reads them; a plain object its own.
    for (const key in value) {
      if (own && !Object.hasOwn(value, key)) continue
      this.count()
      this.keys.push(key)
      const copy = this.copy((value as Record<string, unknown>)[key], depth + 1)
      // An own key `__proto__` is defined, not assigned: it stays a key and never reaches the prototype.
      if (key === '__proto__') Object.defineProperty(object, key, { value: copy, enumerable: true, writable: true, configurable: true })
      else object[key] = copy
      this.keys.pop()
    }
    return Object.freeze(object)
  }

  private copyArray(value: readonly unknown[], depth: number): unknown {
    // An Array subclass is a class instance like any other (its fields copied); a Proxy of an array is an array.
    if (Object.getPrototypeOf(value) !== Array.prototype) return this.copyFields(value, depth)
    const array: unknown[] = []
    this.copies.set(value, array)
    const length = value.length
    if (length > MAX_INPUT_ITEMS - this.items) this.refuse(DETAILS.tooManyItems)
    for (let index = 0; index < length; index += 1) {
      this.items += 1
      this.keys.push(index)
      array.push(this.copy(value[index], depth + 1))
      this.keys.pop()
    }
    return Object.freeze(array)
  }

  private keep<Copy>(value: object, copy: Copy): Copy {
    this.copies.set(value, copy)
    return copy
  }

  private count(): void {
    this.items += 1
    if (this.items > MAX_INPUT_ITEMS) this.refuse(DETAILS.tooManyItems)
  }

  private refuse(detail: Messages): never {
    const below = this.keysInPath ? this.keys.map((key) => (typeof key === 'symbol' ? String(key) : key)) : []
    throw new VnTaskSlaError(this.code, detail, [...this.base, ...(below as (string | number)[])])
  }
}
