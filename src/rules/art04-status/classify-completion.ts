import type { DateTime } from 'luxon'
import * as z from 'zod/mini'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { type Citation, cite } from '../../core/citation.js'
import type { Instant } from '../../core/instant.js'
import { parseOrThrow } from '../../core/validation.js'
import { complianceOfReadTask } from '../art06-cadence/update-compliance.js'
import { defaultCalendar } from '../default-calendar.js'
import { dateDeadlinesOption, instantOption } from '../rule-options.js'
import { type DateDeadlineReading, deadlineAt, firstEventAsOf, type ReadTask, readTask } from '../task/read-task.js'

/**
 * Art. 4.1(đ): the completion classes, for a task with a deadline. "Started" means a `started` or
 * `progress-updated` event; acknowledging receipt is not a start.
 */
export const COMPLETION_STATUSES = Object.freeze([
  'completed-on-time',
  'completed-late',
  'in-progress-on-time',
  'in-progress-late',
  'implemented-not-completed',
  'not-started',
  'not-implemented-overdue',
] as const)
/**
 * For a task without a deadline (4.1(a)) there is no timeliness: it is completed, in progress,
 * closed without completion, or `'not-started'` (which can never turn overdue).
 */
export const UNTIMED_COMPLETION_STATUSES = Object.freeze(['completed', 'in-progress', 'closed-without-completion'] as const)
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number] | (typeof UNTIMED_COMPLETION_STATUSES)[number]

/**
 * What "in progress, late" means (B8 of the interpretation register, docs/regulation/article-4.md):
 * - `'after-deadline'` (default): started, not completed, and the deadline has passed;
 * - `'behind-update-schedule'`: that, or a required update of Art. 6.2(b) missed before the deadline.
 */
export const IN_PROGRESS_LATE_READINGS = Object.freeze(['after-deadline', 'behind-update-schedule'] as const)
export type InProgressLateReading = (typeof IN_PROGRESS_LATE_READINGS)[number]

export type ClassifyCompletionOptions = {
  /** The instant of the evaluation (Art. 2.4): events after it are ignored. */
  readonly asOf: Instant
  /** Default `vietnamCalendar()`; it sets the zone that reads instants without an offset. */
  readonly calendar?: WorkingCalendar
  readonly dateDeadlines?: DateDeadlineReading
  /** Default `'after-deadline'`. */
  readonly inProgressLate?: InProgressLateReading
}

const InProgressLate = z.optional(z.enum(IN_PROGRESS_LATE_READINGS))

export type CompletionClassification = {
  readonly status: CompletionStatus
  /** The deadline in force at the instant that decided the status; null without a deadline. */
  readonly deadline: DateTime | null
  /** The deadline the task was assigned with, before any extension. */
  readonly originalDeadline: DateTime | null
  /** The completion, or closure without completion, when there is one by `asOf`. */
  readonly endedAt: DateTime | null
  readonly citation: Citation
}

const CITATION = cite(4, 1, 'đ')
/** What ends a task, and what shows it started (a report of progress implies a start). */
const ENDINGS = Object.freeze(['completed', 'closed-without-completion'] as const)
const STARTS = Object.freeze(['started', 'progress-updated'] as const)

/**
 * The task's completion status as of `asOf` (Art. 4.1(đ)). A completed task compares its completion
 * with the deadline in force when it completed; an open task compares `asOf` with the deadline in
 * force then (an extension replaces the deadline from its instant on).
 *
 * @example
 * classifyCompletion({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30',
 *   events: [{ type: 'started', at: '2025-05-20T09:00' }] }, { asOf: '2025-07-01T08:00' }).status
 * //=> 'in-progress-late'
 */
export function classifyCompletion(task: unknown, options: ClassifyCompletionOptions): CompletionClassification {
  const calendar = options.calendar ?? defaultCalendar()
  const dateDeadlines = dateDeadlinesOption(options.dateDeadlines)
  const asOf = instantOption(calendar, options.asOf, ['options', 'asOf'])
  const reading =
    options.inProgressLate === undefined
      ? 'after-deadline'
      : parseOrThrow(InProgressLate, options.inProgressLate, 'invalid_input', ['options', 'inProgressLate'])
  const read = readTask(task, { calendar, dateDeadlines })
  const classification = classifyReadTask(read, asOf, calendar)
  if (reading !== 'behind-update-schedule' || classification.status !== 'in-progress-on-time') return classification
  const behind = complianceOfReadTask(read, asOf, calendar, { dateDeadlines }).some((update) => update.state === 'missed')
  return behind ? Object.freeze({ ...classification, status: 'in-progress-late' }) : classification
}

/** A classification in epoch milliseconds: the fast form, for bulk work (`evaluateTaskMillis`). */
export type CompletionClassificationMillis = Omit<CompletionClassification, 'deadline' | 'originalDeadline' | 'endedAt'> & {
  readonly deadline: number | null
  readonly originalDeadline: number | null
  readonly endedAt: number | null
}

/** The same, on a task already read: the rules that build on the status call this. */
export function classifyReadTask(task: ReadTask, asOf: number, calendar: WorkingCalendar): CompletionClassification {
  return classificationFromMillis(classifyReadTaskMillis(task, asOf), calendar)
}

/** The status of a task already read, as of `asOf`, in epoch milliseconds. */
export function classifyReadTaskMillis(task: ReadTask, asOf: number): CompletionClassificationMillis {
  const ended = firstEventAsOf(task, asOf, ENDINGS)
  const decidingInstant = ended === undefined ? asOf : ended.at
  // A start reported after the task ended does not make it implemented (B8).
  const started = firstEventAsOf(task, decidingInstant, STARTS) !== undefined
  const deadline = deadlineAt(task, decidingInstant)
  return Object.freeze({
    status: statusOf(deadline, decidingInstant, ended?.type, started),
    deadline,
    originalDeadline: task.deadline,
    endedAt: ended?.at ?? null,
    citation: CITATION,
  })
}

/** The classification in epoch milliseconds, its instants as DateTimes in the calendar's zone. */
export function classificationFromMillis(
  classification: CompletionClassificationMillis,
  calendar: WorkingCalendar,
): CompletionClassification {
  const at = (ms: number | null): DateTime | null => (ms === null ? null : calendar.toDateTime(ms))
  return Object.freeze({
    ...classification,
    deadline: at(classification.deadline),
    originalDeadline: at(classification.originalDeadline),
    endedAt: at(classification.endedAt),
  })
}

function statusOf(
  deadline: number | null,
  decidingInstant: number,
  ended: string | undefined,
  started: boolean,
): CompletionStatus {
  const onTime = deadline === null || decidingInstant <= deadline
  if (ended === 'completed') return deadline === null ? 'completed' : onTime ? 'completed-on-time' : 'completed-late'
  // B8: a closure fixes the class at once, before the deadline too: a task never started was never
  // implemented ("không triển khai"), so it cannot be "đã triển khai nhưng không hoàn thành".
  if (ended === 'closed-without-completion') {
    if (deadline === null) return 'closed-without-completion'
    return started ? 'implemented-not-completed' : 'not-implemented-overdue'
  }
  if (started) return deadline === null ? 'in-progress' : onTime ? 'in-progress-on-time' : 'in-progress-late'
  return onTime ? 'not-started' : 'not-implemented-overdue'
}
