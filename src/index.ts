/**
 * The public names of vn-task-sla, and nothing else.
 * @module vn-task-sla
 */

export {
  type DayException,
  type DayHours,
  type DayReason,
  type DayReasonKind,
  EXCEPTION_KINDS,
  type ExceptionKind,
  type Season,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
  WorkingCalendarDefinition,
  type WorkingInterval,
} from './calendar/definition.js'
export { DAY_ENDS, type DayEnd } from './calendar/operations/add-working-days.js'
export { BOUNDARY_LANDINGS, type BoundaryLanding } from './calendar/operations/add-working-time.js'
export type { DayDescription, HoursInterval } from './calendar/operations/describe-day.js'
export { HOLIDAY_IDS, HOLIDAY_NAMES, type HolidayId } from './calendar/vietnam/holiday-names.js'
export { OFFICIAL_SCHEDULES, OfficialSchedule, type OfficialScheduleDay } from './calendar/vietnam/official-schedules.js'
export {
  DEFAULT_VIETNAM_WEEK,
  VIETNAM_CALENDAR_RANGE,
  VietnamCalendarOptions,
  vietnamCalendar,
} from './calendar/vietnam/vietnam-calendar.js'
export {
  type AddWorkingDaysOptions,
  type AddWorkingTimeOptions,
  type WorkingCalendar,
  type WorkingDaysExplanation,
  type WorkingTimeBetweenExplanation,
  type WorkingTimeExplanation,
  workingCalendar,
} from './calendar/working-calendar.js'
export { type CalendarDay, isCalendarDay } from './core/calendar-day.js'
export { type Citation, cite } from './core/citation.js'
export type { WorkingDuration } from './core/duration.js'
export { ERROR_CODES, type ErrorCode, type ErrorPath, isVnTaskSlaError, VnTaskSlaError } from './core/errors.js'
export { type Instant, OFFSETLESS_READINGS, type OffsetlessReading } from './core/instant.js'
export type { Messages } from './core/messages.js'
export { type AssignmentDocument, AssignmentDocumentSchema, type AssignmentTask } from './masking/assignment-document.js'
export {
  type FieldScope,
  PARTITIONS,
  type Partition,
  type RecordField,
  SECRECY_FIELD_TABLE,
  type SecrecyRule,
} from './masking/field-table.js'
export {
  type MaskedDocument,
  type MaskForSystemOptions,
  maskForSystem,
  type TaskResultOfOptions,
  taskResultOf,
} from './masking/mask-for-system.js'
export {
  maskedRecordJsonSchemas,
  SecureRecord,
  SecureTaskRecord,
  StandardRecord,
  StandardTaskRecord,
  TASK_RESULTS,
  type TaskResult,
} from './masking/masked-record.js'
export {
  type ClassifyCompletionOptions,
  COMPLETION_STATUSES,
  type CompletionClassification,
  type CompletionClassificationMillis,
  type CompletionStatus,
  classifyCompletion,
  IN_PROGRESS_LATE_READINGS,
  type InProgressLateReading,
  UNTIMED_COMPLETION_STATUSES,
} from './rules/art04-status/classify-completion.js'
export {
  UPDATE_EVENT_TYPES,
  UPDATE_STATES,
  type UpdateCompliance,
  type UpdateComplianceMillis,
  type UpdateComplianceOptions,
  type UpdateEventType,
  type UpdateState,
  updateCompliance,
} from './rules/art06-cadence/update-compliance.js'
export {
  CHECKPOINT_MEASURES,
  type CheckpointMeasure,
  DURATION_CLASSES,
  type DurationClass,
  FINAL_ENDS,
  type FinalEnd,
  PERIODIC_ENDS,
  type PeriodicEnd,
  SCHEDULE_STARTS,
  type ScheduledUpdate,
  type ScheduledUpdateMillis,
  type ScheduleStart,
  UPDATE_CADENCES,
  UPDATE_KINDS,
  type UpdateCadence,
  type UpdateKind,
  type UpdateSchedule,
  type UpdateScheduleMillis,
  type UpdateScheduleOptions,
  UpdateScheduleSettings,
  updateSchedule,
} from './rules/art06-cadence/update-schedule.js'
export { type Deadline, type DeadlineOptions, deadline } from './rules/art06-deadlines/deadline.js'
export {
  ACKNOWLEDGE_RECEIPT,
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  EVALUATE_UPDATE,
  OBJECT_TO_ASSIGNMENT,
  TIME_RULES,
  type TimeRule,
} from './rules/art06-deadlines/rules.js'
export {
  HALF_YEAR_AND_ANNUAL_READINGS,
  type HalfYearAndAnnualReading,
  REPORT_DATE_READINGS,
  REPORT_KINDS,
  type ReportDateReading,
  type ReportingDeadline,
  type ReportingDeadlinesOptions,
  type ReportKind,
  reportingDeadlines,
} from './rules/art16-reporting/reporting-deadlines.js'
export {
  ALERT_LEVELS,
  type Alert,
  type AlertLevel,
  type AlertLevelOptions,
  AlertThresholds,
  alertLevel,
  DUE_DAYS,
  type DueDay,
} from './rules/art18-alerts/alert-level.js'
export {
  AUDIT_FLAG_KINDS,
  type AuditFlag,
  type AuditFlagKind,
  type AuditFlagsOptions,
  auditFlags,
  OBJECTION_STARTS,
  type ObjectionStart,
} from './rules/audit/audit-flags.js'
export {
  type EvaluateTaskOptions,
  evaluateTask,
  evaluateTaskMillis,
  type TaskEvaluation,
  type TaskEvaluationMillis,
} from './rules/evaluation/evaluate-task.js'
export { DATE_DEADLINE_READINGS, type DateDeadlineReading } from './rules/task/read-task.js'
export {
  ASSIGNEE_KINDS,
  type AssigneeKind,
  SECRECY_LEVELS,
  type SecrecyLevel,
  TASK_EVENT_TYPES,
  TASK_GROUPS,
  TASK_PRIORITIES,
  TASK_SCOPES,
  TaskEvent,
  type TaskEventType,
  type TaskGroup,
  TaskInput,
  type TaskPriority,
  type TaskScope,
} from './rules/task/task-input.js'
export { jsonSchemas } from './schemas/json-schemas.js'
export {
  JSON_SCHEMA_DIRECTIONS,
  JSON_SCHEMA_REGISTRY,
  type JsonSchemaDirection,
  type JsonSchemaEntry,
  type JsonSchemaName,
} from './schemas/registry.js'
export type { JsonSchema } from './schemas/to-json-schema.js'
export {
  type ConsecutiveNotCompleted,
  consecutiveNotCompleted,
} from './scoring/consecutive-not-completed.js'
export {
  type EvaluationPeriod,
  halfYear,
  nextPeriod,
  PERIOD_KINDS,
  type PeriodKind,
  PeriodOptions,
  quarter,
  year,
} from './scoring/evaluation-period.js'
export {
  EXPLANATION_REASONS,
  type ExplainedScore,
  type ExplanationFlag,
  ExplanationFlagsOptions,
  type ExplanationReason,
  explanationFlags,
  LOW_RESULT_READINGS,
  type LowResultReading,
  PERIOD_SEQUENCES,
  type PeriodSequence,
} from './scoring/explanation-flags.js'
export {
  BUILT_IN_MEASURES,
  type BuiltInMeasure,
  type CustomMeasure,
  DEFAULT_INDICATORS,
  type Indicator,
  type IndicatorSet,
  IndicatorSetSchema,
  type MeasureContext,
} from './scoring/indicators.js'
export {
  type CountedItem,
  GRADE_THRESHOLDS,
  GRADES,
  type Grade,
  gradeOf,
  type IndicatorResult,
  type ScoredUnitInput,
  ScoredUnitsSchema,
  type ScoreUnitsOptions,
  scoreUnits,
  type UnitScore,
} from './scoring/score-units.js'
export { generatePortfolio, PortfolioOptions } from './simulation/generate-portfolio.js'
export { type SimulateOptions, simulate } from './simulation/simulate.js'
export { SIMULATION_STEPS, type SimulationStep } from './simulation/simulation-steps.js'
export {
  type AlertCounts,
  SIMULATED_STATUSES,
  type StatusCounts,
  type TaskHistory,
  type Timeline,
  type TimelineJson,
  type TimelineStep,
  type UpdateStateCounts,
} from './simulation/timeline.js'
