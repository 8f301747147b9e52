import { DateTime } from 'luxon'
import { isCalendarDay, isWorkingCalendar, type Messages, VnTaskSlaError } from '../index.js'

/**
 * The options of the testing kit's arbitraries, read the way the package reads its own: strict (a
 * misspelt option is an error, never a silent default), each option checked, the object read once,
 * `invalid_input` at `['options', key]` otherwise. Checked by hand, not by the package's schemas: the
 * kit imports the main entry only, so that its build carries no second copy of the package.
 */
export type OptionCheck = { readonly accepts: (value: unknown) => boolean; readonly expected: Messages }

/** The wording of the kit's errors: the one home of these messages. */
export const KIT_DETAILS = Object.freeze({
  notAnObject: Object.freeze({ vi: 'tùy chọn phải là một đối tượng', en: 'the options must be an object' }),
  unreadable: Object.freeze({
    vi: 'không đọc được tùy chọn: một thuộc tính hoặc Proxy đã ném lỗi khi được đọc',
    en: 'the options cannot be read: a property or a Proxy threw when it was read',
  }),
  unknownOption: Object.freeze({ vi: 'tùy chọn này không được định nghĩa', en: 'this option is not defined' }),
  noWorkingTime: Object.freeze({
    vi: 'không có thời gian làm việc nào từ from đến to',
    en: 'there is no working time from `from` to `to`',
  }),
  undatedClass: Object.freeze({
    vi: 'nhiệm vụ không có thời hạn thuộc nhóm 6-months-or-more (điểm b khoản 2 Điều 6)',
    en: 'a task without a deadline is in the class 6-months-or-more (Art. 6.2(b))',
  }),
})

const expected = (vi: string, en: string): Messages => Object.freeze({ vi: `phải là ${vi}`, en: `must be ${en}` })

/** The checks the arbitraries' options share. */
export const CHECKS = Object.freeze({
  calendar: Object.freeze({
    accepts: isWorkingCalendar,
    expected: expected(
      'lịch do workingCalendar hoặc vietnamCalendar tạo',
      'a calendar built by workingCalendar or vietnamCalendar',
    ),
  }),
  boolean: Object.freeze({
    accepts: (value: unknown) => typeof value === 'boolean',
    expected: expected('true hoặc false', 'true or false'),
  }),
  /** The kinds of an instant; what it says is the calendar's to check (`calendar.millis.of`). */
  instant: Object.freeze({
    accepts: (value: unknown) =>
      typeof value === 'string' || typeof value === 'number' || value instanceof Date || DateTime.isDateTime(value),
    expected: expected(
      'một thời điểm (chuỗi ISO 8601, DateTime, Date hoặc số mili giây)',
      'an instant (an ISO 8601 string, a DateTime, a Date or epoch milliseconds)',
    ),
  }),
  instantOrDay: Object.freeze({
    accepts: (value: unknown) =>
      typeof value === 'string' ||
      typeof value === 'number' ||
      value instanceof Date ||
      DateTime.isDateTime(value) ||
      isCalendarDay(value),
    expected: expected('một thời điểm hoặc một ngày YYYY-MM-DD', 'an instant or a YYYY-MM-DD day'),
  }),
  oneOf: (values: readonly string[]): OptionCheck =>
    Object.freeze({
      accepts: (value: unknown) => values.includes(value as string),
      expected: expected(`một trong: ${values.join(', ')}`, `one of: ${values.join(', ')}`),
    }),
  wholeBetween: (min: number, max: number): OptionCheck =>
    Object.freeze({
      accepts: (value: unknown) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
      expected: expected(`số nguyên từ ${min} đến ${max}`, `a whole number from ${min} to ${max}`),
    }),
})

/** `options` read once against `checks`: a frozen copy of its own keys, or `invalid_input`. */
export function readKitOptions<Options>(options: unknown, checks: Readonly<Record<string, OptionCheck>>): Options {
  if (options === undefined) return Object.freeze({}) as Options
  let entries: [string, unknown][]
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new VnTaskSlaError('invalid_input', KIT_DETAILS.notAnObject, ['options'])
    }
    entries = Object.keys(options).map((key) => [key, (options as Record<string, unknown>)[key]])
  } catch (error) {
    if (error instanceof VnTaskSlaError) throw error
    throw new VnTaskSlaError('invalid_input', KIT_DETAILS.unreadable, ['options'])
  }
  for (const [key, value] of entries) {
    const check = Object.hasOwn(checks, key) ? checks[key] : undefined
    if (check === undefined) throw new VnTaskSlaError('invalid_input', KIT_DETAILS.unknownOption, ['options', key])
    if (value !== undefined && !accepts(check, value)) throw new VnTaskSlaError('invalid_input', check.expected, ['options', key])
  }
  return Object.freeze(Object.fromEntries(entries)) as Options
}

/** A check is total: a value whose Proxy traps throw is simply not accepted. */
function accepts(check: OptionCheck, value: unknown): boolean {
  try {
    return check.accepts(value)
  } catch {
    return false
  }
}

/** Runs `read` (a calendar reading an option), reporting its package error at `['options', key]`. */
export function optionAt<T>(key: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw error instanceof VnTaskSlaError ? error.at(['options', key]) : error
  }
}
