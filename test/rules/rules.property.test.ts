import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ALERT_LEVELS,
  alertLevel,
  auditFlags,
  type CompletionClassification,
  type CompletionStatus,
  classifyCompletion,
  deadline,
  TIME_RULES,
  vietnamCalendar,
} from '../../src/index.js'
import { instantBetween, MS_PER_DAY, utc } from '../arbitraries/calendar.js'
import { endOf, type TaskCase, taskCase } from '../arbitraries/tasks.js'

// Laws of the completion status (Art. 4.1(đ)), the warnings (Art. 18.1(d)) and the fixed deadlines
// (Art. 6) on the Vietnamese calendar, over the years of announced schedules and the provisional one after.

const calendar = vietnamCalendar()
const RUNS = { numRuns: 200 }

/** A classification compared by value: luxon DateTimes as ISO strings. */
function plain(result: CompletionClassification) {
  return {
    status: result.status,
    deadline: result.deadline?.toISO() ?? null,
    originalDeadline: result.originalDeadline?.toISO() ?? null,
    endedAt: result.endedAt?.toISO() ?? null,
  }
}

function classify(c: TaskCase, asOf: number): CompletionClassification {
  return classifyCompletion(c.task, { asOf, calendar })
}

function alertRank(c: TaskCase, asOf: number): number {
  return ALERT_LEVELS.indexOf(alertLevel(c.task, { asOf, calendar }).level)
}

const OVERDUE: ReadonlySet<CompletionStatus> = new Set([
  'completed-late',
  'in-progress-late',
  'implemented-not-completed',
  'not-implemented-overdue',
])
const ON_TIME: ReadonlySet<CompletionStatus> = new Set(['completed-on-time', 'in-progress-on-time', 'not-started'])

/** Offsets from an instant: up to two years, half of them on whole quarter hours. */
const offset = fc.oneof(
  fc.integer({ min: 0, max: 730 * MS_PER_DAY }),
  fc.integer({ min: 0, max: 730 * 96 }).map((n) => n * 900_000),
)
/** An asOf around a task's life: from a day before the transfer to 300 days after. */
const asOfAround = (c: TaskCase) => instantBetween(c.transfer - MS_PER_DAY, c.transfer + 300 * MS_PER_DAY)
/** …or, half the time, in the week before the deadline, where the warnings change. */
const asOfNearDeadline = (c: TaskCase) =>
  c.deadline === null
    ? asOfAround(c)
    : fc.oneof(asOfAround(c), instantBetween(c.deadline - 7 * MS_PER_DAY, c.deadline + MS_PER_DAY))
/** Small steps forward too: up to three days. */
const step = fc.oneof(offset, fc.integer({ min: 0, max: 3 * MS_PER_DAY }))

describe('properties', () => {
  it('is final: once completed, the status is the same for any later asOf', () => {
    fc.assert(
      fc.property(taskCase({ completed: true }), offset, offset, (c, first, second) => {
        const end = endOf(c.task) as number
        expect(plain(classify(c, end + first + second))).toEqual(plain(classify(c, end + first)))
      }),
      RUNS,
    )
  })

  it('never turns overdue into on time as asOf moves forward (extensions granted before the deadline they replace)', () => {
    fc.assert(
      fc.property(
        taskCase({ extensions: 'timely' }).chain((c) => fc.tuple(fc.constant(c), asOfNearDeadline(c), step)),
        ([c, asOf, later]) => {
          const before = classify(c, asOf).status
          const after = classify(c, asOf + later).status
          expect(OVERDUE.has(before) && ON_TIME.has(after)).toBe(false)
        },
      ),
      RUNS,
    )
  })

  it('does not depend on event order: classifyCompletion(task) equals classifyCompletion(task with events shuffled)', () => {
    fc.assert(
      fc.property(
        taskCase().chain((c) =>
          fc.tuple(fc.constant(c), fc.shuffledSubarray([...c.task.events], { minLength: c.task.events.length }), asOfAround(c)),
        ),
        ([c, shuffled, asOf]) => {
          const other: TaskCase = { ...c, task: { ...c.task, events: shuffled } }
          expect(plain(classify(other, asOf))).toEqual(plain(classify(c, asOf)))
        },
      ),
      RUNS,
    )
  })

  it('does not depend on event order: alertLevel(task) equals alertLevel(task with events shuffled)', () => {
    fc.assert(
      fc.property(
        taskCase().chain((c) =>
          fc.tuple(fc.constant(c), fc.shuffledSubarray([...c.task.events], { minLength: c.task.events.length }), asOfAround(c)),
        ),
        ([c, shuffled, asOf]) => {
          const other: TaskCase = { ...c, task: { ...c.task, events: shuffled } }
          expect(alertLevel(other.task, { asOf, calendar })).toEqual(alertLevel(c.task, { asOf, calendar }))
        },
      ),
      RUNS,
    )
  })

  // A re-assignment starts a new assignment whose clock runs from its instant (docs/interpretations.md,
  // "Re-assignment"): the share of time elapsed, and with it the warning, may fall there and nowhere else.
  it('is monotonic: the alert level never decreases as asOf moves forward until the task ends or is re-assigned (no extensions)', () => {
    fc.assert(
      fc.property(
        taskCase({ extensions: 'none', withoutDeadline: false }).chain((c) =>
          fc.tuple(fc.constant(c), asOfNearDeadline(c), step),
        ),
        ([c, asOf, later]) => {
          const end = endOf(c.task)
          fc.pre(end === undefined || asOf + later < end)
          fc.pre(
            !c.task.events.some(
              (event) => event.type === 'reassigned' && asOf < (event.at as number) && (event.at as number) <= asOf + later,
            ),
          )
          expect(alertRank(c, asOf + later)).toBeGreaterThanOrEqual(alertRank(c, asOf))
        },
      ),
      RUNS,
    )
  })

  it("is 'due' exactly from the start of the last working day on or before the deadline's day until the deadline (B9)", () => {
    fc.assert(
      fc.property(
        taskCase({ extensions: 'none', withoutDeadline: false, types: ['acknowledged', 'started'] }).chain((c) =>
          fc.tuple(fc.constant(c), asOfNearDeadline(c)),
        ),
        ([c, asOf]) => {
          const deadlineMs = c.deadline as number
          // The oracle walks back day by day from the deadline's day to a working day.
          let day = calendar.dayOf(deadlineMs)
          while (!calendar.isWorkingDay(day)) day = calendar.dayOf(calendar.millis.endOfDay(day) - MS_PER_DAY)
          const dueFrom = calendar.millis.endOfDay(day) - MS_PER_DAY + 1
          const level = alertLevel(c.task, { asOf, calendar }).level
          expect(level === 'due').toBe(asOf >= dueFrom && asOf <= deadlineMs)
        },
      ),
      RUNS,
    )
  })

  it('never dates an audit flag after asOf: a flag is a time limit already passed (B8)', () => {
    fc.assert(
      fc.property(
        taskCase().chain((c) => fc.tuple(fc.constant(c), asOfNearDeadline(c))),
        ([c, asOf]) => {
          for (const flag of auditFlags(c.task, { asOf, calendar, until: asOf })) {
            expect(flag.at.toMillis()).toBeLessThan(asOf)
          }
        },
      ),
      RUNS,
    )
  })

  it('is monotonic: t1 <= t2 implies deadline(rule, t1).due <= deadline(rule, t2).due, for every rule of Art. 6', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIME_RULES),
        instantBetween(utc(2025, 1, 1), utc(2027, 6, 30)),
        fc.oneof(
          fc.integer({ min: 0, max: 10 * MS_PER_DAY }),
          fc.integer({ min: 0, max: 10 * 96 }).map((n) => n * 900_000),
        ),
        (rule, t, step) => {
          const first = deadline(rule, t, { calendar }).due.toMillis()
          const second = deadline(rule, t + step, { calendar }).due.toMillis()
          expect(second).toBeGreaterThanOrEqual(first)
        },
      ),
      { numRuns: 300 },
    )
  })
})
