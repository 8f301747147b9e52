import * as z from 'zod/mini'
import { AssignmentDocumentSchema } from '../masking/assignment-document.js'
import { TaskInput } from '../task/task-input.js'

/**
 * The inputs whose JSON form spells out what the package reads in two steps, from the same schemas:
 * the document of `maskForSystem` with its tasks, and the units of `scoreUnits` with theirs.
 */

/**
 * The document `maskForSystem` takes, with its tasks spelt out: each task is a `TaskInput` plus
 * the texts of Art. 5.1(đ), (g), (h), (i). The package schema leaves a task's own fields to the
 * rules, which read them later; for a JSON reader, one schema says both. Keys the package does not
 * know are dropped, not refused, on the document and on its tasks (a whitelist keeps what it names),
 * so neither object closes its properties.
 */
export const AssignmentDocumentJson = z.object({
  ...AssignmentDocumentSchema.shape,
  tasks: z.readonly(
    z.array(
      z.looseObject({
        ...TaskInput.shape,
        ...AssignmentDocumentSchema.shape.tasks.def.innerType.def.element.shape,
      }),
    ),
  ),
})

/** The units `scoreUnits` takes, each task a `TaskInput` (the package schema leaves tasks to the rules). */
export const ScoredUnitsJson = z.readonly(
  z.array(z.strictObject({ unit: z.string().check(z.minLength(1)), tasks: z.readonly(z.array(TaskInput)) })),
)

/** A result that is a list of the items `item` describes. */
export function listOf<Item extends z.core.$ZodType>(item: Item) {
  return z.readonly(z.array(item))
}
