import * as z from 'zod/mini'
import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { CalendarDay } from '../core/calendar-day.js'
import { type Citation, cite } from '../core/citation.js'
import type { ErrorPath } from '../core/errors.js'
import type { Instant } from '../core/instant.js'
import { DETAILS } from '../core/messages.js'
import { fail, parseOrThrow } from '../core/validation.js'
import { type CompletionStatus, classifyReadTaskMillis } from '../rules/art04-status/classify-completion.js'
import { complianceMillisOf } from '../rules/art06-cadence/update-compliance.js'
import { scheduleMillisOfReadTask } from '../rules/art06-cadence/update-schedule.js'
import { ACKNOWLEDGE_RECEIPT } from '../rules/art06-deadlines/rules.js'
import { defaultCalendar } from '../rules/default-calendar.js'
import { instantOption } from '../rules/rule-options.js'
import { firstEventAsOf, type ReadTask, readTaskAt } from '../rules/task/read-task.js'
import { type EvaluationPeriod, PERIOD_KINDS } from './evaluation-period.js'
import {
  type BuiltInMeasure,
  type CustomMeasure,
  DEFAULT_INDICATORS,
  type IndicatorSet,
  IndicatorSetSchema,
  type MeasureContext,
} from './indicators.js'
import { rankUnits } from './rank-units.js'

/** Art. 17.1(c): hoàn thành xuất sắc, hoàn thành, hoàn thành chưa đầy đủ, không hoàn thành; best first. */
export const GRADES = Object.freeze(['excellent', 'completed', 'incompletely-completed', 'not-completed'] as const)
export type Grade = (typeof GRADES)[number]

/** B12: the lowest score of each grade but the last, on the score rounded to 2 decimals. */
export const GRADE_THRESHOLDS: Readonly<Record<Exclude<Grade, 'not-completed'>, number>> = Object.freeze({
  excellent: 90,
  completed: 70,
  'incompletely-completed': 50,
})

/** One thing an indicator counted: a task's completion, one of its updates, its receipt, or a custom measure. */
export type CountedItem = {
  readonly task: string
  /** `'completion'`, `'receipt'`, `'custom'`, or an update: its kind and due day, e.g. `'periodic 2026-02-02'`. */
  readonly item: string
  /** 1, 0.5 or 0 for the built-in measures; from 0 to 1 for a custom one. */
  readonly score: number
}

export type IndicatorResult = {
  readonly id: string
  /** The weight in the set. */
  readonly weight: number
  /** The weight after leaving out the indicators with nothing to measure; 0 for those. */
  readonly effectiveWeight: number
  /** The mean score of the items, from 0 to 100, 2 decimals; null when nothing was measured. */
  readonly value: number | null
  readonly measured: boolean
  readonly count: number
  readonly items: readonly CountedItem[]
}

export type UnitScore = {
  readonly unit: string
  readonly period: EvaluationPeriod
  /** 0–100, 2 decimals; null when no indicator had anything to measure. */
  readonly score: number | null
  readonly grade: Grade | null
  /** Competition ranking (1, 2, 2, 4) by score, then on-time rate, then fewer overdue tasks; null for a unit without a score. */
  readonly rank: number | null
  /** Tasks decided in the period that were completed on time, over all tasks decided in it; null when none was. */
  readonly onTimeRate: number | null
  /**
   * Tasks overdue ("quá hạn", Art. 4.1(đ)) decided in the period: open when their deadline passed, or
   * closed without completion. The ranking's last key (fewer first).
   */
  readonly overdueTasks: number
  /** Tasks decided in the period that were completed, but late ("hoàn thành chậm", Art. 4.1(đ)). */
  readonly completedLateTasks: number
  readonly indicators: readonly IndicatorResult[]
  /** True when a unit with a score had an indicator with nothing to measure, left out, and the other weights renormalised. */
  readonly renormalised: boolean
  readonly indicatorSet: { readonly id: string; readonly official: boolean }
  readonly citation: Citation
}

export type ScoreUnitsOptions = {
  readonly calendar?: WorkingCalendar
  /**
   * Default: the end of the period, 24:00 of its last day, when everything due in the period is decided.
   * A later instant still evaluates the period at its end; an earlier one decides what is due before it.
   */
  readonly asOf?: Instant
  /** Default `DEFAULT_INDICATORS`, which is not the official set. */
  readonly indicators?: IndicatorSet
}

export type ScoredUnitInput = { readonly unit: string; readonly tasks: readonly unknown[] }

/** The units `scoreUnits` takes: distinct names are checked by scoreUnits itself, each task by the rules. */
export const ScoredUnitsSchema = z.readonly(
  z.array(z.strictObject({ unit: z.string().check(z.minLength(1)), tasks: z.readonly(z.array(z.unknown())) })),
)
const PeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  year: z.int(),
  index: z.int(),
  from: CalendarDay,
  to: CalendarDay,
})

const CITATION = cite(17, 1)
const RECEIPT_WITHIN = ('workingHours' in ACKNOWLEDGE_RECEIPT.within ? ACKNOWLEDGE_RECEIPT.within.workingHours : 4) * 3_600_000
const ACKNOWLEDGED = Object.freeze(['acknowledged'] as const)
const OVERDUE: ReadonlySet<CompletionStatus> = new Set([
  'in-progress-late',
  'not-implemented-overdue',
  'implemented-not-completed',
])

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
 * (units without a score last), then by unit name.
 *
 * @example
 * const [result] = scoreUnits([{ unit: 'Ban A', tasks: [{ id: 't', transferredAt: '2026-01-05T08:00',
 *   deadline: '2026-02-27', events: [{ type: 'acknowledged', at: '2026-01-05T09:00' },
 *   { type: 'progress-updated', at: '2026-02-02T10:00' }, { type: 'completed', at: '2026-02-20T10:00' }] }] }],
 *   quarter(2026, 1))
 * result.score //=> 100
 * result.grade //=> 'excellent'
 */
export function scoreUnits(
  units: readonly ScoredUnitInput[],
  period: EvaluationPeriod,
  options: ScoreUnitsOptions = {},
): readonly UnitScore[] {
  const calendar = options.calendar ?? defaultCalendar()
  const set = options.indicators === undefined ? DEFAULT_INDICATORS : readIndicatorSet(options.indicators)
  const checkedPeriod = parseOrThrow(PeriodSchema, period, 'invalid_input', ['period'])
  const list = parseOrThrow(ScoredUnitsSchema, units, 'invalid_input', ['units'])
  const start = calendar.millis.startOfDay(calendar.millis.endOfDay(checkedPeriod.from))
  const end = calendar.millis.endOfDay(checkedPeriod.to)
  const asOf = options.asOf === undefined ? end : instantOption(calendar, options.asOf, ['options', 'asOf'])
  // A period cannot be evaluated before it begins: nothing in it has happened yet.
  if (asOf < start) fail('invalid_input', DETAILS.asOfBeforePeriod, ['options', 'asOf'])
  const evaluatedAt = Math.min(end, asOf)
  // The end of the last day stands for 24:00 (B2): at the period's close, an item due at its last
  // instant has passed its time limit, while an event of the next day, from 00:00, is not counted.
  const decidedAt = evaluatedAt === end ? end + 1 : evaluatedAt
  const context: MeasureContext = Object.freeze({ period, calendar, evaluatedAt: calendar.toDateTime(evaluatedAt) })
  const window: Window = { start, end, evaluatedAt, decidedAt, calendar, context }

  const names = new Set<string>()
  const scores = list.map((entry, unitIndex) => {
    if (names.has(entry.unit)) fail('invalid_input', DETAILS.duplicateUnit, ['units', unitIndex, 'unit'])
    names.add(entry.unit)
    return scoreUnit(entry.unit, entry.tasks, unitIndex, set, window, period)
  })
  return rankUnits(scores)
}

type Window = {
  readonly start: number
  readonly end: number
  /** The last instant whose events count: the period's end, or `asOf` when earlier. */
  readonly evaluatedAt: number
  /** The instant the rules decide at: one millisecond after the period's end (24:00), or `asOf`. */
  readonly decidedAt: number
  readonly calendar: WorkingCalendar
  readonly context: MeasureContext
}

function readIndicatorSet(value: unknown): IndicatorSet {
  return parseOrThrow(IndicatorSetSchema, value, 'invalid_input', ['options', 'indicators']) as IndicatorSet
}

function scoreUnit(
  unit: string,
  tasks: readonly unknown[],
  unitIndex: number,
  set: IndicatorSet,
  window: Window,
  period: EvaluationPeriod,
): Omit<UnitScore, 'rank'> {
  const items: CountedItem[][] = set.indicators.map(() => [])
  const ids = new Set<string>()
  let onTime = 0
  let late = 0
  let overdue = 0
  tasks.forEach((task, taskIndex) => {
    const path: ErrorPath = ['units', unitIndex, 'tasks', taskIndex]
    const read = readTaskAt(task, { calendar: window.calendar }, path)
    if (ids.has(read.id)) fail('invalid_input', DETAILS.duplicateTaskId, [...path, 'id'])
    ids.add(read.id)
    const measured = measureTask(read, window)
    if (measured.completion === 1) onTime += 1
    else if (measured.completion === 0.5) late += 1
    else if (measured.completion === 0) overdue += 1
    set.indicators.forEach((indicator, indicatorIndex) => {
      const into = items[indicatorIndex] as CountedItem[]
      if (typeof indicator.measure === 'function') {
        const score = customScore(indicator.measure, task as never, window.context, [...path])
        if (score !== null) into.push(Object.freeze({ task: read.id, item: 'custom', score }))
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
    grade: score === null ? null : gradeOf(score),
    onTimeRate: onTime + late + overdue > 0 ? onTime / (onTime + late + overdue) : null,
    overdueTasks: overdue,
    completedLateTasks: late,
    indicators: Object.freeze(indicators),
    renormalised: score !== null && indicators.some((indicator) => !indicator.measured),
    indicatorSet: Object.freeze({ id: set.id, official: set.official }),
    citation: CITATION,
  })
}

/** B12: the grade of a score (already rounded to 2 decimals). */
export function gradeOf(score: number): Grade {
  if (score >= GRADE_THRESHOLDS.excellent) return 'excellent'
  if (score >= GRADE_THRESHOLDS.completed) return 'completed'
  if (score >= GRADE_THRESHOLDS['incompletely-completed']) return 'incompletely-completed'
  return 'not-completed'
}

type TaskMeasures = {
  /** The task's completion score when its deadline falls in the period and is decided. */
  readonly completion: number | undefined
  readonly by: Readonly<Record<BuiltInMeasure, readonly CountedItem[]>>
}

/** The built-in measures of one task over the period (B12). */
function measureTask(read: ReadTask, window: Window): TaskMeasures {
  const { start, end, evaluatedAt, decidedAt, calendar } = window
  const task = eventsUpTo(read, evaluatedAt)
  const inPeriod = (t: number): boolean => t >= start && t <= end
  const item = (what: string, score: number): CountedItem => Object.freeze({ task: task.id, item: what, score })

  const status = classifyReadTaskMillis(task, decidedAt)
  const completion =
    status.deadline !== null && inPeriod(status.deadline)
      ? completionScore(status.status, decidedAt > status.deadline)
      : undefined

  // Periodic updates that open after the evaluation instant cannot be decided by it, and those of
  // periods long closed cannot fall due in this one: neither is worked out.
  const schedule = scheduleMillisOfReadTask(task, decidedAt, calendar, { until: evaluatedAt + 1, notBefore: start })
  const updates: CountedItem[] = []
  for (const update of complianceMillisOf(task, decidedAt, schedule)) {
    if (!inPeriod(update.update.dueBy) || update.state === 'due' || update.state === 'not-yet-due') continue
    updates.push(item(`${update.update.kind} ${calendar.dayOf(update.update.dueBy)}`, update.state === 'made-on-time' ? 1 : 0))
  }

  const receiptDue = calendar.millis.addWorkingTime(task.transferredAt, RECEIPT_WITHIN)
  const acknowledged = firstEventAsOf(task, decidedAt, ACKNOWLEDGED)
  const receiptScore = !inPeriod(receiptDue)
    ? undefined
    : acknowledged !== undefined && acknowledged.at <= receiptDue
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
  if (status === 'completed-on-time') return 1
  if (status === 'completed-late') return 0.5
  return OVERDUE.has(status) && deadlinePassed ? 0 : undefined
}

function customScore(measure: CustomMeasure, task: never, context: MeasureContext, path: ErrorPath): number | null {
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

/** The task as its history stood at `t`: events after it left out (none is, most of the time). */
function eventsUpTo(task: ReadTask, t: number): ReadTask {
  const { events } = task
  if (events.length === 0 || (events[events.length - 1] as ReadTask['events'][number]).at <= t) return task
  let count = 0
  while (count < events.length && (events[count] as ReadTask['events'][number]).at <= t) count += 1
  return Object.freeze({ ...task, events: Object.freeze(events.slice(0, count)) })
}
