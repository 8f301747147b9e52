import { describe, expect, it } from 'vitest'
import { classifyCompletion, IN_PROGRESS_LATE_READINGS, vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

const calendar = vietnamCalendar()
// Conclusion 155-KL/TW, "by 30 June 2025", transferred Monday 19 May 2025 09:00: a task of 1 to 3 months,
// whose half-time update (Art. 6.2(b)(2)) is due by the end of Thursday 12 June 2025
// (checkpoint 9 June 16:29:59.999 + 3 working days: 10, 11, 12 June).
const task = {
  id: '155-3',
  transferredAt: '2025-05-19T09:00',
  deadline: '2025-06-30',
  events: [{ type: 'started', at: '2025-05-21T08:00' }],
} as const

describe('Art. 4.1(đ) — the alternative reading of "in progress, late" (behind the update schedule)', () => {
  it('lists the readings, the default first', () => {
    expect(IN_PROGRESS_LATE_READINGS).toEqual(['after-deadline', 'behind-update-schedule'])
  })

  it('keeps a task on time before the deadline by default, even with its half-time update missed', () => {
    expect(classifyCompletion(task, { calendar, asOf: '2025-06-13T09:00' }).status).toBe('in-progress-on-time')
  })

  it('keeps a task on time while its half-time update is still within its grace period', () => {
    const status = classifyCompletion(task, {
      calendar,
      asOf: '2025-06-12T23:59:59.999',
      inProgressLate: 'behind-update-schedule',
    })
    expect(status.status).toBe('in-progress-on-time')
  })

  it('makes a task late once its half-time update is missed, with the alternative reading', () => {
    const status = classifyCompletion(task, { calendar, asOf: '2025-06-13T00:00', inProgressLate: 'behind-update-schedule' })
    expect(status.status).toBe('in-progress-late')
  })

  it('counts an update made on time: the task stays on time with the alternative reading', () => {
    const updated = { ...task, events: [...task.events, { type: 'progress-updated', at: '2025-06-10T09:00' }] } as const
    expect(
      classifyCompletion(updated, { calendar, asOf: '2025-06-20T09:00', inProgressLate: 'behind-update-schedule' }).status,
    ).toBe('in-progress-on-time')
  })

  it('refuses an unknown reading at its own path', () => {
    const error = caught(() => classifyCompletion(task, { calendar, asOf: '2025-06-20T09:00', inProgressLate: 'soon' as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'inProgressLate']])
  })
})
