import * as z from 'zod/mini'
import { frozenCopyOf } from '../core/freeze.js'
import { readerOf } from '../core/reader.js'
import { bindDefaults, CalendarOption, contextOf, RegulationOption, type RuleDefaults } from '../rules/context.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { TaskInput } from '../task/task-input.js'
import { copyOfRow, readRows } from './batch-rows.js'
import { IntakeIssue, issueOf } from './intake-issue.js'
import { isObject, knownTaskFields, taskProblems } from './task-problems.js'

/**
 * What `validateTasks` does with a key `TaskInput` does not define, on a task or on one of its events:
 * `refuse` reports it (`invalid_input` at its path, the key named), as every rule would; `strip` drops
 * it, for rows read from a database that carry columns of their own (`unit_id`, `created_at`).
 */
export const UNKNOWN_KEY_POLICIES = Object.freeze(['refuse', 'strip'] as const)
export type UnknownKeyPolicy = (typeof UNKNOWN_KEY_POLICIES)[number]

/** The options of `validateTasks`. */
export const ValidateTasksOptions = z.strictObject({
  /** Default `vietnamCalendar()`: the instants of the tasks are read in its zone, within its range. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its schedule says how a deadline written as a day is read (B14) and whether `issuedAt` is needed (B3). */
  regulation: z.optional(RegulationOption),
  /** Default `'refuse'`. */
  unknownKeys: z.optional(z.enum(UNKNOWN_KEY_POLICIES)),
})
export type ValidateTasksOptions = z.input<typeof ValidateTasksOptions>

/** What `validateTasks` returns: the tasks every rule takes, and the problems of the others. */
export const ValidatedTasks = z.readonly(
  z.strictObject({
    /** The rows without a problem, in their order (stripped copies under `unknownKeys: 'strip'`). */
    tasks: z.readonly(z.array(TaskInput)),
    /** Every problem of every other row, by row, then in the order the checks find them. */
    issues: z.readonly(z.array(IntakeIssue)),
  }),
)
export type ValidatedTasks = {
  readonly tasks: readonly TaskInput[]
  readonly issues: readonly IntakeIssue[]
}

const readOptions = readerOf(ValidateTasksOptions)

/** `validateTasks` with its defaults given first: the entries bind them (`bindDefaults`). */
export function validateTasksIn(
  defaults: RuleDefaults,
  rows: readonly unknown[],
  options: ValidateTasksOptions = {},
): ValidatedTasks {
  const read = readOptions(options, ['options'])
  const { calendar, regulation } = contextOf(defaults, read)
  const batch = readRows(rows, ['rows'])
  const strip = read.unknownKeys === 'strip'
  const tasks: unknown[] = []
  const issues: IntakeIssue[] = []
  for (let index = 0; index < batch.length; index += 1) {
    const { value: row, problem } = copyOfRow(batch[index])
    if (problem !== undefined) {
      issues.push(issueOf(index, null, problem))
      continue
    }
    const task = strip && isObject(row) ? knownTaskFields(row) : row
    const problems = taskProblems(task, calendar, regulation.schedule, [])
    if (problems.length === 0) tasks.push(frozenCopyOf(task))
    else {
      const id = idOf(task)
      for (const problem of problems) issues.push(issueOf(index, id, problem))
    }
  }
  return Object.freeze({ tasks: Object.freeze(tasks), issues: frozenCopyOf(issues) }) as ValidatedTasks
}

/**
 * Checks a batch of tasks as a form or an import receives them, and never throws on their content:
 * the tasks that every rule takes, and every problem of the others. Each issue is what the error of a
 * single call would say, as data: the row's `index`, its `id` (null when it is not a non-empty
 * string), the `path` inside the row (`['events', 2, 'at']`), the `code` and the `messages` in
 * Vietnamese and English, which never hold a value of the row.
 *
 * The checks are the rules' own: every issue of the `TaskInput` schema, then those of `parseTask`,
 * with the instants read in the calendar's zone (a deadline before the transfer, an extension
 * without its deadline, an `outcome` or a `to` on the wrong event, a re-assignment before the
 * transfer, after the end or past the deadline in force, B18). A row's own fields and each of its
 * events are checked apart, so that each problem is listed; the rules that compare events (the
 * re-assignments after the end or past the deadline) are checked once each event passes alone.
 *
 * `unknownKeys: 'strip'` drops the keys `TaskInput` does not define, on the row and on its events,
 * instead of reporting them: the returned tasks are the stripped copies. The rows are never changed:
 * `tasks` holds frozen copies, equal to the rows (luxon DateTimes shared, Dates copied). Throws only
 * for the call itself: its options (read first), or `rows` that is not an array
 * (`invalid_input` at `rows`). The result is deeply frozen.
 *
 * @example
 * const { tasks, issues } = validateTasks([
 *   { id: 'kl155-1', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' },
 *   { id: 'kl155-2', transferredAt: '2025-05-19T09:00', deadline: '2025-05-01', unit_id: 7 },
 * ])
 * tasks.map((task) => task.id) //=> ['kl155-1']
 * issues.map((issue) => [issue.index, issue.id, issue.path.join('.')])
 * //=> [[1, 'kl155-2', 'unit_id'], [1, 'kl155-2', 'deadline']]
 */
export const validateTasks = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, validateTasksIn)

function idOf(row: unknown): string | null {
  if (!isObject(row)) return null
  const id: unknown = row.id
  return typeof id === 'string' && id.length > 0 ? id : null
}
