import * as z from 'zod/mini'
import { Citation, cite } from '../../core/citation.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { DATE_DEADLINE_READINGS, IN_PROGRESS_LATE_READINGS } from '../../regulation/readings.js'
import { assignmentAt, deadlineAt, endingBy, parseTask, startedBy, type TaskFacts } from '../../task/task-facts.js'
import { InstantInput, type TaskInput } from '../../task/task-input.js'
import { complianceOf } from '../art06-cadence/update-compliance.js'
import {
  bindDefaults,
  CalendarOption,
  citing,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../context.js'
import { instantOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'
import { COMPLETION_STATUSES, type CompletionStatus, UNTIMED_COMPLETION_STATUSES } from './status-traits.js'

/** The status of Art. 4.1(đ) of a task as of an instant. */
export function completionClassificationSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      status: z.enum([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES]),
      /** The deadline in force at the instant that decided the status; null without a deadline. */
      deadline: z.nullable(instant),
      /** The deadline the task was assigned with, before any extension. */
      originalDeadline: z.nullable(instant),
      /** The completion, or closure without completion, when there is one by `asOf`. */
      endedAt: z.nullable(instant),
      citation: Citation,
    }),
  )
}

export const CompletionClassification = completionClassificationSchema(DateTimeValue)
export type CompletionClassification = z.output<typeof CompletionClassification>
export const CompletionClassificationMillis = completionClassificationSchema(EpochMillis)
export type CompletionClassificationMillis = z.output<typeof CompletionClassificationMillis>

/** The options of `classifyCompletion`. */
export const ClassifyCompletionOptions = z.strictObject({
  /** The instant of the evaluation (Art. 2.4): events after it are ignored. */
  asOf: InstantInput,
  /** Default `vietnamCalendar()`; it sets the zone that reads instants without an offset. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`; its readings are the defaults of the two below. */
  regulation: z.optional(RegulationOption),
  /** B14. */
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
  /** B8: what "in progress, late" means. */
  inProgressLate: z.optional(z.enum(IN_PROGRESS_LATE_READINGS)),
})
export type ClassifyCompletionOptions = z.input<typeof ClassifyCompletionOptions>

const readOptions = readerOf(ClassifyCompletionOptions)
const toDateTimes = dateTimeConverter(CompletionClassificationMillis)
const CITATION = cite(4, 1, 'đ')

/** `classifyCompletion` with its defaults given first: the entries bind them (`bindDefaults`). */
export function classifyCompletionIn(
  defaults: RuleDefaults,
  task: TaskInput,
  options: ClassifyCompletionOptions,
): CompletionClassification {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const asOf = instantOption(context.calendar, read.asOf, ['options', 'asOf'])
  const facts = parseTask(task, context.calendar, context.regulation.schedule)
  return toDateTimes(statusOf(facts, asOf, context), context.calendar) as CompletionClassification
}

/**
 * The task's completion status as of `asOf` (Art. 4.1(đ), B8). A completed task compares its
 * completion with the deadline in force when it completed; an open task compares `asOf` with the
 * deadline in force then (an extension replaces the deadline from its instant on). A closure without
 * completion fixes the class at once: implemented but not completed when the task had started, not
 * implemented when it never had. With `inProgressLate: 'behind-update-schedule'`, a task that missed
 * a required update of Art. 6.2(b) is in progress late before its deadline too.
 *
 * @example
 * classifyCompletion({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30',
 *   events: [{ type: 'started', at: '2025-05-20T09:00' }] }, { asOf: '2025-07-01T08:00' }).status
 * //=> 'in-progress-late'
 */
export const classifyCompletion = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, classifyCompletionIn)

/**
 * The status of a task's facts as of `asOf` under the profile's reading of B8. `updateMissed` says
 * whether a required update was missed by then, when the caller has worked it out already; else it
 * is worked out here, and only when the reading needs it.
 */
export function statusOf(
  facts: TaskFacts,
  asOf: number,
  context: RuleContext,
  updateMissed?: () => boolean,
): CompletionClassificationMillis {
  const status = classificationOf(facts, asOf, context)
  // B8's alternative reading: a missed update makes a task in progress late before its deadline.
  if (context.regulation.readings.inProgressLate !== 'behind-update-schedule' || status.status !== 'in-progress-on-time') {
    return status
  }
  const missed = updateMissed ?? (() => complianceOf(facts, asOf, context).some((item) => item.state === 'missed'))
  return missed() ? Object.freeze({ ...status, status: 'in-progress-late' }) : status
}

/** The status of Art. 4.1(đ) by the default reading of B8 (a missed update does not make a task late). */
export function classificationOf(task: TaskFacts, asOf: number, context: RuleContext): CompletionClassificationMillis {
  const facts = assignmentAt(task, asOf)
  const ended = endingBy(facts, asOf)
  const decidingInstant = ended === undefined ? asOf : ended.at
  const deadline = deadlineAt(facts, decidingInstant)
  // A start reported after the task ended does not make it implemented (B8).
  const started = startedBy(facts, decidingInstant)
  return Object.freeze({
    status: statusFrom(deadline, decidingInstant, ended?.type, started),
    deadline,
    // The deadline the task was assigned with, re-assigned or not: the history's own.
    originalDeadline: task.deadline,
    endedAt: ended?.at ?? null,
    citation: citing(context, CITATION),
  })
}

function statusFrom(
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
