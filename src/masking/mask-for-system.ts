import * as z from 'zod/mini'
import { Citation } from '../core/citation.js'
import { type ErrorPath, VnTaskSlaError } from '../core/errors.js'
import { deepFreeze, fieldOf, frozenCopyOf } from '../core/freeze.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { fail, parseOrThrow } from '../core/validation.js'
import { DATE_DEADLINE_READINGS } from '../regulation/readings.js'
import { type CompletionClassificationMillis, classificationOf } from '../rules/art04-status/classify-completion.js'
import {
  bindDefaults,
  CalendarOption,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../rules/context.js'
import { instantOption } from '../rules/instant-options.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { parseTask } from '../task/task-facts.js'
import { InstantInput, SECRECY_LEVELS, type SecrecyLevel, TASK_EVENT_KEYS, TASK_INPUT_KEYS } from '../task/task-input.js'
import { type AssignmentDocument, AssignmentDocumentSchema } from './assignment-document.js'
import { type RecordField, SECRECY_FIELD_TABLE } from './field-table.js'
import { SecureRecord, StandardRecord } from './masked-record.js'
import { resultOf } from './task-result-of.js'

export { TaskResultOfOptions, taskResultOf } from './task-result-of.js'

/** The options of `maskForSystem`. */
export const MaskForSystemOptions = z.strictObject({
  /** The instant the record describes (Art. 2.4): task statuses and results are as of it. */
  asOf: InstantInput,
  /** Default `vietnamCalendar()`: its zone writes the deadlines. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its reading of B14 is the default of `dateDeadlines`. */
  regulation: z.optional(RegulationOption),
  /** The keys of `other` (5.1(k), 5.2(i)) that may reach the record; none by default. */
  allowOther: z.optional(z.readonly(z.array(z.string().check(z.minLength(1))))),
  /** B14: how a deadline written as a day is read. */
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
})
export type MaskForSystemOptions = z.input<typeof MaskForSystemOptions>

/** What may go on the tracking system for a document, and where. */
export const MaskedDocument = z.union([
  z.readonly(
    z.strictObject({
      partition: z.literal('standard'),
      secrecy: z.literal('normal'),
      record: StandardRecord,
      citation: Citation,
    }),
  ),
  z.readonly(
    z.strictObject({
      partition: z.literal('secure'),
      secrecy: z.enum(['confidential', 'secret']),
      record: SecureRecord,
      citation: Citation,
    }),
  ),
])
export type MaskedDocument = z.output<typeof MaskedDocument>

const SpecialSecrecy = z.optional(z.boolean())

const readOptions = readerOf(MaskForSystemOptions)

/** JSON nesting deeper than this is refused: it is no document's "other information", and it stops cycles. */
const MAX_JSON_DEPTH = 32
/** Nor is a value of more than this many parts, counted across every allowed key of `other`. */
const MAX_JSON_VALUES = 100_000

/** `maskForSystem` with its defaults given first: the entries bind them (`bindDefaults`). */
export function maskForSystemIn(
  defaults: RuleDefaults,
  document: AssignmentDocument,
  options: MaskForSystemOptions,
): MaskedDocument {
  // Art. 5.3 comes first: `secrecy` is the one property read before a top-secret document is refused;
  // Art. 3.1 next: `specialSecrecy` is the second, and the last before a document marked so is refused.
  const declared = secrecyOf(document)
  if (declared === 'top-secret') refuseTopSecret()
  const special = specialSecrecyOf(document)
  if (special === true) refuseSpecialSecrecy(['document', 'specialSecrecy'])
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  // Read before any task: a bad asOf is the caller's error whatever the document holds.
  const asOf = instantOption(calendar, read.asOf, ['options', 'asOf'])
  // One snapshot, read once: what is checked is what is projected, whatever the object does on a second read.
  // Its keys are the caller's words: an error of a value that cannot be read names the document only.
  const snapshot = {
    ...frozenCopyOf(document as object, { path: ['document'], keysInPath: false }),
    secrecy: declared,
    specialSecrecy: special,
  }
  const parsed = parseOrThrow(AssignmentDocumentSchema, snapshot, 'invalid_input', ['document'])
  const secrecy = parsed.tasks.reduce<SecrecyLevel>((level, task) => stricter(level, task.secrecy), declared)
  if (secrecy === 'top-secret') refuseTopSecret()
  // Like the document's own fields: top secret first, then the first task marked special.
  const marked = parsed.tasks.findIndex((task) => task.specialSecrecy === true)
  if (marked >= 0) refuseSpecialSecrecy(['document', 'tasks', marked, 'specialSecrecy'])
  const rule = SECRECY_FIELD_TABLE[secrecy]

  const tasks = parsed.tasks.map((task, index) => {
    const status = statusOf(task, index, asOf, context)
    const derived: Readonly<Record<string, () => unknown>> = {
      deadline: () => (status.deadline === null ? null : calendar.toDateTime(status.deadline).toISO()),
      status: () => status.status,
      // B8: a closure fixes the class, but the result says overdue only once the deadline in force has passed.
      result: () => resultOf(status.status, status.deadline !== null && asOf > status.deadline),
    }
    return project(rule.fields, 'task', task, derived)
  })
  const derived: Readonly<Record<string, () => unknown>> = {
    mustBeDigitallySigned: () => true,
    taskCount: () => parsed.tasks.length,
    other: () => otherOf(parsed.other ?? {}, read.allowOther ?? []),
  }
  // Tasks sit where the regulation lists them, before the other information that closes each list.
  const { other, ...documentFields } = project(rule.fields, 'document', parsed, derived)
  const record = { ...documentFields, tasks, other }
  // The table, not the type checker, decides the fields; the record schemas are held to it by tests.
  return deepFreeze({ partition: rule.partition, secrecy, record, citation: rule.citation }) as unknown as MaskedDocument
}

/**
 * The record Art. 5 allows on the tracking system for an assigning document, built from a
 * whitelist (`SECRECY_FIELD_TABLE`) and nothing else:
 * - `normal` (Thường): the standard partition, the fields of 5.1(a)–(k);
 * - `confidential`, `secret` (Mật, Tối mật): the secure partition (5.2), the fields of 5.2(a)–(i):
 *   no abstract, the number of tasks instead of their content, each task's deadline, its result as
 *   `'done' | 'not-done-within-deadline' | 'not-done-overdue'` only (from `classifyCompletion` as of
 *   `asOf`), and its evaluation;
 * - `top-secret` (Tuyệt mật): nothing (5.3). The call throws `top_secret_refused` having read no
 *   property of the document but `secrecy`, and the error carries nothing from it;
 * - `specialSecrecy: true` (Art. 3.1, "có yêu cầu bảo mật riêng", B17): nothing either. The call
 *   throws `special_secrecy_refused` having read `secrecy`, then `specialSecrecy`, and nothing else.
 * A task that declares a stricter secrecy than its document raises the whole document to it; a task
 * with `specialSecrecy: true` refuses it, at that task's path. A task closed without completion is
 * `not-done-overdue` only once `asOf` is after its deadline in force (B8). The standard record states
 * that 5.1 requires the document to be digitally signed (`mustBeDigitallySigned: true`). Keys of
 * `other` reach the record only when `allowOther` names them, with JSON values. Errors name the path
 * and the rule, never a value. The input is never changed; the result is deeply frozen.
 *
 * @example
 * const masked = maskForSystem({ secrecy: 'secret', title: 'Kết luận', number: '155', symbol: 'KL/TW',
 *   abstract: 'về …', issuedOn: '2025-05-15', signer: 'T.M. Bộ Chính trị', submittingAgency: 'Văn phòng Trung ương Đảng',
 *   assignees: ['Ban Tổ chức Trung ương'], monitoringAgencies: ['Văn phòng Trung ương Đảng'],
 *   tasks: [{ id: '1', content: '…', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' }] },
 *   { asOf: '2025-07-01T09:00' })
 * masked.partition //=> 'secure'
 * masked.record.tasks //=> [{ deadline: '2025-06-30T23:59:59.999+07:00', result: 'not-done-overdue' }]
 */
export const maskForSystem = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, maskForSystemIn)

function refuseTopSecret(): never {
  throw new VnTaskSlaError('top_secret_refused', DETAILS.topSecretRefused, ['document', 'secrecy'])
}

function refuseSpecialSecrecy(path: ErrorPath): never {
  throw new VnTaskSlaError('special_secrecy_refused', DETAILS.specialSecrecyRefused, path)
}

/** Read once, after `secrecy`; a value other than a boolean is refused without being named. */
function specialSecrecyOf(document: unknown): boolean | undefined {
  const special = fieldOf(document as object, 'specialSecrecy', ['document', 'specialSecrecy'])
  return parseOrThrow(SpecialSecrecy, special, 'invalid_input', ['document', 'specialSecrecy'])
}

function secrecyOf(document: unknown): SecrecyLevel {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail('invalid_input', DETAILS.notAnObject, ['document'])
  }
  const secrecy = fieldOf(document, 'secrecy', ['document', 'secrecy'])
  return parseOrThrow(z.enum(SECRECY_LEVELS), secrecy, 'invalid_input', ['document', 'secrecy'])
}

function stricter(level: SecrecyLevel, other: unknown): SecrecyLevel {
  const rank = SECRECY_LEVELS.indexOf(other as SecrecyLevel)
  return rank > SECRECY_LEVELS.indexOf(level) ? (SECRECY_LEVELS[rank] as SecrecyLevel) : level
}

/** The fields of `scope` the rule names, copied from `source` or derived; nothing else. */
function project(
  fields: readonly RecordField[],
  scope: RecordField['scope'],
  source: Readonly<Record<string, unknown>>,
  derived: Readonly<Record<string, () => unknown>>,
): Record<string, unknown> {
  const entries: [string, unknown][] = []
  for (const field of fields) {
    if (field.scope !== scope) continue
    const value = field.source === 'copied' ? copyOf(source[field.field]) : derived[field.field]?.()
    if (value !== undefined) entries.push([field.field, value])
  }
  // fromEntries defines properties: a field named `__proto__` could never reach the prototype.
  return Object.fromEntries(entries)
}

/** Copies of the schema's values (strings and arrays of strings): the record never shares an object with the input. */
function copyOf(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value
}

function statusOf(
  task: Readonly<Record<string, unknown>>,
  index: number,
  asOf: number,
  context: RuleContext,
): CompletionClassificationMillis {
  // Only the fields the rules read, and of each event only its own: a key the document chose never
  // reaches the strict task schema, whose error would name it.
  const input = pick(task, TASK_INPUT_KEYS)
  if (Array.isArray(input.events)) {
    input.events = input.events.map((event: unknown) => (isRecord(event) ? pick(event, TASK_EVENT_KEYS) : event))
  }
  const facts = parseTask(input, context.calendar, context.regulation.schedule, ['document', 'tasks', index])
  return classificationOf(facts, asOf, context)
}

/** 5.1(k), 5.2(i): the allowed keys the document has, in the order `allowOther` names them, as JSON copies. */
function otherOf(other: Readonly<Record<string, unknown>>, allowOther: readonly string[]): Record<string, unknown> {
  const entries: [string, unknown][] = []
  const budget = { left: MAX_JSON_VALUES }
  for (const key of new Set(allowOther)) {
    if (Object.hasOwn(other, key)) entries.push([key, jsonCopyOf(other[key], ['document', 'other', key], 0, budget)])
  }
  return Object.fromEntries(entries)
}

/**
 * A copy of a JSON value; anything else is refused at `path`, the allowed key, never deeper (deeper
 * keys are the document's). `budget` counts the values copied: an object that holds the same array
 * twice at each of 30 levels would otherwise be copied a billion times.
 */
function jsonCopyOf(value: unknown, path: ErrorPath, depth: number, budget = { left: MAX_JSON_VALUES }): unknown {
  budget.left -= 1
  if (depth > MAX_JSON_DEPTH || budget.left < 0) return fail('invalid_input', DETAILS.notAJsonValue, path)
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail('invalid_input', DETAILS.notAJsonValue, path)
  if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype) {
    // Index by index: a hole of a sparse array is no JSON value (map would keep it as a hole).
    return Array.from({ length: value.length }, (_, index) =>
      index in value ? jsonCopyOf(value[index], path, depth + 1, budget) : fail('invalid_input', DETAILS.notAJsonValue, path),
    )
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.keys(value).map((key) => [key, jsonCopyOf((value as Record<string, unknown>)[key], path, depth + 1, budget)]),
    )
  }
  return fail('invalid_input', DETAILS.notAJsonValue, path)
}

/** The named own fields of an object that it has, in a new object. */
function pick(source: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]]))
}

/** An object of data, with or without a prototype: an event whose keys are picked before the strict schema reads it. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}
