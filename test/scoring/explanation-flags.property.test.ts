// Laws of explanationFlags (Art. 17.3(b), B16) on random histories: 0–10 results, each one period of a
// hand-written table of chains (calendar quarters, cut-off quarters of two days, half-years, years) and a few
// of four units, each unit's score in each period drawn once (so a history never contradicts itself).
// The oracles know which periods follow each other only from the table: neighbours in one chain.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/core/freeze.js'
import {
  consecutiveNotCompleted,
  type EvaluationPeriod,
  type ExplainedScore,
  type ExplanationFlag,
  type ExplanationFlagsOptions,
  explanationFlags,
  type Grade,
  gradeOf,
  halfYear,
  quarter,
  scoreUnits,
  year,
} from '../../src/index.js'
import { samePeriod } from '../../src/scoring/evaluation-period.js'
import type { IndicatorSet } from '../../src/scoring/indicators.js'

const RUNS = { numRuns: 400 }

/** Each chain lists periods in the order they follow each other; no period follows one of another chain. */
const CHAINS: readonly (readonly EvaluationPeriod[])[] = [
  [quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2), quarter(2026, 3)],
  [quarter(2025, 4, { cutOffDay: 14 }), quarter(2026, 1, { cutOffDay: 14 }), quarter(2026, 2, { cutOffDay: 14 })],
  [quarter(2026, 1, { cutOffDay: 20 }), quarter(2026, 2, { cutOffDay: 20 })],
  [halfYear(2025), halfYear(2026), halfYear(2027)],
  [year(2025), year(2026), year(2027)],
]
type Slot = { readonly period: EvaluationPeriod; readonly chain: number; readonly position: number }
const TABLE: readonly Slot[] = CHAINS.flatMap((chain, c) => chain.map((period, position) => ({ period, chain: c, position })))
const UNITS = ['Ban A', 'Ban B', 'Ban C', 'Ban Đ'] as const

/** B12 by hand: a grade below 'completed' is low. */
const LOW_GRADE: Readonly<Record<Grade, boolean>> = {
  excellent: false,
  completed: false,
  'incompletely-completed': true,
  'not-completed': true,
}

type Drawn = {
  /** One score per unit and slot of the table, unit-major. */
  readonly scores: readonly (number | null)[]
  /** Each result: a slot of the table and the units scored in it. */
  readonly results: readonly { readonly slot: number; readonly units: readonly number[] }[]
}

const scoreArb = fc.oneof(
  fc.constantFrom(null, 0, 30, 49.99, 50, 55, 69.99, 70, 80, 90, 100),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
)
const drawnArb: fc.Arbitrary<Drawn> = fc.record({
  scores: fc.array(scoreArb, { minLength: UNITS.length * TABLE.length, maxLength: UNITS.length * TABLE.length }),
  results: fc.array(
    fc.record({
      slot: fc.integer({ min: 0, max: TABLE.length - 1 }),
      units: fc.uniqueArray(fc.integer({ min: 0, max: UNITS.length - 1 }), { maxLength: UNITS.length }),
    }),
    { maxLength: 10 },
  ),
})
const optionsArb: fc.Arbitrary<ExplanationFlagsOptions> = fc.record(
  {
    lowBelow: fc.oneof(
      fc.constantFrom(50, 60, 70, 100),
      fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100),
    ),
    lowResultIn: fc.constantFrom('two-consecutive-periods', 'one-period'),
    sequence: fc.constantFrom('same-kind', 'history-order'),
  },
  { requiredKeys: [] },
)

function scoreOf(drawn: Drawn, unit: number, slot: number): number | null {
  return drawn.scores[unit * TABLE.length + slot] as number | null
}

/** The history as scoreUnits-like results; the grade follows B12 from the score. */
function historyOf(drawn: Drawn): ExplainedScore[][] {
  return drawn.results.map(({ slot, units }) =>
    units.map((unit) => {
      const score = scoreOf(drawn, unit, slot)
      return {
        unit: UNITS[unit] as string,
        period: (TABLE[slot] as Slot).period,
        score,
        grade: score === null ? null : gradeOf(score),
      }
    }),
  )
}

/** A period's place in the table. */
function slotOf(period: EvaluationPeriod): number {
  // By value: a flag holds the boundary copy of the history's period, never the period object itself.
  return TABLE.findIndex((slot) => samePeriod(slot.period, period))
}

/** A flag as a string that names its unit, reason and periods by their place in the table. */
function keyOf(flag: { unit: string; reason: string; periods: readonly EvaluationPeriod[] }): string {
  return `${flag.unit} ${flag.reason} ${flag.periods.map(slotOf).join('>')}`
}

function isLowBy(options: ExplanationFlagsOptions, score: number | null): boolean {
  if (score === null) return false
  return options.lowBelow === undefined ? LOW_GRADE[gradeOf(score)] : score < options.lowBelow
}

/** The naive reading: every ordered pair of periods of a unit, neighbours in the table (or in the history). */
function oracle(drawn: Drawn, options: ExplanationFlagsOptions): string[] {
  const found = new Set<string>()
  const reasonOf = (unit: number, first: number, second: number): string | undefined => {
    const a = scoreOf(drawn, unit, first)
    const b = scoreOf(drawn, unit, second)
    if (a !== null && b !== null && gradeOf(a) === 'not-completed' && gradeOf(b) === 'not-completed') return 'not-completed'
    if (options.lowResultIn !== 'one-period' && isLowBy(options, a) && isLowBy(options, b)) return 'low-result'
    return undefined
  }
  const add = (unit: number, reason: string, slots: number[]) => {
    found.add(`${UNITS[unit]} ${reason} ${slots.join('>')}`)
  }
  const listed = drawn.results.flatMap(({ slot, units }) => units.map((unit) => ({ unit, slot })))
  if (options.sequence === 'history-order') {
    drawn.results.forEach((result, i) => {
      const next = drawn.results[i + 1]
      if (next === undefined || next.slot === result.slot) return
      for (const unit of result.units) {
        const reason = next.units.includes(unit) ? reasonOf(unit, result.slot, next.slot) : undefined
        if (reason !== undefined) add(unit, reason, [result.slot, next.slot])
      }
    })
  } else {
    for (const a of listed) {
      for (const b of listed) {
        const first = TABLE[a.slot] as Slot
        const second = TABLE[b.slot] as Slot
        if (a.unit !== b.unit || first.chain !== second.chain || second.position !== first.position + 1) continue
        const reason = reasonOf(a.unit, a.slot, b.slot)
        if (reason !== undefined) add(a.unit, reason, [a.slot, b.slot])
      }
    }
  }
  if (options.lowResultIn === 'one-period') {
    for (const { unit, slot } of listed) if (isLowBy(options, scoreOf(drawn, unit, slot))) add(unit, 'low-result', [slot])
  }
  return [...found].sort()
}

function shuffledArb(drawn: Drawn): fc.Arbitrary<Drawn> {
  const { results } = drawn
  return fc
    .shuffledSubarray([...results], { minLength: results.length, maxLength: results.length })
    .map((shuffled) => ({ ...drawn, results: shuffled.map((result) => ({ ...result, units: [...result.units].reverse() })) }))
}

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen)
}

const sameKind = (options: ExplanationFlagsOptions): ExplanationFlagsOptions => ({ ...options, sequence: 'same-kind' })
const pairsOf = (flags: readonly { unit: string; periods: readonly EvaluationPeriod[] }[]) =>
  flags.map(({ unit, periods }) => ({ unit, periods: [...periods] }))

describe('Art. 17.3(b) — điểm b khoản 3 Điều 17: properties of explanationFlags', () => {
  it('equals a naive oracle: each unit, each pair of neighbours in the table of periods or in the history, each low period', () => {
    fc.assert(
      fc.property(drawnArb, optionsArb, (drawn, options) => {
        expect(explanationFlags(historyOf(drawn), options).map(keyOf).sort()).toEqual(oracle(drawn, options))
      }),
      RUNS,
    )
  })

  it('is order-independent: shuffling the history, and each result, gives the same flags', () => {
    fc.assert(
      fc.property(
        drawnArb.chain((drawn) => fc.tuple(fc.constant(drawn), shuffledArb(drawn))),
        optionsArb.map(sameKind),
        ([drawn, shuffled], options) => {
          expect(explanationFlags(historyOf(shuffled), options)).toEqual(explanationFlags(historyOf(drawn), options))
        },
      ),
      RUNS,
    )
  })

  it('agrees with consecutiveNotCompleted on not-completed pairs, whatever lowBelow and lowResultIn', () => {
    fc.assert(
      fc.property(drawnArb, optionsArb.map(sameKind), (drawn, options) => {
        const history = historyOf(drawn)
        const notCompleted = explanationFlags(history, options).filter((flag) => flag.reason === 'not-completed')
        expect(pairsOf(notCompleted)).toEqual(pairsOf(consecutiveNotCompleted(history as never)))
      }),
      RUNS,
    )
  })

  it('never flags a unit graded completed or better in either period (no lowBelow)', () => {
    fc.assert(
      fc.property(drawnArb, optionsArb, (drawn, { lowBelow: _, ...options }) => {
        const history = historyOf(drawn)
        const gradeIn = new Map(history.flat().map((score) => [`${score.unit} ${slotOf(score.period)}`, score.grade]))
        for (const flag of explanationFlags(history, options)) {
          for (const period of flag.periods) {
            expect(['incompletely-completed', 'not-completed']).toContain(gradeIn.get(`${flag.unit} ${slotOf(period)}`))
          }
        }
      }),
      RUNS,
    )
  })

  it('one-period flags are a superset of the periods of two-period low-result flags, with the same not-completed pairs', () => {
    fc.assert(
      fc.property(drawnArb, optionsArb, (drawn, options) => {
        const history = historyOf(drawn)
        const two = explanationFlags(history, { ...options, lowResultIn: 'two-consecutive-periods' })
        const one = explanationFlags(history, { ...options, lowResultIn: 'one-period' })
        const singles = new Set(one.filter((flag) => flag.periods.length === 1).map(keyOf))
        for (const flag of two.filter((each) => each.reason === 'low-result')) {
          for (const period of flag.periods) expect(singles.has(keyOf({ ...flag, periods: [period] }))).toBe(true)
        }
        const notCompleted = (flags: readonly ExplanationFlag[]) => flags.filter((flag) => flag.reason === 'not-completed')
        expect(notCompleted(one)).toEqual(notCompleted(two))
        expect(one.every((flag) => flag.periods.length === 2 || flag.reason === 'low-result')).toBe(true)
      }),
      RUNS,
    )
  })

  it('is monotone in lowBelow: a higher threshold keeps every flag of a lower one', () => {
    fc.assert(
      fc.property(
        drawnArb,
        optionsArb,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (drawn, options, x, y) => {
          const history = historyOf(drawn)
          const lower = explanationFlags(history, { ...options, lowBelow: Math.min(x, y) / 100 }).map(keyOf)
          const higher = new Set(explanationFlags(history, { ...options, lowBelow: Math.max(x, y) / 100 }).map(keyOf))
          expect(lower.filter((key) => !higher.has(key))).toEqual([])
        },
      ),
      RUNS,
    )
  })

  it('reports each pair once, and is sorted by unit, then first period (first day, then kind), then last period', () => {
    fc.assert(
      fc.property(drawnArb, optionsArb, (drawn, options) => {
        const flags = explanationFlags(historyOf(drawn), options)
        expect(new Set(flags.map((flag) => `${flag.unit} ${flag.periods.map((period) => period.label.en).join('>')}`)).size).toBe(
          flags.length,
        )
        flags.slice(1).forEach((flag, i) => {
          const before = flags[i] as ExplanationFlag
          const place = (each: ExplanationFlag, at: number) => {
            const period = each.periods[at] as EvaluationPeriod
            return `${period.from} ${period.kind} ${String(period.cutOffDay ?? 0).padStart(2, '0')}`
          }
          const order = [
            [before.unit, flag.unit],
            [place(before, 0), place(flag, 0)],
            [place(before, before.periods.length - 1), place(flag, flag.periods.length - 1)],
          ].find(([a, b]) => a !== b)
          if (order !== undefined) expect((order[0] as string) < (order[1] as string)).toBe(true)
          else expect(before.periods.length).toBeLessThan(flag.periods.length)
        })
      }),
      RUNS,
    )
  })

  it('reads a run of one chain listed in calendar order alike under history-order and same-kind', () => {
    const runArb = fc.integer({ min: 0, max: CHAINS.length - 1 }).chain((chain) => {
      const last = (CHAINS[chain] as readonly EvaluationPeriod[]).length - 1
      return fc
        .tuple(fc.integer({ min: 0, max: last }), fc.integer({ min: 0, max: last }))
        .map(([x, y]) => ({ chain, from: Math.min(x, y), to: Math.max(x, y) }))
    })
    fc.assert(
      fc.property(drawnArb, runArb, optionsArb, (drawn, { chain, from, to }, options) => {
        const first = TABLE.findIndex((slot) => slot.chain === chain && slot.position === from)
        const results = drawn.results.slice(0, to - from + 1).map((result, i) => ({ ...result, slot: first + i }))
        const run = historyOf({ ...drawn, results })
        expect(explanationFlags(run, { ...options, sequence: 'history-order' })).toEqual(
          explanationFlags(run, { ...options, sequence: 'same-kind' }),
        )
      }),
      RUNS,
    )
  })

  it('does not mutate its input, and returns deeply frozen flags citing Art. 17.3(b)', () => {
    fc.assert(
      fc.property(drawnArb, optionsArb, (drawn, options) => {
        const history = deepFreeze(historyOf(drawn))
        const before = JSON.stringify(history)
        const flags = explanationFlags(history, options)
        expect(JSON.stringify(history)).toBe(before)
        expect(isDeeplyFrozen(flags)).toBe(true)
        expect(flags.every((flag) => flag.citation.en === 'Art. 17.3(b)')).toBe(true)
      }),
      RUNS,
    )
  })

  it('agrees with consecutiveNotCompleted on real scoreUnits results', () => {
    const fractionSet = (scores: ReadonlyMap<string, number | null>): IndicatorSet => ({
      id: 'fixture-scores',
      label: { vi: 'Bộ chỉ số của phép thử', en: 'A test indicator set' },
      official: false,
      indicators: [{ id: 'listed', weight: 100, measure: (task) => scores.get(task.id as string) ?? null }],
    })
    fc.assert(
      fc.property(drawnArb, (drawn) => {
        const history = drawn.results.map(({ slot, units }) => {
          const period = (TABLE[slot] as Slot).period
          const scores = new Map(units.map((unit) => [UNITS[unit] as string, scoreOf(drawn, unit, slot)]))
          const tasks = (unit: string) => [{ id: unit, transferredAt: `${period.from}T08:00`, deadline: period.to }]
          const fractions = new Map([...scores].map(([unit, score]) => [unit, score === null ? null : score / 100]))
          return scoreUnits(
            [...scores.keys()].map((unit) => ({ unit, tasks: tasks(unit) })),
            period,
            { indicators: fractionSet(fractions) },
          )
        })
        const flags = explanationFlags(history)
        expect(pairsOf(flags.filter((flag) => flag.reason === 'not-completed'))).toEqual(
          pairsOf(consecutiveNotCompleted(history)),
        )
        expect(flags.map(keyOf).sort()).toEqual(oracle(drawn, {}))
      }),
      { numRuns: 60 },
    )
  })
})
