import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/core/freeze.js'
import {
  type AlertLevel,
  type CompletionStatus,
  cite,
  evaluateTaskMillis,
  type SimulateOptions,
  simulate,
  type TaskInput,
  type Timeline,
  vietnamCalendar,
  workingCalendar,
} from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// simulate: a portfolio through time, one step at the end of each working day, week or month. The
// exact cases are worked by hand on the official calendar (Mon–Fri 08:00–12:00, 13:00–17:00,
// Asia/Ho_Chi_Minh = UTC+7; Tết 2026 = Mon 16 – Fri 20 February off, Thông báo 9441/TB-BNV; no day
// off in 2025 from 3 May to 31 August); simulate.property.test.ts proves every cell is what
// evaluateTaskMillis says.

const calendar = vietnamCalendar()

/** Epoch ms of a wall time in Asia/Ho_Chi_Minh (UTC+7 all year, so the offset can be written out). */
function vn(wallTime: string): number {
  const ms = Date.parse(`${wallTime}+07:00`)
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${wallTime}`)
  return ms
}

function daysOf(timeline: Timeline): string[] {
  return timeline.steps.map((step) => step.day)
}

/**
 * The value of each day from the change points: a value holds from its day until the next change.
 * `changes` are in day order; the first must be on or before the first day.
 */
function expand<T>(days: readonly string[], changes: readonly (readonly [string, T])[]): T[] {
  return days.map((day) => {
    const change = changes.filter(([from]) => from <= day).at(-1)
    if (change === undefined) throw new Error(`no value for ${day}`)
    return change[1]
  })
}

const failure = failureOf

const NO_STATUS: Record<CompletionStatus, number> = {
  'completed-on-time': 0,
  'completed-late': 0,
  'in-progress-on-time': 0,
  'in-progress-late': 0,
  'implemented-not-completed': 0,
  'not-started': 0,
  'not-implemented-overdue': 0,
  completed: 0,
  'in-progress': 0,
  'closed-without-completion': 0,
}
const NO_ALERT: Record<AlertLevel, number> = { none: 0, approaching: 0, due: 0, overdue: 0 }
const NO_UPDATE = { 'made-on-time': 0, 'made-late': 0, missed: 0, due: 0, 'not-yet-due': 0 }

/**
 * Due at the end of Mon 30 June 2025, transferred Mon 19 May 08:00: 1 to 3 months (Art. 6.2(b)(2)).
 * Total working time 31 working days: 19 May–30 May (10) and 2–30 June (21).
 * The ½ update opens Mon 9 June 15:59:59.999 (½ of 42 d 15:59:59.999) and is due by the end of
 * Thu 12 June; it is made late on Tue 17 June. The final update opens at the deadline and is due by
 * the end of Thu 3 July; the completion on Wed 2 July (late) makes it.
 */
const HAND: TaskInput = {
  id: 'hand',
  transferredAt: '2025-05-19T08:00',
  deadline: '2025-06-30',
  events: [
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'progress-updated', at: '2025-06-17T10:00' },
    { type: 'completed', at: '2025-07-02T10:00' },
  ],
}

/**
 * Transferred Mon 2 June 14:00, due at the end of Fri 6 June (under 1 month, Art. 6.2(b)(1)), never
 * started. Its final update is due by the end of Wed 11 June (3 working days after the deadline).
 */
const LATE: TaskInput = { id: 'late', transferredAt: '2025-06-02T14:00', deadline: '2025-06-06' }

/** Continuous, no deadline (Art. 4.1(a)): periodic updates (Art. 6.2(b)(4)). */
const OPEN: TaskInput = {
  id: 'open',
  transferredAt: '2025-05-19T08:00',
  deadline: null,
  events: [{ type: 'started', at: '2025-05-20T09:00' }],
}

const RANGE = { from: '2025-05-16', to: '2025-07-04' } as const
/** Every working day of the range: none is off in 2025 between 3 May and 31 August. */
const RANGE_DAYS = [
  '2025-05-16',
  ...['19', '20', '21', '22', '23', '26', '27', '28', '29', '30'].map((day) => `2025-05-${day}`),
  ...[
    '02',
    '03',
    '04',
    '05',
    '06',
    '09',
    '10',
    '11',
    '12',
    '13',
    '16',
    '17',
    '18',
    '19',
    '20',
    '23',
    '24',
    '25',
    '26',
    '27',
    '30',
  ].map((day) => `2025-06-${day}`),
  ...['01', '02', '03', '04'].map((day) => `2025-07-${day}`),
]

describe('simulate: the steps (end of each working day, Art. 6.1(a); week; month)', () => {
  it("steps through exactly the working days across Tết 2026 (Mon 16 – Fri 20 February off) with 'working-day'", () => {
    const timeline = simulate([], { from: '2026-02-07', to: '2026-02-28' })
    expect(daysOf(timeline)).toEqual([
      '2026-02-09',
      '2026-02-10',
      '2026-02-11',
      '2026-02-12',
      '2026-02-13',
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
    ])
    expect(timeline.step).toBe('working-day')
  })

  it('agrees with the calendar: each step is a working day, and every working day of the range is a step', () => {
    const timeline = simulate([], { from: '2026-02-01', to: '2026-02-28' })
    const working = Array.from({ length: 28 }, (_, index) => `2026-02-${String(index + 1).padStart(2, '0')}`).filter((day) =>
      calendar.isWorkingDay(day),
    )
    expect(daysOf(timeline)).toEqual(working)
    expect(working).toHaveLength(15)
  })

  it('gives no step when the range holds no working day (Tết 2026, Sat 14 – Sun 22 February)', () => {
    const timeline = simulate([HAND], { from: '2026-02-14', to: '2026-02-22' })
    expect(timeline.steps).toEqual([])
    expect(timeline.history('hand')).toEqual({ id: 'hand', status: [], alert: [], missedUpdates: [] })
    expect(timeline.shareOf('not-started')).toEqual([])
  })

  it("gives each Sunday and the last day with 'week'", () => {
    const timeline = simulate([], { from: '2026-02-04', to: '2026-03-04', step: 'week' })
    expect(daysOf(timeline)).toEqual(['2026-02-08', '2026-02-15', '2026-02-22', '2026-03-01', '2026-03-04'])
  })

  it("does not repeat the last day when it is a Sunday, with 'week'", () => {
    const timeline = simulate([], { from: '2026-02-01', to: '2026-02-22', step: 'week' })
    expect(daysOf(timeline)).toEqual(['2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22'])
  })

  it("gives each month's last day (29 February 2024 included) and the last day with 'month'", () => {
    const timeline = simulate([], { from: '2024-01-15', to: '2024-05-10', step: 'month' })
    expect(daysOf(timeline)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-10'])
  })

  it("does not repeat the last day when it ends a month, with 'month'", () => {
    const timeline = simulate([], { from: '2025-11-01', to: '2026-01-31', step: 'month' })
    expect(daysOf(timeline)).toEqual(['2025-11-30', '2025-12-31', '2026-01-31'])
  })

  it('gives one step when from equals to: a working day, or for a week and a month whatever the day', () => {
    expect(daysOf(simulate([], { from: '2026-02-10', to: '2026-02-10' }))).toEqual(['2026-02-10'])
    expect(daysOf(simulate([], { from: '2026-02-17', to: '2026-02-17' }))).toEqual([])
    expect(daysOf(simulate([], { from: '2026-02-17', to: '2026-02-17', step: 'week' }))).toEqual(['2026-02-17'])
    expect(daysOf(simulate([], { from: '2026-02-17', to: '2026-02-17', step: 'month' }))).toEqual(['2026-02-17'])
  })

  it("places each step at the end of its day in Vietnam's zone (23:59:59.999 +07:00)", () => {
    const timeline = simulate([], { from: '2026-02-13', to: '2026-02-23' })
    expect(timeline.steps.map((step) => [step.index, step.asOf])).toEqual([
      [0, vn('2026-02-13T23:59:59.999')],
      [1, vn('2026-02-23T23:59:59.999')],
    ])
    expect(timeline.steps[0]?.asOf).toBe(Date.UTC(2026, 1, 13, 16, 59, 59, 999))
  })

  it("runs to 31 December 2100, the calendar's last day, with every kind of step", () => {
    expect(daysOf(simulate([], { from: '2100-12-27', to: '2100-12-31' }))).toEqual([
      '2100-12-27',
      '2100-12-28',
      '2100-12-29',
      '2100-12-30',
      '2100-12-31',
    ])
    expect(daysOf(simulate([], { from: '2100-12-20', to: '2100-12-31', step: 'week' }))).toEqual(['2100-12-26', '2100-12-31'])
    expect(daysOf(simulate([], { from: '2100-11-15', to: '2100-12-31', step: 'month' }))).toEqual(['2100-11-30', '2100-12-31'])
  })

  it('runs a task without a deadline to 31 December 2100: October folded into November (B7), which is missed', () => {
    // Transferred Thu 28/10/2100; the earliest a periodic update may fall due is the end of the 3rd
    // working day after it: Fri 29/10, Mon 1/11, Tue 2/11. October's update would be due at the end of
    // Mon 1/11 (the 31st a Sunday), sooner: it is folded into November's, due Tue 30/11 and missed.
    // December's is due Fri 31/12, the last step: not yet missed. The first release counted 2 missed.
    const task = { id: 'open-2100', transferredAt: '2100-10-28T08:00', deadline: null }
    expect(simulate([task], { from: '2100-12-27', to: '2100-12-31' }).history('open-2100')).toEqual({
      id: 'open-2100',
      status: ['not-started', 'not-started', 'not-started', 'not-started', 'not-started'],
      alert: ['none', 'none', 'none', 'none', 'none'],
      missedUpdates: [1, 1, 1, 1, 1],
    })
    expect(
      simulate([task], { from: '2100-12-27', to: '2100-12-31', firstPeriodicGraceDays: 0 }).history('open-2100').missedUpdates,
    ).toEqual([2, 2, 2, 2, 2])
  })

  it('keeps the range and the step it was given', () => {
    const timeline = simulate([], { ...RANGE, step: 'month' })
    expect([timeline.from, timeline.to, timeline.step]).toEqual(['2025-05-16', '2025-07-04', 'month'])
  })
})

describe('simulate: a hand-worked task (Art. 4.1(đ), 6.2(b)(2), 18.1(d) — điểm đ khoản 1 Điều 4, điểm b khoản 2 Điều 6, điểm d khoản 1 Điều 18)', () => {
  const timeline = simulate([HAND, LATE], RANGE)

  it('steps through the working days of the range', () => {
    expect(daysOf(timeline)).toEqual(RANGE_DAYS)
    expect(timeline.taskIds).toEqual(['hand', 'late'])
  })

  it('gives the status of each step (Art. 4.1(đ)): not yet transferred, not started, in progress, late after the deadline, completed late', () => {
    expect(timeline.history('hand').status).toEqual(
      expand<CompletionStatus | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'not-started'],
        // Started Tue 20 May 09:00.
        ['2025-05-20', 'in-progress-on-time'],
        // The end of the deadline's own day is on time; the next day is not.
        ['2025-07-01', 'in-progress-late'],
        ['2025-07-02', 'completed-late'],
      ]),
    )
  })

  it('gives the warning of each step (Art. 18.1(d)): 75 % of the working time elapsed at the end of Thu 19 June (24 of 31 days)', () => {
    // End of Wed 18 June: 23 of 31 working days (74.2 %) and 8 working days left: no warning.
    expect(timeline.history('hand').alert).toEqual(
      expand<AlertLevel | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'none'],
        ['2025-06-19', 'approaching'],
        ['2025-06-30', 'due'],
        ['2025-07-01', 'overdue'],
        // A task that has ended has no warning.
        ['2025-07-02', 'none'],
      ]),
    )
  })

  it('counts the missed updates of each step (Art. 6.2(b)(2)): the ½ update missed from Fri 13 June until made late on Tue 17 June', () => {
    expect(timeline.history('hand').missedUpdates).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-06-13', 1],
        ['2025-06-17', 0],
      ]),
    )
  })

  it('gives the second task from its transfer on Mon 2 June: approaching with 3 working days left, overdue, its final update missed from Thu 12 June', () => {
    const history = timeline.history('late')
    expect(history.id).toBe('late')
    expect(history.status).toEqual(
      expand<CompletionStatus | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-06-02', 'not-started'],
        ['2025-06-09', 'not-implemented-overdue'],
      ]),
    )
    // End of Mon 2 June: 4 working days left (3–6 June) and 3 of 35 working hours elapsed.
    expect(history.alert).toEqual(
      expand<AlertLevel | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-06-02', 'none'],
        ['2025-06-03', 'approaching'],
        ['2025-06-06', 'due'],
        ['2025-06-09', 'overdue'],
      ]),
    )
    expect(history.missedUpdates).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-06-12', 1],
      ]),
    )
    expect(timeline.history(1)).toEqual(history)
  })

  it('reads the same cells one at a time: status, alert and missedUpdates by step and task index', () => {
    const step = RANGE_DAYS.indexOf('2025-06-13')
    expect([timeline.status(step, 0), timeline.alert(step, 0), timeline.missedUpdates(step, 0)]).toEqual([
      'in-progress-on-time',
      'none',
      1,
    ])
    expect([timeline.status(step, 1), timeline.alert(step, 1), timeline.missedUpdates(step, 1)]).toEqual([
      'not-implemented-overdue',
      'overdue',
      1,
    ])
  })

  it('gives null status and warning before the transfer, and counts no task there', () => {
    expect([timeline.status(0, 0), timeline.alert(0, 0), timeline.missedUpdates(0, 0)]).toEqual([null, null, 0])
    expect(timeline.steps[0]).toEqual({
      index: 0,
      day: '2025-05-16',
      asOf: vn('2025-05-16T23:59:59.999'),
      transferred: 0,
      counts: NO_STATUS,
      alerts: NO_ALERT,
      updates: NO_UPDATE,
    })
    const beforeLate = RANGE_DAYS.indexOf('2025-05-30')
    expect([timeline.status(beforeLate, 1), timeline.alert(beforeLate, 1)]).toEqual([null, null])
    expect(timeline.steps[beforeLate]?.transferred).toBe(1)
  })

  it('counts each step: statuses, warnings and every required update of both tasks', () => {
    // Fri 13 June: hand in progress on time, ½ missed, final not yet due; late overdue, its final missed.
    const step = timeline.steps[RANGE_DAYS.indexOf('2025-06-13')]
    expect(step).toEqual({
      index: 20,
      day: '2025-06-13',
      asOf: vn('2025-06-13T23:59:59.999'),
      transferred: 2,
      counts: { ...NO_STATUS, 'in-progress-on-time': 1, 'not-implemented-overdue': 1 },
      alerts: { ...NO_ALERT, none: 1, overdue: 1 },
      updates: { ...NO_UPDATE, missed: 2, 'not-yet-due': 1 },
    })
    // Tue 10 June: hand's ½ update due (open since Mon 9 June 15:59:59.999); late's final due (since the end of 6 June).
    expect(timeline.steps[RANGE_DAYS.indexOf('2025-06-10')]?.updates).toEqual({ ...NO_UPDATE, due: 2, 'not-yet-due': 1 })
    // Tue 1 July: hand's ½ made late, its final due.
    expect(timeline.steps[RANGE_DAYS.indexOf('2025-07-01')]?.updates).toEqual({ ...NO_UPDATE, 'made-late': 1, due: 1, missed: 1 })
    // Wed 2 July: the completion makes the final update, on time.
    expect(timeline.steps[RANGE_DAYS.indexOf('2025-07-02')]).toMatchObject({
      transferred: 2,
      counts: { ...NO_STATUS, 'completed-late': 1, 'not-implemented-overdue': 1 },
      alerts: { ...NO_ALERT, none: 1, overdue: 1 },
      updates: { ...NO_UPDATE, 'made-on-time': 1, 'made-late': 1, missed: 1 },
    })
  })

  it('gives counts that add up to the tasks transferred at every step', () => {
    expect(timeline.steps.map((step) => step.transferred)).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-05-19', 1],
        ['2025-06-02', 2],
      ]),
    )
    for (const step of timeline.steps) {
      expect(Object.values(step.counts).reduce((sum, count) => sum + count, 0)).toBe(step.transferred)
      expect(Object.values(step.alerts).reduce((sum, count) => sum + count, 0)).toBe(step.transferred)
    }
  })

  it('gives the share of the tasks transferred in one or several statuses, 0 before any transfer', () => {
    expect(timeline.shareOf('not-started')).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-05-19', 1],
        ['2025-05-20', 0],
        ['2025-06-02', 0.5],
        ['2025-06-09', 0],
      ]),
    )
    expect(timeline.shareOf(['in-progress-late', 'not-implemented-overdue', 'completed-late'])).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-06-09', 0.5],
        ['2025-07-01', 1],
      ]),
    )
    expect(timeline.shareOf([])).toEqual(RANGE_DAYS.map(() => 0))
  })

  it('gives, behind any cell, exactly what evaluateTaskMillis returns as of the end of its day', () => {
    for (const day of ['2025-05-19', '2025-06-13', '2025-06-30', '2025-07-02']) {
      const step = RANGE_DAYS.indexOf(day)
      const asOf = timeline.steps[step]?.asOf as number
      expect(asOf).toBe(vn(`${day}T23:59:59.999`))
      expect(timeline.evaluationAt(step, 'hand')).toEqual(evaluateTaskMillis(HAND, { asOf }))
      expect(timeline.evaluationAt(step, 1)).toEqual(evaluateTaskMillis(LATE, { asOf }))
    }
    const evaluation = timeline.evaluationAt(RANGE_DAYS.indexOf('2025-06-13'), 'hand')
    expect([evaluation.status.status, evaluation.alert.level, evaluation.compliance.map((item) => item.state)]).toEqual([
      'in-progress-on-time',
      'none',
      ['missed', 'not-yet-due'],
    ])
  })

  it('cites Art. 4.1(đ), 6.2(b) and 18.1(d)', () => {
    expect(timeline.citation).toEqual([cite(4, 1, 'đ'), cite(6, 2, 'b'), cite(18, 1, 'd')])
  })

  it('writes plain JSON: the range, the ids, the steps, each task history and the citation', () => {
    const json = JSON.parse(JSON.stringify(timeline))
    expect(Object.keys(json)).toEqual(['from', 'to', 'step', 'taskIds', 'steps', 'tasks', 'citation'])
    expect(json).toEqual({
      from: '2025-05-16',
      to: '2025-07-04',
      step: 'working-day',
      taskIds: ['hand', 'late'],
      steps: timeline.steps,
      tasks: [timeline.history('hand'), timeline.history('late')],
      citation: timeline.citation,
    })
    expect(json.tasks[0].status[0]).toBeNull()
    expect(timeline.toJSON()).toEqual(json)
  })
})

describe('simulate: the options of evaluateTask pass through (B8, Art. 18.1(d), Art. 6.2(b)(4))', () => {
  it("with inProgressLate 'behind-update-schedule', is in progress late while the ½ update is missed, and on time again once made (B8)", () => {
    const timeline = simulate([HAND], { ...RANGE, inProgressLate: 'behind-update-schedule' })
    expect(timeline.history('hand').status).toEqual(
      expand<CompletionStatus | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'not-started'],
        ['2025-05-20', 'in-progress-on-time'],
        ['2025-06-13', 'in-progress-late'],
        ['2025-06-17', 'in-progress-on-time'],
        ['2025-07-01', 'in-progress-late'],
        ['2025-07-02', 'completed-late'],
      ]),
    )
    const step = RANGE_DAYS.indexOf('2025-06-16')
    expect(timeline.evaluationAt(step, 'hand')).toEqual(
      evaluateTaskMillis(HAND, { asOf: timeline.steps[step]?.asOf as number, inProgressLate: 'behind-update-schedule' }),
    )
  })

  it('with thresholds { workingDaysLeft: 0, elapsedShare: 0.5 }, warns from the end of Mon 9 June (16 of 31 working days)', () => {
    // End of Fri 6 June: 15 of 31 (48.4 %).
    const thresholds = { workingDaysLeft: 0, elapsedShare: 0.5 }
    const timeline = simulate([HAND], { ...RANGE, thresholds })
    expect(timeline.history('hand').alert).toEqual(
      expand<AlertLevel | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'none'],
        ['2025-06-09', 'approaching'],
        ['2025-06-30', 'due'],
        ['2025-07-01', 'overdue'],
        ['2025-07-02', 'none'],
      ]),
    )
    const step = RANGE_DAYS.indexOf('2025-06-09')
    expect(timeline.evaluationAt(step, 'hand')).toEqual(
      evaluateTaskMillis(HAND, { asOf: timeline.steps[step]?.asOf as number, thresholds }),
    )
  })

  it('with thresholds { workingDaysLeft: 0, elapsedShare: 1 }, gives no warning before the deadline day', () => {
    const timeline = simulate([HAND], { ...RANGE, thresholds: { workingDaysLeft: 0, elapsedShare: 1 } })
    expect(timeline.history('hand').alert).toEqual(
      expand<AlertLevel | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'none'],
        ['2025-06-30', 'due'],
        ['2025-07-01', 'overdue'],
        ['2025-07-02', 'none'],
      ]),
    )
  })

  it('counts the monthly updates of a task without a deadline by default: May due by Mon 2 June (31 May a Saturday), June by Mon 30 June', () => {
    const timeline = simulate([OPEN], RANGE)
    expect(timeline.history('open').status).toEqual(
      expand<CompletionStatus | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'not-started'],
        ['2025-05-20', 'in-progress'],
      ]),
    )
    expect(timeline.history('open').alert).toEqual(
      expand<AlertLevel | null>(RANGE_DAYS, [
        ['2025-05-16', null],
        ['2025-05-19', 'none'],
      ]),
    )
    expect(timeline.history('open').missedUpdates).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-06-03', 1],
        ['2025-07-01', 2],
      ]),
    )
    // Mon 2 June: the May update is due that day and the June period has begun.
    expect(timeline.steps[RANGE_DAYS.indexOf('2025-06-02')]?.updates).toEqual({ ...NO_UPDATE, due: 2 })
  })

  it("with cadence 'quarterly', counts one update for the second quarter, missed from Tue 1 July", () => {
    const timeline = simulate([OPEN], { ...RANGE, cadence: 'quarterly' })
    expect(timeline.history('open').missedUpdates).toEqual(
      expand(RANGE_DAYS, [
        ['2025-05-16', 0],
        ['2025-07-01', 1],
      ]),
    )
    expect(timeline.steps[RANGE_DAYS.indexOf('2025-07-01')]?.updates).toEqual({ ...NO_UPDATE, missed: 1, due: 1 })
    const step = RANGE_DAYS.indexOf('2025-07-01')
    expect(timeline.evaluationAt(step, 'open')).toEqual(
      evaluateTaskMillis(OPEN, { asOf: timeline.steps[step]?.asOf as number, cadence: 'quarterly' }),
    )
  })
})

describe('simulate: errors (invalid_input, with the path of the bad field, never the value)', () => {
  /** Messages never echo a value: each `secret` is absent from both languages. */
  function expectNoEcho(error: { vi: string; en: string }, ...secrets: string[]): void {
    for (const secret of secrets) {
      expect(error.vi).not.toContain(secret)
      expect(error.en).not.toContain(secret)
    }
  }

  it('refuses a range whose start comes after its end, at options.to', () => {
    const error = failure(() => simulate([], { from: '2025-06-02', to: '2025-06-01' }))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'to'],
      vi: 'Dữ liệu đầu vào không hợp lệ: ngày bắt đầu mô phỏng (from) không được sau ngày kết thúc (to)',
      en: 'Invalid input: the simulation cannot start (from) after it ends (to)',
    })
    expectNoEcho(error, '2025-06-02', '2025-06-01')
  })

  it('refuses a day that does not exist, at its option', () => {
    const error = failure(() => simulate([], { from: '2025-02-30', to: '2025-03-31' }))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'from'],
      vi: 'Dữ liệu đầu vào không hợp lệ: ngày lịch phải có dạng YYYY-MM-DD và là một ngày có thật',
      en: 'Invalid input: a calendar day must be written YYYY-MM-DD and exist',
    })
    expectNoEcho(error, '2025-02-30')
    expect(failure(() => simulate([], { from: '2025-03-01', to: '31/03/2025' as never })).path).toEqual(['options', 'to'])
  })

  it('refuses an unknown step, at options.step', () => {
    const error = failure(() => simulate([], { from: '2025-03-01', to: '2025-03-31', step: 'fortnight' as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'step']])
    expectNoEcho(error, 'fortnight')
  })

  it('refuses until, which the steps set, at options.until', () => {
    const options = { from: '2025-03-01', to: '2025-03-31', until: '2025-12-31' } as unknown as SimulateOptions
    const error = failure(() => simulate([], options))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'until'],
      vi: 'Dữ liệu đầu vào không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
      en: 'Invalid input: this field is not defined (see the error path)',
    })
    expectNoEcho(error, '2025-12-31')
  })

  it('refuses tasks that are not an array, at tasks', () => {
    const error = failure(() => simulate({ 0: HAND } as never, RANGE))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['tasks'],
      vi: 'Dữ liệu đầu vào không hợp lệ: danh sách nhiệm vụ phải là một mảng',
      en: 'Invalid input: the tasks must be an array',
    })
  })

  it('reports an invalid task at its index: tasks.2.transferredAt', () => {
    const bad = { id: 'bad', transferredAt: 'mật: sáng mai' }
    const error = failure(() => simulate([HAND, LATE, bad, OPEN], RANGE))
    expect([error.code, error.path]).toEqual(['invalid_input', ['tasks', 2, 'transferredAt']])
    expectNoEcho(error, 'mật: sáng mai')
  })

  it('reports an unknown field of a task at its index', () => {
    const error = failure(() => simulate([HAND, LATE, { ...OPEN, abstract: 'Tuyệt mật' } as never], RANGE))
    expect([error.code, error.path]).toEqual(['invalid_input', ['tasks', 2, 'abstract']])
    expectNoEcho(error, 'Tuyệt mật')
  })

  it('refuses a second task with the same id, at its id', () => {
    const error = failure(() => simulate([HAND, { ...LATE, id: 'hand' }], RANGE))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['tasks', 1, 'id'],
      vi: 'Dữ liệu đầu vào không hợp lệ: mã nhiệm vụ phải khác nhau trong một lần mô phỏng',
      en: 'Invalid input: task ids must differ within one simulation',
    })
    expectNoEcho(error, 'hand')
  })

  it('refuses an evaluation option as evaluateTask does, at its path', () => {
    const error = failure(() => simulate([HAND], { ...RANGE, inProgressLate: 'sometimes' as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'inProgressLate']])
  })

  it('refuses a step or task out of range in the accessors', () => {
    const timeline = simulate([HAND, LATE], RANGE)
    const unknown = {
      code: 'invalid_input',
      vi: 'Dữ liệu đầu vào không hợp lệ: không có nhiệm vụ hoặc bước mô phỏng này',
      en: 'Invalid input: no such task or step in the simulation',
    }
    expect(failure(() => timeline.status(-1, 0))).toEqual({ ...unknown, path: ['step'] })
    expect(failure(() => timeline.alert(RANGE_DAYS.length, 0))).toEqual({ ...unknown, path: ['step'] })
    expect(failure(() => timeline.missedUpdates(0.5, 0))).toEqual({ ...unknown, path: ['step'] })
    expect(failure(() => timeline.status(0, 2))).toEqual({ ...unknown, path: ['task'] })
    expect(failure(() => timeline.history('nope'))).toEqual({ ...unknown, path: ['task'] })
    expect(failure(() => timeline.history(2))).toEqual({ ...unknown, path: ['task'] })
    expect(failure(() => timeline.evaluationAt(0, 'nope'))).toEqual({ ...unknown, path: ['task'] })
    expect(failure(() => timeline.evaluationAt(-1, 'hand'))).toEqual({ ...unknown, path: ['step'] })
  })
})

describe('simulate: purity and immutability', () => {
  it('freezes the timeline, its ids, steps, counts, citation and histories', () => {
    const timeline = simulate([HAND, LATE], RANGE)
    expect(Object.isFrozen(timeline)).toBe(true)
    expect(Object.isFrozen(timeline.taskIds)).toBe(true)
    expect(Object.isFrozen(timeline.steps)).toBe(true)
    expect(Object.isFrozen(timeline.citation)).toBe(true)
    for (const step of timeline.steps) {
      expect([
        Object.isFrozen(step),
        Object.isFrozen(step.counts),
        Object.isFrozen(step.alerts),
        Object.isFrozen(step.updates),
      ]).toEqual([true, true, true, true])
    }
    const history = timeline.history('hand')
    expect([Object.isFrozen(history), Object.isFrozen(history.status), Object.isFrozen(history.alert)]).toEqual([
      true,
      true,
      true,
    ])
    expect(Object.isFrozen(history.missedUpdates)).toBe(true)
    expect(Object.isFrozen(timeline.shareOf('not-started'))).toBe(true)
    expect(Object.isFrozen(timeline.toJSON())).toBe(true)
  })

  it('does not mutate the tasks or the options it is given', () => {
    const tasks = deepFreeze([structuredClone(HAND), structuredClone(LATE), structuredClone(OPEN)])
    const options = deepFreeze({ ...RANGE, thresholds: { workingDaysLeft: 2 } })
    const before = JSON.stringify([tasks, options])
    expect(() => simulate(tasks, options)).not.toThrow()
    expect(JSON.stringify([tasks, options])).toBe(before)
  })

  it('gives the same output for the same input', () => {
    const first = JSON.stringify(simulate([HAND, LATE, OPEN], RANGE))
    const second = JSON.stringify(simulate([HAND, LATE, OPEN], RANGE))
    expect(second).toBe(first)
  })
})

describe('simulate: a calendar in another zone (Europe/Paris, summer time from Sun 29 March 2026)', () => {
  const allWeek = [['09:00', '17:00']] as [string, string][]
  const paris = workingCalendar({
    zone: 'Europe/Paris',
    week: {
      monday: allWeek,
      tuesday: allWeek,
      wednesday: allWeek,
      thursday: allWeek,
      friday: allWeek,
      saturday: allWeek,
      sunday: allWeek,
    },
  })

  it('ends each step at the end of the local day: 23:59:59.999 +01:00 before the change, +02:00 from the 29th on', () => {
    const timeline = simulate([], { calendar: paris, from: '2026-03-27', to: '2026-03-31' })
    expect(timeline.steps.map((step) => [step.day, step.asOf])).toEqual([
      ['2026-03-27', Date.UTC(2026, 2, 27, 22, 59, 59, 999)],
      ['2026-03-28', Date.UTC(2026, 2, 28, 22, 59, 59, 999)],
      ['2026-03-29', Date.UTC(2026, 2, 29, 21, 59, 59, 999)],
      ['2026-03-30', Date.UTC(2026, 2, 30, 21, 59, 59, 999)],
      ['2026-03-31', Date.UTC(2026, 2, 31, 21, 59, 59, 999)],
    ])
    expect(timeline.steps[2]?.asOf).toBe(paris.millis.endOfDay('2026-03-29'))
  })

  it("steps through the Sundays of March 2026 with 'week', the day of the change included", () => {
    const timeline = simulate([], { calendar: paris, from: '2026-03-01', to: '2026-03-31', step: 'week' })
    expect(daysOf(timeline)).toEqual(['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29', '2026-03-31'])
    expect(timeline.steps.map((step) => step.asOf)).toEqual(timeline.steps.map((step) => paris.millis.endOfDay(step.day)))
  })

  it("reads a task's wall times in the calendar's zone: due at the end of Mon 30 March in Paris", () => {
    const task = { id: 'p', transferredAt: '2026-03-27T09:00', deadline: '2026-03-30' }
    const timeline = simulate([task], { calendar: paris, from: '2026-03-26', to: '2026-03-31' })
    expect(timeline.history('p')).toEqual({
      id: 'p',
      status: [null, 'not-started', 'not-started', 'not-started', 'not-started', 'not-implemented-overdue'],
      alert: [null, 'approaching', 'approaching', 'approaching', 'due', 'overdue'],
      missedUpdates: [0, 0, 0, 0, 0, 0],
    })
    const step = 3
    expect(timeline.evaluationAt(step, 'p')).toEqual(
      evaluateTaskMillis(task, { calendar: paris, asOf: timeline.steps[step]?.asOf as number }),
    )
  })
})

describe('simulate: the calendar’s range', () => {
  it('reports a day outside the range at the option that names it', () => {
    expect(failure(() => simulate([], { from: '2100-12-01', to: '2101-01-05' }))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['options', 'to'],
    })
    expect(failure(() => simulate([], { from: '1999-12-01', to: '2000-01-05' }))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['options', 'from'],
    })
  })
})
