import * as z from 'zod/mini'
import { type CalendarDays, daysOf } from '../../calendar/working-calendar.js'
import type { DayNumber } from '../../core/calendar-day.js'
import { Citation, cite } from '../../core/citation.js'
import { VnTaskSlaError } from '../../core/errors.js'
import { ALERT_REASONS, Messages } from '../../core/messages.js'
import { readerOf } from '../../core/reader.js'
import { DATE_DEADLINE_READINGS, DUE_DAYS } from '../../regulation/readings.js'
import { AlertThresholds } from '../../regulation/regulation.js'
import { assignmentStart, parseTask, type TaskFacts } from '../../task/task-facts.js'
import { InstantInput, type TaskInput } from '../../task/task-input.js'
import { type CompletionClassificationMillis, statusOf } from '../art04-status/classify-completion.js'
import {
  bindDefaults,
  CalendarOption,
  citing,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../context.js'
import { instantOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/** Art. 18.1(d): the warnings the system raises, in rising order. */
export const ALERT_LEVELS = Object.freeze(['none', 'approaching', 'due', 'overdue'] as const)
export type AlertLevel = (typeof ALERT_LEVELS)[number]

/** The warning a task calls for, why, and the article. */
export const Alert = z.readonly(
  z.strictObject({
    level: z.enum(ALERT_LEVELS),
    reason: Messages,
    citation: Citation,
  }),
)
export type Alert = z.output<typeof Alert>

/** The options of `alertLevel`. */
export const AlertLevelOptions = z.strictObject({
  /** The instant of the evaluation (Art. 2.4). */
  asOf: InstantInput,
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`; its thresholds and readings are the defaults of the options below. */
  regulation: z.optional(RegulationOption),
  /** B9: when a task is about to be overdue. */
  thresholds: z.optional(AlertThresholds),
  /** B14. */
  dateDeadlines: z.optional(z.enum(DATE_DEADLINE_READINGS)),
  /** B9: the day a task is due. */
  dueDay: z.optional(z.enum(DUE_DAYS)),
})
export type AlertLevelOptions = z.input<typeof AlertLevelOptions>

const readOptions = readerOf(AlertLevelOptions)
const CITATION = cite(18, 1, 'd')

/** `alertLevel` with its defaults given first: the entries bind them (`bindDefaults`). */
export function alertLevelIn(defaults: RuleDefaults, task: TaskInput, options: AlertLevelOptions): Alert {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const asOf = instantOption(context.calendar, read.asOf, ['options', 'asOf'])
  const facts = parseTask(task, context.calendar, context.regulation.schedule)
  return alertOf(facts, asOf, context, statusOf(facts, asOf, context))
}

/**
 * The warning a task calls for as of `asOf` (Art. 18.1(d): due, about to be overdue, overdue).
 * `'overdue'` after the deadline in force; `'due'` from the start of the deadline's working day (the
 * last working day on or before the deadline's day, B9) until the deadline; `'approaching'` when few
 * working days remain or most of the working time has elapsed; `'none'` otherwise, and always for a
 * task that has ended (completed or closed) or has no deadline.
 *
 * @example
 * alertLevel({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30' },
 *   { asOf: '2025-06-26T09:00' }).level //=> 'approaching'
 */
export const alertLevel = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, alertLevelIn)

/** The warning of a task's facts as of `asOf`, given its status then. */
export function alertOf(task: TaskFacts, asOf: number, context: RuleContext, status: CompletionClassificationMillis): Alert {
  const { calendar, regulation } = context
  if (status.endedAt !== null) return alertWith('none', ALERT_REASONS.ended, context)
  const deadline = status.deadline
  if (deadline === null) return alertWith('none', ALERT_REASONS.noDeadline, context)
  if (asOf > deadline) return alertWith('overdue', ALERT_REASONS.overdue, context)
  // On day numbers: a portfolio asks this of every task at every step.
  const days = daysOf(calendar)
  const deadlineDay = days.dayOf(deadline)
  if (asOf >= days.startOf(deadlineDay)) return alertWith('due', ALERT_REASONS.dueToday, context)
  if (regulation.readings.dueDay === 'last-working-day' && asOf >= startOfLastWorkingDay(days, deadlineDay)) {
    return alertWith('due', ALERT_REASONS.dueOnLastWorkingDay, context)
  }
  const { workingDaysLeft, elapsedShare } = regulation.thresholds
  const left = days.workingDaysBetween(days.dayOf(asOf), deadlineDay)
  if (left <= workingDaysLeft) {
    return alertWith('approaching', ALERT_REASONS.workingDaysLeft(left, workingDaysLeft), context)
  }
  // B18: the share is of the assignment in force; a re-assignment starts the count again.
  const start = assignmentStart(task, asOf)
  const total = calendar.millis.workingTimeBetween(start, deadline)
  const elapsed = calendar.millis.workingTimeBetween(start, asOf)
  if (total > 0 && elapsed / total >= elapsedShare) {
    const reason = ALERT_REASONS.elapsedShare(Math.floor((elapsed / total) * 100), Math.round(elapsedShare * 100))
    return alertWith('approaching', reason, context)
  }
  return alertWith('none', ALERT_REASONS.belowThresholds, context)
}

/**
 * The instants after `asOf` at which the warning of an open task with deadline `deadline` may change
 * with no new event, each the first instant of a level (B9): about to be overdue by working days left
 * (the start of the first day with few enough left) and by working time elapsed (the first instant
 * the share is reached), due (the start of the deadline's day, or of the last working day before it),
 * overdue (just after the deadline). Unsorted; the caller evaluates each.
 */
export function alertChangePoints(task: TaskFacts, asOf: number, context: RuleContext, deadline: number): number[] {
  const { calendar, regulation } = context
  const days = daysOf(calendar)
  const deadlineDay = days.dayOf(deadline)
  const points = [deadline + 1, days.startOf(deadlineDay)]
  if (regulation.readings.dueDay === 'last-working-day') points.push(startOfLastWorkingDay(days, deadlineDay))
  const { workingDaysLeft, elapsedShare } = regulation.thresholds
  // Working days left only fall, day by day: the first day with few enough, found by halving.
  let low = days.dayOf(asOf) + 1
  let high = deadlineDay
  if (low <= high && days.workingDaysBetween(high, deadlineDay) <= workingDaysLeft) {
    while (low < high) {
      const middle = Math.floor((low + high) / 2)
      if (days.workingDaysBetween(middle, deadlineDay) <= workingDaysLeft) high = middle
      else low = middle + 1
    }
    points.push(days.startOf(low))
  }
  const start = assignmentStart(task, asOf)
  const total = calendar.millis.workingTimeBetween(start, deadline)
  if (total > 0) {
    // The first instant at which that much working time has elapsed; its neighbours cover the rounding.
    const reached = calendar.millis.addWorkingTime(start, Math.ceil(total * elapsedShare))
    points.push(reached - 1, reached, reached + 1)
  }
  return points.filter((point) => point > asOf)
}

function alertWith(level: AlertLevel, reason: Messages, context: RuleContext): Alert {
  return Object.freeze({ level, reason: Object.freeze(reason), citation: citing(context, CITATION) })
}

/**
 * The start of the last working day on or before the deadline's day (B9). A calendar with no working
 * day before the deadline in its range leaves the deadline's own day.
 */
function startOfLastWorkingDay(days: CalendarDays, deadlineDay: DayNumber): number {
  if (days.isWorking(deadlineDay)) return days.startOf(deadlineDay)
  try {
    return days.startOf(days.previousWorking(deadlineDay))
  } catch (error) {
    if (error instanceof VnTaskSlaError && error.code === 'outside_calendar_range') return days.startOf(deadlineDay)
    throw error
  }
}
