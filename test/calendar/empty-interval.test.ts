import { describe, expect, it } from 'vitest'
import { vietnamCalendar, workingCalendar } from '../../src/index.js'
import { caught, failureOf } from '../support/caught.js'

// An empty interval, ['08:00', '08:00'], holds no working time: it is refused wherever hours are
// written (docs/calendar.md, custom and seasonal hours), never read as a rest day, which is written
// by leaving the weekday out or as [].

const NAME = { vi: 'Ngày làm việc', en: 'Working day' }

function failure(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

describe('an empty working interval', () => {
  it('is refused in the weekly hours at its own path, with the interval message', () => {
    expect(failureOf(() => workingCalendar({ week: { monday: [['08:00', '08:00']] } }))).toEqual({
      code: 'invalid_calendar',
      path: ['week', 'monday', 0],
      vi: 'Định nghĩa lịch làm việc không hợp lệ: khoảng giờ làm việc phải có dạng ["HH:mm", "HH:mm"], giờ bắt đầu trước giờ kết thúc, trong khoảng 00:00–24:00',
      en: 'Invalid working calendar definition: a working interval must be ["HH:mm", "HH:mm"], start before end, within 00:00–24:00',
    })
  })

  it('is refused beside other intervals, at midnight and at 24:00', () => {
    const week = (hours: readonly (readonly [string, string])[]) => () => workingCalendar({ week: { friday: hours } })
    expect(
      failure(
        week([
          ['08:00', '12:00'],
          ['13:00', '13:00'],
        ]),
      ),
    ).toEqual(['invalid_calendar', ['week', 'friday', 1]])
    expect(failure(week([['00:00', '00:00']]))).toEqual(['invalid_calendar', ['week', 'friday', 0]])
    expect(failure(week([['24:00', '24:00']]))).toEqual(['invalid_calendar', ['week', 'friday', 0]])
  })

  it("is refused in a season's week and in an exception's hours", () => {
    const weekdays = { monday: [['08:00', '17:00']] } as const
    expect(
      failure(() =>
        workingCalendar({
          week: weekdays,
          seasons: [{ name: 'summer', span: { from: '04-15', to: '10-14' }, week: { tuesday: [['07:00', '07:00']] } }],
        }),
      ),
    ).toEqual(['invalid_calendar', ['seasons', 0, 'week', 'tuesday', 0]])
    expect(
      failure(() =>
        workingCalendar({
          week: weekdays,
          exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's', hours: [['08:00', '08:00']] }],
        }),
      ),
    ).toEqual(['invalid_calendar', ['exceptions', 0, 'hours', 0]])
  })

  it("is refused in vietnamCalendar's agency hours", () => {
    expect(failure(() => vietnamCalendar({ week: { monday: [['08:00', '08:00']] } }))).toEqual([
      'invalid_calendar',
      ['week', 'monday', 0],
    ])
  })

  it('is not how a rest day is written: an empty list of intervals is one', () => {
    const cal = workingCalendar({
      week: { monday: [], tuesday: [['08:00', '17:00']] },
      range: { from: '2026-01-01', to: '2026-12-31' },
    })
    expect(cal.isWorkingDay('2026-01-05')).toBe(false)
    expect(cal.isWorkingDay('2026-01-06')).toBe(true)
    expect(cal.addWorkingTime('2026-01-05T08:00', { hours: 1 }).toISO()).toBe('2026-01-06T09:00:00.000+07:00')
  })
})
