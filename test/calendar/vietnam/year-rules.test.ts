import { describe, expect, it } from 'vitest'
import { statutoryDatesSource } from '../../../src/calendar/vietnam/statutory-holidays.js'
import { vietnamCalendar } from '../../../src/index.js'
import { caught } from '../../support/caught.js'

// The rules of the provisional years (no announced schedule), each checked on a calendar built in
// the test itself (a calendar computes a year once, when first asked). Weekdays checked by hand:
// 2 September is a Monday in 2030, a Tuesday in 2031, a Thursday in 2032; 24 November is a
// Wednesday in 2027 and a Saturday in 2029; 1 January 2000 is a Saturday.

function daysOff(from: string, to: string, options = {}): string[] {
  const cal = vietnamCalendar(options)
  const days: string[] = []
  for (let day = from; day <= to; day = nextDay(day)) {
    if (!cal.isWorkingDay(day) && !['Sat', 'Sun'].includes(weekday(day))) days.push(day)
  }
  return days
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

function weekday(day: string): string {
  return new Date(`${day}T00:00:00Z`).toUTCString().slice(0, 3)
}

describe('the National Day adjacent day (Labour Code 2019 Art. 112(1)(đ); the rule of the provisional years)', () => {
  it('2/9 on a Monday: 1/9 is a Sunday, so Tuesday 3/9 (2030)', () => {
    expect(daysOff('2030-08-30', '2030-09-06')).toEqual(['2030-09-02', '2030-09-03'])
  })

  it('2/9 on a Tuesday: Monday 1/9 joins the weekend (2031)', () => {
    expect(daysOff('2031-08-29', '2031-09-05')).toEqual(['2031-09-01', '2031-09-02'])
  })

  it('2/9 on a Thursday: Friday 3/9 joins the weekend, not Wednesday 1/9 (2032)', () => {
    expect(daysOff('2032-08-27', '2032-09-08')).toEqual(['2032-09-02', '2032-09-03'])
  })
})

describe('the Tết block of a provisional year under the 2019 code', () => {
  it('2027: Tết is Saturday 6 February; the Saturday moves to Thursday 4/2, citing Art. 112(1)(b) and Art. 111(3)', () => {
    // The rule for Tết of docs/calendar.md (it reproduces the schedules of 2014–2026): Thu 4, Fri 5, Mon 8, Tue 9, Wed 10/2.
    expect(daysOff('2027-02-01', '2027-02-12')).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'])
    expect(
      vietnamCalendar()
        .describeDay('2027-02-04')
        .reasons.map((reason) => reason.source),
    ).toEqual(['Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; Bộ luật Lao động 2019, khoản 3 Điều 111'])
  })
})

describe('Vietnam Culture Day, 24 November, when turned on (Nghị quyết 80-NQ/TW; not law yet)', () => {
  it('is a working day when not turned on, the default (2027)', () => {
    expect(daysOff('2027-11-22', '2027-11-26')).toEqual([])
  })

  it('on a Wednesday it is the only day off of the week (2027)', () => {
    expect(daysOff('2027-11-22', '2027-11-26', { cultureDayFrom: 2027 })).toEqual(['2027-11-24'])
  })

  it('on a Saturday it gives Monday 26/11 off (nghỉ bù, Labour Code 2019 Art. 111(3)) (2029)', () => {
    expect(daysOff('2029-11-19', '2029-11-30', { cultureDayFrom: 2029 })).toEqual(['2029-11-26'])
  })

  it('in an announced year its nghỉ bù skips a weekday the announcement already gives off', () => {
    // 24 November 2024 is a Sunday; an announcement giving Monday 25/11 off moves the nghỉ bù to Tuesday 26/11.
    const options = {
      cultureDayFrom: 2024,
      schedules: [
        {
          year: 2024,
          source: 'schedule 2024',
          days: [{ date: '2024-11-25', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Day off' } }],
        },
      ],
    }
    expect(daysOff('2024-11-18', '2024-11-29', options)).toEqual(['2024-11-25', '2024-11-26'])
  })
})

describe('the statutory dates of a year, 2000–2101', () => {
  it('answers for 2000, the first year: 1 January 2000 is a Saturday, Monday 3 January its nghỉ bù', () => {
    const reasons = vietnamCalendar().describeDay('2000-01-03').reasons
    expect(reasons.map(({ kind, name }) => [kind, name.en])).toEqual([
      ['compensatory-day-off', "Compensatory day off for New Year's Day (on Saturday 1/1)"],
    ])
  })

  it('refuses a year outside the table at the path year', () => {
    const source = statutoryDatesSource()
    // 2101 is in the table: the year after the range, which the calendar indexes as its margin.
    const errors = [caught(() => source(1999)), caught(() => source(2102))]
    expect(errors.map((error) => [error.code, error.path])).toEqual([
      ['outside_calendar_range', ['year']],
      ['outside_calendar_range', ['year']],
    ])
  })
})
