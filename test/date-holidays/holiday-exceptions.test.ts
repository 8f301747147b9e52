import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/core/freeze.js'
import { holidayExceptions } from '../../src/date-holidays/index.js'
import { workingCalendar } from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// The expected days are worked out by hand from each country's law, never by running date-holidays:
// France (Code du travail L3133-1) has 11 public holidays; in 2026 Easter Sunday is 5 April, so Easter
// Monday is 6 April, Ascension (Easter + 39 days) Thursday 14 May, Whit Monday (Easter + 50) 25 May.
// England (Banking and Financial Dealings Act 1971): in 2027 Christmas falls on a Saturday and Boxing
// Day on a Sunday, so the substitute days are Monday 27 and Tuesday 28 December.

const OFFICE: [string, string][] = [
  ['09:00', '12:30'],
  ['14:00', '18:00'],
]
const WEEK = { monday: OFFICE, tuesday: OFFICE, wednesday: OFFICE, thursday: OFFICE, friday: OFFICE }
const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' }

describe('holidayExceptions — France (FR), 2026', () => {
  const exceptions = holidayExceptions({ country: 'FR', range: YEAR_2026 })

  it('gives the 11 public holidays as public-holiday exceptions, in date order', () => {
    expect(exceptions.map(({ date, kind }) => `${date} ${kind}`)).toEqual([
      '2026-01-01 public-holiday',
      '2026-04-06 public-holiday',
      '2026-05-01 public-holiday',
      '2026-05-08 public-holiday',
      '2026-05-14 public-holiday',
      '2026-05-25 public-holiday',
      '2026-07-14 public-holiday',
      '2026-08-15 public-holiday',
      '2026-11-01 public-holiday',
      '2026-11-11 public-holiday',
      '2026-12-25 public-holiday',
    ])
  })

  it('names each day in English and in Vietnamese, or in English where date-holidays has no Vietnamese name', () => {
    const byDate = new Map(exceptions.map((exception) => [exception.date, exception]))
    expect([byDate.get('2026-05-01')?.name, byDate.get('2026-07-14')?.name]).toEqual([
      { vi: 'Quốc tế Lao động', en: 'Labour Day' },
      { vi: 'Bastille Day', en: 'Bastille Day' },
    ])
  })

  it('cites date-holidays, the place and the rule', () => {
    expect(exceptions[1]?.source).toBe('date-holidays FR: easter 1')
  })

  it('builds a Paris calendar in one call: Ascension Thursday is off, so 2 working days after Wednesday 13 May 2026 end on Monday 18 May', () => {
    const paris = workingCalendar({ zone: 'Europe/Paris', week: WEEK, range: YEAR_2026, exceptions })
    // Thu 14 off (Ascension), Fri 15 counts 1, Sat 16 and Sun 17 rest, Mon 18 counts 2.
    expect(paris.addWorkingDays('2026-05-13T10:00', 2).toISO()).toBe('2026-05-18T23:59:59.999+02:00')
    expect(paris.describeDay('2026-07-14').reasons.map(({ kind, name }) => [kind, name.en])).toEqual([
      ['public-holiday', 'Bastille Day'],
    ])
  })

  it('keeps only the days inside the range', () => {
    const may = holidayExceptions({ country: 'FR', range: { from: '2026-05-02', to: '2026-05-31' } })
    expect(may.map(({ date }) => date)).toEqual(['2026-05-08', '2026-05-14', '2026-05-25'])
  })

  it('adds the other types asked for as day-off exceptions (Whit Sunday 24 May, Mothers’ Day 31 May are observances)', () => {
    const may = holidayExceptions({
      country: 'FR',
      range: { from: '2026-05-20', to: '2026-05-31' },
      types: ['public', 'observance'],
    })
    expect(may.map(({ date, kind }) => `${date} ${kind}`)).toEqual([
      '2026-05-24 day-off',
      '2026-05-25 public-holiday',
      '2026-05-31 day-off',
    ])
  })
})

describe('holidayExceptions — England (GB, state ENG), 2027', () => {
  const range = { from: '2027-12-01', to: '2027-12-31' }
  const exceptions = holidayExceptions({ country: 'GB', state: 'ENG', range })

  it('gives the substitute days of a weekend Christmas as compensatory days off', () => {
    expect(exceptions.map(({ date, kind }) => `${date} ${kind}`)).toEqual([
      '2027-12-25 public-holiday',
      '2027-12-26 public-holiday',
      '2027-12-27 compensatory-day-off',
      '2027-12-28 compensatory-day-off',
    ])
    expect(exceptions[2]?.source).toBe(
      'date-holidays GB-ENG: substitutes 12-25 if saturday then next monday if sunday then next tuesday',
    )
  })

  it('counts 3 working days after Friday 24 December 2027 up to Friday 31 December (29, 30, 31)', () => {
    const london = workingCalendar({ zone: 'Europe/London', week: WEEK, range, exceptions })
    expect(london.workingDaysBetween('2027-12-24', '2027-12-31')).toBe(3)
  })
})

describe('holidayExceptions — a holiday of several days', () => {
  it('gives each of its days (Armenia, New Year: 1–2 January 2026; Christmas holidays: 3–5 January)', () => {
    const exceptions = holidayExceptions({ country: 'AM', range: { from: '2026-01-01', to: '2026-01-04' } })
    expect(exceptions.map(({ date }) => date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'])
  })
})

describe('holidayExceptions — misuse', () => {
  it('refuses a country date-holidays does not know, at country', () => {
    expect(failureOf(() => holidayExceptions({ country: 'XX', range: YEAR_2026 }))).toEqual({
      code: 'invalid_calendar',
      path: ['country'],
      en: 'Invalid working calendar definition: date-holidays knows no such country, state or region',
      vi: 'Định nghĩa lịch làm việc không hợp lệ: date-holidays không có quốc gia, bang hoặc vùng này',
    })
  })

  it('refuses an unknown state, which date-holidays itself would ignore, at state', () => {
    expect(failureOf(() => holidayExceptions({ country: 'DE', state: 'ZZ', range: YEAR_2026 })).path).toEqual(['state'])
  })

  it('refuses a region without its state, at region', () => {
    expect(failureOf(() => holidayExceptions({ country: 'DE', region: 'A', range: YEAR_2026 })).path).toEqual(['region'])
  })

  it('refuses a misspelt option, at its name', () => {
    const options = { country: 'FR', range: YEAR_2026, typs: ['public'] }
    expect(failureOf(() => holidayExceptions(options as never))).toMatchObject({ code: 'invalid_calendar', path: ['typs'] })
  })

  it('refuses a range that ends before it starts', () => {
    const range = { from: '2026-12-31', to: '2026-01-01' }
    expect(failureOf(() => holidayExceptions({ country: 'FR', range }))).toMatchObject({
      code: 'invalid_calendar',
      path: ['range'],
    })
  })
})

describe('holidayExceptions — values', () => {
  it('returns frozen exceptions and does not mutate its options', () => {
    const options = deepFreeze({ country: 'FR', range: { from: '2026-07-01', to: '2026-07-31' }, types: ['public' as const] })
    const exceptions = holidayExceptions(options)
    expect(Object.isFrozen(exceptions) && exceptions.every((exception) => Object.isFrozen(exception))).toBe(true)
    expect(options).toEqual({ country: 'FR', range: { from: '2026-07-01', to: '2026-07-31' }, types: ['public'] })
  })
})
