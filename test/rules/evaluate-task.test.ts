import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/core/freeze.js'
import {
  type AlertThresholds,
  alertLevel,
  CHECKPOINT_MEASURES,
  type CompletionClassification,
  cite,
  classifyCompletion,
  DATE_DEADLINE_READINGS,
  DAY_ENDS,
  type EvaluateTaskOptions,
  evaluateTask,
  evaluateTaskMillis,
  FINAL_ENDS,
  IN_PROGRESS_LATE_READINGS,
  type InProgressLateReading,
  type TaskEvaluation,
  type TaskInput,
  UPDATE_CADENCES,
  type UpdateScheduleSettings,
  updateCompliance,
  updateSchedule,
  vietnamCalendar,
} from '../../src/index.js'
import { instantBetween, MS_PER_DAY } from '../arbitraries/calendar.js'
import { type TaskCase, taskCase, vietnamDayOf, withDeadline } from '../arbitraries/tasks.js'
import { caught } from '../support/caught.js'

// evaluateTask: the status (Art. 4.1(đ)), the update schedule and its compliance (Art. 6.2(b)) and the
// warning (Art. 18.1(d)) of one task from one reading. The exact cases are worked by hand on the official
// 2025 calendar (Mon–Fri 08:00–12:00, 13:00–17:00, Asia/Ho_Chi_Minh = UTC+7; 1–2 September off) and
// agree with the hand-worked golden files of Conclusion 155-KL/TW; the properties prove that each part
// is what its own function returns.

const calendar = vietnamCalendar()

/** Epoch ms of a wall time in Asia/Ho_Chi_Minh (UTC+7 all year, so the offset can be written out). */
function vn(wallTime: string): number {
  const ms = Date.parse(`${wallTime}+07:00`)
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${wallTime}`)
  return ms
}

/** The code and path of the error `run` throws. */
function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

function statusOf(result: CompletionClassification) {
  return {
    status: result.status,
    deadline: result.deadline?.toISO() ?? null,
    originalDeadline: result.originalDeadline?.toISO() ?? null,
    endedAt: result.endedAt?.toISO() ?? null,
    citation: result.citation.en,
  }
}

/** Each compliance item on one line: kind, window, state, and the update that satisfied it. */
function rowsOf(evaluation: TaskEvaluation): string[] {
  return evaluation.compliance.map(
    (item) =>
      `${item.update.kind} ${item.update.from.toISO()} ${item.update.dueBy.toISO()} ${item.state} ${item.satisfiedBy?.type ?? '-'} ${item.satisfiedBy?.at.toISO() ?? '-'}`,
  )
}

function alertOf(evaluation: TaskEvaluation): [string, string, string] {
  return [evaluation.alert.level, evaluation.alert.reason.en, evaluation.alert.citation.en]
}

/** The example of the JSDoc: due end of Mon 30 June 2025, 1 to 3 months (Art. 6.2(b)(2)). */
const EXAMPLE = {
  id: 't',
  transferredAt: '2025-05-19T08:00',
  deadline: '2025-06-30',
  events: [{ type: 'started', at: '2025-05-20T09:00' }],
} as const

/** Conclusion 155-KL/TW §5: the standing units, "to the end of October 2025" (3 to 6 months, Art. 6.2(b)(3)). */
const STANDING_UNITS = {
  id: 'kl155-5-standing-units',
  transferredAt: '2025-05-19T09:00',
  issuedAt: '2025-05-16T16:00',
  deadline: '2025-10-31',
  assigneeKind: 'central-party-agency',
  scope: 'national',
  priority: 'urgent',
  secrecy: 'normal',
  group: 'listed',
} as const

/** Conclusion 155-KL/TW §2.5: a continuous task without a deadline (Art. 4.1(a), Art. 6.2(b)(4)). */
const SECRECY = {
  id: 'kl155-2.5-secrecy',
  transferredAt: '2025-05-19T09:00',
  issuedAt: '2025-05-16T16:00',
  deadline: null,
  assigneeKind: 'provincial-party-committee',
  scope: 'national',
  priority: 'regular',
  secrecy: 'normal',
  group: 'listed',
} as const

/** Conclusion 155-KL/TW §3: drafts "completed before 1 June 2025", i.e. by the end of Sat 31 May (B14). */
const DRAFTS = {
  id: 'kl155-3-draft',
  transferredAt: '2025-05-19T09:00',
  issuedAt: '2025-05-16T16:00',
  deadline: '2025-05-31',
  assigneeKind: 'party-committee-under-central',
  scope: 'national',
  priority: 'urgent',
  secrecy: 'normal',
  group: 'listed',
} as const

describe('evaluateTask: the example (Art. 4.1(đ), 6.2(b)(2), 18.1(d) — điểm đ khoản 1 Điều 4, điểm b khoản 2 Điều 6, điểm d khoản 1 Điều 18)', () => {
  it('is in progress on time, has missed its half-time update, and is about to be overdue on Thu 26 June 09:00', () => {
    const evaluation = evaluateTask(EXAMPLE, { asOf: '2025-06-26T09:00' })
    expect(evaluation.id).toBe('t')
    expect(statusOf(evaluation.status)).toEqual({
      status: 'in-progress-on-time',
      deadline: '2025-06-30T23:59:59.999+07:00',
      originalDeadline: '2025-06-30T23:59:59.999+07:00',
      endedAt: null,
      citation: 'Art. 4.1(đ)',
    })
    expect(evaluation.schedule.durationClass).toBe('1-to-3-months')
    expect(evaluation.schedule.hasDeadline).toBe(true)
    expect(evaluation.schedule.citation).toEqual(cite(6, 2, 'b'))
    // ½ of 42 d 15:59:59.999 after Mon 19/5 08:00 is Mon 9/6 15:59:59.999; 3 working days: Tue 10, Wed 11, Thu 12 June.
    // Final from the deadline; 3 working days: Tue 1, Wed 2, Thu 3 July.
    expect(rowsOf(evaluation)).toEqual([
      'half 2025-06-09T15:59:59.999+07:00 2025-06-12T23:59:59.999+07:00 missed - -',
      'final 2025-06-30T23:59:59.999+07:00 2025-07-03T23:59:59.999+07:00 not-yet-due - -',
    ])
    expect(evaluation.compliance.map((item) => item.citation.en)).toEqual(['Art. 6.2(b)(2)', 'Art. 6.2(b)(2)'])
    // Working days after Thu 26/6 up to Mon 30/6: Fri 27, Mon 30.
    expect(alertOf(evaluation)).toEqual(['approaching', '2 working days left (threshold 3)', 'Art. 18.1(d)'])
  })

  it('shares the update objects of the schedule in its compliance items', () => {
    const evaluation = evaluateTask(EXAMPLE, { asOf: '2025-06-26T09:00', calendar })
    expect(evaluation.compliance).toHaveLength(2)
    expect(evaluation.compliance[0]?.update).toBe(evaluation.schedule.updates[0])
    expect(evaluation.compliance[1]?.update).toBe(evaluation.schedule.updates[1])
  })

  it('gives the same in epoch milliseconds with evaluateTaskMillis', () => {
    const evaluation = evaluateTaskMillis(
      { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30' },
      { asOf: '2025-06-26T09:00' },
    )
    expect(evaluation.status).toEqual({
      status: 'not-started',
      deadline: 1751302799999,
      originalDeadline: 1751302799999,
      endedAt: null,
      citation: cite(4, 1, 'đ'),
    })
    expect(evaluation.schedule).toEqual({
      durationClass: '1-to-3-months',
      hasDeadline: true,
      updates: [
        { kind: 'half', from: vn('2025-06-09T15:59:59.999'), dueBy: vn('2025-06-12T23:59:59.999'), citation: cite(6, 2, 'b', 2) },
        { kind: 'final', from: 1751302799999, dueBy: vn('2025-07-03T23:59:59.999'), citation: cite(6, 2, 'b', 2) },
      ],
      citation: cite(6, 2, 'b'),
    })
    expect(evaluation.compliance.map((item) => [item.state, item.satisfiedBy])).toEqual([
      ['missed', null],
      ['not-yet-due', null],
    ])
    expect(evaluation.compliance[0]?.update).toBe(evaluation.schedule.updates[0])
    expect(evaluation.alert.level).toBe('approaching')
  })
})

describe('evaluateTask: B8, in progress late when behind the update schedule (Art. 4.1(đ) with Art. 6.2(b))', () => {
  it('turns in progress on time into in progress late once an update is missed, and leaves the warning alone', () => {
    const evaluation = evaluateTask(EXAMPLE, { asOf: '2025-06-26T09:00', calendar, inProgressLate: 'behind-update-schedule' })
    expect(evaluation.status.status).toBe('in-progress-late')
    expect(evaluation.status.deadline?.toISO()).toBe('2025-06-30T23:59:59.999+07:00')
    expect(evaluation.alert.level).toBe('approaching')
    expect(statusOf(evaluation.status)).toEqual(
      statusOf(classifyCompletion(EXAMPLE, { asOf: '2025-06-26T09:00', calendar, inProgressLate: 'behind-update-schedule' })),
    )
  })

  it("keeps 'after-deadline' (the default) in progress on time with the same missed update", () => {
    const evaluation = evaluateTask(EXAMPLE, { asOf: '2025-06-26T09:00', calendar, inProgressLate: 'after-deadline' })
    expect(evaluation.status.status).toBe('in-progress-on-time')
  })

  it('does not change a task whose updates are all made or not yet missed', () => {
    // The half update is due until the end of Thu 12 June: at noon that day it is due, not missed.
    const evaluation = evaluateTask(EXAMPLE, { asOf: '2025-06-12T12:00', calendar, inProgressLate: 'behind-update-schedule' })
    expect(evaluation.status.status).toBe('in-progress-on-time')
    expect(evaluation.compliance.map((item) => item.state)).toEqual(['due', 'not-yet-due'])
  })

  it('does not touch a task that has not started, even with a missed update', () => {
    const evaluation = evaluateTask(
      { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30' },
      { asOf: '2025-06-26T09:00', calendar, inProgressLate: 'behind-update-schedule' },
    )
    expect(evaluation.status.status).toBe('not-started')
    expect(evaluation.compliance.map((item) => item.state)).toEqual(['missed', 'not-yet-due'])
  })
})

describe('evaluateTask: Conclusion 155-KL/TW, the standing units (Art. 6.2(b)(3) — tiết (3) điểm b khoản 2 Điều 6)', () => {
  const task = {
    ...STANDING_UNITS,
    events: [
      { type: 'acknowledged', at: '2025-05-19T09:30' },
      { type: 'started', at: '2025-05-20T08:30' },
      { type: 'progress-updated', at: '2025-09-26T10:00' },
      { type: 'progress-updated', at: '2025-08-11T09:00' },
    ],
  } satisfies TaskInput

  it('on Tue 28 October 09:00: on time, ½ made on time, ¾ made late, final not yet due, 3 working days left', () => {
    const evaluation = evaluateTask(task, { asOf: '2025-10-28T09:00', calendar })
    expect(evaluation.id).toBe('kl155-5-standing-units')
    expect(statusOf(evaluation.status)).toEqual({
      status: 'in-progress-on-time',
      deadline: '2025-10-31T23:59:59.999+07:00',
      originalDeadline: '2025-10-31T23:59:59.999+07:00',
      endedAt: null,
      citation: 'Art. 4.1(đ)',
    })
    // Start + 3 months = 19/8 09:00 <= deadline < start + 6 months = 19/11 09:00 (B4).
    expect(evaluation.schedule.durationClass).toBe('3-to-6-months')
    expect(rowsOf(evaluation)).toEqual([
      'half 2025-08-10T04:29:59.999+07:00 2025-08-13T23:59:59.999+07:00 made-on-time progress-updated 2025-08-11T09:00:00.000+07:00',
      'three-quarters 2025-09-20T14:14:59.999+07:00 2025-09-24T23:59:59.999+07:00 made-late progress-updated 2025-09-26T10:00:00.000+07:00',
      'final 2025-10-31T23:59:59.999+07:00 2025-11-07T23:59:59.999+07:00 not-yet-due - -',
    ])
    expect(evaluation.compliance.map((item) => item.citation)).toEqual([
      cite(6, 2, 'b', 3),
      cite(6, 2, 'b', 3),
      cite(6, 2, 'b', 3),
    ])
    // Working days after Tue 28/10 up to Fri 31/10: 29, 30, 31.
    expect(alertOf(evaluation)).toEqual(['approaching', '3 working days left (threshold 3)', 'Art. 18.1(d)'])
  })

  it('on Thu 14 August 00:00 with no update: ½ missed, so in progress late when behind the schedule counts (B8)', () => {
    const started: TaskInput = { ...STANDING_UNITS, events: [{ type: 'started', at: '2025-05-20T08:30' }] }
    const evaluation = evaluateTask(started, { asOf: '2025-08-14T00:00', calendar, inProgressLate: 'behind-update-schedule' })
    expect(evaluation.status.status).toBe('in-progress-late')
    expect(evaluation.compliance.map((item) => `${item.update.kind} ${item.state}`)).toEqual([
      'half missed',
      'three-quarters not-yet-due',
      'final not-yet-due',
    ])
    // 7 h + 72 h (20–30/5) + 168 h (June) + 184 h (July) + 72 h (1–13/8) = 503 h of 943 h = 53 % < 75 %.
    expect(alertOf(evaluation)).toEqual(['none', 'no warning threshold reached', 'Art. 18.1(d)'])
    expect(evaluateTask(started, { asOf: '2025-08-14T00:00', calendar }).status.status).toBe('in-progress-on-time')
  })

  it('runs monthly (Art. 6.2(b)(4)) once an extension to 31 December makes it 6 months or more', () => {
    const extended: TaskInput = {
      ...task,
      events: [...task.events, { type: 'deadline-extended', at: '2025-10-20T10:00', deadline: '2025-12-31' }],
    }
    const evaluation = evaluateTask(extended, { asOf: '2025-10-28T09:00', calendar })
    expect(evaluation.status.deadline?.toISO()).toBe('2025-12-31T23:59:59.999+07:00')
    expect(evaluation.status.originalDeadline?.toISO()).toBe('2025-10-31T23:59:59.999+07:00')
    expect(evaluation.schedule.durationClass).toBe('6-months-or-more')
    expect(evaluation.compliance.map((item) => `${item.update.dueBy.toISODate()} ${item.state}`)).toEqual([
      '2025-06-02 made-late',
      '2025-06-30 made-late',
      '2025-07-31 made-late',
      '2025-09-03 made-on-time',
      '2025-09-30 made-on-time',
      '2025-10-31 due',
      '2025-12-01 not-yet-due',
      '2025-12-31 not-yet-due',
    ])
    expect(evaluation.alert.level).toBe('none')
  })
})

describe('evaluateTask: a task without a deadline (Art. 4.1(a), Art. 6.2(b)(4) — điểm a khoản 1 Điều 4, tiết (4) điểm b khoản 2 Điều 6)', () => {
  it('runs the monthly updates up to asOf by default, as updateSchedule does', () => {
    const evaluation = evaluateTask(SECRECY, { asOf: '2025-07-10T08:00', calendar })
    expect(statusOf(evaluation.status)).toEqual({
      status: 'not-started',
      deadline: null,
      originalDeadline: null,
      endedAt: null,
      citation: 'Art. 4.1(đ)',
    })
    expect(evaluation.schedule.durationClass).toBe('6-months-or-more')
    expect(evaluation.schedule.hasDeadline).toBe(false)
    // May from the transfer, due Mon 2/6 (31/5 Sat, 1/6 Sun); June due Mon 30/6; July due Thu 31/7.
    expect(rowsOf(evaluation)).toEqual([
      'periodic 2025-05-19T09:00:00.000+07:00 2025-06-02T23:59:59.999+07:00 missed - -',
      'periodic 2025-06-01T00:00:00.000+07:00 2025-06-30T23:59:59.999+07:00 missed - -',
      'periodic 2025-07-01T00:00:00.000+07:00 2025-07-31T23:59:59.999+07:00 due - -',
    ])
    expect(evaluation.compliance[0]?.citation).toEqual(cite(6, 2, 'b', 4))
    expect(alertOf(evaluation)).toEqual(['none', 'the task has no deadline', 'Art. 18.1(d)'])
    // updateSchedule runs them to asOf too (B7); with neither asOf nor until they would never end.
    expect(updateSchedule(SECRECY, { asOf: '2025-07-10T08:00', calendar }).updates.length).toBe(3)
    expect(failure(() => updateSchedule(SECRECY, { calendar }))).toEqual(['invalid_input', ['options', 'until']])
  })

  it('runs them up to `until` when given: eight months to 31 December, in progress with no timeliness', () => {
    const task = {
      ...SECRECY,
      events: [
        { type: 'progress-updated', at: '2025-05-30T10:00' },
        { type: 'progress-updated', at: '2025-07-15T10:00' },
        { type: 'progress-updated', at: '2025-09-02T10:00' },
      ],
    } satisfies TaskInput
    const evaluation = evaluateTask(task, { asOf: '2025-09-04T08:00', until: '2025-12-31', calendar })
    expect(evaluation.status.status).toBe('in-progress')
    // August is due Wed 3/9: 31/8 is a Sunday, Mon 1/9 and Tue 2/9 are off (National Day). November is due Mon 1/12.
    expect(rowsOf(evaluation)).toEqual([
      'periodic 2025-05-19T09:00:00.000+07:00 2025-06-02T23:59:59.999+07:00 made-on-time progress-updated 2025-05-30T10:00:00.000+07:00',
      'periodic 2025-06-01T00:00:00.000+07:00 2025-06-30T23:59:59.999+07:00 made-late progress-updated 2025-07-15T10:00:00.000+07:00',
      'periodic 2025-07-01T00:00:00.000+07:00 2025-07-31T23:59:59.999+07:00 made-on-time progress-updated 2025-07-15T10:00:00.000+07:00',
      'periodic 2025-08-01T00:00:00.000+07:00 2025-09-03T23:59:59.999+07:00 made-on-time progress-updated 2025-09-02T10:00:00.000+07:00',
      'periodic 2025-09-01T00:00:00.000+07:00 2025-09-30T23:59:59.999+07:00 made-on-time progress-updated 2025-09-02T10:00:00.000+07:00',
      'periodic 2025-10-01T00:00:00.000+07:00 2025-10-31T23:59:59.999+07:00 not-yet-due - -',
      'periodic 2025-11-01T00:00:00.000+07:00 2025-12-01T23:59:59.999+07:00 not-yet-due - -',
      'periodic 2025-12-01T00:00:00.000+07:00 2025-12-31T23:59:59.999+07:00 not-yet-due - -',
    ])
    expect(evaluation.alert.level).toBe('none')
  })
})

describe('evaluateTask: a completed task (Art. 4.1(đ), Art. 6.2(b)(1) — tiết (1) điểm b khoản 2 Điều 6)', () => {
  const task = {
    ...DRAFTS,
    events: [
      { type: 'completed', at: '2025-05-30T16:00' },
      { type: 'acknowledged', at: '2025-05-19T10:30' },
      { type: 'started', at: '2025-05-20T09:00' },
    ],
  } satisfies TaskInput

  it('is completed on time, its completion is the final update, and it calls for no warning', () => {
    const evaluation = evaluateTask(task, { asOf: '2025-06-02T08:00', calendar })
    expect(statusOf(evaluation.status)).toEqual({
      status: 'completed-on-time',
      deadline: '2025-05-31T23:59:59.999+07:00',
      originalDeadline: '2025-05-31T23:59:59.999+07:00',
      endedAt: '2025-05-30T16:00:00.000+07:00',
      citation: 'Art. 4.1(đ)',
    })
    // Start + 1 month = 19/6 > deadline: under 1 month. The final counts from the completion (B6): Mon 2, Tue 3, Wed 4 June.
    expect(evaluation.schedule.durationClass).toBe('under-1-month')
    expect(rowsOf(evaluation)).toEqual([
      'final 2025-05-30T16:00:00.000+07:00 2025-06-04T23:59:59.999+07:00 made-on-time completed 2025-05-30T16:00:00.000+07:00',
    ])
    expect(evaluation.compliance[0]?.citation).toEqual(cite(6, 2, 'b', 1))
    expect(alertOf(evaluation)).toEqual(['none', 'the task has ended', 'Art. 18.1(d)'])
  })

  it('gives the completion and the satisfying update in epoch milliseconds with evaluateTaskMillis', () => {
    const evaluation = evaluateTaskMillis(task, { asOf: '2025-06-02T08:00', calendar })
    expect(evaluation.status.endedAt).toBe(vn('2025-05-30T16:00'))
    expect(evaluation.status.deadline).toBe(vn('2025-05-31T23:59:59.999'))
    expect(evaluation.compliance).toEqual([
      {
        update: {
          kind: 'final',
          from: vn('2025-05-30T16:00'),
          dueBy: vn('2025-06-04T23:59:59.999'),
          citation: cite(6, 2, 'b', 1),
        },
        state: 'made-on-time',
        satisfiedBy: { type: 'completed', at: vn('2025-05-30T16:00') },
        citation: cite(6, 2, 'b', 1),
      },
    ])
  })
})

describe('evaluateTask: options reach every part (B14 day deadlines, Art. 18.1(d) thresholds, B5–B7 settings)', () => {
  it("moves the Saturday deadline to the end of Mon 2 June everywhere with dateDeadlines 'next-working-day'", () => {
    const evaluation = evaluateTask(DRAFTS, { asOf: '2025-06-01T10:00', calendar, dateDeadlines: 'next-working-day' })
    expect(evaluation.status.deadline?.toISO()).toBe('2025-06-02T23:59:59.999+07:00')
    expect(evaluation.status.status).toBe('not-started')
    // Final from the end of Mon 2/6; Tue 3, Wed 4, Thu 5 June.
    expect(rowsOf(evaluation)).toEqual(['final 2025-06-02T23:59:59.999+07:00 2025-06-05T23:59:59.999+07:00 not-yet-due - -'])
    expect(alertOf(evaluation)).toEqual(['approaching', '1 working day left (threshold 3)', 'Art. 18.1(d)'])
  })

  it('applies the thresholds of the warning: 50 % of 247 working hours have elapsed on Mon 9 June 13:30', () => {
    const task = { ...DRAFTS, id: 'kl155-1-focus', deadline: '2025-06-30' }
    expect(evaluateTask(task, { asOf: '2025-06-09T13:30', calendar }).alert.level).toBe('none')
    expect(alertOf(evaluateTask(task, { asOf: '2025-06-09T13:30', calendar, thresholds: { elapsedShare: 0.5 } }))).toEqual([
      'approaching',
      '50% of the working time has elapsed (threshold 50%)',
      'Art. 18.1(d)',
    ])
  })

  it('applies the schedule settings: with no grace days the half update is due by the end of its checkpoint day (B2, B5)', () => {
    const evaluation = evaluateTask(EXAMPLE, { asOf: '2025-06-10T09:00', calendar, interimGraceDays: 0 })
    expect(rowsOf(evaluation)).toEqual([
      'half 2025-06-09T15:59:59.999+07:00 2025-06-09T23:59:59.999+07:00 missed - -',
      'final 2025-06-30T23:59:59.999+07:00 2025-07-03T23:59:59.999+07:00 not-yet-due - -',
    ])
    expect(rowsOf(evaluateTask(EXAMPLE, { asOf: '2025-06-10T09:00', calendar }))[0]).toBe(
      'half 2025-06-09T15:59:59.999+07:00 2025-06-12T23:59:59.999+07:00 due - -',
    )
  })

  it('counts from the issue of the document with start: issue (B3)', () => {
    const evaluation = evaluateTask(DRAFTS, { asOf: '2025-05-20T09:00', calendar, start: 'issue' })
    // Issued Fri 16/5 16:00 + 1 month = 16/6 16:00 > deadline: still under 1 month, final only.
    expect(evaluation.schedule.durationClass).toBe('under-1-month')
    expect(rowsOf(evaluation)).toEqual(['final 2025-05-31T23:59:59.999+07:00 2025-06-04T23:59:59.999+07:00 not-yet-due - -'])
  })
})

describe('evaluateTask: errors (invalid_input with the path of the bad field)', () => {
  const asOf = '2025-06-02T08:00'

  it('reports a bad task under `task`', () => {
    expect(failure(() => evaluateTask({ id: '', transferredAt: '2025-05-19T09:00' }, { asOf, calendar }))).toEqual([
      'invalid_input',
      ['task', 'id'],
    ])
    expect(failure(() => evaluateTask('t' as never, { asOf, calendar }))).toEqual(['invalid_input', ['task']])
    expect(failure(() => evaluateTask({ ...DRAFTS, deadline: '2025-05-18' }, { asOf, calendar }))).toEqual([
      'invalid_input',
      ['task', 'deadline'],
    ])
    expect(
      failure(() =>
        evaluateTask({ ...DRAFTS, events: [{ type: 'paused', at: '2025-05-20T09:00' }] } as never, { asOf, calendar }),
      ),
    ).toEqual(['invalid_input', ['task', 'events', 0, 'type']])
    expect(
      failure(() =>
        evaluateTask({ ...DRAFTS, events: [{ type: 'deadline-extended', at: '2025-05-20T09:00' }] }, { asOf, calendar }),
      ),
    ).toEqual(['invalid_input', ['task', 'events', 0, 'deadline']])
    expect(failure(() => evaluateTask({ ...DRAFTS, owner: 'x' } as never, { asOf, calendar }))).toEqual([
      'invalid_input',
      ['task', 'owner'],
    ])
  })

  it('reports a start at the issue of a task without an issue instant at the task', () => {
    expect(failure(() => evaluateTask(EXAMPLE, { asOf, calendar, start: 'issue' }))).toEqual([
      'invalid_input',
      ['task', 'issuedAt'],
    ])
  })

  it('reports bad options under `options`', () => {
    const bad: [Record<string, unknown>, readonly (string | number)[]][] = [
      [{ thresholds: { elapsedShare: 2 } }, ['options', 'thresholds', 'elapsedShare']],
      [{ thresholds: { workingDaysLeft: -1 } }, ['options', 'thresholds', 'workingDaysLeft']],
      [{ thresholds: { days: 3 } }, ['options', 'thresholds', 'days']],
      [{ thresholds: 'x' }, ['options', 'thresholds']],
      [{ inProgressLate: 'x' }, ['options', 'inProgressLate']],
      [{ checkpoints: 'x' }, ['options', 'checkpoints']],
      [{ interimGraceDays: 1.5 }, ['options', 'interimGraceDays']],
      [{ dateDeadlines: 'previous-working-day' }, ['options', 'dateDeadlines']],
      [{ until: 'tomorrow' }, ['options', 'until']],
      [{ owner: 'x' }, ['options', 'owner']],
      [{ asOf: 'soon' }, ['options', 'asOf']],
      [{ asOf: undefined }, ['options', 'asOf']],
      [{ asOf: 1.5 }, ['options', 'asOf']],
    ]
    for (const [options, path] of bad) {
      const given = { asOf, calendar, ...options } as EvaluateTaskOptions
      expect(failure(() => evaluateTask(EXAMPLE, given))).toEqual(['invalid_input', path])
      expect(failure(() => evaluateTaskMillis(EXAMPLE, given))).toEqual(['invalid_input', path])
    }
  })

  it('reports a missing asOf', () => {
    expect(failure(() => evaluateTask(EXAMPLE, { calendar } as EvaluateTaskOptions))).toEqual([
      'invalid_input',
      ['options', 'asOf'],
    ])
  })

  it('checks the options before the task: a bad option fails whatever the data', () => {
    expect(
      failure(() => evaluateTask({ id: '' } as never, { asOf, calendar, inProgressLate: 'x' as InProgressLateReading })),
    ).toEqual(['invalid_input', ['options', 'inProgressLate']])
    expect(failure(() => evaluateTaskMillis({ id: '' } as never, { asOf: 'soon', calendar }))).toEqual([
      'invalid_input',
      ['options', 'asOf'],
    ])
  })
})

// ---------------------------------------------------------------------------------------------------
// Properties: each part is what its own function returns, for random tasks and options.

const RUNS = { numRuns: 250 }

type Settings = Omit<UpdateScheduleSettings, 'start'> & { start?: 'transfer' | 'issue' }

type EvaluationCase = {
  readonly c: TaskCase
  readonly task: TaskCase['task']
  readonly asOf: number
  readonly until: number | string | undefined
  readonly settings: Settings
  readonly thresholds: AlertThresholds | undefined
  readonly inProgressLate: InProgressLateReading | undefined
}

const settingsArbitrary = (withIssue: boolean): fc.Arbitrary<Settings> =>
  fc.oneof(
    fc.constant({}),
    fc.record({ dateDeadlines: fc.constantFrom(...DATE_DEADLINE_READINGS) }),
    fc.record(
      {
        start: withIssue ? fc.constantFrom('transfer' as const, 'issue' as const) : fc.constant('transfer' as const),
        checkpoints: fc.constantFrom(...CHECKPOINT_MEASURES),
        interimGraceDays: fc.integer({ min: 0, max: 5 }),
        finalGraceDays: fc.integer({ min: 0, max: 6 }),
        finalEnd: fc.constantFrom(...FINAL_ENDS),
        cadence: fc.constantFrom(...UPDATE_CADENCES),
        dueDayOfMonth: fc.integer({ min: 1, max: 31 }),
        dayEnd: fc.constantFrom(...DAY_ENDS),
        dateDeadlines: fc.constantFrom(...DATE_DEADLINE_READINGS),
      },
      { requiredKeys: [] },
    ),
  )

/** An asOf around the task's life, before its deadline, or in the week around its deadline. */
function asOfFor(c: TaskCase): fc.Arbitrary<number> {
  const around = instantBetween(c.transfer - MS_PER_DAY, c.transfer + 300 * MS_PER_DAY)
  return c.deadline === null
    ? around
    : fc.oneof(
        around,
        fc.integer({ min: c.transfer, max: c.deadline }),
        instantBetween(c.deadline - 7 * MS_PER_DAY, c.deadline + MS_PER_DAY),
      )
}

/**
 * Generated tasks, a third of them given a deadline 170 to 400 days after the transfer (an instant or
 * a day), so that the monthly updates of a task with a deadline (Art. 6.2(b)(4)) are common too.
 */
const anyTaskCase: fc.Arbitrary<TaskCase> = fc.oneof(
  taskCase(),
  taskCase(),
  taskCase().chain((c) =>
    fc
      .tuple(instantBetween(c.transfer + 170 * MS_PER_DAY, c.transfer + 400 * MS_PER_DAY), fc.boolean())
      .map(([ms, asDay]): TaskCase => {
        return withDeadline(c, asDay ? vietnamDayOf(ms) : ms)
      }),
  ),
)

function untilFor(asOf: number): fc.Arbitrary<number | string | undefined> {
  const instant = instantBetween(asOf - 60 * MS_PER_DAY, asOf + 200 * MS_PER_DAY)
  return fc.oneof(
    fc.constant(undefined),
    instant,
    instant.map((ms) => calendar.dayOf(ms)),
  )
}

const evaluationCase: fc.Arbitrary<EvaluationCase> = fc
  .tuple(anyTaskCase, fc.option(fc.integer({ min: 0, max: 20 * MS_PER_DAY }), { nil: undefined }))
  .chain(([c, issueBefore]) => {
    const task = issueBefore === undefined ? c.task : { ...c.task, issuedAt: c.transfer - issueBefore }
    return asOfFor(c).chain((asOf) =>
      fc.record({
        c: fc.constant(c),
        task: fc.constant(task),
        asOf: fc.constant(asOf),
        until: untilFor(asOf),
        settings: settingsArbitrary(issueBefore !== undefined),
        thresholds: fc.option(
          fc.record(
            {
              workingDaysLeft: fc.integer({ min: 0, max: 10 }),
              elapsedShare: fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100),
            },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        inProgressLate: fc.option(fc.constantFrom(...IN_PROGRESS_LATE_READINGS), { nil: undefined }),
      }),
    )
  })

function optionsOf(e: EvaluationCase): EvaluateTaskOptions {
  return {
    asOf: e.asOf,
    calendar,
    ...e.settings,
    ...(e.until === undefined ? {} : { until: e.until }),
    ...(e.thresholds === undefined ? {} : { thresholds: e.thresholds }),
    ...(e.inProgressLate === undefined ? {} : { inProgressLate: e.inProgressLate }),
  }
}

function dateDeadlinesOf(e: EvaluationCase) {
  return e.settings.dateDeadlines === undefined ? {} : { dateDeadlines: e.settings.dateDeadlines }
}

/** A result compared by value: every luxon DateTime as its ISO form and zone. */
function byValue(value: unknown): unknown {
  if (DateTime.isDateTime(value)) return `${value.toISO()} [${value.zoneName}]`
  if (Array.isArray(value)) return value.map(byValue)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, byValue(field)]))
  }
  return value
}

/** A result with every luxon DateTime replaced by its epoch milliseconds. */
function toMillis(value: unknown): unknown {
  if (DateTime.isDateTime(value)) return value.toMillis()
  if (Array.isArray(value)) return value.map(toMillis)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, toMillis(field)]))
  }
  return value
}

/** Every DateTime of a result, with where it is. */
function dateTimesOf(value: unknown, path = 'result'): [string, DateTime][] {
  if (DateTime.isDateTime(value)) return [[path, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, field]) => dateTimesOf(field, `${path}.${key}`))
}

/** Every object and array of a result is frozen (luxon DateTimes are immutable by their own design, and skipped). */
function unfrozenPaths(value: unknown, path = 'result'): string[] {
  if (typeof value !== 'object' || value === null || DateTime.isDateTime(value)) return []
  const here = Object.isFrozen(value) ? [] : [path]
  return [...here, ...Object.entries(value).flatMap(([key, field]) => unfrozenPaths(field, `${path}.${key}`))]
}

describe('evaluateTask: properties (Art. 4.1(đ), 6.2(b), 18.1(d))', () => {
  it('gives the schedule of updateSchedule as of asOf, running to until, or to asOf without a deadline in force', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const evaluation = evaluateTask(e.task, optionsOf(e))
        const base = { asOf: e.asOf, calendar, ...e.settings }
        // hasDeadline tells whether a deadline is in force at asOf; it does not depend on `until`.
        const inForce = updateSchedule(e.task, { ...base, until: e.asOf }).hasDeadline
        const until = e.until ?? (inForce ? undefined : e.asOf)
        const expected = updateSchedule(e.task, until === undefined ? base : { ...base, until })
        expect(byValue(evaluation.schedule)).toEqual(byValue(expected))
        expect(evaluation.schedule.hasDeadline).toBe(inForce)
      }),
      RUNS,
    )
  })

  it('gives the schedule of updateSchedule with the same explicit until, for every task', () => {
    fc.assert(
      fc.property(
        evaluationCase.chain((e) =>
          fc.tuple(fc.constant(e), instantBetween(e.asOf - 60 * MS_PER_DAY, e.asOf + 200 * MS_PER_DAY)),
        ),
        ([e, until]) => {
          const evaluation = evaluateTask(e.task, { ...optionsOf(e), until })
          const expected = updateSchedule(e.task, { asOf: e.asOf, calendar, until, ...e.settings })
          expect(byValue(evaluation.schedule)).toEqual(byValue(expected))
        },
      ),
      RUNS,
    )
  })

  it('gives the compliance of updateCompliance, whose items share the schedule’s update objects', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const evaluation = evaluateTask(e.task, optionsOf(e))
        const expected = updateCompliance(e.task, {
          asOf: e.asOf,
          calendar,
          ...e.settings,
          ...(e.until === undefined ? {} : { until: e.until }),
        })
        expect(byValue(evaluation.compliance)).toEqual(byValue(expected))
        expect(evaluation.compliance).toHaveLength(evaluation.schedule.updates.length)
        evaluation.compliance.forEach((item, index) => {
          expect(item.update).toBe(evaluation.schedule.updates[index])
        })
      }),
      RUNS,
    )
  })

  it('gives the warning of alertLevel', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const evaluation = evaluateTask(e.task, optionsOf(e))
        const expected = alertLevel(e.task, {
          asOf: e.asOf,
          calendar,
          ...dateDeadlinesOf(e),
          ...(e.thresholds === undefined ? {} : { thresholds: e.thresholds }),
        })
        expect(evaluation.alert).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('gives the status of classifyCompletion (with B8 behind-update-schedule: of the default schedule settings)', () => {
    fc.assert(
      fc.property(
        evaluationCase.map((e) => ({ ...e, until: undefined, settings: dateDeadlinesOf(e) })),
        (e) => {
          const evaluation = evaluateTask(e.task, optionsOf(e))
          const expected = classifyCompletion(e.task, {
            asOf: e.asOf,
            calendar,
            ...dateDeadlinesOf(e),
            ...(e.inProgressLate === undefined ? {} : { inProgressLate: e.inProgressLate }),
          })
          expect(byValue(evaluation.status)).toEqual(byValue(expected))
        },
      ),
      RUNS,
    )
  })

  it('gives the status of classifyCompletion, made late by a missed update of its own compliance under behind-update-schedule', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const evaluation = evaluateTask(e.task, optionsOf(e))
        const plain = classifyCompletion(e.task, { asOf: e.asOf, calendar, ...dateDeadlinesOf(e) })
        const behind =
          e.inProgressLate === 'behind-update-schedule' &&
          plain.status === 'in-progress-on-time' &&
          evaluation.compliance.some((item) => item.state === 'missed')
        expect(byValue(evaluation.status)).toEqual(byValue(behind ? { ...plain, status: 'in-progress-late' } : plain))
      }),
      RUNS,
    )
  })

  it('gives in evaluateTaskMillis the same result with every DateTime as its epoch milliseconds; DateTimes are in the calendar zone', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const evaluation = evaluateTask(e.task, optionsOf(e))
        const millis = evaluateTaskMillis(e.task, optionsOf(e))
        expect(millis).toEqual(toMillis(evaluation))
        for (const [path, time] of dateTimesOf(evaluation)) {
          expect([path, time.isValid, time.zoneName]).toEqual([path, true, 'Asia/Ho_Chi_Minh'])
        }
        // The instants sit where the structure says, as numbers in the millis form.
        expect(typeof millis.status.originalDeadline).toBe(e.c.deadline === null ? 'object' : 'number')
        millis.compliance.forEach((item, index) => {
          expect(item.update).toBe(millis.schedule.updates[index])
          expect(typeof item.update.from).toBe('number')
          expect(typeof item.update.dueBy).toBe('number')
          if (item.satisfiedBy !== null) expect(typeof item.satisfiedBy.at).toBe('number')
        })
      }),
      RUNS,
    )
  })

  it('returns deeply frozen results and leaves its input unchanged (a deeply frozen task and options are read alike)', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const snapshot = structuredClone(e.task)
        const evaluation = evaluateTask(e.task, optionsOf(e))
        const millis = evaluateTaskMillis(e.task, optionsOf(e))
        expect(e.task).toEqual(snapshot)
        expect(unfrozenPaths(evaluation)).toEqual([])
        expect(unfrozenPaths(millis)).toEqual([])
        expect(Object.isFrozen(evaluation.schedule.updates)).toBe(true)
        const frozenTask = deepFreeze(structuredClone(e.task))
        const frozenOptions = deepFreeze({ ...optionsOf(e), thresholds: structuredClone(e.thresholds) })
        expect(byValue(evaluateTask(frozenTask, frozenOptions))).toEqual(byValue(evaluation))
        expect(evaluateTaskMillis(frozenTask, frozenOptions)).toEqual(millis)
      }),
      RUNS,
    )
  })

  it('does not depend on the order of the events', () => {
    fc.assert(
      fc.property(
        evaluationCase.chain((e) =>
          fc.tuple(fc.constant(e), fc.shuffledSubarray([...e.task.events], { minLength: e.task.events.length })),
        ),
        ([e, shuffled]) => {
          const options = optionsOf(e)
          expect(evaluateTaskMillis({ ...e.task, events: shuffled }, options)).toEqual(evaluateTaskMillis(e.task, options))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('reads instants given as ISO strings like the same epoch milliseconds', () => {
    fc.assert(
      fc.property(evaluationCase, (e) => {
        const iso = (ms: number) => calendar.toDateTime(ms).toISO() as string
        const task = {
          ...e.task,
          transferredAt: iso(e.c.transfer),
          events: e.task.events.map((event) => ({ ...event, at: iso(event.at as number) })),
        }
        const options = { ...optionsOf(e), asOf: iso(e.asOf) }
        expect(evaluateTaskMillis(task, options)).toEqual(evaluateTaskMillis(e.task, optionsOf(e)))
      }),
      { numRuns: 200 },
    )
  })
})
