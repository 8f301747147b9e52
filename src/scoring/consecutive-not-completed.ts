import * as z from 'zod/mini'
import { Citation, cite, citedUnder } from '../core/citation.js'
import { DETAILS } from '../core/messages.js'
import { fail } from '../core/validation.js'
import { EvaluationPeriod, followingIdentity, periodIdentity, seriesIdentity } from './evaluation-period.js'
import { type ExplainedScore, readHistory } from './score-history.js'

/** A unit graded "not completed" in two consecutive periods of one kind (Art. 17.3(b)). */
export const ConsecutiveNotCompleted = z.readonly(
  z.strictObject({
    unit: z.string().check(z.minLength(1)),
    /** The two periods, earlier first. */
    periods: z.readonly(z.tuple([EvaluationPeriod, EvaluationPeriod])),
    citation: Citation,
  }),
)
export type ConsecutiveNotCompleted = z.output<typeof ConsecutiveNotCompleted>

const CITATION = cite(17, 3, 'b')

/**
 * Art. 17.3(b): the units graded `'not-completed'` in two consecutive periods of the same kind
 * (quarter after quarter, one year's six months after the last year's, year after year), which must
 * explain the causes and propose remedies. `history` is any number of `scoreUnits` results, in any
 * order; each pair of consecutive failing periods is reported once, sorted by unit, then period. A
 * pair scored under a regulation profile (Art. 18.4) cites it, as the scores do. A unit and period given
 * twice must carry the same grade and score.
 *
 * @example
 * consecutiveNotCompleted([scoreUnits(units, quarter(2026, 1)), scoreUnits(units, quarter(2026, 2))])
 *   .map((flag) => flag.unit) //=> ['Ban B']
 */
export function consecutiveNotCompleted(history: readonly (readonly ExplainedScore[])[]): readonly ConsecutiveNotCompleted[] {
  const read = readHistory(history)
  // A unit has one result per period: the same unit and period twice must agree, as explanationFlags says.
  const results = new Map<string, ExplainedScore>()
  read.forEach((result, i) => {
    result.forEach((score, j) => {
      const key = `${score.unit}\u0000${periodIdentity(score.period)}`
      const known = results.get(key)
      if (known === undefined) results.set(key, score)
      else if (known.grade !== score.grade || known.score !== score.score) {
        fail('invalid_input', DETAILS.conflictingResults, ['history', i, j])
      }
    })
  })
  const failing = read.flat().filter((score) => score.grade === 'not-completed')
  // Each failing score by unit and place, the first of each kept: the next period's is one lookup away.
  const byPlace = new Map<string, ExplainedScore>()
  for (const score of failing) {
    const key = `${score.unit}\u0000${seriesIdentity(score.period)}`
    if (!byPlace.has(key)) byPlace.set(key, score)
  }
  const flagged = new Set<string>()
  const flags: ConsecutiveNotCompleted[] = []
  for (const score of failing) {
    const next = byPlace.get(`${score.unit}\u0000${followingIdentity(score.period)}`)
    if (next === undefined) continue
    const first = `${score.unit}\u0000${periodIdentity(score.period)}`
    if (flagged.has(first)) continue
    flagged.add(first)
    flags.push(
      Object.freeze({
        unit: score.unit,
        periods: Object.freeze([score.period, next.period] as const),
        citation: citedUnder(CITATION, next.citation?.regulation),
      }),
    )
  }
  flags.sort(
    (a, b) =>
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      a.periods[0].from.localeCompare(b.periods[0].from) ||
      a.periods[0].kind.localeCompare(b.periods[0].kind),
  )
  return Object.freeze(flags)
}
