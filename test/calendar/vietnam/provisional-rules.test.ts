import { readFileSync } from 'node:fs'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { statutoryDatesSource } from '../../../src/calendar/vietnam/statutory-holidays.js'
import { provisionalYear } from '../../../src/calendar/vietnam/year-rules.js'
import { formatDay } from '../../../src/core/calendar-day.js'
import { type DayReasonKind, HOLIDAY_NAMES, type HolidayId, vietnamCalendar } from '../../../src/index.js'

// Expected dates are checked by hand against the Gregorian calendar and the Vietnamese lunar dates
// the Labour Code history in docs/calendar.md gives, never by running the rules.

const OfficialDays = z.object({
  years: z.array(
    z.object({
      year: z.number().int(),
      weekdaysOff: z.array(z.object({ date: z.string(), kind: z.string() })),
    }),
  ),
})
const official = OfficialDays.parse(
  JSON.parse(readFileSync(new URL('../../../src/testing/golden/vietnam-official-days.json', import.meta.url), 'utf8')),
)

const statutoryDates = statutoryDatesSource()

type RuleDay = { readonly date: string; readonly working: boolean; readonly kind: DayReasonKind; readonly en: string }

function rules(year: number, cultureDayFrom?: number): RuleDay[] {
  return provisionalYear(statutoryDates(year), { cultureDayFrom }).map((exception) => ({
    date: formatDay(exception.day),
    working: exception.working,
    kind: exception.reason.kind,
    en: exception.reason.name.en,
  }))
}

function isWeekday(date: string): boolean {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday <= 5
}

/** The Monday–Friday days off the rules give in `year`, optionally only those starting with `prefix` (`2022-05`). */
function weekdaysOff(year: number, prefix = ''): string[] {
  const days = rules(year)
    .filter(({ date, working }) => !working && isWeekday(date) && date.startsWith(prefix))
    .map(({ date }) => date)
  return [...new Set(days)].sort()
}

function holidayDates(year: number, ids: readonly HolidayId[]): string[] {
  const names = new Set(ids.map((id) => HOLIDAY_NAMES[id].en))
  return rules(year)
    .filter(({ kind, en }) => kind === 'public-holiday' && names.has(en))
    .map(({ date }) => date)
    .sort()
}

const TET: readonly HolidayId[] = ['tet-eve', 'tet-1', 'tet-2', 'tet-3', 'tet-4']

describe('Announced schedules — the provisional rules reproduce the announced schedules, swaps aside', () => {
  for (const schedule of official.years) {
    const expected = schedule.weekdaysOff
      .filter(({ kind }) => kind !== 'swap-day-off')
      .map(({ date }) => date)
      .sort()

    it(`${schedule.year}: give the announced weekdays off except the swap days`, () => {
      expect(weekdaysOff(schedule.year)).toEqual(expected)
    })

    it(`${schedule.year}: give no make-up working day (swaps come only from announcements)`, () => {
      expect(rules(schedule.year).filter(({ working }) => working)).toEqual([])
    })
  }

  it('mark the days they derive provisional: nghỉ bù 27/4/2026 and the adjacent day 1/9/2026', () => {
    const derived = provisionalYear(statutoryDates(2026), { cultureDayFrom: undefined })
      .filter((exception) => ['2026-04-27', '2026-09-01'].includes(formatDay(exception.day)))
      .map((exception) => [formatDay(exception.day), exception.reason.provisional])
    expect(derived).toEqual([
      ['2026-04-27', true],
      ['2026-09-01', true],
    ])
  })
})

describe("Labour Code 2019 Art. 112(1)(e) — Hùng Kings' day, a holiday from 2007 (Labour Code history, docs/calendar.md)", () => {
  it('2006: 10/3 lunar (Fri 7/4/2006) is not a holiday', () => {
    expect(holidayDates(2006, ['hung-kings'])).toEqual([])
  })

  it('2006: Fri 7/4/2006 is not a weekday off', () => {
    expect(weekdaysOff(2006, '2006-04')).toEqual([])
  })

  it('2007: 10/3 lunar, Thu 26/4/2007, is a public holiday', () => {
    expect(holidayDates(2007, ['hung-kings'])).toEqual(['2007-04-26'])
  })
})

describe('Labour Code 2019 Art. 112(1)(b) — Tết: 4 days before 2013, 5 from 2013 (Labour Code history, docs/calendar.md)', () => {
  it('2012 (Tết Mon 23/1): the eve and mùng 1–3, 22–25/1/2012', () => {
    expect(holidayDates(2012, TET)).toEqual(['2012-01-22', '2012-01-23', '2012-01-24', '2012-01-25'])
  })

  it('2013 (Tết Sun 10/2): the eve and mùng 1–4, 9–13/2/2013', () => {
    expect(holidayDates(2013, TET)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12', '2013-02-13'])
  })

  it('2012, before 2014: the Sunday eve 22/1 is given back after the block, Thu 26/1', () => {
    expect(weekdaysOff(2012, '2012-01')).toEqual(['2012-01-02', '2012-01-23', '2012-01-24', '2012-01-25', '2012-01-26'])
  })

  it('2013, before 2014: Sat 9/2 and Sun 10/2 are given back after the block, Thu 14/2 and Fri 15/2', () => {
    expect(weekdaysOff(2013, '2013-02')).toEqual(['2013-02-11', '2013-02-12', '2013-02-13', '2013-02-14', '2013-02-15'])
  })

  it('2023, from 2014: the Saturday eve 21/1 moves before the block (Fri 20/1), Sunday 22/1 after it (Thu 26/1)', () => {
    expect(weekdaysOff(2023, '2023-01')).toEqual([
      '2023-01-02',
      '2023-01-20',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ])
  })
})

describe('Labour Code 2019 Art. 112(1)(đ) — the National Day adjacent day, from 2021 (Labour Code history, docs/calendar.md)', () => {
  it('2020 (2/9 a Wednesday): 2/9 alone, 1/9 and 3/9 are working days', () => {
    expect(weekdaysOff(2020, '2020-09')).toEqual(['2020-09-02'])
  })

  it('2021 (2/9 a Thursday): Friday 3/9 joins the holiday to the weekend', () => {
    expect(weekdaysOff(2021, '2021-09')).toEqual(['2021-09-02', '2021-09-03'])
  })

  it('2022 (2/9 a Friday, 3/9 a Saturday): 1/9 is the only candidate', () => {
    expect(weekdaysOff(2022, '2022-09')).toEqual(['2022-09-01', '2022-09-02'])
  })

  it('2027 (2/9 a Thursday): the adjacent day is Friday 3/9', () => {
    expect(holidayDates(2027, ['national-day-adjacent'])).toEqual(['2027-09-03'])
  })
})

describe('Labour Code 2019 Art. 111(3) — nghỉ bù (Labour Code history, docs/calendar.md)', () => {
  it('2022: Sat 30/4 and Sun 1/5 give Mon 2/5 and Tue 3/5 as compensatory days off', () => {
    const compensatory = rules(2022)
      .filter(({ kind, date }) => kind === 'compensatory-day-off' && date.startsWith('2022-05'))
      .map(({ date }) => date)
    expect(compensatory).toEqual(['2022-05-02', '2022-05-03'])
  })

  it('2022: the whole year (1/1 Sat → 3/1; Tết 31/1–4/2; Hùng Kings Sun 10/4 → 11/4; 30/4, 1/5 → 2/5, 3/5; 1/9, 2/9)', () => {
    expect(weekdaysOff(2022)).toEqual([
      '2022-01-03',
      '2022-01-31',
      '2022-02-01',
      '2022-02-02',
      '2022-02-03',
      '2022-02-04',
      '2022-04-11',
      '2022-05-02',
      '2022-05-03',
      '2022-09-01',
      '2022-09-02',
    ])
  })

  it("2023: Hùng Kings' day Sat 29/4 and 30/4 Sun, with 1/5 Mon off, give Tue 2/5 and Wed 3/5", () => {
    expect(weekdaysOff(2023, '2023-05')).toEqual(['2023-05-01', '2023-05-02', '2023-05-03'])
  })

  it('2027: 1/5 is a Saturday, so Monday 3/5 is a compensatory day off', () => {
    const compensatory = rules(2027)
      .filter(({ kind, date }) => kind === 'compensatory-day-off' && date.startsWith('2027-05'))
      .map(({ date }) => date)
    expect(compensatory).toEqual(['2027-05-03'])
  })
})

describe('Nghị quyết 80-NQ/TW — Vietnam Culture Day 24/11, pending in law: the cultureDayFrom option (Labour Code history, docs/calendar.md)', () => {
  const withCultureDay = vietnamCalendar({ cultureDayFrom: 2027 })

  it('24/11/2027, a Wednesday, is a day off', () => {
    expect(withCultureDay.isWorkingDay('2027-11-24')).toBe(false)
  })

  it('24/11/2027 is provisional, with a provisional public-holiday reason', () => {
    expect(withCultureDay.describeDay('2027-11-24')).toMatchObject({
      provisional: true,
      reasons: [{ kind: 'public-holiday', name: HOLIDAY_NAMES['culture-day'], provisional: true }],
    })
  })

  it('24/11/2026, before the first year of the option, stays a working day', () => {
    expect(withCultureDay.isWorkingDay('2026-11-24')).toBe(true)
  })

  it('24/11/2029 is a Saturday, so Monday 26/11/2029 is a compensatory day off', () => {
    expect(withCultureDay.describeDay('2029-11-26')).toMatchObject({
      working: false,
      reasons: [{ kind: 'compensatory-day-off', provisional: true }],
    })
  })

  it('is off by default: without the option the rules give nothing on 24/11/2027', () => {
    expect(rules(2027).filter(({ date }) => date === '2027-11-24')).toEqual([])
  })
})
