import * as z from 'zod/mini'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { type Citation, cite } from '../../core/citation.js'
import { VnTaskSlaError } from '../../core/errors.js'
import type { Instant } from '../../core/instant.js'
import type { Messages } from '../../core/messages.js'
import { parseOrThrow } from '../../core/validation.js'
import { type CompletionClassificationMillis, classifyReadTaskMillis } from '../art04-status/classify-completion.js'
import { defaultCalendar } from '../default-calendar.js'
import { dateDeadlinesOption, instantOption } from '../rule-options.js'
import { type DateDeadlineReading, type ReadTask, readTask } from '../task/read-task.js'

/** Art. 18.1(d): the warnings the system raises, in rising order. */
export const ALERT_LEVELS = Object.freeze(['none', 'approaching', 'due', 'overdue'] as const)
export type AlertLevel = (typeof ALERT_LEVELS)[number]

export const AlertThresholds = z.strictObject({
  /** "About to be overdue" when this many working days or fewer remain after today. Default 3. */
  workingDaysLeft: z.optional(z.int().check(z.minimum(0))),
  /** …or when this share of the working time from transfer to deadline has elapsed. Default 0.75. */
  elapsedShare: z.optional(z.number().check(z.gt(0), z.lte(1))),
})
export type AlertThresholds = z.input<typeof AlertThresholds>

/**
 * The day a task is "due" (đến hạn), B9:
 * - `'last-working-day'` (default): the deadline's working day, the last working day on or before the
 *   day of the deadline, from its start until the deadline; a deadline on a day off (kept as written,
 *   B14) is due from the last working day before it, when the assignee can still act;
 * - `'deadline-day'`: the deadline's own calendar day only (the first release's reading).
 */
export const DUE_DAYS = Object.freeze(['last-working-day', 'deadline-day'] as const)
export type DueDay = (typeof DUE_DAYS)[number]

export type AlertLevelOptions = {
  readonly asOf: Instant
  readonly calendar?: WorkingCalendar
  readonly thresholds?: AlertThresholds
  readonly dateDeadlines?: DateDeadlineReading
  /** B9. Default `'last-working-day'`. */
  readonly dueDay?: DueDay
}

const DueDayOption = z.optional(z.enum(DUE_DAYS))

/** The `dueDay` option, validated at `options.dueDay`. */
export function dueDayOption(value: unknown): DueDay {
  if (value === undefined) return 'last-working-day'
  return parseOrThrow(DueDayOption, value, 'invalid_input', ['options', 'dueDay']) ?? 'last-working-day'
}

export type Alert = {
  readonly level: AlertLevel
  readonly reason: Messages
  readonly citation: Citation
}

const CITATION = cite(18, 1, 'd')

function alert(level: AlertLevel, reason: Messages): Alert {
  return Object.freeze({ level, reason: Object.freeze(reason), citation: CITATION })
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
export function alertLevel(task: unknown, options: AlertLevelOptions): Alert {
  const calendar = options.calendar ?? defaultCalendar()
  // Options first: a programmer error does not depend on the data.
  const thresholds =
    options.thresholds === undefined
      ? {}
      : parseOrThrow(AlertThresholds, options.thresholds, 'invalid_input', ['options', 'thresholds'])
  const dateDeadlines = dateDeadlinesOption(options.dateDeadlines)
  const dueDay = dueDayOption(options.dueDay)
  const asOf = instantOption(calendar, options.asOf, ['options', 'asOf'])
  const read = readTask(task, { calendar, dateDeadlines })
  return alertOfReadTask(read, asOf, calendar, thresholds, classifyReadTaskMillis(read, asOf), dueDay)
}

/** The same, on a task already read and thresholds already validated, given the task's status as of `asOf`. */
export function alertOfReadTask(
  task: ReadTask,
  asOf: number,
  calendar: WorkingCalendar,
  thresholds: z.output<typeof AlertThresholds>,
  status: CompletionClassificationMillis,
  dueDay: DueDay = 'last-working-day',
): Alert {
  if (status.endedAt !== null) {
    return alert('none', { vi: 'nhiệm vụ đã kết thúc', en: 'the task has ended' })
  }
  const deadline = status.deadline
  if (deadline === null) return alert('none', { vi: 'nhiệm vụ không có thời hạn', en: 'the task has no deadline' })
  if (asOf > deadline) return alert('overdue', { vi: 'đã quá thời hạn', en: 'past the deadline' })
  const deadlineDay = calendar.millis.startOfDay(deadline)
  if (asOf >= deadlineDay) return alert('due', { vi: 'hôm nay là ngày đến hạn', en: 'the deadline is today' })
  if (dueDay === 'last-working-day' && asOf >= startOfLastWorkingDay(calendar, deadline)) {
    return alert('due', {
      vi: 'thời hạn rơi vào ngày nghỉ: ngày làm việc cuối cùng trước thời hạn đã đến',
      en: 'the deadline falls on a day off: its last working day before it has come',
    })
  }
  const workingDaysLeft = thresholds.workingDaysLeft ?? 3
  const elapsedShare = thresholds.elapsedShare ?? 0.75
  const left = calendar.workingDaysBetween(asOf, deadline)
  if (left <= workingDaysLeft) {
    return alert('approaching', {
      vi: `còn ${left} ngày làm việc (ngưỡng ${workingDaysLeft})`,
      en: `${left} working day${left === 1 ? '' : 's'} left (threshold ${workingDaysLeft})`,
    })
  }
  const total = calendar.millis.workingTimeBetween(task.transferredAt, deadline)
  const elapsed = calendar.millis.workingTimeBetween(task.transferredAt, asOf)
  if (total > 0 && elapsed / total >= elapsedShare) {
    const percent = Math.floor((elapsed / total) * 100)
    return alert('approaching', {
      vi: `đã qua ${percent}% thời gian làm việc (ngưỡng ${Math.round(elapsedShare * 100)}%)`,
      en: `${percent}% of the working time has elapsed (threshold ${Math.round(elapsedShare * 100)}%)`,
    })
  }
  return alert('none', { vi: 'chưa đến ngưỡng cảnh báo', en: 'no warning threshold reached' })
}

/**
 * The start of the last working day on or before the deadline's day (B9). A calendar with no working
 * day before the deadline in its range leaves the deadline's own day.
 */
function startOfLastWorkingDay(calendar: WorkingCalendar, deadline: number): number {
  const day = calendar.dayOf(deadline)
  try {
    return calendar.millis.startOfDay(calendar.millis.endOfDay(calendar.previousWorkingDay(day, { inclusive: true })))
  } catch (error) {
    if (error instanceof VnTaskSlaError && error.code === 'outside_calendar_range') return calendar.millis.startOfDay(deadline)
    throw error
  }
}
