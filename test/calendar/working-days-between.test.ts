import { describe, expect, it } from 'vitest'
import { vietnamCalendar, workingCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

// Exact counts from the announced schedules (Thông báo 5015/TB-LĐTBXH and Công văn 2450/VPCP-KGVX for
// 2024, Thông báo 6150/TB-BLĐTBXH for 2025, Công văn 12729/VPCP-KGVX and Thông báo 9441/TB-BNV for
// 2026): 251, 250 and 250 working days for a Monday–Friday agency. The count is the one of Civil Code
// 2015 Art. 147(2): the first day is not counted, the last day is.

const cal = vietnamCalendar()

describe('workingDaysBetween: the working days after the first day up to and including the last', () => {
  it('counts a whole announced year from the last day of the one before: 250 in 2026, 250 in 2025, 251 in 2024', () => {
    expect([
      cal.workingDaysBetween('2025-12-31', '2026-12-31'),
      cal.workingDaysBetween('2024-12-31', '2025-12-31'),
      cal.workingDaysBetween('2023-12-31', '2024-12-31'),
    ]).toEqual([250, 250, 251])
  })

  it('does not count the first day: from 1 January 2026 (a holiday) to 31 December is still 250, from Friday 2 January 2026 (a swap day off) 250 too', () => {
    expect([cal.workingDaysBetween('2026-01-01', '2026-12-31'), cal.workingDaysBetween('2026-01-02', '2026-12-31')]).toEqual([
      250, 250,
    ])
  })

  it('counts the last day: from 31 December 2025 to Monday 5 January 2026 is one day (1/1 holiday, 2/1 swap, 3–4/1 weekend)', () => {
    expect(cal.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(1)
  })

  it('counts across the year with the make-up Saturday: Tuesday 30 December 2025 to Monday 12 January 2026 is 8 days', () => {
    // 31/12 (Wed); 5–9/1 (Mon–Fri); Saturday 10/1 worked in exchange for 2/1 (Công văn 12729/VPCP-KGVX); Monday 12/1.
    expect(cal.workingDaysBetween('2025-12-30', '2026-01-12')).toBe(8)
  })

  it('adds the whole years in between: 31 December 2023 to 31 December 2026 is 251 + 250 + 250', () => {
    expect(cal.workingDaysBetween('2023-12-31', '2026-12-31')).toBe(751)
  })

  it('is antisymmetric: the same spans backwards are negative', () => {
    expect([
      cal.workingDaysBetween('2026-12-31', '2023-12-31'),
      cal.workingDaysBetween('2026-01-05', '2025-12-31'),
      cal.workingDaysBetween('2026-01-12', '2025-12-30'),
    ]).toEqual([-751, -1, -8])
  })

  it('is zero from a day to itself, a working day or not', () => {
    expect([cal.workingDaysBetween('2026-01-05', '2026-01-05'), cal.workingDaysBetween('2026-01-01', '2026-01-01')]).toEqual([
      0, 0,
    ])
  })

  it('names the argument that lies outside the calendar (2000-01-01 to 2100-12-31)', () => {
    const from = caught(() => cal.workingDaysBetween('1999-12-31', '2026-01-01'))
    const to = caught(() => cal.workingDaysBetween('2026-01-01', '2101-01-01'))
    expect([from.code, from.path, to.code, to.path]).toEqual([
      'outside_calendar_range',
      ['from'],
      'outside_calendar_range',
      ['to'],
    ])
  })

  it('skips the Tết break of 2026: Friday 13 February to Monday 23 February is one day (16–20/2 off, Thông báo 9441/TB-BNV)', () => {
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1)
  })
})

describe('hasProvisionalDays: whether a day of the span is in a year with no announced schedule', () => {
  // 2024–2026 are announced (the sources above); 2023 and 2027 are not, so their days are provisional.
  it('is false inside the announced years, even across them', () => {
    expect([
      cal.hasProvisionalDays('2026-01-01', '2026-12-31'),
      cal.hasProvisionalDays('2024-01-01', '2026-12-31'),
      cal.hasProvisionalDays('2026-12-31', '2024-01-01'),
    ]).toEqual([false, false, false])
  })

  it('counts the first day and the last day of the span', () => {
    expect([
      cal.hasProvisionalDays('2023-12-31', '2024-01-05'),
      cal.hasProvisionalDays('2026-12-20', '2027-01-01'),
      cal.hasProvisionalDays('2027-01-01', '2026-12-20'),
      cal.hasProvisionalDays('2027-01-01', '2027-01-01'),
      cal.hasProvisionalDays('2023-12-31', '2023-12-31'),
    ]).toEqual([true, true, true, true, true])
  })

  it('finds a provisional year between two announced ones', () => {
    // Announced schedules for 2028 and 2030 (no day beyond the statutory holidays); 2029 stays provisional.
    const announced = vietnamCalendar({
      schedules: [
        { year: 2028, source: 'schedule 2028', days: [] },
        { year: 2030, source: 'schedule 2030', days: [] },
      ],
    })
    expect([
      announced.hasProvisionalDays('2028-01-01', '2030-12-31'),
      announced.hasProvisionalDays('2028-01-01', '2028-12-31'),
      announced.hasProvisionalDays('2030-01-01', '2030-12-31'),
      announced.hasProvisionalDays('2028-12-31', '2030-01-01'),
    ]).toEqual([true, false, false, true])
  })

  it('counts the first day and the last day backwards too: 5 January 2027 back to 1 January 2027', () => {
    expect(cal.hasProvisionalDays('2027-01-05', '2027-01-01')).toBe(true)
  })

  it('names the argument that lies outside the calendar', () => {
    const from = caught(() => cal.hasProvisionalDays('1999-12-31', '2026-01-01'))
    const to = caught(() => cal.hasProvisionalDays('2026-01-01', '2101-01-01'))
    expect([from.code, from.path, to.code, to.path]).toEqual([
      'outside_calendar_range',
      ['from'],
      'outside_calendar_range',
      ['to'],
    ])
  })
})

describe('hasProvisionalDays: a provisional span inside a year', () => {
  // A calendar whose June 2026 is provisional, and no other day: the days before and after it in
  // the same year, and the years around it, are not.
  const juneProvisional = () =>
    workingCalendar({
      week: {
        monday: [['08:00', '17:00']],
        tuesday: [['08:00', '17:00']],
        wednesday: [['08:00', '17:00']],
        thursday: [['08:00', '17:00']],
        friday: [['08:00', '17:00']],
      },
      provisional: [{ from: '2026-06-01', to: '2026-06-30' }],
      range: { from: '2025-01-01', to: '2027-12-31' },
    })

  it('is false for a span of the same year before or after the provisional days, true when it touches them', () => {
    const cal = juneProvisional()
    expect([
      cal.hasProvisionalDays('2026-05-01', '2026-05-31'),
      cal.hasProvisionalDays('2026-07-01', '2026-07-31'),
      cal.hasProvisionalDays('2026-05-31', '2026-06-01'),
      cal.hasProvisionalDays('2026-06-30', '2026-06-30'),
      cal.hasProvisionalDays('2026-07-01', '2026-06-30'),
    ]).toEqual([false, false, true, true, true])
  })

  it('is false across years when the provisional days lie outside the span, true when a whole year between holds them', () => {
    const cal = juneProvisional()
    expect([
      cal.hasProvisionalDays('2026-07-01', '2027-03-01'),
      cal.hasProvisionalDays('2025-03-01', '2026-05-31'),
      cal.hasProvisionalDays('2025-03-01', '2026-06-01'),
      cal.hasProvisionalDays('2026-06-30', '2027-03-01'),
      cal.hasProvisionalDays('2025-12-31', '2027-01-01'),
    ]).toEqual([false, false, true, true, true])
  })
})
