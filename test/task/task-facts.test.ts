import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  alertLevel,
  type CompletionClassification,
  classifyCompletion,
  DATE_DEADLINE_READINGS,
  type DateDeadlineReading,
  type TASK_EVENT_TYPES,
  type TaskInput,
  vietnamCalendar,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// The task model of Art. 4.1 as every rule reads it, seen through the public rule functions.
// Every expected value is worked out by hand on the official 2025 calendar (Saturday 31 May 2025,
// Monday 2 June 2025; Asia/Ho_Chi_Minh, UTC+7 all year); never by running the library.

const calendar = vietnamCalendar()

/** The code and path of the error that classifying `task` throws; `task` is invalid on purpose. */
function failure(task: unknown): [string, readonly (string | number)[]] {
  const error = caught(() => classifyCompletion(task as never, { asOf: '2025-06-02T08:00', calendar }))
  return [error.code, error.path]
}

const TRANSFER = '2025-05-19T09:00'

/** A projection of a classification that compares by value (luxon DateTimes as ISO strings). */
function plain(result: CompletionClassification) {
  return {
    status: result.status,
    deadline: result.deadline?.toISO() ?? null,
    originalDeadline: result.originalDeadline?.toISO() ?? null,
    endedAt: result.endedAt?.toISO() ?? null,
    citation: result.citation,
  }
}

describe('Art. 4.1 — khoản 1 Điều 4: the task is validated (invalid_input with the path of the bad field)', () => {
  it('refuses a day deadline that ends before the transfer', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, deadline: '2025-05-18' })).toEqual(['invalid_input', ['task', 'deadline']])
  })

  it('refuses an instant deadline one minute before the transfer', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, deadline: '2025-05-19T08:59' })).toEqual([
      'invalid_input',
      ['task', 'deadline'],
    ])
  })

  it('accepts a deadline at the transfer instant itself', () => {
    expect(
      classifyCompletion({ id: 't', transferredAt: TRANSFER, deadline: TRANSFER }, { asOf: TRANSFER, calendar }).status,
    ).toBe('not-started')
  })

  it('refuses an event without `at`', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, events: [{ type: 'started' }] })).toEqual([
      'invalid_input',
      ['task', 'events', 0, 'at'],
    ])
  })

  it('refuses an extension without a new deadline, at the index of that event', () => {
    expect(
      failure({
        id: 't',
        transferredAt: TRANSFER,
        deadline: '2025-06-30',
        events: [
          { type: 'started', at: '2025-05-20T09:00' },
          { type: 'deadline-extended', at: '2025-06-20T09:00' },
        ],
      }),
    ).toEqual(['invalid_input', ['task', 'events', 1, 'deadline']])
  })

  it('refuses a deadline on an event that is not an extension', () => {
    expect(
      failure({
        id: 't',
        transferredAt: TRANSFER,
        events: [{ type: 'started', at: '2025-05-20T09:00', deadline: '2025-06-30' }],
      }),
    ).toEqual(['invalid_input', ['task', 'events', 0, 'deadline']])
  })

  it('refuses an extension to a deadline before the transfer', () => {
    expect(
      failure({
        id: 't',
        transferredAt: TRANSFER,
        deadline: '2025-06-30',
        events: [{ type: 'deadline-extended', at: '2025-05-20T09:00', deadline: '2025-05-18' }],
      }),
    ).toEqual(['invalid_input', ['task', 'events', 0, 'deadline']])
  })

  it('refuses an unknown event type', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, events: [{ type: 'paused', at: '2025-05-20T09:00' }] })).toEqual([
      'invalid_input',
      ['task', 'events', 0, 'type'],
    ])
  })

  it('refuses an event instant that does not exist (25:00)', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, events: [{ type: 'started', at: '2025-05-20T25:00' }] })).toEqual([
      'invalid_input',
      ['task', 'events', 0, 'at'],
    ])
  })

  it('refuses a calendar day where an event instant is required', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, events: [{ type: 'started', at: '2025-05-20' }] })).toEqual([
      'invalid_input',
      ['task', 'events', 0, 'at'],
    ])
  })

  it('refuses a transfer instant in month 13', () => {
    expect(failure({ id: 't', transferredAt: '2025-13-19T09:00' })).toEqual(['invalid_input', ['task', 'transferredAt']])
  })

  it('refuses a fractional number of epoch milliseconds as the transfer', () => {
    expect(failure({ id: 't', transferredAt: 1.5 })).toEqual(['invalid_input', ['task', 'transferredAt']])
  })

  it('refuses an issue instant that is not an instant', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, issuedAt: 'yesterday' })).toEqual(['invalid_input', ['task', 'issuedAt']])
  })

  it('refuses a task without a transfer instant', () => {
    expect(failure({ id: 't' })).toEqual(['invalid_input', ['task', 'transferredAt']])
  })

  it('refuses an empty id', () => {
    expect(failure({ id: '', transferredAt: TRANSFER })).toEqual(['invalid_input', ['task', 'id']])
  })

  it('refuses a field the model does not define, naming it in the path', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, owner: 'x' })).toEqual(['invalid_input', ['task', 'owner']])
  })

  it('refuses a secrecy level outside 4.1(e)', () => {
    expect(failure({ id: 't', transferredAt: TRANSFER, secrecy: 'internal' })).toEqual(['invalid_input', ['task', 'secrecy']])
  })

  it('refuses a task that is not an object', () => {
    expect(failure('t')).toEqual(['invalid_input', ['task']])
  })

  it('refuses an asOf that is not an instant, at its own path', () => {
    const error = caught(() => classifyCompletion({ id: 't', transferredAt: TRANSFER }, { asOf: 'soon', calendar }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'asOf']])
  })

  it('refuses a reading of day deadlines it does not know, at its own path', () => {
    const error = caught(() =>
      classifyCompletion(
        { id: 't', transferredAt: TRANSFER, deadline: '2025-05-31' },
        { asOf: TRANSFER, calendar, dateDeadlines: 'previous-working-day' as DateDeadlineReading },
      ),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'dateDeadlines']])
  })

  it('validates the same way in alertLevel', () => {
    const error = caught(() =>
      alertLevel({ id: 't', transferredAt: TRANSFER, events: [{ type: 'started' }] } as never, {
        asOf: '2025-06-02T08:00',
        calendar,
      }),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['task', 'events', 0, 'at']])
  })
})

describe('Art. 4.1(a) — điểm a khoản 1 Điều 4: a deadline written as a day (B14)', () => {
  it('lists the two readings, the default first', () => {
    expect(DATE_DEADLINE_READINGS).toEqual(['as-written', 'next-working-day'])
  })

  it('reads a day as the end of that day', () => {
    const result = classifyCompletion({ id: 't', transferredAt: TRANSFER, deadline: '2025-06-30' }, { asOf: TRANSFER, calendar })
    expect(result.deadline?.toISO()).toBe('2025-06-30T23:59:59.999+07:00')
  })

  it('does not move a Saturday deadline by default ("before 1 June 2025" = end of Saturday 31 May)', () => {
    const result = classifyCompletion({ id: 't', transferredAt: TRANSFER, deadline: '2025-05-31' }, { asOf: TRANSFER, calendar })
    expect(result.deadline?.toISO()).toBe('2025-05-31T23:59:59.999+07:00')
  })

  it('moves a Saturday deadline to the end of Monday 2 June 2025 with next-working-day', () => {
    const result = classifyCompletion(
      { id: 't', transferredAt: TRANSFER, deadline: '2025-05-31' },
      { asOf: TRANSFER, calendar, dateDeadlines: 'next-working-day' },
    )
    expect(result.deadline?.toISO()).toBe('2025-06-02T23:59:59.999+07:00')
  })

  it('leaves a working-day deadline where it is with next-working-day', () => {
    const result = classifyCompletion(
      { id: 't', transferredAt: TRANSFER, deadline: '2025-06-24' },
      { asOf: TRANSFER, calendar, dateDeadlines: 'next-working-day' },
    )
    expect(result.deadline?.toISO()).toBe('2025-06-24T23:59:59.999+07:00')
  })

  it('moves the day of an extension the same way', () => {
    const result = classifyCompletion(
      {
        id: 't',
        transferredAt: TRANSFER,
        deadline: '2025-05-30',
        events: [{ type: 'deadline-extended', at: '2025-05-26T09:00', deadline: '2025-05-31' }],
      },
      { asOf: '2025-05-27T09:00', calendar, dateDeadlines: 'next-working-day' },
    )
    expect(result.deadline?.toISO()).toBe('2025-06-02T23:59:59.999+07:00')
  })

  it('keeps the original deadline as written when an extension replaces it', () => {
    const result = classifyCompletion(
      {
        id: 't',
        transferredAt: TRANSFER,
        deadline: '2025-05-30',
        events: [{ type: 'deadline-extended', at: '2025-05-26T09:00', deadline: '2025-05-31' }],
      },
      { asOf: '2025-05-27T09:00', calendar, dateDeadlines: 'next-working-day' },
    )
    expect(result.originalDeadline?.toISO()).toBe('2025-05-30T23:59:59.999+07:00')
  })

  it('makes an untouched task overdue on Monday 2 June 2025 08:00 by default', () => {
    const result = classifyCompletion(
      { id: 't', transferredAt: TRANSFER, deadline: '2025-05-31' },
      { asOf: '2025-06-02T08:00', calendar },
    )
    expect(result.status).toBe('not-implemented-overdue')
  })

  it('keeps it within the deadline on Monday 2 June 2025 08:00 with next-working-day', () => {
    const result = classifyCompletion(
      { id: 't', transferredAt: TRANSFER, deadline: '2025-05-31' },
      { asOf: '2025-06-02T08:00', calendar, dateDeadlines: 'next-working-day' },
    )
    expect(result.status).toBe('not-started')
  })

  it('uses an instant deadline as is, even with next-working-day', () => {
    const result = classifyCompletion(
      { id: 't', transferredAt: TRANSFER, deadline: '2025-05-31T10:00:00+07:00' },
      { asOf: TRANSFER, calendar, dateDeadlines: 'next-working-day' },
    )
    expect(result.deadline?.toISO()).toBe('2025-05-31T10:00:00.000+07:00')
  })

  it('reads an instant with another offset on the time line, answering in the calendar zone', () => {
    const result = classifyCompletion(
      { id: 't', transferredAt: TRANSFER, deadline: '2025-06-30T10:00:00Z' },
      { asOf: TRANSFER, calendar },
    )
    expect(result.deadline?.toISO()).toBe('2025-06-30T17:00:00.000+07:00')
  })

  it('reads a null deadline as no deadline', () => {
    expect(classifyCompletion({ id: 't', transferredAt: TRANSFER, deadline: null }, { asOf: TRANSFER, calendar }).deadline).toBe(
      null,
    )
  })

  it('reads an absent deadline as no deadline', () => {
    expect(classifyCompletion({ id: 't', transferredAt: TRANSFER }, { asOf: TRANSFER, calendar }).originalDeadline).toBe(null)
  })
})

describe('Art. 2.4 — khoản 4 Điều 2: events in any order give one answer', () => {
  const events = [
    { type: 'acknowledged', at: '2025-05-19T10:00' },
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'deadline-extended', at: '2025-06-20T09:00', deadline: '2025-07-15' },
    { type: 'progress-updated', at: '2025-06-25T09:00' },
    { type: 'completed', at: '2025-07-10T16:00' },
  ] as const
  const task = (list: readonly (typeof events)[number][]): TaskInput => ({
    id: 't',
    transferredAt: TRANSFER,
    deadline: '2025-06-30',
    events: list,
  })

  it('classifies the events listed backwards as it does listed forwards', () => {
    const asOf = { asOf: '2025-07-20T08:00', calendar }
    expect(plain(classifyCompletion(task([...events].reverse()), asOf))).toEqual(plain(classifyCompletion(task(events), asOf)))
  })

  it('reads the forward list as completed on time within the extended deadline', () => {
    expect(plain(classifyCompletion(task(events), { asOf: '2025-07-20T08:00', calendar }))).toEqual({
      status: 'completed-on-time',
      deadline: '2025-07-15T23:59:59.999+07:00',
      originalDeadline: '2025-06-30T23:59:59.999+07:00',
      endedAt: '2025-07-10T16:00:00.000+07:00',
      citation: { article: 4, clause: 1, point: 'đ', vi: 'điểm đ khoản 1 Điều 4', en: 'Art. 4.1(đ)' },
    })
  })

  it('keeps the later of two extensions made at one instant, whatever their order', () => {
    const extensions = [
      { type: 'deadline-extended', at: '2025-06-20T09:00', deadline: '2025-07-20' },
      { type: 'deadline-extended', at: '2025-06-20T09:00', deadline: '2025-07-10' },
    ] as const
    const read = (list: readonly (typeof extensions)[number][]) =>
      classifyCompletion(
        { id: 't', transferredAt: TRANSFER, deadline: '2025-06-30', events: list },
        { asOf: '2025-06-21T09:00', calendar },
      ).deadline?.toISO()
    expect([read(extensions), read([...extensions].reverse())]).toEqual([
      '2025-07-20T23:59:59.999+07:00',
      '2025-07-20T23:59:59.999+07:00',
    ])
  })

  it('orders a start and a completion at the same instant the same way in either order', () => {
    const same = [
      { type: 'completed', at: '2025-06-10T09:00' },
      { type: 'started', at: '2025-06-10T09:00' },
    ] as const
    const statusOf = (list: readonly (typeof same)[number][]) =>
      classifyCompletion(
        { id: 't', transferredAt: TRANSFER, deadline: '2025-06-30', events: list },
        { asOf: '2025-06-10T09:00', calendar },
      ).status
    expect([statusOf(same), statusOf([...same].reverse())]).toEqual(['completed-on-time', 'completed-on-time'])
  })
})

describe('Purity: inputs are not mutated, results are frozen', () => {
  const input = () =>
    ({
      id: 't',
      transferredAt: TRANSFER,
      deadline: '2025-06-30',
      events: [
        { type: 'completed', at: '2025-06-27T10:00' },
        { type: 'started', at: '2025-05-20T09:00' },
      ],
    }) satisfies TaskInput

  it('does not mutate the task, nor reorder its events', () => {
    const task = input()
    classifyCompletion(task, { asOf: '2025-07-01T08:00', calendar })
    expect(task).toEqual(input())
  })

  it('accepts a deeply frozen task', () => {
    const task = input()
    for (const event of task.events) Object.freeze(event)
    Object.freeze(task.events)
    Object.freeze(task)
    expect(classifyCompletion(task, { asOf: '2025-07-01T08:00', calendar }).status).toBe('completed-on-time')
  })

  it('does not mutate the options', () => {
    const options = { asOf: '2025-07-01T08:00', calendar, dateDeadlines: 'next-working-day' as const }
    alertLevel(input(), options)
    expect(options).toEqual({ asOf: '2025-07-01T08:00', calendar, dateDeadlines: 'next-working-day' })
  })

  it('freezes the classification', () => {
    expect(Object.isFrozen(classifyCompletion(input(), { asOf: '2025-07-01T08:00', calendar }))).toBe(true)
  })

  it('freezes the classification’s citation', () => {
    expect(Object.isFrozen(classifyCompletion(input(), { asOf: '2025-07-01T08:00', calendar }).citation)).toBe(true)
  })

  it('freezes the alert and its reason', () => {
    const alert = alertLevel(input(), { asOf: '2025-06-01T08:00', calendar })
    expect([Object.isFrozen(alert), Object.isFrozen(alert.reason), Object.isFrozen(alert.citation)]).toEqual([true, true, true])
  })
})

describe('types', () => {
  it('exports the event types and the reading options as unions', () => {
    expectTypeOf<(typeof TASK_EVENT_TYPES)[number]>().toEqualTypeOf<
      | 'acknowledged'
      | 'objected'
      | 'started'
      | 'progress-updated'
      | 'completed'
      | 'closed-without-completion'
      | 'deadline-extended'
      | 'objection-handled'
      | 'reassigned'
      | 'evaluated'
    >()
    expectTypeOf<DateDeadlineReading>().toEqualTypeOf<'as-written' | 'next-working-day'>()
  })
})
