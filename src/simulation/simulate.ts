import * as z from 'zod/mini'
import { CalendarDay, formatDay, parseCalendarDay } from '../core/calendar-day.js'
import { type Citation, cite } from '../core/citation.js'
import { frozenCopyOf } from '../core/freeze.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { atPath, fail } from '../core/validation.js'
import { statusOf } from '../rules/art04-status/classify-completion.js'
import type { CompletionStatus } from '../rules/art04-status/status-traits.js'
import { UPDATE_STATES, type UpdateState, updateStateAt } from '../rules/art06-cadence/update-compliance.js'
import {
  periodicFloor,
  periodicScheduleUntil,
  scheduleKeyAt,
  scheduleOf,
  type UpdateScheduleMillis,
} from '../rules/art06-cadence/update-schedule.js'
import { ALERT_LEVELS, type AlertLevel, alertOf } from '../rules/art18-alerts/alert-level.js'
import { bindDefaults, citing, contextOf, type RuleDefaults } from '../rules/context.js'
import { EvaluateTaskOptions, type EvaluationSettings, evaluationOf } from '../rules/evaluate-task.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { assignmentAt, parseTask, type TaskFacts } from '../task/task-facts.js'
import type { TaskInput } from '../task/task-input.js'
import { SIMULATION_STEPS, stepDays } from './simulation-steps.js'
import {
  NOT_TRANSFERRED,
  SIMULATED_STATUSES,
  type StatusCounts,
  type Timeline,
  type TimelineColumns,
  type TimelineStep,
  timelineOf,
} from './timeline.js'

/** The options of `simulate`: the days to step through, and those of `evaluateTask` but `asOf` and `until`, which each step sets. */
export const SimulateOptions = z.extend(z.omit(EvaluateTaskOptions, { asOf: true, until: true }), {
  /** The first day of the simulation. */
  from: CalendarDay,
  /** The last day, included. */
  to: CalendarDay,
  /** Default `'working-day'`. */
  step: z.optional(z.enum(SIMULATION_STEPS)),
})
export type SimulateOptions = z.input<typeof SimulateOptions>

const readOptions = readerOf(SimulateOptions)

const CITATION: readonly Citation[] = Object.freeze([cite(4, 1, 'đ'), cite(6, 2, 'b'), cite(18, 1, 'd')])

/** Each value's code in its column: its place in its list. */
function codesOf<Key extends string>(keys: readonly Key[]): Readonly<Record<Key, number>> {
  return Object.freeze(Object.fromEntries(keys.map((key, code) => [key, code])) as Record<Key, number>)
}
const STATUS_CODE = codesOf<CompletionStatus>(SIMULATED_STATUSES)
const ALERT_CODE = codesOf<AlertLevel>(ALERT_LEVELS)
const STATE_CODE = codesOf<UpdateState>(UPDATE_STATES)
// How far each update state has gone within one stretch of a task's history: an update only moves
// forward, not yet due → due → missed, while a report, once made, stays made.
const STATE_PROGRESS: Readonly<Record<UpdateState, number>> = Object.freeze({
  'not-yet-due': 0,
  due: 1,
  missed: 2,
  'made-on-time': 0,
  'made-late': 0,
})

/** `simulate` with its defaults given first: the entries bind them (`bindDefaults`). */
export function simulateIn(defaults: RuleDefaults, tasks: readonly TaskInput[], options: SimulateOptions): Timeline {
  const read = readOptions(options, ['options'])
  const range = read
  const first = parseCalendarDay(range.from)
  const last = parseCalendarDay(range.to)
  if (first > last) fail('invalid_input', DETAILS.simulationRangeReversed, ['options', 'to'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  atPath(['options', 'from'], () => calendar.millis.endOfDay(range.from))
  const end = atPath(['options', 'to'], () => calendar.millis.endOfDay(range.to))
  const settings: EvaluationSettings = { context, asOf: end, until: undefined }
  // The boundary copy of the portfolio: read once, whatever the list does on a second read.
  const list: unknown = frozenCopyOf(tasks, { path: ['tasks'] })
  if (!Array.isArray(list)) fail('invalid_input', DETAILS.notAListOfTasks, ['tasks'])

  const step = range.step ?? 'working-day'
  const days = stepDays(calendar, first, last, step)
  const instants = days.map((day) => calendar.millis.endOfDay(formatDay(day)))
  const readTasks = readAll(list as readonly unknown[], settings)
  const taskIds = Object.freeze(readTasks.map((task) => task.id))

  const stepCount = days.length
  const columns: TimelineColumns = {
    status: new Uint8Array(readTasks.length * stepCount),
    alert: new Uint8Array(readTasks.length * stepCount),
    missed: new Uint16Array(readTasks.length * stepCount),
  }
  // Counts change where a stretch of equal values starts and ends: added at its first step,
  // taken off after its last, summed once at the end.
  const totals = {
    status: new Int32Array((stepCount + 1) * SIMULATED_STATUSES.length),
    alert: new Int32Array((stepCount + 1) * ALERT_LEVELS.length),
    updates: new Int32Array((stepCount + 1) * UPDATE_STATES.length),
  }
  readTasks.forEach((task, taskIndex) => {
    fillTask(task, taskIndex, instants, settings, columns, totals)
  })

  const steps = Object.freeze(
    days.map((day, index): TimelineStep => {
      const counts = countsAt(totals.status, index, SIMULATED_STATUSES) as StatusCounts
      return Object.freeze({
        index,
        day: formatDay(day),
        asOf: instants[index] as number,
        transferred: SIMULATED_STATUSES.reduce((sum, status) => sum + counts[status], 0),
        counts,
        alerts: countsAt(totals.alert, index, ALERT_LEVELS),
        updates: countsAt(totals.updates, index, UPDATE_STATES),
      })
    }),
  )
  return timelineOf({
    from: range.from,
    to: range.to,
    step,
    taskIds,
    steps,
    columns,
    citation: Object.freeze(CITATION.map((citation) => citing(context, citation))),
    evaluate: (stepIndex, taskIndex) => evaluationOf(readTasks[taskIndex] as TaskFacts, instants[stepIndex] as number, settings),
  })
}

/**
 * Runs a portfolio through time: at each step (the end of every working day, week or month from
 * `from` to `to`), each task's status (Art. 4.1(đ)), warning (Art. 18.1(d)) and update compliance
 * (Art. 6.2(b)), and the counts per status, warning and update state. Every value equals what
 * `evaluateTaskMillis` returns for the task as of the end of that step's day, with the same options.
 *
 * The tasks are read once. Between two of a task's events its evaluation only moves forward as time
 * passes (a deadline passes, a warning rises, an update falls due and is missed), so where two steps
 * agree every step between them agrees too: each stretch is settled by halving, and a task is
 * evaluated about as many times as its values change, not once per step.
 *
 * @example
 * const timeline = simulate(
 *   [{ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30', events: [{ type: 'started', at: '2025-05-20T09:00' }] }],
 *   { from: '2025-06-27', to: '2025-07-02' },
 * )
 * timeline.steps.map((step) => step.day) //=> ['2025-06-27', '2025-06-30', '2025-07-01', '2025-07-02']
 * timeline.history('t').status //=> ['in-progress-on-time', 'in-progress-on-time', 'in-progress-late', 'in-progress-late']
 * timeline.history('t').alert //=> ['approaching', 'due', 'overdue', 'overdue']
 */
export const simulate = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, simulateIn)

function readAll(tasks: readonly unknown[], settings: EvaluationSettings): TaskFacts[] {
  const ids = new Set<string>()
  const { calendar, regulation } = settings.context
  return tasks.map((task, index) => {
    const readTask = parseTask(task, calendar, regulation.schedule, ['tasks', index])
    if (ids.has(readTask.id)) fail('invalid_input', DETAILS.duplicateSimulatedTask, ['tasks', index, 'id'])
    ids.add(readTask.id)
    return readTask
  })
}

type Totals = { readonly status: Int32Array; readonly alert: Int32Array; readonly updates: Int32Array }

/** A task's values at one step, and what tells two steps of one stretch apart. */
type Cell = {
  readonly status: number
  readonly alert: number
  readonly missed: number
  readonly states: readonly number[]
  /** Equal keys within a stretch mean every value between the two steps is equal too. */
  readonly key: number
}

const MISSED = STATE_CODE.missed
const EMPTY_SCHEDULE: UpdateScheduleMillis = Object.freeze({
  durationClass: '6-months-or-more',
  hasDeadline: false,
  updates: Object.freeze([]),
  citation: CITATION[1] as Citation,
})

/**
 * The cell `evaluationOf` would give, from the same rule functions (each update's state, the
 * status under B8's reading, the warning) without building the evaluation's objects: a simulation
 * asks this millions of times.
 */
function cellAt(history: TaskFacts, asOf: number, settings: EvaluationSettings, schedule: UpdateScheduleMillis): Cell {
  // B18: the assignment in force at the step, resolved once for every rule below.
  const task = assignmentAt(history, asOf)
  const states = new Array<number>(UPDATE_STATES.length).fill(0)
  let progress = 0
  for (const update of schedule.updates) {
    const state = updateStateAt(task, update, asOf)
    const code = STATE_CODE[state]
    states[code] = (states[code] as number) + 1
    progress += STATE_PROGRESS[state]
  }
  const missed = states[MISSED] as number
  const { context } = settings
  const classification = statusOf(task, asOf, context, () => missed > 0)
  const status = STATUS_CODE[classification.status]
  const alert = ALERT_CODE[alertOf(task, asOf, context, classification).level]
  const updates = schedule.updates.length
  // Status (< 16), warning (< 4), number of updates and their progress (each < 2^20) in one exact number.
  const key = ((status * 4 + alert) * 2 ** 20 + updates) * 2 ** 21 + progress
  return { status, alert, missed: Math.min(missed, 0xffff), states, key }
}

/**
 * Fills one task's columns. The steps are cut into stretches at the task's events; within a
 * stretch every value moves one way only (the status of Art. 4.1(đ) turns late once, a warning only
 * rises, the number of updates only grows and each only moves from not yet due to due to missed),
 * so equal values at both ends of a run of steps mean equal values throughout.
 */
function fillTask(
  task: TaskFacts,
  taskIndex: number,
  instants: readonly number[],
  settings: EvaluationSettings,
  columns: TimelineColumns,
  totals: Totals,
): void {
  const stepCount = instants.length
  if (stepCount === 0) return
  const base = taskIndex * stepCount
  // Between two events a task's schedule is fixed, unless the periodic updates of an open task
  // without a deadline, or past it, run up to the instant asked (B7): then the schedule at a step is a
  // prefix of the stretch's full schedule.
  let schedule: UpdateScheduleMillis = EMPTY_SCHEDULE
  let floor: number | null = null
  let scheduleKey: string | undefined
  const evaluate = (step: number): Cell => {
    const asOf = instants[step] as number
    return cellAt(task, asOf, settings, floor === null ? schedule : periodicScheduleUntil(schedule, Math.max(floor, asOf)))
  }
  const fill = (start: number, end: number, cell: Cell): void => {
    columns.status.fill(cell.status, base + start, base + end)
    columns.alert.fill(cell.alert, base + start, base + end)
    columns.missed.fill(cell.missed, base + start, base + end)
    addRange(totals.status, SIMULATED_STATUSES.length, start, end, cell.status, 1)
    addRange(totals.alert, ALERT_LEVELS.length, start, end, cell.alert, 1)
    cell.states.forEach((count, state) => {
      if (count > 0) addRange(totals.updates, UPDATE_STATES.length, start, end, state, count)
    })
  }
  // Settles steps [low, high) given the cells at both ends: equal ends fill the run, else it is
  // halved, the middle step's cell serving both halves.
  const settle = (low: number, lowCell: Cell, high: number, highCell: Cell): void => {
    if (high === low + 1 || lowCell.key === highCell.key) {
      fill(low, high, lowCell)
      return
    }
    const middle = (low + high) >>> 1
    const middleCell = evaluate(middle)
    settle(low, lowCell, middle, middleCell)
    settle(middle, middleCell, high, highCell)
  }

  // Before its transfer a task is not in the portfolio: its cells keep NOT_TRANSFERRED and count nowhere.
  const transferred =
    task.transferredAt > (instants[stepCount - 1] as number) ? stepCount : firstStepAtOrAfter(instants, task.transferredAt)
  columns.status.fill(NOT_TRANSFERRED, base, base + transferred)
  let start = transferred
  for (const boundary of stretchStarts(task, instants)) {
    if (boundary <= start) continue
    settleStretch(start, boundary - 1)
    start = boundary
  }
  settleStretch(start, stepCount - 1)

  function settleStretch(low: number, high: number): void {
    if (high < low) return
    // Most events (acknowledgements, starts, reports) leave the schedule as it was.
    const key = scheduleKeyAt(task, instants[high] as number)
    if (floor !== null || key !== scheduleKey) schedule = scheduleOf(task, instants[high] as number, settings.context)
    scheduleKey = key
    // `until` is not an option of simulate, so an open task's periods run up to each step when they follow it.
    floor = periodicFloor(task, instants[high] as number, schedule, settings.context)
    const highCell = evaluate(high)
    if (high > low) settle(low, evaluate(low), high, highCell)
    fill(high, high + 1, highCell)
  }
}

/** The first step of each new stretch: the first step at or after each event that falls inside the simulation. */
function stretchStarts(task: TaskFacts, instants: readonly number[]): number[] {
  const starts: number[] = []
  const first = instants[0] as number
  const last = instants[instants.length - 1] as number
  for (const event of task.events) {
    if (event.at <= first || event.at > last) continue
    const step = firstStepAtOrAfter(instants, event.at)
    if (starts[starts.length - 1] !== step) starts.push(step)
  }
  return starts
}

function firstStepAtOrAfter(instants: readonly number[], at: number): number {
  let low = 0
  let high = instants.length - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((instants[middle] as number) < at) low = middle + 1
    else high = middle
  }
  return low
}

/** Adds `amount` to counter `code` for steps [start, end) of a difference array of `width` counters per step. */
function addRange(array: Int32Array, width: number, start: number, end: number, code: number, amount: number): void {
  array[start * width + code] = (array[start * width + code] as number) + amount
  array[end * width + code] = (array[end * width + code] as number) - amount
}

/** Turns the difference array into each step's counts, in place, and returns step `index`'s. */
function countsAt<Key extends string>(array: Int32Array, index: number, keys: readonly Key[]): Readonly<Record<Key, number>> {
  const width = keys.length
  if (index > 0) {
    for (let code = 0; code < width; code += 1) {
      array[index * width + code] = (array[index * width + code] as number) + (array[(index - 1) * width + code] as number)
    }
  }
  return Object.freeze(Object.fromEntries(keys.map((key, code) => [key, array[index * width + code] as number]))) as Readonly<
    Record<Key, number>
  >
}
