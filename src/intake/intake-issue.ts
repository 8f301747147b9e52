import * as z from 'zod/mini'
import { ERROR_CODES, type VnTaskSlaError } from '../core/errors.js'
import { Messages } from '../core/messages.js'

/**
 * One problem of one row of a batch (`validateTasks`, `validateDocuments`): what the error a single
 * call would throw for it holds, as data, with the row it is in. Like the error, it never holds a
 * value of the row: `path` names the field by its key in the package's schema or by index, `messages`
 * state the rule that was broken.
 */
export const IntakeIssue = z.readonly(
  z.strictObject({
    /** The row's place in the batch, from 0. */
    index: z.int().check(z.nonnegative()),
    /** The row's own identifier when it can be read and shown; null otherwise. */
    id: z.nullable(z.string()),
    /** Where the problem is inside the row: `['events', 2, 'at']`; empty for the whole row. */
    path: z.readonly(z.array(z.union([z.string(), z.int()]))),
    /** The code the error would carry: `invalid_input`, `outside_calendar_range`, `top_secret_refused`, … */
    code: z.enum(ERROR_CODES),
    /** The message the error would carry, in Vietnamese and English, without the path. */
    messages: Messages,
  }),
)
export type IntakeIssue = z.output<typeof IntakeIssue>

/** The issue of an error found in row `index`, its path taken as the path inside the row. */
export function issueOf(index: number, id: string | null, error: VnTaskSlaError): IntakeIssue {
  return { index, id, path: error.path, code: error.code, messages: error.messages }
}

/** The errors with a path none before it had: two checks of one field (the document's and the task's) report it once. */
export function onePerPath(errors: readonly VnTaskSlaError[]): VnTaskSlaError[] {
  const seen = new Set<string>()
  return errors.filter((error) => {
    const key = JSON.stringify(error.path)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
