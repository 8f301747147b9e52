import * as z from 'zod/mini'
import { type ErrorPath, VnTaskSlaError } from '../core/errors.js'
import { fieldOf, frozenCopyOf } from '../core/freeze.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { errorsOf } from '../core/validation.js'
import { AssignmentDocumentJson } from '../json-schemas/inputs.js'
import { type AssignmentDocument, AssignmentDocumentSchema } from '../masking/assignment-document.js'
import {
  bindDefaults,
  CalendarOption,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../rules/context.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { SECRECY_LEVELS } from '../task/task-input.js'
import { readRows, UNREADABLE_ROW } from './batch-rows.js'
import { IntakeIssue, issueOf, onePerPath } from './intake-issue.js'
import { isObject, knownTaskFields, pick, taskProblems } from './task-problems.js'

/** The options of `validateDocuments`. */
export const ValidateDocumentsOptions = z.strictObject({
  /** Default `vietnamCalendar()`: the instants of the tasks are read in its zone, within its range. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its schedule says how a deadline written as a day is read (B14) and whether `issuedAt` is needed (B3). */
  regulation: z.optional(RegulationOption),
})
export type ValidateDocumentsOptions = z.input<typeof ValidateDocumentsOptions>

/** What `validateDocuments` returns: the documents `maskForSystem` takes, and the problems of the others. */
export const ValidatedDocuments = z.readonly(
  z.strictObject({
    /** The documents without a problem, in their order, with the fields the package defines only. */
    documents: z.readonly(z.array(AssignmentDocumentJson)),
    /** Every problem of every other document, by document, then in the order the checks find them. */
    issues: z.readonly(z.array(IntakeIssue)),
  }),
)
export type ValidatedDocuments = {
  readonly documents: readonly AssignmentDocument[]
  readonly issues: readonly IntakeIssue[]
}

const readOptions = readerOf(ValidateDocumentsOptions)
const Secrecy = z.enum(SECRECY_LEVELS)
const SpecialSecrecy = z.optional(z.boolean())
const DOCUMENT_KEYS = Object.freeze(Object.keys(AssignmentDocumentSchema.shape))
const TASK_TEXT_KEYS = Object.freeze(Object.keys(AssignmentDocumentSchema.shape.tasks.def.innerType.def.element.shape))

/** `validateDocuments` with its defaults given first: the entries bind them (`bindDefaults`). */
export function validateDocumentsIn(
  defaults: RuleDefaults,
  documents: readonly unknown[],
  options: ValidateDocumentsOptions = {},
): ValidatedDocuments {
  const context = contextOf(defaults, readOptions(options, ['options']))
  const batch = readRows(documents, ['documents'])
  const valid: unknown[] = []
  const issues: IntakeIssue[] = []
  for (let index = 0; index < batch.length; index += 1) {
    const checked = checkDocument(batch[index], context)
    if (checked.problems.length === 0) valid.push(frozenCopyOf(checked.known))
    else for (const problem of checked.problems) issues.push(issueOf(index, checked.id, problem))
  }
  return Object.freeze({ documents: Object.freeze(valid), issues: frozenCopyOf(issues) }) as ValidatedDocuments
}

/**
 * Checks a batch of assigning documents before `maskForSystem`, and never throws on their content:
 * the documents it takes, and every problem of the others, each as an `IntakeIssue` (the document's
 * `index`, its `id`, the `path` inside it, the `code`, the `messages`).
 *
 * The checks are `maskForSystem`'s, in its order. A top-secret document (Art. 5.3) gets one issue,
 * `top_secret_refused` at `secrecy`, having had no property read but `secrecy`; a document with a
 * special secrecy requirement (Art. 3.1, B17) one issue, `special_secrecy_refused` at `specialSecrecy`,
 * having had `secrecy` and `specialSecrecy` read, nothing else. A task declaring `top-secret`, or
 * marked `specialSecrecy: true`, refuses its document the same way, in one issue. A document whose
 * `secrecy` or `specialSecrecy` cannot be read is not read further either: it may be one of those.
 * Then every issue of the document's own fields, and every problem of each task, as `validateTasks`
 * finds them, at `['tasks', index, …]`.
 *
 * A document's `id` in its issues is its number and symbol (`'155-KL/TW'`) for a document that is
 * not secret (Thường, its tasks too), with both; null otherwise. An issue is read where a record is
 * not (a log, a form), so even what the secure partition holds of a confidential or secret document
 * (Art. 5.2) stays out of it. Keys the package does not define are dropped, never reported,
 * as `maskForSystem` drops them: an issue never names what a secret document carries. The returned
 * documents are frozen copies with the package's fields only; the input is never changed. Throws only
 * for the call itself: its options (read first), or `documents` that is not an array (`invalid_input`
 * at `documents`). The result is deeply frozen.
 *
 * @example
 * const document = { secrecy: 'normal', title: 'Kết luận', number: '155', symbol: 'KL/TW', issuedOn: '2025-05-16',
 *   signer: 'T.M. Bộ Chính trị', submittingAgency: 'Văn phòng Trung ương Đảng', assignees: ['Ban Tổ chức Trung ương'],
 *   monitoringAgencies: ['Văn phòng Trung ương Đảng'],
 *   tasks: [{ id: '1', content: '…', transferredAt: '2025-05-19T09:00', deadline: '2025-05-01' }] }
 * const { documents, issues } = validateDocuments([document, { ...document, secrecy: 'top-secret' }])
 * documents //=> []
 * issues.map((issue) => [issue.index, issue.id, issue.code, issue.path.join('.')])
 * //=> [[0, '155-KL/TW', 'invalid_input', 'tasks.0.deadline'], [1, null, 'top_secret_refused', 'secrecy']]
 */
export const validateDocuments = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, validateDocumentsIn)

type Checked = {
  readonly id: string | null
  readonly problems: readonly VnTaskSlaError[]
  /** The document with the package's fields only, when it has no problem. */
  readonly known: unknown
}

function checkDocument(row: unknown, context: RuleContext): Checked {
  try {
    return checkReadable(row, context)
  } catch (error) {
    // What cannot be read (a getter, a Proxy) is the document's problem; the error names no key of it.
    if (error instanceof VnTaskSlaError) return refused(error)
    throw error
  }
}

function checkReadable(document: unknown, context: RuleContext): Checked {
  if (document === UNREADABLE_ROW) return refused(new VnTaskSlaError('invalid_input', DETAILS.unreadableValue, []))
  if (!isObject(document)) return refused(new VnTaskSlaError('invalid_input', DETAILS.notAnObject, []))
  // Art. 5.3, then Art. 3.1, read as maskForSystem reads them: one property each, before anything else.
  const secrecy = fieldOf(document, 'secrecy', ['secrecy'])
  const badSecrecy = errorsOf(Secrecy, secrecy, 'invalid_input', ['secrecy'])
  if (badSecrecy.length > 0) return refused(...badSecrecy)
  if (secrecy === 'top-secret') return refused(topSecret())
  const special = fieldOf(document, 'specialSecrecy', ['specialSecrecy'])
  const badSpecial = errorsOf(SpecialSecrecy, special, 'invalid_input', ['specialSecrecy'])
  if (badSpecial.length > 0) return refused(...badSpecial)
  if (special === true) return refused(specialSecrecy(['specialSecrecy']))
  // One snapshot, read once, with the two levels as first read.
  const snapshot: Record<string, unknown> = {
    ...frozenCopyOf(document, { keysInPath: false }),
    secrecy,
    specialSecrecy: special,
  }
  if (special === undefined) delete snapshot.specialSecrecy
  const tasks = Array.isArray(snapshot.tasks) ? (snapshot.tasks as readonly unknown[]) : []
  // A task raises its document to its own level: top secret refuses the whole document, as does a task marked special.
  if (tasks.some((task) => isObject(task) && task.secrecy === 'top-secret')) return refused(topSecret())
  const marked = tasks.findIndex((task) => isObject(task) && task.specialSecrecy === true)
  if (marked >= 0) return refused(specialSecrecy(['tasks', marked, 'specialSecrecy']))

  // Issues are read where records are not (a log, a form): a secret document's number and symbol stay in the secure partition.
  const open =
    secrecy === 'normal' && tasks.every((task) => !isObject(task) || task.secrecy === undefined || task.secrecy === 'normal')
  const id = open ? idOf(snapshot) : null
  const problems = [...errorsOf(AssignmentDocumentSchema, snapshot, 'invalid_input', [])]
  const { calendar, regulation } = context
  tasks.forEach((task, index) => {
    if (isObject(task)) problems.push(...taskProblems(knownTaskFields(task), calendar, regulation.schedule, ['tasks', index]))
  })
  if (problems.length > 0) return { id, problems: onePerPath(problems), known: undefined }
  const known = pick(snapshot, DOCUMENT_KEYS)
  known.tasks = tasks.map((task) => {
    const fields = task as Readonly<Record<string, unknown>>
    return { ...knownTaskFields(fields), ...pick(fields, TASK_TEXT_KEYS) }
  })
  return { id, problems: [], known }
}

/** A document that is read no further: no id, only these problems. */
function refused(...problems: VnTaskSlaError[]): Checked {
  return { id: null, problems, known: undefined }
}

function topSecret(): VnTaskSlaError {
  return new VnTaskSlaError('top_secret_refused', DETAILS.topSecretRefused, ['secrecy'])
}

function specialSecrecy(path: ErrorPath): VnTaskSlaError {
  return new VnTaskSlaError('special_secrecy_refused', DETAILS.specialSecrecyRefused, path)
}

/** The document's number and symbol, as it is cited (`155-KL/TW`), when both are non-empty strings. */
function idOf(document: Readonly<Record<string, unknown>>): string | null {
  const { number, symbol } = document
  return typeof number === 'string' && number.length > 0 && typeof symbol === 'string' && symbol.length > 0
    ? `${number}-${symbol}`
    : null
}
