import type { UnitScore } from './unit-score.js'

/**
 * Art. 17.2(c), B12: competition ranking (1, 2, 2, 4) by score (higher first), then on-time rate
 * (higher first), then overdue tasks (fewer first); units with equal keys share a rank. A unit
 * without a score has no rank and comes last. The order is then by unit name, so that the result
 * never depends on the order the units were given in.
 */
export function rankUnits(scores: readonly Omit<UnitScore, 'rank'>[]): readonly UnitScore[] {
  const ordered = [...scores].sort((a, b) => compareKeys(a, b) || byName(a.unit, b.unit))
  let rank = 0
  return Object.freeze(
    ordered.map((score, position): UnitScore => {
      const previous = ordered[position - 1]
      if (score.score !== null && (previous === undefined || compareKeys(previous, score) !== 0)) rank = position + 1
      return Object.freeze({ ...score, rank: score.score === null ? null : rank })
    }),
  )
}

/** Negative when `a` ranks before `b`, zero when their keys are equal. */
function compareKeys(a: Omit<UnitScore, 'rank'>, b: Omit<UnitScore, 'rank'>): number {
  if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0)
  return b.score - a.score || compareRates(b.onTimeRate, a.onTimeRate) || a.overdueTasks - b.overdueTasks
}

/** Rates compared with a unit without any measured task below every rate. */
function compareRates(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? -1 : 0) - (b === null ? -1 : 0)
  return a - b
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
