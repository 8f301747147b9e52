import type * as z from 'zod/mini'
import { type ErrorCode, type ErrorPath, VnTaskSlaError } from './errors.js'
import { DETAILS, type Messages } from './messages.js'

type DetailKey = keyof typeof DETAILS
type Issue = z.core.$ZodIssue

function isDetailKey(message: string): message is DetailKey {
  return Object.hasOwn(DETAILS, message)
}

/**
 * Parses `value` with `schema` and throws the package error on failure. Schemas name their own
 * refinements by a key of DETAILS (a refinement's message is that key); every other issue is
 * worded here, in both languages, from its code and the schema's expectation: never from the value.
 * The error map is per parse: zod's global configuration is never touched.
 */
export function parseOrThrow<Schema extends z.core.$ZodType>(
  schema: Schema,
  value: unknown,
  code: ErrorCode,
  basePath: ErrorPath = [],
): z.output<Schema> {
  const result = (schema as unknown as z.ZodMiniType<z.output<Schema>>).safeParse(value, { reportInput: false })
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []
  const path = [...basePath, ...(issue?.path ?? []).map((key) => (typeof key === 'symbol' ? String(key) : key)), ...unknownKey]
  throw new VnTaskSlaError(code, detailOf(issue), path)
}

const TYPE_NAMES: Readonly<Record<string, Messages>> = Object.freeze({
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'mảng', en: 'an array' },
  object: { vi: 'đối tượng', en: 'an object' },
  tuple: { vi: 'mảng hai phần tử', en: 'a pair' },
})

function detailOf(issue: Issue | undefined): Messages {
  if (issue === undefined) return { vi: 'giá trị không hợp lệ', en: 'invalid value' }
  if (isDetailKey(issue.message)) return DETAILS[issue.message]
  switch (issue.code) {
    case 'unrecognized_keys':
      return DETAILS.unknownField
    case 'invalid_type': {
      const name = TYPE_NAMES[issue.expected] ?? { vi: issue.expected, en: issue.expected }
      return { vi: `thiếu hoặc không phải ${name.vi}`, en: `missing, or not ${name.en}` }
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(', ')
      return { vi: `phải là một trong: ${values}`, en: `must be one of: ${values}` }
    }
    case 'too_small':
      return { vi: `nhỏ hơn giới hạn ${String(issue.minimum)}`, en: `below the limit ${String(issue.minimum)}` }
    case 'too_big':
      return { vi: `lớn hơn giới hạn ${String(issue.maximum)}`, en: `above the limit ${String(issue.maximum)}` }
    case 'invalid_format':
      return { vi: 'sai định dạng', en: 'wrong format' }
    case 'invalid_union':
      return { vi: 'không khớp dạng nào được chấp nhận', en: 'matches none of the accepted forms' }
    default:
      return { vi: 'giá trị không hợp lệ', en: 'invalid value' }
  }
}

export function fail(code: ErrorCode, detail: Messages, path: ErrorPath = []): never {
  throw new VnTaskSlaError(code, detail, path)
}
