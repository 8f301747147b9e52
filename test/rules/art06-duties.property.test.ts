import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AUDIT_FLAG_KINDS,
  auditFlags,
  type Duty,
  dutiesOf,
  dutiesOfMillis,
  evaluateTaskMillis,
  type TaskEvent,
  type TaskInput,
  updateCompliance,
  VnTaskSlaError,
  vietnamCalendar,
} from '../../src/index.js'
import { taskArbitrary } from '../../src/testing/index.js'
import { instantBetween, MS_PER_DAY } from '../arbitraries/calendar.js'
import { type TaskCase, taskCase } from '../arbitraries/tasks.js'

// Laws of the duty ledger of Art. 6 (B18) over generated histories of every event type, re-assignments
// included: the clocks run forward, a duty met stays met, the ledger agrees with updateCompliance, and the
// other parties' events leave the assignee's time rules as they were.

const calendar = vietnamCalendar()
const RUNS = { numRuns: 300 }
const OTHER_PARTIES: readonly TaskEvent['type'][] = ['objection-handled', 'reassigned', 'evaluated']
const ASSIGNEE_FLAGS = AUDIT_FLAG_KINDS.slice(0, 5)

/** A generated task and an evaluation instant within its history, or a little after it. */
const ledgerCase = taskCase().chain((c) =>
  fc.record({ c: fc.constant(c), asOf: instantBetween(c.transfer, c.transfer + 260 * MS_PER_DAY) }),
)

/** A ledger item's identity: the same duty of the same assignment over the same clock. */
function keyOf(item: Duty): string {
  return `${item.duty}/${item.assignment}/${item.from.toMillis()}/${item.dueBy.toMillis()}`
}

function plain(items: readonly Duty[]) {
  return items.map((item) => ({
    key: keyOf(item),
    party: item.party,
    state: item.state,
    metBy: item.metBy === null ? null : `${item.metBy.type}@${item.metBy.at.toMillis()}`,
    citation: item.citation,
    update: item.update,
  }))
}

function ledger(task: TaskInput, asOf: number): readonly Duty[] {
  return dutiesOf(task, { calendar, asOf })
}

const isMet = (item: Duty): boolean => item.state === 'met-on-time' || item.state === 'met-late'

describe('Art. 6 — Điều 6, B18: laws of the duty ledger', () => {
  it('runs every clock forward: each duty is due no earlier than it starts, and the ledger is sorted by start', () => {
    fc.assert(
      fc.property(ledgerCase, ({ c, asOf }) => {
        const items = ledger(c.task, asOf)
        for (const item of items) expect(item.dueBy.toMillis()).toBeGreaterThanOrEqual(item.from.toMillis())
        const starts = items.map((item) => item.from.toMillis())
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
      }),
      RUNS,
    )
  })

  it('never unmeets a duty: one met as of an instant is met alike later, and never missed', () => {
    fc.assert(
      fc.property(ledgerCase, fc.integer({ min: 1, max: 120 * MS_PER_DAY }), ({ c, asOf }, later) => {
        const before = ledger(c.task, asOf)
        const after = new Map(ledger(c.task, asOf + later).map((item) => [keyOf(item), item]))
        for (const item of before.filter(isMet)) {
          const same = after.get(keyOf(item))
          // An update's window can move with a later extension or end (B6, B8); every other duty stays.
          if (item.duty !== 'update') expect(same, keyOf(item)).toBeDefined()
          if (same === undefined) continue
          expect(same.state).toBe(item.state)
          expect(same.metBy?.at.toMillis()).toBe(item.metBy?.at.toMillis())
        }
      }),
      RUNS,
    )
  })

  it('never turns a met duty into a missed one when an event is added; a re-assignment keeps what was met before it', () => {
    const added = fc.record({
      type: fc.constantFrom<TaskEvent['type']>(
        'acknowledged',
        'objected',
        'started',
        'progress-updated',
        'completed',
        'objection-handled',
        'reassigned',
        'evaluated',
      ),
      after: fc.integer({ min: 0, max: 200 * MS_PER_DAY }),
    })
    fc.assert(
      fc.property(ledgerCase, added, ({ c, asOf }, event) => {
        const task = { ...c.task, events: [...c.task.events, { type: event.type, at: c.transfer + event.after }] }
        let after: readonly Duty[]
        try {
          after = ledger(task, asOf)
        } catch (error) {
          // A re-assignment after the task ended or past its deadline is refused (B18): no history to compare.
          if (error instanceof VnTaskSlaError && task.events.some((added) => added.type === 'reassigned')) return
          throw error
        }
        const missed = new Set(after.filter((item) => item.state === 'missed').map(keyOf))
        // A re-assignment gives the acts after it to the new assignee (B18): the first one's later acts are not its own.
        const at = c.transfer + event.after
        const kept = (item: Duty): boolean => event.type !== 'reassigned' || (item.metBy?.at.toMillis() ?? at) < at
        for (const item of ledger(c.task, asOf).filter(isMet).filter(kept)) {
          expect(missed.has(keyOf(item)), keyOf(item)).toBe(false)
        }
      }),
      RUNS,
    )
  })

  it('lists as the current assignment’s updates exactly the items of updateCompliance (Art. 6.2(b))', () => {
    const states = {
      'made-on-time': 'met-on-time',
      'made-late': 'met-late',
      missed: 'missed',
      due: 'due',
      'not-yet-due': 'not-yet-due',
    }
    fc.assert(
      fc.property(ledgerCase, ({ c, asOf }) => {
        const items = ledger(c.task, asOf)
        const current = Math.max(0, ...items.map((item) => item.assignment))
        const updates = items.filter((item) => item.duty === 'update' && item.assignment === current)
        const compliance = updateCompliance(c.task, { calendar, asOf })
        expect(
          updates.map((item) => [
            item.from.toMillis(),
            item.dueBy.toMillis(),
            item.state,
            item.metBy?.at.toMillis() ?? null,
            item.update,
          ]),
        ).toEqual(
          [...compliance]
            .sort((a, b) => a.update.from.toMillis() - b.update.from.toMillis())
            .map((entry) => [
              entry.update.from.toMillis(),
              entry.update.dueBy.toMillis(),
              states[entry.state],
              entry.satisfiedBy?.at.toMillis() ?? null,
              entry.update.kind,
            ]),
        )
        for (const item of updates) expect(item.citation).toEqual(compliance[0]?.citation)
      }),
      RUNS,
    )
  })

  it('does not depend on the order of the events', () => {
    fc.assert(
      fc.property(ledgerCase, fc.func(fc.integer()), ({ c, asOf }, order) => {
        const shuffled = { ...c.task, events: [...c.task.events].sort((a, b) => order(a) - order(b)) }
        expect(plain(ledger(shuffled, asOf))).toEqual(plain(ledger(c.task, asOf)))
      }),
      RUNS,
    )
  })

  it('gives in dutiesOfMillis the same ledger with every DateTime as its epoch milliseconds', () => {
    fc.assert(
      fc.property(ledgerCase, ({ c, asOf }) => {
        const millis = dutiesOfMillis(c.task, { calendar, asOf })
        expect(millis.map((item) => `${item.duty}/${item.assignment}/${item.from}/${item.dueBy}`)).toEqual(
          ledger(c.task, asOf).map(keyOf),
        )
        expect(Object.isFrozen(millis) && millis.every((item) => Object.isFrozen(item))).toBe(true)
      }),
      RUNS,
    )
  })

  it('leaves every time rule of the assignee as it was when the other parties act without re-assigning', () => {
    const withoutOthers = (c: TaskCase): TaskInput => ({
      ...c.task,
      events: c.task.events.filter((event) => !OTHER_PARTIES.includes(event.type)),
    })
    fc.assert(
      fc.property(ledgerCase, ({ c, asOf }) => {
        fc.pre(!c.task.events.some((event) => event.type === 'reassigned'))
        const alone = withoutOthers(c)
        expect(evaluateTaskMillis(c.task, { calendar, asOf })).toEqual(evaluateTaskMillis(alone, { calendar, asOf }))
        const flags = (task: TaskInput) =>
          auditFlags(task, { calendar, asOf, parties: ['assignee'] }).map((flag) => `${flag.kind}@${flag.at.toMillis()}`)
        expect(flags(c.task)).toEqual(flags(alone))
      }),
      RUNS,
    )
  })

  it('flags for the assignee only the kinds of Art. 15 and 6.2(a), and for the others only theirs', () => {
    fc.assert(
      fc.property(taskArbitrary({ calendar }), instantBetween(Date.UTC(2025, 0, 1), Date.UTC(2027, 6, 1)), (task, asOf) => {
        const kinds = (parties: readonly ('office' | 'assignee' | 'monitoring-agency')[]) =>
          new Set(auditFlags(task, { calendar, asOf, parties }).map((flag) => flag.kind))
        for (const kind of kinds(['assignee'])) expect(ASSIGNEE_FLAGS).toContain(kind)
        for (const kind of kinds(['office'])) expect(['late-dispatch', 'late-objection-handling']).toContain(kind)
        for (const kind of kinds(['monitoring-agency'])) expect(kind).toBe('late-evaluation')
        const all = auditFlags(task, { calendar, asOf })
        expect(all.length).toBe(
          auditFlags(task, { calendar, asOf, parties: ['assignee'] }).length +
            auditFlags(task, { calendar, asOf, parties: ['office'] }).length +
            auditFlags(task, { calendar, asOf, parties: ['monitoring-agency'] }).length,
        )
        for (const flag of all) expect(flag.at.toMillis()).toBeLessThanOrEqual(asOf)
      }),
      RUNS,
    )
  })
})
