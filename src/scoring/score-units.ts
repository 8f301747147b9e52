import * as z from 'zod/mini'
import { cite } from '../core/citation.js'
import type { ErrorPath } from '../core/errors.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { fail } from '../core/validation.js'
import { classificationOf } from '../rules/art04-status/classify-completion.js'
import { type CompletionStatus, STATUS_TRAITS } from '../rules/art04-status/status-traits.js'
import { complianceOf } from '../rules/art06-cadence/update-compliance.js'
import { dueOf } from '../rules/art06-deadlines/deadline.js'
import {
  bindDefaults,
  CalendarOption,
  citing,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../rules/context.js'
import { instantOption } from '../rules/instant-options.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { assignmentAt, factsUpTo, hasEventAt, parseTask, type TaskFacts } from '../task/task-facts.js'
import { InstantInput, type TaskInput } from '../task/task-input.js'
import { EvaluationPeriod } from './evaluation-period.js'
import { GRADE_THRESHOLDS, type Grade, gradeUnder } from './grades.js'
import { type BuiltInMeasure, type CustomMeasure, IndicatorSet, type MeasureContext } from './indicators.js'
import { rankUnits } from './rank-units.js'
import type { CountedItem, IndicatorResult, UnitScore } from './unit-score.js'

/** The units `scoreUnits` takes: distinct names are checked by scoreUnits itself, each task by the rules. */
export const ScoredUnits = z.readonly(
  z.array(z.strictObject({ unit: z.string().check(z.minLength(1)), tasks: z.readonly(z.array(z.unknown())) })),
)
export type ScoredUnits = readonly { readonly unit: string; readonly tasks: readonly TaskInput[] }[]

/** The options of `scoreUnits`. */
export const ScoreUnitsOptions = z.strictObject({
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its indicator set, grades, time limits and schedule. */
  regulation: z.optional(RegulationOption),
  /**
   * Default: the end of the period, 24:00 of its last day, when everything due in the period is decided.
   * A later instant still evaluates the period at its end; an earlier one decides what is due before it.
   */
  asOf: z.optional(InstantInput),
  /** Default: the profile's set, `DEFAULT_INDICATORS` for 08-QC/TW, which is not the official set. */
  indicators: z.optional(IndicatorSet),
})
export type ScoreUnitsOptions = z.input<typeof ScoreUnitsOptions>

const readOptions = readerOf(ScoreUnitsOptions)
const readUnits = readerOf(ScoredUnits)
const readPeriod = readerOf(EvaluationPeriod)
/** A score of Art. 17.1(b): a number from 0 to 100 (a string that looks like one is not). */
const readScore = readerOf(z.number().check(z.gte(0), z.lte(100)))
const CITATION = cite(17, 1)

/** `scoreUnits` with its defaults given first: the entries bind them (`bindDefaults`). */
export function scoreUnitsIn(
  defaults: RuleDefaults,
  units: ScoredUnits,
  period: EvaluationPeriod,
  options: ScoreUnitsOptions = {},
): readonly UnitScore[] {
  const read = readOptions(options, ['options'])
  const checkedPeriod = readPeriod(period, ['period'])
  const list = readUnits(units, ['units'])
  const context = contextOf(defaults, read)
  const { calendar, regulation } = context
  const set = read.indicators ?? regulation.indicators
  const start = calendar.millis.startOfDay(calendar.millis.endOfDay(checkedPeriod.from))
  const end = calendar.millis.endOfDay(checkedPeriod.to)
  const asOf = read.asOf === undefined ? end : instantOption(calendar, read.asOf, ['options', 'asOf'])
  // A period cannot be evaluated before it begins: nothing in it has happened yet.
  if (asOf < start) fail('invalid_input', DETAILS.asOfBeforePeriod, ['options', 'asOf'])
  const evaluatedAt = Math.min(end, asOf)
  // The end of the last day stands for 24:00 (B2): at the period's close, an item due at its last
  // instant has passed its time limit, while an event of the next day, from 00:00, is not counted.
  const decidedAt = evaluatedAt === end ? end + 1 : evaluatedAt
  const measureContext: MeasureContext = Object.freeze({
    period: checkedPeriod,
    calendar,
    evaluatedAt: calendar.toDateTime(evaluatedAt),
  })
  const window: Window = { start, end, evaluatedAt, decidedAt, context, measureContext }

  const names = new Set<string>()
  const scores = list.map((entry, unitIndex) => {
    if (names.has(entry.unit)) fail('invalid_input', DETAILS.duplicateUnit, ['units', unitIndex, 'unit'])
    names.add(entry.unit)
    return scoreUnit(entry.unit, entry.tasks, unitIndex, set, window, checkedPeriod)
  })
  return rankUnits(scores)
}

/**
 * Scores units for a period (Art. 17.1): each indicator of the set measures the unit's tasks; an
 * indicator with nothing to measure is left out and the others' weights renormalised; the score is
 * the weighted mean, 0–100 to 2 decimals; the grade follows at 90, 70 and 50 (17.1(c)); units are
 * ranked by score, then on-time rate, then fewer overdue tasks, equal keys sharing a rank (17.2(c)).
 *
 * A period is evaluated at its end, 24:00 of its last day (B12): every item due at or before it is
 * decided in this period, so a task due on the last day (31/3, 30/6, 31/12) and still open then scores
 * 0 here, and an update due that day and not made is missed here. An earlier `asOf` decides only what
 * is due before it. Events after the evaluation instant do not count. Results are in rank order
 * (units without a score last), then by unit name. A profile (`regulation`) brings its own indicator
 * set, grades and limits (Art. 18.4).
 *
 * @example
 * const [result] = scoreUnits([{ unit: 'Ban A', tasks: [{ id: 't', transferredAt: '2026-01-05T08:00',
 *   deadline: '2026-02-27', events: [{ type: 'acknowledged', at: '2026-01-05T09:00' },
 *   { type: 'progress-updated', at: '2026-02-02T10:00' }, { type: 'completed', at: '2026-02-20T10:00' }] }] }],
 *   quarter(2026, 1))
 * result.score //=> 100
 * result.grade //=> 'excellent'
 */
export const scoreUnits = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, scoreUnitsIn)

type Window = {
  readonly start: number
  readonly end: number
  /** The last instant whose events count: the period's end, or `asOf` when earlier. */
  readonly evaluatedAt: number
  /** The instant the rules decide at: one millisecond after the period's end (24:00), or `asOf`. */
  readonly decidedAt: number
  readonly context: RuleContext
  readonly measureContext: MeasureContext
}

function scoreUnit(
  unit: string,
  tasks: readonly unknown[],
  unitIndex: number,
  set: IndicatorSet,
  window: Window,
  period: EvaluationPeriod,
): Omit<UnitScore, 'rank'> {
  const { calendar, regulation } = window.context
  const items: CountedItem[][] = set.indicators.map(() => [])
  const ids = new Set<string>()
  let onTime = 0
  let late = 0
  let overdue = 0
  tasks.forEach((task, taskIndex) => {
    const path: ErrorPath = ['units', unitIndex, 'tasks', taskIndex]
    const facts = parseTask(task, calendar, regulation.schedule, path)
    if (ids.has(facts.id)) fail('invalid_input', DETAILS.duplicateTaskId, [...path, 'id'])
    ids.add(facts.id)
    const measured = measureTask(facts, window)
    if (measured.completion === 1) onTime += 1
    else if (measured.completion === 0.5) late += 1
    else if (measured.completion === 0) overdue += 1
    set.indicators.forEach((indicator, indicatorIndex) => {
      const into = items[indicatorIndex] as CountedItem[]
      if (typeof indicator.measure === 'function') {
        const score = customScore(indicator.measure, task as TaskInput, window.measureContext, [...path])
        if (score !== null) into.push(Object.freeze({ task: facts.id, item: 'custom', score }))
      } else {
        for (const item of measured.by[indicator.measure]) into.push(item)
      }
    })
  })

  const measuredWeight = set.indicators.reduce(
    (sum, indicator, index) => sum + ((items[index]?.length ?? 0) > 0 ? indicator.weight : 0),
    0,
  )
  const indicators = set.indicators.map((indicator, index): IndicatorResult => {
    const counted = items[index] as CountedItem[]
    const measured = counted.length > 0
    return Object.freeze({
      id: indicator.id,
      weight: indicator.weight,
      effectiveWeight: measured ? round2((indicator.weight / measuredWeight) * 100) : 0,
      value: measured ? round2(meanOf(counted) * 100) : null,
      measured,
      count: counted.length,
      items: Object.freeze(counted),
    })
  })
  const weighted = set.indicators.reduce(
    (sum, indicator, index) =>
      sum + ((items[index]?.length ?? 0) > 0 ? indicator.weight * meanOf(items[index] as CountedItem[]) : 0),
    0,
  )
  const score = measuredWeight > 0 ? round2((weighted / measuredWeight) * 100) : null
  return Object.freeze({
    unit,
    period,
    score,
    grade: score === null ? null : gradeUnder(regulation.grades, score),
    onTimeRate: onTime + late + overdue > 0 ? onTime / (onTime + late + overdue) : null,
    overdueTasks: overdue,
    completedLateTasks: late,
    indicators: Object.freeze(indicators),
    renormalised: score !== null && indicators.some((indicator) => !indicator.measured),
    indicatorSet: Object.freeze({ id: set.id, official: set.official }),
    citation: citing(window.context, CITATION),
  })
}

/**
 * B12: the grade of a score (already rounded to 2 decimals) under 08-QC/TW's thresholds: 90, 70, 50.
 *
 * @example
 * gradeOf(89.99) //=> 'completed'
 */
export function gradeOf(score: number): Grade {
  return gradeUnder(GRADE_THRESHOLDS, readScore(score, ['score']))
}

type TaskMeasures = {
  /** The task's completion score when its deadline falls in the period and is decided. */
  readonly completion: number | undefined
  readonly by: Readonly<Record<BuiltInMeasure, readonly CountedItem[]>>
}

/** The built-in measures of one task over the period (B12). */
function measureTask(read: TaskFacts, window: Window): TaskMeasures {
  const { start, end, evaluatedAt, decidedAt, context } = window
  const { calendar, regulation } = context
  // Decided at 24:00, the task's history stops at the period's last instant: an event at 00:00 of
  // the next day is the next period's.
  const facts = decidedAt > evaluatedAt && hasEventAt(read, decidedAt) ? factsUpTo(read, evaluatedAt) : read
  const inPeriod = (t: number): boolean => t >= start && t <= end
  const item = (what: string, score: number): CountedItem => Object.freeze({ task: facts.id, item: what, score })

  const status = classificationOf(facts, decidedAt, context)
  const completion =
    status.deadline !== null && inPeriod(status.deadline)
      ? completionScore(status.status, decidedAt > status.deadline)
      : undefined

  // Periodic updates that open after the evaluation instant cannot be decided by it, and those of
  // periods long closed cannot fall due in this one: neither is worked out.
  const updates: CountedItem[] = []
  for (const update of complianceOf(facts, decidedAt, context, { until: evaluatedAt + 1, notBefore: start })) {
    if (!inPeriod(update.update.dueBy) || update.state === 'due' || update.state === 'not-yet-due') continue
    updates.push(item(`${update.update.kind} ${calendar.dayOf(update.update.dueBy)}`, update.state === 'made-on-time' ? 1 : 0))
  }

  // B18: the receipt of the assignment in force; a re-assigned task's first receipt is charged to no one.
  const assigned = assignmentAt(facts, decidedAt)
  const receiptDue = dueOf(regulation.rules['acknowledge-receipt'], assigned.transferredAt, context)
  const { firstAcknowledgement } = assigned
  const acknowledged = firstAcknowledgement !== undefined && firstAcknowledgement <= decidedAt
  const receiptScore = !inPeriod(receiptDue)
    ? undefined
    : acknowledged && (firstAcknowledgement as number) <= receiptDue
      ? 1
      : decidedAt > receiptDue
        ? 0
        : undefined

  return {
    completion,
    by: {
      'on-time-completion': completion === undefined ? [] : [item('completion', completion)],
      'update-compliance': updates,
      'receipt-timeliness': receiptScore === undefined ? [] : [item('receipt', receiptScore)],
    },
  }
}

/**
 * B12: 1 completed on time, 0.5 completed late, 0 open past the deadline or closed without completion;
 * undefined while not yet due. A task closed before its deadline has its class at once, but is not
 * counted overdue before the deadline has passed (B8).
 */
function completionScore(status: CompletionStatus, deadlinePassed: boolean): number | undefined {
  const traits = STATUS_TRAITS[status]
  if (traits.done) return traits.late ? 0.5 : 1
  return traits.overdue && deadlinePassed ? 0 : undefined
}

function customScore(measure: CustomMeasure, task: TaskInput, context: MeasureContext, path: ErrorPath): number | null {
  const score: unknown = measure(task, context)
  if (score === null) return null
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return fail('invalid_input', DETAILS.customMeasureScore, path)
  return score
}

function meanOf(items: readonly CountedItem[]): number {
  return items.reduce((sum, item) => sum + item.score, 0) / items.length
}

/**
 * Rounds half up at 2 decimals. The value is first written to 8 decimals, so that 89.995, which
 * binary floating point stores as 89.99499…, rounds to 90 as a person reading it expects.
 */
export function round2(value: number): number {
  return Math.round(Number((value * 100).toFixed(8))) / 100
}
