import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'
import { SECRECY_LEVELS, type SecrecyLevel, type TaskInput } from '../task/task-input.js'

/** A task as its assigning document lists it: the task the rules read, and the texts of Art. 5.1(đ), (g), (h), (i). */
export type AssignmentTask = TaskInput & {
  /** 5.1(đ): what the task asks. */
  readonly content: string
  /** 5.1(g): how implementation stands, in the assignee's words. */
  readonly progress?: string
  /** 5.1(h): results and products. */
  readonly results?: string
  /** 5.1(i), 5.2(h): the evaluation of implementation. */
  readonly evaluation?: string
}

/** An assigning document with its tasks: everything Art. 5 may put on the tracking system, and more. */
export type AssignmentDocument = {
  /** Art. 4.1(e): Thường, Mật, Tối mật, Tuyệt mật. */
  readonly secrecy: SecrecyLevel
  /**
   * Art. 3.1: the document has a special secrecy requirement ("có yêu cầu bảo mật riêng"); its tasks
   * are monitored under the Party's own rules, and nothing of it goes on the system (B17). `false` or
   * absent: no such requirement.
   */
  readonly specialSecrecy?: boolean
  readonly title: string
  readonly number: string
  readonly symbol: string
  /** Trích yếu: never put on the system for a secret document (5.2(a)). */
  readonly abstract?: string
  readonly issuedOn: CalendarDay
  readonly signer: string
  readonly submittingAgency: string
  readonly assignees: readonly string[]
  readonly monitoringAgencies: readonly string[]
  readonly tasks: readonly AssignmentTask[]
  /** 5.1(k), 5.2(i): other necessary information; a key reaches a record only when the caller names it. */
  readonly other?: Readonly<Record<string, unknown>>
}

const Text = z.string().check(z.minLength(1))

/**
 * What identifies a document and who deals with it, the same on both partitions: 5.1(a)–(d) and
 * 5.2(a)–(d), the abstract aside (5.2(a) withholds it). The input and both records share it.
 */
export const REFERENCE_FIELDS = Object.freeze({
  title: Text,
  number: Text,
  symbol: Text,
  issuedOn: CalendarDay,
  signer: Text,
  submittingAgency: Text,
  assignees: z.readonly(z.array(Text)),
  monitoringAgencies: z.readonly(z.array(Text)),
})

/**
 * The document's own fields. Unknown keys are dropped, not refused: a whitelist keeps what it names,
 * and an error never names what a secret document carries. A task's own fields are checked by the
 * rules (TaskInput), which read the task after its texts and its `specialSecrecy` (Art. 3.1, read
 * before the rules run) are checked here.
 */
export const AssignmentDocumentSchema = z.object({
  secrecy: z.enum(SECRECY_LEVELS),
  specialSecrecy: z.optional(z.boolean()),
  ...REFERENCE_FIELDS,
  abstract: z.optional(z.string()),
  tasks: z.readonly(
    z.array(
      z.looseObject({
        content: Text,
        progress: z.optional(z.string()),
        results: z.optional(z.string()),
        evaluation: z.optional(z.string()),
        // Checked with the document, before the refusal reads it: TaskInput's own check comes later.
        specialSecrecy: z.optional(z.boolean()),
      }),
    ),
  ),
  other: z.optional(z.record(z.string(), z.unknown())),
})
