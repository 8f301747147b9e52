import * as z from 'zod/mini'
import { daysOf } from '../calendar/working-calendar.js'
import { readerOf } from '../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../core/result-instants.js'
import { OBJECTION_STARTS } from '../regulation/readings.js'
import { statusOf } from '../rules/art04-status/classify-completion.js'
import { COMPLETION_STATUSES, type CompletionStatus, UNTIMED_COMPLETION_STATUSES } from '../rules/art04-status/status-traits.js'
import { scheduleOf } from '../rules/art06-cadence/update-schedule.js'
import { DUTIES, DUTY_PARTIES, type DutyMillis, ledgerOf, type Parties, partiesOf } from '../rules/art06-duties/duty-ledger.js'
import { ALERT_LEVELS, type AlertLevel, alertChangePoints, alertOf } from '../rules/art18-alerts/alert-level.js'
import { bindDefaults, type RuleDefaults } from '../rules/context.js'
import { DUTY_STATES, type DutyState, dutyStateOf } from '../rules/duty-state.js'
import { EvaluateTaskOptions, type EvaluationSettings, settingsOfRead } from '../rules/evaluate-task.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { endingBy, factsUpTo, parseTask, type TaskFacts } from '../task/task-facts.js'
import type { TaskInput } from '../task/task-input.js'

/** What changes at an instant: the status of Art. 4.1(đ), the warning of Art. 18.1(d), or a duty of Art. 6. */
export const CHANGE_KINDS = Object.freeze(['status', 'warning', 'duty'] as const)
export type ChangeKind = (typeof CHANGE_KINDS)[number]

const STATUS_VALUES = [...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES] as const

/** The values a change moves between: a status, a warning level or a duty's state. */
const CHANGE_VALUES = [...new Set([...STATUS_VALUES, ...ALERT_LEVELS, ...DUTY_STATES])] as [
  CompletionStatus | AlertLevel | DutyState,
  ...(CompletionStatus | AlertLevel | DutyState)[],
]

/**
 * One change, from one value to another: a status (`kind: 'status'`, values of `COMPLETION_STATUSES`),
 * a warning (`'warning'`, of `ALERT_LEVELS`) or a duty (`'duty'`, of `DUTY_STATES`: a duty that first
 * appears then, a new period's update of an open task, changes from `'not-yet-due'`). A duty's change
 * names which item of `dutiesOf` it is: `duty`, `party`, `dueBy`, `assignment`.
 */
export function changeSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      kind: z.enum(CHANGE_KINDS),
      from: z.enum(CHANGE_VALUES),
      to: z.enum(CHANGE_VALUES),
      duty: z.optional(z.enum(DUTIES)),
      party: z.optional(z.enum(DUTY_PARTIES)),
      dueBy: z.optional(instant),
      assignment: z.optional(z.int().check(z.minimum(0))),
    }),
  )
}

/** When a task next changes, and what changes then. */
export function nextChangeSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.nullable(
    z.readonly(
      z.strictObject({
        /** The first instant after `asOf` at which anything below changes, with no new event. */
        at: instant,
        /** Every change at `at`: the status first, then the warning, then the duties in the ledger's order. */
        changes: z.readonly(z.array(changeSchema(instant))),
      }),
    ),
  )
}

export const NextChange = nextChangeSchema(DateTimeValue)
export type NextChange = z.output<typeof NextChange>
export const NextChangeMillis = nextChangeSchema(EpochMillis)
export type NextChangeMillis = z.output<typeof NextChangeMillis>

/** The options of `nextChange`: those of `evaluateTask` (what the status and the warning read) and of `dutiesOf`. */
export const NextChangeOptions = z.extend(EvaluateTaskOptions, {
  /** B15: where the 8 working hours to object count from. */
  objectionFrom: z.optional(z.enum(OBJECTION_STARTS)),
  /** Whose duties are watched: default every party's. */
  parties: z.optional(z.readonly(z.array(z.enum(DUTY_PARTIES)).check(z.minLength(1)))),
})
export type NextChangeOptions = z.input<typeof NextChangeOptions>

const readOptions = readerOf(NextChangeOptions)
const toDateTimes = dateTimeConverter(NextChangeMillis)

/** The settings of a watch: the evaluation's, and the parties whose duties count. */
export type WatchSettings = EvaluationSettings & { readonly parties: Parties }

/** Reads the options of `nextChange` (`invalid_input` at `options.…`). */
export function watchSettings(defaults: RuleDefaults, options: NextChangeOptions): WatchSettings {
  const read = readOptions(options, ['options'])
  return { ...settingsOfRead(defaults, read), parties: partiesOf(read.parties) }
}

/** `nextChange` with its defaults given first: the entries bind them (`bindDefaults`). */
export function nextChangeIn(defaults: RuleDefaults, task: TaskInput, options: NextChangeOptions): NextChange {
  const settings = watchSettings(defaults, options)
  const { calendar } = settings.context
  const facts = parseTask(task, calendar, settings.context.regulation.schedule)
  return toDateTimes(nextChangeOf(facts, settings.asOf, settings), calendar) as NextChange
}

/** `nextChangeMillis` with its defaults given first: the entries bind them (`bindDefaults`). */
export function nextChangeMillisIn(defaults: RuleDefaults, task: TaskInput, options: NextChangeOptions): NextChangeMillis {
  const settings = watchSettings(defaults, options)
  const facts = parseTask(task, settings.context.calendar, settings.context.regulation.schedule)
  return nextChangeOf(facts, settings.asOf, settings)
}

/**
 * When the task next needs attention: the first instant after `asOf` at which, with no new event, its
 * status (Art. 4.1(đ)), its warning (Art. 18.1(d)) or the state of any duty of Art. 6 (`dutiesOf`)
 * changes, with every change at that instant; null when nothing will change again (a task ended,
 * its duties met). The task is read as its history stood at `asOf`: events after it are not known yet. A threshold crossed while the warning stays at its level is no change. Evaluating
 * the task at `at - 1` gives what it gives at `asOf`, and at `at` the changes: a scheduler sets one
 * timer per task, at the regulation's own instants, and never polls (Art. 9.2: "kịp thời nhắc nhở").
 *
 * @example
 * const next = nextChange({ id: 't', transferredAt: '2026-02-13T15:00', deadline: '2026-03-31',
 *   events: [{ type: 'acknowledged', at: '2026-02-13T16:00' }] }, { asOf: '2026-02-13T16:00' })
 * next?.at.toISO() //=> '2026-03-08T19:29:59.999+07:00'
 * next?.changes.map((change) => `${change.duty} ${change.from} → ${change.to}`) //=> ['update not-yet-due → due']
 */
export const nextChange = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, nextChangeIn)

/**
 * `nextChange` with every instant in epoch milliseconds: the form a scheduler stores.
 *
 * @example
 * nextChangeMillis({ id: 't', transferredAt: '2026-02-13T15:00' }, { asOf: '2026-02-13T15:00' })?.at
 * //=> 1771815600001
 */
export const nextChangeMillis = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, nextChangeMillisIn)

/** What a watch compares: the status, the warning, and each duty's state by its identity. */
type Snapshot = {
  readonly status: CompletionStatus
  readonly level: AlertLevel
  readonly duties: readonly DutyMillis[]
}

function snapshotAt(facts: TaskFacts, t: number, settings: WatchSettings): Snapshot {
  const { context } = settings
  const duties = ledgerOf(facts, t, context, settings.until, settings.parties)
  const status = statusOf(facts, t, context)
  return { status: status.status, level: alertOf(facts, t, context, status).level, duties }
}

function keyOf(item: DutyMillis): string {
  return `${item.duty}/${item.assignment}/${item.from}/${item.dueBy}`
}

type ChangeMillis = z.output<ReturnType<typeof changeSchema<typeof EpochMillis>>>

/** The changes from `before` to `after`, in the order of `nextChangeSchema`. */
function changesBetween(before: Snapshot, after: Snapshot): ChangeMillis[] {
  const changes: ChangeMillis[] = []
  if (before.status !== after.status) changes.push(Object.freeze({ kind: 'status', from: before.status, to: after.status }))
  if (before.level !== after.level) changes.push(Object.freeze({ kind: 'warning', from: before.level, to: after.level }))
  const earlier = new Map<string, DutyState>(before.duties.map((item) => [keyOf(item), item.state]))
  for (const item of after.duties) {
    const from = earlier.get(keyOf(item)) ?? 'not-yet-due'
    if (from === item.state) continue
    const { duty, party, dueBy, assignment } = item
    changes.push(Object.freeze({ kind: 'duty', from, to: item.state, duty, party, dueBy, assignment }))
  }
  return changes
}

/** The next change of a task's facts after `asOf`, in epoch milliseconds; null when there is none. */
export function nextChangeOf(history: TaskFacts, asOf: number, settings: WatchSettings): NextChangeMillis {
  // "With no new event": the history as it stood at `asOf`, whatever the caller knows of later.
  const facts = factsUpTo(history, asOf)
  const now = snapshotAt(facts, asOf, settings)
  const horizon = horizonOf(facts, asOf, settings)
  // The periods an open task's schedule adds are listed up to the horizon, but first only those that
  // begin inside the calendar's range: its computing margin holds the due days of one year more, not
  // of every period a horizon past it would list (December 2101's is due in 2102). A period left out
  // begins when the range ends or later, and so do its points: a change found by then is the next one.
  // One found later is looked for again with every period that begins by it, which is exact again.
  const { endOfRange } = daysOf(settings.context.calendar)
  if (horizon <= endOfRange) return firstChange(facts, asOf, settings, now, horizon)
  const first = firstChange(facts, asOf, settings, now, endOfRange)
  if (first !== null && first.at <= endOfRange) return first
  return firstChange(facts, asOf, settings, now, first === null ? horizon : Math.min(horizon, first.at + 1))
}

/**
 * The instant up to which the periods an open task's schedule will add are listed: the caller's
 * `until`, else 400 days after the later of `asOf` and the deadline (B7: periods run while it is open).
 */
function horizonOf(facts: TaskFacts, asOf: number, settings: WatchSettings): number {
  if (settings.until !== undefined) return settings.until
  const deadline = statusOf(facts, asOf, settings.context).deadline
  return Math.max(asOf, deadline ?? asOf) + 400 * 86_400_000
}

/** The first change after `asOf` among the points `changePoints` lists with the periods up to `until`. */
function firstChange(facts: TaskFacts, asOf: number, settings: WatchSettings, now: Snapshot, until: number): NextChangeMillis {
  for (const point of changePoints(facts, asOf, settings, now, until)) {
    if (!changesAt(facts, point, settings, now)) continue
    const changes = changesBetween(now, snapshotAt(facts, point.at, settings))
    if (changes.length > 0) return Object.freeze({ at: point.at, changes: Object.freeze(changes) })
  }
  return null
}

/** An instant something may change at; `appears`: a duty may first appear then (a new period's update). */
type ChangePoint = { readonly at: number; readonly appears: boolean }

/**
 * Whether anything changes at `point` from `now`, without building the ledger again: a duty's state
 * moves only against its own `from` and `dueBy` (nothing new is met with no new event), so only the
 * status, the warning and, where one may appear, the new duties need the rules again.
 */
function changesAt(facts: TaskFacts, point: ChangePoint, settings: WatchSettings, now: Snapshot): boolean {
  const { at } = point
  for (const item of now.duties) {
    if (item.metBy === null && dutyStateOf(item.from, item.dueBy, undefined, at) !== item.state) return true
  }
  const { context } = settings
  const status = statusOf(facts, at, context)
  if (status.status !== now.status || alertOf(facts, at, context, status).level !== now.level) return true
  return point.appears && ledgerOf(facts, at, context, settings.until, settings.parties).length !== now.duties.length
}

/**
 * Every instant after `asOf` at which something may change with no new event, sorted: each open
 * duty's start and the instant after its limit; the start of each period an open task's schedule
 * will add; the instant after the deadline in force; the warning's thresholds. Between two of them
 * nothing the watch compares can change: each rule reads the instant only against these.
 */
function changePoints(facts: TaskFacts, asOf: number, settings: WatchSettings, now: Snapshot, until: number): ChangePoint[] {
  const { context } = settings
  const points: ChangePoint[] = []
  const add = (at: number, appears = false): void => {
    if (at > asOf) points.push({ at, appears })
  }
  const owed = new Set<number>()
  for (const item of now.duties) {
    if (item.duty === 'update') owed.add(item.from)
    if (item.metBy !== null || item.state === 'missed') continue
    add(item.from)
    add(item.dueBy + 1)
  }
  const deadline = statusOf(facts, asOf, context).deadline
  if (endingBy(facts, asOf) === undefined) {
    // The periods an open task's schedule adds as time passes (B7): each appears just after it begins.
    const later = scheduleOf(facts, asOf, context, { until })
    for (const update of later.updates) {
      if (owed.has(update.from)) continue
      add(update.from, true)
      add(update.from + 1, true)
      add(update.dueBy + 1, true)
    }
    if (deadline !== null) for (const at of alertChangePoints(facts, asOf, context, deadline)) add(at)
  }
  points.sort((a, b) => a.at - b.at || Number(b.appears) - Number(a.appears))
  return points.filter((point, index) => index === 0 || point.at !== (points[index - 1] as ChangePoint).at)
}
