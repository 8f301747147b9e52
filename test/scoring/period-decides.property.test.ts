// Art. 17.1(b) and B12: a period is evaluated at 24:00 of its last day, and every item due at or before
// that instant is decided in it. The law: scored at the end of each period, the periods of one kind
// that cover a span count each item due in the span exactly once, and count the same items as one
// evaluation of the whole span. Tasks are drawn with deadlines on the commonest days (the last day of
// a quarter) and events on both sides of a period's end, 23:59:59.999 and 00:00 of the next day.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type EvaluationPeriod,
  halfYear,
  quarter,
  type ScoredUnits,
  scoreUnits,
  type TaskEvent,
  type TaskEventType,
  vietnamCalendar,
  year,
} from '../../src/index.js'
import { instantBetween, MS_PER_DAY } from '../arbitraries/calendar.js'
import { endOfVietnamDay } from '../arbitraries/tasks.js'

const calendar = vietnamCalendar()
const RUNS = { numRuns: 150 }

/** Wall time in Asia/Ho_Chi_Minh (UTC+7, no DST) as epoch ms. */
const vn = (iso: string): number => Date.parse(`${iso}+07:00`)

const QUARTER_ENDS = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31']
const CUT_OFF_ENDS = ['2025-03-14', '2025-06-14', '2025-09-14', '2025-12-14']
/** The instants either side of a period's end: its last millisecond and the first of the next day. */
const EDGES = [...QUARTER_ENDS, ...CUT_OFF_ENDS].flatMap((day) => [endOfVietnamDay(day), endOfVietnamDay(day) + 1])
const TYPES: readonly TaskEventType[] = ['acknowledged', 'started', 'progress-updated', 'completed', 'closed-without-completion']

const eventAt = (from: number): fc.Arbitrary<number> =>
  fc.oneof(
    instantBetween(from, from + 400 * MS_PER_DAY),
    fc.constantFrom(...EDGES).filter((edge) => edge >= from),
  )

const taskArbitrary = (id: string) =>
  instantBetween(vn('2024-11-01T00:00:00'), vn('2025-11-30T23:59:59.999')).chain((transfer) =>
    fc.record({
      id: fc.constant(id),
      transferredAt: fc.constant(transfer),
      deadline: fc.oneof(
        fc.constant(null),
        fc.constantFrom(...QUARTER_ENDS, ...CUT_OFF_ENDS).filter((day) => endOfVietnamDay(day) >= transfer),
        instantBetween(transfer, transfer + 400 * MS_PER_DAY),
      ),
      events: fc.array(
        fc.record({ type: fc.constantFrom(...TYPES), at: eventAt(transfer) }).map((event): TaskEvent => event),
        { maxLength: 5 },
      ),
    }),
  )

const unitsArbitrary = fc
  .array(fc.nat(), { minLength: 1, maxLength: 4 })
  .chain((seeds) => fc.tuple(...seeds.map((_, index) => taskArbitrary(`t${index}`))))
  .map((tasks) => [{ unit: 'Ban', tasks }])

/** Every item the default set counted in a period, as `indicator task item`. */
function itemsOf(units: ScoredUnits, period: EvaluationPeriod): string[] {
  const [result] = scoreUnits(units, period, { calendar })
  return (result?.indicators ?? []).flatMap((indicator) =>
    indicator.items.map((item) => `${indicator.id} ${item.task} ${item.item}`),
  )
}

const sorted = (values: readonly string[]): string[] => [...values].sort()

describe('Art. 17.1(b) — điểm b khoản 1 Điều 17: every item due in a period is decided in exactly one period of each kind (B12)', () => {
  it('counts in the four quarters of 2025 each item of year(2025) once, and nothing else', () => {
    fc.assert(
      fc.property(unitsArbitrary, (units) => {
        const quarters = [1, 2, 3, 4].flatMap((index) => itemsOf(units, quarter(2025, index)))
        expect(sorted(quarters)).toEqual(sorted(itemsOf(units, year(2025))))
      }),
      RUNS,
    )
  })

  it('counts in Q1 and Q2 2025 each item of halfYear(2025) once', () => {
    fc.assert(
      fc.property(unitsArbitrary, (units) => {
        const quarters = [1, 2].flatMap((index) => itemsOf(units, quarter(2025, index)))
        expect(sorted(quarters)).toEqual(sorted(itemsOf(units, halfYear(2025))))
      }),
      RUNS,
    )
  })

  it('does the same for data cut-off periods: the four cut-off quarters make the cut-off year', () => {
    fc.assert(
      fc.property(unitsArbitrary, (units) => {
        const options = { cutOffDay: 14 }
        const quarters = [1, 2, 3, 4].flatMap((index) => itemsOf(units, quarter(2025, index, options)))
        expect(sorted(quarters)).toEqual(sorted(itemsOf(units, year(2025, options))))
      }),
      RUNS,
    )
  })

  it('decides every task due in a quarter in that quarter: a completion item for each deadline inside it', () => {
    fc.assert(
      fc.property(unitsArbitrary, (units) => {
        for (const index of [1, 2, 3, 4]) {
          const period = quarter(2025, index)
          const start = vn(`${period.from}T00:00:00`)
          const end = endOfVietnamDay(period.to)
          const due = units[0]?.tasks
            .filter((task) => task.deadline !== null)
            .filter((task) => {
              const deadline = typeof task.deadline === 'string' ? endOfVietnamDay(task.deadline) : (task.deadline as number)
              return deadline >= start && deadline <= end
            })
            .map((task) => `on-time-completion ${task.id} completion`)
          expect(itemsOf(units, period).filter((item) => item.startsWith('on-time-completion'))).toEqual(due)
        }
      }),
      RUNS,
    )
  })
})
