import type { DateTime } from 'luxon'
import * as z from 'zod/mini'
import { DAY_ENDS } from '../../calendar/operations/add-working-days.js'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { type CalendarDay, dayNumberOf, daysInMonth, formatDay } from '../../core/calendar-day.js'
import { type Citation, cite } from '../../core/citation.js'
import { VnTaskSlaError } from '../../core/errors.js'
import type { Instant } from '../../core/instant.js'
import { DETAILS } from '../../core/messages.js'
import { fail, parseOrThrow } from '../../core/validation.js'
import { defaultCalendar } from '../default-calendar.js'
import { instantOption, instantOrDayOption } from '../rule-options.js'
import { DATE_DEADLINE_READINGS, deadlineAt, firstEventAsOf, type ReadTask, readTask } from '../task/read-task.js'

/**
 * Art. 6.2(b)(1)–(4): the duration classes, shortest first. A task without a deadline falls in the
 * last class (6.2(b)(4): "6 months or more, or with no set time limit").
 */
export const DURATION_CLASSES = Object.freeze(['under-1-month', '1-to-3-months', '3-to-6-months', '6-months-or-more'] as const)
export type DurationClass = (typeof DURATION_CLASSES)[number]

/** The required updates, in the order they fall due within a task: ½, ¾, final; or periodic. */
export const UPDATE_KINDS = Object.freeze(['half', 'three-quarters', 'final', 'periodic'] as const)
export type UpdateKind = (typeof UPDATE_KINDS)[number]

/** B3: the implementation period starts at the transfer on the system (default) or at the document's issue. */
export const SCHEDULE_STARTS = Object.freeze(['transfer', 'issue'] as const)
export type ScheduleStart = (typeof SCHEDULE_STARTS)[number]

/** B5: the ½ and ¾ checkpoints as fractions of calendar time (default) or of working time. */
export const CHECKPOINT_MEASURES = Object.freeze(['calendar-time', 'working-time'] as const)
export type CheckpointMeasure = (typeof CHECKPOINT_MEASURES)[number]

/** B6: the end the final update counts from: the completion when on time, else the deadline (default); or always the deadline. */
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

/** The choices of the interpretation register (B2–B7), validated as a strict object. */
export const UpdateScheduleSettings = z.strictObject({
  /** B3. Default `'transfer'`; `'issue'` needs the task's `issuedAt`. */
  start: z.optional(z.enum(SCHEDULE_STARTS)),
  /** B5. Default `'calendar-time'`. */
  checkpoints: z.optional(z.enum(CHECKPOINT_MEASURES)),
  /** B5: working days to make a ½ or ¾ update after its checkpoint. Default 3. */
  interimGraceDays: z.optional(z.int().check(z.minimum(0))),
  /** B6: working days to make the final update after the end. Default 3 (classes 1, 2) or 5 (class 3). */
  finalGraceDays: z.optional(z.int().check(z.minimum(0))),
  /** B6. Default `'completion-or-deadline'`. */
  finalEnd: z.optional(z.enum(FINAL_ENDS)),
  /** B7. Default `'monthly'`. */
  cadence: z.optional(z.enum(UPDATE_CADENCES)),
  /** B7: periods end on this day of their last month (its last day when shorter) instead of the month's end. */
  dueDayOfMonth: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
  /** B7. Default `'task-end'`. */
  periodicEnd: z.optional(z.enum(PERIODIC_ENDS)),
  /**
   * B7: no periodic update falls due sooner than this many working days after the transfer; a period
   * due earlier is folded into the next. Default 3; 0 folds nothing (the first release).
   */
  firstPeriodicGraceDays: z.optional(z.int().check(z.minimum(0))),
  /** B2: where a count of working days ends; default `'midnight'`. */
  dayEnd: z.optional(z.enum(DAY_ENDS)),
  /** B14: how a deadline written as a day is read; default `'as-written'`. */
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
})
export type UpdateScheduleSettings = z.input<typeof UpdateScheduleSettings>

export type UpdateScheduleOptions = UpdateScheduleSettings & {
  /** Default `vietnamCalendar()`. */
  readonly calendar?: WorkingCalendar
  /**
   * Periodic updates (class 4) of an open task up to this instant or the end of this day. Default: up to
   * `asOf` when the task has no deadline or is past it, else up to the deadline; a task without a
   * deadline needs `until` or `asOf`.
   */
  readonly until?: Instant | CalendarDay
  /** Events after this instant are ignored (Art. 2.4); default: every event. */
  readonly asOf?: Instant
}

/** One required update: made at or after `from`, no later than `dueBy`. */
export type ScheduledUpdate = {
  readonly kind: UpdateKind
  /** The checkpoint (½, ¾), the end (final), or the start of the period (periodic). */
  readonly from: DateTime
  /** The end of the grace period (final, ½, ¾) or of the period's due day (periodic). */
  readonly dueBy: DateTime
  /** Art. 6.2(b)(1), (2), (3) or (4): the item of the task's duration class. */
  readonly citation: Citation
}

export type UpdateSchedule = {
  readonly durationClass: DurationClass
  /** False for a task without a deadline (Art. 4.1(a)), which is in the last class. */
  readonly hasDeadline: boolean
  /** In the order they fall due. */
  readonly updates: readonly ScheduledUpdate[]
  readonly citation: Citation
}

/** Settings after validation, with `until` read as epoch milliseconds. */
export type ReadScheduleSettings = z.output<typeof UpdateScheduleSettings> & {
  readonly until?: number
  /**
   * Periodic updates of periods that close two months or more before this instant are left out. A
   * caller that only counts updates due from then on (the scoring of a period) is spared working
   * them out; a due day moves at most a couple of weeks past its period (Tết), never two months.
   */
  readonly notBefore?: number
}

const CITATION = cite(6, 2, 'b')
const ITEM_CITATIONS = Object.freeze([cite(6, 2, 'b', 1), cite(6, 2, 'b', 2), cite(6, 2, 'b', 3), cite(6, 2, 'b', 4)] as const)
const CADENCE_MONTHS: Readonly<Record<UpdateCadence, number>> = Object.freeze({ monthly: 1, quarterly: 3, yearly: 12 })

/**
 * The updates Art. 6.2(b) requires of a task (docs/regulation/article-6.md). The task's duration
 * class compares the deadline with its start plus 1, 3 and 6 calendar months (B4): a task due
 * exactly 1 month after its start is in the second class.
 * - under 1 month: the final update, within 3 working days after the end;
 * - 1 to 3 months: at ½ of the implementation time (within 3 working days), and the final (3);
 * - 3 to 6 months: at ½ and ¾ (3 each), and the final (5);
 * - 6 months or more, or no deadline: one update per month (quarter, year), due at the end of the
 *   period's last day, moved to the next working day (Civil Code 2015, Art. 148(5)), for as long as
 *   the task is open, past its deadline too; a period due sooner than 3 working days after the
 *   transfer is folded into the next (B7).
 * The end is the completion, or the closure without completion, when it came by the deadline, else
 * the deadline in force (an extension replaces it). A ½ or ¾ checkpoint after the task ended is not
 * required (B8).
 *
 * @example
 * const schedule = updateSchedule({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' })
 * schedule.durationClass //=> '1-to-3-months'
 * schedule.updates.map((update) => update.dueBy.toISODate()) //=> ['2025-06-12', '2025-07-03']
 */
export function updateSchedule(task: unknown, options: UpdateScheduleOptions = {}): UpdateSchedule {
  const { calendar: given, until, asOf, ...rest } = options
  const calendar = given ?? defaultCalendar()
  const settings = readScheduleSettings(rest, until, calendar)
  const read = readTask(task, { calendar, dateDeadlines: settings.dateDeadlines })
  const asOfMillis = asOf === undefined ? Number.POSITIVE_INFINITY : instantOption(calendar, asOf, ['options', 'asOf'])
  return scheduleOfReadTask(read, asOfMillis, calendar, settings)
}

/** Validates the settings (`invalid_input` at `options.…`) and reads `until`. */
export function readScheduleSettings(
  settings: unknown,
  until: Instant | CalendarDay | undefined,
  calendar: WorkingCalendar,
): ReadScheduleSettings {
  // Most calls take every default; an empty object needs no parse.
  const parsed = isEmptyObject(settings) ? {} : parseOrThrow(UpdateScheduleSettings, settings, 'invalid_input', ['options'])
  if (until === undefined) return parsed
  const untilMillis = instantOrDayOption(calendar, until, ['options', 'until'])
  return { ...parsed, until: untilMillis }
}

/** One required update in epoch milliseconds: the fast form, for bulk work (`evaluateTaskMillis`). */
export type ScheduledUpdateMillis = Omit<ScheduledUpdate, 'from' | 'dueBy'> & {
  readonly from: number
  readonly dueBy: number
}

/** An update schedule in epoch milliseconds: what `updateSchedule` returns, before its instants become DateTimes. */
export type UpdateScheduleMillis = Omit<UpdateSchedule, 'updates'> & {
  readonly updates: readonly ScheduledUpdateMillis[]
}

/** The same, on a task already read, as of `asOf` (epoch ms; infinity for every event). */
export function scheduleOfReadTask(
  task: ReadTask,
  asOf: number,
  calendar: WorkingCalendar,
  settings: ReadScheduleSettings = {},
): UpdateSchedule {
  return scheduleFromMillis(scheduleMillisOfReadTask(task, asOf, calendar, settings), calendar)
}

/** The schedule in epoch milliseconds, its instants as DateTimes in the calendar's zone. */
export function scheduleFromMillis(plan: UpdateScheduleMillis, calendar: WorkingCalendar): UpdateSchedule {
  return Object.freeze({
    ...plan,
    updates: Object.freeze(
      plan.updates.map(
        (update): ScheduledUpdate =>
          Object.freeze({
            ...update,
            from: calendar.toDateTime(update.from),
            dueBy: calendar.toDateTime(update.dueBy),
          }),
      ),
    ),
  })
}

/** The updates of a task already read, in epoch milliseconds. */
export function scheduleMillisOfReadTask(
  task: ReadTask,
  asOf: number,
  calendar: WorkingCalendar,
  settings: ReadScheduleSettings = {},
): UpdateScheduleMillis {
  const start = startOf(task, settings.start ?? 'transfer')
  const ending = endingOf(task, asOf)
  const deadline = deadlineInForce(task, asOf)
  const durationClass = durationClassOf(calendar, start, deadline)
  const classIndex = DURATION_CLASSES.indexOf(durationClass)
  const citation = ITEM_CITATIONS[classIndex] as Citation
  const updates: ScheduledUpdateMillis[] = []
  // A grace period never ends before its window opens.
  const update = (kind: UpdateKind, from: number, dueBy: number): ScheduledUpdateMillis =>
    Object.freeze({ kind, from, dueBy: Math.max(from, dueBy), citation })
  const dayEnd = settings.dayEnd === undefined ? undefined : { dayEnd: settings.dayEnd }
  const finalEnd = settings.finalEnd ?? 'completion-or-deadline'

  if (durationClass === '6-months-or-more' || deadline === null) {
    const last = periodicLast(deadline, ending, asOf, settings)
    for (const period of periodsOf(calendar, task.transferredAt, start, last, settings)) {
      updates.push(update('periodic', period.from, period.dueBy))
    }
  } else {
    const fractions = classIndex === 0 ? [] : classIndex === 1 ? [0.5] : [0.5, 0.75]
    const interimGrace = settings.interimGraceDays ?? 3
    fractions.forEach((fraction, index) => {
      const checkpoint = checkpointOf(calendar, start, deadline, fraction, settings.checkpoints ?? 'calendar-time')
      // A task that ended before a checkpoint owes no update at it: the final update reports the result.
      if (ending !== undefined && checkpoint > ending) return
      const dueBy = calendar.millis.addWorkingDays(checkpoint, interimGrace, dayEnd)
      updates.push(update(index === 0 ? 'half' : 'three-quarters', checkpoint, dueBy))
    })
    const end = endOf(deadline, ending, finalEnd)
    const finalGrace = settings.finalGraceDays ?? (classIndex === 2 ? 5 : 3)
    // "Update the result when completed": with the end always at the deadline, the window still
    // opens at an earlier completion or closure.
    const from = ending !== undefined && ending < end ? ending : end
    updates.push(update('final', from, calendar.millis.addWorkingDays(end, finalGrace, dayEnd)))
  }
  return Object.freeze({
    durationClass,
    hasDeadline: deadline !== null,
    updates: Object.freeze(updates),
    citation: CITATION,
  })
}

/**
 * B7: the instant the periods of Art. 6.2(b)(4) run up to (those that begin before it are owed). An
 * ended task owes them up to its end; an open one up to `until`, else up to `asOf` when it has no
 * deadline or is past it (periods run while the task is open), else up to its deadline. With
 * `periodicEnd: 'deadline'` they stop at the deadline, or at an earlier end.
 */
function periodicLast(deadline: number | null, ending: number | undefined, asOf: number, settings: ReadScheduleSettings): number {
  const { until } = settings
  if (deadline !== null && settings.periodicEnd === 'deadline') {
    const end = endOf(deadline, ending, settings.finalEnd ?? 'completion-or-deadline')
    return until === undefined ? end : Math.min(end, until)
  }
  if (ending !== undefined) return until === undefined ? ending : Math.min(ending, until)
  if (until !== undefined) return until
  const asked = Number.isFinite(asOf) ? asOf : Number.NEGATIVE_INFINITY
  if (deadline !== null) return Math.max(deadline, asked)
  if (asked === Number.NEGATIVE_INFINITY) fail('invalid_input', DETAILS.periodicUpdatesNeedUntil, ['options', 'until'])
  return asked
}

/**
 * The instant up to which an open task's periods run when they follow the instant asked, for a
 * caller that works the schedule out once and asks it at several instants between two events (the
 * simulation): the periods at `t` are those that begin before `max(floor, t)`. Null when the periods
 * do not depend on the instant asked.
 */
export function periodicFloor(
  task: ReadTask,
  asOf: number,
  schedule: UpdateScheduleMillis,
  settings: ReadScheduleSettings,
): number | null {
  if (schedule.durationClass !== '6-months-or-more' || settings.until !== undefined) return null
  if (endingOf(task, asOf) !== undefined) return null
  const deadline = deadlineInForce(task, asOf)
  if (deadline === null) return Number.NEGATIVE_INFINITY
  return settings.periodicEnd === 'deadline' ? null : deadline
}

/**
 * The periodic schedule of an open task as it stood when its periods ran up to `until`, from the same
 * schedule worked out to a later instant: periods do not depend on where the schedule stops, and
 * `periodsOf` keeps the first period when it begins by `until` and every later one that begins before it.
 */
export function periodicScheduleUntil(schedule: UpdateScheduleMillis, until: number): UpdateScheduleMillis {
  const { updates } = schedule
  let count = 0
  while (count < updates.length && (updates[count] as ScheduledUpdateMillis).from < until) count += 1
  if (count === 0 && updates.length > 0 && (updates[0] as ScheduledUpdateMillis).from === until) count = 1
  return count === updates.length ? schedule : Object.freeze({ ...schedule, updates: Object.freeze(updates.slice(0, count)) })
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false
  for (const _ in value) return false
  return true
}

/** What ends a task's implementation, and its schedule (B8): the completion, or a closure without it. */
const ENDINGS = Object.freeze(['completed', 'closed-without-completion'] as const)

/**
 * What a task's schedule as of `asOf` depends on besides the settings: its end and the deadline in
 * force. Two instants with equal keys have equal schedules, unless the periods of an open task run up
 * to the instant asked (`periodicFloor`).
 */
export function scheduleKeyAt(task: ReadTask, asOf: number): string {
  return `${endingOf(task, asOf) ?? ''}/${deadlineInForce(task, asOf) ?? ''}`
}

/** The instant the task ended by `asOf`: its completion or closure without completion (B8). */
function endingOf(task: ReadTask, asOf: number): number | undefined {
  return firstEventAsOf(task, asOf, ENDINGS)?.at
}

/** The deadline in force when the task ended, or at `asOf` for an open task (B8); null without one. */
export function deadlineInForce(task: ReadTask, asOf: number): number | null {
  return deadlineAt(task, endingOf(task, asOf) ?? asOf)
}

function startOf(task: ReadTask, start: ScheduleStart): number {
  if (start === 'transfer') return task.transferredAt
  if (task.issuedAt === undefined) return fail('invalid_input', DETAILS.issueStartNeedsIssuedAt, ['task', 'issuedAt'])
  return task.issuedAt
}

/** B4: calendar months in the calendar's zone, added to the start (a shorter month ends on its last day). */
function durationClassOf(calendar: WorkingCalendar, start: number, deadline: number | null): DurationClass {
  if (deadline === null) return '6-months-or-more'
  // A bound past the calendar's last day lies after any deadline the calendar can hold: a task
  // transferred in the range's last months still has a class.
  const months = (count: number): number => {
    try {
      return calendar.millis.addCalendarMonths(start, count)
    } catch (error) {
      if (error instanceof VnTaskSlaError && error.code === 'outside_calendar_range') return Number.POSITIVE_INFINITY
      throw error
    }
  }
  if (deadline < months(3)) return deadline < months(1) ? 'under-1-month' : '1-to-3-months'
  return deadline < months(6) ? '3-to-6-months' : '6-months-or-more'
}

/** B6: the task's end (completion or closure, B8) when it came by the deadline, else the deadline. */
function endOf(deadline: number, ending: number | undefined, finalEnd: FinalEnd): number {
  return finalEnd === 'completion-or-deadline' && ending !== undefined && ending <= deadline ? ending : deadline
}

/** B5: start + fraction of the calendar time (to the millisecond, rounded down) or of the working time. */
function checkpointOf(
  calendar: WorkingCalendar,
  start: number,
  deadline: number,
  fraction: number,
  measure: CheckpointMeasure,
): number {
  if (measure === 'calendar-time') return start + Math.floor((deadline - start) * fraction)
  const working = Math.floor(calendar.millis.workingTimeBetween(start, deadline) * fraction)
  // A start outside working time opens at the next opening; the checkpoint never leaves [start, deadline].
  return Math.min(deadline, Math.max(start, calendar.millis.addWorkingTime(start, working)))
}

/**
 * B7: the calendar periods (months, quarters, years) from the one that holds `start` to the last
 * one that begins before `last`. With `dueDayOfMonth`, a period ends on that day of its last month
 * and the next begins the day after, like a data cut-off period. A period due sooner than
 * `firstPeriodicGraceDays` working days after the transfer is folded into the next, which then runs
 * from the start: an assignee is not asked for a report before it could make one.
 */
function periodsOf(
  calendar: WorkingCalendar,
  transferredAt: number,
  start: number,
  last: number,
  settings: ReadScheduleSettings,
): { readonly from: number; readonly dueBy: number }[] {
  const step = CADENCE_MONTHS[settings.cadence ?? 'monthly']
  const startDay = calendar.dayOf(start)
  // Months are counted as year × 12 + (month − 1): plain arithmetic on civil dates, no zone involved.
  const endDayOf = (monthIndex: number): CalendarDay => {
    const year = Math.floor(monthIndex / 12)
    const month = monthIndex - year * 12 + 1
    const lastDay = daysInMonth(year, month)
    const due = settings.dueDayOfMonth
    return formatDay(dayNumberOf(year, month, due === undefined || due >= lastDay ? lastDay : due))
  }
  const endOfLastDay = (monthIndex: number): number => calendar.millis.endOfDay(endDayOf(monthIndex))
  // Due at the end of the period's last day, or of the first working day after it when it is not
  // one (Civil Code Art. 148(5)).
  const dueOf = (monthIndex: number): number => {
    const lastDay = endDayOf(monthIndex)
    const end = calendar.millis.endOfDay(lastDay)
    return calendar.isWorkingDay(lastDay) ? end : calendar.millis.addWorkingDays(end, 1)
  }
  const startYear = Number(startDay.slice(0, 4))
  const startMonth = Number(startDay.slice(5, 7))
  // The first month that closes a period: the block's last month holding the start's month.
  let closing = startYear * 12 + Math.ceil(startMonth / step) * step - 1
  if (endDayOf(closing) < startDay) closing += step
  const firstClosing = closing
  // The periods folded into the one after them (B7): those due before the earliest instant allowed.
  const grace = settings.firstPeriodicGraceDays ?? 3
  let folded = 0
  if (grace > 0) {
    const dayEnd = settings.dayEnd === undefined ? undefined : { dayEnd: settings.dayEnd }
    const earliestDue = calendar.millis.addWorkingDays(transferredAt, grace, dayEnd)
    while (dueOf(firstClosing + folded * step) < earliestDue) folded += 1
  }
  if (settings.notBefore !== undefined) {
    const day = calendar.dayOf(settings.notBefore)
    const earliest = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - 2
    // Whole steps only, so that every period kept is a period of the unabridged schedule; a period
    // that took in folded ones is kept whole.
    if (earliest > closing) closing += Math.floor((earliest - closing) / step) * step
    if (closing <= firstClosing + folded * step) closing = firstClosing
  }
  const periods: { from: number; dueBy: number }[] = []
  let previousEnd = endOfLastDay(closing - step)
  for (;;) {
    // The day after the previous period's end starts this one: one millisecond after that end.
    const from = Math.max(start, previousEnd + 1)
    if (from >= last && periods.length > 0) break
    if (from > last) break
    if (closing === firstClosing) closing += folded * step
    periods.push({ from, dueBy: dueOf(closing) })
    previousEnd = endOfLastDay(closing)
    closing += step
  }
  return periods
}
