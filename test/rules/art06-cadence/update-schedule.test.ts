import { describe, expect, it } from 'vitest'
import {
  CHECKPOINT_MEASURES,
  cite,
  DURATION_CLASSES,
  FINAL_ENDS,
  SCHEDULE_STARTS,
  type TaskInput,
  UPDATE_CADENCES,
  UPDATE_KINDS,
  type UpdateSchedule,
  updateSchedule,
  vietnamCalendar,
} from '../../../src/index.js'
import { caught } from '../../support/caught.js'

// Every expected value is worked by hand on the official 2025 schedule (Thông báo 6150/TB-BLĐTBXH): Tết off
// Mon 27 – Fri 31 January; 30 April, 1 May and 2 May (swap) off, Saturday 26 April worked; 1–2 September off.
// Working days are counted after the starting day and end at 24:00 (23:59:59.999), docs/calendar.md.

const calendar = vietnamCalendar()

/** Each update as `kind from → dueBy`, ISO in +07:00. */
function lines(schedule: UpdateSchedule): string[] {
  return schedule.updates.map((update) => `${update.kind} ${update.from.toISO()} → ${update.dueBy.toISO()}`)
}

describe('Art. 6.2(b)', () => {
  it('exports each choice as a frozen tuple', () => {
    for (const values of [DURATION_CLASSES, UPDATE_KINDS, SCHEDULE_STARTS, CHECKPOINT_MEASURES, FINAL_ENDS, UPDATE_CADENCES]) {
      expect(Object.isFrozen(values)).toBe(true)
    }
    expect(DURATION_CLASSES).toEqual(['under-1-month', '1-to-3-months', '3-to-6-months', '6-months-or-more'])
  })

  it('cites Art. 6.2(b) on the schedule and freezes it', () => {
    const schedule = updateSchedule({ id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30' }, { calendar })
    expect(schedule.citation).toEqual(cite(6, 2, 'b'))
    expect(schedule.citation.vi).toBe('điểm b khoản 2 Điều 6')
    expect(Object.isFrozen(schedule)).toBe(true)
    expect(Object.isFrozen(schedule.updates)).toBe(true)
    expect(Object.isFrozen(schedule.updates[0])).toBe(true)
  })

  it('does not mutate the task', () => {
    const task = { id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30', events: [] }
    const copy = structuredClone(task)
    updateSchedule(task, { calendar })
    expect(task).toEqual(copy)
  })
})

describe('Art. 6.2(b) — duration classes (B4: calendar months from the start)', () => {
  const classOf = (deadline: string) =>
    updateSchedule({ id: 't', transferredAt: '2025-05-19T08:00', deadline }, { calendar }).durationClass

  it('is under 1 month when the deadline is before start + 1 month', () => {
    expect(classOf('2025-06-19T07:59')).toBe('under-1-month')
  })

  it('puts exactly 1 month in the second class', () => {
    expect(classOf('2025-06-19T08:00')).toBe('1-to-3-months')
  })

  it('puts exactly 3 months in the third class', () => {
    expect(classOf('2025-08-19T07:59')).toBe('1-to-3-months')
    expect(classOf('2025-08-19T08:00')).toBe('3-to-6-months')
  })

  it('classes a task transferred in the calendar’s last months, whose month bounds lie past its range', () => {
    const lateClass = (transferredAt: string, deadline: string) =>
      updateSchedule({ id: 't', transferredAt, deadline }, { calendar }).durationClass
    expect(lateClass('2100-12-01T08:00', '2100-12-20')).toBe('under-1-month')
    expect(lateClass('2100-11-02T08:00', '2100-12-20')).toBe('1-to-3-months')
    expect(lateClass('2100-08-02T08:00', '2100-12-20')).toBe('3-to-6-months')
  })

  it('puts exactly 6 months in the last class', () => {
    expect(classOf('2025-11-19T07:59')).toBe('3-to-6-months')
    expect(classOf('2025-11-19T08:00')).toBe('6-months-or-more')
  })

  it('reads a day deadline as the end of that day: 19 June 2025 is 1 month after 19 May 08:00', () => {
    expect(classOf('2025-06-18')).toBe('under-1-month')
    expect(classOf('2025-06-19')).toBe('1-to-3-months')
  })

  it('keeps the end of a shorter month: 31 January + 1 month is 28 February', () => {
    const of = (deadline: string) =>
      updateSchedule({ id: 't', transferredAt: '2025-01-31T08:00', deadline }, { calendar }).durationClass
    expect(of('2025-02-28T07:59')).toBe('under-1-month')
    expect(of('2025-02-28T08:00')).toBe('1-to-3-months')
  })

  it('puts a task without a deadline in the last class, saying it has none', () => {
    const schedule = updateSchedule({ id: 't', transferredAt: '2025-01-15T09:00' }, { calendar, until: '2025-02-10' })
    expect(schedule.durationClass).toBe('6-months-or-more')
    expect(schedule.hasDeadline).toBe(false)
  })
})

describe('Art. 6.2(b)(1)', () => {
  const task = { id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30' }

  it('requires only the final update, 3 working days after the deadline (30/4–2/5 off: Mon 5, Tue 6, Wed 7 May)', () => {
    const schedule = updateSchedule(task, { calendar })
    expect(schedule.durationClass).toBe('under-1-month')
    expect(schedule.hasDeadline).toBe(true)
    expect(lines(schedule)).toEqual(['final 2025-04-30T23:59:59.999+07:00 → 2025-05-07T23:59:59.999+07:00'])
    expect(schedule.updates[0]?.citation).toEqual(cite(6, 2, 'b', 1))
    expect(schedule.updates[0]?.citation.en).toBe('Art. 6.2(b)(1)')
  })

  it('counts from an on-time completion (B6): Fri 25 April, then Sat 26 (make-up), Mon 28, Tue 29', () => {
    const schedule = updateSchedule({ ...task, events: [{ type: 'completed', at: '2025-04-25T10:00' }] }, { calendar })
    expect(lines(schedule)).toEqual(['final 2025-04-25T10:00:00.000+07:00 → 2025-04-29T23:59:59.999+07:00'])
  })

  it("counts from the deadline with finalEnd: 'deadline', the window opening at the completion", () => {
    const schedule = updateSchedule(
      { ...task, events: [{ type: 'completed', at: '2025-04-25T10:00' }] },
      { calendar, finalEnd: 'deadline' },
    )
    expect(lines(schedule)).toEqual(['final 2025-04-25T10:00:00.000+07:00 → 2025-05-07T23:59:59.999+07:00'])
  })

  it('counts from the deadline when the completion is late', () => {
    const schedule = updateSchedule({ ...task, events: [{ type: 'completed', at: '2025-05-06T10:00' }] }, { calendar })
    expect(lines(schedule)).toEqual(['final 2025-04-30T23:59:59.999+07:00 → 2025-05-07T23:59:59.999+07:00'])
  })

  it('ignores a completion after asOf', () => {
    const schedule = updateSchedule(
      { ...task, events: [{ type: 'completed', at: '2025-04-25T10:00' }] },
      { calendar, asOf: '2025-04-24T10:00' },
    )
    expect(lines(schedule)).toEqual(['final 2025-04-30T23:59:59.999+07:00 → 2025-05-07T23:59:59.999+07:00'])
  })

  it('takes another grace period', () => {
    const schedule = updateSchedule(task, { calendar, finalGraceDays: 1 })
    expect(lines(schedule)).toEqual(['final 2025-04-30T23:59:59.999+07:00 → 2025-05-05T23:59:59.999+07:00'])
  })

  it("ends the grace period at close of business with dayEnd: 'close-of-business' (B2)", () => {
    const schedule = updateSchedule(task, { calendar, dayEnd: 'close-of-business' })
    expect(lines(schedule)).toEqual(['final 2025-04-30T23:59:59.999+07:00 → 2025-05-07T17:00:00.000+07:00'])
  })
})

describe('Art. 6.2(b)(2)', () => {
  it("reads a day deadline on a non-working day at the next working day with dateDeadlines: 'next-working-day' (B14)", () => {
    // Sunday 29 June 2025 → Monday 30 June; the final update: Tue 1, Wed 2, Thu 3 July.
    const task = { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-29' }
    expect(updateSchedule(task, { calendar }).updates[1]?.dueBy.toISO()).toBe('2025-07-02T23:59:59.999+07:00')
    expect(updateSchedule(task, { calendar, dateDeadlines: 'next-working-day' }).updates[1]?.dueBy.toISO()).toBe(
      '2025-07-03T23:59:59.999+07:00',
    )
  })

  it('requires the half-time and the final update; the checkpoint is start + ½ of the calendar time (B5)', () => {
    // 19 May 08:00 → 30 June 08:00 is 42 days: the half is 21 days, Mon 9 June 08:00; + 3 wd: Tue 10, Wed 11, Thu 12.
    // Final: Mon 30 June + 3 wd: Tue 1, Wed 2, Thu 3 July.
    const schedule = updateSchedule({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' }, { calendar })
    expect(schedule.durationClass).toBe('1-to-3-months')
    expect(lines(schedule)).toEqual([
      'half 2025-06-09T08:00:00.000+07:00 → 2025-06-12T23:59:59.999+07:00',
      'final 2025-06-30T08:00:00.000+07:00 → 2025-07-03T23:59:59.999+07:00',
    ])
    expect(schedule.updates.map((update) => update.citation.en)).toEqual(['Art. 6.2(b)(2)', 'Art. 6.2(b)(2)'])
  })

  it('halves a day deadline to the millisecond, rounded down', () => {
    // 19 May 08:00 → 30 June 23:59:59.999 is 42 d 15:59:59.999; half: 21 d 07:59:59.999 → 9 June 15:59:59.999.
    const schedule = updateSchedule({ id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30' }, { calendar })
    expect(lines(schedule)).toEqual([
      'half 2025-06-09T15:59:59.999+07:00 → 2025-06-12T23:59:59.999+07:00',
      'final 2025-06-30T23:59:59.999+07:00 → 2025-07-03T23:59:59.999+07:00',
    ])
  })

  it('skips Tết in the grace period: half on Tue 28 January 2025 is due Wed 5 February', () => {
    // 2 January 08:00 → 23 February 08:00 is 52 days; the half, 26 days, is Tue 28 January (Tết).
    // 29–31 January off, 1–2 February weekend: Mon 3, Tue 4, Wed 5. Final: Sun 23 February → Mon 24, Tue 25, Wed 26.
    const schedule = updateSchedule({ id: 't', transferredAt: '2025-01-02T08:00', deadline: '2025-02-23T08:00' }, { calendar })
    expect(lines(schedule)).toEqual([
      'half 2025-01-28T08:00:00.000+07:00 → 2025-02-05T23:59:59.999+07:00',
      'final 2025-02-23T08:00:00.000+07:00 → 2025-02-26T23:59:59.999+07:00',
    ])
  })

  it("puts the checkpoint at ½ of the working time with checkpoints: 'working-time'", () => {
    // 19 May 08:00 → 30 June 08:00 holds 30 working days (240 h); 120 h end at Fri 6 June 17:00 (B1: stays at the close).
    const schedule = updateSchedule(
      { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' },
      { calendar, checkpoints: 'working-time' },
    )
    expect(lines(schedule)).toEqual([
      'half 2025-06-06T17:00:00.000+07:00 → 2025-06-11T23:59:59.999+07:00',
      'final 2025-06-30T08:00:00.000+07:00 → 2025-07-03T23:59:59.999+07:00',
    ])
  })

  it('takes another interim grace period', () => {
    const schedule = updateSchedule(
      { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' },
      { calendar, interimGraceDays: 5 },
    )
    expect(schedule.updates[0]?.dueBy.toISO()).toBe('2025-06-16T23:59:59.999+07:00')
  })

  it('drops the half-time update of a task completed before it', () => {
    // Completed Thu 5 June 10:00, before the checkpoint of 9 June: final only, + 3 wd: Fri 6, Mon 9, Tue 10.
    const schedule = updateSchedule(
      {
        id: 't',
        transferredAt: '2025-05-19T08:00',
        deadline: '2025-06-30T08:00',
        events: [{ type: 'completed', at: '2025-06-05T10:00' }],
      },
      { calendar },
    )
    expect(lines(schedule)).toEqual(['final 2025-06-05T10:00:00.000+07:00 → 2025-06-10T23:59:59.999+07:00'])
  })

  it("starts at the document's issue with start: 'issue' (B3)", () => {
    // From the transfer (19 May) a deadline of 16 June is under 1 month; from the issue (14 May 08:00) it is not.
    // 14 May 08:00 → 16 June 08:00 is 33 days; half: 16.5 days, Fri 30 May 20:00 → Mon 2, Tue 3, Wed 4 June.
    const task = { id: 't', transferredAt: '2025-05-19T08:00', issuedAt: '2025-05-14T08:00', deadline: '2025-06-16T08:00' }
    expect(updateSchedule(task, { calendar }).durationClass).toBe('under-1-month')
    const schedule = updateSchedule(task, { calendar, start: 'issue' })
    expect(schedule.durationClass).toBe('1-to-3-months')
    expect(lines(schedule)).toEqual([
      'half 2025-05-30T20:00:00.000+07:00 → 2025-06-04T23:59:59.999+07:00',
      'final 2025-06-16T08:00:00.000+07:00 → 2025-06-19T23:59:59.999+07:00',
    ])
  })

  it('follows an extension, which replaces the deadline from its instant on', () => {
    // Extended on 28 April to 30 June: 21 April 09:00 → 30 June 23:59:59.999 is 70 d 14:59:59.999; half: 35 d
    // 07:29:59.999 → Mon 26 May 16:29:59.999, + 3 wd: Thu 29 May. Final: 30 June → Thu 3 July.
    const task: TaskInput = {
      id: 't',
      transferredAt: '2025-04-21T09:00',
      deadline: '2025-04-30',
      events: [{ type: 'deadline-extended', at: '2025-04-28T10:00', deadline: '2025-06-30' }],
    }
    const schedule = updateSchedule(task, { calendar })
    expect(schedule.durationClass).toBe('1-to-3-months')
    expect(lines(schedule)).toEqual([
      'half 2025-05-26T16:29:59.999+07:00 → 2025-05-29T23:59:59.999+07:00',
      'final 2025-06-30T23:59:59.999+07:00 → 2025-07-03T23:59:59.999+07:00',
    ])
    const before = updateSchedule(task, { calendar, asOf: '2025-04-27T00:00' })
    expect(before.durationClass).toBe('under-1-month')
    expect(lines(before)).toEqual(['final 2025-04-30T23:59:59.999+07:00 → 2025-05-07T23:59:59.999+07:00'])
  })
})

describe('Art. 6.2(b)(3)', () => {
  it('requires the ½ and ¾ updates (3 working days each) and the final (5 working days)', () => {
    // 3 March 08:00 → 3 July 08:00 is 122 days. ½: 61 days, Sat 3 May 08:00 → Mon 5, Tue 6, Wed 7 May.
    // ¾: 91.5 days, Mon 2 June 20:00 → Tue 3, Wed 4, Thu 5. Final: Thu 3 July → Fri 4, Mon 7, Tue 8, Wed 9, Thu 10.
    const schedule = updateSchedule({ id: 't', transferredAt: '2025-03-03T08:00', deadline: '2025-07-03T08:00' }, { calendar })
    expect(schedule.durationClass).toBe('3-to-6-months')
    expect(lines(schedule)).toEqual([
      'half 2025-05-03T08:00:00.000+07:00 → 2025-05-07T23:59:59.999+07:00',
      'three-quarters 2025-06-02T20:00:00.000+07:00 → 2025-06-05T23:59:59.999+07:00',
      'final 2025-07-03T08:00:00.000+07:00 → 2025-07-10T23:59:59.999+07:00',
    ])
    expect(schedule.updates.map((update) => update.citation.vi)).toEqual([
      'tiết (3) điểm b khoản 2 Điều 6',
      'tiết (3) điểm b khoản 2 Điều 6',
      'tiết (3) điểm b khoản 2 Điều 6',
    ])
  })

  it('keeps the ½ update and drops the ¾ update of a task completed between them', () => {
    // Completed Tue 20 May 09:00: final + 5 wd: Wed 21, Thu 22, Fri 23, Mon 26, Tue 27 May.
    const schedule = updateSchedule(
      {
        id: 't',
        transferredAt: '2025-03-03T08:00',
        deadline: '2025-07-03T08:00',
        events: [{ type: 'completed', at: '2025-05-20T09:00' }],
      },
      { calendar },
    )
    expect(lines(schedule)).toEqual([
      'half 2025-05-03T08:00:00.000+07:00 → 2025-05-07T23:59:59.999+07:00',
      'final 2025-05-20T09:00:00.000+07:00 → 2025-05-27T23:59:59.999+07:00',
    ])
  })
})

describe('Art. 6.2(b)(4)', () => {
  const task = { id: 't', transferredAt: '2025-01-15T09:00', deadline: '2025-10-31' }

  it('requires a monthly update, due at the end of the month, moved to the next working day (B7)', () => {
    const schedule = updateSchedule(task, { calendar })
    expect(schedule.durationClass).toBe('6-months-or-more')
    expect(lines(schedule)).toEqual([
      // 31 January is Tết; 1–2 February a weekend.
      'periodic 2025-01-15T09:00:00.000+07:00 → 2025-02-03T23:59:59.999+07:00',
      'periodic 2025-02-01T00:00:00.000+07:00 → 2025-02-28T23:59:59.999+07:00',
      'periodic 2025-03-01T00:00:00.000+07:00 → 2025-03-31T23:59:59.999+07:00',
      // 30 April – 2 May off, 3–4 May a weekend.
      'periodic 2025-04-01T00:00:00.000+07:00 → 2025-05-05T23:59:59.999+07:00',
      // Saturday 31 May.
      'periodic 2025-05-01T00:00:00.000+07:00 → 2025-06-02T23:59:59.999+07:00',
      'periodic 2025-06-01T00:00:00.000+07:00 → 2025-06-30T23:59:59.999+07:00',
      'periodic 2025-07-01T00:00:00.000+07:00 → 2025-07-31T23:59:59.999+07:00',
      // Sunday 31 August, then 1–2 September off.
      'periodic 2025-08-01T00:00:00.000+07:00 → 2025-09-03T23:59:59.999+07:00',
      'periodic 2025-09-01T00:00:00.000+07:00 → 2025-09-30T23:59:59.999+07:00',
      'periodic 2025-10-01T00:00:00.000+07:00 → 2025-10-31T23:59:59.999+07:00',
    ])
    expect(schedule.updates.every((update) => update.citation.en === 'Art. 6.2(b)(4)')).toBe(true)
  })

  it('ends the periods on a due day of the month, the next period starting the day after', () => {
    const schedule = updateSchedule(task, { calendar, dueDayOfMonth: 20 })
    expect(lines(schedule)).toEqual([
      'periodic 2025-01-15T09:00:00.000+07:00 → 2025-01-20T23:59:59.999+07:00',
      'periodic 2025-01-21T00:00:00.000+07:00 → 2025-02-20T23:59:59.999+07:00',
      'periodic 2025-02-21T00:00:00.000+07:00 → 2025-03-20T23:59:59.999+07:00',
      // Sunday 20 April.
      'periodic 2025-03-21T00:00:00.000+07:00 → 2025-04-21T23:59:59.999+07:00',
      'periodic 2025-04-21T00:00:00.000+07:00 → 2025-05-20T23:59:59.999+07:00',
      'periodic 2025-05-21T00:00:00.000+07:00 → 2025-06-20T23:59:59.999+07:00',
      // Sunday 20 July.
      'periodic 2025-06-21T00:00:00.000+07:00 → 2025-07-21T23:59:59.999+07:00',
      'periodic 2025-07-21T00:00:00.000+07:00 → 2025-08-20T23:59:59.999+07:00',
      // Saturday 20 September.
      'periodic 2025-08-21T00:00:00.000+07:00 → 2025-09-22T23:59:59.999+07:00',
      'periodic 2025-09-21T00:00:00.000+07:00 → 2025-10-20T23:59:59.999+07:00',
      // The period of 21 October – 20 November begins before the deadline.
      'periodic 2025-10-21T00:00:00.000+07:00 → 2025-11-20T23:59:59.999+07:00',
    ])
  })

  it('starts the first period after its due day when the task arrives later in the month', () => {
    const schedule = updateSchedule(
      { id: 't', transferredAt: '2025-01-22T09:00', deadline: '2025-08-31' },
      { calendar, dueDayOfMonth: 20 },
    )
    expect(lines(schedule).slice(0, 2)).toEqual([
      'periodic 2025-01-22T09:00:00.000+07:00 → 2025-02-20T23:59:59.999+07:00',
      'periodic 2025-02-21T00:00:00.000+07:00 → 2025-03-20T23:59:59.999+07:00',
    ])
  })

  it('requires a quarterly update with cadence: quarterly', () => {
    const schedule = updateSchedule(task, { calendar, cadence: 'quarterly' })
    expect(lines(schedule)).toEqual([
      'periodic 2025-01-15T09:00:00.000+07:00 → 2025-03-31T23:59:59.999+07:00',
      'periodic 2025-04-01T00:00:00.000+07:00 → 2025-06-30T23:59:59.999+07:00',
      'periodic 2025-07-01T00:00:00.000+07:00 → 2025-09-30T23:59:59.999+07:00',
      'periodic 2025-10-01T00:00:00.000+07:00 → 2025-12-31T23:59:59.999+07:00',
    ])
  })

  it('runs up to until for a task without a deadline, yearly with cadence: yearly', () => {
    const schedule = updateSchedule(
      { id: 't', transferredAt: '2025-01-15T09:00' },
      { calendar, cadence: 'yearly', until: '2026-06-30' },
    )
    expect(schedule.hasDeadline).toBe(false)
    expect(lines(schedule)).toEqual([
      'periodic 2025-01-15T09:00:00.000+07:00 → 2025-12-31T23:59:59.999+07:00',
      'periodic 2026-01-01T00:00:00.000+07:00 → 2026-12-31T23:59:59.999+07:00',
    ])
  })

  it('stops at until when it comes before the deadline', () => {
    const schedule = updateSchedule(task, { calendar, until: '2025-02-10T00:00' })
    expect(lines(schedule)).toEqual([
      'periodic 2025-01-15T09:00:00.000+07:00 → 2025-02-03T23:59:59.999+07:00',
      'periodic 2025-02-01T00:00:00.000+07:00 → 2025-02-28T23:59:59.999+07:00',
    ])
  })

  it('stops at an on-time completion', () => {
    const schedule = updateSchedule({ ...task, events: [{ type: 'completed', at: '2025-02-14T10:00' }] }, { calendar })
    expect(schedule.updates.length).toBe(2)
  })
})

describe('Art. 6.2(b)(4) — tiết (4) điểm b khoản 2 Điều 6: periods run while the task is open (B7)', () => {
  // 2026, official schedule: 30 April and 1 May off (2–3 May a weekend); Mon 31 August (swap), 1 and
  // 2 September off (Thông báo 9441/TB-BNV). Transferred Mon 5/1/2026 09:00, due "by 31 July 2026": 5/1 +
  // 6 months = 5/7 09:00, before the deadline, so the task is in the last class.
  const LONG = { id: 'long', transferredAt: '2026-01-05T09:00', deadline: '2026-07-31' }
  const DUE_TO_JULY = [
    // Sat 31/1 → Mon 2/2; Sat 28/2 → Mon 2/3; Tue 31/3; Thu 30/4 and Fri 1/5 off, 2–3/5 weekend → Mon 4/5;
    // Sun 31/5 → Mon 1/6; Tue 30/6; Fri 31/7.
    'periodic 2026-01-05T09:00:00.000+07:00 → 2026-02-02T23:59:59.999+07:00',
    'periodic 2026-02-01T00:00:00.000+07:00 → 2026-03-02T23:59:59.999+07:00',
    'periodic 2026-03-01T00:00:00.000+07:00 → 2026-03-31T23:59:59.999+07:00',
    'periodic 2026-04-01T00:00:00.000+07:00 → 2026-05-04T23:59:59.999+07:00',
    'periodic 2026-05-01T00:00:00.000+07:00 → 2026-06-01T23:59:59.999+07:00',
    'periodic 2026-06-01T00:00:00.000+07:00 → 2026-06-30T23:59:59.999+07:00',
    'periodic 2026-07-01T00:00:00.000+07:00 → 2026-07-31T23:59:59.999+07:00',
  ]

  it('lists the periods up to the deadline while the deadline is ahead', () => {
    expect(lines(updateSchedule(LONG, { calendar, asOf: '2026-06-15T10:00' }))).toEqual(DUE_TO_JULY)
  })

  it('keeps owing them past the deadline while the task is open: August and September as of 15/9/2026', () => {
    expect(lines(updateSchedule(LONG, { calendar, asOf: '2026-09-15T10:00' }))).toEqual([
      ...DUE_TO_JULY,
      // Mon 31/8, Tue 1/9, Wed 2/9 off → Thu 3/9.
      'periodic 2026-08-01T00:00:00.000+07:00 → 2026-09-03T23:59:59.999+07:00',
      'periodic 2026-09-01T00:00:00.000+07:00 → 2026-09-30T23:59:59.999+07:00',
    ])
  })

  it("stops at the deadline with { periodicEnd: 'deadline' } (the first release)", () => {
    expect(lines(updateSchedule(LONG, { calendar, asOf: '2026-09-15T10:00', periodicEnd: 'deadline' }))).toEqual(DUE_TO_JULY)
  })

  it('stops at the completion of a task completed late: the period holding it is the last', () => {
    const late = { ...LONG, events: [{ type: 'completed', at: '2026-08-20T10:00' }] } as const
    expect(lines(updateSchedule(late, { calendar })).at(-1)).toBe(
      'periodic 2026-08-01T00:00:00.000+07:00 → 2026-09-03T23:59:59.999+07:00',
    )
    expect(updateSchedule(late, { calendar, periodicEnd: 'deadline' }).updates.length).toBe(7)
  })

  it('stops at a closure without completion like a completion (B8)', () => {
    const closed = { ...LONG, events: [{ type: 'closed-without-completion', at: '2026-03-10T10:00' }] } as const
    expect(lines(updateSchedule(closed, { calendar, asOf: '2026-09-15T10:00' }))).toEqual(DUE_TO_JULY.slice(0, 3))
  })

  it('stops owing them once a task without a deadline has ended', () => {
    const ended = {
      id: 'open',
      transferredAt: '2026-01-05T09:00',
      events: [{ type: 'completed', at: '2026-02-10T10:00' }],
    } as const
    expect(lines(updateSchedule(ended, { calendar, asOf: '2026-09-15T10:00' }))).toEqual(DUE_TO_JULY.slice(0, 2))
  })
})

describe('Art. 6.2(b)(4) — tiết (4) điểm b khoản 2 Điều 6: no periodic update due sooner than 3 working days after the transfer (B7)', () => {
  // Transferred Tue 31/3/2026 16:00, without a deadline. The earliest a periodic update may fall due is the
  // end of the 3rd working day after the transfer's day: Wed 1/4, Thu 2/4, Fri 3/4 → 2026-04-03T23:59:59.999.
  const LATE_IN_MONTH = { id: 'late', transferredAt: '2026-03-31T16:00', deadline: null }

  it("folds March's period, due at the end of 31/3, into April's, which runs from the transfer", () => {
    expect(lines(updateSchedule(LATE_IN_MONTH, { calendar, asOf: '2026-05-04T10:00' }))).toEqual([
      // 30/4 and 1/5 off, 2–3/5 a weekend → Mon 4/5.
      'periodic 2026-03-31T16:00:00.000+07:00 → 2026-05-04T23:59:59.999+07:00',
      // Sun 31/5 → Mon 1/6.
      'periodic 2026-05-01T00:00:00.000+07:00 → 2026-06-01T23:59:59.999+07:00',
    ])
  })

  it('owes the folded period from the transfer on: as of the transfer itself, one update not yet late', () => {
    expect(lines(updateSchedule(LATE_IN_MONTH, { calendar, asOf: '2026-03-31T16:00' }))).toEqual([
      'periodic 2026-03-31T16:00:00.000+07:00 → 2026-05-04T23:59:59.999+07:00',
    ])
  })

  it('folds nothing with { firstPeriodicGraceDays: 0 } (the first release): March is due the same day', () => {
    expect(lines(updateSchedule(LATE_IN_MONTH, { calendar, asOf: '2026-04-10T10:00', firstPeriodicGraceDays: 0 }))).toEqual([
      'periodic 2026-03-31T16:00:00.000+07:00 → 2026-03-31T23:59:59.999+07:00',
      'periodic 2026-04-01T00:00:00.000+07:00 → 2026-05-04T23:59:59.999+07:00',
    ])
  })

  it('keeps a period due exactly on the earliest instant: not sooner', () => {
    // Transferred Wed 28/1/2026 10:00: 29/1 Thu, 30/1 Fri, 2/2 Mon → the end of Mon 2/2. January's period
    // ends Sat 31/1 and is due the end of Mon 2/2: the same instant, not sooner, so it stays.
    const task = { id: 'jan', transferredAt: '2026-01-28T10:00', deadline: null }
    expect(lines(updateSchedule(task, { calendar, asOf: '2026-02-05T10:00' }))).toEqual([
      'periodic 2026-01-28T10:00:00.000+07:00 → 2026-02-02T23:59:59.999+07:00',
      'periodic 2026-02-01T00:00:00.000+07:00 → 2026-03-02T23:59:59.999+07:00',
    ])
  })

  it('folds only the periods due sooner: with 20 working days of grace (to Wed 29/4/2026), March alone', () => {
    // 20 working days after 31/3: April 2026 has 22 weekdays less Mon 27/4 (nghỉ bù) and Thu 30/4 = 20,
    // the 20th being Wed 29/4; April's period is due Mon 4/5, later: only March is folded.
    expect(lines(updateSchedule(LATE_IN_MONTH, { calendar, asOf: '2026-04-10T10:00', firstPeriodicGraceDays: 20 })).at(0)).toBe(
      'periodic 2026-03-31T16:00:00.000+07:00 → 2026-05-04T23:59:59.999+07:00',
    )
  })
})

describe('Art. 6.2(b)(2) — tiết (2) điểm b khoản 2 Điều 6: a closure ends the schedule like a completion (B8)', () => {
  // Transferred Mon 2/3/2026 09:00, due "by 30 April 2026": 2/3 + 1 month = 2/4 09:00 <= deadline < 2/6 →
  // 1 to 3 months. Half-time: 2/3 09:00 + ⌊(30/4 23:59:59.999 − 2/3 09:00) / 2⌋ = + ⌊59 d 14:59:59.999 / 2⌋ =
  // + 29 d 19:29:59.999 → Wed 1/4/2026 04:29:59.999.
  const TASK = { id: 'closed', transferredAt: '2026-03-02T09:00', deadline: '2026-04-30' }

  it('owes the half-time update of an open task', () => {
    // Due 3 working days after Wed 1/4: Thu 2, Fri 3, Mon 6/4.
    expect(lines(updateSchedule(TASK, { calendar, asOf: '2026-03-25T10:00' }))[0]).toBe(
      'half 2026-04-01T04:29:59.999+07:00 → 2026-04-06T23:59:59.999+07:00',
    )
  })

  it('owes no half-time update after a closure before it; the final update runs from the closure', () => {
    const closed = { ...TASK, events: [{ type: 'closed-without-completion', at: '2026-03-20T10:00' }] } as const
    // The end (B6) is the closure, before the deadline: Fri 20/3 10:00, due 3 working days after: Mon 23,
    // Tue 24, Wed 25/3.
    expect(lines(updateSchedule(closed, { calendar, asOf: '2026-03-25T10:00' }))).toEqual([
      'final 2026-03-20T10:00:00.000+07:00 → 2026-03-25T23:59:59.999+07:00',
    ])
  })
})

describe('Art. 6.2(b) — invalid input', () => {
  it('refuses a task without a deadline and without until', () => {
    const error = caught(() => updateSchedule({ id: 't', transferredAt: '2025-01-15T09:00' }, { calendar }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'until']])
  })

  it("refuses start: 'issue' without issuedAt", () => {
    const error = caught(() =>
      updateSchedule({ id: 't', transferredAt: '2025-01-15T09:00', deadline: '2025-02-01' }, { calendar, start: 'issue' }),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['task', 'issuedAt']])
  })

  it('refuses an unknown option and a bad value', () => {
    const task = { id: 't', transferredAt: '2025-01-15T09:00', deadline: '2025-02-01' }
    expect(caught(() => updateSchedule(task, { calendar, cadance: 'monthly' } as never)).path).toEqual(['options', 'cadance'])
    expect(caught(() => updateSchedule(task, { calendar, dueDayOfMonth: 32 })).path).toEqual(['options', 'dueDayOfMonth'])
    expect(caught(() => updateSchedule(task, { calendar, cadence: 'weekly' as never })).path).toEqual(['options', 'cadence'])
    expect(caught(() => updateSchedule(task, { calendar, asOf: 'soon' })).path).toEqual(['options', 'asOf'])
    expect(caught(() => updateSchedule(task, { calendar, until: '2025-02-30' })).path).toEqual(['options', 'until'])
    expect(caught(() => updateSchedule(task, { calendar, dateDeadlines: 'soon' as never })).path).toEqual([
      'options',
      'dateDeadlines',
    ])
  })

  it('refuses an invalid task at its path', () => {
    const error = caught(() =>
      updateSchedule({ id: 't', transferredAt: '2025-01-15T09:00', deadline: '2025-01-01' }, { calendar }),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['task', 'deadline']])
  })
})
