// Laws of the Art. 17.1 scorer (B12, docs/regulation/article-17.md) on random units: 1–6 units of 0–8
// tasks, transferred in Q4 2025 or Q1 2026, deadlines within 120 days, a few events each, scored over
// quarters, a half-year, a year and a cut-off quarter, at the period's end or at a random asOf.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/core/freeze.js'
import {
  type EvaluationPeriod,
  gradeOf,
  halfYear,
  type IndicatorSet,
  quarter,
  type ScoreUnitsOptions,
  scoreUnits,
  type TaskEvent,
  type TaskEventType,
  type UnitScore,
  year,
} from '../../src/index.js'
import { instantBetween, MS_PER_DAY } from '../arbitraries/calendar.js'
import { type DeadlineValue, deadlineMillis, vietnamDayOf } from '../arbitraries/tasks.js'

const RUNS = { numRuns: 300 }

/** Wall time in Asia/Ho_Chi_Minh (UTC+7, no DST) as epoch ms. */
const vn = (iso: string): number => Date.parse(`${iso}+07:00`)

const TRANSFERS = { from: vn('2025-10-01T00:00:00'), to: vn('2026-03-31T23:59:59.999') }
const EVENT_TYPES: readonly TaskEventType[] = ['acknowledged', 'started', 'progress-updated', 'completed', 'deadline-extended']
const UNIT_NAMES = ['Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Kinh tế', 'Ban Nội chính', 'Ban Dân vận', 'Văn phòng', 'Ban A', 'Ban B']

const PERIODS: readonly EvaluationPeriod[] = [
  quarter(2025, 4),
  quarter(2026, 1),
  quarter(2026, 1, { cutOffDay: 14 }),
  halfYear(2026),
  year(2025),
]

/** A pure custom measure whose scores are multiples of 1/8 (exact in binary), or null. */
const EIGHTHS: IndicatorSet = {
  id: 'test-eighths',
  label: { vi: 'Bộ chỉ số thử', en: 'A test set' },
  official: false,
  indicators: [
    { id: 'on-time', weight: 50, measure: 'on-time-completion' },
    {
      id: 'eighths',
      weight: 50,
      measure: (task) => {
        const n = (task.transferredAt as number) % 10
        return n === 9 ? null : Math.min(n, 8) / 8
      },
    },
  ],
}

type Task = {
  readonly id: string
  readonly transferredAt: number
  readonly deadline: DeadlineValue | null
  readonly events: readonly TaskEvent[]
}
type Unit = { readonly unit: string; readonly tasks: readonly Task[] }

/** A deadline within `maxDays` after `from`: an instant, or that instant's day (its end). */
function deadlineAfter(from: number, maxDays: number): fc.Arbitrary<DeadlineValue> {
  const instant = instantBetween(from, from + maxDays * MS_PER_DAY)
  return fc.oneof(
    instant,
    instant.map((ms) => vietnamDayOf(ms)),
  )
}

function taskArbitrary(id: string): fc.Arbitrary<Task> {
  return instantBetween(TRANSFERS.from, TRANSFERS.to).chain((transfer) => {
    const event: fc.Arbitrary<TaskEvent> = fc
      .tuple(fc.constantFrom(...EVENT_TYPES), instantBetween(transfer, transfer + 150 * MS_PER_DAY))
      .chain(([type, at]) =>
        type === 'deadline-extended'
          ? deadlineAfter(at, 90).map((deadline): TaskEvent => ({ type, at, deadline }))
          : fc.constant<TaskEvent>({ type, at }),
      )
    return fc.record({
      id: fc.constant(id),
      transferredAt: fc.constant(transfer),
      deadline: fc.option(deadlineAfter(transfer, 120), { freq: 6, nil: null }),
      events: fc.array(event, { maxLength: 5 }),
    })
  })
}

const unitsArbitrary: fc.Arbitrary<readonly Unit[]> = fc
  .shuffledSubarray(UNIT_NAMES, { minLength: 1, maxLength: 6 })
  .chain((names) =>
    fc.tuple(
      ...names.map((unit) =>
        fc
          .integer({ min: 0, max: 8 })
          .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => taskArbitrary(`t${index}`))))
          .map((tasks): Unit => ({ unit, tasks })),
      ),
    ),
  )

const optionsArbitrary: fc.Arbitrary<ScoreUnitsOptions> = fc
  .record({
    asOf: fc.option(instantBetween(vn('2025-10-01T00:00:00'), vn('2026-07-15T00:00:00')), { nil: undefined }),
    indicators: fc.option(fc.constant(EIGHTHS), { freq: 3, nil: undefined }),
  })
  .map(({ asOf, indicators }) => ({
    ...(asOf === undefined ? {} : { asOf }),
    ...(indicators === undefined ? {} : { indicators }),
  }))

/** The built-in measures whose items a completion on time can only improve. */
const COMPLETION_AND_RECEIPT: IndicatorSet = {
  id: 'test-completion-receipt',
  label: { vi: 'Bộ chỉ số thử', en: 'A test set' },
  official: false,
  indicators: [
    { id: 'on-time', weight: 80, measure: 'on-time-completion' },
    { id: 'receipt', weight: 20, measure: 'receipt-timeliness' },
  ],
}

/** A period is evaluated from its first day on (an asOf before it is refused): an earlier asOf is dropped. */
const caseArbitrary = fc
  .record({ units: unitsArbitrary, period: fc.constantFrom(...PERIODS), options: optionsArbitrary })
  .map(({ units, period, options }) => {
    const { asOf, ...rest } = options
    return { units, period, options: typeof asOf === 'number' && asOf < vn(`${period.from}T00:00:00`) ? rest : options }
  })

function round2(value: number): number {
  return Math.round(Number((value * 100).toFixed(8))) / 100
}

/** Whether `a` ranks strictly before `b` (B12: higher score, then higher on-time rate, null lowest, then fewer overdue tasks). */
function better(a: UnitScore, b: UnitScore): boolean {
  if (a.score === null || b.score === null) return false
  if (a.score !== b.score) return a.score > b.score
  const rateA = a.onTimeRate ?? -1
  const rateB = b.onTimeRate ?? -1
  if (rateA !== rateB) return rateA > rateB
  return a.overdueTasks < b.overdueTasks
}

/** The results, every item list sorted: items follow the order of the tasks, which the laws below shuffle. */
function normalised(results: readonly UnitScore[]) {
  return results.map((result) => ({
    ...result,
    indicators: result.indicators.map((indicator) => ({
      ...indicator,
      items: [...indicator.items].sort(
        (a, b) => a.task.localeCompare(b.task) || a.item.localeCompare(b.item) || a.score - b.score,
      ),
    })),
  }))
}

function unfrozenPaths(value: unknown, path = 'results'): string[] {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path]
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, `${path}.${key}`))]
}

describe('scoreUnits — laws of Art. 17.1 (B12)', () => {
  it('scores 0–100 to 2 decimals or null, with the grade of the score, and the score is the weighted mean of the items', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ units, period, options }) => {
        const results = scoreUnits(units, period, options)
        expect(results.map((result) => result.unit).sort()).toEqual(units.map((unit) => unit.unit).sort())
        for (const result of results) {
          const measured = result.indicators.filter((indicator) => indicator.measured)
          if (result.score === null) {
            expect(measured).toEqual([])
            expect(result.grade).toBeNull()
            expect(result.rank).toBeNull()
            continue
          }
          expect(result.score).toBeGreaterThanOrEqual(0)
          expect(result.score).toBeLessThanOrEqual(100)
          expect(round2(result.score)).toBe(result.score)
          expect(result.grade).toBe(gradeOf(result.score))
          expect(result.renormalised).toBe(measured.length < result.indicators.length)
          const weight = measured.reduce((sum, indicator) => sum + indicator.weight, 0)
          const weighted = measured.reduce((sum, indicator) => {
            const mean = indicator.items.reduce((total, item) => total + item.score, 0) / indicator.items.length
            return sum + indicator.weight * mean
          }, 0)
          expect(result.score).toBe(round2((weighted / weight) * 100))
          for (const indicator of result.indicators) {
            expect(indicator.count).toBe(indicator.items.length)
            expect(indicator.measured).toBe(indicator.count > 0)
            if (indicator.value !== null) {
              expect(indicator.value).toBeGreaterThanOrEqual(0)
              expect(indicator.value).toBeLessThanOrEqual(100)
            }
            for (const item of indicator.items) {
              expect(item.score).toBeGreaterThanOrEqual(0)
              expect(item.score).toBeLessThanOrEqual(1)
            }
          }
          expect(Math.abs(measured.reduce((sum, indicator) => sum + indicator.effectiveWeight, 0) - 100)).toBeLessThanOrEqual(
            0.02,
          )
        }
      }),
      RUNS,
    )
  })

  it('counts on-time rate, overdue and late tasks from the completion items (Art. 4.1(đ) keeps "quá hạn" and "chậm" apart)', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ units, period, options }) => {
        for (const result of scoreUnits(units, period, { ...options, indicators: undefined })) {
          const completions = result.indicators[0]?.items ?? []
          const onTime = completions.filter((item) => item.score === 1).length
          expect(result.overdueTasks).toBe(completions.filter((item) => item.score === 0).length)
          expect(result.completedLateTasks).toBe(completions.filter((item) => item.score === 0.5).length)
          expect(result.onTimeRate).toBe(completions.length === 0 ? null : onTime / completions.length)
        }
      }),
      RUNS,
    )
  })

  it('ranks by competition ranking of the keys: 1 + the number of scored units with strictly better keys', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ units, period, options }) => {
        const results = scoreUnits(units, period, options)
        for (const result of results) {
          const expected = result.score === null ? null : 1 + results.filter((other) => better(other, result)).length
          expect(result.rank).toBe(expected)
        }
        const order = [...results].sort(
          (a, b) =>
            (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
            (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
        )
        expect(results.map((result) => result.unit)).toEqual(order.map((result) => result.unit))
      }),
      RUNS,
    )
  })

  it('does not depend on the order of the units or of the tasks within a unit', () => {
    const shuffled = caseArbitrary.chain((input) =>
      fc
        .tuple(
          fc.shuffledSubarray([...input.units], { minLength: input.units.length }),
          ...input.units.map((unit) => fc.shuffledSubarray([...unit.tasks], { minLength: unit.tasks.length })),
        )
        .map(([units, ...tasks]) => {
          const byUnit = new Map(input.units.map((unit, index) => [unit.unit, tasks[index] ?? []]))
          return { input, units: units.map((unit) => ({ unit: unit.unit, tasks: byUnit.get(unit.unit) ?? [] })) }
        }),
    )
    fc.assert(
      fc.property(shuffled, ({ input, units }) => {
        const original = scoreUnits(input.units, input.period, input.options)
        const reordered = scoreUnits(units, input.period, input.options)
        expect(normalised(reordered)).toEqual(normalised(original))
      }),
      RUNS,
    )
  })

  it('returns deeply frozen results and never changes its input', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.boolean(), ({ units, period, options }, freezeInput) => {
        const copy = structuredClone(units)
        const input = freezeInput ? deepFreeze(structuredClone(units)) : units
        const results = scoreUnits(input, period, options)
        expect(input).toEqual(copy)
        expect(unfrozenPaths(results)).toEqual([])
        for (const result of results) expect([result.period, result.period === period]).toStrictEqual([period, false])
      }),
      RUNS,
    )
  })
})

describe('scoreUnits — completing a task on time (B12)', () => {
  /**
   * A case with one task picked that has a deadline and no completion, and a completion instant
   * for it: after its transfer and no later than every deadline it ever has (so it is on time
   * whichever deadline is in force when it completes); `completed` is the units with it added.
   */
  const completion = caseArbitrary
    .filter(({ units }) => units.some((unit) => unit.tasks.some(isCompletable)))
    .chain((input) => {
      const choices = input.units.flatMap((unit, unitIndex) =>
        unit.tasks.flatMap((task, taskIndex) => (isCompletable(task) ? [{ unitIndex, taskIndex, task }] : [])),
      )
      return fc.constantFrom(...choices).chain((choice) =>
        fc.integer({ min: earliestCompletion(choice.task), max: latestOnTime(choice.task) }).map((at) => ({
          ...input,
          ...choice,
          at,
          completed: withCompletion(input.units, choice.unitIndex, choice.taskIndex, at),
        })),
      )
    })

  function unitScores(
    input: { units: readonly Unit[]; completed: readonly Unit[]; period: EvaluationPeriod; unitIndex: number },
    options: ScoreUnitsOptions,
  ) {
    const name = input.units[input.unitIndex]?.unit
    const before = scoreUnits(input.units, input.period, options).find((result) => result.unit === name)
    const after = scoreUnits(input.completed, input.period, options).find((result) => result.unit === name)
    if (before === undefined || after === undefined) throw new Error('the unit is missing from the results')
    return { before, after }
  }

  // The completion is the task's last event, as it is in life: a report after it would belong to no
  // update the completed task still owes (score-units.test.ts shows what such a report does).
  it('never lowers the unit score under the default set; null only when nothing is left to measure', () => {
    fc.assert(
      fc.property(completion, (input) => {
        const { before, after } = unitScores(input, { ...input.options, indicators: undefined })
        if (before.score === null) return
        if (after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score)
      }),
      RUNS,
    )
  })

  it('never lowers the score under on-time completion and receipt timeliness; null only when nothing is left to measure', () => {
    fc.assert(
      fc.property(completion, (input) => {
        const { before, after } = unitScores(input, { ...input.options, indicators: COMPLETION_AND_RECEIPT })
        if (before.score === null) return
        const extended = input.task.events.some((event) => event.type === 'deadline-extended')
        // Without an extension the completion item stays in the period (0 or not yet due → 1).
        if (!extended) expect(after.score).not.toBeNull()
        if (after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score)
      }),
      RUNS,
    )
  })

  it('never lowers the on-time completion value or the on-time rate and never adds an overdue task, under the default set', () => {
    fc.assert(
      fc.property(completion, (input) => {
        const { before, after } = unitScores(input, { ...input.options, indicators: undefined })
        const valueBefore = before.indicators[0]?.value ?? null
        const valueAfter = after.indicators[0]?.value ?? null
        if (valueBefore !== null && valueAfter !== null) expect(valueAfter).toBeGreaterThanOrEqual(valueBefore)
        if (before.onTimeRate !== null && after.onTimeRate !== null)
          expect(after.onTimeRate).toBeGreaterThanOrEqual(before.onTimeRate)
        expect(after.overdueTasks).toBeLessThanOrEqual(before.overdueTasks)
        const onTime = (result: UnitScore) => (result.indicators[0]?.items ?? []).filter((item) => item.score === 1).length
        expect(onTime(after)).toBeGreaterThanOrEqual(onTime(before))
      }),
      RUNS,
    )
  })
})

function withCompletion(units: readonly Unit[], unitIndex: number, taskIndex: number, at: number): readonly Unit[] {
  return units.map((unit, index) =>
    index !== unitIndex
      ? unit
      : {
          ...unit,
          tasks: unit.tasks.map((task, position) =>
            position !== taskIndex ? task : { ...task, events: [...task.events, { type: 'completed' as const, at }] },
          ),
        },
  )
}

/**
 * A task that can still be completed on time as its last event: it has a deadline, has not ended
 * (no completion, no closure), and its earliest deadline comes no earlier than its last event.
 */
function isCompletable(task: Task): boolean {
  return (
    task.deadline !== null &&
    !task.events.some((event) => event.type === 'completed' || event.type === 'closed-without-completion') &&
    earliestCompletion(task) <= latestOnTime(task)
  )
}

/** A completion ends the task's history: no earlier than its transfer and its last event. */
function earliestCompletion(task: Task): number {
  // The generator gives every event instant in epoch milliseconds.
  return Math.max(task.transferredAt, ...task.events.map((event) => event.at as number))
}

/** The earliest of the task's deadline and every deadline an extension gives it, in epoch ms. */
function latestOnTime(task: Task): number {
  const deadlines = [task.deadline, ...task.events.map((event) => event.deadline)].filter(
    (deadline): deadline is DeadlineValue => deadline !== undefined && deadline !== null,
  )
  return Math.min(...deadlines.map((deadline) => deadlineMillis(deadline as DeadlineValue)))
}
