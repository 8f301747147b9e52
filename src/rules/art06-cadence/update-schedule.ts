import * as z from 'zod/mini'
import { type CalendarDays, daysOf, type WorkingCalendar } from '../../calendar/working-calendar.js'
import { civilDateOf, type DayNumber, dayNumberOf, daysInMonth } from '../../core/calendar-day.js'
import { Citation, cite } from '../../core/citation.js'
import { VnTaskSlaError } from '../../core/errors.js'
import { DETAILS } from '../../core/messages.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { fail } from '../../core/validation.js'
import type { FinalEnd } from '../../regulation/readings.js'
import type { Regulation } from '../../regulation/regulation.js'
import { UpdateScheduleSettings } from '../../regulation/regulation.js'
import { assignmentAt, assignmentStart, deadlineInForce, endingBy, parseTask, type TaskFacts } from '../../task/task-facts.js'
import { DeadlineInput, InstantInput, type TaskInput } from '../../task/task-input.js'
import {
  bindDefaults,
  CalendarOption,
  citing,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../context.js'
import { instantOption, instantOrDayOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/**
 * Art. 6.2(b)(1)–(4): the duration classes, shortest first. A task without a deadline falls in the
 * last class (6.2(b)(4): "6 months or more, or with no set time limit").
 */
export const DURATION_CLASSES = Object.freeze(['under-1-month', '1-to-3-months', '3-to-6-months', '6-months-or-more'] as const)
export type DurationClass = (typeof DURATION_CLASSES)[number]

/**
 * The required updates, in the order they fall due within a task: ½, ¾, final; or periodic. A
 * profile whose checkpoints are other shares than ½ and ¾ (Art. 18.4) owes `'interim'` updates.
 */
export const UPDATE_KINDS = Object.freeze(['half', 'three-quarters', 'final', 'periodic', 'interim'] as const)
export type UpdateKind = (typeof UPDATE_KINDS)[number]

/** One required update: made at or after `from`, no later than `dueBy`. */
export function scheduledUpdateSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      kind: z.enum(UPDATE_KINDS),
      /** The checkpoint (½, ¾), the end (final), or the start of the period (periodic). */
      from: instant,
      /** The end of the grace period (final, ½, ¾) or of the period's due day (periodic). */
      dueBy: instant,
      /** Art. 6.2(b)(1), (2), (3) or (4): the item of the task's duration class. */
      citation: Citation,
    }),
  )
}

/** The updates Art. 6.2(b) requires of a task. */
export function updateScheduleSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      durationClass: z.enum(DURATION_CLASSES),
      /** False for a task without a deadline (Art. 4.1(a)), which is in the last class. */
      hasDeadline: z.boolean(),
      /** In the order they fall due. */
      updates: z.readonly(z.array(scheduledUpdateSchema(instant))),
      citation: Citation,
    }),
  )
}

export const ScheduledUpdate = scheduledUpdateSchema(DateTimeValue)
export type ScheduledUpdate = z.output<typeof ScheduledUpdate>
export const ScheduledUpdateMillis = scheduledUpdateSchema(EpochMillis)
export type ScheduledUpdateMillis = z.output<typeof ScheduledUpdateMillis>
export const UpdateSchedule = updateScheduleSchema(DateTimeValue)
export type UpdateSchedule = z.output<typeof UpdateSchedule>
export const UpdateScheduleMillis = updateScheduleSchema(EpochMillis)
export type UpdateScheduleMillis = z.output<typeof UpdateScheduleMillis>

/** The options of `updateSchedule`: the profile, the readings of B2–B7 and B14 as shorthands, `until` and `asOf`. */
export const UpdateScheduleOptions = z.extend(UpdateScheduleSettings, {
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`. */
  regulation: z.optional(RegulationOption),
  /**
   * Periodic updates (class 4) of an open task up to this instant or the end of this day. Default: up
   * to `asOf` when the task has no deadline or is past it, else up to the deadline; a task without a
   * deadline needs `until` or `asOf`.
   */
  until: z.optional(DeadlineInput),
  /** Events after this instant are ignored (Art. 2.4); default: every event. */
  asOf: z.optional(InstantInput),
})
export type UpdateScheduleOptions = z.input<typeof UpdateScheduleOptions>

const readOptions = readerOf(UpdateScheduleOptions)
const toDateTimes = dateTimeConverter(UpdateScheduleMillis)

/** Bounds of a schedule besides the task: where the periods of class 4 stop, and which are skipped. */
export type ScheduleBounds = {
  /** Periodic updates (class 4) of an open task up to this instant; see `UpdateScheduleOptions.until`. */
  readonly until?: number | undefined
  /**
   * Periodic updates of periods that close two months or more before this instant are left out. A
   * caller that only counts updates due from then on (the scoring of a period) is spared working
   * them out; a due day moves at most a couple of weeks past its period (Tết), never two months.
   */
  readonly notBefore?: number | undefined
}

const CITATION = cite(6, 2, 'b')
const ITEM_CITATIONS = Object.freeze([cite(6, 2, 'b', 1), cite(6, 2, 'b', 2), cite(6, 2, 'b', 3), cite(6, 2, 'b', 4)] as const)
const CADENCE_MONTHS = Object.freeze({ monthly: 1, quarterly: 3, yearly: 12 } as const)

/** `updateSchedule` with its defaults given first: the entries bind them (`bindDefaults`). */
export function updateScheduleIn(defaults: RuleDefaults, task: TaskInput, options: UpdateScheduleOptions = {}): UpdateSchedule {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  const asOf = read.asOf === undefined ? Number.POSITIVE_INFINITY : instantOption(calendar, read.asOf, ['options', 'asOf'])
  const until = read.until === undefined ? undefined : instantOrDayOption(calendar, read.until, ['options', 'until'])
  const facts = parseTask(task, calendar, context.regulation.schedule)
  return toDateTimes(scheduleOf(facts, asOf, context, { until }), calendar) as UpdateSchedule
}

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
 * required (B8). The limits are the profile's (`regulation`, Art. 18.4).
 *
 * @example
 * const schedule = updateSchedule({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' })
 * schedule.durationClass //=> '1-to-3-months'
 * schedule.updates.map((update) => update.dueBy.toISODate()) //=> ['2025-06-12', '2025-07-03']
 */
export const updateSchedule = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, updateScheduleIn)

/**
 * The schedule of a task's facts as of `asOf` (epoch ms; infinity for every event), in epoch
 * milliseconds: what every rule that needs the schedule computes from.
 */
export function scheduleOf(
  task: TaskFacts,
  asOf: number,
  context: RuleContext,
  bounds: ScheduleBounds = {},
): UpdateScheduleMillis {
  const facts = assignmentAt(task, asOf)
  const { calendar, regulation } = context
  const { schedule, durations } = regulation
  const start = startOf(facts, schedule.start)
  const ending = endingBy(facts, asOf)?.at
  const deadline = deadlineInForce(facts, asOf)
  const classIndex = durationClassOf(calendar, regulation, start, deadline)
  const citation = citing(context, ITEM_CITATIONS[classIndex] as Citation)
  const updates: ScheduledUpdateMillis[] = []
  const dayEnd = schedule.dayEnd === 'midnight' ? undefined : { dayEnd: schedule.dayEnd }
  // The grace periods may end after the calendar's range, in its computing margin (CalendarDays).
  const days = daysOf(calendar)

  if (classIndex === 3 || deadline === null) {
    const last = periodicLast(deadline, ending, asOf, schedule, bounds.until)
    for (const period of periodsOf(calendar, facts.transferredAt, start, last, schedule, bounds.notBefore)) {
      updates.push(scheduled('periodic', period.from, period.dueBy, citation))
    }
  } else {
    for (const fraction of durations.checkpoints[classIndex] as readonly number[]) {
      const checkpoint = checkpointOf(calendar, start, deadline, fraction, schedule.checkpoints)
      // A task that ended before a checkpoint owes no update at it: the final update reports how it ended.
      if (ending !== undefined && checkpoint > ending) continue
      const dueBy = days.addWorkingDays(checkpoint, schedule.interimGraceDays, dayEnd)
      const kind = fraction === 0.5 ? 'half' : fraction === 0.75 ? 'three-quarters' : 'interim'
      updates.push(scheduled(kind, checkpoint, dueBy, citation))
    }
    const end = endOf(deadline, ending, schedule.finalEnd)
    const finalGrace = schedule.finalGraceDays ?? (durations.finalGraceDays[classIndex] as number)
    // "Update the result when completed": with the end always at the deadline, the window still
    // opens at an earlier completion or closure.
    const from = ending !== undefined && ending < end ? ending : end
    updates.push(scheduled('final', from, days.addWorkingDays(end, finalGrace, dayEnd), citation))
  }
  return Object.freeze({
    durationClass: DURATION_CLASSES[classIndex] as DurationClass,
    hasDeadline: deadline !== null,
    updates: Object.freeze(updates),
    citation: citing(context, CITATION),
  })
}

/** An update owed; a grace period never ends before its window opens. */
function scheduled(kind: UpdateKind, from: number, dueBy: number, citation: Citation): ScheduledUpdateMillis {
  return Object.freeze({ kind, from, dueBy: Math.max(from, dueBy), citation })
}

/**
 * B7: the instant the periods of Art. 6.2(b)(4) run up to (those that begin before it are owed). An
 * ended task owes them up to its end; an open one up to `until`, else up to `asOf` when it has no
 * deadline or is past it (periods run while the task is open), else up to its deadline. With
 * `periodicEnd: 'deadline'` they stop at the deadline, or at an earlier end.
 */
function periodicLast(
  deadline: number | null,
  ending: number | undefined,
  asOf: number,
  schedule: Regulation['schedule'],
  until: number | undefined,
): number {
  if (deadline !== null && schedule.periodicEnd === 'deadline') {
    const end = endOf(deadline, ending, schedule.finalEnd)
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
  facts: TaskFacts,
  asOf: number,
  schedule: UpdateScheduleMillis,
  context: RuleContext,
): number | null {
  if (schedule.durationClass !== '6-months-or-more') return null
  if (endingBy(facts, asOf) !== undefined) return null
  const deadline = deadlineInForce(facts, asOf)
  if (deadline === null) return Number.NEGATIVE_INFINITY
  return context.regulation.schedule.periodicEnd === 'deadline' ? null : deadline
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

/**
 * What a task's schedule as of `asOf` depends on besides the profile: its end and the deadline in
 * force. Two instants with equal keys have equal schedules, unless the periods of an open task run up
 * to the instant asked (`periodicFloor`).
 */
export function scheduleKeyAt(facts: TaskFacts, asOf: number): string {
  const assignment = facts.reassignments.length === 0 ? '' : `${assignmentStart(facts, asOf)}/`
  return `${assignment}${endingBy(facts, asOf)?.at ?? ''}/${deadlineInForce(facts, asOf) ?? ''}`
}

function startOf(facts: TaskFacts, start: Regulation['schedule']['start']): number {
  if (start === 'transfer') return facts.transferredAt
  if (facts.issuedAt === undefined) return fail('invalid_input', DETAILS.issueStartNeedsIssuedAt, ['task', 'issuedAt'])
  return facts.issuedAt
}

/** B4: the class index, by calendar months in the calendar's zone added to the start (a shorter month ends on its last day). */
function durationClassOf(calendar: WorkingCalendar, regulation: Regulation, start: number, deadline: number | null): number {
  if (deadline === null) return 3
  const [first, second, third] = regulation.durations.classMonths
  if (deadline < monthsAfter(calendar, start, second)) return deadline < monthsAfter(calendar, start, first) ? 0 : 1
  return deadline < monthsAfter(calendar, start, third) ? 2 : 3
}

/**
 * `count` calendar months after `start`. A bound past the calendar's last day lies after any deadline
 * the calendar can hold: a task transferred in the range's last months still has a class.
 */
function monthsAfter(calendar: WorkingCalendar, start: number, count: number): number {
  try {
    return calendar.millis.addCalendarMonths(start, count)
  } catch (error) {
    if (error instanceof VnTaskSlaError && error.code === 'outside_calendar_range') return Number.POSITIVE_INFINITY
    throw error
  }
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
  measure: Regulation['schedule']['checkpoints'],
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
  schedule: Regulation['schedule'],
  notBefore: number | undefined,
): { readonly from: number; readonly dueBy: number }[] {
  // On day numbers, not CalendarDay strings: a portfolio works out millions of periods.
  const days = daysOf(calendar)
  const step = CADENCE_MONTHS[schedule.cadence]
  const due = schedule.dueDayOfMonth
  const startDay = days.dayOf(start)
  const startDate = civilDateOf(startDay)
  // The first month that closes a period: the block's last month holding the start's month.
  let closing = startDate.year * 12 + Math.ceil(startDate.month / step) * step - 1
  if (periodEndDay(closing, due) < startDay) closing += step
  const firstClosing = closing
  // The periods folded into the one after them (B7): those due before the earliest instant allowed.
  let folded = 0
  if (schedule.firstPeriodicGraceDays > 0) {
    const dayEnd = schedule.dayEnd === 'midnight' ? undefined : { dayEnd: schedule.dayEnd }
    const earliestDue = days.addWorkingDays(transferredAt, schedule.firstPeriodicGraceDays, dayEnd)
    while (periodDue(days, firstClosing + folded * step, due) < earliestDue) folded += 1
  }
  if (notBefore !== undefined) {
    const date = civilDateOf(days.dayOf(notBefore))
    const earliest = date.year * 12 + date.month - 1 - 2
    // Whole steps only, so that every period kept is a period of the unabridged schedule; a period
    // that took in folded ones is kept whole.
    if (earliest > closing) closing += Math.floor((earliest - closing) / step) * step
    if (closing <= firstClosing + folded * step) closing = firstClosing
  }
  const periods: { from: number; dueBy: number }[] = []
  let previousEnd = days.endOf(periodEndDay(closing - step, due))
  for (;;) {
    // The day after the previous period's end starts this one: one millisecond after that end.
    const from = Math.max(start, previousEnd + 1)
    if (from >= last && periods.length > 0) break
    if (from > last) break
    if (closing === firstClosing) closing += folded * step
    periods.push({ from, dueBy: periodDue(days, closing, due) })
    previousEnd = days.endOf(periodEndDay(closing, due))
    closing += step
  }
  return periods
}

/**
 * The last day of the period that closes with month `monthIndex` (year × 12 + month − 1: plain
 * arithmetic on civil dates, no zone involved): the month's last day, or `dueDayOfMonth` when the
 * month has it.
 */
function periodEndDay(monthIndex: number, dueDayOfMonth: number | undefined): DayNumber {
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12 + 1
  const lastDay = daysInMonth(year, month)
  return dayNumberOf(year, month, dueDayOfMonth === undefined || dueDayOfMonth >= lastDay ? lastDay : dueDayOfMonth)
}

/** A period's update is due at the end of its last day, or of the first working day after it when it is not one (Civil Code Art. 148(5)). */
function periodDue(days: CalendarDays, monthIndex: number, dueDayOfMonth: number | undefined): number {
  const lastDay = periodEndDay(monthIndex, dueDayOfMonth)
  return days.endOf(days.isWorking(lastDay) ? lastDay : days.nextWorking(lastDay))
}
