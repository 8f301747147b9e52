import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ALERT_LEVELS,
  DUE_DAYS,
  type EvaluateTaskOptions,
  evaluateTaskMillis,
  generatePortfolio,
  IN_PROGRESS_LATE_READINGS,
  PERIODIC_ENDS,
  SIMULATED_STATUSES,
  SIMULATION_STEPS,
  type SimulateOptions,
  simulate,
  type TaskInput,
  type Timeline,
  UPDATE_CADENCES,
  UPDATE_STATES,
  vietnamCalendar,
} from '../../src/index.js'
import { taskArbitrary } from '../../src/testing/index.js'

// The simulation's law (Art. 4.1(đ), 6.2(b), 18.1(d)): every cell of the timeline is exactly what
// evaluateTaskMillis says of that task as of the end of that step's day, with the same options, and
// each step's counts add up the cells. The simulation skips most evaluations (it halves runs of equal
// values between two events), so this law is what shows that nothing it skips could differ.

const calendar = vietnamCalendar()

type RuleOptions = Omit<SimulateOptions, 'from' | 'to' | 'step' | 'calendar'>

const ruleOptions: fc.Arbitrary<RuleOptions> = fc.record(
  {
    inProgressLate: fc.constantFrom(...IN_PROGRESS_LATE_READINGS),
    cadence: fc.constantFrom(...UPDATE_CADENCES),
    thresholds: fc.record({
      workingDaysLeft: fc.integer({ min: 0, max: 10 }),
      elapsedShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
    }),
    finalEnd: fc.constantFrom('completion-or-deadline' as const, 'deadline' as const),
    checkpoints: fc.constantFrom('calendar-time' as const, 'working-time' as const),
    periodicEnd: fc.constantFrom(...PERIODIC_ENDS),
    firstPeriodicGraceDays: fc.integer({ min: 0, max: 25 }),
    dueDay: fc.constantFrom(...DUE_DAYS),
  },
  { requiredKeys: [] },
)

/** Checks every cell and every count of `timeline` against evaluateTaskMillis. */
function expectEveryCellEvaluated(timeline: Timeline, tasks: readonly TaskInput[], options: RuleOptions): void {
  timeline.steps.forEach((step, stepIndex) => {
    const counts = Object.fromEntries(SIMULATED_STATUSES.map((status) => [status, 0]))
    const alerts = Object.fromEntries(ALERT_LEVELS.map((level) => [level, 0]))
    const updates = Object.fromEntries(UPDATE_STATES.map((state) => [state, 0]))
    let transferred = 0
    tasks.forEach((task, taskIndex) => {
      const transferredAt = calendar.millis.of(task.transferredAt as never)
      if (step.asOf < transferredAt) {
        expect(timeline.status(stepIndex, taskIndex)).toBeNull()
        expect(timeline.alert(stepIndex, taskIndex)).toBeNull()
        return
      }
      transferred += 1
      const evaluation = evaluateTaskMillis(task, { ...options, calendar, asOf: step.asOf } as EvaluateTaskOptions)
      const missed = evaluation.compliance.filter((item) => item.state === 'missed').length
      expect([timeline.status(stepIndex, taskIndex), timeline.alert(stepIndex, taskIndex)]).toEqual([
        evaluation.status.status,
        evaluation.alert.level,
      ])
      expect(timeline.missedUpdates(stepIndex, taskIndex)).toBe(missed)
      counts[evaluation.status.status] = (counts[evaluation.status.status] ?? 0) + 1
      alerts[evaluation.alert.level] = (alerts[evaluation.alert.level] ?? 0) + 1
      for (const item of evaluation.compliance) updates[item.state] = (updates[item.state] ?? 0) + 1
    })
    expect({ transferred: step.transferred, counts: step.counts, alerts: step.alerts, updates: step.updates }).toEqual({
      transferred,
      counts,
      alerts,
      updates,
    })
  })
}

describe('simulate — every cell is evaluateTaskMillis as of its step (Art. 4.1(đ), 6.2(b), 18.1(d))', () => {
  it('holds for generated task histories, every step kind and every reading of the rules', () => {
    fc.assert(
      fc.property(
        fc.array(taskArbitrary({ calendar }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...SIMULATION_STEPS),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 120 }),
        ruleOptions,
        (drawn, step, offset, length, options) => {
          const tasks = drawn.map((task, index) => ({ ...task, id: `t${index}` }))
          const fromDay = calendar.dayOf(calendar.millis.endOfDay('2025-01-01') + offset * 86_400_000)
          const toDay = calendar.dayOf(calendar.millis.endOfDay(fromDay) + length * 86_400_000)
          const timeline = simulate(tasks, { ...options, calendar, from: fromDay, to: toDay, step })
          expectEveryCellEvaluated(timeline, tasks, options)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('holds for a seeded portfolio over a year of working days, its last class without a deadline included', () => {
    const tasks = generatePortfolio({ seed: 7, size: 60, from: '2025-01-01', to: '2025-06-30', calendar, withoutDeadline: 0.5 })
    const timeline = simulate(tasks, { calendar, from: '2025-01-01', to: '2025-12-31' })
    expect(timeline.steps.length).toBe(250)
    expectEveryCellEvaluated(timeline, tasks, {})
  })

  it('holds for long tasks past their deadline: their periods run up to each step while they are open (B7)', () => {
    // Seven-month tasks transferred in January 2025, due in August, most never completed: from September on
    // their monthly updates keep falling due, a schedule that grows between two events.
    const tasks = generatePortfolio({
      seed: 11,
      size: 40,
      from: '2025-01-02',
      to: '2025-01-31',
      calendar,
      durations: { '6-months-or-more': 1 },
      withoutDeadline: 0,
      completion: { probability: 0.2 },
    })
    for (const options of [{}, { periodicEnd: 'deadline' as const }, { firstPeriodicGraceDays: 0 }]) {
      expectEveryCellEvaluated(simulate(tasks, { ...options, calendar, from: '2025-07-01', to: '2026-03-31' }), tasks, options)
    }
  })
})
