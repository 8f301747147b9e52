import type { DateTime } from 'luxon'
import * as z from 'zod/mini'
import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { Citation, cite } from '../core/citation.js'
import type { TaskInput } from '../task/task-input.js'
import type { EvaluationPeriod } from './evaluation-period.js'

/**
 * The measures the package computes itself (B12), each scoring a task's items 1, 0.5 or 0:
 * - `'on-time-completion'`: a task whose deadline in force falls in the period scores 1 when completed
 *   by it, 0.5 when completed late, 0 when still open past it, or closed without completion (Art. 4.1(đ));
 * - `'update-compliance'`: each update of Art. 6.2(b) due in the period scores 1 when made on time, else 0;
 * - `'receipt-timeliness'`: each receipt due in the period (4 working hours after the transfer,
 *   Art. 6.2(a)) scores 1 when confirmed on time, else 0.
 */
export const BUILT_IN_MEASURES = Object.freeze(['on-time-completion', 'update-compliance', 'receipt-timeliness'] as const)
export type BuiltInMeasure = (typeof BUILT_IN_MEASURES)[number]

/** What a custom measure is told about the evaluation. */
export type MeasureContext = {
  readonly period: EvaluationPeriod
  readonly calendar: WorkingCalendar
  /** The instant the period is evaluated at: its end, or `asOf` when earlier. */
  readonly evaluatedAt: DateTime
}

/**
 * A custom measure: a pure function of a task and the evaluation, returning the task's score from 0
 * to 1, or null when the task has nothing to measure in the period.
 */
export type CustomMeasure = (task: TaskInput, context: MeasureContext) => number | null

const Label = z.readonly(z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }))

/** One indicator of a set: a weight and what it measures. */
export const Indicator = z.readonly(
  z.strictObject({
    /** Unique within its set; lower-case letters, digits and hyphens. */
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'indicatorId' })),
    /** Weights of a set sum to 100. */
    weight: z.number().check(z.gt(0), z.lte(100)),
    measure: z.union([z.enum(BUILT_IN_MEASURES), z.custom<CustomMeasure>((value) => typeof value === 'function')]),
    label: z.optional(Label),
    citation: z.optional(Citation),
  }),
)
export type Indicator = z.output<typeof Indicator>

/** An indicator set as data: ids unique, weights summing to 100. */
export const IndicatorSet = z.readonly(
  z
    .strictObject({
      id: z.string().check(z.minLength(1)),
      label: Label,
      /** True only for a set the Central Party Office issued (Art. 17.1(b), 18.1(a)). */
      official: z.boolean(),
      indicators: z.readonly(z.array(Indicator).check(z.minLength(1))),
    })
    .check(
      z.refine((set) => new Set(set.indicators.map((indicator) => indicator.id)).size === set.indicators.length, {
        message: 'indicatorIdsUnique',
        path: ['indicators'],
      }),
      z.refine((set) => Math.abs(set.indicators.reduce((sum, indicator) => sum + indicator.weight, 0) - 100) < 1e-9, {
        message: 'indicatorWeightsSum',
        path: ['indicators'],
      }),
    ),
)
export type IndicatorSet = z.output<typeof IndicatorSet>

/**
 * The indicator set the package scores with until the Central Party Office issues the official ones
 * (Art. 17.1(b), 18.1(a)): **a default, not the official set** (B12). On-time completion weighs 60,
 * update compliance 25, receipt timeliness 15.
 */
export const DEFAULT_INDICATORS: IndicatorSet = Object.freeze({
  id: 'vn-task-sla-default',
  label: Object.freeze({
    vi: 'Bộ chỉ số mặc định của thư viện, dùng cho đến khi Văn phòng Trung ương Đảng ban hành bộ chỉ số chính thức (điểm b khoản 1 Điều 17)',
    en: "The package's default indicator set, used until the Central Party Office issues the official one (Art. 17.1(b))",
  }),
  official: false,
  indicators: Object.freeze([
    Object.freeze({
      id: 'on-time-completion',
      weight: 60,
      measure: 'on-time-completion',
      label: Object.freeze({ vi: 'Hoàn thành nhiệm vụ đúng hạn', en: 'Tasks completed on time' }),
      citation: cite(4, 1, 'đ'),
    }),
    Object.freeze({
      id: 'update-compliance',
      weight: 25,
      measure: 'update-compliance',
      label: Object.freeze({ vi: 'Cập nhật tình hình thực hiện đúng hạn', en: 'Progress updates made on time' }),
      citation: cite(6, 2, 'b'),
    }),
    Object.freeze({
      id: 'receipt-timeliness',
      weight: 15,
      measure: 'receipt-timeliness',
      label: Object.freeze({ vi: 'Xác nhận tiếp nhận nhiệm vụ đúng hạn', en: 'Receipt confirmed on time' }),
      citation: cite(6, 2, 'a'),
    }),
  ] as const),
})
