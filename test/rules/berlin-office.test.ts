// Exact values of the time rules on one hand-built agency calendar, far from the default: Berlin
// (CET, UTC+1, until Sunday 29 March 2026; CEST, UTC+2, after), Monday to Saturday 09:00–17:00 with no
// lunch break (8 working hours a day), Sunday off, and one local day off: Friday 3 April 2026. Each
// expected value has its working beside it; on the default Vietnamese calendar (Monday to Friday,
// UTC+7, a lunch break, none of these days off) every one of them would be another.
//
// The weeks the tests use (2026):
//   Fri 27 Feb, Sat 28 Feb: working | Sat 28 Mar: working | Sun 29 Mar: off, clocks go to CEST
//   Mon 30 Mar … Thu 2 Apr: working | Fri 3 Apr: off (local) | Sat 4 Apr: working | Sun 5 Apr: off
import { describe, expect, it } from 'vitest'
import {
  ACKNOWLEDGE_RECEIPT,
  alertLevel,
  auditFlags,
  CLASSIFY_AND_DISPATCH,
  classifyCompletion,
  deadline,
  dutiesOf,
  evaluateTask,
  nextChange,
  OBJECT_TO_ASSIGNMENT,
  reportCompliance,
  reportingDeadlines,
  type TaskInput,
  updateCompliance,
  updateSchedule,
} from '../../src/index.js'
import { berlinOffice } from '../arbitraries/calendars.js'

const calendar = berlinOffice()

describe('Art. 6 — Điều 6: the time limits on a Berlin office working Saturdays', () => {
  it('Art. 6.2(a) — deadline(ACKNOWLEDGE_RECEIPT) from Saturday 28 March 15:00 CET: Monday 30 March 11:00 CEST', () => {
    // Sat 15:00–17:00: 2 h; Sun off (and the clocks change); Mon 09:00–11:00: 2 h more, 4 h in all.
    expect(deadline(ACKNOWLEDGE_RECEIPT, '2026-03-28T15:00+01:00', { calendar }).due.toISO()).toBe(
      '2026-03-30T11:00:00.000+02:00',
    )
  })

  it('Art. 6.2(a) — deadline(OBJECT_TO_ASSIGNMENT) from Thursday 2 April 13:00: Saturday 4 April 13:00', () => {
    // Thu 13:00–17:00: 4 h; Fri 3 April off; Sat 09:00–13:00: 4 h more, 8 h in all.
    expect(deadline(OBJECT_TO_ASSIGNMENT, '2026-04-02T13:00+02:00', { calendar }).due.toISO()).toBe(
      '2026-04-04T13:00:00.000+02:00',
    )
  })

  it('Art. 6.1(a), B2 — deadline(CLASSIFY_AND_DISPATCH) from Wednesday 1 April: the end of Monday 6 April', () => {
    // Wed not counted; Thu 2 (1), Fri 3 off, Sat 4 (2), Sun 5 off, Mon 6 (3): its end, 24:00 CEST.
    expect(deadline(CLASSIFY_AND_DISPATCH, '2026-04-01T10:00+02:00', { calendar }).due.toISO()).toBe(
      '2026-04-06T23:59:59.999+02:00',
    )
  })

  it('Art. 6.1–6.3 — dutiesOf(): the receipt transferred on Saturday 28 March 15:00 is due on Monday 30 March 11:00', () => {
    const task: TaskInput = {
      id: 'sat',
      transferredAt: '2026-03-28T15:00+01:00',
      events: [{ type: 'acknowledged', at: '2026-03-30T11:00+02:00' }],
    }
    const receipt = dutiesOf(task, { asOf: '2026-03-31T09:00+02:00', calendar }).find(
      (duty) => duty.duty === 'acknowledge-receipt',
    )
    // 4 working hours as above; confirmed exactly at the limit: on time.
    expect([receipt?.dueBy.toISO(), receipt?.state]).toEqual(['2026-03-30T11:00:00.000+02:00', 'met-on-time'])
  })

  it('Art. 6.2(a) — auditFlags(): a receipt confirmed at Monday 30 March 11:00:00.001 is late, flagged at 11:00; one at 11:00 is not', () => {
    const flagsWhen = (at: string) =>
      auditFlags(
        { id: 'sat', transferredAt: '2026-03-28T15:00+01:00', events: [{ type: 'acknowledged', at }] },
        { asOf: '2026-03-31T09:00+02:00', calendar },
      )
        .filter((flag) => flag.kind === 'late-acknowledgement')
        .map((flag) => flag.at.toISO())
    expect(flagsWhen('2026-03-30T11:00:00.000+02:00')).toEqual([])
    expect(flagsWhen('2026-03-30T11:00:00.001+02:00')).toEqual(['2026-03-30T11:00:00.000+02:00'])
  })
})

describe('Art. 4.1(đ), 18.1(d) — the status and the warning on a Berlin office', () => {
  it("Art. 4.1(đ), B14 — classifyCompletion(): due '2026-03-31', completed at 23:30 Berlin time, is on time (the end of 31 March is 23:59:59.999+02:00)", () => {
    const task: TaskInput = {
      id: 'late-evening',
      transferredAt: '2026-03-02T09:00+01:00',
      deadline: '2026-03-31',
      events: [{ type: 'completed', at: '2026-03-31T23:30+02:00' }],
    }
    const result = classifyCompletion(task, { asOf: '2026-04-01T09:00+02:00', calendar })
    expect([result.status, result.deadline?.toISO()]).toEqual(['completed-on-time', '2026-03-31T23:59:59.999+02:00'])
  })

  /** Transferred Monday 2 March 09:00 CET, due on Sunday 5 April (its end), started, open. */
  const SUNDAY_DEADLINE: TaskInput = {
    id: 'sunday',
    transferredAt: '2026-03-02T09:00+01:00',
    deadline: '2026-04-05',
    events: [{ type: 'started', at: '2026-03-02T10:00+01:00' }],
  }
  const level = (asOf: string) => alertLevel(SUNDAY_DEADLINE, { asOf, calendar }).level

  it('Art. 18.1(d), B9 — alertLevel(): due from the start of Saturday 4 April, the last working day on or before Sunday 5 April', () => {
    // Sat 4 April is worked here: "due" from its midnight; a millisecond before, 0 working days are left (approaching).
    expect(level('2026-04-04T00:00+02:00')).toBe('due')
    expect(level('2026-04-03T23:59:59.999+02:00')).toBe('approaching')
  })

  it('Art. 18.1(d), B9 — alertLevel(): approaching by elapsed working time on Friday 27 March 12:00, none on Monday 23 March 12:00', () => {
    // Working time from Mon 2 March 09:00 to the end of Sun 5 April: 29 working days (26 in March from
    // the 2nd, Sundays 8, 15, 22, 29 off; 1, 2 and 4 April) × 8 h = 232 h.
    // Fri 27 March 12:00: 22 days × 8 h + 3 h = 179 h elapsed, 179 / 232 = 77% >= 75%; 6 working days
    // left after it (28, 30, 31 March, 1, 2, 4 April) > 3: approaching by the share.
    expect(level('2026-03-27T12:00+01:00')).toBe('approaching')
    // Mon 23 March 12:00: 18 days × 8 h + 3 h = 147 h, 63%; 10 working days left: none.
    expect(level('2026-03-23T12:00+01:00')).toBe('none')
  })

  it('Art. 4.1(đ), 18.1(d) — evaluateTask() on Saturday 4 April 10:00: in progress on time, due', () => {
    const evaluation = evaluateTask(SUNDAY_DEADLINE, { asOf: '2026-04-04T10:00+02:00', calendar })
    expect([evaluation.status.status, evaluation.status.deadline?.toISO(), evaluation.alert.level]).toEqual([
      'in-progress-on-time',
      '2026-04-05T23:59:59.999+02:00',
      'due',
    ])
  })
})

describe('Art. 6.2(b) — điểm b khoản 2 Điều 6: the required updates on a Berlin office', () => {
  it('Art. 6.2(b)(1), B6 — updateSchedule(): completed on Thursday 2 April 16:00, the final update is due at the end of Tuesday 7 April', () => {
    const task: TaskInput = {
      id: 'short',
      transferredAt: '2026-03-26T10:00+01:00',
      deadline: '2026-04-02',
      events: [{ type: 'completed', at: '2026-04-02T16:00+02:00' }],
    }
    const schedule = updateSchedule(task, { calendar })
    // Under 1 month; the end is the completion; Fri 3 off, Sat 4 (1), Mon 6 (2), Tue 7 (3).
    expect(schedule.durationClass).toBe('under-1-month')
    expect(schedule.updates.map((update) => [update.kind, update.from.toISO(), update.dueBy.toISO()])).toEqual([
      ['final', '2026-04-02T16:00:00.000+02:00', '2026-04-07T23:59:59.999+02:00'],
    ])
  })

  /** No deadline, transferred on Friday 27 February 10:00 CET. */
  const OPEN_ENDED = { id: 'open-ended', transferredAt: '2026-02-27T10:00+01:00' } as const

  it('Art. 6.2(b)(4), B7 — updateSchedule(): February, due at the end of Saturday 28 February, is folded into March; May is due on Monday 1 June', () => {
    // 3 working days after Fri 27 Feb: Sat 28 (1), Mon 2 (2), Tue 3 March (3): the end of 3 March. February's
    // update, due at the end of Sat 28 Feb (a working day here, not moved), would come sooner: folded into March.
    // April ends on Thu 30 (due then); May ends on Sun 31, moved to Mon 1 June (Civil Code Art. 148(5)).
    const schedule = updateSchedule(OPEN_ENDED, { asOf: '2026-05-10T12:00+02:00', calendar })
    expect(schedule.updates.map((update) => [update.from.toISO(), update.dueBy.toISO()])).toEqual([
      ['2026-02-27T10:00:00.000+01:00', '2026-03-31T23:59:59.999+02:00'],
      ['2026-04-01T00:00:00.000+02:00', '2026-04-30T23:59:59.999+02:00'],
      ['2026-05-01T00:00:00.000+02:00', '2026-06-01T23:59:59.999+02:00'],
    ])
  })

  it("Art. 6.2(b)(4) — updateCompliance(): a report at 23:59:59.999 CEST on 31 March meets March's update; one a millisecond later is late for March and meets April's", () => {
    const states = (at: string) =>
      updateCompliance(
        { ...OPEN_ENDED, events: [{ type: 'progress-updated', at }] },
        { asOf: '2026-05-10T12:00+02:00', calendar },
      ).map((item) => item.state)
    expect(states('2026-03-31T23:59:59.999+02:00')).toEqual(['made-on-time', 'missed', 'due'])
    expect(states('2026-04-01T00:00:00.000+02:00')).toEqual(['made-late', 'made-on-time', 'due'])
  })

  it('Art. 9.2 — nextChange(): transferred on Saturday 28 March 15:00 and not confirmed, the next change is the receipt missed at Monday 30 March 11:00:00.001', () => {
    const next = nextChange({ id: 'sat', transferredAt: '2026-03-28T15:00+01:00' }, { asOf: '2026-03-28T15:00+01:00', calendar })
    // The limit of 4 working hours is Mon 11:00 CEST (above); a millisecond after it the receipt is missed.
    expect(next?.at.toISO()).toBe('2026-03-30T11:00:00.001+02:00')
    expect(next?.changes.map((change) => [change.duty, change.from, change.to])).toEqual([
      ['acknowledge-receipt', 'due', 'missed'],
    ])
  })
})

describe('Art. 15, 16 — Điều 15, 16: the report days on a Berlin office', () => {
  it("Art. 16.2, B11 — reportingDeadlines(2026): January's report due at the end of Saturday 24 January (a working day here, kept either way); May's moved to Saturday 23 May", () => {
    const monthly = (nonWorkingDates: 'keep' | 'previous-working-day', month: string) =>
      reportingDeadlines(2026, { calendar, nonWorkingDates })
        .find((report) => report.period === `2026-${month}`)
        ?.due.toISO()
    // "Before the 25th": the end of the 24th, 24:00 CET.
    expect(monthly('keep', '01')).toBe('2026-01-24T23:59:59.999+01:00')
    expect(monthly('previous-working-day', '01')).toBe('2026-01-24T23:59:59.999+01:00')
    // Sun 24 May is off: kept by default, moved to Sat 23 May (worked here) on the option.
    expect(monthly('keep', '05')).toBe('2026-05-24T23:59:59.999+02:00')
    expect(monthly('previous-working-day', '05')).toBe('2026-05-23T23:59:59.999+02:00')
  })

  it("Art. 15.4 — reportCompliance(): March's report sent at the end of 20 March (23:59:59.999 CET) is on time, a millisecond later late", () => {
    const march = (sentAt: string) =>
      reportCompliance([{ kind: 'monthly', period: '2026-03', sentAt }], {
        year: 2026,
        asOf: '2026-04-01T09:00+02:00',
        calendar,
      }).reports.find((report) => report.period === '2026-03')?.state
    // B19: due by the end of the 20th, Friday 20 March, in Berlin (UTC+1 until the 29th).
    expect(march('2026-03-20T23:59:59.999+01:00')).toBe('met-on-time')
    expect(march('2026-03-21T00:00:00.000+01:00')).toBe('met-late')
  })
})
