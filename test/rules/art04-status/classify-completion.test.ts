import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  COMPLETION_STATUSES,
  type CompletionClassification,
  type CompletionStatus,
  classifyCompletion,
  type TaskEvent,
  UNTIMED_COMPLETION_STATUSES,
  vietnamCalendar,
} from '../../../src/index.js'

// Art. 4.1(đ) and B8 of the interpretation register. One task throughout: transferred Monday
// 19 May 2025 09:00, deadline "by 30 June 2025" = 2025-06-30T23:59:59.999+07:00 (B14). Every expected
// status is worked out by hand from B8; never by running the library.

const calendar = vietnamCalendar()
const TRANSFER = '2025-05-19T09:00'
const DEADLINE = '2025-06-30T23:59:59.999+07:00'

function classify(events: readonly TaskEvent[], asOf: string, deadline: string | null = '2025-06-30'): CompletionClassification {
  return classifyCompletion({ id: 'kl155-2', transferredAt: TRANSFER, deadline, events }, { asOf, calendar })
}

const STARTED: TaskEvent = { type: 'started', at: '2025-05-20T09:00' }

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: the seven classes of a task with a deadline', () => {
  it('lists the seven codes in the article’s order', () => {
    expect(COMPLETION_STATUSES).toEqual([
      'completed-on-time',
      'completed-late',
      'in-progress-on-time',
      'in-progress-late',
      'implemented-not-completed',
      'not-started',
      'not-implemented-overdue',
    ])
  })

  it('cites điểm đ khoản 1 Điều 4', () => {
    expect(classify([], '2025-06-02T08:00').citation).toStrictEqual({
      article: 4,
      clause: 1,
      point: 'đ',
      vi: 'điểm đ khoản 1 Điều 4',
      en: 'Art. 4.1(đ)',
    })
  })

  it('completed-on-time: completed Fri 27/6/2025 10:00, before the deadline', () => {
    expect(classify([STARTED, { type: 'completed', at: '2025-06-27T10:00' }], '2025-07-01T08:00').status).toBe(
      'completed-on-time',
    )
  })

  it('completed-late: completed Wed 2/7/2025 10:00, after the deadline', () => {
    expect(classify([STARTED, { type: 'completed', at: '2025-07-02T10:00' }], '2025-07-03T08:00').status).toBe('completed-late')
  })

  it('in-progress-on-time: started, as of Fri 20/6/2025', () => {
    expect(classify([STARTED], '2025-06-20T09:00').status).toBe('in-progress-on-time')
  })

  it('in-progress-late: started, as of Tue 1/7/2025 08:00', () => {
    expect(classify([STARTED], '2025-07-01T08:00').status).toBe('in-progress-late')
  })

  it('implemented-not-completed: started, closed without completion on Fri 4/7/2025', () => {
    expect(classify([STARTED, { type: 'closed-without-completion', at: '2025-07-04T10:00' }], '2025-07-10T08:00').status).toBe(
      'implemented-not-completed',
    )
  })

  it('not-started: nothing reported, as of Fri 20/6/2025', () => {
    expect(classify([], '2025-06-20T09:00').status).toBe('not-started')
  })

  it('not-implemented-overdue: nothing reported, as of Tue 1/7/2025 08:00', () => {
    expect(classify([], '2025-07-01T08:00').status).toBe('not-implemented-overdue')
  })

  it('reports the deadline in force and the original deadline', () => {
    const result = classify([STARTED], '2025-06-20T09:00')
    expect([result.deadline?.toISO(), result.originalDeadline?.toISO()]).toEqual([DEADLINE, DEADLINE])
  })

  it('reports the completion instant as endedAt', () => {
    expect(classify([STARTED, { type: 'completed', at: '2025-06-27T10:00' }], '2025-07-01T08:00').endedAt?.toISO()).toBe(
      '2025-06-27T10:00:00.000+07:00',
    )
  })

  it('reports the closure instant as endedAt', () => {
    expect(
      classify([STARTED, { type: 'closed-without-completion', at: '2025-07-04T10:00' }], '2025-07-10T08:00').endedAt?.toISO(),
    ).toBe('2025-07-04T10:00:00.000+07:00')
  })

  it('reports no endedAt for an open task', () => {
    expect(classify([STARTED], '2025-07-01T08:00').endedAt).toBe(null)
  })
})

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: the boundary is the deadline itself', () => {
  it('is on time as of the deadline instant', () => {
    expect(classify([STARTED], DEADLINE).status).toBe('in-progress-on-time')
  })

  it('is late one millisecond after it', () => {
    expect(classify([STARTED], '2025-07-01T00:00:00.000+07:00').status).toBe('in-progress-late')
  })

  it('is not started, within the deadline, as of the deadline instant', () => {
    expect(classify([], DEADLINE).status).toBe('not-started')
  })

  it('is not implemented, overdue, one millisecond after it', () => {
    expect(classify([], '2025-07-01T00:00:00.000+07:00').status).toBe('not-implemented-overdue')
  })

  it('is completed on time when completed at the deadline instant', () => {
    expect(classify([{ type: 'completed', at: DEADLINE }], '2025-07-10T08:00').status).toBe('completed-on-time')
  })

  it('is completed late when completed one millisecond after it', () => {
    expect(classify([{ type: 'completed', at: '2025-07-01T00:00:00.000+07:00' }], '2025-07-10T08:00').status).toBe(
      'completed-late',
    )
  })
})

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: an extension replaces the deadline from its instant on (B8)', () => {
  const EXTENDED: TaskEvent = { type: 'deadline-extended', at: '2025-06-25T10:00', deadline: '2025-07-31' }

  it('makes a completion after the original deadline on time when the extension came first', () => {
    expect(classify([STARTED, EXTENDED, { type: 'completed', at: '2025-07-15T10:00' }], '2025-08-01T08:00').status).toBe(
      'completed-on-time',
    )
  })

  it('reports the extended deadline and keeps the original visible', () => {
    const result = classify([STARTED, EXTENDED, { type: 'completed', at: '2025-07-15T10:00' }], '2025-08-01T08:00')
    expect([result.deadline?.toISO(), result.originalDeadline?.toISO()]).toEqual(['2025-07-31T23:59:59.999+07:00', DEADLINE])
  })

  it('does not rescue a completion that came before the extension', () => {
    const late: TaskEvent = { type: 'deadline-extended', at: '2025-07-20T10:00', deadline: '2025-07-31' }
    expect(classify([STARTED, { type: 'completed', at: '2025-07-15T10:00' }, late], '2025-08-01T08:00').status).toBe(
      'completed-late',
    )
  })

  it('judges that completion against the deadline in force when it completed', () => {
    const late: TaskEvent = { type: 'deadline-extended', at: '2025-07-20T10:00', deadline: '2025-07-31' }
    expect(classify([STARTED, { type: 'completed', at: '2025-07-15T10:00' }, late], '2025-08-01T08:00').deadline?.toISO()).toBe(
      DEADLINE,
    )
  })

  it('keeps an open task on time past the original deadline', () => {
    expect(classify([STARTED, EXTENDED], '2025-07-10T09:00').status).toBe('in-progress-on-time')
  })

  it('does not apply before its own instant', () => {
    expect(classify([STARTED, EXTENDED], '2025-06-25T09:59').deadline?.toISO()).toBe(DEADLINE)
  })

  it('applies from its own instant', () => {
    expect(classify([STARTED, EXTENDED], '2025-06-25T10:00').deadline?.toISO()).toBe('2025-07-31T23:59:59.999+07:00')
  })

  it('turns an overdue open task back to on time when granted after the deadline', () => {
    const afterTheFact: TaskEvent = { type: 'deadline-extended', at: '2025-07-03T09:00', deadline: '2025-07-31' }
    expect([
      classify([STARTED, afterTheFact], '2025-07-02T09:00').status,
      classify([STARTED, afterTheFact], '2025-07-04T09:00').status,
    ]).toEqual(['in-progress-late', 'in-progress-on-time'])
  })

  it('gives a task without a deadline one', () => {
    expect(
      classify([{ type: 'deadline-extended', at: '2025-06-02T09:00', deadline: '2025-06-30' }], '2025-07-01T08:00', null).status,
    ).toBe('not-implemented-overdue')
  })
})

describe('Art. 2.4 — khoản 4 Điều 2: the status as of an instant', () => {
  it('ignores a completion after asOf', () => {
    expect(classify([STARTED, { type: 'completed', at: '2025-06-27T10:00' }], '2025-06-27T09:59').status).toBe(
      'in-progress-on-time',
    )
  })

  it('ignores a start after asOf', () => {
    expect(classify([STARTED], '2025-05-20T08:59').status).toBe('not-started')
  })

  it('counts an event at asOf itself', () => {
    expect(classify([STARTED], '2025-05-20T09:00').status).toBe('in-progress-on-time')
  })

  it('ignores an extension after asOf', () => {
    const extended: TaskEvent = { type: 'deadline-extended', at: '2025-07-03T09:00', deadline: '2025-07-31' }
    expect(classify([STARTED, extended], '2025-07-02T09:00').deadline?.toISO()).toBe(DEADLINE)
  })

  it('reports no endedAt for a completion after asOf', () => {
    expect(classify([STARTED, { type: 'completed', at: '2025-06-27T10:00' }], '2025-06-27T09:59').endedAt).toBe(null)
  })
})

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: what counts as a start (B8)', () => {
  it('does not count an acknowledgement of receipt as a start', () => {
    expect(classify([{ type: 'acknowledged', at: '2025-05-19T10:00' }], '2025-06-20T09:00').status).toBe('not-started')
  })

  it('leaves an acknowledged, never started task overdue after the deadline', () => {
    expect(classify([{ type: 'acknowledged', at: '2025-05-19T10:00' }], '2025-07-01T08:00').status).toBe(
      'not-implemented-overdue',
    )
  })

  it('does not count an objection as a start', () => {
    expect(classify([{ type: 'objected', at: '2025-05-19T15:00' }], '2025-06-20T09:00').status).toBe('not-started')
  })

  it('counts a progress update as a start', () => {
    expect(classify([{ type: 'progress-updated', at: '2025-06-05T09:00' }], '2025-06-20T09:00').status).toBe(
      'in-progress-on-time',
    )
  })

  it('counts a completion without any start as completed', () => {
    expect(classify([{ type: 'completed', at: '2025-06-27T10:00' }], '2025-07-01T08:00').status).toBe('completed-on-time')
  })
})

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: a closure without completion fixes the class at once (B8)', () => {
  const CLOSED: TaskEvent = { type: 'closed-without-completion', at: '2025-06-10T10:00' }

  it('is not implemented, overdue when the task was never started: "không triển khai", even before the deadline', () => {
    const status = classify([{ type: 'acknowledged', at: '2025-05-19T10:00' }, CLOSED], '2025-06-12T09:00')
    expect([status.status, status.endedAt?.toISO(), status.deadline?.toISO()]).toEqual([
      'not-implemented-overdue',
      '2025-06-10T10:00:00.000+07:00',
      DEADLINE,
    ])
  })

  it('is implemented, not completed when a start or a progress report came by the closure', () => {
    expect(classify([STARTED, CLOSED], '2025-06-12T09:00').status).toBe('implemented-not-completed')
    expect(classify([{ type: 'progress-updated', at: '2025-06-10T10:00' }, CLOSED], '2025-06-12T09:00').status).toBe(
      'implemented-not-completed',
    )
  })

  it('ignores a start reported after the closure: the task was never implemented', () => {
    expect(classify([CLOSED, { type: 'started', at: '2025-06-11T09:00' }], '2025-06-12T09:00').status).toBe(
      'not-implemented-overdue',
    )
  })

  it('stays the same after the deadline', () => {
    expect(classify([CLOSED], '2025-07-15T09:00').status).toBe('not-implemented-overdue')
    expect(classify([STARTED, CLOSED], '2025-07-15T09:00').status).toBe('implemented-not-completed')
  })
})

describe('Art. 4.1(a) — điểm a khoản 1 Điều 4: a task without a deadline has no timeliness', () => {
  it('lists the untimed codes', () => {
    expect(UNTIMED_COMPLETION_STATUSES).toEqual(['completed', 'in-progress', 'closed-without-completion'])
  })

  it('is completed', () => {
    expect(classify([STARTED, { type: 'completed', at: '2026-03-02T10:00' }], '2026-03-03T08:00', null).status).toBe('completed')
  })

  it('is in progress, years later', () => {
    expect(classify([STARTED], '2030-01-02T08:00', null).status).toBe('in-progress')
  })

  it('is closed without completion', () => {
    expect(
      classify([STARTED, { type: 'closed-without-completion', at: '2026-03-02T10:00' }], '2026-03-03T08:00', null).status,
    ).toBe('closed-without-completion')
  })

  it('is not started, and never turns overdue', () => {
    expect(classify([], '2030-01-02T08:00', null).status).toBe('not-started')
  })

  it('reports a null deadline', () => {
    expect(classify([STARTED], '2030-01-02T08:00', null).deadline).toBe(null)
  })
})

describe('types', () => {
  it('types the status as the union of the timed and untimed codes', () => {
    expectTypeOf<CompletionStatus>().toEqualTypeOf<
      | 'completed-on-time'
      | 'completed-late'
      | 'in-progress-on-time'
      | 'in-progress-late'
      | 'implemented-not-completed'
      | 'not-started'
      | 'not-implemented-overdue'
      | 'completed'
      | 'in-progress'
      | 'closed-without-completion'
    >()
  })
})
