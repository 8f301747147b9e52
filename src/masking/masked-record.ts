import * as z from 'zod/mini'
import { COMPLETION_STATUSES, UNTIMED_COMPLETION_STATUSES } from '../rules/art04-status/status-traits.js'
import { REFERENCE_FIELDS } from './assignment-document.js'

/**
 * Art. 5.2(g): a secret document's task result, and nothing more: done ("đã thực hiện"), not done
 * and still within its deadline ("chưa thực hiện trong hạn"), or not done and overdue ("quá hạn").
 */
export const TASK_RESULTS = Object.freeze(['done', 'not-done-within-deadline', 'not-done-overdue'] as const)
export type TaskResult = (typeof TASK_RESULTS)[number]

const Text = z.string().check(z.minLength(1))
/** The deadline in force, as ISO 8601 in the calendar's zone; null for a task without one (4.1(a)). */
const Deadline = z.nullable(z.string())
/** 5.1(k), 5.2(i): the keys the caller allowed, each with a JSON value. */
const Other = z.readonly(z.record(z.string(), z.json()))

/** A task of a document that is not secret, on the standard partition (5.1(đ)–(i)). */
export const StandardTaskRecord = z.readonly(
  z.strictObject({
    id: Text,
    content: Text,
    deadline: Deadline,
    status: z.enum([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES]),
    progress: z.optional(z.string()),
    results: z.optional(z.string()),
    evaluation: z.optional(z.string()),
  }),
)
export type StandardTaskRecord = z.output<typeof StandardTaskRecord>

/**
 * The record of a document that is not secret (Art. 5.1(a)–(k)). `mustBeDigitallySigned` is always
 * `true`: 5.1 puts a document that is not secret on the system only once it is digitally signed and
 * its content authenticated; the record states it, the package does not sign.
 */
export const StandardRecord = z.readonly(
  z.strictObject({
    mustBeDigitallySigned: z.literal(true),
    ...REFERENCE_FIELDS,
    abstract: z.optional(z.string()),
    tasks: z.readonly(z.array(StandardTaskRecord)),
    other: Other,
  }),
)
export type StandardRecord = z.output<typeof StandardRecord>

/** A task of a confidential or secret document, on the secure partition: deadline, coarse result, evaluation (5.2(e), (g), (h)). */
export const SecureTaskRecord = z.readonly(
  z.strictObject({
    deadline: Deadline,
    result: z.enum(TASK_RESULTS),
    evaluation: z.optional(z.string()),
  }),
)
export type SecureTaskRecord = z.output<typeof SecureTaskRecord>

/** The record of a confidential or secret document (Art. 5.2(a)–(i)): no abstract, no task content, progress or result details. */
export const SecureRecord = z.readonly(
  z.strictObject({
    ...REFERENCE_FIELDS,
    taskCount: z.int().check(z.minimum(0)),
    tasks: z.readonly(z.array(SecureTaskRecord)),
    other: Other,
  }),
)
export type SecureRecord = z.output<typeof SecureRecord>
