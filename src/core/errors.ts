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
 * The brand every VnTaskSlaError carries, from the global symbol registry: the same key in every copy
 * of the package loaded in one process (its CommonJS and ESM builds side by side, or two installed
 * versions), where each copy has its own class and `instanceof` alone would answer false.
 */
const BRAND: unique symbol = Symbol.for('vn-task-sla.error')

/**
 * The one error class of the package. Misuse and invalid input throw it; expected domain
 * outcomes are values, never errors.
 *
 * `message` holds the English text then the Vietnamese text; `messages` holds both apart.
 * Neither ever contains an input value.
 *
 * An error from any copy of the package passes `isVnTaskSlaError` and `instanceof VnTaskSlaError`
 * of any other copy: both read a brand, not the class's identity.
 *
 * @example
 * try { cal.isWorkingDay('2025-02-30') } catch (e) {
 *   if (e instanceof VnTaskSlaError) e.code //=> 'invalid_input'
 * }
 */
export class VnTaskSlaError extends Error {
  /** `instanceof VnTaskSlaError` reads the brand, so that it holds across copies of the package; a subclass keeps the usual test. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, maybe a subclass
    return this === VnTaskSlaError ? isVnTaskSlaError(value) : Function.prototype[Symbol.hasInstance].call(this, value)
  }

  /** The brand, on the prototype (not enumerable, so never serialised). */
  get [BRAND](): true {
    return true
  }

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

/**
 * Whether `value` is an error of vn-task-sla, from this copy of the package or from any other loaded
 * in the same process (the CommonJS build checked by the ESM build, and back).
 *
 * @example
 * try { cal.addWorkingDays('2025-06-30T08:00', 1.5) } catch (e) {
 *   if (isVnTaskSlaError(e)) e.code //=> 'invalid_input'
 * }
 */
export function isVnTaskSlaError(value: unknown): value is VnTaskSlaError {
  if (typeof value !== 'object' || value === null) return false
  try {
    return (value as { readonly [BRAND]?: unknown })[BRAND] === true
  } catch {
    // A Proxy whose traps throw is no error of the package: the test never throws itself.
    return false
  }
}
