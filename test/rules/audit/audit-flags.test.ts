import { describe, expect, it } from 'vitest'
import { AUDIT_FLAG_KINDS, type AuditFlag, auditFlags, cite, type TaskInput, vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

// Worked by hand on the official 2025 schedule (Thông báo 6150/TB-BLĐTBXH): 30 April – 2 May off, Saturday 26 April worked.

const calendar = vietnamCalendar()

function kinds(flags: readonly AuditFlag[]): string[] {
  return flags.map((flag) => `${flag.kind} ${flag.at.toISO()} ${flag.citation.en}`)
}

// Under 1 month (Art. 6.2(b)(1)): the deadline is 30 April 24:00; the final update is due Wed 7 May 24:00.
const SHORT = { id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30' }
const ACKNOWLEDGED = { type: 'acknowledged', at: '2025-04-21T10:00' } as const

describe('Art. 15.2', () => {
  it('flags an overdue task at its deadline, and the update it missed (Art. 15.4)', () => {
    const flags = auditFlags(
      { ...SHORT, events: [ACKNOWLEDGED, { type: 'started', at: '2025-04-22T09:00' }] },
      { calendar, asOf: '2025-05-08T09:00' },
    )
    expect(kinds(flags)).toEqual([
      'overdue-task 2025-04-30T23:59:59.999+07:00 Art. 15.2',
      'missed-update 2025-05-07T23:59:59.999+07:00 Art. 15.4',
    ])
    expect(flags[0]?.citation).toEqual(cite(15, 2))
    expect(flags[0]?.reason.vi).toContain('khoản 2 Điều 15')
    expect(Object.isFrozen(flags)).toBe(true)
    expect(Object.isFrozen(flags[0])).toBe(true)
  })

  it('flags a task not implemented by its deadline', () => {
    expect(kinds(auditFlags({ ...SHORT, events: [ACKNOWLEDGED] }, { calendar, asOf: '2025-05-01T09:00' }))).toEqual([
      'overdue-task 2025-04-30T23:59:59.999+07:00 Art. 15.2',
    ])
  })

  it('flags a task completed late, whose completion is the final update made on time', () => {
    // Completed Tue 6 May: after the deadline, within 3 working days of it (Mon 5, Tue 6, Wed 7);
    // evaluated Wed 7 May, within 3 working days of the completion (Art. 6.3).
    const flags = auditFlags(
      {
        ...SHORT,
        events: [ACKNOWLEDGED, { type: 'completed', at: '2025-05-06T10:00' }, { type: 'evaluated', at: '2025-05-07T09:00' }],
      },
      { calendar, asOf: '2025-05-20T09:00' },
    )
    expect(kinds(flags)).toEqual(['overdue-task 2025-04-30T23:59:59.999+07:00 Art. 15.2'])
  })

  it('flags a task closed without completion after its deadline', () => {
    const flags = auditFlags(
      { ...SHORT, events: [ACKNOWLEDGED, { type: 'closed-without-completion', at: '2025-05-06T10:00' }] },
      { calendar, asOf: '2025-05-06T11:00' },
    )
    expect(kinds(flags)).toEqual(['overdue-task 2025-04-30T23:59:59.999+07:00 Art. 15.2'])
  })

  it('flags nothing for a task completed on time, acknowledged and evaluated in time', () => {
    // Completed Fri 25 Apr, evaluated Mon 28 Apr: within 3 working days (Art. 6.3).
    const flags = auditFlags(
      {
        ...SHORT,
        events: [ACKNOWLEDGED, { type: 'completed', at: '2025-04-25T10:00' }, { type: 'evaluated', at: '2025-04-28T09:00' }],
      },
      { calendar, asOf: '2025-06-01T00:00' },
    )
    expect(flags).toEqual([])
  })

  it('flags nothing before the deadline', () => {
    expect(auditFlags({ ...SHORT, events: [ACKNOWLEDGED] }, { calendar, asOf: '2025-04-30T23:59:59.999' })).toEqual([])
  })
})

describe('Art. 15.4', () => {
  // 19 May 08:00 – 30 June 08:00: half from 9 June 08:00, due Thu 12 June 24:00 (Art. 6.2(b)(2)).
  const TWO_MONTHS = { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' }

  it('flags a late update at its time limit, citing Art. 6.2(b) in the reason', () => {
    const flags = auditFlags(
      {
        ...TWO_MONTHS,
        events: [
          { type: 'acknowledged', at: '2025-05-19T09:00' },
          { type: 'progress-updated', at: '2025-06-13T09:00' },
          // Evaluated Mon 16 June, within 3 working days of the update (Art. 6.3).
          { type: 'evaluated', at: '2025-06-16T09:00' },
        ],
      },
      { calendar, asOf: '2025-06-20T08:00' },
    )
    expect(kinds(flags)).toEqual(['late-update 2025-06-12T23:59:59.999+07:00 Art. 15.4'])
    expect(flags[0]?.reason.en).toContain('Art. 6.2(b)(2)')
    expect(flags[0]?.reason.vi).toContain('tiết (2) điểm b khoản 2 Điều 6')
  })

  it('flags a missed update', () => {
    const flags = auditFlags(
      { ...TWO_MONTHS, events: [{ type: 'acknowledged', at: '2025-05-19T09:00' }] },
      { calendar, asOf: '2025-06-13T00:00' },
    )
    expect(kinds(flags)).toEqual(['missed-update 2025-06-12T23:59:59.999+07:00 Art. 15.4'])
  })

  it('passes the schedule options on: a longer interim grace period leaves nothing to flag', () => {
    const flags = auditFlags(
      { ...TWO_MONTHS, events: [{ type: 'acknowledged', at: '2025-05-19T09:00' }] },
      { calendar, asOf: '2025-06-13T00:00', interimGraceDays: 5 },
    )
    expect(flags).toEqual([])
  })
})

describe('Art. 6.2(a)', () => {
  // Transfer Tue 29 April 15:00: 2 working hours that day; 30 April – 2 May off, Saturday 3 May not worked;
  // the other 2 hours end Mon 5 May 10:00.
  const HOLIDAY = { id: 't', transferredAt: '2025-04-29T15:00', deadline: '2025-06-30' }

  it('flags an acknowledgement after 4 working hours from the transfer, at that limit, naming Art. 6.3', () => {
    const flags = auditFlags(
      { ...HOLIDAY, events: [{ type: 'acknowledged', at: '2025-05-05T11:00' }] },
      { calendar, asOf: '2025-05-05T12:00' },
    )
    expect(kinds(flags)).toEqual(['late-acknowledgement 2025-05-05T10:00:00.000+07:00 Art. 6.2(a)'])
    expect(flags[0]?.citation).toEqual(cite(6, 2, 'a'))
    expect(flags[0]?.reason.en).toContain('Art. 6.3')
    expect(flags[0]?.reason.vi).toContain('khoản 3 Điều 6')
  })

  it('accepts an acknowledgement at exactly 4 working hours', () => {
    const flags = auditFlags(
      { ...HOLIDAY, events: [{ type: 'acknowledged', at: '2025-05-05T10:00' }] },
      { calendar, asOf: '2025-05-05T12:00' },
    )
    expect(flags).toEqual([])
  })

  it('flags a missing acknowledgement only once the 4 working hours have passed', () => {
    expect(auditFlags(HOLIDAY, { calendar, asOf: '2025-05-05T10:00' })).toEqual([])
    expect(kinds(auditFlags(HOLIDAY, { calendar, asOf: '2025-05-05T10:00:00.001' }))).toEqual([
      'late-acknowledgement 2025-05-05T10:00:00.000+07:00 Art. 6.2(a)',
    ])
  })

  it('counts the make-up Saturday 26 April 2025: transfer Fri 25 April 15:00 is due Sat 26 April 10:00', () => {
    const task = { id: 't', transferredAt: '2025-04-25T15:00', deadline: '2025-06-30' }
    expect(
      auditFlags({ ...task, events: [{ type: 'acknowledged', at: '2025-04-26T10:00' }] }, { calendar, asOf: '2025-05-05T12:00' }),
    ).toEqual([])
    expect(
      kinds(
        auditFlags(
          { ...task, events: [{ type: 'acknowledged', at: '2025-04-28T08:00' }] },
          { calendar, asOf: '2025-05-05T12:00' },
        ),
      ),
    ).toEqual(['late-acknowledgement 2025-04-26T10:00:00.000+07:00 Art. 6.2(a)'])
  })

  it('ignores an acknowledgement after asOf', () => {
    expect(
      kinds(
        auditFlags(
          { ...HOLIDAY, events: [{ type: 'acknowledged', at: '2025-05-05T09:00' }] },
          { calendar, asOf: '2025-05-05T08:30' },
        ),
      ),
    ).toEqual([])
    expect(
      kinds(
        auditFlags(
          { ...HOLIDAY, events: [{ type: 'acknowledged', at: '2025-05-06T09:00' }] },
          { calendar, asOf: '2025-05-05T11:00' },
        ),
      ),
    ).toEqual(['late-acknowledgement 2025-05-05T10:00:00.000+07:00 Art. 6.2(a)'])
  })
})

describe('audit flags', () => {
  it('sorts the flags by instant, then by kind', () => {
    // No acknowledgement (due Mon 21 April 14:00: 3 hours to noon, 1 after lunch), not implemented, no final update.
    const flags = auditFlags(SHORT, { calendar, asOf: '2025-05-08T09:00' })
    expect(kinds(flags)).toEqual([
      'late-acknowledgement 2025-04-21T14:00:00.000+07:00 Art. 6.2(a)',
      'overdue-task 2025-04-30T23:59:59.999+07:00 Art. 15.2',
      'missed-update 2025-05-07T23:59:59.999+07:00 Art. 15.4',
    ])
  })

  it('lists the kinds in a frozen tuple', () => {
    expect(AUDIT_FLAG_KINDS).toEqual([
      'overdue-task',
      'missed-update',
      'late-update',
      'late-acknowledgement',
      'late-objection',
      'late-dispatch',
      'late-objection-handling',
      'late-evaluation',
    ])
    expect(Object.isFrozen(AUDIT_FLAG_KINDS)).toBe(true)
  })

  it('refuses a missing asOf', () => {
    const error = caught(() => auditFlags(SHORT, { calendar } as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'asOf']])
  })
})

describe('Art. 15.2 — khoản 2 Điều 15: nothing says "overdue" before the deadline has passed (B8)', () => {
  // Transferred Mon 2/3/2026 09:00, due "by 31 March 2026"; acknowledged at 10:00 (due 14:00); closed
  // without completion on Fri 20/3/2026 10:00, never started. Under 1 month (2/3 + 1 month = 2/4 09:00 >
  // 31/3 end): the final update's window runs from the closure (the end, B6) to 3 working days after it,
  // Wed 25/3, and the closure itself is that update.
  const CLOSED = {
    id: 'closed',
    transferredAt: '2026-03-02T09:00',
    deadline: '2026-03-31',
    events: [
      { type: 'acknowledged', at: '2026-03-02T10:00' },
      { type: 'closed-without-completion', at: '2026-03-20T10:00' },
      // The closure is an update: evaluated Mon 23/3, within 3 working days of it (Art. 6.3).
      { type: 'evaluated', at: '2026-03-23T09:00' },
    ],
  } as const

  it('flags nothing as of 25/3/2026: the deadline is ahead and the closure made the final update', () => {
    expect(auditFlags(CLOSED, { calendar, asOf: '2026-03-25T09:00' })).toEqual([])
  })

  it('flags the overdue task once the deadline has passed, dated at it', () => {
    expect(kinds(auditFlags(CLOSED, { calendar, asOf: '2026-04-01T00:00' }))).toEqual([
      'overdue-task 2026-03-31T23:59:59.999+07:00 Art. 15.2',
    ])
  })

  it('dates no flag after asOf, at the deadline itself either', () => {
    expect(auditFlags(CLOSED, { calendar, asOf: '2026-03-31T23:59:59.999' })).toEqual([])
  })
})

describe('Art. 6.2(a) — điểm a khoản 2 Điều 6: an objection later than 8 working hours after receipt (B15)', () => {
  // Transferred Mon 2/3/2026 09:00. 8 working hours: 09:00–12:00 (3 h) and 13:00–17:00 (4 h) on Monday,
  // 08:00–09:00 on Tuesday → Tue 3/3/2026 09:00.
  const TASK = { id: 'objected', transferredAt: '2026-03-02T09:00', deadline: '2026-03-31' }
  const ACK = { type: 'acknowledged', at: '2026-03-02T11:00' } as const

  it('flags an objection at 10:00 on Tuesday, dated at the limit, 09:00', () => {
    const flags = auditFlags(
      { ...TASK, events: [ACK, { type: 'objected', at: '2026-03-03T10:00' }] },
      { calendar, asOf: '2026-03-04T09:00' },
    )
    expect(kinds(flags)).toEqual(['late-objection 2026-03-03T09:00:00.000+07:00 Art. 6.2(a)'])
    expect(flags[0]?.reason.vi).toContain('8 giờ làm việc')
  })

  it('flags nothing for an objection at the limit itself', () => {
    expect(
      auditFlags(
        { ...TASK, events: [ACK, { type: 'objected', at: '2026-03-03T09:00' }] },
        { calendar, asOf: '2026-03-04T09:00' },
      ),
    ).toEqual([])
  })

  it('flags nothing when no objection was made: objecting is not a duty', () => {
    expect(auditFlags({ ...TASK, events: [ACK] }, { calendar, asOf: '2026-03-04T09:00' })).toEqual([])
  })

  it("counts from the acknowledgement with { objectionFrom: 'acknowledgement' }: Mon 11:00 + 8 h = Tue 11:00", () => {
    // 11:00–12:00 (1 h) and 13:00–17:00 (4 h) on Monday, 08:00–11:00 (3 h) on Tuesday.
    const task: TaskInput = { ...TASK, events: [ACK, { type: 'objected', at: '2026-03-03T10:00' }] }
    expect(auditFlags(task, { calendar, asOf: '2026-03-04T09:00', objectionFrom: 'acknowledgement' })).toEqual([])
    const later: TaskInput = { ...TASK, events: [ACK, { type: 'objected', at: '2026-03-03T11:30' }] }
    expect(kinds(auditFlags(later, { calendar, asOf: '2026-03-04T09:00', objectionFrom: 'acknowledgement' }))).toEqual([
      'late-objection 2026-03-03T11:00:00.000+07:00 Art. 6.2(a)',
    ])
  })

  it('counts from the transfer when the objection came before any acknowledgement', () => {
    const task: TaskInput = { ...TASK, events: [{ type: 'objected', at: '2026-03-03T10:00' }] }
    const flags = auditFlags(task, { calendar, asOf: '2026-03-04T09:00', objectionFrom: 'acknowledgement' })
    // No acknowledgement: the 4-hour limit (Mon 14:00) passed too.
    expect(kinds(flags)).toEqual([
      'late-acknowledgement 2026-03-02T14:00:00.000+07:00 Art. 6.2(a)',
      'late-objection 2026-03-03T09:00:00.000+07:00 Art. 6.2(a)',
    ])
  })

  it('refuses an unknown clock', () => {
    const error = caught(() => auditFlags(TASK, { calendar, asOf: '2026-03-04T09:00', objectionFrom: 'receipt' as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'objectionFrom']])
  })
})
