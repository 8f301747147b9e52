// Laws of the time rules on any agency calendar, not only the default Vietnamese one: each rule's
// answer on a calendar C is what C's own operations give (addWorkingTime, addWorkingDays, endOfDay,
// isWorkingDay, workingDaysBetween, …) read by the article. The calendars come from
// test/arbitraries/calendars.ts: other zones (with DST), Saturdays worked, days without a lunch break,
// other hours, local days off. A rule that counted on the default calendar instead of the one it was
// given answers with Vietnamese working days and Vietnamese midnights, and breaks these laws.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ACKNOWLEDGE_RECEIPT,
  agenda,
  alertLevel,
  assigneeReportDeadlines,
  auditFlags,
  classifyCompletion,
  deadline,
  dutiesOf,
  evaluateTask,
  nextChange,
  OBJECT_TO_ASSIGNMENT,
  portfolioSummary,
  quarter,
  REPORT_KINDS,
  reportCompliance,
  reportingDeadlines,
  scoreUnits,
  type TaskInput,
  TIME_RULES,
  type TimeRule,
  updateCompliance,
  updateSchedule,
  type WorkingCalendar,
} from '../../src/index.js'
import { taskArbitrary } from '../../src/testing/index.js'
import { aroundBoundary, instantIn, officeCalendar } from '../arbitraries/calendars.js'

const HOUR = 3_600_000
const DAY = 86_400_000
const RUNS = { numRuns: 40 }

/** Transfers between February 2025 and October 2026: inside the kit's window, with room after. */
const TRANSFERS = Object.freeze({ from: Date.UTC(2025, 1, 1), to: Date.UTC(2026, 9, 31) })

/** A value as JSON: luxon DateTimes as ISO strings with their offset, so that two results compare by value. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

/** The working hours of a rule counted in hours (Art. 6.2(a)). */
function hoursOf(rule: TimeRule): number {
  if (!('workingHours' in rule.within)) throw new Error(`${rule.id} is counted in working days`)
  return rule.within.workingHours
}

/** B1: `due` is the earliest instant at which `hours` working hours of `cal` have elapsed since `from`. */
function expectWorkingHoursLimit(cal: WorkingCalendar, from: number, due: number, hours: number): void {
  expect(cal.millis.workingTimeBetween(from, due)).toBe(hours * HOUR)
  expect(cal.millis.workingTimeBetween(from, due - 1)).toBe(hours * HOUR - 1)
}

/** B2: `due` is the end (24:00) of the `days`th working day of `cal` after the day of `from`. */
function expectWorkingDaysLimit(cal: WorkingCalendar, from: number, due: number, days: number): void {
  const day = cal.dayOf(due)
  expect(due).toBe(cal.millis.endOfDay(day))
  expect(cal.isWorkingDay(day)).toBe(true)
  expect(cal.workingDaysBetween(from, day)).toBe(days)
}

/** A calendar and a task of the testing kit drawn on it (its instants ISO strings in the calendar's zone). */
const calendarAndTask = (otherParties: boolean) =>
  officeCalendar.chain((cal) => taskArbitrary({ calendar: cal, otherParties }).map((task) => ({ cal, task })))

/** A calendar, a task of the kit on it, and an instant up to `days` after its transfer. */
const calendarTaskAsOf = (otherParties: boolean, days = 300) =>
  calendarAndTask(otherParties).chain(({ cal, task }) => {
    const transfer = cal.millis.of(task.transferredAt)
    return instantIn(transfer, transfer + days * DAY).map((asOf) => ({ cal, task, asOf }))
  })

describe('Art. 6 — Điều 6: the time limits count on the calendar given', () => {
  it('Art. 6.1(a), 6.1(b), 6.2(a), 6.3 — deadline(): working hours elapse and working days end on the calendar given (B1, B2)', () => {
    fc.assert(
      fc.property(officeCalendar, instantIn(TRANSFERS.from, TRANSFERS.to), (cal, from) => {
        for (const rule of TIME_RULES) {
          const due = deadline(rule, from, { calendar: cal }).due
          expect(due.zoneName).toBe(cal.zone)
          if ('workingHours' in rule.within) expectWorkingHoursLimit(cal, from, due.toMillis(), rule.within.workingHours)
          else expectWorkingDaysLimit(cal, from, due.toMillis(), rule.within.workingDays)
        }
      }),
      RUNS,
    )
  })

  it("Art. 6.1–6.3 — dutiesOf(): each duty's limit is its clause's time counted on the calendar given from the duty's start", () => {
    fc.assert(
      fc.property(calendarTaskAsOf(true), ({ cal, task, asOf }) => {
        const duties = dutiesOf(task, { asOf, calendar: cal })
        const updates = updateCompliance(task, { asOf, calendar: cal })
        let update = 0
        for (const duty of duties) {
          const from = duty.from.toMillis()
          const dueBy = duty.dueBy.toMillis()
          switch (duty.duty) {
            case 'acknowledge-receipt':
              expectWorkingHoursLimit(cal, from, dueBy, 4)
              break
            case 'object':
              expectWorkingHoursLimit(cal, from, dueBy, 8)
              break
            case 'classify-and-dispatch':
            case 'evaluate-update':
              expectWorkingDaysLimit(cal, from, dueBy, 3)
              break
            case 'handle-objection':
              expectWorkingDaysLimit(cal, from, dueBy, 1)
              break
            case 'update':
              // A re-assigned task owes each assignment's own updates; those of the last assignment are updateCompliance's.
              update += 1
              break
          }
        }
        if (!duties.some((duty) => duty.assignment > 0)) expect(update).toBe(updates.length)
      }),
      RUNS,
    )
  })

  it('Art. 6.2(a) — auditFlags(): a receipt confirmed after 4 working hours of the calendar given is flagged at that limit, one confirmed by it is not', () => {
    const arbitrary = officeCalendar.chain((cal) =>
      fc.record({ cal: fc.constant(cal), transfer: instantIn(TRANSFERS.from, TRANSFERS.to), offset: aroundBoundary(10) }),
    )
    fc.assert(
      fc.property(arbitrary, ({ cal, transfer, offset }) => {
        const limit = cal.millis.addWorkingTime(transfer, hoursOf(ACKNOWLEDGE_RECEIPT) * HOUR)
        expectWorkingHoursLimit(cal, transfer, limit, 4)
        const acknowledged = Math.max(transfer, limit + offset)
        const task: TaskInput = {
          id: 'ack',
          transferredAt: transfer,
          deadline: transfer + 200 * DAY,
          events: [{ type: 'acknowledged', at: acknowledged }],
        }
        const flags = auditFlags(task, { asOf: acknowledged + DAY, calendar: cal }).filter(
          (flag) => flag.kind === 'late-acknowledgement',
        )
        expect(flags.map((flag) => flag.at.toMillis())).toEqual(acknowledged > limit ? [limit] : [])
      }),
      RUNS,
    )
  })

  it('Art. 6.2(a) — auditFlags(): an objection made after 8 working hours of the calendar given is flagged at that limit (B15)', () => {
    const arbitrary = officeCalendar.chain((cal) =>
      fc.record({ cal: fc.constant(cal), transfer: instantIn(TRANSFERS.from, TRANSFERS.to), offset: aroundBoundary(10) }),
    )
    fc.assert(
      fc.property(arbitrary, ({ cal, transfer, offset }) => {
        const limit = cal.millis.addWorkingTime(transfer, hoursOf(OBJECT_TO_ASSIGNMENT) * HOUR)
        const objected = Math.max(transfer, limit + offset)
        const task: TaskInput = {
          id: 'objection',
          transferredAt: transfer,
          deadline: transfer + 200 * DAY,
          events: [
            { type: 'acknowledged', at: transfer },
            { type: 'objected', at: objected },
          ],
        }
        const flags = auditFlags(task, { asOf: objected + HOUR, calendar: cal }).filter((flag) => flag.kind === 'late-objection')
        expect(flags.map((flag) => flag.at.toMillis())).toEqual(objected > limit ? [limit] : [])
      }),
      RUNS,
    )
  })
})

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: the status counts on the calendar given', () => {
  /** A calendar, a transfer, a deadline day 1 to 120 days later, and an instant around the end of that day in the calendar's zone. */
  const dayDeadline = officeCalendar.chain((cal) =>
    fc
      .record({
        transfer: instantIn(TRANSFERS.from, TRANSFERS.to),
        days: fc.integer({ min: 1, max: 120 }),
        offset: aroundBoundary(14),
      })
      .map(({ transfer, days, offset }) => {
        const day = cal.dayOf(transfer + days * DAY)
        return { cal, transfer, day, end: cal.millis.endOfDay(day), offset }
      }),
  )

  it("Art. 4.1(đ), B14 — classifyCompletion(): a completion by the end (24:00) of the deadline's day in the calendar's zone is on time, one after it late", () => {
    fc.assert(
      fc.property(dayDeadline, ({ cal, transfer, day, end, offset }) => {
        const completed = end + offset
        const task: TaskInput = {
          id: 'done',
          transferredAt: transfer,
          deadline: day,
          events: [
            { type: 'started', at: transfer },
            { type: 'completed', at: completed },
          ],
        }
        const result = classifyCompletion(task, { asOf: completed + DAY, calendar: cal })
        expect(result.status).toBe(completed <= end ? 'completed-on-time' : 'completed-late')
        expect(result.deadline?.toMillis()).toBe(end)
        expect(result.deadline?.zoneName).toBe(cal.zone)
      }),
      RUNS,
    )
  })

  it("Art. 4.1(đ), B8 — classifyCompletion(): a task started and open is in progress on time up to the end of the deadline's day in the calendar's zone, late after it", () => {
    fc.assert(
      fc.property(dayDeadline, ({ cal, transfer, day, end, offset }) => {
        const asOf = Math.max(transfer, end + offset)
        const task: TaskInput = {
          id: 'open',
          transferredAt: transfer,
          deadline: day,
          events: [{ type: 'started', at: transfer }],
        }
        expect(classifyCompletion(task, { asOf, calendar: cal }).status).toBe(
          asOf <= end ? 'in-progress-on-time' : 'in-progress-late',
        )
      }),
      RUNS,
    )
  })
  it("Art. 4.1(đ), 6.2(b)(2), B8 — classifyCompletion(inProgressLate: 'behind-update-schedule'): a task of 1 to 3 months with no report is late from the instant after its ½ update's limit, 3 working days of the calendar given after the checkpoint", () => {
    const arbitrary = officeCalendar.chain((cal) =>
      fc
        .record({
          transfer: instantIn(TRANSFERS.from, TRANSFERS.to),
          length: fc.integer({ min: 35 * DAY, max: 85 * DAY }),
          offset: aroundBoundary(30),
        })
        .map(({ transfer, length, offset }) => {
          // B5: the checkpoint is half the calendar time in; B2: its update is due 3 working days after it.
          const limit = cal.millis.addWorkingDays(transfer + Math.floor(length / 2), 3)
          return { cal, transfer, deadlineAt: transfer + length, limit, asOf: Math.min(transfer + length, limit + offset) }
        }),
    )
    fc.assert(
      fc.property(arbitrary, ({ cal, transfer, deadlineAt, limit, asOf }) => {
        const task: TaskInput = {
          id: 'behind',
          transferredAt: transfer,
          deadline: deadlineAt,
          events: [{ type: 'started', at: transfer }],
        }
        const status = classifyCompletion(task, { asOf, calendar: cal, inProgressLate: 'behind-update-schedule' }).status
        expect(status).toBe(asOf > limit ? 'in-progress-late' : 'in-progress-on-time')
      }),
      RUNS,
    )
  })
})

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: the warning counts on the calendar given', () => {
  /**
   * B9 worked out from the calendar's own operations: overdue after the deadline; due from the start
   * of the last working day on or before the deadline's day; approaching with 3 or fewer working days
   * left, or 75% of the working time from the transfer to the deadline elapsed; none otherwise.
   */
  function expectedLevel(cal: WorkingCalendar, transfer: number, deadlineAt: number, asOf: number): string {
    if (asOf > deadlineAt) return 'overdue'
    const deadlineDay = cal.dayOf(deadlineAt)
    const dueDay = cal.previousWorkingDay(deadlineDay, { inclusive: true })
    if (asOf >= cal.millis.startOfDay(cal.millis.endOfDay(dueDay))) return 'due'
    if (cal.workingDaysBetween(cal.dayOf(asOf), deadlineDay) <= 3) return 'approaching'
    const total = cal.millis.workingTimeBetween(transfer, deadlineAt)
    const elapsed = cal.millis.workingTimeBetween(transfer, asOf)
    return total > 0 && elapsed / total >= 0.75 ? 'approaching' : 'none'
  }

  it('Art. 18.1(d), B9 — alertLevel(): overdue, due, approaching and none are those of the working days and working time of the calendar given', () => {
    const arbitrary = officeCalendar.chain((cal) =>
      fc
        .record({
          transfer: instantIn(TRANSFERS.from, TRANSFERS.to),
          length: fc.oneof(fc.integer({ min: HOUR, max: 20 * DAY }), fc.integer({ min: HOUR, max: 200 * DAY })),
          asDay: fc.boolean(),
          back: fc.oneof(fc.integer({ min: -DAY, max: 10 * DAY }), fc.nat()),
        })
        .map(({ transfer, length, asDay, back }) => {
          const instant = transfer + length
          const deadlineValue = asDay ? cal.dayOf(instant) : instant
          const deadlineAt = asDay ? cal.millis.endOfDay(cal.dayOf(instant)) : instant
          return {
            cal,
            transfer,
            deadlineValue,
            deadlineAt,
            asOf: Math.max(transfer, Math.min(deadlineAt + DAY, deadlineAt - back)),
          }
        }),
    )
    fc.assert(
      fc.property(arbitrary, ({ cal, transfer, deadlineValue, deadlineAt, asOf }) => {
        const task: TaskInput = {
          id: 'warned',
          transferredAt: transfer,
          deadline: deadlineValue,
          events: [{ type: 'started', at: transfer }],
        }
        expect(alertLevel(task, { asOf, calendar: cal }).level).toBe(expectedLevel(cal, transfer, deadlineAt, asOf))
      }),
      { numRuns: 100 },
    )
  })
})

describe('Art. 6.2(b) — điểm b khoản 2 Điều 6: the required updates count on the calendar given', () => {
  it("Art. 6.2(b)(1)–(3), B5, B6 — updateSchedule(): an interim update is due 3 working days of the calendar given after its checkpoint, the final one 3 (5 for 3 to 6 months) after the task's end", () => {
    fc.assert(
      fc.property(calendarAndTask(false), ({ cal, task }) => {
        const schedule = updateSchedule(task, { calendar: cal })
        if (schedule.durationClass === '6-months-or-more') return
        const finalGrace = schedule.durationClass === '3-to-6-months' ? 5 : 3
        for (const update of schedule.updates) {
          expect(update.dueBy.zoneName).toBe(cal.zone)
          expectWorkingDaysLimit(cal, update.from.toMillis(), update.dueBy.toMillis(), update.kind === 'final' ? finalGrace : 3)
        }
      }),
      RUNS,
    )
  })

  it("Art. 6.2(b)(4), B7 — updateSchedule(): a period begins at a midnight of the calendar's zone, ends at the end of a month's last day, and its update is due at the end of the first working day of the calendar on or after that day", () => {
    fc.assert(
      fc.property(
        officeCalendar.chain((cal) =>
          taskArbitrary({ calendar: cal, otherParties: false, durationClass: '6-months-or-more' }).map((task) => ({ cal, task })),
        ),
        ({ cal, task }) => {
          const { updates } = updateSchedule(task, { calendar: cal })
          expect(updates.length).toBeGreaterThan(0)
          for (let index = 0; index + 1 < updates.length; index += 1) {
            const update = updates[index] as (typeof updates)[number]
            const next = (updates[index + 1] as (typeof updates)[number]).from.toMillis()
            expect(cal.millis.startOfDay(next)).toBe(next)
            const lastDay = cal.dayOf(next - 1)
            // The last day of its month: the day after it is the 1st.
            expect(cal.dayOf(next).slice(8)).toBe('01')
            expect(update.dueBy.toMillis()).toBe(cal.millis.endOfDay(cal.nextWorkingDay(lastDay, { inclusive: true })))
          }
          // B7: no periodic update falls due sooner than 3 working days of the calendar after the transfer.
          const transfer = cal.millis.of(task.transferredAt)
          expect((updates[0] as (typeof updates)[number]).dueBy.toMillis()).toBeGreaterThanOrEqual(
            cal.millis.addWorkingDays(transfer, 3),
          )
        },
      ),
      RUNS,
    )
  })

  it('Art. 6.2(b)(1) — updateCompliance(): a task completed after its deadline made its final update on time when it completed within 3 working days of the calendar given after the deadline', () => {
    const arbitrary = officeCalendar.chain((cal) =>
      fc
        .record({
          transfer: instantIn(TRANSFERS.from, TRANSFERS.to),
          length: fc.integer({ min: 2 * DAY, max: 25 * DAY }),
          offset: aroundBoundary(30),
        })
        .map(({ transfer, length, offset }) => {
          const deadlineAt = transfer + length
          const limit = cal.millis.addWorkingDays(deadlineAt, 3)
          return { cal, transfer, deadlineAt, limit, completed: Math.max(deadlineAt + 1, limit + offset) }
        }),
    )
    fc.assert(
      fc.property(arbitrary, ({ cal, transfer, deadlineAt, limit, completed }) => {
        expectWorkingDaysLimit(cal, deadlineAt, limit, 3)
        const task: TaskInput = {
          id: 'late',
          transferredAt: transfer,
          deadline: deadlineAt,
          events: [{ type: 'completed', at: completed }],
        }
        const items = updateCompliance(task, { asOf: completed + DAY, calendar: cal })
        expect(
          items.map((item) => [item.update.kind, item.update.from.toMillis(), item.update.dueBy.toMillis(), item.state]),
        ).toEqual([['final', deadlineAt, limit, completed <= limit ? 'made-on-time' : 'made-late']])
      }),
      RUNS,
    )
  })

  it("Art. 6.2(b) — updateCompliance(): its updates are updateSchedule()'s as of the same instant on the same calendar, each made on time when reported by its dueBy", () => {
    fc.assert(
      fc.property(calendarTaskAsOf(false), ({ cal, task, asOf }) => {
        const items = updateCompliance(task, { asOf, calendar: cal })
        expect(plain(items.map((item) => item.update))).toEqual(plain(updateSchedule(task, { asOf, calendar: cal }).updates))
        for (const item of items) {
          const reported = item.satisfiedBy?.at.toMillis()
          if (reported !== undefined)
            expect(item.state).toBe(reported <= item.update.dueBy.toMillis() ? 'made-on-time' : 'made-late')
        }
      }),
      RUNS,
    )
  })
})

describe('Art. 4.1(đ), 6.2(b), 18.1(d) — evaluateTask() on the calendar given', () => {
  it('Art. 4.1(đ), 6.2(b), 18.1(d) — evaluateTask(): each part is what classifyCompletion, updateSchedule, updateCompliance and alertLevel answer on the same calendar', () => {
    fc.assert(
      fc.property(calendarTaskAsOf(true), ({ cal, task, asOf }) => {
        const options = { asOf, calendar: cal }
        const evaluation = evaluateTask(task, options)
        expect(plain(evaluation.status)).toEqual(plain(classifyCompletion(task, options)))
        expect(plain(evaluation.schedule)).toEqual(plain(updateSchedule(task, options)))
        expect(plain(evaluation.compliance)).toEqual(plain(updateCompliance(task, options)))
        expect(plain(evaluation.alert)).toEqual(plain(alertLevel(task, options)))
        expect(evaluation.status.deadline?.zoneName ?? cal.zone).toBe(cal.zone)
      }),
      RUNS,
    )
  })
})

describe('Art. 9.2 — khoản 2 Điều 9: nextChange() watches on the calendar given', () => {
  /** What a watch compares: the status, the warning, and each duty's state by its identity. */
  function snapshot(task: TaskInput, at: number, cal: WorkingCalendar) {
    const options = { asOf: at, calendar: cal }
    const evaluation = evaluateTask(task, options)
    const duties = dutiesOf(task, options).map(
      (duty) => `${duty.duty}/${duty.assignment}/${duty.from.toMillis()}/${duty.dueBy.toMillis()}:${duty.state}`,
    )
    return { status: evaluation.status.status, level: evaluation.alert.level, duties }
  }

  it('Art. 9.2 — nextChange(): on the calendar given, nothing changes from asOf to the instant before `at`, and the status, warning or a duty changes at `at`', () => {
    fc.assert(
      fc.property(calendarTaskAsOf(false, 60), ({ cal, task, asOf }) => {
        // The history as it stood at asOf: the watch assumes no new event.
        const known = { ...task, events: (task.events ?? []).filter((event) => cal.millis.of(event.at) <= asOf) }
        const next = nextChange(known, { asOf, calendar: cal })
        if (next === null) return
        const at = next.at.toMillis()
        expect(at).toBeGreaterThan(asOf)
        expect(next.at.zoneName).toBe(cal.zone)
        const now = snapshot(known, asOf, cal)
        expect(snapshot(known, at - 1, cal)).toEqual(now)
        expect(snapshot(known, at, cal)).not.toEqual(now)
      }),
      { numRuns: 20 },
    )
  })
})

describe('Art. 9.2, 16.1 — agenda() and portfolioSummary() on the calendar given', () => {
  /** A task's history as it stood at `asOf`: what the monitoring functions know then. */
  function knownAt(cal: WorkingCalendar, task: TaskInput, asOf: number): TaskInput {
    return { ...task, events: (task.events ?? []).filter((event) => cal.millis.of(event.at) <= asOf) }
  }

  it('Art. 9.2, 18.1(d) — agenda(): its duties are the open limits of dutiesOf() on the calendar given, each warning starts at its instant there, and byDay files an item under the last working day of the calendar on or before its day', () => {
    fc.assert(
      fc.property(calendarTaskAsOf(true), ({ cal, task, asOf }) => {
        const known = knownAt(cal, task, asOf)
        const to = asOf + 30 * DAY
        const result = agenda([known], { from: asOf, to, asOf, calendar: cal })
        const open = dutiesOf(known, { asOf, until: to, calendar: cal })
          .filter((duty) => duty.state !== 'met-on-time' && duty.state !== 'met-late')
          .map((duty) => `${duty.duty}@${duty.dueBy.toMillis()}`)
          .filter((key) => {
            const at = Number(key.split('@')[1])
            return at >= asOf && at <= to
          })
        const items = result.items.filter((item) => item.kind === 'duty').map((item) => `${item.duty}@${item.at.toMillis()}`)
        expect(items.sort()).toEqual(open.sort())
        for (const item of result.items) {
          if (item.kind !== 'warning') continue
          const at = item.at.toMillis()
          expect(alertLevel(known, { asOf: at, calendar: cal }).level).toBe(item.level)
          expect(alertLevel(known, { asOf: at - 1, calendar: cal }).level).not.toBe(item.level)
        }
        for (const group of result.byDay) {
          for (const item of group.items)
            expect(group.day).toBe(cal.previousWorkingDay(cal.dayOf(item.at.toMillis()), { inclusive: true }))
        }
      }),
      { numRuns: 20 },
    )
  })

  it('Art. 16.1 — portfolioSummary(): its counts are the sums of evaluateTask() and dutiesOf() on the calendar given, and each task needing attention carries its nextChange() there', () => {
    const arbitrary = officeCalendar.chain((cal) =>
      fc.record({
        cal: fc.constant(cal),
        tasks: fc.array(taskArbitrary({ calendar: cal }), { minLength: 1, maxLength: 3 }),
        asOf: instantIn(TRANSFERS.from, TRANSFERS.to + 120 * DAY),
      }),
    )
    fc.assert(
      fc.property(arbitrary, ({ cal, tasks, asOf }) => {
        const unique = tasks.map((task, index) => ({ ...task, id: `T-${index}` }))
        const options = { asOf, calendar: cal, until: asOf }
        const summary = portfolioSummary([{ unit: 'Ban A', tasks: unique }], options)
        const status: Record<string, number> = {}
        const warning: Record<string, number> = {}
        const duties: Record<string, number> = {}
        const attention: unknown[] = []
        for (const task of unique) {
          const evaluation = evaluateTask(task, options)
          status[evaluation.status.status] = (status[evaluation.status.status] ?? 0) + 1
          warning[evaluation.alert.level] = (warning[evaluation.alert.level] ?? 0) + 1
          const ledger = dutiesOf(task, options)
          for (const duty of ledger) duties[`${duty.party}/${duty.state}`] = (duties[`${duty.party}/${duty.state}`] ?? 0) + 1
          const level = evaluation.alert.level
          if (level === 'overdue' || level === 'due' || ledger.some((duty) => duty.state === 'missed')) {
            attention.push(plain(nextChange(task, options)))
          }
        }
        const nonZero = (counts: Readonly<Record<string, number>>) =>
          Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))
        const { total } = summary
        expect(nonZero(total.status)).toEqual(status)
        expect(nonZero(total.warning)).toEqual(warning)
        const dutyCounts = Object.fromEntries(
          Object.entries(total.duties).flatMap(([party, states]) =>
            Object.entries(states).map(([state, n]) => [`${party}/${state}`, n]),
          ),
        )
        expect(nonZero(dutyCounts)).toEqual(duties)
        expect(total.attention.map((item) => plain(item.next))).toEqual(attention)
      }),
      { numRuns: 20 },
    )
  })
})

describe('Art. 15, 16 — Điều 15, 16: the report days end at midnight in the calendar zone and move on its working days', () => {
  const year = fc.integer({ min: 2025, max: 2028 })

  it("Art. 16.2, B11 — reportingDeadlines(): each report is due at the end of its day in the calendar's zone, or of the working day of the calendar before it with nonWorkingDates: 'previous-working-day'", () => {
    fc.assert(
      fc.property(officeCalendar, year, (cal, y) => {
        for (const report of reportingDeadlines(y, { calendar: cal })) {
          expect(report.due.toMillis()).toBe(cal.millis.endOfDay(report.date))
          expect(report.due.zoneName).toBe(cal.zone)
        }
        for (const report of reportingDeadlines(y, { calendar: cal, nonWorkingDates: 'previous-working-day' })) {
          expect(report.due.toMillis()).toBe(cal.millis.endOfDay(cal.previousWorkingDay(report.date, { inclusive: true })))
        }
      }),
      RUNS,
    )
  })

  it("Art. 15.1, B19 — assigneeReportDeadlines(): each report is due at the end of its day in the calendar's zone, or of the working day of the calendar before it with nonWorkingDates: 'previous-working-day'", () => {
    fc.assert(
      fc.property(officeCalendar, year, (cal, y) => {
        for (const report of assigneeReportDeadlines(y, { calendar: cal })) {
          expect(report.due.toMillis()).toBe(cal.millis.endOfDay(report.date))
        }
        for (const report of assigneeReportDeadlines(y, { calendar: cal, nonWorkingDates: 'previous-working-day' })) {
          expect(report.due.toMillis()).toBe(cal.millis.endOfDay(cal.previousWorkingDay(report.date, { inclusive: true })))
        }
      }),
      RUNS,
    )
  })

  it("Art. 15.4 — reportCompliance(): a report sent by the end of its due day in the calendar's zone is on time, one sent after it is late and flagged", () => {
    const arbitrary = fc.record({
      cal: officeCalendar,
      year,
      pick: fc.nat(),
      previous: fc.boolean(),
      offset: aroundBoundary(14),
    })
    fc.assert(
      fc.property(arbitrary, ({ cal, year: y, pick, previous, offset }) => {
        const nonWorkingDates = previous ? ('previous-working-day' as const) : ('keep' as const)
        const deadlines = assigneeReportDeadlines(y, { calendar: cal, nonWorkingDates })
        const chosen = deadlines[pick % deadlines.length] as (typeof deadlines)[number]
        const moved = previous ? cal.previousWorkingDay(chosen.date, { inclusive: true }) : chosen.date
        const due = cal.millis.endOfDay(moved)
        const sentAt = due + offset
        const result = reportCompliance([{ kind: chosen.kind, period: chosen.period, sentAt }], {
          year: y,
          asOf: due + 2 * DAY,
          calendar: cal,
          nonWorkingDates,
        })
        const index = deadlines.indexOf(chosen)
        expect(REPORT_KINDS).toContain(chosen.kind)
        expect(result.reports[index]?.state).toBe(sentAt <= due ? 'met-on-time' : 'met-late')
        expect(
          result.flags
            .filter((flag) => flag.period === chosen.period && flag.kind === 'late-report')
            .map((flag) => flag.at.toMillis()),
        ).toEqual(sentAt <= due ? [] : [due])
      }),
      RUNS,
    )
  })
})

describe('Art. 17.1 — khoản 1 Điều 17: a period is evaluated at 24:00 of its last day in the calendar zone (B12)', () => {
  it("Art. 17.1, B12 — scoreUnits(): a task due on a quarter's last day and completed by its end in the calendar's zone is on time; one completed after it is still open at the period's end, overdue", () => {
    const arbitrary = fc
      .record({
        cal: officeCalendar,
        year: fc.integer({ min: 2025, max: 2026 }),
        index: fc.integer({ min: 1, max: 4 }),
        daysBefore: fc.integer({ min: 10, max: 80 }),
        offset: aroundBoundary(14),
      })
      .map(({ cal, year: y, index, daysBefore, offset }) => {
        const period = quarter(y, index)
        const end = cal.millis.endOfDay(period.to)
        return { cal, period, end, transfer: end - daysBefore * DAY, completed: end + offset }
      })
    fc.assert(
      fc.property(arbitrary, ({ cal, period, end, transfer, completed }) => {
        const task: TaskInput = {
          id: 'last-day',
          transferredAt: transfer,
          deadline: period.to,
          events: [
            { type: 'acknowledged', at: transfer },
            { type: 'completed', at: completed },
          ],
        }
        const [result] = scoreUnits([{ unit: 'Ban A', tasks: [task] }], period, { calendar: cal })
        expect([result?.onTimeRate, result?.overdueTasks]).toEqual(completed <= end ? [1, 0] : [0, 1])
      }),
      RUNS,
    )
  })
})
