// What the hostile catalogue checks after each call: the input unchanged (frozenness included), the result
// deeply frozen and sharing no object with the input, Object.prototype untouched, no secret in an error.
// Every walk here is iterative (ten thousand levels of nesting are one of the inputs) and reads own
// property descriptors, never a getter, so that checking runs none of the caller's code.
import * as fc from 'fast-check'
import { DateTime, Duration } from 'luxon'
import { isVnTaskSlaError } from '../../src/index.js'

const identities = new WeakMap<object, number>()
let nextIdentity = 1

/** A number that names an object for the whole run. */
function identityOf(value: object): number {
  let identity = identities.get(value)
  if (identity === undefined) {
    identity = nextIdentity
    nextIdentity += 1
    identities.set(value, identity)
  }
  return identity
}

/** A real luxon value (by its prototype chain: luxon's own `isDateTime` trusts a duck-typed flag). */
export function isLuxon(value: object): boolean {
  return value instanceof DateTime || value instanceof Duration
}

/** A luxon value of luxon's own class, immutable by its API; a subclass is the caller's and is not. */
function isPlainLuxon(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === DateTime.prototype || prototype === Duration.prototype
}

function isArbitrary(value: object): boolean {
  return value instanceof fc.Arbitrary
}

function describePrimitive(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 200 ? `string(${value.length}):${value.slice(0, 100)}…${value.slice(-100)}` : JSON.stringify(value)
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value)
    case 'bigint':
      return `${value}n`
    case 'symbol':
      return value.toString()
    default:
      return String(value)
  }
}

function keyText(key: string | symbol): string {
  return typeof key === 'symbol' ? `[${key.toString()}]` : key
}

/** Opaque objects: compared by identity, never walked. */
export type Opaque = (value: object) => boolean

/**
 * The structure of a value, one line per place: primitives by value, objects by their own descriptors,
 * prototype and frozenness, shared and cyclic parts by identity. Two snapshots of an unchanged value are
 * equal; a value changed, frozen or sealed by a call is not.
 */
export function snapshot(root: unknown, opaque: Opaque): string[] {
  const lines: string[] = []
  const seen = new Set<object>()
  const stack: [string, unknown][] = [['args', root]]
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown]
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
      lines.push(`${path}=${describePrimitive(value)}`)
      continue
    }
    const id = identityOf(value)
    if (typeof value === 'function' || opaque(value) || isLuxon(value)) {
      lines.push(`${path}=#${id}`)
      continue
    }
    if (seen.has(value)) {
      lines.push(`${path}=ref #${id}`)
      continue
    }
    seen.add(value)
    const prototype = Object.getPrototypeOf(value) as object | null
    const state = Object.isFrozen(value)
      ? 'frozen'
      : Object.isSealed(value)
        ? 'sealed'
        : Object.isExtensible(value)
          ? 'open'
          : 'closed'
    lines.push(`${path}=#${id} proto #${prototype === null ? 0 : identityOf(prototype)} ${state}`)
    if (value instanceof Date) {
      let time: number
      try {
        time = Date.prototype.getTime.call(value)
      } catch {
        time = Number.NaN
      }
      lines.push(`${path}.[[DateValue]]=${time}`)
    }
    if (value instanceof Map) lines.push(`${path}.[[MapData]]=${JSON.stringify([...Map.prototype.entries.call(value)])}`)
    if (value instanceof Set) lines.push(`${path}.[[SetData]]=${JSON.stringify([...Set.prototype.values.call(value)])}`)
    if (Array.isArray(value) && value.length > 10_000) {
      // A big array of the catalogue's own making (plain data): summed, not listed.
      let summary = 0
      let holes = 0
      for (let index = 0; index < value.length; index += 1) {
        if (!(index in value)) holes += 1
        summary = (summary * 31 + (value[index] === null ? 1 : 7)) % 1_000_003
      }
      lines.push(`${path}.length=${value.length} sum ${summary} holes ${holes}`)
      continue
    }
    const keys = Reflect.ownKeys(value)
    const children: [string, unknown][] = []
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor
      const flags = `${descriptor.enumerable ? 'e' : ''}${descriptor.configurable ? 'c' : ''}${descriptor.writable ? 'w' : ''}`
      if ('value' in descriptor) {
        lines.push(`${path}.${keyText(key)}:${flags}`)
        children.push([shortPath(`${path}.${keyText(key)}`), descriptor.value])
      } else {
        const getter = descriptor.get === undefined ? 0 : identityOf(descriptor.get)
        const setter = descriptor.set === undefined ? 0 : identityOf(descriptor.set)
        lines.push(`${path}.${keyText(key)}:${flags} get #${getter} set #${setter}`)
      }
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as [string, unknown])
  }
  return lines
}

/** A place's label, shortened past 200 characters: ten thousand levels of nesting must not cost their square. */
function shortPath(path: string): string {
  return path.length > 200 ? `${path.slice(0, 100)}…${path.length}` : path
}

/** The first line where two snapshots differ, for a failure message. */
export function firstDifference(before: readonly string[], after: readonly string[]): string | undefined {
  const length = Math.max(before.length, after.length)
  for (let index = 0; index < length; index += 1) {
    if (before[index] !== after[index]) return `${before[index] ?? '(nothing)'} → ${after[index] ?? '(nothing)'}`
  }
  return undefined
}

/** Every object reachable from `root` (opaque and library-made ones included, not walked). */
export function reachableObjects(root: unknown, stopAt: Opaque): Set<object> {
  const found = new Set<object>()
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || found.has(value)) continue
    found.add(value)
    if (typeof value === 'function' || stopAt(value) || isLuxon(value)) continue
    if (Array.isArray(value) && value.length > 10_000) continue
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value)
    }
  }
  return found
}

/**
 * What is wrong with a result: each object reachable from it that is not frozen, or that the caller
 * passed in. Not walked: the package's own objects the caller passed in (`allowed`), luxon values of
 * luxon's classes (immutable), fast-check arbitraries (fast-check's objects), functions (the methods of a
 * calendar or a timeline are closures of their own result).
 */
export function resultProblems(result: unknown, input: ReadonlySet<object>, allowed: Opaque): string[] {
  const problems: string[] = []
  const seen = new Set<object>()
  const stack: [string, unknown][] = [['result', result]]
  while (stack.length > 0 && problems.length < 5) {
    const [path, value] = stack.pop() as [string, unknown]
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (allowed(value)) continue
    if (isLuxon(value)) {
      if (!isPlainLuxon(value) && input.has(value)) problems.push(`${path} is the caller's own ${value.constructor.name}`)
      continue
    }
    if (isArbitrary(value)) continue
    if (input.has(value)) {
      problems.push(`${path} is an object of the caller's input`)
      continue
    }
    if (!Object.isFrozen(value)) problems.push(`${path} is not frozen`)
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor
      if ('value' in descriptor) stack.push([shortPath(`${path}.${keyText(key)}`), descriptor.value])
      else problems.push(`${path}.${keyText(key)} is an accessor`)
    }
  }
  return problems
}

const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
]

/** The own keys of the built-in prototypes a polluting write would reach. */
export function prototypeKeys(): string {
  return PROTOTYPES.map(([name, prototype]) => `${name}: ${Reflect.ownKeys(prototype).map(keyText).sort().join(',')}`).join('\n')
}

/** Whether a fresh object sees an inherited `polluted` (the hostile values' own `__proto__` carries one). */
export function polluted(): boolean {
  return ({} as Record<string, unknown>).polluted !== undefined || Object.hasOwn(Object.prototype, 'polluted')
}

/** Every text an error shows a caller or a log: message, path, messages, details, JSON, String. */
export function errorTexts(error: unknown): string {
  const texts: string[] = []
  const attempt = (read: () => unknown): void => {
    try {
      texts.push(String(read()))
    } catch {
      // An error whose reading throws shows nothing through that reading.
    }
  }
  if (typeof error === 'object' && error !== null) {
    const record = error as Record<string, unknown>
    attempt(() => record.message)
    attempt(() => JSON.stringify(record.path))
    attempt(() => JSON.stringify(record.messages))
    attempt(() => JSON.stringify(record.detail))
    attempt(() => JSON.stringify(record.details))
    attempt(() => record.stack)
  }
  attempt(() => JSON.stringify(error))
  attempt(() => String(error))
  return texts.join('\n')
}

/** A short description of what was thrown, for a failure message. */
export function thrownName(error: unknown): string {
  if (isVnTaskSlaError(error)) return `VnTaskSlaError ${error.code} at ${JSON.stringify(error.path)}`
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 160)}`
  return `a thrown ${typeof error}`
}
