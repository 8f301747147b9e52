import { describe, expect, it } from 'vitest'
import { cite, UPDATE_STATES, type UpdateCompliance, updateCompliance, vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

// Worked by hand on the official 2025 schedule (Thông báo 6150/TB-BLĐTBXH). The task of 19 May 08:00 – 30 June 08:00 (42 days,
// Art. 6.2(b)(2)) has its half-time update from Mon 9 June 08:00, due by Thu 12 June 23:59:59.999 (3 working days),
// and its final update from 30 June 08:00, due by Thu 3 July 23:59:59.999.

const calendar = vietnamCalendar()
const TASK = { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30T08:00' }

function states(items: readonly UpdateCompliance[]): string[] {
  return items.map((item) => `${item.update.kind} ${item.state} ${item.satisfiedBy?.at.toISO() ?? '-'}`)
}

describe('Art. 6.2(b)(2)', () => {
  it('is not yet due before the checkpoint', () => {
    expect(states(updateCompliance(TASK, { calendar, asOf: '2025-06-01T00:00' }))).toEqual([
      'half not-yet-due -',
      'final not-yet-due -',
    ])
  })

  it('is due from the checkpoint to the end of its grace period', () => {
    expect(states(updateCompliance(TASK, { calendar, asOf: '2025-06-09T08:00' }))).toEqual(['half due -', 'final not-yet-due -'])
    expect(states(updateCompliance(TASK, { calendar, asOf: '2025-06-12T23:59:59.999' }))).toEqual([
      'half due -',
      'final not-yet-due -',
    ])
  })

  it('is missed once the grace period has passed with no update', () => {
    expect(states(updateCompliance(TASK, { calendar, asOf: '2025-06-13T00:00' }))).toEqual([
      'half missed -',
      'final not-yet-due -',
    ])
  })

  it('is made on time by a progress update within the window, and names it', () => {
    const items = updateCompliance(
      { ...TASK, events: [{ type: 'progress-updated', at: '2025-06-11T10:00' }] },
      { calendar, asOf: '2025-06-20T08:00' },
    )
    expect(states(items)).toEqual(['half made-on-time 2025-06-11T10:00:00.000+07:00', 'final not-yet-due -'])
    expect(items[0]?.satisfiedBy?.type).toBe('progress-updated')
    expect(items[0]?.citation).toEqual(cite(6, 2, 'b', 2))
    expect(Object.isFrozen(items)).toBe(true)
    expect(Object.isFrozen(items[0])).toBe(true)
  })

  it('is made late by an update after the grace period', () => {
    const items = updateCompliance(
      { ...TASK, events: [{ type: 'progress-updated', at: '2025-06-13T09:00' }] },
      { calendar, asOf: '2025-06-20T08:00' },
    )
    expect(states(items)).toEqual(['half made-late 2025-06-13T09:00:00.000+07:00', 'final not-yet-due -'])
  })

  it('is not satisfied by an update before the checkpoint', () => {
    const items = updateCompliance(
      { ...TASK, events: [{ type: 'progress-updated', at: '2025-06-05T09:00' }] },
      { calendar, asOf: '2025-06-13T00:00' },
    )
    expect(states(items)).toEqual(['half missed -', 'final not-yet-due -'])
  })

  it('ignores events after asOf', () => {
    const items = updateCompliance(
      { ...TASK, events: [{ type: 'progress-updated', at: '2025-06-11T10:00' }] },
      { calendar, asOf: '2025-06-11T09:00' },
    )
    expect(states(items)).toEqual(['half due -', 'final not-yet-due -'])
  })

  it('counts an on-time completion as the final update (B6: the final counts from it, Wed 25 → Mon 30 June)', () => {
    const items = updateCompliance(
      {
        ...TASK,
        events: [
          { type: 'completed', at: '2025-06-25T10:00' },
          { type: 'progress-updated', at: '2025-06-10T10:00' },
        ],
      },
      { calendar, asOf: '2025-07-01T08:00' },
    )
    expect(states(items)).toEqual([
      'half made-on-time 2025-06-10T10:00:00.000+07:00',
      'final made-on-time 2025-06-25T10:00:00.000+07:00',
    ])
    expect(items[1]?.update.dueBy.toISO()).toBe('2025-06-30T23:59:59.999+07:00')
    expect(items[1]?.satisfiedBy?.type).toBe('completed')
  })

  it('marks the final update due between the end and its time limit, and missed after', () => {
    expect(states(updateCompliance(TASK, { calendar, asOf: '2025-07-03T12:00' }))).toEqual(['half missed -', 'final due -'])
    expect(states(updateCompliance(TASK, { calendar, asOf: '2025-07-04T00:00' }))).toEqual(['half missed -', 'final missed -'])
  })

  it('lets one update satisfy every open update it follows', () => {
    // Only a late completion on 2 July: the half is made late by it, the final on time.
    const items = updateCompliance(
      { ...TASK, events: [{ type: 'completed', at: '2025-07-02T10:00' }] },
      { calendar, asOf: '2025-07-10T08:00' },
    )
    expect(states(items)).toEqual([
      'half made-late 2025-07-02T10:00:00.000+07:00',
      'final made-on-time 2025-07-02T10:00:00.000+07:00',
    ])
  })

  it('lists the states in a frozen tuple', () => {
    expect(UPDATE_STATES).toEqual(['made-on-time', 'made-late', 'missed', 'due', 'not-yet-due'])
    expect(Object.isFrozen(UPDATE_STATES)).toBe(true)
  })
})

describe('Art. 6.2(b)(4)', () => {
  it('runs the periodic updates of a task without a deadline up to asOf by default', () => {
    // January: due Mon 3 February (31 January is Tết); February: due Fri 28 February.
    const items = updateCompliance(
      { id: 't', transferredAt: '2025-01-15T09:00', events: [{ type: 'progress-updated', at: '2025-02-03T16:00' }] },
      { calendar, asOf: '2025-03-05T08:00' },
    )
    expect(states(items)).toEqual([
      'periodic made-on-time 2025-02-03T16:00:00.000+07:00',
      'periodic made-on-time 2025-02-03T16:00:00.000+07:00',
      'periodic due -',
    ])
    expect(items.map((item) => item.update.dueBy.toISODate())).toEqual(['2025-02-03', '2025-02-28', '2025-03-31'])
  })
})

describe('Art. 6.2(b) — invalid input', () => {
  it('requires asOf', () => {
    const error = caught(() => updateCompliance(TASK, { calendar } as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'asOf']])
  })

  it('validates the schedule options', () => {
    const error = caught(() => updateCompliance(TASK, { calendar, asOf: '2025-06-01T00:00', interimGraceDays: -1 }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'interimGraceDays']])
  })
})
