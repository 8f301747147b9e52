import type { DateTime } from 'luxon'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import type { Citation } from '../../core/citation.js'
import type { Instant } from '../../core/instant.js'
import { defaultCalendar } from '../default-calendar.js'
import { instantOption } from '../rule-options.js'
import { type ReadEvent, type ReadTask, readTask } from '../task/read-task.js'
import {
  type ReadScheduleSettings,
  readScheduleSettings,
  type ScheduledUpdate,
  type ScheduledUpdateMillis,
  scheduleFromMillis,
  scheduleMillisOfReadTask,
  type UpdateSchedule,
  type UpdateScheduleMillis,
  type UpdateScheduleOptions,
} from './update-schedule.js'

/**
 * Where a required update stands as of an instant: made on time, made late, missed (its time
 * limit passed with none made); or still open: due (its window is open) or not yet due.
 */
export const UPDATE_STATES = Object.freeze(['made-on-time', 'made-late', 'missed', 'due', 'not-yet-due'] as const)
export type UpdateState = (typeof UPDATE_STATES)[number]

/**
 * The events that count as an update of Art. 6.2(b): a progress report, the completion with its
 * result, or a closure without completion, which records on the system how the task ended (B8).
 */
export const UPDATE_EVENT_TYPES = Object.freeze(['progress-updated', 'completed', 'closed-without-completion'] as const)
export type UpdateEventType = (typeof UPDATE_EVENT_TYPES)[number]
const REPORT_TYPES: ReadonlySet<string> = new Set(UPDATE_EVENT_TYPES)

export type UpdateComplianceOptions = Omit<UpdateScheduleOptions, 'asOf'> & {
  /** The instant of the evaluation (Art. 2.4): events after it are ignored. */
  readonly asOf: Instant
}

export type UpdateCompliance = {
  readonly update: ScheduledUpdate
  readonly state: UpdateState
  /** The first update event at or after the update's `from`, by `asOf`; null when there is none. */
  readonly satisfiedBy: { readonly type: UpdateEventType; readonly at: DateTime } | null
  /** The update's own item of Art. 6.2(b). */
  readonly citation: Citation
}

/**
 * Whether each update Art. 6.2(b) requires of the task was made, and in time, as of `asOf`. An
 * update is satisfied by the first `progress-updated`, `completed` or `closed-without-completion`
 * event at or after its `from` (one event may satisfy several updates); it is on time when made no
 * later than `dueBy`. The periodic updates of an open task without a deadline, or past it, run up
 * to `until`, by default `asOf` (B7).
 *
 * @example
 * updateCompliance({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00',
 *   events: [{ type: 'progress-updated', at: '2025-06-11T10:00' }] }, { asOf: '2025-07-01T08:00' })
 *   .map((item) => item.state) //=> ['made-on-time', 'due']
 */
export function updateCompliance(task: unknown, options: UpdateComplianceOptions): readonly UpdateCompliance[] {
  const { calendar: given, until, asOf, ...rest } = options
  const calendar = given ?? defaultCalendar()
  const settings = readScheduleSettings(rest, until, calendar)
  const asOfMillis = instantOption(calendar, asOf, ['options', 'asOf'])
  const read = readTask(task, { calendar, dateDeadlines: settings.dateDeadlines })
  return complianceOfReadTask(read, asOfMillis, calendar, settings)
}

/** The same, on a task already read and settings already validated: the audit flags build on it. */
export function complianceOfReadTask(
  task: ReadTask,
  asOf: number,
  calendar: WorkingCalendar,
  settings: ReadScheduleSettings = {},
): readonly UpdateCompliance[] {
  const schedule = scheduleMillisOfReadTask(task, asOf, calendar, settings)
  return complianceFromMillis(complianceMillisOf(task, asOf, schedule), scheduleFromMillis(schedule, calendar), calendar)
}

/** Compliance in epoch milliseconds: the fast form, for bulk work (`evaluateTaskMillis`). */
export type UpdateComplianceMillis = Omit<UpdateCompliance, 'update' | 'satisfiedBy'> & {
  readonly update: ScheduledUpdateMillis
  readonly satisfiedBy: { readonly type: UpdateEventType; readonly at: number } | null
}

/** Each update of a schedule in epoch milliseconds against the task's reports as of `asOf`. */
export function complianceMillisOf(
  task: ReadTask,
  asOf: number,
  schedule: UpdateScheduleMillis,
): readonly UpdateComplianceMillis[] {
  return Object.freeze(
    schedule.updates.map((update): UpdateComplianceMillis => {
      const report = firstReportFrom(task, update.from, asOf)
      return Object.freeze({
        update,
        state: stateOf(update, report?.at, asOf),
        satisfiedBy: report === undefined ? null : Object.freeze({ type: report.type as UpdateEventType, at: report.at }),
        citation: update.citation,
      })
    }),
  )
}

/** Where one update of a schedule stands as of `asOf`: `complianceMillisOf`'s state, without building the item. */
export function updateStateAt(task: ReadTask, update: ScheduledUpdateMillis, asOf: number): UpdateState {
  return stateOf(update, firstReportFrom(task, update.from, asOf)?.at, asOf)
}

/** The first report (an event of UPDATE_EVENT_TYPES) made at or after `from`, up to `asOf`; events are in time order. */
function firstReportFrom(task: ReadTask, from: number, asOf: number): ReadEvent | undefined {
  for (const event of task.events) {
    if (event.at > asOf) return undefined
    if (event.at >= from && REPORT_TYPES.has(event.type)) return event
  }
  return undefined
}

/** Compliance with DateTimes: `schedule` is the same schedule with DateTimes, whose updates the items share. */
export function complianceFromMillis(
  compliance: readonly UpdateComplianceMillis[],
  schedule: UpdateSchedule,
  calendar: WorkingCalendar,
): readonly UpdateCompliance[] {
  return Object.freeze(
    compliance.map(
      (item, index): UpdateCompliance =>
        Object.freeze({
          ...item,
          update: schedule.updates[index] as ScheduledUpdate,
          satisfiedBy:
            item.satisfiedBy === null
              ? null
              : Object.freeze({ type: item.satisfiedBy.type, at: calendar.toDateTime(item.satisfiedBy.at) }),
        }),
    ),
  )
}

/** Where an update stands, given the instant of the first report in its window (if any). */
function stateOf(update: ScheduledUpdateMillis, reportedAt: number | undefined, asOf: number): UpdateState {
  if (reportedAt !== undefined) return reportedAt <= update.dueBy ? 'made-on-time' : 'made-late'
  if (asOf > update.dueBy) return 'missed'
  return asOf >= update.from ? 'due' : 'not-yet-due'
}
