import type * as z from 'zod/mini'
import { WorkingCalendarDefinition } from '../calendar/definition.js'
import { OfficialSchedule } from '../calendar/vietnam/official-schedules.js'
import { VietnamCalendarOptions } from '../calendar/vietnam/vietnam-calendar.js'
import { EpochMillis, IsoInstant } from '../core/result-instants.js'
import { ValidateDocumentsOptions, ValidatedDocuments } from '../intake/validate-documents.js'
import { ValidatedTasks, ValidateTasksOptions } from '../intake/validate-tasks.js'
import { MaskedDocument, MaskForSystemOptions } from '../masking/mask-for-system.js'
import { SecureRecord, StandardRecord } from '../masking/masked-record.js'
import { AgendaOptions, agendaSchema } from '../monitoring/agenda.js'
import { NextChangeOptions, nextChangeSchema } from '../monitoring/next-change.js'
import { portfolioSummarySchema } from '../monitoring/portfolio-summary.js'
import { AlertThresholds, Regulation, RegulationChanges, UpdateScheduleSettings } from '../regulation/regulation.js'
import { ClassifyCompletionOptions, completionClassificationSchema } from '../rules/art04-status/classify-completion.js'
import { UpdateComplianceOptions, updateComplianceSchema } from '../rules/art06-cadence/update-compliance.js'
import { UpdateScheduleOptions, updateScheduleSchema } from '../rules/art06-cadence/update-schedule.js'
import { DeadlineOptions, deadlineSchema } from '../rules/art06-deadlines/deadline.js'
import { DutiesOptions, dutySchema } from '../rules/art06-duties/duty-ledger.js'
import { AssigneeReportDeadlinesOptions } from '../rules/art15-reports/assignee-report-deadlines.js'
import { ReportComplianceOptions, reportComplianceSchema, SentReport } from '../rules/art15-reports/report-compliance.js'
import { ReportingDeadlinesOptions, reportingDeadlineSchema } from '../rules/art16-reporting/reporting-deadlines.js'
import { Alert, AlertLevelOptions } from '../rules/art18-alerts/alert-level.js'
import { AuditFlagsOptions, auditFlagSchema } from '../rules/audit/audit-flags.js'
import { EvaluateTaskOptions, taskEvaluationSchema } from '../rules/evaluate-task.js'
import { ConsecutiveNotCompleted } from '../scoring/consecutive-not-completed.js'
import { EvaluationPeriod, PeriodOptions } from '../scoring/evaluation-period.js'
import { ExplanationFlag, ExplanationFlagsOptions } from '../scoring/explanation-flags.js'
import { IndicatorSet } from '../scoring/indicators.js'
import { ScoreUnitsOptions } from '../scoring/score-units.js'
import { UnitScore } from '../scoring/unit-score.js'
import { PortfolioOptions } from '../simulation/generate-portfolio.js'
import { SimulateOptions } from '../simulation/simulate.js'
import { TimelineJson } from '../simulation/timeline.js'
import { TaskEvent, TaskInput } from '../task/task-input.js'
import {
  DayDescriptionJson,
  WorkingDaysExplanationJson,
  WorkingTimeBetweenExplanationJson,
  WorkingTimeExplanationJson,
} from './calendar-results.js'
import { AssignmentDocumentJson, listOf, ScoredUnitsJson } from './inputs.js'

/** Whether a schema describes what a caller sends (`input`) or what the package returns (`output`). */
export const JSON_SCHEMA_DIRECTIONS = Object.freeze(['input', 'output'] as const)
export type JsonSchemaDirection = (typeof JSON_SCHEMA_DIRECTIONS)[number]

/** One published schema: its stable name, the zod schema it is generated from, and the words a reader sees. */
export type JsonSchemaEntry<Name extends string = string> = {
  readonly name: Name
  readonly direction: JsonSchemaDirection
  readonly schema: z.core.$ZodType
  readonly title: string
  readonly description: string
}

/** Said of every option object that, in TypeScript, also takes a calendar or a regulation profile. */
const JSON_PART =
  'This is the JSON-able part: the `calendar` option (a built WorkingCalendar) and the `regulation` option (a profile that `defineRegulation` built, see the `regulation-changes` schema) cannot be sent as JSON and are supplied by the service that calls the package.'

function entry<const Name extends string>(
  name: Name,
  direction: JsonSchemaDirection,
  schema: z.core.$ZodType,
  title: string,
  description: string,
): JsonSchemaEntry<Name> {
  return Object.freeze({ name, direction, schema, title, description })
}

/**
 * Every public input and output of vn-task-sla with a JSON form, by a stable name: the name is the
 * file name under `schemas/` (`task-input` → `schemas/task-input.schema.json`) and never changes
 * meaning. Inputs come first, then outputs, each in the order of the regulation's articles.
 */
export const JSON_SCHEMA_REGISTRY = Object.freeze([
  // Inputs: the calendar.
  entry(
    'working-calendar-definition',
    'input',
    WorkingCalendarDefinition,
    'WorkingCalendarDefinition',
    'The definition `workingCalendar(definition)` takes: a zone, hours per weekday, seasons, dated exceptions and a range. The working hours and working days in which the time limits of Art. 6 and the due dates of Art. 16.2 are counted. Not expressible here: intervals of a day must not overlap; the exceptions must lie inside `range`.',
  ),
  entry(
    'vietnam-calendar-options',
    'input',
    VietnamCalendarOptions,
    'VietnamCalendarOptions',
    "The options `vietnamCalendar(options)` takes: the agency's hours, seasons, announced day-off schedules and local exceptions, on top of the statutory holidays (Labour Code 2019, Art. 112) and the civil-service schedules the package knows.",
  ),
  entry(
    'official-schedule',
    'input',
    OfficialSchedule,
    'OfficialSchedule',
    "A year's announced day-off schedule for civil servants (days off, swaps, make-up working days, nghỉ bù), as `vietnamCalendar({ schedules })` takes it. Not expressible here: every day must lie in `year`.",
  ),
  // Inputs: tasks and the rules' options.
  entry(
    'task-input',
    'input',
    TaskInput,
    'TaskInput',
    'A task as agency software hands it over; every rule function takes it. Its classification follows Art. 4.1(b)–(g); its deadline is absent or null for a task without one (Art. 4.1(a)); its events report receipt (Art. 6.2(a)) and implementation (Art. 6.2(b)). Not expressible here: a `deadline-extended` event, and only it, carries `deadline`; no deadline precedes `transferredAt`.',
  ),
  entry(
    'task-event',
    'input',
    TaskEvent,
    'TaskEvent',
    'One event of a task on the tracking system: receipt acknowledged or objected to (Art. 6.2(a)), implementation started, progress updated or completed (Art. 6.2(b)), closed without completion (Art. 4.1(đ)), or the deadline extended.',
  ),
  entry(
    'deadline-options',
    'input',
    DeadlineOptions,
    'DeadlineOptions',
    `The options of \`deadline(rule, from, options)\` (Art. 6.1(a), 6.1(b), 6.2(a), 6.3): where a count of working hours or working days lands. ${JSON_PART}`,
  ),
  entry(
    'update-schedule-settings',
    'input',
    UpdateScheduleSettings,
    'UpdateScheduleSettings',
    'The choices of the interpretation register (B2–B7, B14) behind the update schedule of Art. 6.2(b): where the implementation period starts, how the ½ and ¾ checkpoints are measured, the grace periods, the cadence of periodic updates.',
  ),
  entry(
    'update-schedule-options',
    'input',
    UpdateScheduleOptions,
    'UpdateScheduleOptions',
    `The options of \`updateSchedule(task, options)\` (Art. 6.2(b)): the register's settings, \`until\` (periodic updates up to this instant or the end of this day) and \`asOf\` (Art. 2.4). ${JSON_PART}`,
  ),
  entry(
    'update-compliance-options',
    'input',
    UpdateComplianceOptions,
    'UpdateComplianceOptions',
    `The options of \`updateCompliance(task, options)\` (Art. 6.2(b)): the register's settings, \`until\`, and the evaluation instant \`asOf\` (Art. 2.4). ${JSON_PART}`,
  ),
  entry(
    'audit-flags-options',
    'input',
    AuditFlagsOptions,
    'AuditFlagsOptions',
    `The options of \`auditFlags(task, options)\` (Art. 15.2, 15.4, 6.1, 6.2(a), 6.3): those of \`dutiesOf\`, whose ledger the flags are read from. ${JSON_PART}`,
  ),
  entry(
    'next-change-options',
    'input',
    NextChangeOptions,
    'NextChangeOptions',
    `The options of \`nextChange(task, options)\`, \`nextChangeMillis\` and \`portfolioSummary(units, options)\` (Art. 9.2, 16.1, 18.1(d)): those of \`evaluateTask\`, where the 8 working hours to object count from (B15), and whose duties are watched (\`parties\`). ${JSON_PART}`,
  ),
  entry(
    'agenda-options',
    'input',
    AgendaOptions,
    'AgendaOptions',
    `The options of \`agenda(tasks, options)\` (Art. 9.2, 18.1(d)): the interval (\`from\`, \`to\`: instants, or days), what is known (\`asOf\`), whose duties (\`parties\`). ${JSON_PART}`,
  ),
  entry(
    'duties-options',
    'input',
    DutiesOptions,
    'DutiesOptions',
    `The options of \`dutiesOf(task, options)\` and \`dutiesOfMillis\` (Art. 6, B18): those of \`updateCompliance\`, where the 8 working hours to object count from (B15), and whose duties (\`parties\`). ${JSON_PART}`,
  ),
  entry(
    'classify-completion-options',
    'input',
    ClassifyCompletionOptions,
    'ClassifyCompletionOptions',
    `The options of \`classifyCompletion(task, options)\` (Art. 4.1(đ)): the evaluation instant \`asOf\` (Art. 2.4), how a deadline written as a day is read (B14), what "in progress, late" means (B8). ${JSON_PART}`,
  ),
  entry(
    'alert-thresholds',
    'input',
    AlertThresholds,
    'AlertThresholds',
    'When a task is "about to be overdue" (Art. 18.1(d)): few working days left, or most of the working time elapsed.',
  ),
  entry(
    'alert-level-options',
    'input',
    AlertLevelOptions,
    'AlertLevelOptions',
    `The options of \`alertLevel(task, options)\` (Art. 18.1(d)). ${JSON_PART}`,
  ),
  entry(
    'evaluate-task-options',
    'input',
    EvaluateTaskOptions,
    'EvaluateTaskOptions',
    `The options of \`evaluateTask(task, options)\` and \`evaluateTaskMillis(task, options)\`: those of Art. 4.1(đ), 6.2(b) and 18.1(d) at once. ${JSON_PART}`,
  ),
  entry(
    'assignee-report-deadlines-options',
    'input',
    AssigneeReportDeadlinesOptions,
    'AssigneeReportDeadlinesOptions',
    `The options of \`assigneeReportDeadlines(year, options)\` (Art. 15.1, B19): what happens to a report date that is not a working day. ${JSON_PART}`,
  ),
  entry(
    'sent-reports',
    'input',
    listOf(SentReport),
    'SentReport[]',
    "The reports a unit sent to the Central Party Office under Art. 15.1, as `reportCompliance(reports, options)` takes them: each report's kind, the id of the period it covers ('2026-01', '2026-Q1', '2026-H1', '2026') and the instant it was sent. Not expressible here: each period must be one of the year's periods of its kind.",
  ),
  entry(
    'report-compliance-options',
    'input',
    ReportComplianceOptions,
    'ReportComplianceOptions',
    `The options of \`reportCompliance(reports, options)\` (Art. 15.1, 15.4): the year checked, the instant of the evaluation (Art. 2.4) and what happens to a report date that is not a working day (B19). ${JSON_PART}`,
  ),
  entry(
    'reporting-deadlines-options',
    'input',
    ReportingDeadlinesOptions,
    'ReportingDeadlinesOptions',
    `The options of \`reportingDeadlines(year, options)\` (Art. 16.2): how "before" reads for 25 June and 20 December (B11), and what happens to a report date that is not a working day. ${JSON_PART}`,
  ),
  // Inputs: masking.
  entry(
    'assignment-document',
    'input',
    AssignmentDocumentJson,
    'AssignmentDocument',
    'An assigning document with its tasks, as `maskForSystem(document)` takes it: everything Art. 5 may put on the tracking system, and more, each task a TaskInput with the texts of Art. 5.1(đ), (g), (h), (i). A top-secret document (Tuyệt mật, Art. 5.3) and a document or task with a special secrecy requirement (`specialSecrecy: true`, Art. 3.1) are refused. Keys the package does not know are dropped, not refused.',
  ),
  entry(
    'mask-for-system-options',
    'input',
    MaskForSystemOptions,
    'MaskForSystemOptions',
    `The options of \`maskForSystem(document, options)\` (Art. 5): the instant the record describes (Art. 2.4), the keys of other information that may reach the record (Art. 5.1(k), 5.2(i)), how a deadline written as a day is read (B14). ${JSON_PART}`,
  ),
  // Inputs: the monitoring desk's intake.
  entry(
    'validate-tasks-options',
    'input',
    ValidateTasksOptions,
    'ValidateTasksOptions',
    `The options of \`validateTasks(rows, options)\`: whether a key TaskInput does not define is reported or dropped (\`unknownKeys\`), for rows read from a database; the calendar whose zone reads the instants, and the profile whose schedule says how a deadline written as a day is read (B14). ${JSON_PART}`,
  ),
  entry(
    'validate-documents-options',
    'input',
    ValidateDocumentsOptions,
    'ValidateDocumentsOptions',
    `The options of \`validateDocuments(documents, options)\` (Art. 5): the calendar whose zone reads the tasks' instants, and the profile whose schedule says how a deadline written as a day is read (B14). ${JSON_PART}`,
  ),
  // Inputs: scoring.
  entry(
    'period-options',
    'input',
    PeriodOptions,
    'PeriodOptions',
    'The options of `quarter()`, `halfYear()` and `year()` (Art. 17.1(b)): a data cut-off day instead of calendar periods.',
  ),
  entry(
    'indicator-set',
    'input',
    IndicatorSet,
    'IndicatorSet',
    'An indicator set for `scoreUnits` (Art. 17.1(b), 18.1(a)), built-in measures only: a custom measure is a function and cannot be sent as JSON. Not expressible here: indicator ids are unique and weights sum to 100.',
  ),
  entry(
    'scored-units',
    'input',
    ScoredUnitsJson,
    'ScoredUnits',
    'The units `scoreUnits(units, period)` scores (Art. 17.1), each with its tasks as TaskInput. Not expressible here: unit names are distinct, and task ids are distinct within a unit.',
  ),
  entry(
    'score-units-options',
    'input',
    ScoreUnitsOptions,
    'ScoreUnitsOptions',
    `The options of \`scoreUnits(units, period, options)\` (Art. 17.1): the evaluation instant and an indicator set of built-in measures (custom measures are functions). ${JSON_PART}`,
  ),
  entry(
    'explanation-flags-options',
    'input',
    ExplanationFlagsOptions,
    'ExplanationFlagsOptions',
    'The options of `explanationFlags(history, options)` (Art. 17.3(b), B16): a score threshold for a low result, a low result in one period, and consecutive periods in the order of the history.',
  ),
  // Inputs: regulation profiles (Art. 18.4).
  entry(
    'regulation-changes',
    'input',
    RegulationChanges,
    'RegulationChanges',
    'What `defineRegulation(base, changes)` takes to derive a Party committee’s own regulation from Regulation 08-QC/TW (Art. 18.4): its identity, and any time limit of Art. 6, the duration classes and schedule of 6.2(b), the warning thresholds of 18.1(d), the readings of the interpretation register, the report days of 16.2 and 15.1, the indicator set and grades of 17. The form a provincial office keeps its regulation in as a JSON file (custom indicator measures, which are functions, are added in code).',
  ),
  // Inputs: simulation.
  entry(
    'simulation-options',
    'input',
    SimulateOptions,
    'SimulateOptions',
    `The options of \`simulate(tasks, options)\`: the days to step through, the step, and the options of \`evaluateTask\` (Art. 4.1(đ), 6.2(b), 18.1(d)) but \`asOf\` and \`until\`, which each step sets. ${JSON_PART}`,
  ),
  entry(
    'portfolio-options',
    'input',
    PortfolioOptions,
    'PortfolioOptions',
    `The options of \`generatePortfolio(options)\`: a seeded, reproducible portfolio of tasks whose deadlines fall in the duration classes of Art. 6.2(b), some without a deadline (Art. 4.1(a)), acknowledged (Art. 6.2(a)), updated and completed with the given chances. ${JSON_PART}`,
  ),

  // Outputs: the calendar.
  entry(
    'describe-day-result',
    'output',
    DayDescriptionJson,
    'DayDescription',
    "The JSON form of `calendar.describeDay(day)`: whether the day is a working day, its hours, and why (a statutory holiday, a swap, nghỉ bù, a make-up working day, the weekly rest), each reason with its source; provisional when the year's schedule is not yet announced.",
  ),
  entry(
    'explain-add-working-time-result',
    'output',
    WorkingTimeExplanationJson,
    'WorkingTimeExplanation',
    'The JSON form of `calendar.explain.addWorkingTime(start, duration)`: the sum of working hours (as Art. 6.2(a) counts) with each day it skipped and why.',
  ),
  entry(
    'explain-add-working-days-result',
    'output',
    WorkingDaysExplanationJson,
    'WorkingDaysExplanation',
    'The JSON form of `calendar.explain.addWorkingDays(start, days)`: the count of working days (as Art. 6.1 and 6.3 count) with each day it skipped and why.',
  ),
  entry(
    'explain-working-time-between-result',
    'output',
    WorkingTimeBetweenExplanationJson,
    'WorkingTimeBetweenExplanation',
    'The JSON form of `calendar.explain.workingTimeBetween(from, to)`: the working time between two instants with each day that had none.',
  ),
  // Outputs: the rules.
  entry(
    'deadline-result',
    'output',
    deadlineSchema(IsoInstant),
    'Deadline',
    'The JSON form of `deadline(rule, from)`: the instant by which a time limit of Art. 6 (6.1(a), 6.1(b), 6.2(a), 6.3) must be met, the rule and its citation; provisional when a day of a year without an announced schedule lies in the count.',
  ),
  entry(
    'update-schedule-result',
    'output',
    updateScheduleSchema(IsoInstant),
    'UpdateSchedule',
    "The JSON form of `updateSchedule(task)`: the task's duration class and the updates Art. 6.2(b)(1)–(4) require of it, each with its window and its item's citation.",
  ),
  entry(
    'update-compliance-result',
    'output',
    listOf(updateComplianceSchema(IsoInstant)),
    'UpdateCompliance[]',
    'The JSON form of `updateCompliance(task, { asOf })`: each update Art. 6.2(b) requires, made on time, made late, missed, due or not yet due as of `asOf` (Art. 2.4), with the event that satisfied it.',
  ),
  entry(
    'classify-completion-result',
    'output',
    completionClassificationSchema(IsoInstant),
    'CompletionClassification',
    'The JSON form of `classifyCompletion(task, { asOf })`: the completion status of Art. 4.1(đ) (or, for a task without a deadline, Art. 4.1(a), an untimed one), the deadline in force and the original one.',
  ),
  entry(
    'alert-level-result',
    'output',
    Alert,
    'Alert',
    'The JSON form of `alertLevel(task, { asOf })`: the warning of Art. 18.1(d) (none, approaching, due, overdue) and its reason.',
  ),
  entry(
    'assignee-report-deadlines-result',
    'output',
    listOf(reportingDeadlineSchema(IsoInstant)),
    'ReportingDeadline[]',
    'The JSON form of `assigneeReportDeadlines(year)`: the due dates of the monthly, quarterly, six-month and annual reports the assignees send to the Central Party Office under Art. 15.1 (B19), each naming its period, sorted by due instant.',
  ),
  entry(
    'report-compliance-result',
    'output',
    reportComplianceSchema(IsoInstant),
    'ReportCompliance',
    'The JSON form of `reportCompliance(reports, { year, asOf })`: each report Art. 15.1 requires in the year, met on time, met late, missed, due or not yet due as of `asOf` (Art. 2.4), with the instant it was first sent; and the late and missing reports that call for a written explanation (Art. 15.4), sorted by due instant.',
  ),
  entry(
    'reporting-deadlines-result',
    'output',
    listOf(reportingDeadlineSchema(IsoInstant)),
    'ReportingDeadline[]',
    'The JSON form of `reportingDeadlines(year)`: the monthly, quarterly, six-month and annual report due dates of the Central Party Office under Art. 16.2, each naming its period, sorted by due instant.',
  ),
  entry(
    'audit-flags-result',
    'output',
    listOf(auditFlagSchema(IsoInstant)),
    'AuditFlag[]',
    'The JSON form of `auditFlags(task, { asOf })`: what calls for a written explanation or a warning: an overdue task (Art. 15.2), an update missed or made late (Art. 15.4), a receipt or an objection late (Art. 6.2(a), 6.3), a dispatch, an objection’s handling or an evaluation late or not made (Art. 6.1(a), 6.1(b), 6.3); sorted by the time limit passed.',
  ),
  entry(
    'next-change-result',
    'output',
    nextChangeSchema(IsoInstant),
    'NextChange',
    'The JSON form of `nextChange(task, { asOf })`: the first instant after `asOf` at which, with no new event, the status (Art. 4.1(đ)), the warning (Art. 18.1(d)) or a duty of Art. 6 changes, and every change then; null when nothing will change again.',
  ),
  entry(
    'agenda-result',
    'output',
    agendaSchema(IsoInstant),
    'Agenda',
    'The JSON form of `agenda(tasks, { from, to, asOf })`: every instant of the interval at which a duty of Art. 6 not met falls due or a warning of Art. 18.1(d) starts, in order, and the same items by working day (Art. 9.2).',
  ),
  entry(
    'portfolio-summary-result',
    'output',
    portfolioSummarySchema(IsoInstant),
    'PortfolioSummary',
    'The JSON form of `portfolioSummary(units, { asOf })`: per unit and in total, the counts by status (Art. 4.1(đ)), warning (Art. 18.1(d)), party and duty state (Art. 6), and the tasks that need attention now with their next change (Art. 16.1).',
  ),
  entry(
    'duties-result',
    'output',
    listOf(dutySchema(IsoInstant)),
    'Duty[]',
    'The JSON form of `dutiesOf(task, { asOf })`: every duty of Art. 6 the task’s history owes (the Office’s dispatch and handling of an objection, the assignee’s receipt, objection and updates, the monitoring agency’s evaluations), each with its party, clock, state and the act that met it (B18); sorted by `from`.',
  ),
  entry(
    'evaluate-task-result',
    'output',
    taskEvaluationSchema(IsoInstant),
    'TaskEvaluation',
    'The JSON form of `evaluateTask(task, { asOf })`: the status (Art. 4.1(đ)), the update schedule and its compliance (Art. 6.2(b)) and the warning (Art. 18.1(d)), each as its own function returns it.',
  ),
  entry(
    'evaluate-task-millis-result',
    'output',
    taskEvaluationSchema(EpochMillis),
    'TaskEvaluationMillis',
    'The JSON form of `evaluateTaskMillis(task, { asOf })`: `evaluateTask` (Art. 4.1(đ), 6.2(b), 18.1(d)) with every instant in epoch milliseconds.',
  ),
  // Outputs: masking.
  entry(
    'mask-for-system-result',
    'output',
    MaskedDocument,
    'MaskedDocument',
    'The JSON form of `maskForSystem(document, { asOf })`: the partition, the effective secrecy and the record Art. 5 allows on the tracking system: the standard record (Art. 5.1(a)–(k)) for a normal document, the secure record (Art. 5.2(a)–(i)) for a confidential or secret one.',
  ),
  entry(
    'standard-record',
    'output',
    StandardRecord,
    'StandardRecord',
    'The record of a document that is not secret, on the standard partition (Art. 5.1(a)–(k)): what `maskForSystem` returns as `record` for a normal document.',
  ),
  entry(
    'secure-record',
    'output',
    SecureRecord,
    'SecureRecord',
    'The record of a confidential or secret document, on the secure partition (Art. 5.2(a)–(i)): no abstract, the number of tasks instead of their content, each task its deadline, coarse result (Art. 5.2(g)) and evaluation.',
  ),
  // Outputs: the monitoring desk's intake.
  entry(
    'validate-tasks-result',
    'output',
    ValidatedTasks,
    'ValidatedTasks',
    'The JSON form of `validateTasks(rows)`: the rows every rule takes, as TaskInput (Art. 4.1, 6.2), and every problem of the others, each with the row’s index and id, the path inside the row, the error code and the message in Vietnamese and English.',
  ),
  entry(
    'validate-documents-result',
    'output',
    ValidatedDocuments,
    'ValidatedDocuments',
    'The JSON form of `validateDocuments(documents)`: the assigning documents `maskForSystem` takes (Art. 5), with the fields the package defines only, and every problem of the others, each with the document’s index and id (its number and symbol; null for a document refused under Art. 5.3 or 3.1), the path inside it, the error code and the message in Vietnamese and English.',
  ),
  // Outputs: scoring.
  entry(
    'evaluation-period',
    'output',
    EvaluationPeriod,
    'EvaluationPeriod',
    'The JSON form of `quarter()`, `halfYear()` and `year()`: a period of evaluation (Art. 17.1(b)), its days from `from` to `to` inclusive; `scoreUnits` takes it back as its period.',
  ),
  entry(
    'score-units-result',
    'output',
    listOf(UnitScore),
    'UnitScore[]',
    "The JSON form of `scoreUnits(units, period)`: each unit's score, grade (Art. 17.1(c)) and rank (Art. 17.2(c)), with every indicator and every item it counted; in rank order.",
  ),
  entry(
    'consecutive-not-completed-result',
    'output',
    listOf(ConsecutiveNotCompleted),
    'ConsecutiveNotCompleted[]',
    'The JSON form of `consecutiveNotCompleted(history)`: the units graded "not completed" in two consecutive periods of one kind, which must explain the causes (Art. 17.3(b)).',
  ),
  entry(
    'explanation-flags-result',
    'output',
    listOf(ExplanationFlag),
    'ExplanationFlag[]',
    'The JSON form of `explanationFlags(history)`: the units that must explain the causes and propose remedies (Art. 17.3(b), B16), each with its reason (graded "not completed", or a low result) and the periods concerned, earlier first.',
  ),
  // Outputs: regulation profiles.
  entry(
    'regulation',
    'output',
    Regulation,
    'Regulation',
    'A regulation profile as `REGULATION_08_QC_TW` and `defineRegulation` give it, whole: every limit, reading, report day, indicator and grade a rule reads (Art. 18.4).',
  ),
  // Outputs: simulation.
  entry(
    'simulation-timeline',
    'output',
    TimelineJson,
    'TimelineJson',
    "The JSON form of `simulate(tasks, options).toJSON()`: at each step the portfolio's counts by status (Art. 4.1(đ)), warning (Art. 18.1(d)) and update state (Art. 6.2(b)), and each task's status, warning and missed updates at every step.",
  ),
] as const)

/** The stable name of a published schema. */
export type JsonSchemaName = (typeof JSON_SCHEMA_REGISTRY)[number]['name']
