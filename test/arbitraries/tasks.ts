// Small random tasks for the laws of the time rules (Art. 4.1(đ), 18.1(d)): a transfer, a deadline (an
// instant, a day, or none) and a few events, all in epoch milliseconds or calendar days, so that
// every instant is host-independent. The Vietnamese calendar has no DST: a day ends at 23:59:59.999+07:00.
import fc from 'fast-check'
import { TASK_EVENT_TYPES, type TaskEvent, type TaskEventType, type TaskInput } from '../../src/index.js'
import { instantBetween, MS_PER_DAY, MS_PER_HOUR, utc } from './calendar.js'

const VIETNAM_OFFSET = 7 * MS_PER_HOUR

/** The transfers the laws draw from: the years of announced schedules, 2025 and 2026. */
export const TRANSFER_WINDOW = Object.freeze({ from: utc(2025, 1, 1), to: utc(2026, 6, 30) })

/** The calendar day, in Asia/Ho_Chi_Minh, of an instant (epoch ms). */
export function vietnamDayOf(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET).toISOString().slice(0, 10)
}

/** The end of a calendar day in Asia/Ho_Chi_Minh, 23:59:59.999+07:00, as epoch ms (B14, as written). */
export function endOfVietnamDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, date + 1) - VIETNAM_OFFSET - 1
}

/** A deadline as the task gives it: epoch ms, or a calendar day (its end, as written). */
export type DeadlineValue = number | string

export function deadlineMillis(value: DeadlineValue): number {
  return typeof value === 'number' ? value : endOfVietnamDay(value)
}

/** A deadline no earlier than `from`: an instant within `maxDays`, or the day of such an instant. */
function deadlineFrom(from: number, maxDays: number): fc.Arbitrary<DeadlineValue> {
  const instant = instantBetween(from, from + maxDays * MS_PER_DAY)
  return fc.oneof(
    instant,
    instant.map((ms) => vietnamDayOf(ms)),
  )
}

/** A generated task: the input the rules take, and the instants it was built from. */
export type TaskCase = {
  readonly task: TaskInput & { readonly events: readonly TaskEvent[] }
  readonly transfer: number
  /** The deadline the task was assigned with, in epoch ms (a day read as written); null without one. */
  readonly deadline: number | null
}

export type TaskArbitraryOptions = {
  /** Which extensions appear: none; only extensions granted no later than the deadline they replace; any. */
  readonly extensions?: 'none' | 'timely' | 'any'
  /** Event types to draw from; default every type. */
  readonly types?: readonly TaskEventType[]
  /** Force a `completed` event. */
  readonly completed?: boolean
  /** Whether a task may have no deadline; default true. */
  readonly withoutDeadline?: boolean
  readonly maxEvents?: number
}

type RawEvent = { readonly type: TaskEventType; readonly at: number; readonly deadline?: DeadlineValue }

const TYPE_INDEX = new Map(TASK_EVENT_TYPES.map((type, index) => [type, index]))

/** The order the rules read events in: by instant, then by type, then (extensions) by new deadline. */
function readingOrder(a: RawEvent, b: RawEvent): number {
  return (
    a.at - b.at ||
    (TYPE_INDEX.get(a.type) ?? 0) - (TYPE_INDEX.get(b.type) ?? 0) ||
    (a.deadline === undefined ? 0 : deadlineMillis(a.deadline)) - (b.deadline === undefined ? 0 : deadlineMillis(b.deadline))
  )
}

/** Drops every extension granted after the deadline in force at its instant. */
function timelyExtensions(deadline: DeadlineValue | null, events: readonly RawEvent[]): RawEvent[] {
  let current = deadline === null ? null : deadlineMillis(deadline)
  const kept: RawEvent[] = []
  for (const event of [...events].sort(readingOrder)) {
    if (event.type === 'deadline-extended' && event.deadline !== undefined) {
      if (current !== null && event.at > current) continue
      current = deadlineMillis(event.deadline)
    }
    kept.push(event)
  }
  return kept
}

/**
 * Drops every re-assignment the rules refuse (B18): one after the task ended, or after the deadline
 * in force at its instant (with no extension at that instant).
 */
function validReassignments(deadline: DeadlineValue | null, events: readonly RawEvent[]): RawEvent[] {
  const ordered = [...events].sort(readingOrder)
  const ending = ordered.find((event) => event.type === 'completed' || event.type === 'closed-without-completion')?.at
  return events.filter((event) => {
    if (event.type !== 'reassigned') return true
    if (ending !== undefined && ending < event.at) return false
    let inForce = deadline === null ? null : deadlineMillis(deadline)
    for (const other of ordered) {
      if (other.at > event.at) break
      if (other.type === 'deadline-extended' && other.deadline !== undefined) inForce = deadlineMillis(other.deadline)
    }
    return inForce === null || inForce >= event.at
  })
}

/** The task with its deadline replaced, and the re-assignments the new deadline makes invalid dropped. */
export function withDeadline(c: TaskCase, deadline: DeadlineValue | null): TaskCase {
  const events = validReassignments(deadline, c.task.events as readonly RawEvent[])
  return {
    ...c,
    deadline: deadline === null ? null : deadlineMillis(deadline),
    task: { ...c.task, deadline, events: events as readonly TaskEvent[] },
  }
}

/** Random tasks transferred in TRANSFER_WINDOW, events within 200 days of the transfer, in random order. */
export function taskCase(options: TaskArbitraryOptions = {}): fc.Arbitrary<TaskCase> {
  const extensions = options.extensions ?? 'any'
  const types = (options.types ?? TASK_EVENT_TYPES).filter((type) => extensions !== 'none' || type !== 'deadline-extended')
  return instantBetween(TRANSFER_WINDOW.from, TRANSFER_WINDOW.to).chain((transfer) => {
    const deadline =
      options.withoutDeadline === false ? deadlineFrom(transfer, 150) : fc.option(deadlineFrom(transfer, 150), { freq: 4 })
    const at = instantBetween(transfer, transfer + 200 * MS_PER_DAY)
    const event: fc.Arbitrary<RawEvent> = fc
      .tuple(fc.constantFrom(...types), at)
      .chain(([type, instant]) =>
        type === 'deadline-extended'
          ? deadlineFrom(instant, 90).map((newDeadline): RawEvent => ({ type, at: instant, deadline: newDeadline }))
          : fc.constant<RawEvent>({ type, at: instant }),
      )
    const completion =
      options.completed === true ? at.map((instant): RawEvent[] => [{ type: 'completed', at: instant }]) : fc.constant([])
    return fc
      .tuple(deadline, fc.array(event, { maxLength: options.maxEvents ?? 6 }), completion)
      .map(([taskDeadline, drawn, forced]) => {
        const all = [...drawn, ...forced]
        const events = validReassignments(taskDeadline, extensions === 'timely' ? timelyExtensions(taskDeadline, all) : all)
        return { taskDeadline, events }
      })
      .chain(({ taskDeadline, events }) =>
        fc.shuffledSubarray(events, { minLength: events.length }).map(
          (shuffled): TaskCase => ({
            transfer,
            deadline: taskDeadline === null ? null : deadlineMillis(taskDeadline),
            task: {
              id: 'generated',
              transferredAt: transfer,
              deadline: taskDeadline,
              events: shuffled.map(
                (e): TaskEvent =>
                  e.deadline === undefined ? { type: e.type, at: e.at } : { type: e.type, at: e.at, deadline: e.deadline },
              ),
            },
          }),
        ),
      )
  })
}

/** The instant of the first `completed` or `closed-without-completion` event, if any. */
export function endOf(task: TaskCase['task']): number | undefined {
  const ends = task.events.filter((event) => event.type === 'completed' || event.type === 'closed-without-completion')
  return ends.length === 0 ? undefined : Math.min(...ends.map((event) => event.at as number))
}
