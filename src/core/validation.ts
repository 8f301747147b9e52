import type { z } from 'zod'
import { type ErrorCode, type ErrorPath, VnTaskSlaError } from './errors.js'
import { DETAILS, type Messages } from './messages.js'

type DetailKey = keyof typeof DETAILS

function isDetailKey(message: string): message is DetailKey {
  return Object.hasOwn(DETAILS, message)
}

/**
 * Parses `value` with `schema` and throws the package error on failure. Schemas name their own
 * refinements by a key of DETAILS (the message of a refinement is that key); any other zod issue
 * is reported with zod's own wording, which states the expectation and never the value.
 * The error map is per parse: zod's global configuration is never touched.
 */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  code: ErrorCode,
  basePath: ErrorPath = [],
): z.output<Schema> {
  const result = schema.safeParse(value, { reportInput: false })
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []
  const path = [...basePath, ...(issue?.path ?? []).map((key) => (typeof key === 'symbol' ? String(key) : key)), ...unknownKey]
  throw new VnTaskSlaError(code, detailOf(issue), path)
}

function detailOf(issue: z.core.$ZodIssue | undefined): Messages {
  if (issue === undefined) return { vi: 'giá trị không hợp lệ', en: 'invalid value' }
  if (isDetailKey(issue.message)) return DETAILS[issue.message]
  if (issue.code === 'unrecognized_keys') return DETAILS.unknownField
  return { vi: `giá trị không hợp lệ (${issue.code})`, en: issue.message }
}

export function fail(code: ErrorCode, detail: Messages, path: ErrorPath = []): never {
  throw new VnTaskSlaError(code, detail, path)
}
