import * as z from 'zod/mini'
import { Citation, cite, citedUnder } from '../core/citation.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { fail } from '../core/validation.js'
import { LOW_RESULT_READINGS, PERIOD_SEQUENCES } from '../regulation/readings.js'
import { REGULATION_08_QC_TW, REGULATION_08_QC_TW_ID } from '../regulation/regulation.js'
import { RegulationOption } from '../rules/context.js'
import { EvaluationPeriod, followsDirectly, periodIdentity } from './evaluation-period.js'
import { type ExplainedScore, readHistory } from './score-history.js'

/**
 * Why a unit must explain (Art. 17.3(b)), in the order the text names them once a pair is found:
 * graded "không hoàn thành nhiệm vụ" in both periods, else a low result ("kết quả đánh giá thấp").
 */
export const EXPLANATION_REASONS = Object.freeze(['not-completed', 'low-result'] as const)
export type ExplanationReason = (typeof EXPLANATION_REASONS)[number]

export const ExplanationFlagsOptions = z.strictObject({
  /**
   * "Kết quả đánh giá thấp": a score strictly below this (0 < lowBelow <= 100) is low, instead of a grade
   * below `'completed'`. The `'not-completed'` reason is still read from the grade. A unit without a score
   * is never low. Default: the grade test.
   */
  lowBelow: z.optional(z.number().check(z.gt(0), z.lte(100))),
  /**
   * Whether "trong hai kỳ liên tiếp" also governs a low result. Default `'two-consecutive-periods'`: both
   * branches need two consecutive periods. `'one-period'`: every period with a low result is flagged alone;
   * `'not-completed'` still needs its pair.
   */
  lowResultIn: z.optional(z.enum(LOW_RESULT_READINGS)),
  /**
   * Which periods are consecutive. Default `'same-kind'`: quarter after quarter (across years), one year's
   * first six months after the last year's, year after year; cut-off periods only after cut-off periods with
   * the same day. `'history-order'`: each result of the history after the one listed before it, whatever
   * the kinds, for a unit present in both; the history's order says which period is earlier, a result listed
   * again right after itself is no second period, and a unit may appear once in each result.
   */
  sequence: z.optional(z.enum(PERIOD_SEQUENCES)),
  /**
   * Default `REGULATION_08_QC_TW`: its readings of B16 are the defaults of the three above. A flag cites
   * the profile named here, else the one its later score was computed under (`citation.regulation`).
   */
  regulation: z.optional(RegulationOption),
})
export type ExplanationFlagsOptions = z.input<typeof ExplanationFlagsOptions>

const readOptions = readerOf(ExplanationFlagsOptions)

/** A unit that must explain the causes and propose remedies (Art. 17.3(b)). */
export const ExplanationFlag = z.readonly(
  z.strictObject({
    unit: z.string().check(z.minLength(1)),
    /** The periods concerned, earlier first: two for a pair, one for a single low period (`lowResultIn: 'one-period'`). */
    periods: z.union([z.readonly(z.tuple([EvaluationPeriod])), z.readonly(z.tuple([EvaluationPeriod, EvaluationPeriod]))]),
    reason: z.enum(EXPLANATION_REASONS),
    citation: Citation,
  }),
)
export type ExplanationFlag = z.output<typeof ExplanationFlag>

const CITATION = cite(17, 3, 'b')

/** A period of the history, once, with each unit's result in it. */
type Slot = {
  readonly period: EvaluationPeriod
  /** The periods `followsDirectly` may pair share a family (kind and cut-off day) and have numbers one apart. */
  readonly family: string
  /** A quarter's number is year × 4 + index; a half-year's or a year's, its year. */
  readonly number: number
  readonly results: Map<string, Entry>
  /** The period's place in the order of the flags. */
  order: number
}

/** One unit in one period, once, however often the history repeats it. */
type Entry = {
  readonly unit: string
  readonly slot: Slot
  readonly grade: ExplainedScore['grade']
  readonly score: number | null
  readonly notCompleted: boolean
  readonly low: boolean
  /** The profile the score cites (Art. 18.4), if not 08-QC/TW. */
  readonly cited: string | undefined
}

type Found = {
  readonly unit: string
  readonly periods: readonly [Slot] | readonly [Slot, Slot]
  readonly reason: ExplanationReason
  readonly cited: string | undefined
}

/**
 * Art. 17.3(b) — "Cơ quan, đơn vị có kết quả đánh giá thấp hoặc bị xếp loại không hoàn thành nhiệm vụ trong
 * hai kỳ liên tiếp phải giải trình nguyên nhân, đề xuất biện pháp khắc phục": the units that must explain.
 *
 * Default reading (B16): "in two consecutive periods" governs both branches. For each pair of consecutive
 * periods of the same kind, the reason is `'not-completed'` when the unit was graded `'not-completed'` in
 * both, otherwise `'low-result'` when it was graded below `'completed'` in both. Each pair is reported
 * once, with one reason. A unit without a score is never low. `history` is any number of `scoreUnits`
 * results, in any order (with `sequence: 'history-order'`, in the order they were evaluated). Results are
 * sorted by unit, then first period (its first day, then its kind), then last period.
 *
 * A unit and period given twice must carry the same grade and score: a unit has one result per period.
 *
 * @example
 * // `units` as in docs/regulation/article-17.md: Ban Kinh tế scores 0 twice, Ban Tuyên giáo 55 twice, Ban Dân vận 55 then 100.
 * const history = [scoreUnits(units, quarter(2026, 1)), scoreUnits(units, quarter(2025, 4))]
 * explanationFlags(history).map((flag) => `${flag.unit} ${flag.reason}`)
 * //=> ['Ban Kinh tế not-completed', 'Ban Tuyên giáo low-result']
 * explanationFlags(history, { lowResultIn: 'one-period' }).length //=> 6
 * explanationFlags(history, { lowBelow: 50 }).length //=> 1
 */
export function explanationFlags(
  history: readonly (readonly ExplainedScore[])[],
  options: ExplanationFlagsOptions = {},
): readonly ExplanationFlag[] {
  const read = readOptions(options, ['options'])
  const regulation = read.regulation ?? REGULATION_08_QC_TW
  const { readings } = regulation
  // The profile the flags cite: the one named, else the one the scores were computed under (Art. 18.4).
  const named = read.regulation === undefined ? null : regulation.id === REGULATION_08_QC_TW_ID ? undefined : regulation.id
  const lowBelow = read.lowBelow ?? readings.lowBelow
  const lowResultIn = read.lowResultIn ?? readings.lowResultIn
  const sequence = read.sequence ?? readings.sequence
  const scores = readHistory(history)
  const isLow = (score: ExplainedScore): boolean =>
    lowBelow === undefined
      ? score.grade === 'incompletely-completed' || score.grade === 'not-completed'
      : score.score !== null && score.score < lowBelow

  // Read from the boundary copy once checked: the schema's output would drop the period's label and citation.
  const slots = new Map<string, Slot>()
  const slotOfObject = new Map<unknown, Slot>()
  const listed: Map<string, Entry>[] = []
  scores.forEach((result, i) => {
    const inResult = new Map<string, Entry>()
    result.forEach((score, j) => {
      let slot = slotOfObject.get(score.period)
      if (slot === undefined) {
        slot = slotFor(score.period, slots)
        slotOfObject.set(score.period, slot)
      }
      let entry = slot.results.get(score.unit)
      if (entry === undefined) {
        const { unit, grade } = score
        const cited = score.citation?.regulation
        entry = { unit, slot, grade, score: score.score, notCompleted: grade === 'not-completed', low: isLow(score), cited }
        slot.results.set(unit, entry)
      } else if (entry.grade !== score.grade || entry.score !== score.score) {
        fail('invalid_input', DETAILS.conflictingResults, ['history', i, j])
      }
      if (sequence === 'history-order') {
        if (inResult.has(score.unit)) fail('invalid_input', DETAILS.duplicateUnit, ['history', i, j, 'unit'])
        inResult.set(score.unit, entry)
      }
    })
    listed.push(inResult)
  })

  const found: Found[] = []
  const pair = (first: Entry, second: Entry): void => {
    const reason: ExplanationReason | undefined =
      first.notCompleted && second.notCompleted
        ? 'not-completed'
        : lowResultIn === 'two-consecutive-periods' && first.low && second.low
          ? 'low-result'
          : undefined
    if (reason !== undefined) {
      found.push({ unit: first.unit, periods: [first.slot, second.slot], reason, cited: second.cited })
    }
  }

  if (sequence === 'same-kind') {
    const byNumber = new Map<string, Slot[]>()
    for (const slot of slots.values()) {
      const key = `${slot.family} ${slot.number}`
      byNumber.set(key, [...(byNumber.get(key) ?? []), slot])
    }
    for (const slot of slots.values()) {
      for (const next of byNumber.get(`${slot.family} ${slot.number + 1}`) ?? []) {
        if (!followsDirectly(slot.period, next.period)) continue
        for (const [unit, first] of slot.results) {
          const second = next.results.get(unit)
          if (second !== undefined) pair(first, second)
        }
      }
    }
  } else {
    const seen = new Map<Entry, Entry[]>()
    for (let i = 0; i + 1 < listed.length; i++) {
      const later = listed[i + 1] as Map<string, Entry>
      for (const [unit, first] of listed[i] as Map<string, Entry>) {
        const second = later.get(unit)
        const paired = seen.get(first) ?? []
        // The same period listed again is no second period; a pair listed again is reported once.
        if (second === undefined || second === first || paired.includes(second)) continue
        seen.set(first, [...paired, second])
        pair(first, second)
      }
    }
  }

  if (lowResultIn === 'one-period') {
    for (const slot of slots.values()) {
      for (const entry of slot.results.values()) {
        if (entry.low) found.push({ unit: entry.unit, periods: [slot], reason: 'low-result', cited: entry.cited })
      }
    }
  }

  // The periods are put in order once; the flags then compare by unit and by their periods' places.
  const ordered = [...slots.values()].sort((a, b) => comparePeriods(a.period, b.period))
  ordered.forEach((slot, order) => {
    slot.order = order
  })
  found.sort(compareFound)
  return Object.freeze(found.map((entry) => flagOf(entry, citedUnder(CITATION, named === null ? entry.cited : named))))
}

function slotFor(period: EvaluationPeriod, slots: Map<string, Slot>): Slot {
  const identity = periodIdentity(period)
  const known = slots.get(identity)
  if (known !== undefined) return known
  const slot: Slot = {
    period,
    family: `${period.kind} ${period.cutOffDay ?? ''}`,
    number: period.kind === 'quarter' ? period.year * 4 + period.index : period.year,
    results: new Map(),
    order: 0,
  }
  slots.set(identity, slot)
  return slot
}

function flagOf({ unit, periods, reason }: Found, citation: Citation): ExplanationFlag {
  const shown = periods.map((slot) => slot.period) as [EvaluationPeriod] | [EvaluationPeriod, EvaluationPeriod]
  return Object.freeze({ unit, periods: Object.freeze(shown), reason, citation })
}

/** By unit, then first period, then last period: a single period before the pair it begins. */
function compareFound(a: Found, b: Found): number {
  return (
    compareText(a.unit, b.unit) ||
    a.periods[0].order - b.periods[0].order ||
    (a.periods[a.periods.length - 1] as Slot).order - (b.periods[b.periods.length - 1] as Slot).order ||
    a.periods.length - b.periods.length
  )
}

/** By first day, then kind (as `consecutiveNotCompleted` sorts), then what tells two periods apart. */
function comparePeriods(a: EvaluationPeriod, b: EvaluationPeriod): number {
  return (
    compareText(a.from, b.from) ||
    compareText(a.kind, b.kind) ||
    (a.cutOffDay ?? 0) - (b.cutOffDay ?? 0) ||
    compareText(a.to, b.to) ||
    a.year - b.year ||
    a.index - b.index
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
