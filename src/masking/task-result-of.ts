import * as z from 'zod/mini'
import { parseOrThrow } from '../core/validation.js'
import {
  COMPLETION_STATUSES,
  type CompletionStatus,
  STATUS_TRAITS,
  UNTIMED_COMPLETION_STATUSES,
} from '../rules/art04-status/status-traits.js'
import type { TaskResult } from './masked-record.js'

export const TaskResultOfOptions = z.strictObject({
  /**
   * Whether the deadline in force has passed at the instant the result describes (`asOf` after it).
   * Default `true`, the reading of a status on its own. With `false`, nothing is overdue: a task
   * closed without completion before its deadline is "chưa thực hiện trong hạn" until the deadline
   * passes (B8). `maskForSystem` passes `asOf > deadline in force`.
   */
  deadlinePassed: z.optional(z.boolean()),
})
export type TaskResultOfOptions = z.input<typeof TaskResultOfOptions>

const Status = z.enum([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES])

/**
 * Art. 5.2(g): a task's result on the secure partition, from its status of Art. 4.1(đ): done
 * ("đã thực hiện"); not done, within the deadline ("chưa thực hiện trong hạn"); not done, overdue
 * ("quá hạn"). A task without a deadline (4.1(a)) is never overdue, and one closed without
 * completion is not done.
 *
 * B8 fixes the class of a closed task at its closure, before the deadline too, but nothing says
 * "overdue" before the deadline in force has passed: with `deadlinePassed: false`, the classes that
 * say overdue (`implemented-not-completed`, `not-implemented-overdue`, and `in-progress-late`, which
 * the `behind-update-schedule` reading gives before the deadline) are `not-done-within-deadline`.
 * A value that is not a status is `invalid_input` at `status`.
 *
 * @example
 * taskResultOf('completed-late') //=> 'done'
 * taskResultOf('implemented-not-completed') //=> 'not-done-overdue'
 * taskResultOf('implemented-not-completed', { deadlinePassed: false }) //=> 'not-done-within-deadline'
 */
export function taskResultOf(status: CompletionStatus, options: TaskResultOfOptions = {}): TaskResult {
  const parsed = parseOrThrow(TaskResultOfOptions, options, 'invalid_input', ['options'])
  const checked = parseOrThrow(Status, status, 'invalid_input', ['status'])
  return resultOf(checked, parsed.deadlinePassed ?? true)
}

/** The same on a status the package computed itself: no check, for the projection's hot path. */
export function resultOf(status: CompletionStatus, deadlinePassed: boolean): TaskResult {
  const traits = STATUS_TRAITS[status]
  if (traits.done) return 'done'
  return traits.overdue && deadlinePassed ? 'not-done-overdue' : 'not-done-within-deadline'
}
