import * as z from 'zod/mini'
import { readerOf } from '../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../core/result-instants.js'
import { DUE_DAYS, IN_PROGRESS_LATE_READINGS } from '../regulation/readings.js'
import { AlertThresholds, UpdateScheduleSettings } from '../regulation/regulation.js'
import { parseTask, type TaskFacts } from '../task/task-facts.js'
import { DeadlineInput, InstantInput, type TaskInput } from '../task/task-input.js'
import { completionClassificationSchema, statusOf } from './art04-status/classify-completion.js'
import { complianceWith, updateComplianceSchema } from './art06-cadence/update-compliance.js'
import { scheduleOf, updateScheduleSchema } from './art06-cadence/update-schedule.js'
import { Alert, alertOf } from './art18-alerts/alert-level.js'
import { bindDefaults, CalendarOption, contextOf, RegulationOption, type RuleContext, type RuleDefaults } from './context.js'
import { instantOption, instantOrDayOption } from './instant-options.js'
import { VIETNAM_DEFAULTS } from './vietnam-defaults.js'

/** Everything the time rules say of one task as of one instant; each part is what its own function returns. */
export function taskEvaluationSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      id: z.string().check(z.minLength(1)),
      /** `classifyCompletion`: the status of Art. 4.1(đ). */
      status: completionClassificationSchema(instant),
      /** `updateSchedule` as of `asOf`: the updates Art. 6.2(b) requires. */
      schedule: updateScheduleSchema(instant),
      /** `updateCompliance`: each of those updates, made or not; its `update` is the schedule's own object. */
      compliance: z.readonly(z.array(updateComplianceSchema(instant))),
      /** `alertLevel`: the warning of Art. 18.1(d). */
      alert: Alert,
    }),
  )
}

export const TaskEvaluation = taskEvaluationSchema(DateTimeValue)
export type TaskEvaluation = z.output<typeof TaskEvaluation>
export const TaskEvaluationMillis = taskEvaluationSchema(EpochMillis)
export type TaskEvaluationMillis = z.output<typeof TaskEvaluationMillis>

/** The options of `evaluateTask` and `evaluateTaskMillis`: those of every rule it answers for, at once. */
export const EvaluateTaskOptions = z.extend(UpdateScheduleSettings, {
  /** The instant of the evaluation (Art. 2.4): events after it are ignored. */
  asOf: InstantInput,
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: every part follows the profile; the options below are shorthands over it. */
  regulation: z.optional(RegulationOption),
  /** Periodic updates (class 4) up to this instant or the end of this day; default `asOf` for an open task without a deadline or past it. */
  until: z.optional(DeadlineInput),
  /** B9: the warning thresholds of `alertLevel`. */
  thresholds: z.optional(AlertThresholds),
  /** B9: the day a task is due. */
  dueDay: z.optional(z.enum(DUE_DAYS)),
  /** B8: what "in progress, late" means. */
  inProgressLate: z.optional(z.enum(IN_PROGRESS_LATE_READINGS)),
})
export type EvaluateTaskOptions = z.input<typeof EvaluateTaskOptions>

const readOptions = readerOf(EvaluateTaskOptions)
const toDateTimes = dateTimeConverter(TaskEvaluationMillis)

/** The options of an evaluation, read: the context, the evaluation instant and `until`, in epoch ms. */
export type EvaluationSettings = {
  readonly context: RuleContext
  readonly asOf: number
  readonly until: number | undefined
}

/** Reads the options of an evaluation (`invalid_input` at `options.…`), before any task. */
export function evaluationSettings(defaults: RuleDefaults, options: EvaluateTaskOptions): EvaluationSettings {
  return settingsOfRead(defaults, readOptions(options, ['options']))
}

/**
 * The settings of options a schema has read already: a schema that extends `EvaluateTaskOptions`
 * (`nextChange`'s) reads its own and shares the rest.
 */
export function settingsOfRead(
  defaults: RuleDefaults,
  read: z.output<typeof EvaluateTaskOptions> & Parameters<typeof contextOf>[1],
): EvaluationSettings {
  const context = contextOf(defaults, read)
  const { calendar } = context
  return {
    context,
    asOf: instantOption(calendar, read.asOf, ['options', 'asOf']),
    until: read.until === undefined ? undefined : instantOrDayOption(calendar, read.until, ['options', 'until']),
  }
}

/** `evaluateTask` with its defaults given first: the entries bind them (`bindDefaults`). */
export function evaluateTaskIn(defaults: RuleDefaults, task: TaskInput, options: EvaluateTaskOptions): TaskEvaluation {
  const settings = evaluationSettings(defaults, options)
  const { context } = settings
  const facts = parseTask(task, context.calendar, context.regulation.schedule)
  return toDateTimes(evaluationOf(facts, settings.asOf, settings), context.calendar) as TaskEvaluation
}

/**
 * The status (Art. 4.1(đ)), the update schedule and its compliance (Art. 6.2(b)) and the warning
 * (Art. 18.1(d)) of a task as of `asOf`, from one reading of the task. Each part equals what
 * `classifyCompletion`, `updateSchedule`, `updateCompliance` and `alertLevel` return for the same
 * task and options (the schedule as of `asOf`, its periodic updates up to `until`, or to `asOf` for
 * an open task without a deadline or past it); compliance items share the schedule's update objects.
 * With a `regulation`, every part follows the profile (Art. 18.4) and every citation names it.
 *
 * @example
 * const evaluation = evaluateTask({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30',
 *   events: [{ type: 'started', at: '2025-05-20T09:00' }] }, { asOf: '2025-06-26T09:00' })
 * evaluation.status.status //=> 'in-progress-on-time'
 * evaluation.compliance.map((item) => `${item.update.kind} ${item.state}`) //=> ['half missed', 'final not-yet-due']
 * evaluation.alert.level //=> 'approaching'
 */
export const evaluateTask = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, evaluateTaskIn)

/** `evaluateTaskMillis` with its defaults given first: the entries bind them (`bindDefaults`). */
export function evaluateTaskMillisIn(
  defaults: RuleDefaults,
  task: TaskInput,
  options: EvaluateTaskOptions,
): TaskEvaluationMillis {
  const settings = evaluationSettings(defaults, options)
  const { context } = settings
  const facts = parseTask(task, context.calendar, context.regulation.schedule)
  return evaluationOf(facts, settings.asOf, settings)
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
export const evaluateTaskMillis = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, evaluateTaskMillisIn)

/** The evaluation of a task's facts as of `asOf` (the settings' own `asOf` is not read). */
export function evaluationOf(facts: TaskFacts, asOf: number, settings: EvaluationSettings): TaskEvaluationMillis {
  const { context } = settings
  const schedule = scheduleOf(facts, asOf, context, { until: settings.until })
  const compliance = complianceWith(facts, asOf, schedule)
  const status = statusOf(facts, asOf, context, () => compliance.some((item) => item.state === 'missed'))
  return Object.freeze({ id: facts.id, status, schedule, compliance, alert: alertOf(facts, asOf, context, status) })
}
