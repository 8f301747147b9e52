import { MESSAGES, type Messages } from './messages.js'

/** The stable error codes, in the order they were introduced. Codes never change meaning. */
export const ERROR_CODES = Object.freeze([
  'invalid_input',
  'invalid_calendar',
  'outside_calendar_range',
  'top_secret_refused',
  'special_secrecy_refused',
] as const)
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The path of the offending field inside the argument that was rejected, as zod reports it. */
export type ErrorPath = readonly (string | number)[]

/**
 * The one error class of the package. Misuse and invalid input throw it; expected domain
 * outcomes are values, never errors.
 *
 * `message` holds the English text then the Vietnamese text; `messages` holds both apart.
 * Neither ever contains an input value.
 *
 * @example
 * try { cal.isWorkingDay('2025-02-30') } catch (e) {
 *   if (e instanceof VnTaskSlaError) e.code //=> 'invalid_input'
 * }
 */
export class VnTaskSlaError extends Error {
  readonly code: ErrorCode
  readonly path: ErrorPath
  readonly messages: Messages
  /** The rule that was broken, without the code's heading; `at` reuses it. */
  readonly detail: Messages

  constructor(code: ErrorCode, detail: Messages, path: ErrorPath = []) {
    const messages = MESSAGES[code](detail)
    const where = path.length > 0 ? ` (${path.join('.')})` : ''
    super(`${messages.en}${where} — ${messages.vi}${where}`)
    this.name = 'VnTaskSlaError'
    this.code = code
    this.path = Object.freeze([...path])
    this.messages = Object.freeze({ ...messages })
    this.detail = Object.freeze({ vi: detail.vi, en: detail.en })
  }

  /** The same error, reported at another path: a nested call's error placed inside its caller's argument. */
  at(path: ErrorPath): VnTaskSlaError {
    return new VnTaskSlaError(this.code, this.detail, path)
  }
}

export function isVnTaskSlaError(value: unknown): value is VnTaskSlaError {
  return value instanceof VnTaskSlaError
}
