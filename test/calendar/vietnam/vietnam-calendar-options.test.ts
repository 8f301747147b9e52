import { describe, expect, it } from 'vitest'
import { DEFAULT_VIETNAM_WEEK, VIETNAM_CALENDAR_RANGE, vietnamCalendar } from '../../../src/index.js'
import { caught, failureOf } from '../../support/caught.js'

// The options of vietnamCalendar and their defaults: Monday–Friday 08:00–12:00, 13:00–17:00 in
// Asia/Ho_Chi_Minh (QĐ 188/1999/QĐ-TTg), 2000–2100, the schedules announced for 2024–2026, every
// other year provisional. Weekdays checked by hand: 6 June 2026 is a Saturday, 9 June 2026 a Tuesday.

describe('vietnamCalendar: the defaults', () => {
  it('answers 2000-01-01 to 2100-12-31 in Asia/Ho_Chi_Minh', () => {
    const cal = vietnamCalendar()
    expect([cal.range, cal.zone, VIETNAM_CALENDAR_RANGE]).toEqual([
      { from: '2000-01-01', to: '2100-12-31' },
      'Asia/Ho_Chi_Minh',
      { from: '2000-01-01', to: '2100-12-31' },
    ])
  })

  it('works 08:00–12:00 and 13:00–17:00 on weekdays and cites QĐ 188/1999/QĐ-TTg for the weekend', () => {
    const cal = vietnamCalendar()
    expect([cal.describeDay('2026-06-09').hours, cal.describeDay('2026-06-06').reasons]).toEqual([
      [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      [
        {
          kind: 'weekly-rest',
          name: { vi: 'Ngày nghỉ hằng tuần (Thứ Bảy)', en: 'Weekly rest day (Saturday)' },
          source: 'Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ, nghỉ Thứ Bảy và Chủ Nhật)',
          provisional: false,
        },
      ],
    ])
    expect(Object.keys(DEFAULT_VIETNAM_WEEK)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])
  })

  it('reads an instant without an offset as wall time in Vietnam (UTC+7), and refuses it with offsetless: reject', () => {
    expect(vietnamCalendar().toDateTime('2026-06-01T08:00').toISO()).toBe('2026-06-01T08:00:00.000+07:00')
    const error = caught(() => vietnamCalendar({ offsetless: 'reject' }).toDateTime('2026-06-01T08:00'))
    expect([error.code, error.path]).toEqual(['invalid_input', ['instant']])
  })
})

describe('vietnamCalendar: the announced schedules of 2024–2026', () => {
  it('works a make-up Saturday announced without hours for the hours of a weekday', () => {
    // Saturday 10 January 2026, worked in exchange for Friday 2 January (Công văn 12729/VPCP-KGVX).
    expect(vietnamCalendar().describeDay('2026-01-10')).toEqual({
      date: '2026-01-10',
      working: true,
      provisional: false,
      hours: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      reasons: [
        {
          kind: 'make-up-working-day',
          name: { vi: 'Làm bù cho Thứ Sáu 2/1', en: 'Make-up working day for Friday 2 January' },
          source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025',
          provisional: false,
        },
      ],
    })
  })
})

describe('vietnamCalendar: a schedule holds the days of its own year only', () => {
  it('refuses a day of another year at its path, after the days that belong', () => {
    const schedule = {
      year: 2027,
      source: 'schedule 2027',
      days: [
        { date: '2027-03-01', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Day off' } },
        { date: '2028-01-03', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Day off' } },
      ],
    } as const
    expect(failureOf(() => vietnamCalendar({ schedules: [schedule] }))).toEqual({
      code: 'invalid_calendar',
      path: ['schedules', 0, 'days', 1, 'date'],
      vi: 'Định nghĩa lịch làm việc không hợp lệ: ngày trong lịch nghỉ đã công bố không thuộc năm của lịch đó',
      en: 'Invalid working calendar definition: a day of an announced schedule lies outside that schedule’s year',
    })
  })
})

describe('vietnamCalendar: the agency week', () => {
  it("cites the agency's hours, not QĐ 188/1999, for a day its own week leaves out", () => {
    const cal = vietnamCalendar({ week: { monday: [['08:00', '12:00']] } })
    expect(cal.describeDay('2026-06-09').reasons).toEqual([
      {
        kind: 'weekly-rest',
        name: { vi: 'Ngày nghỉ hằng tuần (Thứ Ba)', en: 'Weekly rest day (Tuesday)' },
        source: 'giờ làm việc của cơ quan (agency hours)',
        provisional: false,
      },
    ])
  })
})

describe('vietnamCalendar: the range', () => {
  it('refuses a range that starts before 2000-01-01 or ends after 2100-12-31, and takes the widest one', () => {
    const before = caught(() => vietnamCalendar({ range: { from: '1999-12-31', to: '2026-12-31' } }))
    const after = caught(() => vietnamCalendar({ range: { from: '2026-01-01', to: '2101-01-01' } }))
    expect([before.code, before.path, after.code, after.path]).toEqual([
      'outside_calendar_range',
      ['range'],
      'outside_calendar_range',
      ['range'],
    ])
    expect(vietnamCalendar({ range: { from: '2000-01-01', to: '2100-12-31' } }).range).toEqual({
      from: '2000-01-01',
      to: '2100-12-31',
    })
  })

  it('marks the days of a narrower range provisional outside the announced years 2024–2026, up to its own ends', () => {
    const cal = vietnamCalendar({ range: { from: '2023-06-01', to: '2027-06-30' } })
    expect([
      cal.range,
      cal.describeDay('2023-06-01').provisional,
      cal.describeDay('2023-12-31').provisional,
      cal.describeDay('2024-01-01').provisional,
      cal.describeDay('2026-12-31').provisional,
      cal.describeDay('2027-01-01').provisional,
      cal.describeDay('2027-06-30').provisional,
    ]).toEqual([{ from: '2023-06-01', to: '2027-06-30' }, true, true, false, false, true, true])
  })
})

describe('vietnamCalendar: announced schedules', () => {
  // An announcement for 2027 (none exists yet): a swap day off citing the schedule, and a make-up
  // Saturday with its own source and shorter hours. 11 February 2027 is a Thursday, 20 February a Saturday.
  const announced2027 = () =>
    vietnamCalendar({
      schedules: [
        {
          year: 2027,
          source: 'schedule 2027',
          days: [
            { date: '2027-02-11', kind: 'swap-day-off', name: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' } },
            {
              date: '2027-02-20',
              kind: 'make-up-working-day',
              name: { vi: 'Làm bù', en: 'Make-up working day' },
              source: 'its own announcement',
              hours: [['08:00', '11:00']],
            },
          ],
        },
      ],
    })

  it("gives each day the schedule's source unless it has its own, and its own hours", () => {
    const cal = announced2027()
    expect([cal.describeDay('2027-02-11'), cal.describeDay('2027-02-20')]).toEqual([
      {
        date: '2027-02-11',
        working: false,
        provisional: false,
        hours: [],
        reasons: [
          {
            kind: 'swap-day-off',
            name: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' },
            source: 'schedule 2027',
            provisional: false,
          },
        ],
      },
      {
        date: '2027-02-20',
        working: true,
        provisional: false,
        hours: [{ start: '08:00', end: '11:00' }],
        reasons: [
          {
            kind: 'make-up-working-day',
            name: { vi: 'Làm bù', en: 'Make-up working day' },
            source: 'its own announcement',
            provisional: false,
          },
        ],
      },
    ])
  })

  it('takes the announced year as given: no day of 2027 is provisional, and the years around it still are', () => {
    const cal = announced2027()
    // Tết 2027 is Saturday 6 February; without an announcement the rules would give Thursday 4 February off.
    expect([
      cal.hasProvisionalDays('2027-01-01', '2027-12-31'),
      cal.hasProvisionalDays('2026-12-31', '2027-12-31'),
      cal.hasProvisionalDays('2027-01-01', '2028-01-01'),
      cal.isWorkingDay('2027-02-04'),
    ]).toEqual([false, false, true, true])
  })

  it('starts the provisional span again after the announced year and runs it to 2100', () => {
    const cal = announced2027()
    // 2024–2026 announced by default, 2027 by this schedule: 2028–2100 is one provisional span.
    expect([
      cal.describeDay('2026-12-31').provisional,
      cal.describeDay('2028-01-01').provisional,
      cal.describeDay('2100-12-31').provisional,
    ]).toEqual([false, true, true])
  })
})

describe('vietnamCalendar: seasons and exceptions', () => {
  it('uses the seasonal hours of the agency inside their span', () => {
    // An agency's summer hours (Nghệ An's: 7:00–11:30 and 13:30–17:00); Monday 8 June 2026, Monday 7 December 2026.
    const summer = [
      ['07:00', '11:30'],
      ['13:30', '17:00'],
    ] as const
    const cal = vietnamCalendar({
      seasons: [
        {
          name: 'summer',
          span: { from: '04-15', to: '10-14' },
          week: { monday: summer, tuesday: summer, wednesday: summer, thursday: summer, friday: summer },
        },
      ],
    })
    expect([cal.describeDay('2026-06-08').hours, cal.describeDay('2026-12-07').hours]).toEqual([
      [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    ])
  })

  it("applies the agency's dated exceptions over the official schedule", () => {
    // Friday 12 June 2026 is an ordinary working day in the 2026 schedule (Thông báo 9441/TB-BNV).
    const cal = vietnamCalendar({
      exceptions: [{ date: '2026-06-12', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Local day off' }, source: 'local decision' }],
    })
    expect([cal.isWorkingDay('2026-06-12'), vietnamCalendar().isWorkingDay('2026-06-12')]).toEqual([false, true])
  })
})
