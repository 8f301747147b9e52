import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  AssignmentDocumentSchema,
  DURATION_CLASSES,
  dutiesOf,
  maskForSystem,
  reportCompliance,
  ScoredUnits,
  TaskInput,
  updateSchedule,
  vietnamCalendar,
} from '../../src/index.js'
import { parseTask } from '../../src/task/task-facts.js'
import {
  assignmentDocumentArbitrary,
  goldenCases,
  instantArbitrary,
  sentReportsArbitrary,
  taskArbitrary,
  unitsArbitrary,
} from '../../src/testing/index.js'
import { caught } from '../support/caught.js'

// vn-task-sla/testing: every value the kit generates is one the package accepts (10,000 runs each),
// the options hold, a failing property shrinks to a small task, and goldenCases are the package's
// own fixture files.

const calendar = vietnamCalendar()
const RUNS = { numRuns: 10_000 }

describe('instantArbitrary', () => {
  it('gives ISO instants with an offset, in the window, read the same by the calendar (10,000 runs)', () => {
    const from = calendar.millis.of('2025-03-01T00:00')
    const to = calendar.millis.of('2025-04-30T23:59:59.999')
    fc.assert(
      fc.property(instantArbitrary({ calendar, from: '2025-03-01', to: '2025-04-30' }), (iso) => {
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/)
        const ms = calendar.millis.of(iso)
        expect(ms).toBeGreaterThanOrEqual(from)
        expect(ms).toBeLessThanOrEqual(to)
      }),
      RUNS,
    )
  })

  it('with workingTimeOnly gives only instants inside working hours: no holiday, weekend or lunch (10,000 runs)', () => {
    fc.assert(
      fc.property(instantArbitrary({ calendar, workingTimeOnly: true }), (iso) => {
        expect(calendar.isWorkingTime(iso)).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('taskArbitrary', () => {
  it('gives tasks the TaskInput schema and the rules accept (10,000 runs)', () => {
    fc.assert(
      fc.property(taskArbitrary({ calendar }), (task) => {
        expect(z.safeParse(TaskInput, task).success).toBe(true)
        const read = parseTask(task, calendar, { dateDeadlines: 'as-written', start: 'transfer' })
        // A plausible history: in time order, and nothing of the assignee after the completion or closure;
        // the monitoring agency may still evaluate the last update (Art. 6.3).
        const assignees = read.events.filter((event) => event.type !== 'evaluated')
        const ended = assignees.findIndex((event) => event.type === 'completed' || event.type === 'closed-without-completion')
        expect(ended === -1 || ended === assignees.length - 1).toBe(true)
        expect(read.events.every((event) => event.at >= read.transferredAt)).toBe(true)
      }),
      RUNS,
    )
  })

  it('draws the other parties’ acts of Art. 6, which dutiesOf reads; none with otherParties: false', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(taskArbitrary({ calendar }), (task) => {
        for (const event of task.events ?? []) seen.add(event.type)
        if (task.issuedAt !== undefined) seen.add('issuedAt')
        const duties = dutiesOf(task, { calendar, asOf: '2028-12-31T00:00' })
        expect(duties.every((item) => item.dueBy >= item.from)).toBe(true)
      }),
      { numRuns: 2000 },
    )
    expect(
      [...seen].filter((type) => ['objection-handled', 'reassigned', 'evaluated', 'issuedAt'].includes(type)).sort(),
    ).toEqual(['evaluated', 'issuedAt', 'objection-handled', 'reassigned'])
    fc.assert(
      fc.property(taskArbitrary({ calendar, otherParties: false }), (task) => {
        expect(task.issuedAt).toBeUndefined()
        expect(
          (task.events ?? []).filter((event) =>
            ['objected', 'objection-handled', 'reassigned', 'evaluated'].includes(event.type),
          ),
        ).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('puts each task in the duration class asked for (Art. 6.2(b), B4)', () => {
    for (const durationClass of DURATION_CLASSES) {
      fc.assert(
        fc.property(taskArbitrary({ calendar, durationClass }), (task) => {
          const schedule = updateSchedule({ ...task, events: [] }, { calendar, until: '2028-12-31' })
          expect(schedule.durationClass).toBe(durationClass)
        }),
        { numRuns: 500 },
      )
    }
  })

  it('gives tasks without a deadline, and histories as known at asOf', () => {
    fc.assert(
      fc.property(taskArbitrary({ calendar, withDeadline: false }), (task) => {
        expect(task.deadline ?? null).toBeNull()
      }),
      { numRuns: 500 },
    )
    const asOf = calendar.millis.of('2025-09-01T12:00')
    fc.assert(
      fc.property(taskArbitrary({ calendar, asOf: '2025-09-01T12:00' }), (task) => {
        expect(calendar.millis.of(task.transferredAt)).toBeLessThanOrEqual(asOf)
        for (const event of task.events ?? []) expect(calendar.millis.of(event.at)).toBeLessThanOrEqual(asOf)
      }),
      { numRuns: 1_000 },
    )
  })

  it('refuses a task without a deadline in a class other than the last', () => {
    const error = caught(() => taskArbitrary({ withDeadline: false, durationClass: 'under-1-month' }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'durationClass']])
  })

  it('shrinks a failing property to a small, readable task', () => {
    const result = fc.check(
      fc.property(taskArbitrary({ calendar }), (task) => (task.events ?? []).length < 2),
      { seed: 155 },
    )
    expect(result.failed).toBe(true)
    const [shrunk] = result.counterexample ?? []
    // The first task of the window, two events, no classification: the smallest task that fails.
    expect(shrunk?.id).toBe('task-0')
    expect(shrunk?.transferredAt).toBe('2025-01-02T08:00:00.000+07:00')
    expect(shrunk?.events?.length).toBe(2)
    expect(Object.keys(shrunk ?? {}).sort()).toEqual(['deadline', 'events', 'id', 'transferredAt'])
  })
})

describe('assignmentDocumentArbitrary', () => {
  it('gives documents the AssignmentDocument schema and maskForSystem accept (10,000 runs)', () => {
    fc.assert(
      fc.property(assignmentDocumentArbitrary({ calendar, maxTasks: 2 }), (document) => {
        expect(z.safeParse(AssignmentDocumentSchema, document).success).toBe(true)
        for (const { content, progress, results, evaluation, ...task } of document.tasks) {
          expect([progress, results, evaluation].every((text) => text === undefined || typeof text === 'string')).toBe(true)
          expect(content.length).toBeGreaterThan(0)
          expect(z.safeParse(TaskInput, task).success).toBe(true)
        }
        expect(document.secrecy).not.toBe('top-secret')
        const masked = maskForSystem(document, { asOf: '2027-01-01T00:00', calendar })
        expect(masked.partition).toBe(document.secrecy === 'normal' ? 'standard' : 'secure')
      }),
      RUNS,
    )
  })

  it('gives top-secret documents only when asked, and maskForSystem refuses them (Art. 5.3)', () => {
    fc.assert(
      fc.property(assignmentDocumentArbitrary({ calendar, secrecy: 'top-secret', maxTasks: 1 }), (document) => {
        expect(document.secrecy).toBe('top-secret')
        expect(caught(() => maskForSystem(document, { asOf: '2027-01-01T00:00' })).code).toBe('top_secret_refused')
      }),
      { numRuns: 200 },
    )
  })
})

describe('unitsArbitrary', () => {
  it('gives units scoreUnits accepts: the schema, distinct names, distinct task ids (10,000 runs)', () => {
    fc.assert(
      fc.property(unitsArbitrary({ calendar, units: { min: 1, max: 4 }, tasksPerUnit: { min: 0, max: 2 } }), (units) => {
        expect(z.safeParse(ScoredUnits, units).success).toBe(true)
        expect(new Set(units.map((unit) => unit.unit)).size).toBe(units.length)
        for (const unit of units) {
          const ids = unit.tasks.map((task) => (task as TaskInput).id)
          expect(new Set(ids).size).toBe(ids.length)
          for (const task of unit.tasks) expect(z.safeParse(TaskInput, task).success).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('honours exact counts', () => {
    fc.assert(
      fc.property(unitsArbitrary({ calendar, units: 3, tasksPerUnit: 2 }), (units) => {
        expect(units.map((unit) => unit.tasks.length)).toEqual([2, 2, 2])
      }),
      { numRuns: 100 },
    )
  })
})

describe('sentReportsArbitrary', () => {
  it('gives sent reports reportCompliance accepts, on time, late and missing among them (2,000 runs)', () => {
    const states = new Set<string>()
    fc.assert(
      fc.property(sentReportsArbitrary({ year: 2027, calendar }), (reports) => {
        const result = reportCompliance(reports, { year: 2027, asOf: '2028-02-01T00:00', calendar })
        // 12 monthly, 4 quarterly, the 6-month and the annual report.
        expect(result.reports).toHaveLength(18)
        for (const report of result.reports) states.add(report.state)
      }),
      { numRuns: 2000 },
    )
    expect([...states].sort()).toEqual(['met-late', 'met-on-time', 'missed'])
  })
})

describe('goldenCases', () => {
  const files = {
    officialDays: 'vietnam-official-days.json',
    deadlines: 'vietnam-deadlines.json',
    conclusion155Rules: 'art-rules-conclusion-155.json',
    conclusion155Schedules: 'art06-2b-conclusion-155.json',
    scoring: 'art17-scoring.json',
    regulationEdges: 'regulation-edges.json',
    duties: 'art06-duties.json',
    monitoring: 'monitoring.json',
  } as const

  it('are the fixture files the package tests itself against, frozen', () => {
    for (const [name, file] of Object.entries(files)) {
      const set = goldenCases[name as keyof typeof files]
      expect(set.file).toBe(file)
      expect(set.raw).toEqual(JSON.parse(readFileSync(new URL(`../../src/testing/golden/${file}`, import.meta.url), 'utf8')))
      expect(Object.isFrozen(set.raw)).toBe(true)
      expect(set.description.length).toBeGreaterThan(20)
      expect(set.source.length).toBeGreaterThan(10)
    }
  })

  it('give every case an id, unique across the sets, and an expected answer', () => {
    const ids = Object.values(goldenCases).flatMap((set) => set.cases.map((entry) => entry.id))
    expect(ids.length).toBe(67 + 3 + 12 + 15 + 21 + 12 + 16 + 19 + 91 + 14 + 5)
    expect(new Set(ids).size).toBe(ids.length)
    for (const set of Object.values(goldenCases)) for (const entry of set.cases) expect(entry.expected).toBeDefined()
  })
})
