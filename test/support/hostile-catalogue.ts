// The hostile catalogue's engine: the places of a call's arguments, the hostile values each place gets,
// and every check made after each call (test/hostile/catalogue*.test.ts).
import { describe, expect, it } from 'vitest'
import { isVnTaskSlaError } from '../../src/index.js'
import { HOSTILE_VALUES, type HostileValue } from '../hostile/hostile-values.js'
import { isLibraryMade, type PublicCall } from '../hostile/public-calls.js'
import {
  errorTexts,
  firstDifference,
  type Opaque,
  polluted,
  prototypeKeys,
  reachableObjects,
  resultProblems,
  snapshot,
  thrownName,
} from './hostile-checks.js'

/** A call must answer within this, whatever it is given. */
const TIME_LIMIT_MS = 1000

type Path = readonly (string | number)[]

function label(path: Path): string {
  return path.map((key, index) => (index === 0 ? `args[${key}]` : typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')
}

function isPlainData(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || isLibraryMade(value)) return false
  if (Array.isArray(value)) return true
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * The places of a call's valid arguments: each argument, and inside plain data each key of an object and
 * the first element of an array, down to an event's keys; each key an options schema knows, present or
 * not; and, for a call that takes nothing, an argument it must ignore.
 */
function placesOf(call: PublicCall): Path[] {
  const places = placesOfValidArguments(call)
  const seen = new Set(places.map((path) => JSON.stringify(path)))
  const add = (path: Path): void => {
    if (!seen.has(JSON.stringify(path))) {
      seen.add(JSON.stringify(path))
      places.push(path)
    }
  }
  if (call.options !== undefined) {
    for (const key of Object.keys(call.options.schema.shape)) add([call.options.index, key])
  }
  if (call.args().length === 0) add([0])
  return places
}

/** Each argument, and inside plain data each key of an object and the first element of an array. */
function placesOfValidArguments(call: PublicCall): Path[] {
  const places: Path[] = []
  const walk = (value: unknown, path: Path): void => {
    places.push(path)
    if (!isPlainData(value) || path.length > 6) return
    if (Array.isArray(value)) {
      if (value.length > 0) walk(value[0], [...path, 0])
      return
    }
    for (const key of Object.keys(value)) walk(value[key], [...path, key])
  }
  call.args().forEach((value, index) => {
    walk(value, [index])
  })
  return places
}

/**
 * Which hostile values go where. Every value at the primary places: each argument, and each key and first
 * element of an argument (an option, a task's field, a list's first item). The heavy values only at the
 * first argument and the options object, and 130,000 null events in the first task, so that each call
 * meets each heavy value once or twice. The representative values (one of each kind) at the secondary places: an option
 * the valid call leaves out, data three levels down (an event's keys), and every place of the core
 * entry's copy of an operation, which runs the same code with another default (and meets no heavy value:
 * the main entry's operation does).
 */
function valuesFor(call: PublicCall, places: readonly Path[]): (path: Path) => readonly HostileValue[] {
  const copy = call.name.startsWith('vn-task-sla/core ›')
  const heavy = new Set<string>(copy ? [] : [JSON.stringify([0])])
  if (call.options !== undefined && !copy) heavy.add(JSON.stringify([call.options.index]))
  const events = JSON.stringify(places.find((path) => path[path.length - 1] === 'events'))
  const present = new Set(placesOfValidArguments(call).map((path) => JSON.stringify(path)))
  return (path) => {
    const place = JSON.stringify(path)
    const primary = present.has(place) && path.length <= 2 && !(copy && path.length > 1)
    return HOSTILE_VALUES.filter((hostile) => {
      if (hostile.heavy === true) return heavy.has(place) || (hostile.name === '130,000 nulls' && place === events && !copy)
      return primary || hostile.representative === true
    })
  }
}

function setAt(args: unknown[], path: Path, value: unknown): void {
  let parent: unknown = args
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key]
  ;(parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value
}

/** What went wrong when `hostile` stood at `path` of `call`'s arguments; empty when nothing did. */
export function problemsOf(call: PublicCall, path: Path | undefined, hostile: HostileValue | undefined): string[] {
  const args = call.args()
  const value = hostile?.make()
  if (path !== undefined) setAt(args, path, value)
  const opaqueValue = hostile?.opaque === true ? (value as object) : undefined
  const opaque: Opaque = (object) => object === opaqueValue || isLibraryMade(object)
  const before = snapshot(args, opaque)
  const input = reachableObjects(args, opaque)
  for (const object of [...input]) if (isLibraryMade(object)) input.delete(object)
  const prototypesBefore = prototypeKeys()
  const problems: string[] = []

  let result: unknown
  let thrown: unknown
  let threw = false
  const start = performance.now()
  try {
    result = call.fn(...args)
  } catch (error) {
    threw = true
    thrown = error
  }
  const elapsed = performance.now() - start

  if (threw && !isVnTaskSlaError(thrown)) problems.push(`threw ${thrownName(thrown)}`)
  if (elapsed > TIME_LIMIT_MS) problems.push(`took ${Math.round(elapsed)} ms`)
  const difference = firstDifference(before, snapshot(args, opaque))
  if (difference !== undefined) problems.push(`changed its input: ${difference}`)
  if (!threw) problems.push(...resultProblems(result, input, (object) => isLibraryMade(object)))
  if (prototypeKeys() !== prototypesBefore) problems.push('added a key to a built-in prototype')
  if (polluted()) problems.push('polluted Object.prototype')
  if (threw && call.secret !== undefined && errorTexts(thrown).includes(call.secret)) {
    problems.push(`put the secret in its error: ${thrownName(thrown)}`)
  }
  return problems
}

/** One test per place of each call, listing every hostile value that broke it and how. */
export function describeCatalogue(calls: readonly PublicCall[]): void {
  describe.each(calls.map((call) => [call.name, call] as const))('%s', (_, call) => {
    const places = placesOf(call)
    const valuesAt = valuesFor(call, places)
    it.each(places.map((path) => [label(path), path] as const))('with a hostile value at %s', (_, path) => {
      const values = valuesAt(path)
      const failures = values.flatMap((hostile) =>
        problemsOf(call, path, hostile).map((problem) => `${hostile.name}: ${problem}`),
      )
      expect(failures, failures.join('\n')).toEqual([])
    })
  })
}
