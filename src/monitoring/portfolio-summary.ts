import * as z from 'zod/mini'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../core/result-instants.js'
import { fail } from '../core/validation.js'
import { statusOf } from '../rules/art04-status/classify-completion.js'
import { COMPLETION_STATUSES, type CompletionStatus, UNTIMED_COMPLETION_STATUSES } from '../rules/art04-status/status-traits.js'
import { DUTY_PARTIES, type DutyParty, ledgerOf } from '../rules/art06-duties/duty-ledger.js'
import { ALERT_LEVELS, type AlertLevel, alertOf } from '../rules/art18-alerts/alert-level.js'
import { bindDefaults, type RuleDefaults } from '../rules/context.js'
import { DUTY_STATES, type DutyState } from '../rules/duty-state.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { ScoredUnits } from '../scoring/score-units.js'
import { parseTask } from '../task/task-facts.js'
import { NextChangeOptions, nextChangeOf, nextChangeSchema, watchSettings } from './next-change.js'

const STATUS_VALUES = [...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES] as const

/** Why a task needs attention now: it is overdue, it is due today, a duty of it was missed. */
export const ATTENTION_REASONS = Object.freeze(['overdue', 'due-today', 'missed-duty'] as const)
export type AttentionReason = (typeof ATTENTION_REASONS)[number]

const Count = z.int().check(z.minimum(0))
const countsOf = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z.readonly(
    z.strictObject(Object.fromEntries(values.map((value) => [value, Count])) as { [Key in Values[number]]: typeof Count }),
  )

/** The counts of a set of tasks: by status (Art. 4.1(đ)), by warning (Art. 18.1(d)), by party and duty state (Art. 6). */
const Counts = {
  /** How many tasks. */
  tasks: Count,
  status: countsOf(STATUS_VALUES),
  warning: countsOf(ALERT_LEVELS),
  /** The duties of `dutiesOf`, by party, then by state. */
  duties: z.readonly(
    z.strictObject(
      Object.fromEntries(DUTY_PARTIES.map((party) => [party, countsOf(DUTY_STATES)])) as {
        [Party in DutyParty]: ReturnType<typeof countsOf<typeof DUTY_STATES>>
      },
    ),
  ),
}

/** A task that needs attention now, why, and when it next changes (`nextChange`). */
export function attentionSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      unit: z.string(),
      taskId: z.string(),
      reasons: z.readonly(z.array(z.enum(ATTENTION_REASONS))),
      status: z.enum(STATUS_VALUES),
      warning: z.enum(ALERT_LEVELS),
      next: nextChangeSchema(instant),
    }),
  )
}

/** The dashboard of a portfolio (Art. 16.1): its counts per unit and in total, and the tasks that need attention now. */
export function portfolioSummarySchema<Instant extends InstantSchema>(instant: Instant) {
  const attention = z.readonly(z.array(attentionSchema(instant)))
  return z.readonly(
    z.strictObject({
      units: z.readonly(z.array(z.readonly(z.strictObject({ unit: z.string(), ...Counts, attention })))),
      total: z.readonly(z.strictObject({ ...Counts, attention })),
    }),
  )
}

export const PortfolioSummary = portfolioSummarySchema(DateTimeValue)
export type PortfolioSummary = z.output<typeof PortfolioSummary>
export const PortfolioSummaryMillis = portfolioSummarySchema(EpochMillis)
export type PortfolioSummaryMillis = z.output<typeof PortfolioSummaryMillis>
type AttentionMillis = z.output<ReturnType<typeof attentionSchema<typeof EpochMillis>>>

/** The options of `portfolioSummary`: those of `nextChange`, which each task needing attention is given. */
export const PortfolioSummaryOptions = NextChangeOptions
export type PortfolioSummaryOptions = z.input<typeof PortfolioSummaryOptions>

const readUnits = readerOf(ScoredUnits)
const toDateTimes = dateTimeConverter(PortfolioSummaryMillis)

type MutableCounts = {
  tasks: number
  status: Record<CompletionStatus, number>
  warning: Record<AlertLevel, number>
  duties: Record<DutyParty, Record<DutyState, number>>
}

function zeroes<Key extends string>(keys: readonly Key[]): Record<Key, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>
}

function emptyCounts(): MutableCounts {
  return {
    tasks: 0,
    status: zeroes(STATUS_VALUES),
    warning: zeroes(ALERT_LEVELS),
    duties: Object.fromEntries(DUTY_PARTIES.map((party) => [party, zeroes(DUTY_STATES)])) as MutableCounts['duties'],
  }
}

function addCounts(into: MutableCounts, from: MutableCounts): void {
  into.tasks += from.tasks
  for (const key of STATUS_VALUES) into.status[key] += from.status[key]
  for (const key of ALERT_LEVELS) into.warning[key] += from.warning[key]
  for (const party of DUTY_PARTIES) for (const state of DUTY_STATES) into.duties[party][state] += from.duties[party][state]
}

function frozenCounts(counts: MutableCounts) {
  return {
    tasks: counts.tasks,
    status: Object.freeze(counts.status),
    warning: Object.freeze(counts.warning),
    duties: Object.freeze(
      Object.fromEntries(DUTY_PARTIES.map((party) => [party, Object.freeze(counts.duties[party])])) as MutableCounts['duties'],
    ),
  }
}

/** `portfolioSummary` with its defaults given first: the entries bind them (`bindDefaults`). */
export function portfolioSummaryIn(
  defaults: RuleDefaults,
  units: ScoredUnits,
  options: PortfolioSummaryOptions,
): PortfolioSummary {
  const settings = watchSettings(defaults, options)
  const list = readUnits(units, ['units'])
  const { context, asOf } = settings
  const { calendar } = context
  const total = emptyCounts()
  const everyAttention: AttentionMillis[] = []
  const names = new Set<string>()
  const summaries = list.map((entry, unitIndex) => {
    if (names.has(entry.unit)) fail('invalid_input', DETAILS.duplicateUnit, ['units', unitIndex, 'unit'])
    names.add(entry.unit)
    const counts = emptyCounts()
    const attention: AttentionMillis[] = []
    entry.tasks.forEach((task, taskIndex) => {
      const facts = parseTask(task, calendar, context.regulation.schedule, ['units', unitIndex, 'tasks', taskIndex])
      const status = statusOf(facts, asOf, context)
      const warning = alertOf(facts, asOf, context, status).level
      const duties = ledgerOf(facts, asOf, context, settings.until, settings.parties)
      counts.tasks += 1
      counts.status[status.status] += 1
      counts.warning[warning] += 1
      let missed = false
      for (const duty of duties) {
        counts.duties[duty.party][duty.state] += 1
        if (duty.state === 'missed') missed = true
      }
      const reasons: AttentionReason[] = []
      if (warning === 'overdue') reasons.push('overdue')
      if (warning === 'due') reasons.push('due-today')
      if (missed) reasons.push('missed-duty')
      if (reasons.length === 0) return
      attention.push(
        Object.freeze({
          unit: entry.unit,
          taskId: facts.id,
          reasons: Object.freeze(reasons),
          status: status.status,
          warning,
          next: nextChangeOf(facts, asOf, settings),
        }),
      )
    })
    addCounts(total, counts)
    everyAttention.push(...attention)
    return Object.freeze({ unit: entry.unit, ...frozenCounts(counts), attention: Object.freeze(attention) })
  })
  const summary = Object.freeze({
    units: Object.freeze(summaries),
    total: Object.freeze({ ...frozenCounts(total), attention: Object.freeze(everyAttention) }),
  })
  return toDateTimes(summary, calendar) as PortfolioSummary
}

/**
 * The dashboard of a portfolio as of `asOf` (Art. 16.1: statistics shown in real time): for each unit
 * and in total, how many tasks, their counts by status (Art. 4.1(đ)) and by warning (Art. 18.1(d)),
 * the duties of Art. 6 by party and state (`dutiesOf`), and the tasks that need attention now — overdue,
 * due today, or with a duty missed — each with its next change (`nextChange`). Every count is the sum
 * of what `evaluateTask` and `dutiesOf` give each task with the same options. `units` as `scoreUnits`
 * takes them.
 *
 * @example
 * const summary = portfolioSummary([{ unit: 'Ban A', tasks: [
 *   { id: 'A-1', transferredAt: '2026-03-02T09:00', deadline: '2026-03-13' },
 *   { id: 'A-2', transferredAt: '2026-03-02T09:00', deadline: '2026-06-30',
 *     events: [{ type: 'acknowledged', at: '2026-03-02T10:00' }] }] }], { asOf: '2026-03-16T09:00' })
 * summary.total.warning.overdue //=> 1
 * summary.total.attention.map((task) => `${task.taskId} ${task.reasons.join('+')}`) //=> ['A-1 overdue+missed-duty']
 */
export const portfolioSummary = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, portfolioSummaryIn)
