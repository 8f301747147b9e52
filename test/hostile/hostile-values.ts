// The table of hostile values the catalogue puts at every place of every public call. Each row is a
// factory: a fresh value per use, so that a call that changes or freezes its value cannot poison the next
// one. Only immutable values (the 10 MB string) are built once and kept.
import { DateTime } from 'luxon'

export type HostileValue = {
  /** The name a failure is reported under. */
  readonly name: string
  /** A fresh value. */
  readonly make: () => unknown
  /**
   * Heavy values (megabytes, a million elements, ten thousand levels) go to one or two places per call,
   * to keep the catalogue fast; cheap ones go everywhere.
   */
  readonly heavy?: boolean
  /**
   * A value that cannot be looked into without running the caller's code (a Proxy): compared by identity
   * only, never walked.
   */
  readonly opaque?: boolean
  /**
   * One of the few values that stand for the others at the secondary places (an option the valid call
   * leaves out, data three levels down, the core entry's copy of an operation): one of each kind.
   */
  readonly representative?: boolean
}

/** The error a hostile getter or trap throws: not the package's, so a call that lets it through is caught. */
export class HostileAccess extends Error {
  constructor(what: string) {
    super(`hostile access: ${what}`)
    this.name = 'HostileAccess'
  }
}

let tenMegabytes: string | undefined
/** 10 MB of one character: a string is immutable, so one is kept for every use. */
export function tenMegabyteString(): string {
  tenMegabytes ??= 'x'.repeat(10 * 1024 * 1024)
  return tenMegabytes
}

/** An array of `length` nulls, built fresh. */
export function nulls(length: number): null[] {
  return new Array<null>(length).fill(null)
}

/** An object nested `levels` deep, `{ a: { a: … } }`, built without recursion. */
export function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true }
  for (let level = 0; level < levels; level += 1) value = { a: value }
  return value
}

/** An object with `count` own keys. */
export function manyKeys(count: number): Record<string, number> {
  const object: Record<string, number> = {}
  for (let index = 0; index < count; index += 1) object[`k${index}`] = index
  return object
}

/** A Proxy whose every trap throws: reading it in any way runs the caller's code and fails. */
export function throwingProxy(): object {
  const handler: ProxyHandler<object> = {}
  for (const trap of [
    'apply',
    'construct',
    'defineProperty',
    'deleteProperty',
    'get',
    'getOwnPropertyDescriptor',
    'getPrototypeOf',
    'has',
    'isExtensible',
    'ownKeys',
    'preventExtensions',
    'set',
    'setPrototypeOf',
  ] as const) {
    ;(handler as Record<string, unknown>)[trap] = () => {
      throw new HostileAccess(`proxy trap ${trap}`)
    }
  }
  return new Proxy({}, handler)
}

/**
 * A Proxy array whose `length` is one more at each read, up to `cap`. A reader that loops on `length`
 * never ends with no cap (an out-of-memory abort of the whole process); the catalogue uses a cap so that
 * such a reader finishes, late, and is reported instead of killing the run.
 */
export function growingArray(cap = Number.POSITIVE_INFINITY): { readonly array: unknown[]; readonly reads: () => number } {
  let length = 0
  let reads = 0
  const array = new Proxy([] as unknown[], {
    get(target, key, receiver) {
      if (key === 'length') {
        reads += 1
        if (length < cap) length += 1
        return length
      }
      return Reflect.get(target, key, receiver)
    },
  })
  return { array, reads: () => reads }
}

/** A Date subclass that lies about its time: `getTime()` and `valueOf()` say 1.5. */
export class LyingDate extends Date {
  override getTime(): number {
    return 1.5
  }
  override valueOf(): number {
    return 1.5
  }
}

/** A luxon DateTime subclass that lies about its time (luxon's constructor is private to its types, not at run time). */
// @ts-expect-error: DateTime's constructor is private in luxon's types only.
export class LyingDateTime extends DateTime {
  override toMillis(): number {
    return 1.5
  }
  override valueOf(): number {
    return 1.5
  }
}

/** A DateTime of 2 June 2025, 08:00 in Vietnam, whose class is `LyingDateTime`. */
export function lyingDateTime(): DateTime {
  const real = DateTime.fromISO('2025-06-02T08:00:00+07:00', { setZone: true })
  return Object.setPrototypeOf(real, LyingDateTime.prototype) as DateTime
}

class Point {
  x = 1
  y = 2
  at = '2025-06-02T08:00'
}

export const HOSTILE_VALUES: readonly HostileValue[] = [
  { representative: true, name: 'undefined', make: () => undefined },
  { representative: true, name: 'null', make: () => null },
  { name: 'true', make: () => true },
  { name: '0', make: () => 0 },
  { representative: true, name: '-0', make: () => -0 },
  { representative: true, name: 'NaN', make: () => Number.NaN },
  { name: 'Infinity', make: () => Number.POSITIVE_INFINITY },
  { name: '-Infinity', make: () => Number.NEGATIVE_INFINITY },
  { representative: true, name: '1e15', make: () => 1e15 },
  { name: '-1e15', make: () => -1e15 },
  { name: '2**53', make: () => 2 ** 53 },
  { name: '1.5', make: () => 1.5 },
  { name: "''", make: () => '' },
  { name: "' '", make: () => ' ' },
  { name: '10 MB string', make: tenMegabyteString, heavy: true },
  { representative: true, name: "'2025-13-45T25:61'", make: () => '2025-13-45T25:61' },
  { name: "'2025-02-30'", make: () => '2025-02-30' },
  { representative: true, name: "'+275760-09-13T00:00:00Z'", make: () => '+275760-09-13T00:00:00Z' },
  { name: "'-271821-04-20T00:00:00Z'", make: () => '-271821-04-20T00:00:00Z' },
  { representative: true, name: "'2025-06-02T08:00+15:00'", make: () => '2025-06-02T08:00+15:00' },
  { name: "'2025-06-02T08:00-14:01'", make: () => '2025-06-02T08:00-14:01' },
  { name: "'9999-12-31T23:59:59.999Z'", make: () => '9999-12-31T23:59:59.999Z' },
  { name: "'0000-01-01'", make: () => '0000-01-01' },
  { representative: true, name: 'Symbol()', make: () => Symbol('hostile') },
  { representative: true, name: '10n', make: () => 10n },
  { name: 'a function', make: () => () => '2025-06-02T08:00' },
  { representative: true, name: '{}', make: () => ({}) },
  { representative: true, name: '[]', make: () => [] },
  {
    representative: true,
    name: 'an object with a throwing getter',
    make: () =>
      Object.defineProperty({}, 'type', {
        enumerable: true,
        get() {
          throw new HostileAccess('getter')
        },
      }),
  },
  {
    name: 'an array with a throwing index getter',
    make: () =>
      Object.defineProperty([], 0, {
        enumerable: true,
        configurable: true,
        get() {
          throw new HostileAccess('index getter')
        },
      }),
  },
  { representative: true, name: 'a Proxy whose every trap throws', make: throwingProxy, opaque: true },
  {
    name: 'a Proxy array whose length grows on each read',
    make: () => growingArray(10_000).array,
    opaque: true,
  },
  { representative: true, name: 'an own __proto__ key', make: () => JSON.parse('{"__proto__": {"polluted": 1}}') },
  { name: 'a constructor key', make: () => ({ constructor: { prototype: { polluted: 1 } } }) },
  {
    representative: true,
    name: 'a cyclic object',
    make: () => {
      const object: Record<string, unknown> = { type: 'started' }
      object.self = object
      return object
    },
  },
  {
    name: 'a cyclic array',
    make: () => {
      const array: unknown[] = []
      array.push(array)
      return array
    },
  },
  {
    name: 'a sparse array',
    make: () => {
      const array: unknown[] = new Array(5)
      array[3] = '2025-06-02T08:00'
      return array
    },
  },
  { name: '10⁶ nulls', make: () => nulls(1_000_000), heavy: true },
  { name: '130,000 nulls', make: () => nulls(130_000), heavy: true },
  {
    representative: true,
    name: 'a null-prototype object with fields',
    make: () => Object.assign(Object.create(null) as object, { type: 'started', at: '2025-06-02T08:00' }),
  },
  { representative: true, name: 'Object.create(Date.prototype)', make: () => Object.create(Date.prototype) as unknown },
  { name: 'new Date(NaN)', make: () => new Date(Number.NaN) },
  { representative: true, name: 'a Date subclass whose getTime says 1.5', make: () => new LyingDate(Date.UTC(2025, 5, 2, 1)) },
  { name: 'a luxon DateTime subclass', make: lyingDateTime },
  { name: 'an invalid luxon DateTime', make: () => DateTime.invalid('hostile') },
  { representative: true, name: '{ isLuxonDateTime: true }', make: () => ({ isLuxonDateTime: true, isValid: true }) },
  { representative: true, name: '{ isLuxonDuration: true }', make: () => ({ isLuxonDuration: true, isValid: true }) },
  { representative: true, name: 'a Map', make: () => new Map([['type', 'started']]) },
  { name: 'a Set', make: () => new Set(['started']) },
  { name: 'a frozen object', make: () => Object.freeze({ type: 'started', at: '2025-06-02T08:00' }) },
  { name: 'an object with 10,000 keys', make: () => manyKeys(10_000), heavy: true },
  { name: 'nesting 10,000 deep', make: () => nested(10_000), heavy: true },
  { representative: true, name: 'a class instance with fields', make: () => new Point() },
]
