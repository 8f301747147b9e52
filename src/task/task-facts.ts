import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { isCalendarDay } from '../core/calendar-day.js'
import type { ErrorPath } from '../core/errors.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { atPath, fail } from '../core/validation.js'
import type { DateDeadlineReading } from '../regulation/readings.js'
import type { Regulation } from '../regulation/regulation.js'
import { TASK_EVENT_TYPES, type TaskEventType, TaskInput } from './task-input.js'

/** An event of a task in epoch milliseconds. */
export type TaskEventFact = {
  readonly type: TaskEventType
  readonly at: number
  /** The new deadline of a `deadline-extended` event. */
  readonly deadline: number | undefined
}

/**
 * What the rules know of a task: validated once, every instant read in the calendar's zone, the
 * events in time order, and the first of each kind the rules ask about found once. Every rule reads
 * these facts and nothing else of the task, and asks them "as of an instant" (Art. 2.4).
 */
export type TaskFacts = {
  readonly id: string
  readonly transferredAt: number
  readonly issuedAt: number | undefined
  /** The deadline the task was assigned with; null for a task without one (4.1(a)). */
  readonly deadline: number | null
  /** Every event, by instant, and events at one instant by their type's place in TASK_EVENT_TYPES. */
  readonly events: readonly TaskEventFact[]
  /** The first `started` or `progress-updated` event (a report of progress implies a start, B8). */
  readonly firstStart: number | undefined
  /** The first completion or closure without completion: the end of the task (B8). */
  readonly ending: TaskEventFact | undefined
  readonly firstAcknowledgement: number | undefined
  readonly firstObjection: number | undefined
  /** The events that count as an update of Art. 6.2(b) (`UPDATE_EVENT_TYPES`), in time order. */
  readonly reports: readonly TaskEventFact[]
  /** The `deadline-extended` events, in time order. */
  readonly extensions: readonly TaskEventFact[]
  /** The `reassigned` events, in time order: each starts a new assignment (B18). */
  readonly reassignments: readonly TaskEventFact[]
}

/** The events that count as an update of Art. 6.2(b): a progress report, the completion with its result, or a closure without completion, which records how the task ended (B8). */
export const UPDATE_EVENT_TYPES = Object.freeze(['progress-updated', 'completed', 'closed-without-completion'] as const)
export type UpdateEventType = (typeof UPDATE_EVENT_TYPES)[number]

/** What each event type is, as bits: read once per event while the facts are gathered. */
const START = 1
const ENDING = 2
const REPORT = 4
const STARTS: readonly TaskEventType[] = ['started', 'progress-updated']
const ENDINGS: readonly TaskEventType[] = ['completed', 'closed-without-completion']
const KIND = Object.freeze(
  Object.fromEntries(
    TASK_EVENT_TYPES.map((type) => [
      type,
      (STARTS.includes(type) ? START : 0) |
        (ENDINGS.includes(type) ? ENDING : 0) |
        ((UPDATE_EVENT_TYPES as readonly TaskEventType[]).includes(type) ? REPORT : 0),
    ]),
  ) as Record<TaskEventType, number>,
)
const TYPE_ORDER: Readonly<Record<TaskEventType, number>> = Object.freeze(
  Object.fromEntries(TASK_EVENT_TYPES.map((type, index) => [type, index])) as Record<TaskEventType, number>,
)

const readTaskInput = readerOf(TaskInput)

/**
 * Validates a task (`invalid_input` at the path of the bad field, under `path`) and reads it into its
 * facts. Events are ordered by instant, events at one instant by their type's place in
 * TASK_EVENT_TYPES, and two extensions at one instant keep the later deadline, so that no result
 * depends on the order the caller listed them in.
 */
export function parseTask(
  input: unknown,
  calendar: WorkingCalendar,
  schedule: Pick<Regulation['schedule'], 'dateDeadlines' | 'start'>,
  path: ErrorPath = ['task'],
): TaskFacts {
  const task = readTaskInput(input, path)
  const { dateDeadlines } = schedule
  // B3: a profile that counts the schedule from the issue needs the issue on every task it reads.
  if (schedule.start === 'issue' && task.issuedAt === undefined) {
    fail('invalid_input', DETAILS.issueStartNeedsIssuedAt, [...path, 'issuedAt'])
  }
  // Module functions, not closures: a portfolio parses millions of tasks. Paths are built only for an error.
  const transferredAt = instantOf(calendar, task.transferredAt, path, 'transferredAt')
  const issuedAt = task.issuedAt === undefined ? undefined : instantOf(calendar, task.issuedAt, path, 'issuedAt')
  const deadline = task.deadline == null ? null : deadlineOf(calendar, dateDeadlines, task.deadline, path, 'deadline')
  if (deadline !== null && deadline < transferredAt) fail('invalid_input', DETAILS.deadlineBeforeTransfer, [...path, 'deadline'])

  const inputs = task.events ?? []
  const events = new Array<TaskEventFact>(inputs.length)
  let reassigned = false
  for (let index = 0; index < inputs.length; index += 1) {
    const event = inputs[index] as (typeof inputs)[number]
    const extended = event.type === 'deadline-extended'
    if (extended !== (event.deadline !== undefined)) {
      fail('invalid_input', DETAILS.extensionDeadline, [...path, 'events', index, 'deadline'])
    }
    if (event.outcome !== undefined && event.type !== 'objection-handled') {
      fail('invalid_input', DETAILS.objectionOutcome, [...path, 'events', index, 'outcome'])
    }
    if (event.to !== undefined && event.type !== 'reassigned') {
      fail('invalid_input', DETAILS.reassignedTo, [...path, 'events', index, 'to'])
    }
    let newDeadline: number | undefined
    if (event.deadline !== undefined) {
      newDeadline = deadlineOf(calendar, dateDeadlines, event.deadline, path, 'events', index, 'deadline')
      if (newDeadline < transferredAt)
        fail('invalid_input', DETAILS.deadlineBeforeTransfer, [...path, 'events', index, 'deadline'])
    }
    const at = instantOf(calendar, event.at, path, 'events', index, 'at')
    if (event.type === 'reassigned') {
      if (at < transferredAt) fail('invalid_input', DETAILS.reassignedBeforeTransfer, [...path, 'events', index, 'at'])
      reassigned = true
    }
    // An objection's `outcome` and the new assignee's name are the caller's record: no rule reads them.
    events[index] = Object.freeze({ type: event.type, at, deadline: newDeadline })
  }
  // The caller's order, kept only to name a bad re-assignment by its place in the input.
  const listed = reassigned ? events.slice() : events
  // Most histories arrive in order; sorting only the others keeps reading linear.
  if (!isInOrder(events)) events.sort(byInstantThenType)
  const facts = factsOf(task.id, transferredAt, issuedAt, deadline, events)
  if (reassigned) checkReassignments(facts, listed, path)
  return facts
}

/**
 * B18: a re-assignment hands an open task to a new assignee, which works to the deadline in force at
 * its transfer: one already past would leave it nothing to meet, so it needs an extension at that
 * instant; a task that has ended has nothing left to hand over.
 */
function checkReassignments(facts: TaskFacts, listed: readonly TaskEventFact[], path: ErrorPath): void {
  for (const reassignment of facts.reassignments) {
    const at = [...path, 'events', listed.indexOf(reassignment), 'at']
    if (facts.ending !== undefined && facts.ending.at < reassignment.at) fail('invalid_input', DETAILS.reassignedAfterEnd, at)
    const inForce = deadlineAt(facts, reassignment.at)
    if (inForce !== null && inForce < reassignment.at) fail('invalid_input', DETAILS.reassignedPastDeadline, at)
  }
}

/** An instant of the task in epoch milliseconds; an error placed at `path` followed by `at`. */
function instantOf(calendar: WorkingCalendar, value: unknown, path: ErrorPath, ...at: ErrorPath): number {
  if (Number.isSafeInteger(value)) return value as number
  return atPath([...path, ...at], () => calendar.millis.of(value as never))
}

/** A deadline: an instant, or a calendar day read as its end (moved first under B14's `next-working-day`). */
function deadlineOf(
  calendar: WorkingCalendar,
  dateDeadlines: DateDeadlineReading,
  value: unknown,
  path: ErrorPath,
  ...at: ErrorPath
): number {
  if (!isCalendarDay(value)) return instantOf(calendar, value, path, ...at)
  return atPath([...path, ...at], () =>
    calendar.millis.endOfDay(dateDeadlines === 'next-working-day' ? calendar.nextWorkingDay(value, { inclusive: true }) : value),
  )
}

/** The facts of a task from its events, already in order. */
function factsOf(
  id: string,
  transferredAt: number,
  issuedAt: number | undefined,
  deadline: number | null,
  events: readonly TaskEventFact[],
): TaskFacts {
  let firstStart: number | undefined
  let ending: TaskEventFact | undefined
  let firstAcknowledgement: number | undefined
  let firstObjection: number | undefined
  const reports: TaskEventFact[] = []
  const extensions: TaskEventFact[] = []
  let reassignments: TaskEventFact[] | undefined
  for (const event of events) {
    const { type } = event
    const kind = KIND[type]
    if (firstStart === undefined && (kind & START) !== 0) firstStart = event.at
    if (ending === undefined && (kind & ENDING) !== 0) ending = event
    if ((kind & REPORT) !== 0) reports.push(event)
    else if (type === 'acknowledged') firstAcknowledgement ??= event.at
    else if (type === 'objected') firstObjection ??= event.at
    else if (type === 'deadline-extended') extensions.push(event)
    else if (type === 'reassigned') {
      reassignments ??= []
      reassignments.push(event)
    }
  }
  return Object.freeze({
    id,
    transferredAt,
    issuedAt,
    deadline,
    events: Object.freeze(events),
    firstStart,
    ending,
    firstAcknowledgement,
    firstObjection,
    reports: Object.freeze(reports),
    extensions: Object.freeze(extensions),
    reassignments: reassignments === undefined ? NONE : Object.freeze(reassignments),
  })
}

const NONE: readonly TaskEventFact[] = Object.freeze([])

/**
 * The facts of the assignment in force at `asOf` (B18): the task as the last assignee re-assigned it
 * by then received it — transferred at the re-assignment instant (also its issue, for a schedule
 * counted from the issue, B3), with the deadline then in force as the deadline it was given, and the
 * events from that instant on; the time before is charged to no assignee. The facts themselves for a
 * task never re-assigned by `asOf`, as most are: every rule asks this first, at no cost then.
 */
export function assignmentAt(facts: TaskFacts, asOf: number): TaskFacts {
  const { reassignments } = facts
  if (reassignments.length === 0 || (reassignments[0] as TaskEventFact).at > asOf) return facts
  let index = 0
  while (index < reassignments.length && (reassignments[index] as TaskEventFact).at <= asOf) index += 1
  return assignmentOf(facts, index, undefined)
}

/**
 * The facts of the task's `index`-th assignment (0: the first assignee's, from the transfer; `n`: from
 * the `n`-th re-assignment), with its events up to `end` (the next re-assignment), or all of them.
 */
export function assignmentOf(facts: TaskFacts, index: number, end: number | undefined): TaskFacts {
  const limit = end ?? Number.POSITIVE_INFINITY
  if (index === 0) {
    if (facts.reassignments.length === 0) return facts
    const events = facts.events.filter((event) => event.at < limit && event.type !== 'reassigned')
    return factsOf(facts.id, facts.transferredAt, facts.issuedAt, facts.deadline, events)
  }
  const start = (facts.reassignments[index - 1] as TaskEventFact).at
  const events = facts.events.filter((event) => event.at >= start && event.at < limit && event.type !== 'reassigned')
  const issuedAt = facts.issuedAt === undefined ? undefined : start
  return factsOf(facts.id, start, issuedAt, deadlineAt(facts, start), events)
}

/** The instant the assignment in force at `asOf` began: the last re-assignment by then, else the transfer. */
export function assignmentStart(facts: TaskFacts, asOf: number): number {
  const { reassignments } = facts
  let start = facts.transferredAt
  for (let index = 0; index < reassignments.length; index += 1) {
    const { at } = reassignments[index] as TaskEventFact
    if (at > asOf) break
    start = at
  }
  return start
}

/**
 * The facts as the history stood at `t`: the events after it left out. The same facts when none
 * is, as most of the time; scoring asks this of a period's last instant.
 */
export function factsUpTo(facts: TaskFacts, t: number): TaskFacts {
  const { events } = facts
  if (events.length === 0 || (events[events.length - 1] as TaskEventFact).at <= t) return facts
  let count = 0
  while (count < events.length && (events[count] as TaskEventFact).at <= t) count += 1
  return factsOf(facts.id, facts.transferredAt, facts.issuedAt, facts.deadline, events.slice(0, count))
}

/** The task's end (completion or closure) by `t`, if it has come. */
export function endingBy(facts: TaskFacts, t: number): TaskEventFact | undefined {
  const { ending } = facts
  return ending !== undefined && ending.at <= t ? ending : undefined
}

/** Whether the task had started by `t` (a `started` or `progress-updated` event at or before it). */
export function startedBy(facts: TaskFacts, t: number): boolean {
  return facts.firstStart !== undefined && facts.firstStart <= t
}

/** The deadline in force at instant `t`: the last extension made by then, else the original (B8). */
export function deadlineAt(facts: TaskFacts, t: number): number | null {
  let deadline = facts.deadline
  for (const extension of facts.extensions) {
    if (extension.at > t) break
    deadline = extension.deadline as number
  }
  return deadline
}

/** The deadline in force when the task ended, or at `asOf` for an open task (B8); null without one. */
export function deadlineInForce(facts: TaskFacts, asOf: number): number | null {
  return deadlineAt(facts, endingBy(facts, asOf)?.at ?? asOf)
}

/** The first report (an event of UPDATE_EVENT_TYPES) made at or after `from`, up to `asOf`. */
export function firstReportFrom(facts: TaskFacts, from: number, asOf: number): TaskEventFact | undefined {
  const { reports } = facts
  let low = 0
  let high = reports.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((reports[middle] as TaskEventFact).at < from) low = middle + 1
    else high = middle
  }
  const report = reports[low]
  return report !== undefined && report.at <= asOf ? report : undefined
}

/** Whether the task has any event exactly at `t`. */
export function hasEventAt(facts: TaskFacts, t: number): boolean {
  return facts.events.some((event) => event.at === t)
}

function byInstantThenType(a: TaskEventFact, b: TaskEventFact): number {
  return a.at - b.at || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.deadline ?? 0) - (b.deadline ?? 0)
}

function isInOrder(events: readonly TaskEventFact[]): boolean {
  for (let index = 1; index < events.length; index += 1) {
    if (byInstantThenType(events[index - 1] as TaskEventFact, events[index] as TaskEventFact) > 0) return false
  }
  return true
}
