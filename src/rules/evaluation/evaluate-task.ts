import * as z from 'zod/mini'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import type { CalendarDay } from '../../core/calendar-day.js'
import type { Instant } from '../../core/instant.js'
import { parseOrThrow } from '../../core/validation.js'
import {
  type CompletionClassification,
  type CompletionClassificationMillis,
  classificationFromMillis,
  classifyReadTaskMillis,
  IN_PROGRESS_LATE_READINGS,
  type InProgressLateReading,
} from '../art04-status/classify-completion.js'
import {
  complianceFromMillis,
  complianceMillisOf,
  type UpdateCompliance,
  type UpdateComplianceMillis,
} from '../art06-cadence/update-compliance.js'
import {
  type ReadScheduleSettings,
  readScheduleSettings,
  scheduleFromMillis,
  scheduleMillisOfReadTask,
  type UpdateSchedule,
  type UpdateScheduleMillis,
  type UpdateScheduleSettings,
} from '../art06-cadence/update-schedule.js'
import { type Alert, AlertThresholds, alertOfReadTask, type DueDay, dueDayOption } from '../art18-alerts/alert-level.js'
import { defaultCalendar } from '../default-calendar.js'
import { instantOption } from '../rule-options.js'
import { type ReadTask, readTask } from '../task/read-task.js'

export type EvaluateTaskOptions = UpdateScheduleSettings & {
  /** The instant of the evaluation (Art. 2.4): events after it are ignored. */
  readonly asOf: Instant
  /** Default `vietnamCalendar()`. */
  readonly calendar?: WorkingCalendar
  /** Periodic updates (class 4) up to this instant or the end of this day; default `asOf` for a task without a deadline. */
  readonly until?: Instant | CalendarDay
  /** The warning thresholds of `alertLevel` (Art. 18.1(d)). */
  readonly thresholds?: AlertThresholds
  /** B9: the day a task is due; default `'last-working-day'`. */
  readonly dueDay?: DueDay
  /** B8: what "in progress, late" means; default `'after-deadline'`. */
  readonly inProgressLate?: InProgressLateReading
}

/** Everything the time rules say of one task as of one instant; each part is what its own function returns. */
export type TaskEvaluation = {
  readonly id: string
  /** `classifyCompletion`: the status of Art. 4.1(đ). */
  readonly status: CompletionClassification
  /** `updateSchedule` as of `asOf`: the updates Art. 6.2(b) requires. */
  readonly schedule: UpdateSchedule
  /** `updateCompliance`: each of those updates, made or not; its `update` is the schedule's own object. */
  readonly compliance: readonly UpdateCompliance[]
  /** `alertLevel`: the warning of Art. 18.1(d). */
  readonly alert: Alert
}

/** `TaskEvaluation` in epoch milliseconds: every instant a number, for bulk work and charts. */
export type TaskEvaluationMillis = {
  readonly id: string
  readonly status: CompletionClassificationMillis
  readonly schedule: UpdateScheduleMillis
  readonly compliance: readonly UpdateComplianceMillis[]
  readonly alert: Alert
}

const InProgressLate = z.optional(z.enum(IN_PROGRESS_LATE_READINGS))

/** The options after validation, instants in epoch milliseconds; the simulation reuses them for every step. */
export type ReadEvaluationOptions = {
  readonly calendar: WorkingCalendar
  readonly asOf: number
  readonly settings: ReadScheduleSettings
  readonly thresholds: z.output<typeof AlertThresholds>
  readonly dueDay: DueDay
  readonly behindScheduleIsLate: boolean
}

/**
 * The status (Art. 4.1(đ)), the update schedule and its compliance (Art. 6.2(b)) and the warning
 * (Art. 18.1(d)) of a task as of `asOf`, from one reading of the task. Each part equals what
 * `classifyCompletion`, `updateSchedule`, `updateCompliance` and `alertLevel` return for the same
 * task and options (the schedule as of `asOf`, running to `until`, or to `asOf` for a task without
 * a deadline); compliance items share the schedule's update objects. One difference: with
 * `inProgressLate: 'behind-update-schedule'`, the status judges missed updates by the schedule
 * settings given here, where `classifyCompletion`, which takes none, uses the defaults.
 *
 * @example
 * const evaluation = evaluateTask({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30',
 *   events: [{ type: 'started', at: '2025-05-20T09:00' }] }, { asOf: '2025-06-26T09:00' })
 * evaluation.status.status //=> 'in-progress-on-time'
 * evaluation.compliance.map((item) => `${item.update.kind} ${item.state}`) //=> ['half missed', 'final not-yet-due']
 * evaluation.alert.level //=> 'approaching'
 */
export function evaluateTask(task: unknown, options: EvaluateTaskOptions): TaskEvaluation {
  const read = readEvaluationOptions(options)
  const millis = evaluateReadTask(
    readTask(task, { calendar: read.calendar, dateDeadlines: read.settings.dateDeadlines }),
    read.asOf,
    read,
  )
  const schedule = scheduleFromMillis(millis.schedule, read.calendar)
  return Object.freeze({
    id: millis.id,
    status: classificationFromMillis(millis.status, read.calendar),
    schedule,
    compliance: complianceFromMillis(millis.compliance, schedule, read.calendar),
    alert: millis.alert,
  })
}

/**
 * `evaluateTask` with every instant in epoch milliseconds: the fast path for portfolios and
 * simulations, as `calendar.millis` is for the calendar. Building luxon DateTimes is most of what
 * `evaluateTask` costs; this form builds none.
 *
 * @example
 * const evaluation = evaluateTaskMillis({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30' },
 *   { asOf: '2025-06-26T09:00' })
 * evaluation.status.deadline //=> 1751302799999
 * evaluation.schedule.updates.map((update) => update.kind) //=> ['half', 'final']
 */
export function evaluateTaskMillis(task: unknown, options: EvaluateTaskOptions): TaskEvaluationMillis {
  const read = readEvaluationOptions(options)
  return evaluateReadTask(
    readTask(task, { calendar: read.calendar, dateDeadlines: read.settings.dateDeadlines }),
    read.asOf,
    read,
  )
}

export function readEvaluationOptions(options: EvaluateTaskOptions): ReadEvaluationOptions {
  const { calendar: given, asOf, until, thresholds, dueDay, inProgressLate, ...rest } = options
  const calendar = given ?? defaultCalendar()
  const settings = readScheduleSettings(rest, until, calendar)
  return {
    calendar,
    asOf: instantOption(calendar, asOf, ['options', 'asOf']),
    settings,
    thresholds:
      thresholds === undefined ? {} : parseOrThrow(AlertThresholds, thresholds, 'invalid_input', ['options', 'thresholds']),
    dueDay: dueDayOption(dueDay),
    behindScheduleIsLate:
      inProgressLate !== undefined &&
      parseOrThrow(InProgressLate, inProgressLate, 'invalid_input', ['options', 'inProgressLate']) === 'behind-update-schedule',
  }
}

/** The update schedule `evaluateReadTask` works with as of `asOf`. */
export function scheduleOfEvaluation(task: ReadTask, asOf: number, options: ReadEvaluationOptions): UpdateScheduleMillis {
  return scheduleMillisOfReadTask(task, asOf, options.calendar, options.settings)
}

/** The evaluation of a task already read, as of `asOf` (the options' own `asOf` is not read). */
export function evaluateReadTask(task: ReadTask, asOf: number, options: ReadEvaluationOptions): TaskEvaluationMillis {
  const schedule = scheduleOfEvaluation(task, asOf, options)
  const { calendar } = options
  const compliance = complianceMillisOf(task, asOf, schedule)
  const status = evaluationStatus(
    task,
    asOf,
    options,
    compliance.some((item) => item.state === 'missed'),
  )
  return Object.freeze({
    id: task.id,
    status,
    schedule,
    compliance,
    alert: alertOfReadTask(task, asOf, calendar, options.thresholds, status, options.dueDay),
  })
}

/** The status as of `asOf`, given whether an update was missed by then: B8's reading decides what that means. */
export function evaluationStatus(
  task: ReadTask,
  asOf: number,
  options: ReadEvaluationOptions,
  updateMissed: boolean,
): CompletionClassificationMillis {
  const status = classifyReadTaskMillis(task, asOf)
  // B8's alternative reading: a missed update makes a task in progress late before its deadline.
  if (options.behindScheduleIsLate && updateMissed && status.status === 'in-progress-on-time') {
    return Object.freeze({ ...status, status: 'in-progress-late' })
  }
  return status
}
