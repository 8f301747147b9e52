// Art. 18.4 — khoản 4 Điều 18: a Party committee's own regulation on the model of 08-QC/TW is a profile
// (`defineRegulation`), and every rule takes one. The laws: the built-in profile is the default; under any
// generated profile the invariants of the rules still hold and every result cites the profile; and a
// shorthand option of a call is the same reading set in a profile.
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import {
  ALERT_LEVELS,
  alertLevel,
  auditFlags,
  BOUNDARY_LANDINGS,
  CHECKPOINT_MEASURES,
  type CompletionStatus,
  classifyCompletion,
  DATE_DEADLINE_READINGS,
  DAY_ENDS,
  DUE_DAYS,
  deadline,
  defineRegulation,
  type EvaluateTaskOptions,
  evaluateTask,
  evaluateTaskMillis,
  explanationFlags,
  FINAL_ENDS,
  HALF_YEAR_AND_ANNUAL_READINGS,
  IN_PROGRESS_LATE_READINGS,
  LOW_RESULT_READINGS,
  OBJECTION_STARTS,
  PERIOD_SEQUENCES,
  PERIODIC_ENDS,
  quarter,
  REGULATION_08_QC_TW,
  REPORT_DATE_READINGS,
  type Regulation,
  type RegulationChanges,
  reportingDeadlines,
  SCHEDULE_STARTS,
  type ScoredUnits,
  scoreUnits,
  simulate,
  type TaskInput,
  TIME_RULE_IDS,
  UPDATE_CADENCES,
  updateCompliance,
  updateSchedule,
  vietnamCalendar,
} from '../../src/index.js'
import { taskArbitrary, unitsArbitrary } from '../../src/testing/index.js'
import { instantBetween, MS_PER_DAY } from '../arbitraries/calendar.js'
import { endOf, taskCase } from '../arbitraries/tasks.js'

const calendar = vietnamCalendar()
const RUNS = { numRuns: 300 }
const FEW_RUNS = { numRuns: 80 }

// ---------------------------------------------------------------------------------------------------
// Comparing results by value.

/** A result with every DateTime written as its ISO string and every function left out: comparable with toEqual. */
function plain(value: unknown): unknown {
  if (DateTime.isDateTime(value)) return value.toISO()
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => typeof inner !== 'function')
        .map(([key, inner]) => [key, plain(inner)]),
    )
  }
  return value
}

/** Keys whose values a result echoes from its input (a period, a rule): their citations are the caller's. */
const ECHOED = new Set(['period', 'periods', 'rule'])

/** Every citation a result gives, with its path; echoed inputs left out unless `all`. */
function citationsOf(value: unknown, all = false, path: string[] = []): { path: string; citation: Record<string, unknown> }[] {
  if (typeof value !== 'object' || value === null || DateTime.isDateTime(value)) return []
  if (Array.isArray(value)) return value.flatMap((inner, index) => citationsOf(inner, all, [...path, String(index)]))
  return Object.entries(value).flatMap(([key, inner]) => {
    if (!all && ECHOED.has(key)) return []
    if (key === 'citation') {
      const list = Array.isArray(inner) ? inner : [inner]
      return list.map((citation: Record<string, unknown>, index) => ({
        path: [...path, key, ...(Array.isArray(inner) ? [String(index)] : [])].join('.'),
        citation,
      }))
    }
    return citationsOf(inner, all, [...path, key])
  })
}

/** The paths of the citations of `value` that do not name `id` as their regulation. */
function notCiting(value: unknown, id: string): string[] {
  return citationsOf(value)
    .filter(({ citation }) => citation.regulation !== id)
    .map(({ path }) => path)
}

/** The paths of the citations of `value`, echoed ones included, that carry a `regulation` key. */
function withRegulationKey(value: unknown): string[] {
  return citationsOf(value, true)
    .filter(({ citation }) => Object.hasOwn(citation, 'regulation'))
    .map(({ path }) => path)
}

/** `value` with the `regulation` key of every citation removed: results of two profiles compared by what they say. */
function withoutRegulation(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRegulation)
  if (typeof value === 'object' && value !== null && !DateTime.isDateTime(value)) {
    const isCitation = 'article' in value && 'en' in value
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !(isCitation && key === 'regulation'))
        .map(([key, inner]) => [key, withoutRegulation(inner)]),
    )
  }
  return value
}

// ---------------------------------------------------------------------------------------------------
// Tasks and instants.

/** Plausible histories (`vn-task-sla/testing`) and random ones (events in any order, any deadline). */
const tasks: fc.Arbitrary<TaskInput> = fc.oneof(
  taskArbitrary({ calendar }),
  taskCase().map((c): TaskInput => c.task),
)

const transferOf = (task: TaskInput): number => calendar.millis.of(task.transferredAt as string | number)

/** The deadline a task was assigned with, in epoch ms (a day read as written, its end); null without one. */
function assignedDeadline(task: TaskInput): number | null {
  const value = task.deadline
  if (value === undefined || value === null) return null
  if (typeof value === 'string' && value.length === 10) return calendar.millis.endOfDay(value)
  return calendar.millis.of(value as string | number)
}

/** A task and an instant from a day before its transfer to 400 days after. */
const taskAndAsOf: fc.Arbitrary<readonly [TaskInput, number]> = tasks.chain((task) =>
  fc.tuple(fc.constant(task), instantBetween(transferOf(task) - MS_PER_DAY, transferOf(task) + 400 * MS_PER_DAY)),
)

/** Steps forward: up to three days, or up to a year. */
const step = fc.oneof(fc.integer({ min: 0, max: 3 * MS_PER_DAY }), fc.integer({ min: 0, max: 365 * MS_PER_DAY }))

const quarters = fc
  .tuple(fc.constantFrom(2025, 2026), fc.integer({ min: 1, max: 4 }))
  .map(([year, index]) => quarter(year, index))

const smallUnits: fc.Arbitrary<ScoredUnits> = unitsArbitrary({
  calendar,
  units: { min: 1, max: 3 },
  tasksPerUnit: { min: 0, max: 3 },
})

// ---------------------------------------------------------------------------------------------------
// Generated profiles.

const PROFILE_IDENTITY = {
  name: { vi: 'Quy chế của một cấp ủy', en: 'Regulation of a Party committee' },
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-01-01',
} as const

const days = fc.integer({ min: 0, max: 10 })
/** Interim checkpoints of one class: up to three shares strictly between 0 and 1, rising. */
const risingShares = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 })
  .map((values) => [...values].sort((a, b) => a - b).map((value) => value / 100))

const scheduleChanges = fc.record(
  {
    start: fc.constantFrom(...SCHEDULE_STARTS),
    checkpoints: fc.constantFrom(...CHECKPOINT_MEASURES),
    interimGraceDays: days,
    finalGraceDays: days,
    finalEnd: fc.constantFrom(...FINAL_ENDS),
    cadence: fc.constantFrom(...UPDATE_CADENCES),
    dueDayOfMonth: fc.integer({ min: 1, max: 31 }),
    periodicEnd: fc.constantFrom(...PERIODIC_ENDS),
    firstPeriodicGraceDays: days,
    dayEnd: fc.constantFrom(...DAY_ENDS),
    dateDeadlines: fc.constantFrom(...DATE_DEADLINE_READINGS),
  },
  { requiredKeys: [] },
)

const thresholdChanges = fc.record(
  {
    workingDaysLeft: days,
    elapsedShare: fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100),
  },
  { requiredKeys: [] },
)

const readingChanges = fc.record(
  {
    boundary: fc.constantFrom(...BOUNDARY_LANDINGS),
    inProgressLate: fc.constantFrom(...IN_PROGRESS_LATE_READINGS),
    dueDay: fc.constantFrom(...DUE_DAYS),
    nonWorkingDates: fc.constantFrom(...REPORT_DATE_READINGS),
    halfYearAndAnnual: fc.constantFrom(...HALF_YEAR_AND_ANNUAL_READINGS),
    objectionFrom: fc.constantFrom(...OBJECTION_STARTS),
    lowBelow: fc.integer({ min: 1, max: 100 }),
    lowResultIn: fc.constantFrom(...LOW_RESULT_READINGS),
    sequence: fc.constantFrom(...PERIOD_SEQUENCES),
  },
  { requiredKeys: [] },
)

/** The changes of a generated profile: random limits of Art. 6, classes, schedule, thresholds, readings, grades. */
const profileChanges: fc.Arbitrary<RegulationChanges> = fc
  .record({
    acknowledgementHours: fc.integer({ min: 1, max: 16 }),
    objectionHours: fc.integer({ min: 1, max: 16 }),
    evaluationDays: fc.integer({ min: 0, max: 10 }),
    // Class bounds that rise: [1, 2, 4], [2, 3, 9], …
    classSteps: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 })),
    checkpoints: fc.tuple(risingShares, risingShares, risingShares),
    finalGraceDays: fc.tuple(days, days, days),
    // Grades that fall from excellent down.
    grades: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }).map((values) => {
      const [excellent, completed, incompletely] = [...values].sort((a, b) => b - a) as [number, number, number]
      return { excellent, completed, 'incompletely-completed': incompletely }
    }),
    schedule: scheduleChanges,
    thresholds: thresholdChanges,
    readings: readingChanges,
  })
  .map(
    (drawn): RegulationChanges => ({
      id: 'qc-generated-profile',
      ...PROFILE_IDENTITY,
      rules: {
        'acknowledge-receipt': { within: { workingHours: drawn.acknowledgementHours } },
        'object-to-assignment': { within: { workingHours: drawn.objectionHours } },
        'evaluate-update': { within: { workingDays: drawn.evaluationDays } },
      },
      durations: {
        classMonths: [
          drawn.classSteps[0],
          drawn.classSteps[0] + drawn.classSteps[1],
          drawn.classSteps[0] + drawn.classSteps[1] + drawn.classSteps[2],
        ],
        checkpoints: drawn.checkpoints,
        finalGraceDays: drawn.finalGraceDays,
      },
      schedule: drawn.schedule,
      thresholds: drawn.thresholds,
      readings: drawn.readings,
      grades: drawn.grades,
    }),
  )

const profiles: fc.Arbitrary<Regulation> = profileChanges.map((changes) => defineRegulation(REGULATION_08_QC_TW, changes))

/**
 * A task with the issue instant of its document, up to 10 days before the transfer: a profile may start
 * the implementation period there (B3, `start: 'issue'`), and then a task must give it.
 */
function withIssue(task: TaskInput, before: number): TaskInput {
  return { ...task, issuedAt: transferOf(task) - before }
}
const beforeTransfer = fc.integer({ min: 0, max: 10 * MS_PER_DAY })
const tasksWithIssue: fc.Arbitrary<TaskInput> = fc.tuple(tasks, beforeTransfer).map(([task, before]) => withIssue(task, before))
const unitsWithIssue: fc.Arbitrary<ScoredUnits> = fc
  .tuple(smallUnits, beforeTransfer)
  .map(([units, before]) => units.map((unit) => ({ ...unit, tasks: unit.tasks.map((task) => withIssue(task, before)) })))

/** A task with its issue instant, and an instant from a day before its transfer to 400 days after. */
const issuedTaskAndAsOf: fc.Arbitrary<readonly [TaskInput, number]> = tasksWithIssue.chain((task) =>
  fc.tuple(fc.constant(task), instantBetween(transferOf(task) - MS_PER_DAY, transferOf(task) + 400 * MS_PER_DAY)),
)

const profileTaskAsOf = fc.tuple(profiles, issuedTaskAndAsOf)

/** …or, half the time, an instant in the ten days before the deadline, where the warnings change. */
const profileTaskNearDeadline = fc.tuple(
  profiles,
  tasksWithIssue.chain((task) => {
    const around = instantBetween(transferOf(task) - MS_PER_DAY, transferOf(task) + 400 * MS_PER_DAY)
    const due = assignedDeadline(task)
    const near = due === null ? around : fc.oneof(around, instantBetween(due - 10 * MS_PER_DAY, due + MS_PER_DAY))
    return fc.tuple(fc.constant(task), near)
  }),
)

// ---------------------------------------------------------------------------------------------------

describe('Art. 18.4 — khoản 4 Điều 18: REGULATION_08_QC_TW is the default of every rule', () => {
  const R = REGULATION_08_QC_TW

  it('is the default: evaluateTask with REGULATION_08_QC_TW equals evaluateTask with no regulation', () => {
    fc.assert(
      fc.property(taskAndAsOf, ([task, asOf]) => {
        expect(plain(evaluateTask(task, { asOf, regulation: R }))).toEqual(plain(evaluateTask(task, { asOf })))
      }),
      RUNS,
    )
  })

  it('is the default: evaluateTaskMillis with REGULATION_08_QC_TW equals evaluateTaskMillis with no regulation', () => {
    fc.assert(
      fc.property(taskAndAsOf, ([task, asOf]) => {
        expect(evaluateTaskMillis(task, { asOf, regulation: R })).toEqual(evaluateTaskMillis(task, { asOf }))
      }),
      RUNS,
    )
  })

  it('is the default: classifyCompletion with REGULATION_08_QC_TW equals classifyCompletion with no regulation', () => {
    fc.assert(
      fc.property(taskAndAsOf, ([task, asOf]) => {
        expect(plain(classifyCompletion(task, { asOf, regulation: R }))).toEqual(plain(classifyCompletion(task, { asOf })))
      }),
      RUNS,
    )
  })

  it('is the default: updateSchedule and updateCompliance with REGULATION_08_QC_TW equal them with no regulation', () => {
    fc.assert(
      fc.property(taskAndAsOf, ([task, asOf]) => {
        expect(plain(updateSchedule(task, { asOf, regulation: R }))).toEqual(plain(updateSchedule(task, { asOf })))
        expect(plain(updateCompliance(task, { asOf, regulation: R }))).toEqual(plain(updateCompliance(task, { asOf })))
      }),
      RUNS,
    )
  })

  it('is the default: alertLevel with REGULATION_08_QC_TW equals alertLevel with no regulation', () => {
    fc.assert(
      fc.property(taskAndAsOf, ([task, asOf]) => {
        expect(alertLevel(task, { asOf, regulation: R })).toEqual(alertLevel(task, { asOf }))
      }),
      RUNS,
    )
  })

  it('is the default: auditFlags with REGULATION_08_QC_TW equals auditFlags with no regulation', () => {
    fc.assert(
      fc.property(taskAndAsOf, ([task, asOf]) => {
        expect(plain(auditFlags(task, { asOf, regulation: R }))).toEqual(plain(auditFlags(task, { asOf })))
      }),
      RUNS,
    )
  })

  it('is the default: scoreUnits and explanationFlags with REGULATION_08_QC_TW equal them with no regulation', () => {
    fc.assert(
      fc.property(smallUnits, quarters, (units, period) => {
        const scored = scoreUnits(units, period, { regulation: R })
        expect(scored).toEqual(scoreUnits(units, period))
        expect(explanationFlags([scored], { regulation: R })).toEqual(explanationFlags([scored]))
      }),
      FEW_RUNS,
    )
  })

  it('is the default: deadline of every rule of Art. 6 and reportingDeadlines with REGULATION_08_QC_TW equal them with none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIME_RULE_IDS),
        instantBetween(Date.UTC(2025, 0, 1), Date.UTC(2026, 11, 1)),
        fc.integer({ min: 2001, max: 2099 }),
        (id, from, year) => {
          const rule = R.rules[id]
          expect(plain(deadline(rule, from, { regulation: R }))).toEqual(plain(deadline(rule, from)))
          expect(plain(reportingDeadlines(year, { regulation: R }))).toEqual(plain(reportingDeadlines(year)))
        },
      ),
      FEW_RUNS,
    )
  })

  it('cites 08-QC/TW by omission: under REGULATION_08_QC_TW no citation of any result has a regulation key', () => {
    fc.assert(
      fc.property(taskAndAsOf, quarters, ([task, asOf], period) => {
        const scored = scoreUnits([{ unit: 'Ban A', tasks: [task] }], period, { regulation: R })
        const results = [
          evaluateTaskMillis(task, { asOf, regulation: R }),
          evaluateTask(task, { asOf, regulation: R }),
          auditFlags(task, { asOf, regulation: R }),
          scored,
          explanationFlags([scored, scored], { regulation: R }),
          deadline(R.rules['acknowledge-receipt'], task.transferredAt, { regulation: R }),
          reportingDeadlines(2026, { regulation: R }),
        ]
        expect(results.flatMap(withRegulationKey)).toEqual([])
      }),
      FEW_RUNS,
    )
  })
})

describe('Art. 18.4 — khoản 4 Điều 18: under any generated profile the invariants of the rules hold', () => {
  it('is ordered: every update the schedule requires (Art. 6.2(b)) falls due no earlier than it opens, dueBy >= from', () => {
    fc.assert(
      fc.property(profileTaskAsOf, ([regulation, [task, asOf]]) => {
        const evaluation = evaluateTaskMillis(task, { asOf, regulation })
        for (const update of evaluation.schedule.updates) expect(update.dueBy).toBeGreaterThanOrEqual(update.from)
        for (const item of evaluation.compliance) expect(item.update.dueBy).toBeGreaterThanOrEqual(item.update.from)
      }),
      RUNS,
    )
  })

  it('is final: once a task has ended, its status (Art. 4.1(đ)) is the same for any later asOf, and never open again', () => {
    const OPEN: ReadonlySet<CompletionStatus> = new Set(['in-progress-on-time', 'in-progress-late', 'in-progress', 'not-started'])
    fc.assert(
      fc.property(profiles, taskCase({ completed: true }), beforeTransfer, step, step, (regulation, c, before, first, second) => {
        const end = endOf(c.task) as number
        const task = withIssue(c.task, before)
        const earlier = classifyCompletion(task, { asOf: end + first, regulation })
        const later = classifyCompletion(task, { asOf: end + first + second, regulation })
        expect(OPEN.has(later.status)).toBe(false)
        expect(plain(later)).toEqual(plain(earlier))
      }),
      RUNS,
    )
  })

  it('never dates an audit flag after asOf: a flag is a time limit already passed', () => {
    fc.assert(
      fc.property(profileTaskAsOf, ([regulation, [task, asOf]]) => {
        for (const flag of auditFlags(task, { asOf, until: asOf, regulation })) {
          expect(flag.at.toMillis()).toBeLessThan(asOf)
        }
      }),
      RUNS,
    )
  })

  it('is monotonic: the alert level (Art. 18.1(d)) never decreases as asOf moves forward over a task with no event after it', () => {
    fc.assert(
      fc.property(profileTaskNearDeadline, step, ([regulation, [task, asOf]], later) => {
        // The history as known at asOf: nothing happens between the two instants but time.
        const known = { ...task, events: (task.events ?? []).filter((event) => calendar.millis.of(event.at as string) <= asOf) }
        const rank = (at: number) => ALERT_LEVELS.indexOf(alertLevel(known, { asOf: at, regulation }).level)
        expect(rank(asOf + later)).toBeGreaterThanOrEqual(rank(asOf))
      }),
      RUNS,
    )
  })

  it('cites the profile: every citation of evaluateTask, evaluateTaskMillis and auditFlags carries regulation: profile.id', () => {
    fc.assert(
      fc.property(profileTaskAsOf, ([regulation, [task, asOf]]) => {
        const results = [
          evaluateTaskMillis(task, { asOf, regulation }),
          evaluateTask(task, { asOf, regulation }),
          classifyCompletion(task, { asOf, regulation }),
          updateSchedule(task, { asOf, regulation }),
          updateCompliance(task, { asOf, regulation }),
          alertLevel(task, { asOf, regulation }),
          auditFlags(task, { asOf, regulation }),
        ]
        expect(results.flatMap((result) => notCiting(result, regulation.id))).toEqual([])
        // A schedule always cites its article: the law is not vacuous.
        expect(citationsOf(results[0]).length).toBeGreaterThan(0)
      }),
      RUNS,
    )
  })

  it('cites the profile: every unit score (Art. 17.1) and explanation flag (17.3(b)) carries regulation: profile.id', () => {
    fc.assert(
      fc.property(profiles, unitsWithIssue, quarters, (regulation, units, period) => {
        const scored = scoreUnits(units, period, { regulation })
        const flags = explanationFlags([scored, scoreUnits(units, quarter(2024, 4), { regulation })], { regulation })
        expect([scored, flags].flatMap((result) => notCiting(result, regulation.id))).toEqual([])
        expect(scored.every((unit) => unit.citation.regulation === regulation.id)).toBe(true)
      }),
      FEW_RUNS,
    )
  })

  it('cites the profile: deadline (Art. 6) and reportingDeadlines (Art. 16.2) carry regulation: profile.id', () => {
    fc.assert(
      fc.property(profiles, fc.constantFrom(...TIME_RULE_IDS), fc.integer({ min: 2001, max: 2099 }), (regulation, id, year) => {
        const results = [
          deadline(regulation.rules[id], '2026-03-02T10:00', { regulation }),
          reportingDeadlines(year, { regulation }),
        ]
        expect(results.flatMap((result) => notCiting(result, regulation.id))).toEqual([])
      }),
      FEW_RUNS,
    )
  })

  it("cites the profile: simulate's timeline (Art. 4.1(đ), 6.2(b), 18.1(d) over time) carries regulation: profile.id", () => {
    fc.assert(
      fc.property(profiles, tasksWithIssue, (regulation, task) => {
        const from = calendar.dayOf(transferOf(task))
        const to = calendar.dayOf(transferOf(task) + 30 * MS_PER_DAY)
        const timeline = simulate([task], { from, to, step: 'week', regulation })
        expect(notCiting(timeline.toJSON(), regulation.id)).toEqual([])
      }),
      FEW_RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------------
// Shorthands.

/** The shorthand options of evaluateTask: the schedule's choices, the thresholds, and the readings of B8 and B9. */
const evaluationShorthands = fc.record(
  {
    schedule: scheduleChanges,
    thresholds: thresholdChanges,
    dueDay: fc.constantFrom(...DUE_DAYS),
    inProgressLate: fc.constantFrom(...IN_PROGRESS_LATE_READINGS),
  },
  { requiredKeys: ['schedule'] },
)

/** The base a shorthand lies over: the built-in profile, or a generated one. */
const bases = fc.oneof(fc.constant(REGULATION_08_QC_TW), profiles)

describe('Art. 18.4 — khoản 4 Điều 18: a shorthand option is the same reading set in a profile', () => {
  it('is a shorthand: evaluateTaskMillis(task, { asOf, cadence, thresholds, … }) equals it under a profile with those readings, citations aside', () => {
    fc.assert(
      fc.property(bases, issuedTaskAndAsOf, evaluationShorthands, (base, [task, asOf], shorthand) => {
        const { schedule, thresholds, dueDay, inProgressLate } = shorthand
        const options: EvaluateTaskOptions = {
          asOf,
          ...(base === REGULATION_08_QC_TW ? {} : { regulation: base }),
          ...schedule,
          ...(thresholds === undefined ? {} : { thresholds }),
          ...(dueDay === undefined ? {} : { dueDay }),
          ...(inProgressLate === undefined ? {} : { inProgressLate }),
        }
        const profile = defineRegulation(base, {
          id: 'qc-shorthand-profile',
          ...PROFILE_IDENTITY,
          schedule,
          ...(thresholds === undefined ? {} : { thresholds }),
          readings: { ...(dueDay === undefined ? {} : { dueDay }), ...(inProgressLate === undefined ? {} : { inProgressLate }) },
        })
        expect(withoutRegulation(evaluateTaskMillis(task, options))).toEqual(
          withoutRegulation(evaluateTaskMillis(task, { asOf, regulation: profile })),
        )
      }),
      RUNS,
    )
  })

  it('is a shorthand: auditFlags(task, { asOf, objectionFrom, …schedule }) equals it under a profile with those readings, citations aside', () => {
    fc.assert(
      fc.property(
        bases,
        issuedTaskAndAsOf,
        scheduleChanges,
        fc.constantFrom(...OBJECTION_STARTS),
        (base, [task, asOf], schedule, objectionFrom) => {
          const profile = defineRegulation(base, {
            id: 'qc-shorthand-profile',
            ...PROFILE_IDENTITY,
            schedule,
            readings: { objectionFrom },
          })
          const shorthand = auditFlags(task, { asOf, regulation: base, objectionFrom, ...schedule })
          expect(withoutRegulation(plain(shorthand))).toEqual(
            withoutRegulation(plain(auditFlags(task, { asOf, regulation: profile }))),
          )
        },
      ),
      RUNS,
    )
  })

  it('is a shorthand: alertLevel(task, { asOf, thresholds, dueDay, dateDeadlines }) equals it under a profile with those readings', () => {
    fc.assert(
      fc.property(
        bases,
        issuedTaskAndAsOf,
        thresholdChanges,
        fc.constantFrom(...DUE_DAYS),
        fc.constantFrom(...DATE_DEADLINE_READINGS),
        (base, [task, asOf], thresholds, dueDay, dateDeadlines) => {
          const profile = defineRegulation(base, {
            id: 'qc-shorthand-profile',
            ...PROFILE_IDENTITY,
            thresholds,
            schedule: { dateDeadlines },
            readings: { dueDay },
          })
          expect(withoutRegulation(alertLevel(task, { asOf, regulation: base, thresholds, dueDay, dateDeadlines }))).toEqual(
            withoutRegulation(alertLevel(task, { asOf, regulation: profile })),
          )
        },
      ),
      RUNS,
    )
  })

  it('is a shorthand: deadline(rule, from, { boundary, dayEnd }) and reportingDeadlines(year, { nonWorkingDates, halfYearAndAnnual }) equal them under a profile', () => {
    fc.assert(
      fc.property(
        bases,
        fc.constantFrom(...TIME_RULE_IDS),
        instantBetween(Date.UTC(2025, 0, 1), Date.UTC(2026, 11, 1)),
        fc.constantFrom(...BOUNDARY_LANDINGS),
        fc.constantFrom(...DAY_ENDS),
        fc.integer({ min: 2001, max: 2099 }),
        fc.constantFrom(...REPORT_DATE_READINGS),
        fc.constantFrom(...HALF_YEAR_AND_ANNUAL_READINGS),
        (base, id, from, boundary, dayEnd, year, nonWorkingDates, halfYearAndAnnual) => {
          const profile = defineRegulation(base, {
            id: 'qc-shorthand-profile',
            ...PROFILE_IDENTITY,
            schedule: { dayEnd },
            readings: { boundary, nonWorkingDates, halfYearAndAnnual },
          })
          const rule = base.rules[id]
          expect(withoutRegulation(plain(deadline(rule, from, { regulation: base, boundary, dayEnd })))).toEqual(
            withoutRegulation(plain(deadline(rule, from, { regulation: profile }))),
          )
          expect(
            withoutRegulation(plain(reportingDeadlines(year, { regulation: base, nonWorkingDates, halfYearAndAnnual }))),
          ).toEqual(withoutRegulation(plain(reportingDeadlines(year, { regulation: profile }))))
        },
      ),
      FEW_RUNS,
    )
  })

  it('is a shorthand: explanationFlags(history, { lowBelow, lowResultIn, sequence }) equals it under a profile with those readings', () => {
    fc.assert(
      fc.property(
        smallUnits,
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(...LOW_RESULT_READINGS),
        fc.constantFrom(...PERIOD_SEQUENCES),
        (units, lowBelow, lowResultIn, sequence) => {
          const history = [scoreUnits(units, quarter(2025, 1)), scoreUnits(units, quarter(2025, 2))]
          const profile = defineRegulation(REGULATION_08_QC_TW, {
            id: 'qc-shorthand-profile',
            ...PROFILE_IDENTITY,
            readings: { lowBelow, lowResultIn, sequence },
          })
          expect(withoutRegulation(explanationFlags(history, { lowBelow, lowResultIn, sequence }))).toEqual(
            withoutRegulation(explanationFlags(history, { regulation: profile })),
          )
        },
      ),
      FEW_RUNS,
    )
  })
})
