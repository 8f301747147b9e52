import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ALERT_LEVELS,
  type Alert,
  type AlertLevel,
  type AlertLevelOptions,
  type AlertThresholds,
  alertLevel,
  type TaskEvent,
  type TaskInput,
  vietnamCalendar,
} from '../../../src/index.js'
import { caught } from '../../support/caught.js'

// Art. 18.1(d) and B9 of the interpretation register. Every expected level is worked out by hand
// on the official 2025 calendar (no holiday from 19 May to 31 July 2025; Mon–Fri 08:00–12:00,
// 13:00–17:00); never by running the library.
//
// LONG: transferred Mon 19/5/2025 09:00, deadline "by 30 June 2025" (end of Mon 30/6).
//   Working days 19/5–30/6: 10 in May + 21 in June = 31; the first has 7 h (09:00–17:00 less lunch).
//   Total working time = 30 × 8 h + 7 h = 247 h. 75 % = 185.25 h = 7 h + 22 full days (176 h, through
//   Wed 18/6) + 2.25 h on Thu 19/6 → reached at Thu 19/6/2025 10:15. 50 % = 123.5 h = 7 h + 14 full days
//   (112 h, through Fri 6/6) + 4.5 h on Mon 9/6 (08:00–12:00, 13:00–13:30) → reached at Mon 9/6 13:30.
// SHORT: transferred Mon 23/6/2025 09:00, same deadline. Total 7 + 4 × 8 + 8 = 47 h.

const calendar = vietnamCalendar()

const LONG = { id: 'kl155-1', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' } as const
const SHORT = { id: 'kl155-1b', transferredAt: '2025-06-23T09:00', deadline: '2025-06-30' } as const

function level(task: TaskInput, asOf: string, options: Omit<AlertLevelOptions, 'asOf'> = {}): AlertLevel {
  return alertLevel(task, { calendar, ...options, asOf }).level
}

function reason(task: TaskInput, asOf: string, options: Omit<AlertLevelOptions, 'asOf'> = {}): string {
  return alertLevel(task, { calendar, ...options, asOf }).reason.en
}

function withEvents(task: TaskInput, events: readonly TaskEvent[]): TaskInput {
  return { ...task, events }
}

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: the four levels (B9)', () => {
  it('lists the levels in rising order', () => {
    expect(ALERT_LEVELS).toEqual(['none', 'approaching', 'due', 'overdue'])
  })

  it('cites điểm d khoản 1 Điều 18', () => {
    expect(alertLevel(LONG, { asOf: '2025-05-20T09:00', calendar }).citation).toStrictEqual({
      article: 18,
      clause: 1,
      point: 'd',
      vi: 'điểm d khoản 1 Điều 18',
      en: 'Art. 18.1(d)',
    })
  })

  it('is none the day after the transfer (15 h of 247 h elapsed, 29 working days left)', () => {
    expect(level(LONG, '2025-05-20T09:00')).toBe('none')
  })

  it('says no threshold was reached', () => {
    expect(alertLevel(LONG, { asOf: '2025-05-20T09:00', calendar }).reason).toEqual({
      vi: 'chưa đến ngưỡng cảnh báo',
      en: 'no warning threshold reached',
    })
  })

  it('is none one millisecond before 75 % of the working time has elapsed (Thu 19/6/2025 10:14:59.999, 7 days left)', () => {
    expect(level(LONG, '2025-06-19T10:14:59.999')).toBe('none')
  })

  it('is approaching when 75 % of the working time has elapsed (Thu 19/6/2025 10:15)', () => {
    expect(level(LONG, '2025-06-19T10:15')).toBe('approaching')
  })

  it('gives the elapsed share as the reason', () => {
    expect(reason(LONG, '2025-06-19T10:15')).toBe('75% of the working time has elapsed (threshold 75%)')
  })

  it('is none with 4 working days left and 17 % elapsed (SHORT, Tue 24/6/2025 09:00: 8 h of 47 h)', () => {
    expect(level(SHORT, '2025-06-24T09:00')).toBe('none')
  })

  it('is approaching with 3 working days left (SHORT, Wed 25/6/2025 09:00: Thu 26, Fri 27, Mon 30)', () => {
    expect(level(SHORT, '2025-06-25T09:00')).toBe('approaching')
  })

  it('gives the working days left as the reason', () => {
    expect(reason(SHORT, '2025-06-25T09:00')).toBe('3 working days left (threshold 3)')
  })

  it('is approaching at the last instant of the day before (Sun 29/6/2025 23:59:59.999, 1 day left)', () => {
    expect(level(LONG, '2025-06-29T23:59:59.999')).toBe('approaching')
  })

  it('is due from the first instant of the deadline’s day (Mon 30/6/2025 00:00)', () => {
    expect(level(LONG, '2025-06-30T00:00')).toBe('due')
  })

  it('is due during the deadline’s day', () => {
    expect(level(LONG, '2025-06-30T08:00')).toBe('due')
  })

  it('says the deadline is today', () => {
    expect(alertLevel(LONG, { asOf: '2025-06-30T08:00', calendar }).reason).toEqual({
      vi: 'hôm nay là ngày đến hạn',
      en: 'the deadline is today',
    })
  })

  it('is due at the deadline instant itself', () => {
    expect(level(LONG, '2025-06-30T23:59:59.999')).toBe('due')
  })

  it('is overdue one millisecond after the deadline', () => {
    expect(level(LONG, '2025-07-01T00:00')).toBe('overdue')
  })

  it('says the deadline has passed', () => {
    expect(reason(LONG, '2025-07-01T00:00')).toBe('past the deadline')
  })
})

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: a deadline on a Saturday (B14: "before 1 June 2025")', () => {
  const SATURDAY = { id: 'kl155-3a', transferredAt: '2025-05-19T09:00', deadline: '2025-05-31' } as const

  it('is due on Friday 30/5/2025, the last working day on or before the deadline (B9)', () => {
    expect(level(SATURDAY, '2025-05-30T16:00')).toBe('due')
    expect(reason(SATURDAY, '2025-05-30T08:00')).toBe('the deadline falls on a day off: its last working day before it has come')
  })

  it('is due from the start of that day, 00:00 of Friday 30/5/2025, and approaching just before', () => {
    expect(level(SATURDAY, '2025-05-30T00:00')).toBe('due')
    // Thu 29/5 23:59: one working day left (Fri 30/5).
    expect(reason(SATURDAY, '2025-05-29T23:59')).toBe('1 working day left (threshold 3)')
  })

  it("is approaching on Friday 30/5/2025 with no working day left with { dueDay: 'deadline-day' } (the first release)", () => {
    expect(reason(SATURDAY, '2025-05-30T16:00', { dueDay: 'deadline-day' })).toBe('0 working days left (threshold 3)')
    expect(level(SATURDAY, '2025-05-31T10:00', { dueDay: 'deadline-day' })).toBe('due')
  })

  it('is due on Saturday 31/5/2025, a day off', () => {
    expect(level(SATURDAY, '2025-05-31T10:00')).toBe('due')
  })

  it('is overdue from Sunday 1/6/2025 00:00', () => {
    expect(level(SATURDAY, '2025-06-01T00:00')).toBe('overdue')
  })

  it('is approaching on Sunday 1/6/2025 when the day moves to Monday 2/6 (next-working-day)', () => {
    expect(level(SATURDAY, '2025-06-01T10:00', { dateDeadlines: 'next-working-day' })).toBe('approaching')
  })

  it('is due on Monday 2/6/2025 when the day moves there', () => {
    expect(level(SATURDAY, '2025-06-02T10:00', { dateDeadlines: 'next-working-day' })).toBe('due')
  })
})

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: a deadline in Tết 2026 (B9, B14)', () => {
  // Tết 2026: weekdays off Mon 16 – Fri 20 Feb (Thông báo 9441/TB-BNV); 14–15 and 21–22 Feb are weekends.
  // Deadline "by 17 February 2026" (a Tuesday off), kept as written (B14): the end of Tue 17/2. Its working
  // day is Fri 13/2, the last working day on or before 17/2.
  const TET = { id: 'tet', transferredAt: '2026-01-05T08:00', deadline: '2026-02-17' } as const

  it('is approaching on Thursday 12/2/2026 with 1 working day left (Fri 13/2)', () => {
    expect(reason(TET, '2026-02-12T09:00')).toBe('1 working day left (threshold 3)')
  })

  it('is due on Friday 13/2/2026 and through the days off until the end of Tuesday 17/2', () => {
    expect([level(TET, '2026-02-13T00:00'), level(TET, '2026-02-14T10:00'), level(TET, '2026-02-17T23:59')]).toEqual([
      'due',
      'due',
      'due',
    ])
  })

  it('is overdue from Wednesday 18/2/2026 00:00, still in Tết', () => {
    expect(level(TET, '2026-02-18T00:00')).toBe('overdue')
  })

  it("with { dueDay: 'deadline-day' }, reads approaching with 0 working days left on Fri 13/2 and due only on 17/2", () => {
    expect(reason(TET, '2026-02-13T09:00', { dueDay: 'deadline-day' })).toBe('0 working days left (threshold 3)')
    expect(level(TET, '2026-02-16T09:00', { dueDay: 'deadline-day' })).toBe('approaching')
    expect(level(TET, '2026-02-17T09:00', { dueDay: 'deadline-day' })).toBe('due')
  })

  it('refuses an unknown due day', () => {
    const error = caught(() => alertLevel(TET, { calendar, asOf: '2026-02-13T09:00', dueDay: 'today' as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'dueDay']])
  })
})

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: no warning for an ended task or one without a deadline', () => {
  it('is none for a task completed on time', () => {
    expect(level(withEvents(LONG, [{ type: 'completed', at: '2025-06-27T10:00' }]), '2025-06-30T08:00')).toBe('none')
  })

  it('is none for a task completed late, after its deadline', () => {
    expect(level(withEvents(LONG, [{ type: 'completed', at: '2025-07-02T10:00' }]), '2025-07-03T08:00')).toBe('none')
  })

  it('says the task has ended', () => {
    expect(reason(withEvents(LONG, [{ type: 'completed', at: '2025-07-02T10:00' }]), '2025-07-03T08:00')).toBe(
      'the task has ended',
    )
  })

  it('is none for a task closed without completion', () => {
    expect(level(withEvents(LONG, [{ type: 'closed-without-completion', at: '2025-07-02T10:00' }]), '2025-07-03T08:00')).toBe(
      'none',
    )
  })

  it('ignores a completion after asOf', () => {
    expect(level(withEvents(LONG, [{ type: 'completed', at: '2025-07-02T10:00' }]), '2025-07-01T08:00')).toBe('overdue')
  })

  it('is none for a task without a deadline', () => {
    expect(reason({ id: 'kl155-2.5', transferredAt: '2025-05-19T09:00' }, '2030-01-02T08:00')).toBe('the task has no deadline')
  })
})

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: the deadline in force (B8)', () => {
  const EXTENDED: TaskEvent = { type: 'deadline-extended', at: '2025-06-27T10:00', deadline: '2025-07-31' }

  it('is due on the original deadline’s day without the extension', () => {
    expect(level(LONG, '2025-06-30T09:00')).toBe('due')
  })

  it('is none on that day once extended to 31/7/2025 (23 working days left; 240 h of 431 h elapsed)', () => {
    expect(level(withEvents(LONG, [EXTENDED]), '2025-06-30T09:00')).toBe('none')
  })

  it('ignores an extension granted after asOf', () => {
    expect(level(withEvents(LONG, [EXTENDED]), '2025-06-27T09:59')).toBe('approaching')
  })
})

describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: thresholds are options (B9)', () => {
  it('uses another share: approaching at 50 % (Mon 9/6/2025 13:30)', () => {
    expect(reason(LONG, '2025-06-09T13:30', { thresholds: { elapsedShare: 0.5 } })).toBe(
      '50% of the working time has elapsed (threshold 50%)',
    )
  })

  it('is none one minute before 50 % with that share', () => {
    expect(level(LONG, '2025-06-09T13:29', { thresholds: { elapsedShare: 0.5 } })).toBe('none')
  })

  it('is none at 50 % with the default share', () => {
    expect(level(LONG, '2025-06-09T13:30')).toBe('none')
  })

  it('uses another number of days: none with 3 days left and 34 % elapsed when the threshold is 2', () => {
    expect(level(SHORT, '2025-06-25T09:00', { thresholds: { workingDaysLeft: 2 } })).toBe('none')
  })

  it('is approaching with 2 days left when the threshold is 2 (SHORT, Thu 26/6/2025 09:00)', () => {
    expect(reason(SHORT, '2025-06-26T09:00', { thresholds: { workingDaysLeft: 2 } })).toBe('2 working days left (threshold 2)')
  })

  it('turns the share off with 1 and the days off with 0: none with 1 day left (LONG, Fri 27/6/2025)', () => {
    expect(level(LONG, '2025-06-27T09:00', { thresholds: { workingDaysLeft: 0, elapsedShare: 1 } })).toBe('none')
  })

  it('keeps the default for the threshold not given', () => {
    expect(level(LONG, '2025-06-19T10:15', { thresholds: { workingDaysLeft: 1 } })).toBe('approaching')
  })

  it('refuses a share of 0', () => {
    const error = caught(() => alertLevel(LONG, { asOf: '2025-06-02T08:00', calendar, thresholds: { elapsedShare: 0 } }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'elapsedShare']])
  })

  it('refuses a share above 1', () => {
    const error = caught(() => alertLevel(LONG, { asOf: '2025-06-02T08:00', calendar, thresholds: { elapsedShare: 1.5 } }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'elapsedShare']])
  })

  it('refuses a negative number of days', () => {
    const error = caught(() => alertLevel(LONG, { asOf: '2025-06-02T08:00', calendar, thresholds: { workingDaysLeft: -1 } }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'workingDaysLeft']])
  })

  it('refuses a fractional number of days', () => {
    const error = caught(() => alertLevel(LONG, { asOf: '2025-06-02T08:00', calendar, thresholds: { workingDaysLeft: 2.5 } }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'workingDaysLeft']])
  })

  it('refuses an unknown threshold, naming it', () => {
    const error = caught(() =>
      alertLevel(LONG, { asOf: '2025-06-02T08:00', calendar, thresholds: { days: 3 } as unknown as AlertThresholds }),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'days']])
  })

  it('refuses bad thresholds for a task that has ended too (a programmer error does not depend on the data)', () => {
    const error = caught(() =>
      alertLevel(withEvents(LONG, [{ type: 'completed', at: '2025-06-27T10:00' }]), {
        asOf: '2025-06-30T08:00',
        calendar,
        thresholds: { elapsedShare: 2 },
      }),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'elapsedShare']])
  })

  it('refuses bad thresholds for an overdue task too', () => {
    const error = caught(() => alertLevel(LONG, { asOf: '2025-07-01T08:00', calendar, thresholds: { workingDaysLeft: -1 } }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'thresholds', 'workingDaysLeft']])
  })
})

// A re-assignment starts a new assignment whose clock runs from its instant (docs/interpretations.md,
// "Re-assignment"; Art. 6.1(b)). LONG re-assigned Fri 20/6/2025 09:00: the new assignment runs from there to the
// end of Mon 30/6: 7 h on Fri 20/6 + 5 × 8 h (Mon 23–Fri 27) + 8 h on Mon 30 = 55 h.
describe('Art. 18.1(d) — điểm d khoản 1 Điều 18: a re-assignment restarts the warning (B9)', () => {
  const REASSIGNED = withEvents(LONG, [{ type: 'reassigned', at: '2025-06-20T09:00' }])

  it('is approaching one millisecond before the re-assignment (the first assignment passed 75 % on Thu 19/6 10:15)', () => {
    expect(level(REASSIGNED, '2025-06-20T08:59:59.999')).toBe('approaching')
  })

  it('is none at the re-assignment itself (0 h of 55 h elapsed; 6 working days left: Mon 23–Fri 27, Mon 30)', () => {
    expect(level(REASSIGNED, '2025-06-20T09:00')).toBe('none')
  })

  it('is none on Tue 24/6 09:00 (7 + 8 + 1 = 16 h of 55 h, 29 %; 4 working days left)', () => {
    expect(level(REASSIGNED, '2025-06-24T09:00')).toBe('none')
  })

  it('is approaching again on Wed 25/6 09:00 (3 working days left: Thu 26, Fri 27, Mon 30)', () => {
    expect(level(REASSIGNED, '2025-06-25T09:00')).toBe('approaching')
  })
})

describe('types', () => {
  it('types the alert', () => {
    expectTypeOf<Alert['level']>().toEqualTypeOf<'none' | 'approaching' | 'due' | 'overdue'>()
    expectTypeOf<AlertThresholds>().toEqualTypeOf<{ workingDaysLeft?: number | undefined; elapsedShare?: number | undefined }>()
  })
})
