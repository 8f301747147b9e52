import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'
import { PERIOD_KINDS } from '../scoring/evaluation-period.js'
import { EXPLANATION_REASONS } from '../scoring/explanation-flags.js'
import { GRADES } from '../scoring/score-units.js'
import { CitationJson, CountJson, MessagesJson } from './json-values.js'

/**
 * The JSON forms of the Art. 17 results. Every value of these results is already JSON (days are
 * `YYYY-MM-DD` strings, scores are numbers), so each form is the result as it is.
 */

/**
 * `quarter()`, `halfYear()`, `year()` (Art. 17.1(b)); `scoreUnits` takes it back as its period.
 * `cutOffDay` is present only on a data cut-off period.
 */
export const EvaluationPeriodJson = z.strictObject({
  kind: z.enum(PERIOD_KINDS),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  index: z.int().check(z.minimum(1), z.maximum(4)),
  from: CalendarDay,
  to: CalendarDay,
  cutOffDay: z.optional(z.int().check(z.minimum(1), z.maximum(28))),
  label: MessagesJson,
  citation: CitationJson,
})

/** A share from 0 to 1. */
const Share = z.number().check(z.gte(0), z.lte(1))
/** A score from 0 to 100, to 2 decimals. */
const Score = z.number().check(z.gte(0), z.lte(100))

/** One thing an indicator counted. */
export const CountedItemJson = z.strictObject({
  task: z.string().check(z.minLength(1)),
  item: z.string().check(z.minLength(1)),
  score: Share,
})

/** One indicator of a unit's score. */
export const IndicatorResultJson = z.strictObject({
  id: z.string().check(z.minLength(1)),
  weight: z.number().check(z.gt(0), z.lte(100)),
  effectiveWeight: Score,
  value: z.nullable(Score),
  measured: z.boolean(),
  count: CountJson,
  items: z.array(CountedItemJson),
})

/** One unit of `scoreUnits(units, period)`: Art. 17.1(b)–(c), 17.2(c). */
export const UnitScoreJson = z.strictObject({
  unit: z.string().check(z.minLength(1)),
  period: EvaluationPeriodJson,
  score: z.nullable(Score),
  grade: z.nullable(z.enum(GRADES)),
  rank: z.nullable(z.int().check(z.minimum(1))),
  onTimeRate: z.nullable(Share),
  overdueTasks: CountJson,
  completedLateTasks: CountJson,
  indicators: z.array(IndicatorResultJson),
  renormalised: z.boolean(),
  indicatorSet: z.strictObject({ id: z.string().check(z.minLength(1)), official: z.boolean() }),
  citation: CitationJson,
})

/** `scoreUnits(units, period)`, in rank order. */
export const UnitScoreListJson = z.array(UnitScoreJson)

/** `consecutiveNotCompleted(history)`: Art. 17.3(b). */
export const ConsecutiveNotCompletedListJson = z.array(
  z.strictObject({
    unit: z.string().check(z.minLength(1)),
    periods: z.tuple([EvaluationPeriodJson, EvaluationPeriodJson]),
    citation: CitationJson,
  }),
)

/** `explanationFlags(history)`: Art. 17.3(b), B16; one period for a single low result, two for a pair. */
export const ExplanationFlagListJson = z.array(
  z.strictObject({
    unit: z.string().check(z.minLength(1)),
    periods: z.union([z.tuple([EvaluationPeriodJson]), z.tuple([EvaluationPeriodJson, EvaluationPeriodJson])]),
    reason: z.enum(EXPLANATION_REASONS),
    citation: CitationJson,
  }),
)
