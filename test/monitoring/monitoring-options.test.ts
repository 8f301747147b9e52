import { describe, expect, it } from 'vitest'
import { agenda, nextChange, nextChangeMillis, portfolioSummary, type TaskInput, vietnamCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

// The examples the functions' own documentation gives, worked by hand, and the edges of their options.

const calendar = vietnamCalendar()
/** Transferred Fri 13 Feb 2026 15:00, the last working day before the Tết break (Mon 16 – Fri 20 Feb). */
const BEFORE_TET = {
  id: 't',
  transferredAt: '2026-02-13T15:00',
  deadline: '2026-03-31',
  events: [{ type: 'acknowledged', at: '2026-02-13T16:00' }],
} as const satisfies TaskInput

describe('nextChange — Art. 6.2(b), 18.1(d): the examples of its documentation', () => {
  it('opens the half-time update of a 1-to-3-month task at ½ of its time', () => {
    // 13 Feb 15:00 + 1 month = 13 Mar ≤ end of 31 Mar < 13 May → 1 to 3 months (6.2(b)(2)). From 13 Feb
    // 15:00 to 31 Mar 23:59:59.999: 46 days 8:59:59.999, half 23 days 4:29:59.999(5) → Sun 8 Mar 19:29:59.999.
    const next = nextChange(BEFORE_TET, { calendar, asOf: '2026-02-13T16:00' })
    expect(next?.at.toISO()).toBe('2026-03-08T19:29:59.999+07:00')
    expect(next?.changes.map((change) => `${change.kind} ${change.duty} ${change.from} → ${change.to}`)).toEqual([
      'duty update not-yet-due → due',
    ])
  })

  it('misses the receipt one millisecond after its 4 working hours, across Tết (Art. 6.2(a))', () => {
    // Fri 15:00–17:00 (2 h), then Mon 23 Feb 08:00–10:00 (2 h): due 10:00, missed at 10:00:00.001.
    const next = nextChangeMillis({ id: 't', transferredAt: '2026-02-13T15:00' }, { calendar, asOf: '2026-02-13T15:00' })
    expect(next?.at).toBe(Date.UTC(2026, 1, 23, 3) + 1)
    expect(next?.changes).toEqual([
      {
        kind: 'duty',
        from: 'due',
        to: 'missed',
        duty: 'acknowledge-receipt',
        party: 'assignee',
        dueBy: Date.UTC(2026, 1, 23, 3),
        assignment: 0,
      },
    ])
  })

  it('reads the history as it stood at asOf: an acknowledgement after it is not known yet', () => {
    const later = { ...BEFORE_TET, events: [{ type: 'acknowledged', at: '2026-02-23T09:00' }] } as const
    const next = nextChangeMillis(later, { calendar, asOf: '2026-02-13T16:00' })
    expect(next?.at).toBe(Date.UTC(2026, 1, 23, 3) + 1)
  })

  it('is null when nothing will change again: a task completed on time, its duties met', () => {
    const done = {
      id: 'done',
      transferredAt: '2026-03-02T09:00',
      deadline: '2026-03-13',
      events: [
        { type: 'acknowledged', at: '2026-03-02T10:00' },
        { type: 'completed', at: '2026-03-10T10:00' },
        { type: 'evaluated', at: '2026-03-11T10:00' },
      ],
    } as const
    expect(nextChange(done, { calendar, asOf: '2026-03-12T09:00' })).toBeNull()
  })

  it('watches only the parties asked for', () => {
    // Without the assignee's duties, the receipt missed on Mon 23 Feb is no change.
    const next = nextChangeMillis(
      { id: 't', transferredAt: '2026-02-13T15:00' },
      { calendar, asOf: '2026-02-13T15:00', parties: ['office'] },
    )
    expect(next).toBeNull()
  })
})

describe('agenda — Art. 9.2, 18.1(d): the example of its documentation', () => {
  it('lists the warnings and the duties of two weeks, an overdue on a Saturday reminded on the Friday', () => {
    // Due end of Fri 13 Mar 2026. About to be overdue from Tue 10 Mar (3 working days left: 11, 12, 13); due
    // from Fri 13 Mar 00:00; overdue from Sat 14 Mar 00:00, a day off → reminded on Fri 13 Mar. Under 1 month
    // (2 Mar + 1 month = 2 Apr > 13 Mar): the final update is due 3 working days after Fri 13 Mar: Mon 16,
    // Tue 17, Wed 18 → end of Wed 18 Mar.
    const weeks = agenda([{ id: 'A-1', transferredAt: '2026-03-02T09:00', deadline: '2026-03-13' }], {
      calendar,
      from: '2026-03-09',
      to: '2026-03-20',
      asOf: '2026-03-09T08:00',
    })
    expect(weeks.items.map((item) => `${item.at.toISO()} ${item.kind} ${item.level ?? item.duty} ${item.party}`)).toEqual([
      '2026-03-10T00:00:00.000+07:00 warning approaching assignee',
      '2026-03-13T00:00:00.000+07:00 warning due assignee',
      '2026-03-14T00:00:00.000+07:00 warning overdue assignee',
      '2026-03-18T23:59:59.999+07:00 duty update assignee',
    ])
    expect(weeks.byDay.map((day) => `${day.day}: ${day.items.length}`)).toEqual([
      '2026-03-10: 1',
      '2026-03-13: 2',
      '2026-03-18: 1',
    ])
    expect(weeks.items.map((item) => item.citation.en)).toEqual([
      'Art. 18.1(d)',
      'Art. 18.1(d)',
      'Art. 18.1(d)',
      'Art. 6.2(b)(1)',
    ])
  })

  it('refuses an interval that ends before it starts, and a list that is not one', () => {
    const backwards = caught(() => agenda([], { calendar, from: '2026-03-20', to: '2026-03-09', asOf: '2026-03-09T08:00' }))
    expect([backwards.code, backwards.path]).toEqual(['invalid_input', ['options', 'to']])
    const notAList = caught(() =>
      agenda({} as never, { calendar, from: '2026-03-09', to: '2026-03-20', asOf: '2026-03-09T08:00' }),
    )
    expect([notAList.code, notAList.path]).toEqual(['invalid_input', ['tasks']])
  })

  it('names a bad task by its place in the list', () => {
    const error = caught(() =>
      agenda(
        [
          { id: 'ok', transferredAt: '2026-03-02T09:00' },
          { id: '', transferredAt: '2026-03-02T09:00' },
        ],
        {
          calendar,
          from: '2026-03-09',
          to: '2026-03-20',
          asOf: '2026-03-09T08:00',
        },
      ),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['tasks', 1, 'id']])
  })
})

describe('portfolioSummary — Art. 16.1: the example of its documentation', () => {
  it('counts one overdue task with a missed update, and lists it for attention', () => {
    // due end of Fri 13 Mar, never acknowledged (due Mon 2 Mar 14:00: missed), its final update due Wed
    // 18 Mar (due as of Mon 16 Mar). A-2: due 30 Jun, acknowledged in time, its half-time update not yet due.
    const summary = portfolioSummary(
      [
        {
          unit: 'Ban A',
          tasks: [
            { id: 'A-1', transferredAt: '2026-03-02T09:00', deadline: '2026-03-13' },
            {
              id: 'A-2',
              transferredAt: '2026-03-02T09:00',
              deadline: '2026-06-30',
              events: [{ type: 'acknowledged', at: '2026-03-02T10:00' }],
            },
          ],
        },
      ],
      { calendar, asOf: '2026-03-16T09:00' },
    )
    expect(summary.total.tasks).toBe(2)
    expect(summary.total.warning).toEqual({ none: 1, approaching: 0, due: 0, overdue: 1 })
    expect(summary.total.duties.assignee).toEqual({ 'met-on-time': 1, 'met-late': 0, missed: 1, due: 1, 'not-yet-due': 3 })
    expect(summary.total.attention.map((task) => `${task.taskId} ${task.reasons.join('+')} ${task.next?.at.toISO()}`)).toEqual([
      'A-1 overdue+missed-duty 2026-03-19T00:00:00.000+07:00',
    ])
    expect(summary.units[0]?.unit).toBe('Ban A')
  })

  it('refuses two units of one name', () => {
    const error = caught(() =>
      portfolioSummary(
        [
          { unit: 'A', tasks: [] },
          { unit: 'A', tasks: [] },
        ],
        { calendar, asOf: '2026-03-16T09:00' },
      ),
    )
    expect([error.code, error.path]).toEqual(['invalid_input', ['units', 1, 'unit']])
  })
})
