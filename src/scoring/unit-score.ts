import * as z from 'zod/mini'
import { Citation } from '../core/citation.js'
import { EvaluationPeriod } from './evaluation-period.js'
import { GRADES } from './grades.js'

const Share = z.number().check(z.gte(0), z.lte(1))
const Score = z.number().check(z.gte(0), z.lte(100))
const Count = z.int().check(z.minimum(0))

/** One thing an indicator counted: a task's completion, one of its updates, its receipt, or a custom measure. */
export const CountedItem = z.readonly(
  z.strictObject({
    task: z.string().check(z.minLength(1)),
    /** `'completion'`, `'receipt'`, `'custom'`, or an update: its kind and due day, e.g. `'periodic 2026-02-02'`. */
    item: z.string().check(z.minLength(1)),
    /** 1, 0.5 or 0 for the built-in measures; from 0 to 1 for a custom one. */
    score: Share,
  }),
)
export type CountedItem = z.output<typeof CountedItem>

/** One indicator of a unit's score. */
export const IndicatorResult = z.readonly(
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    /** The weight in the set. */
    weight: z.number().check(z.gt(0), z.lte(100)),
    /** The weight after leaving out the indicators with nothing to measure; 0 for those. */
    effectiveWeight: Score,
    /** The mean score of the items, from 0 to 100, 2 decimals; null when nothing was measured. */
    value: z.nullable(Score),
    measured: z.boolean(),
    count: Count,
    items: z.readonly(z.array(CountedItem)),
  }),
)
export type IndicatorResult = z.output<typeof IndicatorResult>

/** One unit of `scoreUnits(units, period)`: Art. 17.1(b)–(c), 17.2(c). */
export const UnitScore = z.readonly(
  z.strictObject({
    unit: z.string().check(z.minLength(1)),
    period: EvaluationPeriod,
    /** 0–100, 2 decimals; null when no indicator had anything to measure. */
    score: z.nullable(Score),
    grade: z.nullable(z.enum(GRADES)),
    /** Competition ranking (1, 2, 2, 4) by score, then on-time rate, then fewer overdue tasks; null for a unit without a score. */
    rank: z.nullable(z.int().check(z.minimum(1))),
    /** Tasks decided in the period that were completed on time, over all tasks decided in it; null when none was. */
    onTimeRate: z.nullable(Share),
    /**
     * Tasks overdue ("quá hạn", Art. 4.1(đ)) decided in the period: open when their deadline passed, or
     * closed without completion. The ranking's last key (fewer first).
     */
    overdueTasks: Count,
    /** Tasks decided in the period that were completed, but late ("hoàn thành chậm", Art. 4.1(đ)). */
    completedLateTasks: Count,
    indicators: z.readonly(z.array(IndicatorResult)),
    /** True when a unit with a score had an indicator with nothing to measure, left out, and the other weights renormalised. */
    renormalised: z.boolean(),
    indicatorSet: z.readonly(z.strictObject({ id: z.string().check(z.minLength(1)), official: z.boolean() })),
    citation: Citation,
  }),
)
export type UnitScore = z.output<typeof UnitScore>
