import * as z from 'zod/mini'
import { CalendarDay, isCalendarDay } from '../core/calendar-day.js'
import { frozenCopyOf } from '../core/freeze.js'
import { parseCopyOrThrow } from '../core/validation.js'
import { PERIOD_KINDS } from './evaluation-period.js'
import { GRADES } from './grades.js'
import type { UnitScore } from './unit-score.js'

/**
 * What the flags of Art. 17.3(b) read of a `scoreUnits` result; a whole UnitScore is one. The citation
 * tells which regulation profile the score was computed under (Art. 18.4), for the flags to cite it too.
 */
export type ExplainedScore = Pick<UnitScore, 'unit' | 'period' | 'grade' | 'score'> & {
  readonly citation?: { readonly regulation?: string | undefined }
}

const PeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  year: z.int(),
  index: z.int().check(z.minimum(1), z.maximum(4)),
  from: CalendarDay,
  to: CalendarDay,
  cutOffDay: z.optional(z.int().check(z.minimum(1), z.maximum(28))),
})

/** What the flags read of each score: the one definition of a valid history, and the wording of its errors. */
const HistorySchema = z.array(
  z.array(
    z.object({
      unit: z.string().check(z.minLength(1)),
      period: PeriodSchema,
      grade: z.nullable(z.enum(GRADES)),
      score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
      citation: z.optional(z.object({ regulation: z.optional(z.string().check(z.minLength(1))) })),
    }),
  ),
)

/**
 * Reads a history of `scoreUnits` results: its boundary copy (`frozenCopyOf`), checked, or
 * `invalid_input` under `history`. Checked by hand, with checks no looser than HistorySchema's, because
 * the schema takes about 4 µs a score (80 ms for 20,000) and a period is shared by every score of its
 * result (the copy keeps it shared): it is checked once. When a check fails, the schema parses the
 * copy and words the first error, with its path.
 */
export function readHistory(history: unknown): readonly (readonly ExplainedScore[])[] {
  const copy = frozenCopyOf(history, { path: ['history'] })
  if (!isHistory(copy)) parseCopyOrThrow(HistorySchema, copy, 'invalid_input', ['history'])
  return copy as readonly (readonly ExplainedScore[])[]
}

function isHistory(history: unknown): boolean {
  if (!Array.isArray(history)) return false
  const periods = new Set<unknown>()
  for (const result of history) {
    if (!Array.isArray(result)) return false
    for (const score of result) {
      if (!isObject(score)) return false
      const { unit, grade, score: value, period, citation } = score
      if (typeof unit !== 'string' || unit.length === 0) return false
      if (grade !== null && !GRADES.includes(grade as never)) return false
      if (value !== null && !(typeof value === 'number' && value >= 0 && value <= 100)) return false
      if (citation !== undefined && !isCitation(citation)) return false
      if (!periods.has(period)) {
        if (!isPeriod(period)) return false
        periods.add(period)
      }
    }
  }
  return true
}

function isCitation(citation: unknown): boolean {
  if (!isObject(citation)) return false
  const { regulation } = citation
  return regulation === undefined || (typeof regulation === 'string' && regulation.length > 0)
}

function isPeriod(period: unknown): boolean {
  if (!isObject(period)) return false
  const { kind, year, index, from, to, cutOffDay } = period
  return (
    PERIOD_KINDS.includes(kind as never) &&
    Number.isSafeInteger(year) &&
    isWholeBetween(index, 1, 4) &&
    isCalendarDay(from) &&
    isCalendarDay(to) &&
    (cutOffDay === undefined || isWholeBetween(cutOffDay, 1, 28))
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isWholeBetween(value: unknown, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
}
