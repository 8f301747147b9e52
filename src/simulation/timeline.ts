import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'
import { Citation } from '../core/citation.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { EpochMillis } from '../core/result-instants.js'
import { fail } from '../core/validation.js'
import { COMPLETION_STATUSES, type CompletionStatus, UNTIMED_COMPLETION_STATUSES } from '../rules/art04-status/status-traits.js'
import { UPDATE_STATES } from '../rules/art06-cadence/update-compliance.js'
import { ALERT_LEVELS, type AlertLevel } from '../rules/art18-alerts/alert-level.js'
import type { TaskEvaluationMillis } from '../rules/evaluate-task.js'
import { SIMULATION_STEPS, type SimulationStep } from './simulation-steps.js'

/** Every status a simulated task can have: the timed statuses of Art. 4.1(đ), then the untimed ones. */
export const SIMULATED_STATUSES = Object.freeze([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES] as const)

/** The code of a cell before the task's transfer: the task is not yet in the portfolio. */
export const NOT_TRANSFERRED = 255

const Count = z.int().check(z.minimum(0))

/**
 * A tally by key: every key present, each a count. Written as an object with one property per key,
 * not a record over an enum: code generators of other languages make a class of it, and strict
 * validators (ajv) want each required key declared.
 */
function countsOf<const Key extends string>(keys: readonly Key[]) {
  return z.readonly(z.strictObject(Object.fromEntries(keys.map((key) => [key, Count])) as Record<Key, typeof Count>))
}

export const StatusCounts = countsOf(SIMULATED_STATUSES)
export type StatusCounts = z.output<typeof StatusCounts>
export const AlertCounts = countsOf(ALERT_LEVELS)
export type AlertCounts = z.output<typeof AlertCounts>
export const UpdateStateCounts = countsOf(UPDATE_STATES)
export type UpdateStateCounts = z.output<typeof UpdateStateCounts>

/** The portfolio as of one step: the end of `day`. */
export const TimelineStep = z.readonly(
  z.strictObject({
    /** The step's place in `steps`, from 0. */
    index: Count,
    day: CalendarDay,
    /** The end of `day` (23:59:59.999 in the calendar's zone), epoch milliseconds: every event of the day counts. */
    asOf: EpochMillis,
    /** Tasks transferred by then: the portfolio of this step, which the counts add up to. */
    transferred: Count,
    /** Tasks per status of Art. 4.1(đ). */
    counts: StatusCounts,
    /** Tasks per warning level of Art. 18.1(d). */
    alerts: AlertCounts,
    /** Required updates of Art. 6.2(b) per state, over every task. */
    updates: UpdateStateCounts,
  }),
)
export type TimelineStep = z.output<typeof TimelineStep>

/** One task through the simulation: a value per step; null before the task was transferred. */
export const TaskHistory = z.readonly(
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    status: z.readonly(z.array(z.nullable(z.enum(SIMULATED_STATUSES)))),
    alert: z.readonly(z.array(z.nullable(z.enum(ALERT_LEVELS)))),
    missedUpdates: z.readonly(z.array(Count)),
  }),
)
export type TaskHistory = z.output<typeof TaskHistory>

/** What `JSON.stringify(timeline)` writes: plain arrays and strings, for other languages and files. */
export const TimelineJson = z.readonly(
  z.strictObject({
    from: CalendarDay,
    to: CalendarDay,
    step: z.enum(SIMULATION_STEPS),
    taskIds: z.readonly(z.array(z.string().check(z.minLength(1)))),
    steps: z.readonly(z.array(TimelineStep)),
    tasks: z.readonly(z.array(TaskHistory)),
    citation: z.readonly(z.array(Citation)),
  }),
)
export type TimelineJson = z.output<typeof TimelineJson>

/**
 * The result of `simulate`: each step's counts, and each task's status, warning and missed updates
 * at each step. Per-task values are kept in compact columns (a byte or two per task and step: 100,000
 * tasks over a year of working days take about 100 MB) and read through the methods; `evaluationAt`
 * gives the full evaluation behind any cell.
 */
export type Timeline = {
  readonly from: CalendarDay
  readonly to: CalendarDay
  readonly step: SimulationStep
  readonly taskIds: readonly string[]
  readonly steps: readonly TimelineStep[]
  /** Art. 4.1(đ), 6.2(b), 18.1(d): the rules behind every value. */
  readonly citation: readonly Citation[]
  /** The status of task `task` (its index in `taskIds`) at step `step`; null before its transfer. */
  readonly status: (step: number, task: number) => CompletionStatus | null
  /** The warning; null before the transfer. */
  readonly alert: (step: number, task: number) => AlertLevel | null
  /** How many required updates the task had missed by that step. */
  readonly missedUpdates: (step: number, task: number) => number
  /** One task through every step, by index or id. */
  readonly history: (task: number | string) => TaskHistory
  /** The share of the tasks transferred by each step (0–1) in one of `statuses`; 0 at a step before any transfer. */
  readonly shareOf: (statuses: CompletionStatus | readonly CompletionStatus[]) => readonly number[]
  /** Exactly what `evaluateTaskMillis(task, { ...options, asOf: steps[step].asOf })` returns. */
  readonly evaluationAt: (step: number, task: number | string) => TaskEvaluationMillis
  readonly toJSON: () => TimelineJson
}

/** The columns `simulate` fills: task-major, `task * stepCount + step`. */
export type TimelineColumns = {
  readonly status: Uint8Array
  readonly alert: Uint8Array
  readonly missed: Uint16Array
}

export type TimelineParts = {
  readonly from: CalendarDay
  readonly to: CalendarDay
  readonly step: SimulationStep
  readonly taskIds: readonly string[]
  readonly steps: readonly TimelineStep[]
  readonly columns: TimelineColumns
  readonly citation: readonly Citation[]
  readonly evaluate: (step: number, task: number) => TaskEvaluationMillis
}

/** Wraps the filled columns; the columns stay private, so the timeline cannot be changed. */
/** What `shareOf` takes: one completion status, or a list of them. */
const readStatuses = readerOf(z.union([z.enum(COMPLETION_STATUSES), z.readonly(z.array(z.enum(COMPLETION_STATUSES)))]))

export function timelineOf(parts: TimelineParts): Timeline {
  const { steps, taskIds, columns } = parts
  const stepCount = steps.length
  const indexOfId = new Map(taskIds.map((id, index) => [id, index]))
  const cell = (step: number, task: number): number => {
    if (!isIndexBelow(step, stepCount)) fail('invalid_input', DETAILS.unknownSimulatedTask, ['step'])
    if (!isIndexBelow(task, taskIds.length)) fail('invalid_input', DETAILS.unknownSimulatedTask, ['task'])
    return task * stepCount + step
  }
  const taskIndex = (task: number | string): number => {
    const index = typeof task === 'string' ? indexOfId.get(task) : task
    if (index === undefined || !isIndexBelow(index, taskIds.length)) {
      return fail('invalid_input', DETAILS.unknownSimulatedTask, ['task'])
    }
    return index
  }
  const history = (task: number | string): TaskHistory => {
    const index = taskIndex(task)
    const start = index * stepCount
    const status: (CompletionStatus | null)[] = []
    const alert: (AlertLevel | null)[] = []
    const missed: number[] = []
    for (let step = 0; step < stepCount; step += 1) {
      status.push(statusOfCode(columns.status[start + step] as number))
      alert.push(alertOfCell(columns, start + step))
      missed.push(columns.missed[start + step] as number)
    }
    return Object.freeze({
      id: taskIds[index] as string,
      status: Object.freeze(status),
      alert: Object.freeze(alert),
      missedUpdates: Object.freeze(missed),
    })
  }
  const timeline: Timeline = {
    from: parts.from,
    to: parts.to,
    step: parts.step,
    taskIds,
    steps,
    citation: parts.citation,
    status: (step, task) => statusOfCode(columns.status[cell(step, task)] as number),
    alert: (step, task) => alertOfCell(columns, cell(step, task)),
    missedUpdates: (step, task) => columns.missed[cell(step, task)] as number,
    history,
    shareOf: (statuses) => {
      const read = readStatuses(statuses, ['statuses'])
      const wanted: readonly CompletionStatus[] = typeof read === 'string' ? [read] : read
      return Object.freeze(
        steps.map((step) =>
          step.transferred === 0 ? 0 : wanted.reduce((sum, status) => sum + (step.counts[status] ?? 0), 0) / step.transferred,
        ),
      )
    },
    evaluationAt: (step, task) => {
      const index = taskIndex(task)
      cell(step, index)
      return parts.evaluate(step, index)
    },
    toJSON: () =>
      Object.freeze({
        from: parts.from,
        to: parts.to,
        step: parts.step,
        taskIds,
        steps,
        tasks: Object.freeze(taskIds.map((_, index) => history(index))),
        citation: parts.citation,
      }),
  }
  return Object.freeze(timeline)
}

function isIndexBelow(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length
}

function statusOfCode(code: number): CompletionStatus | null {
  return code === NOT_TRANSFERRED ? null : (SIMULATED_STATUSES[code] as CompletionStatus)
}

function alertOfCell(columns: TimelineColumns, index: number): AlertLevel | null {
  return columns.status[index] === NOT_TRANSFERRED ? null : (ALERT_LEVELS[columns.alert[index] as number] as AlertLevel)
}
