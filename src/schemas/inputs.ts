import * as z from 'zod/mini'
import { DAY_ENDS } from '../calendar/operations/add-working-days.js'
import { BOUNDARY_LANDINGS } from '../calendar/operations/add-working-time.js'
import { AssignmentDocumentSchema } from '../masking/assignment-document.js'
import { IN_PROGRESS_LATE_READINGS } from '../rules/art04-status/classify-completion.js'
import { UpdateScheduleSettings } from '../rules/art06-cadence/update-schedule.js'
import { HALF_YEAR_AND_ANNUAL_READINGS, REPORT_DATE_READINGS } from '../rules/art16-reporting/reporting-deadlines.js'
import { AlertThresholds, DUE_DAYS } from '../rules/art18-alerts/alert-level.js'
import { OBJECTION_STARTS } from '../rules/audit/audit-flags.js'
import { DATE_DEADLINE_READINGS } from '../rules/task/read-task.js'
import { DeadlineInput, InstantInput, TaskInput } from '../rules/task/task-input.js'
import { IndicatorSetSchema } from '../scoring/indicators.js'

/**
 * The JSON-able part of each function's options. An option that holds a `WorkingCalendar` (a
 * built, indexed object) or a function (a custom measure) cannot cross a process boundary: a
 * caller in another language sends the rest, and the service that calls the package supplies
 * the calendar. These schemas describe the options the functions read; they are strict, so a
 * misspelt key is caught before it is silently ignored.
 *
 * Instants are `InstantInput` (an ISO 8601 string or epoch milliseconds once JSON has carried
 * them); `until`-style limits are `DeadlineInput` (an instant, or a day meaning its end).
 */

/** `deadline(rule, from, options)` (Art. 6.1, 6.2(a), 6.3): where a count lands. */
export const DeadlineOptionsJson = z.strictObject({
  boundary: z.optional(z.enum(BOUNDARY_LANDINGS)),
  dayEnd: z.optional(z.enum(DAY_ENDS)),
})

/** `updateSchedule(task, options)` (Art. 6.2(b)): the register's choices, `until` and `asOf`. */
export const UpdateScheduleOptionsJson = z.extend(UpdateScheduleSettings, {
  until: z.optional(DeadlineInput),
  asOf: z.optional(InstantInput),
})

/** `updateCompliance(task, options)`: the same, `asOf` required (Art. 2.4). */
export const UpdateComplianceOptionsJson = z.extend(UpdateScheduleSettings, {
  until: z.optional(DeadlineInput),
  asOf: InstantInput,
})

/** `auditFlags(task, options)`: those of `updateCompliance`, and where the 8 hours to object count from (B15). */
export const AuditFlagsOptionsJson = z.extend(UpdateComplianceOptionsJson, {
  objectionFrom: z.optional(z.enum(OBJECTION_STARTS)),
})

/** `classifyCompletion(task, options)` (Art. 4.1(đ)). */
export const ClassifyCompletionOptionsJson = z.strictObject({
  asOf: InstantInput,
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
  inProgressLate: z.optional(z.enum(IN_PROGRESS_LATE_READINGS)),
})

/** `alertLevel(task, options)` (Art. 18.1(d)). */
export const AlertLevelOptionsJson = z.strictObject({
  asOf: InstantInput,
  thresholds: z.optional(AlertThresholds),
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
  dueDay: z.optional(z.enum(DUE_DAYS)),
})

/** `evaluateTask(task, options)` and `evaluateTaskMillis(task, options)`: every rule's options at once. */
export const EvaluateTaskOptionsJson = z.extend(UpdateScheduleSettings, {
  asOf: InstantInput,
  until: z.optional(DeadlineInput),
  thresholds: z.optional(AlertThresholds),
  dueDay: z.optional(z.enum(DUE_DAYS)),
  inProgressLate: z.optional(z.enum(IN_PROGRESS_LATE_READINGS)),
})

/** `reportingDeadlines(year, options)` (Art. 16.2). */
export const ReportingDeadlinesOptionsJson = z.strictObject({
  nonWorkingDates: z.optional(z.enum(REPORT_DATE_READINGS)),
  halfYearAndAnnual: z.optional(z.enum(HALF_YEAR_AND_ANNUAL_READINGS)),
})

/** `maskForSystem(document, options)` (Art. 5). */
export const MaskForSystemOptionsJson = z.strictObject({
  asOf: InstantInput,
  allowOther: z.optional(z.readonly(z.array(z.string().check(z.minLength(1))))),
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
})

/** `scoreUnits(units, period, options)` (Art. 17.1): an indicator set of built-in measures only. */
export const ScoreUnitsOptionsJson = z.strictObject({
  asOf: z.optional(InstantInput),
  indicators: z.optional(IndicatorSetSchema),
})

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
