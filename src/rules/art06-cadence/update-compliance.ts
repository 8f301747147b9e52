import * as z from 'zod/mini'
import { Citation } from '../../core/citation.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import {
  assignmentAt,
  firstReportFrom,
  parseTask,
  type TaskFacts,
  UPDATE_EVENT_TYPES,
  type UpdateEventType,
} from '../../task/task-facts.js'
import { InstantInput, type TaskInput } from '../../task/task-input.js'
import { bindDefaults, contextOf, type RuleContext, type RuleDefaults } from '../context.js'
import { instantOption, instantOrDayOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'
import {
  type ScheduleBounds,
  type ScheduledUpdateMillis,
  scheduledUpdateSchema,
  scheduleOf,
  type UpdateScheduleMillis,
  UpdateScheduleOptions,
} from './update-schedule.js'

/**
 * Where a required update stands as of an instant: made on time, made late, missed (its time
 * limit passed with none made); or still open: due (its window is open) or not yet due.
 */
export const UPDATE_STATES = Object.freeze(['made-on-time', 'made-late', 'missed', 'due', 'not-yet-due'] as const)
export type UpdateState = (typeof UPDATE_STATES)[number]

/** One required update of Art. 6.2(b), made or not, as of an instant. */
export function updateComplianceSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      update: scheduledUpdateSchema(instant),
      state: z.enum(UPDATE_STATES),
      /** The first update event at or after the update's `from`, by `asOf`; null when there is none. */
      satisfiedBy: z.nullable(z.readonly(z.strictObject({ type: z.enum(UPDATE_EVENT_TYPES), at: instant }))),
      /** The update's own item of Art. 6.2(b). */
      citation: Citation,
    }),
  )
}

export const UpdateCompliance = updateComplianceSchema(DateTimeValue)
export type UpdateCompliance = z.output<typeof UpdateCompliance>
export const UpdateComplianceMillis = updateComplianceSchema(EpochMillis)
export type UpdateComplianceMillis = z.output<typeof UpdateComplianceMillis>

/** The options of `updateCompliance`: those of `updateSchedule`, with the evaluation instant required (Art. 2.4). */
export const UpdateComplianceOptions = z.extend(UpdateScheduleOptions, {
  /** The instant of the evaluation (Art. 2.4): events after it are ignored. */
  asOf: InstantInput,
})
export type UpdateComplianceOptions = z.input<typeof UpdateComplianceOptions>

const readOptions = readerOf(UpdateComplianceOptions)
const toDateTimes = dateTimeConverter(z.readonly(z.array(UpdateComplianceMillis)))

/** `updateCompliance` with its defaults given first: the entries bind them (`bindDefaults`). */
export function updateComplianceIn(
  defaults: RuleDefaults,
  task: TaskInput,
  options: UpdateComplianceOptions,
): readonly UpdateCompliance[] {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  const asOf = instantOption(calendar, read.asOf, ['options', 'asOf'])
  const until = read.until === undefined ? undefined : instantOrDayOption(calendar, read.until, ['options', 'until'])
  const facts = parseTask(task, calendar, context.regulation.schedule)
  return toDateTimes(complianceOf(facts, asOf, context, { until }), calendar) as readonly UpdateCompliance[]
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
export const updateCompliance = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, updateComplianceIn)

/** Compliance of a task's facts as of `asOf`, in epoch milliseconds, with the schedule it works out. */
export function complianceOf(
  facts: TaskFacts,
  asOf: number,
  context: RuleContext,
  bounds: ScheduleBounds = {},
): readonly UpdateComplianceMillis[] {
  return complianceWith(facts, asOf, scheduleOf(facts, asOf, context, bounds))
}

/** Each update of a schedule in epoch milliseconds against the task's reports as of `asOf`. */
export function complianceWith(task: TaskFacts, asOf: number, schedule: UpdateScheduleMillis): readonly UpdateComplianceMillis[] {
  const facts = assignmentAt(task, asOf)
  const { updates } = schedule
  const items = new Array<UpdateComplianceMillis>(updates.length)
  for (let index = 0; index < updates.length; index += 1) {
    const update = updates[index] as ScheduledUpdateMillis
    const report = firstReportFrom(facts, update.from, asOf)
    items[index] = Object.freeze({
      update,
      state: stateOf(update, report?.at, asOf),
      satisfiedBy: report === undefined ? null : Object.freeze({ type: report.type as UpdateEventType, at: report.at }),
      citation: update.citation,
    })
  }
  return Object.freeze(items)
}

/**
 * Where one update of a schedule stands as of `asOf`: `complianceWith`'s state, without building the
 * item. `assigned` are the facts of the assignment in force then (`assignmentAt`), resolved once by a
 * caller that asks this of every update at every step.
 */
export function updateStateAt(assigned: TaskFacts, update: ScheduledUpdateMillis, asOf: number): UpdateState {
  return stateOf(update, firstReportFrom(assigned, update.from, asOf)?.at, asOf)
}

/** Where an update stands, given the instant of the first report in its window (if any). */
function stateOf(update: ScheduledUpdateMillis, reportedAt: number | undefined, asOf: number): UpdateState {
  if (reportedAt !== undefined) return reportedAt <= update.dueBy ? 'made-on-time' : 'made-late'
  if (asOf > update.dueBy) return 'missed'
  return asOf >= update.from ? 'due' : 'not-yet-due'
}
