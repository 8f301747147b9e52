import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { type ErrorPath, VnTaskSlaError } from '../core/errors.js'
import { acceptsUnchanged } from '../core/reader.js'
import { errorsOf } from '../core/validation.js'
import type { Regulation } from '../regulation/regulation.js'
import { parseTask } from '../task/task-facts.js'
import { TASK_EVENT_KEYS, TASK_INPUT_KEYS, TaskInput } from '../task/task-input.js'

type Schedule = Pick<Regulation['schedule'], 'dateDeadlines' | 'start'>
type Fields = Readonly<Record<string, unknown>>

const isValidShape = acceptsUnchanged(TaskInput)

/** Stands for an id the schema refused, in the probes below: no semantic rule reads the id. */
const PROBE_ID = 'probe'

/**
 * Every problem of a task, each as the error a rule would throw for it, at its path under `path`. The
 * checks are the rules' own, never a copy: the `TaskInput` schema, every issue of it (zod's), and
 * `parseTask` for what the schema cannot say (instants read in the calendar's zone, a deadline before
 * the transfer, the fields that belong on one kind of event, re-assignments, B18).
 *
 * `parseTask` stops at its first problem, so to find the others it is asked about the task's parts
 * one by one: its own fields without events, then each event alone with the transfer. A field or an
 * event the schema refused is left out of these probes (its schema issue says what is wrong). The
 * rules that look at several events at once (a re-assignment after the end, or past the deadline in
 * force) are checked once every part passes alone; an event is checked against the transfer, so
 * the events of a task whose `transferredAt` cannot be read are not checked.
 */
export function taskProblems(task: unknown, calendar: WorkingCalendar, schedule: Schedule, path: ErrorPath): VnTaskSlaError[] {
  const shape = isValidShape(task) ? [] : errorsOf(TaskInput, task, 'invalid_input', path)
  if (shape.length === 0) {
    const whole = problemOf(task, calendar, schedule, path)
    if (whole === undefined) return []
    const found = partProblems(task as Fields, new Set(), new Set(), calendar, schedule, path)
    return found.length > 0 ? found : [whole]
  }
  if (!isObject(task)) return shape
  // What each schema issue rules out: a field of the task, or one event.
  const depth = path.length
  const badFields = new Set<string>()
  const badEvents = new Set<number>()
  for (const error of shape) {
    const [field, event] = error.path.slice(depth)
    if (field === undefined) return shape
    if (field === 'events' && typeof event === 'number') badEvents.add(event)
    else badFields.add(String(field))
  }
  if (badFields.has('transferredAt')) return shape
  const checked = new Set(shape.map((error) => JSON.stringify(error.path)))
  const semantic = partProblems(task, badFields, badEvents, calendar, schedule, path)
  return [...shape, ...semantic.filter((error) => !checked.has(JSON.stringify(error.path)))]
}

/** The problems of the task's own fields, then of each event alone; the fields and events named are left out. */
function partProblems(
  task: Fields,
  badFields: ReadonlySet<string>,
  badEvents: ReadonlySet<number>,
  calendar: WorkingCalendar,
  schedule: Schedule,
  path: ErrorPath,
): VnTaskSlaError[] {
  const own: Record<string, unknown> = {}
  for (const key of TASK_INPUT_KEYS) {
    if (key !== 'events' && Object.hasOwn(task, key) && !badFields.has(key)) own[key] = task[key]
  }
  if (badFields.has('id')) own.id = PROBE_ID
  const found: VnTaskSlaError[] = []
  const base = problemOf(own, calendar, schedule, path)
  if (base !== undefined) found.push(base)
  const events = badFields.has('events') ? undefined : task.events
  if (!Array.isArray(events)) return found
  // An event alone, with the transfer it is measured from: the schedule's start and the task's
  // deadline are the task's own fields, checked above.
  const alone = { dateDeadlines: schedule.dateDeadlines, start: 'transfer' } as const
  for (let index = 0; index < events.length; index += 1) {
    if (badEvents.has(index)) continue
    const probe = { id: own.id, transferredAt: own.transferredAt, events: [events[index]] }
    const problem = problemOf(probe, calendar, alone, [])
    if (problem === undefined) continue
    const [field, at, ...rest] = problem.path
    // The transfer itself cannot be read: reported above, and every event would fail on it.
    if (field !== 'events' || at !== 0) break
    found.push(problem.at([...path, 'events', index, ...rest]))
  }
  return found
}

/** The first problem `parseTask` finds, or undefined for a task it reads. */
function problemOf(task: unknown, calendar: WorkingCalendar, schedule: Schedule, path: ErrorPath): VnTaskSlaError | undefined {
  try {
    parseTask(task, calendar, schedule, path)
    return undefined
  } catch (error) {
    if (error instanceof VnTaskSlaError) return error
    throw error
  }
}

/** A copy of a task with only the fields `TaskInput` defines, and of each event only an event's. */
export function knownTaskFields(task: Fields): Record<string, unknown> {
  const copy = pick(task, TASK_INPUT_KEYS)
  if (Array.isArray(copy.events)) {
    copy.events = copy.events.map((event: unknown) => (isObject(event) ? pick(event, TASK_EVENT_KEYS) : event))
  }
  return copy
}

/** The named own fields of an object that it has, in a new object. */
export function pick(source: Fields, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const key of keys) if (Object.hasOwn(source, key)) copy[key] = source[key]
  return copy
}

/** An object that is not an array: what a task, an event or a document must be. */
export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
