import * as z from 'zod/mini'
import { type ErrorCode, type ErrorPath, VnTaskSlaError } from './errors.js'
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
 */
export function parseOrThrow<Schema extends z.core.$ZodType>(
  schema: Schema,
  value: unknown,
  code: ErrorCode,
  basePath: ErrorPath = [],
): z.output<Schema> {
  const result = z.safeParse(schema, value, { reportInput: false })
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw errorOf(issue, issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [], value, code, basePath)
}

/**
 * Every issue of `value` against `schema`, each as the error `parseOrThrow` would throw for it, in
 * zod's order; an unknown key each on its own, named in its path. Empty when the value is valid.
 * For a caller that reports all the problems of a value rather than the first.
 */
export function errorsOf(schema: z.core.$ZodType, value: unknown, code: ErrorCode, basePath: ErrorPath = []): VnTaskSlaError[] {
  const result = z.safeParse(schema, value, { reportInput: false })
  if (result.success) return []
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => errorOf(issue, [key], value, code, basePath))
      : [errorOf(issue, [], value, code, basePath)],
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
