import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CHECKPOINT_MEASURES,
  classifyCompletion,
  FINAL_ENDS,
  PERIODIC_ENDS,
  UPDATE_CADENCES,
  type UpdateCompliance,
  type UpdateScheduleSettings,
  updateCompliance,
  updateSchedule,
  vietnamCalendar,
} from '../../../src/index.js'
import { instantBetween, MS_PER_DAY, utc } from '../../arbitraries/calendar.js'

// Laws of the update schedule and its compliance (Art. 6.2(b)), on the Vietnamese calendar, over the years of
// announced schedules (2024–2026) and the provisional year after.

const calendar = vietnamCalendar()
const iso = (ms: number): string => calendar.toDateTime(ms).toISO() as string

type Event = {
  readonly type: 'progress-updated' | 'completed' | 'closed-without-completion' | 'deadline-extended' | 'acknowledged'
  at: string
  deadline?: string
}

type Case = {
  readonly transfer: number
  readonly deadline: number | null
  readonly events: Event[]
  readonly asOf: number
  readonly settings: UpdateScheduleSettings
}

const settings: fc.Arbitrary<UpdateScheduleSettings> = fc.record(
  {
    checkpoints: fc.constantFrom(...CHECKPOINT_MEASURES),
    finalEnd: fc.constantFrom(...FINAL_ENDS),
    cadence: fc.constantFrom(...UPDATE_CADENCES),
    dueDayOfMonth: fc.integer({ min: 1, max: 31 }),
    interimGraceDays: fc.integer({ min: 1, max: 5 }),
    periodicEnd: fc.constantFrom(...PERIODIC_ENDS),
    firstPeriodicGraceDays: fc.integer({ min: 0, max: 25 }),
  },
  { requiredKeys: [] },
)

const taskCase: fc.Arbitrary<Case> = fc
  .record({
    transfer: instantBetween(utc(2024, 1, 1), utc(2026, 6, 30)),
    length: fc.option(fc.integer({ min: 0, max: 400 * MS_PER_DAY }), { nil: null }),
    offsets: fc.array(
      fc.tuple(
        fc.constantFrom('progress-updated', 'completed', 'closed-without-completion', 'acknowledged'),
        fc.integer({ min: 0, max: 420 * MS_PER_DAY }),
      ),
      {
        maxLength: 8,
      },
    ),
    extension: fc.option(fc.tuple(fc.integer({ min: 0, max: 200 * MS_PER_DAY }), fc.integer({ min: 0, max: 300 * MS_PER_DAY }))),
    asOf: fc.integer({ min: 0, max: 450 * MS_PER_DAY }),
    settings,
  })
  .map(({ transfer, length, offsets, extension, asOf, settings }) => {
    const events: Event[] = offsets.map(([type, offset]) => ({ type, at: iso(transfer + offset) }) as Event)
    if (extension !== null) {
      events.push({ type: 'deadline-extended', at: iso(transfer + extension[0]), deadline: iso(transfer + extension[1]) })
    }
    return { transfer, deadline: length === null ? null : transfer + length, events, asOf: transfer + asOf, settings }
  })

function taskOf(c: Case, events: readonly Event[] = c.events) {
  return { id: 't', transferredAt: iso(c.transfer), deadline: c.deadline === null ? null : iso(c.deadline), events: [...events] }
}

function complianceOf(c: Case, events: readonly Event[] = c.events): readonly UpdateCompliance[] {
  return updateCompliance(taskOf(c, events), { calendar, asOf: iso(c.asOf), ...c.settings })
}

const RANK: Readonly<Record<string, number>> = { missed: 0, 'made-late': 1, 'made-on-time': 2 }

function noWorse(before: string, after: string): boolean {
  if (before === 'due' || before === 'not-yet-due') return after === before || after === 'made-late' || after === 'made-on-time'
  return (RANK[after] ?? -1) >= (RANK[before] as number)
}

function shown(items: readonly UpdateCompliance[]): string[] {
  return items.map(
    (item) =>
      `${item.update.kind} ${item.update.from.toISO()} ${item.update.dueBy.toISO()} ${item.state} ${item.satisfiedBy?.type ?? ''} ${item.satisfiedBy?.at.toISO() ?? ''}`,
  )
}

describe('properties', () => {
  it('has every dueBy after its from', () => {
    fc.assert(
      fc.property(taskCase, (c) => {
        const schedule = updateSchedule(taskOf(c), { calendar, asOf: iso(c.asOf), until: iso(c.asOf), ...c.settings })
        for (const update of schedule.updates) expect(update.dueBy.toMillis()).toBeGreaterThan(update.from.toMillis())
      }),
      { numRuns: 300 },
    )
  })

  it('never lowers compliance: adding a progress update leaves every state the same or better', () => {
    fc.assert(
      fc.property(taskCase, fc.integer({ min: 0, max: 450 * MS_PER_DAY }), (c, offset) => {
        const before = complianceOf(c)
        const after = complianceOf(c, [...c.events, { type: 'progress-updated', at: iso(c.transfer + offset) }])
        expect(after.length).toBe(before.length)
        before.forEach((item, index) => {
          expect(noWorse(item.state, (after[index] as UpdateCompliance).state)).toBe(true)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on the order of the events', () => {
    fc.assert(
      fc.property(
        taskCase.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.events, { minLength: c.events.length }))),
        ([c, shuffled]) => {
          expect(shown(complianceOf(c, shuffled))).toEqual(shown(complianceOf(c)))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('puts every ½ and ¾ checkpoint within [start, deadline in force]', () => {
    fc.assert(
      fc.property(taskCase, (c) => {
        const task = taskOf(c)
        const schedule = updateSchedule(task, { calendar, asOf: iso(c.asOf), until: iso(c.asOf), ...c.settings })
        const deadline = classifyCompletion(task, { calendar, asOf: iso(c.asOf) }).deadline
        for (const update of schedule.updates) {
          if (update.kind !== 'half' && update.kind !== 'three-quarters') continue
          expect(deadline).not.toBeNull()
          expect(update.from.toMillis()).toBeGreaterThanOrEqual(c.transfer)
          expect(update.from.toMillis()).toBeLessThanOrEqual(deadline?.toMillis() as number)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never asks a periodic update sooner than firstPeriodicGraceDays working days after the transfer (B7)', () => {
    fc.assert(
      fc.property(taskCase, (c) => {
        const grace = c.settings.firstPeriodicGraceDays ?? 3
        const schedule = updateSchedule(taskOf(c), { calendar, asOf: iso(c.asOf), until: iso(c.asOf), ...c.settings })
        if (grace === 0) return
        const earliest = calendar.addWorkingDays(iso(c.transfer), grace, { dayEnd: c.settings.dayEnd ?? 'midnight' }).toMillis()
        for (const update of schedule.updates) {
          if (update.kind === 'periodic') expect(update.dueBy.toMillis()).toBeGreaterThanOrEqual(earliest)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('owes nothing that opens after the task ended, by completion or closure (B8)', () => {
    fc.assert(
      fc.property(taskCase, (c) => {
        const task = taskOf(c)
        const ended = classifyCompletion(task, { calendar, asOf: iso(c.asOf) }).endedAt?.toMillis()
        if (ended === undefined) return
        const schedule = updateSchedule(task, { calendar, asOf: iso(c.asOf), ...c.settings })
        schedule.updates.forEach((update, index) => {
          // A period that holds the end is owed (the end reports in it); the first period may begin at the transfer.
          if (update.kind === 'periodic' && index === 0) return
          if (update.kind === 'periodic' && c.settings.periodicEnd === 'deadline') return
          expect(update.from.toMillis()).toBeLessThanOrEqual(ended)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('only adds periods as time passes with no new event: the schedule as of t is a prefix of the one as of a later t (B7)', () => {
    fc.assert(
      fc.property(taskCase, fc.integer({ min: 0, max: 200 * MS_PER_DAY }), (c, later) => {
        const events = c.events.filter((event) => calendar.millis.of(event.at) <= c.asOf)
        const task = taskOf(c, events)
        const before = updateSchedule(task, { calendar, asOf: iso(c.asOf), ...c.settings }).updates
        const after = updateSchedule(task, { calendar, asOf: iso(c.asOf + later), ...c.settings }).updates
        const line = (update: (typeof before)[number]) => `${update.kind} ${update.from.toISO()} ${update.dueBy.toISO()}`
        expect(after.slice(0, before.length).map(line)).toEqual(before.map(line))
      }),
      { numRuns: 300 },
    )
  })
})
