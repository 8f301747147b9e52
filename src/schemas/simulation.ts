import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'
import {
  COMPLETION_STATUSES,
  IN_PROGRESS_LATE_READINGS,
  UNTIMED_COMPLETION_STATUSES,
} from '../rules/art04-status/classify-completion.js'
import { UPDATE_STATES } from '../rules/art06-cadence/update-compliance.js'
import { UpdateScheduleSettings } from '../rules/art06-cadence/update-schedule.js'
import { ALERT_LEVELS, AlertThresholds, DUE_DAYS } from '../rules/art18-alerts/alert-level.js'
import { PortfolioOptions } from '../simulation/generate-portfolio.js'
import { SIMULATION_STEPS } from '../simulation/simulation-steps.js'
import { CitationJson, CountJson, EpochMillisJson } from './json-values.js'
import { CompletionStatusJson } from './rule-results.js'

/**
 * The JSON forms of the simulation API (src/simulation/), checked against what it returns by
 * test/package/json-schemas.test.ts. The generator's options are its own schema.
 */

/**
 * A tally by key: every key present, each a count (a TypeScript `Record<Key, number>`). Written as
 * an object with one property per key, not a record over an enum: code generators of other
 * languages make a class of it, and strict validators (ajv) want each required key declared.
 */
function countsOf<const Key extends string>(keys: readonly Key[]) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, CountJson])) as Record<Key, typeof CountJson>)
}

/** One step of a timeline: the portfolio's tallies at the end of `day`. */
export const SimulationStepJson = z.strictObject({
  /** The step's place in `steps`, from 0. */
  index: CountJson,
  day: CalendarDay,
  /** The end of that day in the calendar's zone, epoch milliseconds: the `asOf` of the step (Art. 2.4). */
  asOf: EpochMillisJson,
  /** Tasks transferred by then: the portfolio of the step, which the counts add up to. */
  transferred: CountJson,
  /** Tasks by status of Art. 4.1(đ), timed and untimed. */
  counts: countsOf([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES]),
  /** Tasks by warning of Art. 18.1(d). */
  alerts: countsOf(ALERT_LEVELS),
  /** Required updates of Art. 6.2(b) by state. */
  updates: countsOf(UPDATE_STATES),
})

/** One task's series over a timeline: one entry per step, in step order; null before the task's transfer. */
export const SimulationTaskSeriesJson = z.strictObject({
  id: z.string().check(z.minLength(1)),
  status: z.array(z.nullable(CompletionStatusJson)),
  alert: z.array(z.nullable(z.enum(ALERT_LEVELS))),
  missedUpdates: z.array(CountJson),
})

/** `timeline.toJSON()`: a portfolio stepped through time. */
export const SimulationTimelineJson = z.strictObject({
  from: CalendarDay,
  to: CalendarDay,
  step: z.enum(SIMULATION_STEPS),
  taskIds: z.array(z.string().check(z.minLength(1))),
  steps: z.array(SimulationStepJson),
  tasks: z.array(SimulationTaskSeriesJson),
  citation: z.array(CitationJson),
})

/** The options of a simulation, their JSON-able part (the calendar is supplied by the caller's service). */
export const SimulationOptionsJson = z.extend(UpdateScheduleSettings, {
  from: CalendarDay,
  to: CalendarDay,
  step: z.optional(z.enum(SIMULATION_STEPS)),
  thresholds: z.optional(AlertThresholds),
  dueDay: z.optional(z.enum(DUE_DAYS)),
  inProgressLate: z.optional(z.enum(IN_PROGRESS_LATE_READINGS)),
})

/** The options of the portfolio generator: a seeded, reproducible set of synthetic tasks. */
export const PortfolioOptionsJson = PortfolioOptions
