import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'
import { VnTaskSlaError } from '../core/errors.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { atPath, fail } from '../core/validation.js'
import { DURATION_CLASSES, type DurationClass, scheduleOf } from '../rules/art06-cadence/update-schedule.js'
import {
  bindDefaults,
  CalendarOption,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../rules/context.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { parseTask } from '../task/task-facts.js'
import type { TaskEvent, TaskInput } from '../task/task-input.js'
import { seededRandom, seedOf } from './seeded-random.js'

const Share = z.number().check(z.gte(0), z.lte(1))
const Positive = z.number().check(z.gt(0), z.lt(10_000))

/** The JSON-able options of `generatePortfolio`, validated as a strict object (a misspelt key is refused). */
export const PortfolioOptions = z.strictObject({
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: the update schedule the generated reports follow. */
  regulation: z.optional(RegulationOption),
  /** The same seed gives the same portfolio, on every host. */
  seed: z.int(),
  /** How many tasks: `task-0`, `task-1`, … */
  size: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  /** Tasks are transferred in working hours from the start of `from` to the end of `to`. */
  from: CalendarDay,
  to: CalendarDay,
  /** Relative weights of the four duration classes of Art. 6.2(b); default 4 : 3 : 2 : 1, shortest first. */
  durations: z.optional(z.partialRecord(z.enum(DURATION_CLASSES), z.number().check(z.gte(0)))),
  /** The share of tasks of the last class given without a deadline (Art. 4.1(a)); default 0.3. */
  withoutDeadline: z.optional(Share),
  acknowledgement: z.optional(
    z.strictObject({
      /** The share of tasks whose receipt is acknowledged at all (Art. 6.2(a)); default 0.97. */
      probability: z.optional(Share),
      /** The mean delay, in working hours, of an acknowledgement (exponentially distributed); default 2. */
      workingHours: z.optional(Positive),
    }),
  ),
  start: z.optional(
    z.strictObject({
      /** The share of tasks whose implementation starts at all; default 0.97. A task never started is never completed. */
      probability: z.optional(Share),
    }),
  ),
  updates: z.optional(
    z.strictObject({
      /** The chance that each required update of Art. 6.2(b) other than the final one is made; default 0.85. */
      probability: z.optional(Share),
      /** The chance that an update made is made within its window; default 0.9 (else 1–5 working days late). */
      onTime: z.optional(Share),
    }),
  ),
  completion: z.optional(
    z.strictObject({
      /** The share of tasks whose work ends in a completion; default 0.9. */
      probability: z.optional(Share),
      /**
       * The working time the work takes, as a share of the working time from the transfer to the
       * deadline, counted from the start; default 0.8, spread by a log-normal factor (σ 0.3). A unit
       * that acknowledges later starts later, so its completion is later too.
       */
      effort: z.optional(Positive),
    }),
  ),
})
export type PortfolioOptions = z.input<typeof PortfolioOptions>

const readOptions = readerOf(PortfolioOptions)

const HOUR = 3_600_000
const DAY = 86_400_000
const WORKING_DAY = 8 * HOUR
const DEFAULT_WEIGHTS: Readonly<Record<DurationClass, number>> = Object.freeze({
  'under-1-month': 4,
  '1-to-3-months': 3,
  '3-to-6-months': 2,
  '6-months-or-more': 1,
})
/**
 * Days from the transfer to the deadline for each class (B4), with margins on both sides, so that the
 * class holds whatever the month lengths: under 1 month, 1–3, 3–6, 6 or more.
 */
const DEADLINE_DAYS: Readonly<Record<DurationClass, readonly [number, number]>> = Object.freeze({
  'under-1-month': [5, 26],
  '1-to-3-months': [32, 86],
  '3-to-6-months': [94, 177],
  '6-months-or-more': [186, 400],
})
/** A task without a deadline is followed for a year of periodic updates. */
const OPEN_TASK_HORIZON_DAYS = 366

/** `generatePortfolio` with its defaults given first: the entries bind them (`bindDefaults`). */
export function generatePortfolioIn(defaults: RuleDefaults, options: PortfolioOptions): readonly TaskInput[] {
  const read = readOptions(options, ['options'])
  // The portfolio's own options (`start`, `updates`, …) are not readings of the profile: only its calendar and profile are.
  const context = contextOf(defaults, { calendar: read.calendar, regulation: read.regulation })
  const { calendar } = context
  const windowStart = calendar.millis.startOfDay(atPath(['options', 'from'], () => calendar.millis.endOfDay(read.from)))
  const windowEnd = atPath(['options', 'to'], () => calendar.millis.endOfDay(read.to))
  if (windowEnd < windowStart) fail('invalid_input', DETAILS.simulationRangeReversed, ['options', 'to'])
  const working = calendar.millis.workingTimeBetween(windowStart, windowEnd)
  if (working <= 0 && read.size > 0) fail('invalid_input', DETAILS.noWorkingTimeToTransfer, ['options', 'to'])

  const weights = { ...DEFAULT_WEIGHTS, ...read.durations }
  const totalWeight = DURATION_CLASSES.reduce((sum, kind) => sum + weights[kind], 0)
  if (totalWeight <= 0) fail('invalid_input', DETAILS.noDurationWeight, ['options', 'durations'])
  const settings = {
    withoutDeadline: read.withoutDeadline ?? 0.3,
    acknowledged: read.acknowledgement?.probability ?? 0.97,
    acknowledgementHours: read.acknowledgement?.workingHours ?? 2,
    started: read.start?.probability ?? 0.97,
    updateMade: read.updates?.probability ?? 0.85,
    updateOnTime: read.updates?.onTime ?? 0.9,
    completed: read.completion?.probability ?? 0.9,
    effort: read.completion?.effort ?? 0.8,
  }
  const { millis } = calendar

  const tasks = Array.from(
    { length: read.size },
    (_, index): TaskInput =>
      withinCalendar(() => {
        const random = seededRandom(seedOf(read.seed, index))
        // Every draw is made, used or not, so that each option changes only what it governs.
        const draw = Array.from({ length: 11 }, random)
        const at = (n: number): number => draw[n] as number
        const transferredAt = millis.addWorkingTime(windowStart, Math.floor(at(0) * working))
        const durationClass = pickClass(at(1) * totalWeight, weights)
        const [shortest, longest] = DEADLINE_DAYS[durationClass]
        const open = durationClass === '6-months-or-more' && at(3) < settings.withoutDeadline
        const deadline = open
          ? null
          : millis.endOfDay(calendar.dayOf(transferredAt + Math.floor(shortest + at(2) * (longest - shortest + 1)) * DAY))

        const events: TaskEvent[] = []
        let acknowledgedAt: number | undefined
        if (at(4) < settings.acknowledged) {
          const delay = -settings.acknowledgementHours * Math.log(1 - at(5)) * HOUR
          acknowledgedAt = millis.addWorkingTime(transferredAt, Math.round(delay))
          events.push({ type: 'acknowledged', at: acknowledgedAt })
        }
        const startedAt =
          at(10) < settings.started
            ? millis.addWorkingTime(
                acknowledgedAt ?? millis.addWorkingTime(transferredAt, WORKING_DAY),
                Math.round(at(6) * WORKING_DAY),
              )
            : undefined
        if (startedAt !== undefined) events.push({ type: 'started', at: startedAt })
        const span =
          deadline === null
            ? millis.workingTimeBetween(transferredAt, transferredAt + OPEN_TASK_HORIZON_DAYS * DAY)
            : millis.workingTimeBetween(transferredAt, deadline)
        // A log-normal spread (σ 0.3) around the typical effort, from two uniform draws (Box–Muller).
        const spread = Math.exp(0.3 * Math.sqrt(-2 * Math.log(1 - at(8))) * Math.cos(2 * Math.PI * at(9)))
        const completedAt =
          startedAt !== undefined && at(7) < settings.completed
            ? millis.addWorkingTime(startedAt, Math.round(settings.effort * spread * span))
            : undefined

        const horizon = completedAt ?? (deadline === null ? transferredAt + OPEN_TASK_HORIZON_DAYS * DAY : deadline)
        const reports = reportsOf(
          { id: `task-${index}`, transferredAt, deadline, events: [...events, ...completion(completedAt)] },
          horizon,
          context,
          seededRandom(seedOf(read.seed ^ 0x5bd1e995, index)),
          settings,
        )
        const history = [...events, ...reports, ...completion(completedAt)].sort((a, b) => (a.at as number) - (b.at as number))
        return Object.freeze({
          id: `task-${index}`,
          transferredAt,
          deadline,
          events: Object.freeze(history.map((event) => Object.freeze(event))),
        })
      }),
  )
  return Object.freeze(tasks)
}

/**
 * A realistic, seeded portfolio of tasks for what-if studies: transfers spread over the working
 * hours of `from`–`to`; deadlines drawn from the four duration classes of Art. 6.2(b) (some of the
 * last class without one, Art. 4.1(a)); receipt acknowledged after an exponentially distributed
 * delay (Art. 6.2(a)); work started after the acknowledgement and completed after a share of the
 * available working time; the required updates of Art. 6.2(b) made, on time or late, with the given
 * chances. Instants are epoch milliseconds, the fast input form.
 *
 * Each task draws from its own seeded stream, in a fixed order: two portfolios with the same seed
 * and different options differ only by those options' effect. Compare acknowledgement delays of 4
 * and 6 working hours, and the difference in overdue tasks is the delay's doing, not chance's.
 *
 * @example
 * const tasks = generatePortfolio({ seed: 155, size: 3, from: '2026-01-05', to: '2026-01-09' })
 * tasks.map((task) => task.id) //=> ['task-0', 'task-1', 'task-2']
 * generatePortfolio({ seed: 155, size: 3, from: '2026-01-05', to: '2026-01-09' })[1] === tasks[1] //=> false
 * JSON.stringify(generatePortfolio({ seed: 155, size: 3, from: '2026-01-05', to: '2026-01-09' })) === JSON.stringify(tasks) //=> true
 */
export const generatePortfolio = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, generatePortfolioIn)

/**
 * A task drawn near the end of the calendar's range can run past it (its deadline, its completion, a
 * year of periodic updates): the error names the option to change, not an internal instant.
 */
function withinCalendar<T>(draw: () => T): T {
  try {
    return draw()
  } catch (error) {
    if (error instanceof VnTaskSlaError && error.code === 'outside_calendar_range') {
      fail('outside_calendar_range', DETAILS.portfolioPastCalendar, ['options', 'to'])
    }
    throw error
  }
}

function completion(at: number | undefined): TaskEvent[] {
  return at === undefined ? [] : [{ type: 'completed', at }]
}

function pickClass(point: number, weights: Readonly<Record<DurationClass, number>>): DurationClass {
  let sum = 0
  for (const kind of DURATION_CLASSES) {
    sum += weights[kind]
    if (point < sum) return kind
  }
  return '6-months-or-more'
}

/**
 * The progress reports a unit makes: one for each update the schedule of Art. 6.2(b) requires up to
 * `horizon` (the final one aside, which the completion reports), made with the given chance, within
 * its window or 1–5 working days after it, and never after the completion.
 */
function reportsOf(
  draft: TaskInput,
  horizon: number,
  context: RuleContext,
  random: () => number,
  settings: { readonly updateMade: number; readonly updateOnTime: number },
): TaskEvent[] {
  const { calendar } = context
  const task = parseTask(draft, calendar, context.regulation.schedule)
  const schedule = scheduleOf(task, horizon, context)
  const completedAt = task.events.find((event) => event.type === 'completed')?.at ?? Number.POSITIVE_INFINITY
  const reports: TaskEvent[] = []
  for (const update of schedule.updates) {
    const made = random()
    const onTime = random()
    const when = random()
    if (update.kind === 'final' || made >= settings.updateMade) continue
    const at =
      onTime < settings.updateOnTime
        ? update.from + Math.floor(when * (update.dueBy - update.from))
        : calendar.millis.addWorkingTime(update.dueBy, Math.round((1 + when * 4) * WORKING_DAY))
    if (at < completedAt) reports.push({ type: 'progress-updated', at })
  }
  return reports
}
