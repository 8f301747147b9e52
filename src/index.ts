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
  isWorkingCalendar,
  type WorkingCalendar,
  type WorkingDayStepOptions,
  type WorkingDaysExplanation,
  type WorkingTimeBetweenExplanation,
  type WorkingTimeExplanation,
  workingCalendar,
} from './calendar/working-calendar.js'
export { type CalendarDay, isCalendarDay } from './core/calendar-day.js'
export { Citation, cite } from './core/citation.js'
export type { WorkingDuration } from './core/duration.js'
export { ERROR_CODES, type ErrorCode, type ErrorPath, isVnTaskSlaError, VnTaskSlaError } from './core/errors.js'
export { type Instant, OFFSETLESS_READINGS, type OffsetlessReading } from './core/instant.js'
export { Messages } from './core/messages.js'
export { IntakeIssue } from './intake/intake-issue.js'
export {
  ValidateDocumentsOptions,
  ValidatedDocuments,
  validateDocuments,
} from './intake/validate-documents.js'
export {
  UNKNOWN_KEY_POLICIES,
  type UnknownKeyPolicy,
  ValidatedTasks,
  ValidateTasksOptions,
  validateTasks,
} from './intake/validate-tasks.js'
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
  MaskedDocument,
  MaskForSystemOptions,
  maskForSystem,
  TaskResultOfOptions,
  taskResultOf,
} from './masking/mask-for-system.js'
export {
  SecureRecord,
  SecureTaskRecord,
  StandardRecord,
  StandardTaskRecord,
  TASK_RESULTS,
  type TaskResult,
} from './masking/masked-record.js'
export {
  AGENDA_ITEM_KINDS,
  Agenda,
  type AgendaItemKind,
  AgendaMillis,
  AgendaOptions,
  agenda,
} from './monitoring/agenda.js'
export {
  CHANGE_KINDS,
  type ChangeKind,
  NextChange,
  NextChangeMillis,
  NextChangeOptions,
  nextChange,
  nextChangeMillis,
} from './monitoring/next-change.js'
export {
  ATTENTION_REASONS,
  type AttentionReason,
  PortfolioSummary,
  PortfolioSummaryMillis,
  PortfolioSummaryOptions,
  portfolioSummary,
} from './monitoring/portfolio-summary.js'
export {
  CHECKPOINT_MEASURES,
  type CheckpointMeasure,
  DATE_DEADLINE_READINGS,
  type DateDeadlineReading,
  DUE_DAYS,
  type DueDay,
  FINAL_ENDS,
  type FinalEnd,
  HALF_YEAR_AND_ANNUAL_READINGS,
  type HalfYearAndAnnualReading,
  IN_PROGRESS_LATE_READINGS,
  type InProgressLateReading,
  LOW_RESULT_READINGS,
  type LowResultReading,
  OBJECTION_STARTS,
  type ObjectionStart,
  PERIOD_SEQUENCES,
  PERIODIC_ENDS,
  type PeriodicEnd,
  type PeriodSequence,
  REPORT_DATE_READINGS,
  type ReportDateReading,
  SCHEDULE_STARTS,
  type ScheduleStart,
  UPDATE_CADENCES,
  type UpdateCadence,
} from './regulation/readings.js'
export {
  AlertThresholds,
  defineRegulation,
  REGULATION_08_QC_TW,
  Regulation,
  RegulationChanges,
  UpdateScheduleSettings,
} from './regulation/regulation.js'
export {
  ACKNOWLEDGE_RECEIPT,
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  EVALUATE_UPDATE,
  OBJECT_TO_ASSIGNMENT,
  TIME_RULE_IDS,
  TIME_RULES,
  TimeRule,
  type TimeRuleId,
} from './regulation/time-rules.js'
export {
  ClassifyCompletionOptions,
  CompletionClassification,
  classifyCompletion,
} from './rules/art04-status/classify-completion.js'
export { COMPLETION_STATUSES, type CompletionStatus, UNTIMED_COMPLETION_STATUSES } from './rules/art04-status/status-traits.js'
export {
  UPDATE_STATES,
  UpdateCompliance,
  UpdateComplianceOptions,
  type UpdateState,
  updateCompliance,
} from './rules/art06-cadence/update-compliance.js'
export {
  DURATION_CLASSES,
  type DurationClass,
  ScheduledUpdate,
  UPDATE_KINDS,
  type UpdateKind,
  UpdateSchedule,
  UpdateScheduleOptions,
  updateSchedule,
} from './rules/art06-cadence/update-schedule.js'
export { Deadline, DeadlineOptions, deadline } from './rules/art06-deadlines/deadline.js'
export {
  DUTIES,
  DUTY_ACTS,
  DUTY_PARTIES,
  DutiesOptions,
  Duty,
  type DutyAct,
  type DutyKind,
  DutyMillis,
  type DutyParty,
  dutiesOf,
  dutiesOfMillis,
} from './rules/art06-duties/duty-ledger.js'
export {
  AssigneeReportDeadlinesOptions,
  assigneeReportDeadlines,
} from './rules/art15-reports/assignee-report-deadlines.js'
export {
  REPORT_FLAG_KINDS,
  ReportCompliance,
  ReportComplianceOptions,
  ReportFlag,
  type ReportFlagKind,
  RequiredReport,
  reportCompliance,
  SentReport,
} from './rules/art15-reports/report-compliance.js'
export {
  REPORT_KINDS,
  ReportingDeadline,
  ReportingDeadlinesOptions,
  type ReportKind,
  ReportPeriod,
  reportingDeadlines,
} from './rules/art16-reporting/reporting-deadlines.js'
export { ALERT_LEVELS, Alert, type AlertLevel, AlertLevelOptions, alertLevel } from './rules/art18-alerts/alert-level.js'
export { AUDIT_FLAG_KINDS, AuditFlag, type AuditFlagKind, AuditFlagsOptions, auditFlags } from './rules/audit/audit-flags.js'
export { DUTY_STATES, type DutyState } from './rules/duty-state.js'
export {
  EvaluateTaskOptions,
  evaluateTask,
  evaluateTaskMillis,
  TaskEvaluation,
  TaskEvaluationMillis,
} from './rules/evaluate-task.js'
export { ConsecutiveNotCompleted, consecutiveNotCompleted } from './scoring/consecutive-not-completed.js'
export {
  EvaluationPeriod,
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
  ExplanationFlag,
  ExplanationFlagsOptions,
  type ExplanationReason,
  explanationFlags,
} from './scoring/explanation-flags.js'
export { GRADE_THRESHOLDS, GRADES, type Grade, type GradeThresholds } from './scoring/grades.js'
export {
  BUILT_IN_MEASURES,
  type BuiltInMeasure,
  type CustomMeasure,
  DEFAULT_INDICATORS,
  Indicator,
  IndicatorSet,
  type MeasureContext,
} from './scoring/indicators.js'
export type { ExplainedScore } from './scoring/score-history.js'
export { gradeOf, ScoredUnits, ScoreUnitsOptions, scoreUnits } from './scoring/score-units.js'
export { CountedItem, IndicatorResult, UnitScore } from './scoring/unit-score.js'
export { generatePortfolio, PortfolioOptions } from './simulation/generate-portfolio.js'
export { SimulateOptions, simulate } from './simulation/simulate.js'
export { SIMULATION_STEPS, type SimulationStep } from './simulation/simulation-steps.js'
export {
  AlertCounts,
  SIMULATED_STATUSES,
  StatusCounts,
  TaskHistory,
  type Timeline,
  TimelineJson,
  TimelineStep,
  UpdateStateCounts,
} from './simulation/timeline.js'
export { UPDATE_EVENT_TYPES, type UpdateEventType } from './task/task-facts.js'
export {
  ASSIGNEE_KINDS,
  type AssigneeKind,
  OBJECTION_OUTCOMES,
  type ObjectionOutcome,
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
} from './task/task-input.js'
