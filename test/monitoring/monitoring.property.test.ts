import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  agenda,
  alertLevel,
  dutiesOf,
  dutiesOfMillis,
  evaluateTask,
  evaluateTaskMillis,
  type NextChange,
  nextChange,
  nextChangeMillis,
  portfolioSummary,
  type ScoredUnits,
  type TaskInput,
  vietnamCalendar,
} from '../../src/index.js'
import { taskArbitrary, unitsArbitrary } from '../../src/testing/index.js'
import { MS_PER_DAY } from '../arbitraries/calendar.js'

// Laws of the monitoring desk over the kit's generated histories (every event type, re-assignments
// included), each history cut at `asOf`: nextChange is "with no new event". nextChange names the first
// instant anything changes and exactly what; the agenda lists what dutiesOf and alertLevel say, in order
// and by working day; portfolioSummary is the sum of evaluateTask and dutiesOf over each unit's tasks.

const calendar = vietnamCalendar()
const RUNS = { numRuns: 1000 }
const YEAR = 365 * MS_PER_DAY

/** The readings a watch must follow besides the defaults (B8, B9). */
const READINGS = [
  {},
  { inProgressLate: 'behind-update-schedule' },
  { thresholds: { workingDaysLeft: 5 } },
  { dueDay: 'deadline-day' },
] as const
type Reading = (typeof READINGS)[number]

/** A deadline as a task gives it (a day: its end, B14; else an instant), in epoch ms. */
function deadlineMillis(deadline: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? calendar.millis.endOfDay(deadline) : calendar.millis.of(deadline)
}

/** The task as its history stood at `asOf`: every event after it left out. */
function cut(task: TaskInput, asOf: number): TaskInput {
  return { ...task, events: (task.events ?? []).filter((event) => calendar.millis.of(event.at) <= asOf) }
}

/** A generated task, cut at an instant from a little before its transfer to well after it. */
const watched = taskArbitrary({ calendar }).chain((task) => {
  const transfer = calendar.millis.of(task.transferredAt)
  return fc
    .integer({ min: transfer - 2 * MS_PER_DAY, max: transfer + 300 * MS_PER_DAY })
    .map((asOf) => ({ task: cut(task, asOf), asOf }))
})

/** What the watch compares at `t`, as the rules' own entries give it: status, warning, each duty's state by its identity. */
function snapshot(task: TaskInput, t: number, reading: Reading) {
  const evaluation = evaluateTaskMillis(task, { calendar, asOf: t, ...reading })
  const duties = new Map(
    dutiesOfMillis(task, { calendar, asOf: t }).map((item) => [
      `${item.duty}/${item.assignment}/${item.from}/${item.dueBy}`,
      { state: item.state, duty: item.duty, party: item.party, dueBy: item.dueBy, assignment: item.assignment },
    ]),
  )
  return { status: evaluation.status.status, level: evaluation.alert.level, duties }
}

type Snapshot = ReturnType<typeof snapshot>

/** The changes from `before` to `after`, written as nextChange writes them; a duty new in `after` was 'not-yet-due'. */
function changes(before: Snapshot, after: Snapshot) {
  const list: Record<string, unknown>[] = []
  if (before.status !== after.status) list.push({ kind: 'status', from: before.status, to: after.status })
  if (before.level !== after.level) list.push({ kind: 'warning', from: before.level, to: after.level })
  for (const [key, item] of after.duties) {
    const from = before.duties.get(key)?.state ?? 'not-yet-due'
    if (from === item.state) continue
    const { state, ...identity } = item
    list.push({ kind: 'duty', from, to: state, ...identity })
  }
  return list
}

/** Equal snapshots: the same status, warning, and the same duties in the same states. */
function expectSame(actual: Snapshot, expected: Snapshot, label: string): void {
  expect({ status: actual.status, level: actual.level, duties: [...actual.duties] }, label).toEqual({
    status: expected.status,
    level: expected.level,
    duties: [...expected.duties],
  })
}

describe('nextChange — the first instant a task changes with no new event, and exactly what changes', () => {
  for (const reading of READINGS) {
    const name = Object.keys(reading).length === 0 ? 'the default readings' : JSON.stringify(reading)
    it(`holds under ${name} (1,000 runs)`, () => {
      const seen = new Set<string>()
      fc.assert(
        fc.property(watched, fc.nat({ max: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (drawn, steps, share) => {
          const { task } = drawn
          // As a scheduler does: from a random instant, a few timers on, each set at the previous change.
          let asOf = drawn.asOf
          for (let step = 0; step < steps; step += 1) asOf = nextChangeMillis(task, { calendar, asOf, ...reading })?.at ?? asOf
          const next = nextChangeMillis(task, { calendar, asOf, ...reading })
          const now = snapshot(task, asOf, reading)
          for (const change of next?.changes ?? []) seen.add(change.kind)
          seen.add(next === null ? 'null' : 'next')
          if (next === null) {
            // Nothing left to change: a year later everything stands as it does now.
            expectSame(snapshot(task, asOf + YEAR, reading), now, 'a year later')
            return
          }
          expect(next.at).toBeGreaterThan(asOf)
          expectSame(snapshot(task, next.at - 1, reading), now, 'just before at')
          // Strictly between asOf and at: nothing has changed yet.
          if (next.at - asOf > 1) {
            const between = asOf + 1 + Math.floor(share * (next.at - asOf - 2))
            expectSame(snapshot(task, between, reading), now, 'between')
          }
          expect(next.changes.length).toBeGreaterThan(0)
          expect(next.changes).toEqual(changes(now, snapshot(task, next.at, reading)))
        }),
        RUNS,
      )
      // The runs met every kind of change, and tasks with nothing left to change.
      expect([...seen].sort()).toEqual(['duty', 'next', 'null', 'status', 'warning'])
    })
  }

  it('gives in nextChange the same answer with every instant a DateTime', () => {
    const plain = (next: NextChange) =>
      next === null
        ? null
        : {
            at: next.at.toMillis(),
            changes: next.changes.map(({ dueBy, ...change }) => ({
              ...change,
              ...(dueBy === undefined ? {} : { dueBy: dueBy.toMillis() }),
            })),
          }
    fc.assert(
      fc.property(watched, ({ task, asOf }) => {
        expect(plain(nextChange(task, { calendar, asOf }))).toEqual(nextChangeMillis(task, { calendar, asOf }))
      }),
      { numRuns: 300 },
    )
  })
})

/** A portfolio, an instant it is known at, and an interval of up to five weeks around it. */
const planned = unitsArbitrary({ calendar, units: { min: 1, max: 3 }, tasksPerUnit: { min: 0, max: 3 } }).chain((units) =>
  fc
    .record({
      asOf: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) }),
      start: fc.integer({ min: -7 * MS_PER_DAY, max: 60 * MS_PER_DAY }),
      length: fc.integer({ min: 0, max: 35 * MS_PER_DAY }),
    })
    .map(({ asOf, start, length }) => {
      const tasks = units.flatMap((unit) =>
        unit.tasks.map((task, index) => ({ ...cut(task, asOf), id: `${unit.unit}/${index}` })),
      )
      return { tasks, asOf, from: asOf + start, to: asOf + start + length }
    }),
)

describe('agenda — the reminders of a portfolio over [from, to]', () => {
  it('lists in time order, within the interval, the duties dutiesOf leaves unmet and each level alertLevel starts, by working day (1,000 runs)', () => {
    const seen = new Set<string>()
    let movedFromDayOff = 0
    fc.assert(
      fc.property(planned, ({ tasks, asOf, from, to }) => {
        const result = agenda(tasks, { calendar, asOf, from, to })
        const ats = result.items.map((item) => item.at.toMillis())
        expect(ats).toEqual([...ats].sort((a, b) => a - b))
        for (const at of ats) {
          expect(at).toBeGreaterThanOrEqual(from)
          expect(at).toBeLessThanOrEqual(to)
        }
        // byDay holds the same items in the same order; each on its own day when that is a working day,
        // else on the last working day before it.
        expect(result.byDay.flatMap((day) => day.items)).toEqual(result.items)
        for (const day of result.byDay) {
          expect(day.items.length).toBeGreaterThan(0)
          expect(calendar.isWorkingDay(day.day)).toBe(true)
          for (const item of day.items) {
            const own = calendar.dayOf(item.at)
            expect(day.day === own || day.day === calendar.previousWorkingDay(own), `${own} on ${day.day}`).toBe(true)
            if (calendar.isWorkingDay(own)) expect(day.day).toBe(own)
            else movedFromDayOff += 1
          }
        }
        const byId = new Map(tasks.map((task) => [task.id, task]))
        for (const item of result.items) {
          const task = byId.get(item.taskId) as TaskInput
          const at = item.at.toMillis()
          seen.add(`${item.kind} ${item.duty ?? item.level}`)
          if (item.kind === 'duty') {
            const owed = dutiesOf(task, { calendar, asOf, until: to }).filter(
              (duty) =>
                duty.duty === item.duty &&
                duty.party === item.party &&
                duty.dueBy.toMillis() === at &&
                duty.state !== 'met-on-time' &&
                duty.state !== 'met-late',
            )
            expect(owed.length, `${item.taskId} ${item.duty}`).toBeGreaterThan(0)
          } else {
            expect(item.party).toBe('assignee')
            expect(alertLevel(task, { calendar, asOf: at }).level).toBe(item.level)
            expect(alertLevel(task, { calendar, asOf: at - 1 }).level).not.toBe(item.level)
          }
        }
      }),
      RUNS,
    )
    // The runs met every warning level and the assignee's, the Office's and the agency's duties, and items on days off.
    for (const kind of ['warning approaching', 'warning due', 'warning overdue', 'duty update', 'duty acknowledge-receipt']) {
      expect(seen, kind).toContain(kind)
    }
    expect([...seen].some((kind) => kind === 'duty handle-objection' || kind === 'duty classify-and-dispatch')).toBe(true)
    expect(seen).toContain('duty evaluate-update')
    expect(movedFromDayOff).toBeGreaterThan(0)
  })
})

/** Counts of `values`, without the zeroes. */
function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

function nonZero(counts: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count !== 0))
}

describe('portfolioSummary — the dashboard is the sum of what evaluateTask and dutiesOf say of each task', () => {
  for (const reading of READINGS) {
    const name = Object.keys(reading).length === 0 ? 'the default readings' : JSON.stringify(reading)
    it(`holds under ${name} (1,000 runs)`, () => {
      const reasonsSeen = new Set<string>()
      const portfolio = unitsArbitrary({ calendar, units: { min: 1, max: 3 }, tasksPerUnit: { min: 0, max: 3 } }).chain((units) =>
        fc
          .record({
            anywhere: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) }),
            pick: fc.nat(),
            before: fc.integer({ min: 0, max: 40 * 3_600_000 }),
          })
          .map(({ anywhere, pick, before }) => {
            // Half the time, an instant in the day and a half before some task's deadline: where 'due' is.
            const deadlines = units.flatMap((unit) =>
              unit.tasks.flatMap((task) => (task.deadline === undefined ? [] : [task.deadline])),
            )
            const deadline = deadlines[pick % Math.max(1, deadlines.length)]
            const asOf = pick % 2 === 0 || deadline === undefined ? anywhere : deadlineMillis(deadline as string) - before
            return {
              asOf,
              units: units.map((unit) => ({ unit: unit.unit, tasks: unit.tasks.map((task) => cut(task, asOf)) })) as ScoredUnits,
            }
          }),
      )
      fc.assert(
        fc.property(portfolio, ({ units, asOf }) => {
          const summary = portfolioSummary(units, { calendar, asOf, ...reading })
          expect(summary.units.map((unit) => unit.unit)).toEqual(units.map((unit) => unit.unit))
          const expectedAttention: unknown[] = []
          units.forEach((unit, index) => {
            const counts = summary.units[index]
            if (counts === undefined) throw new Error('a unit is missing')
            const evaluations = unit.tasks.map((task) => evaluateTask(task, { calendar, asOf, ...reading }))
            const ledgers = unit.tasks.map((task) => dutiesOf(task, { calendar, asOf }))
            expect(counts.tasks).toBe(unit.tasks.length)
            expect(nonZero(counts.status)).toEqual(tally(evaluations.map((evaluation) => evaluation.status.status)))
            expect(nonZero(counts.warning)).toEqual(tally(evaluations.map((evaluation) => evaluation.alert.level)))
            for (const party of ['office', 'assignee', 'monitoring-agency'] as const) {
              const states = ledgers.flatMap((ledger) => ledger.filter((duty) => duty.party === party).map((duty) => duty.state))
              expect(nonZero(counts.duties[party])).toEqual(tally(states))
            }
            // Exactly the tasks overdue, due or with a missed duty, in the unit's order, each with its next change.
            const attention = unit.tasks.flatMap((task, taskIndex) => {
              const level = evaluations[taskIndex]?.alert.level
              const missed = ledgers[taskIndex]?.some((duty) => duty.state === 'missed') ?? false
              const reasons = [
                ...(level === 'overdue' ? ['overdue'] : []),
                ...(level === 'due' ? ['due-today'] : []),
                ...(missed ? ['missed-duty'] : []),
              ]
              if (reasons.length === 0) return []
              const next = nextChangeMillis(task, { calendar, asOf, ...reading })
              return [{ unit: unit.unit, taskId: task.id, reasons, level, next: next?.at ?? null }]
            })
            const got = counts.attention.map((entry) => ({
              unit: entry.unit,
              taskId: entry.taskId,
              reasons: [...entry.reasons],
              level: entry.warning,
              next: entry.next?.at.toMillis() ?? null,
            }))
            expect(got).toEqual(attention)
            for (const entry of got) for (const reason of entry.reasons) reasonsSeen.add(reason)
            expectedAttention.push(...got)
          })
          // The total is the sum of the units.
          const { total } = summary
          expect(total.tasks).toBe(summary.units.reduce((sum, unit) => sum + unit.tasks, 0))
          for (const key of Object.keys(total.status) as (keyof typeof total.status)[]) {
            expect(total.status[key]).toBe(summary.units.reduce((sum, unit) => sum + unit.status[key], 0))
          }
          for (const key of Object.keys(total.warning) as (keyof typeof total.warning)[]) {
            expect(total.warning[key]).toBe(summary.units.reduce((sum, unit) => sum + unit.warning[key], 0))
          }
          for (const party of ['office', 'assignee', 'monitoring-agency'] as const) {
            for (const state of Object.keys(total.duties[party]) as (keyof (typeof total.duties)[typeof party])[]) {
              expect(total.duties[party][state]).toBe(summary.units.reduce((sum, unit) => sum + unit.duties[party][state], 0))
            }
          }
          expect(
            total.attention.map((entry) => ({
              unit: entry.unit,
              taskId: entry.taskId,
              reasons: [...entry.reasons],
              level: entry.warning,
              next: entry.next?.at.toMillis() ?? null,
            })),
          ).toEqual(expectedAttention)
        }),
        RUNS,
      )
      expect([...reasonsSeen].sort()).toEqual(['due-today', 'missed-duty', 'overdue'])
    })
  }
})
