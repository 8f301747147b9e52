import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { isCalendarDay } from '../../core/calendar-day.js'
import { type ErrorPath, VnTaskSlaError } from '../../core/errors.js'
import { DETAILS } from '../../core/messages.js'
import { atPath, fail, parseOrThrow } from '../../core/validation.js'
import { TASK_EVENT_TYPES, type TaskEventType, TaskInput } from './task-input.js'
import { isWellFormedTask } from './task-shape.js'

/**
 * How a deadline written as a day is read (B14 of the interpretation register, docs/regulation/article-6.md):
 * - `'as-written'` (default): the end of that day, even when it is not a working day: the date is
 *   the issuer's choice, and Civil Code Art. 148(5) moves periods counted in days, not fixed dates;
 * - `'next-working-day'`: the end of the next working day when the day is not one.
 */
export const DATE_DEADLINE_READINGS = Object.freeze(['as-written', 'next-working-day'] as const)
export type DateDeadlineReading = (typeof DATE_DEADLINE_READINGS)[number]

export type TaskReadingOptions = {
  readonly calendar: WorkingCalendar
  readonly dateDeadlines?: DateDeadlineReading
}

/** An event in epoch milliseconds. */
export type ReadEvent = {
  readonly type: TaskEventType
  readonly at: number
  readonly deadline: number | undefined
}

/** A validated task in epoch milliseconds, its events in time order. */
export type ReadTask = {
  readonly id: string
  readonly transferredAt: number
  readonly issuedAt: number | undefined
  /** The deadline the task was assigned with; null for a task without one (4.1(a)). */
  readonly deadline: number | null
  readonly events: readonly ReadEvent[]
}

/**
 * Validates a task (`invalid_input` with the path of the bad field) and reads every instant in the
 * calendar's zone. Events are ordered by instant, and events at the same instant by their type's
 * place in TASK_EVENT_TYPES, so that no result depends on the order the caller listed them in.
 */
export function readTask(input: unknown, options: TaskReadingOptions): ReadTask {
  const task = isWellFormedTask(input) ? input : parseOrThrow(TaskInput, input, 'invalid_input', ['task'])
  const { calendar } = options
  const reading = options.dateDeadlines ?? 'as-written'
  // Paths are built only for an error: a portfolio reads millions of instants that have none.
  const instant = (value: unknown, path: () => ErrorPath): number =>
    Number.isSafeInteger(value) ? (value as number) : atPath(path(), () => calendar.millis.of(value as never))
  const deadlineOf = (value: unknown, path: () => ErrorPath): number => {
    if (!isCalendarDay(value)) return instant(value, path)
    return atPath(path(), () =>
      calendar.millis.endOfDay(reading === 'next-working-day' ? calendar.nextWorkingDay(value, { inclusive: true }) : value),
    )
  }
  const transferredAt = instant(task.transferredAt, () => ['task', 'transferredAt'])
  const issuedAt = task.issuedAt === undefined ? undefined : instant(task.issuedAt, () => ['task', 'issuedAt'])
  const deadline = task.deadline == null ? null : deadlineOf(task.deadline, () => ['task', 'deadline'])
  if (deadline !== null && deadline < transferredAt) fail('invalid_input', DETAILS.deadlineBeforeTransfer, ['task', 'deadline'])

  const events = (task.events ?? []).map((event, index): ReadEvent => {
    const pathTo = (field: string) => (): ErrorPath => ['task', 'events', index, field]
    const extended = event.type === 'deadline-extended'
    if (extended !== (event.deadline !== undefined)) fail('invalid_input', DETAILS.extensionDeadline, pathTo('deadline')())
    const newDeadline = event.deadline === undefined ? undefined : deadlineOf(event.deadline, pathTo('deadline'))
    if (newDeadline !== undefined && newDeadline < transferredAt) {
      fail('invalid_input', DETAILS.deadlineBeforeTransfer, pathTo('deadline')())
    }
    return Object.freeze({ type: event.type, at: instant(event.at, pathTo('at')), deadline: newDeadline })
  })
  // Most histories arrive in order; sorting only the others keeps reading linear.
  if (!isInOrder(events)) events.sort(byInstantThenType)
  return Object.freeze({
    id: task.id,
    transferredAt,
    issuedAt,
    deadline,
    events: Object.freeze(events),
  })
}

/** `readTask` for a task inside a larger argument: errors are reported at `path` (`units.0.tasks.3.…`) instead of `task.…`. */
export function readTaskAt(input: unknown, options: TaskReadingOptions, path: ErrorPath): ReadTask {
  try {
    return readTask(input, options)
  } catch (error) {
    if (!(error instanceof VnTaskSlaError) || error.path[0] !== 'task') throw error
    throw error.at([...path, ...error.path.slice(1)])
  }
}

function byInstantThenType(a: ReadEvent, b: ReadEvent): number {
  return a.at - b.at || TASK_EVENT_TYPES.indexOf(a.type) - TASK_EVENT_TYPES.indexOf(b.type) || sameInstantTie(a, b)
}

function isInOrder(events: readonly ReadEvent[]): boolean {
  for (let index = 1; index < events.length; index += 1) {
    if (byInstantThenType(events[index - 1] as ReadEvent, events[index] as ReadEvent) > 0) return false
  }
  return true
}

/** Two extensions at one instant: the later deadline stands, whatever order they were listed in. */
function sameInstantTie(a: ReadEvent, b: ReadEvent): number {
  return (a.deadline ?? 0) - (b.deadline ?? 0)
}

/** The first event of one of `types` up to and including `asOf`; no array is built, as rules ask this often. */
export function firstEventAsOf(task: ReadTask, asOf: number, types: readonly TaskEventType[]): ReadEvent | undefined {
  for (const event of task.events) {
    if (event.at > asOf) return undefined
    if (types.includes(event.type)) return event
  }
  return undefined
}

/** The deadline in force at instant `t`: the last extension made by then, else the original (B8). */
export function deadlineAt(task: ReadTask, t: number): number | null {
  let deadline = task.deadline
  for (const event of task.events) {
    if (event.at > t) break
    if (event.type === 'deadline-extended' && event.deadline !== undefined) deadline = event.deadline
  }
  return deadline
}
