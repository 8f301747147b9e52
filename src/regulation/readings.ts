/**
 * The readings of the interpretation register (docs/interpretations.md), each a frozen tuple whose
 * first member is the default of Regulation 08-QC/TW. A regulation profile names one member of each
 * (`Regulation.schedule`, `Regulation.readings`); a rule's options take the same names as shorthands.
 * B1 (`BOUNDARY_LANDINGS`) and B2 (`DAY_ENDS`) are the calendar's own, beside its operations.
 */

/** B3: the implementation period starts at the transfer on the system (default) or at the document's issue. */
export const SCHEDULE_STARTS = Object.freeze(['transfer', 'issue'] as const)
export type ScheduleStart = (typeof SCHEDULE_STARTS)[number]

/** B5: the ½ and ¾ checkpoints as fractions of calendar time (default) or of working time. */
export const CHECKPOINT_MEASURES = Object.freeze(['calendar-time', 'working-time'] as const)
export type CheckpointMeasure = (typeof CHECKPOINT_MEASURES)[number]

/** B6: the end the final update counts from: the task's end when it came by the deadline, else the deadline (default); or always the deadline. */
export const FINAL_ENDS = Object.freeze(['completion-or-deadline', 'deadline'] as const)
export type FinalEnd = (typeof FINAL_ENDS)[number]

/** B7: the periods of Art. 6.2(b)(4), shortest first; monthly by default. */
export const UPDATE_CADENCES = Object.freeze(['monthly', 'quarterly', 'yearly'] as const)
export type UpdateCadence = (typeof UPDATE_CADENCES)[number]

/**
 * B7: how long the periods of Art. 6.2(b)(4) run:
 * - `'task-end'` (default): while the task is open ("đang triển khai"): a task still open past its
 *   deadline keeps owing them until it ends, by completion or closure;
 * - `'deadline'`: they stop at the deadline, or at an earlier end (the first release's reading).
 */
export const PERIODIC_ENDS = Object.freeze(['task-end', 'deadline'] as const)
export type PeriodicEnd = (typeof PERIODIC_ENDS)[number]

/**
 * B8: what "in progress, late" means:
 * - `'after-deadline'` (default): started, not completed, and the deadline has passed;
 * - `'behind-update-schedule'`: that, or a required update of Art. 6.2(b) missed before the deadline.
 */
export const IN_PROGRESS_LATE_READINGS = Object.freeze(['after-deadline', 'behind-update-schedule'] as const)
export type InProgressLateReading = (typeof IN_PROGRESS_LATE_READINGS)[number]

/**
 * B9: the day a task is "due" (đến hạn):
 * - `'last-working-day'` (default): the deadline's working day, the last working day on or before the
 *   day of the deadline, from its start until the deadline; a deadline on a day off (kept as written,
 *   B14) is due from the last working day before it, when the assignee can still act;
 * - `'deadline-day'`: the deadline's own calendar day only (the first release's reading).
 */
export const DUE_DAYS = Object.freeze(['last-working-day', 'deadline-day'] as const)
export type DueDay = (typeof DUE_DAYS)[number]

/**
 * B11: what happens to a report day that is not a working day:
 * - `'keep'` (default): the days are fixed by the regulation, not periods counted in days;
 * - `'previous-working-day'`: the report is due at the end of the last working day before it.
 */
export const REPORT_DATE_READINGS = Object.freeze(['keep', 'previous-working-day'] as const)
export type ReportDateReading = (typeof REPORT_DATE_READINGS)[number]

/**
 * B11: how "trước" (before) reads in "trước ngày 25 của tháng và tháng cuối quý, ngày 25/6 và ngày 20/12":
 * - `'day-before'` (default): it governs the whole list: the 6-month report is due by the end of 24 June
 *   and the annual report by the end of 19 December, as the monthly ones by the end of the 24th;
 * - `'named-day'`: 25 June and 20 December are the due days themselves (the first release's reading,
 *   which put the 6-month report after the June quarterly one).
 */
export const HALF_YEAR_AND_ANNUAL_READINGS = Object.freeze(['day-before', 'named-day'] as const)
export type HalfYearAndAnnualReading = (typeof HALF_YEAR_AND_ANNUAL_READINGS)[number]

/**
 * B14: how a deadline written as a day is read:
 * - `'as-written'` (default): the end of that day, even when it is not a working day: the date is the
 *   issuer's choice, and Civil Code Art. 148(5) moves periods counted in days, not fixed dates;
 * - `'next-working-day'`: the end of the next working day when the day is not one.
 */
export const DATE_DEADLINE_READINGS = Object.freeze(['as-written', 'next-working-day'] as const)
export type DateDeadlineReading = (typeof DATE_DEADLINE_READINGS)[number]

/**
 * B15: where the 8 working hours to object (Art. 6.2(a): "kể từ thời điểm tiếp nhận") count from:
 * - `'transfer'` (default): the instant the task reached the assignee, which the system records as its
 *   receipt, the same clock as the 4 hours to confirm it;
 * - `'acknowledgement'`: the assignee's confirmation of receipt, when it came by the objection (else the transfer).
 */
export const OBJECTION_STARTS = Object.freeze(['transfer', 'acknowledgement'] as const)
export type ObjectionStart = (typeof OBJECTION_STARTS)[number]

/** B16: how many periods a low result needs: two consecutive ones (default), or one. */
export const LOW_RESULT_READINGS = Object.freeze(['two-consecutive-periods', 'one-period'] as const)
export type LowResultReading = (typeof LOW_RESULT_READINGS)[number]

/** B16: which periods are consecutive: of the same kind (default), or in the order of the history. */
export const PERIOD_SEQUENCES = Object.freeze(['same-kind', 'history-order'] as const)
export type PeriodSequence = (typeof PERIOD_SEQUENCES)[number]
