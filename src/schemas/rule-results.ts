import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'
import { COMPLETION_STATUSES, UNTIMED_COMPLETION_STATUSES } from '../rules/art04-status/classify-completion.js'
import { UPDATE_EVENT_TYPES, UPDATE_STATES } from '../rules/art06-cadence/update-compliance.js'
import { DURATION_CLASSES, UPDATE_KINDS } from '../rules/art06-cadence/update-schedule.js'
import { REPORT_KINDS } from '../rules/art16-reporting/reporting-deadlines.js'
import { ALERT_LEVELS } from '../rules/art18-alerts/alert-level.js'
import { AUDIT_FLAG_KINDS } from '../rules/audit/audit-flags.js'
import { CitationJson, EpochMillisJson, IsoInstantJson, MessagesJson } from './json-values.js'

/**
 * The JSON forms of the rules' results: what `JSON.parse(JSON.stringify(result))` gives, a DateTime
 * becoming its ISO string (`json-values.ts`). Objects are strict: a result never carries a key
 * that is not listed, so a field added to a result without its schema fails the schema test.
 * Each `…Millis` form is built from the same parts with epoch milliseconds for instants.
 */

/** Every status of Art. 4.1(đ), timed (a task with a deadline) and untimed (one without, 4.1(a)). */
export const CompletionStatusJson = z.enum([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES])

/** A time limit of Art. 6, as `TIME_RULES` holds it. */
export const TimeRuleJson = z.strictObject({
  id: z.string().check(z.minLength(1)),
  citation: CitationJson,
  within: z.union([
    z.strictObject({ workingHours: z.number().check(z.gt(0)) }),
    z.strictObject({ workingDays: z.int().check(z.minimum(0)) }),
  ]),
  description: MessagesJson,
})

/** `deadline(rule, from)`: Art. 6.1(a), 6.1(b), 6.2(a), 6.3. */
export const DeadlineJson = z.strictObject({
  due: IsoInstantJson,
  rule: TimeRuleJson,
  citation: CitationJson,
  provisional: z.boolean(),
})

function scheduledUpdateOf<Instant extends z.ZodMiniType>(instant: Instant) {
  return z.strictObject({ kind: z.enum(UPDATE_KINDS), from: instant, dueBy: instant, citation: CitationJson })
}

function updateScheduleOf<Instant extends z.ZodMiniType>(instant: Instant) {
  return z.strictObject({
    durationClass: z.enum(DURATION_CLASSES),
    hasDeadline: z.boolean(),
    updates: z.array(scheduledUpdateOf(instant)),
    citation: CitationJson,
  })
}

function updateComplianceOf<Instant extends z.ZodMiniType>(instant: Instant) {
  return z.strictObject({
    update: scheduledUpdateOf(instant),
    state: z.enum(UPDATE_STATES),
    satisfiedBy: z.nullable(z.strictObject({ type: z.enum(UPDATE_EVENT_TYPES), at: instant })),
    citation: CitationJson,
  })
}

function completionClassificationOf<Instant extends z.ZodMiniType>(instant: Instant) {
  return z.strictObject({
    status: CompletionStatusJson,
    deadline: z.nullable(instant),
    originalDeadline: z.nullable(instant),
    endedAt: z.nullable(instant),
    citation: CitationJson,
  })
}

/** One required update of Art. 6.2(b). */
export const ScheduledUpdateJson = scheduledUpdateOf(IsoInstantJson)
/** `updateSchedule(task)`: Art. 6.2(b)(1)–(4). */
export const UpdateScheduleJson = updateScheduleOf(IsoInstantJson)
/** One item of `updateCompliance(task)`. */
export const UpdateComplianceJson = updateComplianceOf(IsoInstantJson)
/** `updateCompliance(task)`: each required update of Art. 6.2(b), made or not. */
export const UpdateComplianceListJson = z.array(UpdateComplianceJson)
/** `classifyCompletion(task)`: Art. 4.1(đ). */
export const CompletionClassificationJson = completionClassificationOf(IsoInstantJson)

/** `alertLevel(task)`: Art. 18.1(d). */
export const AlertJson = z.strictObject({
  level: z.enum(ALERT_LEVELS),
  reason: MessagesJson,
  citation: CitationJson,
})

/** One report of `reportingDeadlines(year)`; `quarter` is left out (undefined) except on a quarterly report. */
export const ReportingDeadlineJson = z.strictObject({
  kind: z.enum(REPORT_KINDS),
  year: z.int().check(z.minimum(1), z.maximum(9999)),
  month: z.int().check(z.minimum(1), z.maximum(12)),
  quarter: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
  date: CalendarDay,
  due: IsoInstantJson,
  citation: CitationJson,
})
/** `reportingDeadlines(year)`: Art. 16.2. */
export const ReportingDeadlineListJson = z.array(ReportingDeadlineJson)

/** One item of `auditFlags(task)`. */
export const AuditFlagJson = z.strictObject({
  kind: z.enum(AUDIT_FLAG_KINDS),
  citation: CitationJson,
  reason: MessagesJson,
  at: IsoInstantJson,
})
/** `auditFlags(task)`: Art. 15.2, 15.4, 6.2(a), 6.3. */
export const AuditFlagListJson = z.array(AuditFlagJson)

/** `evaluateTask(task)`: Art. 4.1(đ), 6.2(b), 18.1(d) at once. */
export const TaskEvaluationJson = z.strictObject({
  id: z.string().check(z.minLength(1)),
  status: CompletionClassificationJson,
  schedule: UpdateScheduleJson,
  compliance: z.array(UpdateComplianceJson),
  alert: AlertJson,
})

/** `evaluateTaskMillis(task)`: the same, every instant in epoch milliseconds. */
export const TaskEvaluationMillisJson = z.strictObject({
  id: z.string().check(z.minLength(1)),
  status: completionClassificationOf(EpochMillisJson),
  schedule: updateScheduleOf(EpochMillisJson),
  compliance: z.array(updateComplianceOf(EpochMillisJson)),
  alert: AlertJson,
})
