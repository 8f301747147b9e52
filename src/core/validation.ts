import * as z from 'zod/mini'
import { type ErrorCode, type ErrorPath, VnTaskSlaError } from './errors.js'
import { ForeignInstance, frozenCopyOf } from './freeze.js'
import { DETAILS, ISSUE_DETAILS, type Messages } from './messages.js'

type DetailKey = keyof typeof DETAILS
type Issue = z.core.$ZodIssue

function isDetailKey(message: string): message is DetailKey {
  return Object.hasOwn(DETAILS, message)
}

/**
 * Parses `value` with `schema` and throws the package error on failure. Schemas name their own
 * refinements by a key of DETAILS (a refinement's message is that key); every other issue is
 * worded by ISSUE_DETAILS, in both languages, from its code and the schema's expectation: never
 * from the value. zod's global configuration is never touched.
 *
 * zod reads the boundary copy (`frozenCopyOf`), never the caller's value: what is checked is what is
 * computed, and zod's `readonly` freezes nothing of the caller's, not even a value it refuses.
 */
export function parseOrThrow<Schema extends z.core.$ZodType>(
  schema: Schema,
  value: unknown,
  code: ErrorCode,
  basePath: ErrorPath = [],
): z.output<Schema> {
  return parseCopyOrThrow(schema, frozenCopyOf(value, { code, path: basePath }), code, basePath)
}

/** `parseOrThrow` of a value that is already the boundary copy (a reader copies first, then tries its check). */
export function parseCopyOrThrow<Schema extends z.core.$ZodType>(
  schema: Schema,
  copy: unknown,
  code: ErrorCode,
  basePath: ErrorPath = [],
): z.output<Schema> {
  refuseLongArrays(copy, code, basePath)
  const result = z.safeParse(schema, copy, { reportInput: false })
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw errorOf(issue, issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [], copy, code, basePath)
}

/**
 * Arrays zod may read item by item are this long at most: zod gathers the issues of an array's items
 * with one spread call, which overflows the stack at about 120,000 of them. A valid value never comes
 * here whole (a reader's compiled check accepts it first, at any length); a long one that does is refused.
 */
export const MAX_CHECKED_ITEMS = 50_000

function refuseLongArrays(copy: unknown, code: ErrorCode, basePath: ErrorPath): void {
  const path = longArrayPath(copy, new Set())
  if (path !== undefined) throw new VnTaskSlaError(code, DETAILS.tooManyItemsToCheck, [...basePath, ...path])
}

/**
 * The containers of a boundary copy that zod's objects and arrays read: arrays, plain objects, objects
 * with a null prototype and copies of another class's instances. Instants and durations are not walked.
 */
const WALKED_PROTOTYPES: ReadonlySet<unknown> = new Set([Array.prototype, Object.prototype, null, ForeignInstance.prototype])

/** The path of the first array longer than MAX_CHECKED_ITEMS inside a boundary copy (plain, frozen, maybe cyclic). */
function longArrayPath(value: unknown, seen: Set<object>): (string | number)[] | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value) || !WALKED_PROTOTYPES.has(Object.getPrototypeOf(value)))
    return undefined
  seen.add(value)
  if (Array.isArray(value) && value.length > MAX_CHECKED_ITEMS) return []
  for (const key of Object.keys(value)) {
    const below = longArrayPath((value as Record<string, unknown>)[key], seen)
    if (below !== undefined) return [Array.isArray(value) ? Number(key) : key, ...below]
  }
  return undefined
}

/**
 * Every issue of `value` against `schema`, each as the error `parseOrThrow` would throw for it, in
 * zod's order; an unknown key each on its own, named in its path. Empty when the value is valid.
 * For a caller that reports all the problems of a value rather than the first.
 */
export function errorsOf(schema: z.core.$ZodType, value: unknown, code: ErrorCode, basePath: ErrorPath = []): VnTaskSlaError[] {
  let copy: unknown
  try {
    copy = frozenCopyOf(value, { code, path: basePath })
    refuseLongArrays(copy, code, basePath)
  } catch (error) {
    if (error instanceof VnTaskSlaError) return [error]
    throw error
  }
  const result = z.safeParse(schema, copy, { reportInput: false })
  if (result.success) return []
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => errorOf(issue, [key], copy, code, basePath))
      : [errorOf(issue, [], copy, code, basePath)],
  )
}

function errorOf(
  issue: Issue | undefined,
  unknownKey: readonly string[],
  value: unknown,
  code: ErrorCode,
  basePath: ErrorPath,
): VnTaskSlaError {
  const path = [...basePath, ...(issue?.path ?? []).map((key) => (typeof key === 'symbol' ? String(key) : key)), ...unknownKey]
  return new VnTaskSlaError(code, detailOf(issue, value), path)
}

function detailOf(issue: Issue | undefined, value: unknown): Messages {
  if (issue === undefined) return ISSUE_DETAILS.invalid()
  if (isDetailKey(issue.message)) return DETAILS[issue.message]
  switch (issue.code) {
    case 'unrecognized_keys':
      return DETAILS.unknownField
    case 'invalid_type':
      return ISSUE_DETAILS.invalidType(issue.expected)
    case 'invalid_value':
      return ISSUE_DETAILS.invalidValue(issue.values.map((value) => JSON.stringify(value)).join(', '))
    case 'too_small':
      return ISSUE_DETAILS.tooSmall(String(issue.minimum))
    case 'too_big':
      return ISSUE_DETAILS.tooBig(String(issue.maximum))
    case 'invalid_format':
      return ISSUE_DETAILS.invalidFormat()
    case 'invalid_union':
      // A union says only that no form matched; when nothing was given, "missing" says why.
      return valueAt(value, issue.path) === undefined ? ISSUE_DETAILS.missing() : ISSUE_DETAILS.invalidUnion()
    default:
      return ISSUE_DETAILS.invalid()
  }
}

/** The value at `path` inside `value`, read only to tell "missing" from "wrong": never put in a message. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

export function fail(code: ErrorCode, detail: Messages, path: ErrorPath = []): never {
  throw new VnTaskSlaError(code, detail, path)
}

/** Runs `read`, reporting a package error it throws at `path`: a nested value placed inside its caller's argument. */
export function atPath<T>(path: ErrorPath, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw error instanceof VnTaskSlaError ? error.at(path) : error
  }
}
