import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { compileException, fixedSource, layeredSource } from '../../src/calendar/definition.js'
import {
  EXCEPTION_KINDS,
  type ExceptionKind,
  vietnamCalendar,
  WEEKDAYS,
  type WorkingCalendar,
  WorkingCalendarDefinition,
  workingCalendar,
} from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// The reading and validation of a working-calendar definition (docs/calendar.md: custom and seasonal
// hours; an agency's own days; range and errors). Every expected value is worked out by hand:
// Monday 5 January 2026 … Sunday 11 January 2026 is one ISO week; Monday 1 June 2026 and Monday 6 July 2026
// are Mondays; 1 January 2026 is a Thursday, so 31 December 2026 is one too; Tết 2026 is Tuesday 17 February
// (mùng 1), its break Saturday 14 – Sunday 22 February.

type Hours = [string, string][]

const OFFICE: Hours = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
]
const WEEKDAYS_ONLY = { monday: OFFICE, tuesday: OFFICE, wednesday: OFFICE, thursday: OFFICE, friday: OFFICE }
const RANGE_2026 = { from: '2026-01-01', to: '2026-12-31' }
const NAME = { vi: 'Ngoại lệ', en: 'Exception' }

function everyDay(hours: Hours) {
  return { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: hours, sunday: hours }
}

/** A day's hours as `HH:mm–HH:mm` strings. */
function hoursOf(cal: WorkingCalendar, day: string): string[] {
  return cal.describeDay(day).hours.map(({ start, end }) => `${start}–${end}`)
}

/** The error workingCalendar throws for `definition`, pinned whole. */
function refusal(definition: unknown) {
  return failureOf(() => workingCalendar(definition as never))
}

// Each message opens with the title of invalid_calendar, then the rule that was broken.
const TITLE = { vi: 'Định nghĩa lịch làm việc không hợp lệ: ', en: 'Invalid working calendar definition: ' }
function calendarError(path: readonly (string | number)[], vi: string, en: string) {
  return { code: 'invalid_calendar', path, vi: TITLE.vi + vi, en: TITLE.en + en }
}
const BAD_INTERVAL = [
  'khoảng giờ làm việc phải có dạng ["HH:mm", "HH:mm"], giờ bắt đầu trước giờ kết thúc, trong khoảng 00:00–24:00',
  'a working interval must be ["HH:mm", "HH:mm"], start before end, within 00:00–24:00',
] as const
const OVERLAP = ['các khoảng giờ làm việc trong một ngày chồng lên nhau', 'working intervals of one day overlap'] as const
const BAD_RANGE = [
  'phạm vi lịch phải có ngày bắt đầu không sau ngày kết thúc',
  'the calendar range must start no later than it ends',
] as const
const OUTSIDE_RANGE = ['ngày ngoại lệ nằm ngoài phạm vi của lịch', 'an exception date lies outside the calendar range'] as const
const WITHOUT_HOURS = [
  'ngày làm việc bổ sung không có giờ làm việc và lịch không có ngày trong tuần nào có giờ làm việc để áp dụng',
  'an extra working day has no hours and the schedule has no weekday with hours to take them from',
] as const
const UNKNOWN_FIELD = [
  'trường này không được định nghĩa (xem đường dẫn của lỗi)',
  'this field is not defined (see the error path)',
] as const
const NO_FORM = ['không khớp dạng nào được chấp nhận', 'matches none of the accepted forms'] as const

describe('the normalised definition: what is left out takes its default', () => {
  it('gives a definition with only a week the default zone, week source, empty lists, range 2000–2100 and calendar-zone reading', () => {
    expect(z.parse(WorkingCalendarDefinition, { week: {} })).toStrictEqual({
      zone: 'Asia/Ho_Chi_Minh',
      week: {},
      weekSource: 'weekly hours of the calendar',
      seasons: [],
      exceptions: [],
      provisional: [],
      range: { from: '2000-01-01', to: '2100-12-31' },
      offsetless: 'calendar-zone',
    })
  })

  it('keeps every field that is given, as given', () => {
    const given = {
      zone: 'UTC',
      week: { monday: [['08:00', '12:00']] },
      weekSource: 'Quy chế làm việc',
      seasons: [{ name: 'hè', span: { from: '04-15', to: '10-14' }, week: {} }],
      exceptions: [{ date: '2026-06-01', kind: 'day-off', name: NAME, source: 's', provisional: true }],
      provisional: [{ from: '2026-03-02', to: '2026-03-06' }],
      range: RANGE_2026,
      offsetless: 'reject',
    }
    expect(z.parse(WorkingCalendarDefinition, given)).toStrictEqual(given)
  })

  it('answers in Asia/Ho_Chi_Minh, over 2000-01-01 … 2100-12-31, when zone and range are left out', () => {
    const cal = workingCalendar({ week: WEEKDAYS_ONLY })
    expect([cal.zone, cal.range]).toEqual(['Asia/Ho_Chi_Minh', { from: '2000-01-01', to: '2100-12-31' }])
  })

  it('reads an instant without an offset as wall time in the calendar zone by default (offsetless: calendar-zone)', () => {
    // 08:30 on Monday 5 January 2026 in Ho Chi Minh City is 08:30+07:00.
    expect(workingCalendar({ week: WEEKDAYS_ONLY }).toDateTime('2026-01-05T08:30').toISO()).toBe('2026-01-05T08:30:00.000+07:00')
  })

  it("refuses an instant without an offset when offsetless is 'reject'", () => {
    const cal = workingCalendar({ week: WEEKDAYS_ONLY, offsetless: 'reject' })
    expect(failureOf(() => cal.toDateTime('2026-01-05T08:30'))).toMatchObject({ code: 'invalid_input', path: ['instant'] })
  })

  it('cites the default week source on a weekly rest day, and the given one when there is one', () => {
    // Saturday 10 January 2026 has no hours in a Monday–Friday week.
    const rest = (weekSource?: string) =>
      workingCalendar(weekSource === undefined ? { week: WEEKDAYS_ONLY } : { week: WEEKDAYS_ONLY, weekSource }).describeDay(
        '2026-01-10',
      ).reasons
    expect([rest(), rest('Quy chế làm việc của cơ quan')]).toEqual([
      [
        {
          kind: 'weekly-rest',
          name: { vi: 'Ngày nghỉ hằng tuần (Thứ Bảy)', en: 'Weekly rest day (Saturday)' },
          source: 'weekly hours of the calendar',
          provisional: false,
        },
      ],
      [
        {
          kind: 'weekly-rest',
          name: { vi: 'Ngày nghỉ hằng tuần (Thứ Bảy)', en: 'Weekly rest day (Saturday)' },
          source: 'Quy chế làm việc của cơ quan',
          provisional: false,
        },
      ],
    ])
  })

  it('refuses a definition without a week at path week, and an unknown field at its own path', () => {
    expect([refusal({}), refusal({ week: {}, holidays: [] })]).toEqual([
      calendarError(['week'], 'thiếu hoặc không phải đối tượng', 'missing, or not an object'),
      calendarError(['holidays'], ...UNKNOWN_FIELD),
    ])
  })
})

describe('the week: one list of intervals per ISO weekday, Monday first', () => {
  it('lists the weekdays Monday to Sunday', () => {
    expect(WEEKDAYS).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
  })

  it('gives each day of the week of 5–11 January 2026 the hours of its own weekday', () => {
    const cal = workingCalendar({
      week: {
        monday: [['01:00', '02:00']],
        tuesday: [['02:00', '03:00']],
        wednesday: [['03:00', '04:00']],
        thursday: [['04:00', '05:00']],
        friday: [['05:00', '06:00']],
        saturday: [['06:00', '07:00']],
        sunday: [['07:00', '08:00']],
      },
      range: RANGE_2026,
    })
    const days = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11']
    expect(days.map((day) => hoursOf(cal, day))).toEqual([
      ['01:00–02:00'],
      ['02:00–03:00'],
      ['03:00–04:00'],
      ['04:00–05:00'],
      ['05:00–06:00'],
      ['06:00–07:00'],
      ['07:00–08:00'],
    ])
  })

  it('makes a weekday left out, or given [], a weekly rest day without hours', () => {
    // Only Wednesday has hours: Monday 5 ([]) and Tuesday 6 (left out) are rest days.
    const cal = workingCalendar({ week: { monday: [], wednesday: OFFICE }, range: RANGE_2026 })
    expect([cal.describeDay('2026-01-05'), cal.isWorkingDay('2026-01-06'), cal.isWorkingDay('2026-01-07')]).toEqual([
      {
        date: '2026-01-05',
        working: false,
        provisional: false,
        hours: [],
        reasons: [
          {
            kind: 'weekly-rest',
            name: { vi: 'Ngày nghỉ hằng tuần (Thứ Hai)', en: 'Weekly rest day (Monday)' },
            source: 'weekly hours of the calendar',
            provisional: false,
          },
        ],
      },
      false,
      true,
    ])
  })

  it('refuses a weekday name that is not one, at its own path', () => {
    expect(refusal({ week: { mon: OFFICE } })).toEqual(calendarError(['week', 'mon'], ...UNKNOWN_FIELD))
  })
})

describe('a working interval: ["HH:mm", "HH:mm"], start before end, 00:00 to 24:00', () => {
  const accepted = (interval: [string, string]) => hoursOf(workingCalendar({ week: { monday: [interval] } }), '2026-01-05')

  it('accepts the whole day, 00:00–24:00, and the last minute before 24:00', () => {
    expect([accepted(['00:00', '24:00']), accepted(['23:59', '24:00']), accepted(['00:00', '00:01'])]).toEqual([
      ['00:00–24:00'],
      ['23:59–24:00'],
      ['00:00–00:01'],
    ])
  })

  it('reads hours and minutes of every form the pattern allows: 0x, 1x, 2x hours and x9 minutes', () => {
    // 07:30 is 450 minutes and 11:45 is 705: the minutes are added to the hours, not taken from them.
    expect([
      accepted(['07:30', '11:45']),
      accepted(['09:59', '10:01']),
      accepted(['19:59', '20:00']),
      accepted(['20:00', '23:59']),
    ]).toEqual([['07:30–11:45'], ['09:59–10:01'], ['19:59–20:00'], ['20:00–23:59']])
  })

  it('counts the minutes of an interval: 07:30–11:45 holds 4 h 15 min of working time', () => {
    const cal = workingCalendar({ zone: 'UTC', week: { monday: [['07:30', '11:45']] }, range: RANGE_2026 })
    expect(cal.workingTimeBetween('2026-01-05T00:00Z', '2026-01-06T00:00Z').toISO()).toBe('PT4H15M')
  })

  it.each([
    ['empty, 08:00–08:00', ['08:00', '08:00']],
    ['empty at midnight', ['00:00', '00:00']],
    ['empty at 24:00', ['24:00', '24:00']],
    ['ending before it starts', ['12:00', '08:00']],
    ['ending one minute before it starts', ['08:01', '08:00']],
    ['starting at 24:00', ['24:00', '23:59']],
    ['with a one-digit hour', ['8:00', '12:00']],
    ['with a one-digit minute', ['08:00', '12:0']],
    ['with a character after the start', ['08:00x', '12:00']],
    ['with a character after the end', ['08:00', '12:00x']],
    ['with a character before the start', ['x08:00', '12:00']],
    ['with a character before the end', ['08:00', 'x12:00']],
    ['with the end typed twice, 12:0012:00', ['08:00', '12:0012:00']],
    ['ending at 24:30', ['08:00', '24:30']],
    ['ending at 24:01', ['08:00', '24:01']],
    ['ending at 25:00', ['08:00', '25:00']],
    ['with minute 60', ['08:60', '12:00']],
    ['with hour 30', ['08:00', '30:00']],
    ['without a colon', ['0800', '1200']],
    ['with another separator', ['08.00', '12.00']],
  ] as const)('refuses an interval %s at its path, saying what an interval must be', (_, interval) => {
    expect(refusal({ week: { tuesday: [interval] } })).toEqual(calendarError(['week', 'tuesday', 0], ...BAD_INTERVAL))
  })

  it('refuses the bad interval by its own index among good ones', () => {
    expect(
      refusal({
        week: {
          friday: [
            ['08:00', '10:00'],
            ['10:30', '11:00'],
            ['13:00', '13:00'],
          ],
        },
      }),
    ).toEqual(calendarError(['week', 'friday', 2], ...BAD_INTERVAL))
  })

  it('refuses a time that is not a string at its own path', () => {
    expect(refusal({ week: { monday: [[8, 12]] } })).toEqual(
      calendarError(['week', 'monday', 0, 0], 'thiếu hoặc không phải chuỗi ký tự', 'missing, or not a string'),
    )
  })
})

describe('the intervals of one day: in any order, touching ones merged, overlapping ones refused', () => {
  const monday = (hours: Hours) => workingCalendar({ week: { monday: hours }, range: RANGE_2026 })

  it('merges two touching intervals into one', () => {
    expect(
      hoursOf(
        monday([
          ['08:00', '10:00'],
          ['10:00', '12:00'],
        ]),
        '2026-01-05',
      ),
    ).toEqual(['08:00–12:00'])
  })

  it('merges a chain of three touching intervals given out of order', () => {
    // Sorted by start: 08:00–10:00, 10:00–11:00, 11:00–12:00; each starts where the last ends.
    expect(
      hoursOf(
        monday([
          ['11:00', '12:00'],
          ['08:00', '10:00'],
          ['10:00', '11:00'],
        ]),
        '2026-01-05',
      ),
    ).toEqual(['08:00–12:00'])
  })

  it('accepts separate intervals given afternoon first, and gives them in the order of the day', () => {
    expect(
      hoursOf(
        monday([
          ['13:00', '17:00'],
          ['08:00', '12:00'],
        ]),
        '2026-01-05',
      ),
    ).toEqual(['08:00–12:00', '13:00–17:00'])
  })

  it('keeps intervals one minute apart apart', () => {
    expect(
      hoursOf(
        monday([
          ['08:00', '11:59'],
          ['12:00', '17:00'],
        ]),
        '2026-01-05',
      ),
    ).toEqual(['08:00–11:59', '12:00–17:00'])
  })

  it.each([
    [
      'by one minute',
      [
        ['08:00', '12:01'],
        ['12:00', '17:00'],
      ],
    ],
    [
      'one inside the other',
      [
        ['08:00', '17:00'],
        ['09:00', '10:00'],
      ],
    ],
    [
      'with the same start',
      [
        ['08:00', '12:00'],
        ['08:00', '10:00'],
      ],
    ],
    [
      'the same interval twice',
      [
        ['08:00', '12:00'],
        ['08:00', '12:00'],
      ],
    ],
  ] as const)('refuses intervals that overlap %s, at the path of the second one', (_, hours) => {
    expect(refusal({ week: { monday: hours } })).toEqual(calendarError(['week', 'monday', 1], ...OVERLAP))
  })

  it('refuses an overlap found after a good pair, at the path of the later interval', () => {
    expect(
      refusal({
        week: {
          thursday: [
            ['07:00', '08:00'],
            ['08:00', '12:00'],
            ['11:30', '17:00'],
          ],
        },
      }),
    ).toEqual(calendarError(['week', 'thursday', 2], ...OVERLAP))
  })

  it("refuses overlapping intervals in a season's week and in an exception's hours, at their paths", () => {
    const overlapping: Hours = [
      ['08:00', '12:00'],
      ['11:00', '13:00'],
    ]
    expect([
      refusal({ week: {}, seasons: [{ name: 'hè', span: { from: '04-15', to: '10-14' }, week: { sunday: overlapping } }] }),
      refusal({
        week: {},
        exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's', hours: overlapping }],
      }),
    ]).toEqual([
      calendarError(['seasons', 0, 'week', 'sunday', 1], ...OVERLAP),
      calendarError(['exceptions', 0, 'hours', 1], ...OVERLAP),
    ])
  })
})

describe('seasons: the first season whose span holds a day gives its hours', () => {
  // Every day has base hours 08:00–17:00, so only the seasons change a day's hours.
  const BASE = ['08:00–17:00']
  const monthDays = workingCalendar({
    week: everyDay([['08:00', '17:00']]),
    seasons: [
      { name: 'một ngày', span: { from: '06-01', to: '06-01' }, week: everyDay([['09:00', '10:00']]) },
      { name: 'hè', span: { from: '04-15', to: '10-14' }, week: everyDay([['07:00', '11:30']]) },
      { name: 'giao thừa', span: { from: '12-31', to: '01-01' }, week: everyDay([['10:00', '12:00']]) },
    ],
    range: RANGE_2026,
  })

  it('holds both days of a month-day span and nothing around them: 15 April … 14 October', () => {
    expect(['2026-04-14', '2026-04-15', '2026-10-14', '2026-10-15'].map((day) => hoursOf(monthDays, day))).toEqual([
      BASE,
      ['07:00–11:30'],
      ['07:00–11:30'],
      BASE,
    ])
  })

  it('holds a span of one month-day on that day only, the first season deciding over the summer', () => {
    expect(['2026-05-31', '2026-06-01', '2026-06-02'].map((day) => hoursOf(monthDays, day))).toEqual([
      ['07:00–11:30'],
      ['09:00–10:00'],
      ['07:00–11:30'],
    ])
  })

  it('holds a span that wraps the new year on its two days, 31 December and 1 January, and not around them', () => {
    expect(['2026-01-01', '2026-01-02', '2026-12-30', '2026-12-31'].map((day) => hoursOf(monthDays, day))).toEqual([
      ['10:00–12:00'],
      BASE,
      BASE,
      ['10:00–12:00'],
    ])
  })

  it('holds a month-day span in every year of the range', () => {
    const cal = workingCalendar({
      week: everyDay([['08:00', '17:00']]),
      seasons: [{ name: 'tháng Bảy', span: { from: '07-01', to: '07-31' }, week: everyDay([['07:00', '11:00']]) }],
      range: { from: '2025-01-01', to: '2027-12-31' },
    })
    expect(['2025-07-01', '2026-07-31', '2027-07-15', '2027-08-01'].map((day) => hoursOf(cal, day))).toEqual([
      ['07:00–11:00'],
      ['07:00–11:00'],
      ['07:00–11:00'],
      BASE,
    ])
  })

  it('holds both days of a span of calendar days, and nothing around them, in that year only', () => {
    const cal = workingCalendar({
      week: everyDay([['08:00', '17:00']]),
      seasons: [{ name: 'kiểm toán', span: { from: '2026-07-06', to: '2026-07-10' }, week: everyDay([['07:00', '19:00']]) }],
      range: { from: '2025-01-01', to: '2026-12-31' },
    })
    expect(['2026-07-05', '2026-07-06', '2026-07-10', '2026-07-11', '2025-07-07'].map((day) => hoursOf(cal, day))).toEqual([
      BASE,
      ['07:00–19:00'],
      ['07:00–19:00'],
      BASE,
      BASE,
    ])
  })

  it('holds a span of one calendar day on that day only', () => {
    const cal = workingCalendar({
      week: everyDay([['08:00', '17:00']]),
      seasons: [{ name: 'một ngày', span: { from: '2026-07-06', to: '2026-07-06' }, week: everyDay([['07:00', '19:00']]) }],
      range: RANGE_2026,
    })
    expect(['2026-07-05', '2026-07-06', '2026-07-07'].map((day) => hoursOf(cal, day))).toEqual([BASE, ['07:00–19:00'], BASE])
  })

  it("describes a day of a season with the season's hours and its name as the reason", () => {
    expect(monthDays.describeDay('2026-06-01')).toEqual({
      date: '2026-06-01',
      working: true,
      provisional: false,
      hours: [{ start: '09:00', end: '10:00' }],
      reasons: [
        {
          kind: 'seasonal-hours',
          name: { vi: 'Giờ làm việc theo mùa: một ngày', en: 'Seasonal hours: một ngày' },
          source: 'seasons of the calendar',
          provisional: false,
        },
      ],
    })
  })

  it.each([
    ['a calendar day and a month-day', { from: '2026-04-15', to: '10-14' }],
    ['month 00', { from: '00-15', to: '10-14' }],
    ['month 13', { from: '04-15', to: '13-14' }],
    ['day 00', { from: '04-00', to: '10-14' }],
    ['day 32', { from: '04-15', to: '10-32' }],
    ['a one-digit month', { from: '4-15', to: '10-14' }],
    ['a character before', { from: 'x04-15', to: '10-14' }],
    ['a character after', { from: '04-15', to: '10-14x' }],
    ['a calendar day that does not exist', { from: '2026-02-30', to: '2026-03-10' }],
    ['an unknown field', { from: '04-15', to: '10-14', every: 'year' }],
  ] as const)('refuses a span with %s at path span, matching none of its forms', (_, span) => {
    expect(refusal({ week: {}, seasons: [{ name: 'hè', span, week: {} }] })).toEqual(
      calendarError(['seasons', 0, 'span'], ...NO_FORM),
    )
  })

  it('accepts the month-days of the first and last months and days: 01-01 … 12-31, 09-09, 10-10, 02-29', () => {
    const cal = workingCalendar({
      week: everyDay([['08:00', '17:00']]),
      seasons: [
        { name: 'a', span: { from: '02-29', to: '02-29' }, week: {} },
        { name: 'b', span: { from: '09-09', to: '10-10' }, week: {} },
        { name: 'c', span: { from: '01-01', to: '12-31' }, week: everyDay([['07:00', '08:00']]) },
      ],
      range: { from: '2028-01-01', to: '2028-12-31' },
    })
    // 2028 is a leap year: 29 February and 9 September–10 October are the rest days of seasons a and b.
    expect(['2028-02-29', '2028-09-09', '2028-10-10', '2028-10-11'].map((day) => cal.isWorkingDay(day))).toEqual([
      false,
      false,
      false,
      true,
    ])
  })

  it('refuses a season without a name, and a season without a span', () => {
    expect([
      refusal({ week: {}, seasons: [{ name: '', span: { from: '04-15', to: '10-14' }, week: {} }] }),
      refusal({ week: {}, seasons: [{ name: 'hè', week: {} }] }),
    ]).toEqual([
      calendarError(['seasons', 0, 'name'], 'nhỏ hơn giới hạn 1', 'below the limit 1'),
      calendarError(['seasons', 0, 'span'], 'thiếu giá trị bắt buộc', 'missing: a value is required'),
    ])
  })
})

describe('dated exceptions: the kinds that take a day off and those that make it a working day', () => {
  it('lists the six kinds, the four days off first', () => {
    expect(EXCEPTION_KINDS).toEqual([
      'public-holiday',
      'compensatory-day-off',
      'swap-day-off',
      'day-off',
      'make-up-working-day',
      'working-day',
    ])
  })

  // Monday 5 January 2026 is a working day of the week, Saturday 10 January a rest day.
  const kindOn = (kind: ExceptionKind, date: string) =>
    workingCalendar({
      week: WEEKDAYS_ONLY,
      exceptions: [{ date, kind, name: NAME, source: 'quyết định' }],
      range: RANGE_2026,
    }).describeDay(date)

  it.each(['public-holiday', 'compensatory-day-off', 'swap-day-off', 'day-off'] as const)(
    'takes a working Monday off with a %s, with no weekly-rest reason',
    (kind) => {
      expect(kindOn(kind, '2026-01-05')).toEqual({
        date: '2026-01-05',
        working: false,
        provisional: false,
        hours: [],
        reasons: [{ kind, name: NAME, source: 'quyết định', provisional: false }],
      })
    },
  )

  it.each(['make-up-working-day', 'working-day'] as const)(
    'makes a Saturday a working day with a %s, with the hours of Monday and no weekly-rest reason',
    (kind) => {
      expect(kindOn(kind, '2026-01-10')).toEqual({
        date: '2026-01-10',
        working: true,
        provisional: false,
        hours: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
        reasons: [{ kind, name: NAME, source: 'quyết định', provisional: false }],
      })
    },
  )

  it('refuses an unknown kind at path kind, naming the six kinds in their order', () => {
    expect(
      refusal({ week: WEEKDAYS_ONLY, exceptions: [{ date: '2026-01-05', kind: 'holiday', name: NAME, source: 's' }] }),
    ).toEqual(
      calendarError(
        ['exceptions', 0, 'kind'],
        'phải là một trong: "public-holiday", "compensatory-day-off", "swap-day-off", "day-off", "make-up-working-day", "working-day"',
        'must be one of: "public-holiday", "compensatory-day-off", "swap-day-off", "day-off", "make-up-working-day", "working-day"',
      ),
    )
  })

  it('refuses an exception date that does not exist, and a name without its English', () => {
    expect([
      refusal({ week: WEEKDAYS_ONLY, exceptions: [{ date: '2026-02-29', kind: 'day-off', name: NAME, source: 's' }] }),
      refusal({ week: WEEKDAYS_ONLY, exceptions: [{ date: '2026-01-05', kind: 'day-off', name: { vi: 'Nghỉ' }, source: 's' }] }),
    ]).toEqual([
      calendarError(
        ['exceptions', 0, 'date'],
        'ngày lịch phải có dạng YYYY-MM-DD và là một ngày có thật',
        'a calendar day must be written YYYY-MM-DD and exist',
      ),
      calendarError(['exceptions', 0, 'name', 'en'], 'thiếu hoặc không phải chuỗi ký tự', 'missing, or not a string'),
    ])
  })
})

describe('dated exceptions: hours, provisional flag and order', () => {
  it('gives a working-day exception its own hours, sorted, over the hours of the weekday', () => {
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      exceptions: [
        {
          date: '2026-01-05',
          kind: 'working-day',
          name: NAME,
          source: 's',
          hours: [
            ['13:30', '16:45'],
            ['07:15', '11:00'],
          ],
        },
      ],
      range: RANGE_2026,
    })
    expect(hoursOf(cal, '2026-01-05')).toEqual(['07:15–11:00', '13:30–16:45'])
  })

  it('marks the day and its reason provisional only when the exception says provisional: true', () => {
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      exceptions: [
        { date: '2026-01-05', kind: 'day-off', name: NAME, source: 'chưa xác nhận', provisional: true },
        { date: '2026-01-06', kind: 'day-off', name: NAME, source: 'đã xác nhận', provisional: false },
        { date: '2026-01-07', kind: 'day-off', name: NAME, source: 'không nói' },
      ],
      range: RANGE_2026,
    })
    expect(
      ['2026-01-05', '2026-01-06', '2026-01-07'].map((day) => {
        const { provisional, reasons } = cal.describeDay(day)
        return [provisional, reasons]
      }),
    ).toEqual([
      [true, [{ kind: 'day-off', name: NAME, source: 'chưa xác nhận', provisional: true }]],
      [false, [{ kind: 'day-off', name: NAME, source: 'đã xác nhận', provisional: false }]],
      [false, [{ kind: 'day-off', name: NAME, source: 'không nói', provisional: false }]],
    ])
  })

  it('keeps every exception of a year, and of each year, not only the last one', () => {
    // 2025-06-02 and 2026-06-01 are Mondays, 2026-06-02 a Tuesday: all three are taken off.
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      exceptions: [
        { date: '2026-06-01', kind: 'day-off', name: NAME, source: 'a' },
        { date: '2025-06-02', kind: 'day-off', name: NAME, source: 'b' },
        { date: '2026-06-02', kind: 'day-off', name: NAME, source: 'c' },
      ],
      range: { from: '2025-01-01', to: '2026-12-31' },
    })
    expect(['2025-06-02', '2026-06-01', '2026-06-02', '2026-06-03'].map((day) => cal.isWorkingDay(day))).toEqual([
      false,
      false,
      false,
      true,
    ])
  })

  it('lets the later of two exceptions for one day decide, listing both reasons in their order', () => {
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      exceptions: [
        { date: '2026-01-05', kind: 'working-day', name: NAME, source: 'trước', hours: [['08:00', '09:00']] },
        { date: '2026-01-05', kind: 'day-off', name: NAME, source: 'sau' },
      ],
      range: RANGE_2026,
    })
    expect(cal.describeDay('2026-01-05')).toEqual({
      date: '2026-01-05',
      working: false,
      provisional: false,
      hours: [],
      reasons: [
        { kind: 'working-day', name: NAME, source: 'trước', provisional: false },
        { kind: 'day-off', name: NAME, source: 'sau', provisional: false },
      ],
    })
  })
})

describe('a working exception without hours takes those of the first weekday, Monday first, that has some', () => {
  it('takes Wednesday’s hours when Monday and Tuesday have none', () => {
    const cal = workingCalendar({
      week: { monday: [], wednesday: [['09:00', '11:00']], friday: [['13:00', '15:00']] },
      exceptions: [{ date: '2026-01-10', kind: 'make-up-working-day', name: NAME, source: 's' }],
      range: RANGE_2026,
    })
    expect(hoursOf(cal, '2026-01-10')).toEqual(['09:00–11:00'])
  })

  it('takes the hours of the season in force that day, even when the week has none', () => {
    // Saturday 6 June 2026 lies in the summer season; the week itself gives no day any hours.
    const cal = workingCalendar({
      week: {},
      seasons: [{ name: 'hè', span: { from: '04-15', to: '10-14' }, week: { tuesday: [['07:00', '11:00']] } }],
      exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's' }],
      range: RANGE_2026,
    })
    expect(hoursOf(cal, '2026-06-06')).toEqual(['07:00–11:00'])
  })

  it("takes the week's hours on a day outside every season", () => {
    // Saturday 10 January 2026 lies outside the summer season.
    const cal = workingCalendar({
      week: { thursday: [['08:00', '10:00']] },
      seasons: [{ name: 'hè', span: { from: '04-15', to: '10-14' }, week: { tuesday: [['07:00', '11:00']] } }],
      exceptions: [{ date: '2026-01-10', kind: 'working-day', name: NAME, source: 's' }],
      range: RANGE_2026,
    })
    expect(hoursOf(cal, '2026-01-10')).toEqual(['08:00–10:00'])
  })

  it('is refused at path hours when no weekday has hours, for both working kinds, by the index of the exception', () => {
    expect([
      refusal({
        week: {},
        exceptions: [
          { date: '2026-06-05', kind: 'day-off', name: NAME, source: 's' },
          { date: '2026-06-06', kind: 'working-day', name: NAME, source: 's' },
        ],
      }),
      refusal({
        week: { monday: [] },
        exceptions: [{ date: '2026-06-06', kind: 'make-up-working-day', name: NAME, source: 's' }],
      }),
    ]).toEqual([
      calendarError(['exceptions', 1, 'hours'], ...WITHOUT_HOURS),
      calendarError(['exceptions', 0, 'hours'], ...WITHOUT_HOURS),
    ])
  })

  it('is refused in a season without hours, though the week has some', () => {
    expect(
      refusal({
        week: WEEKDAYS_ONLY,
        seasons: [{ name: 'nghỉ hè', span: { from: '06-01', to: '06-30' }, week: {} }],
        exceptions: [{ date: '2026-06-06', kind: 'working-day', name: NAME, source: 's' }],
      }),
    ).toEqual(calendarError(['exceptions', 0, 'hours'], ...WITHOUT_HOURS))
  })

  it('is not asked of a day off, nor of a working exception that gives its hours, when no weekday has hours', () => {
    const cal = workingCalendar({
      week: {},
      exceptions: [
        { date: '2026-06-05', kind: 'day-off', name: NAME, source: 's' },
        { date: '2026-06-06', kind: 'working-day', name: NAME, source: 's', hours: [['09:00', '10:00']] },
      ],
      range: RANGE_2026,
    })
    expect([cal.isWorkingDay('2026-06-05'), hoursOf(cal, '2026-06-06')]).toEqual([false, ['09:00–10:00']])
  })
})

describe('the range: both days included, exceptions inside it', () => {
  it('accepts a range of one day, and answers for that day', () => {
    const cal = workingCalendar({ week: WEEKDAYS_ONLY, range: { from: '2026-01-05', to: '2026-01-05' } })
    expect([cal.range, cal.isWorkingDay('2026-01-05')]).toEqual([{ from: '2026-01-05', to: '2026-01-05' }, true])
  })

  it('refuses a range that ends the day before it starts, at path range', () => {
    expect(refusal({ week: WEEKDAYS_ONLY, range: { from: '2026-01-06', to: '2026-01-05' } })).toEqual(
      calendarError(['range'], ...BAD_RANGE),
    )
  })

  it('accepts exceptions on the first and the last day of the range', () => {
    const cal = workingCalendar({
      week: WEEKDAYS_ONLY,
      exceptions: [
        { date: '2026-01-01', kind: 'public-holiday', name: NAME, source: 's' },
        { date: '2026-12-31', kind: 'day-off', name: NAME, source: 's' },
      ],
      range: RANGE_2026,
    })
    // Both are Thursdays, working days of the week, taken off.
    expect([cal.isWorkingDay('2026-01-01'), cal.isWorkingDay('2026-12-31'), cal.isWorkingDay('2026-01-02')]).toEqual([
      false,
      false,
      true,
    ])
  })

  it('refuses an exception the day before the range and one the day after it, at their own paths', () => {
    const outside = (date: string) =>
      refusal({
        week: WEEKDAYS_ONLY,
        exceptions: [
          { date: '2026-06-01', kind: 'day-off', name: NAME, source: 's' },
          { date, kind: 'day-off', name: NAME, source: 's' },
        ],
        range: RANGE_2026,
      })
    expect([outside('2025-12-31'), outside('2027-01-01')]).toEqual([
      calendarError(['exceptions', 1, 'date'], ...OUTSIDE_RANGE),
      calendarError(['exceptions', 1, 'date'], ...OUTSIDE_RANGE),
    ])
  })

  it('holds exceptions to the default range 2000-01-01 … 2100-12-31: its two ends inside, the days beyond outside', () => {
    const on = (date: string) => () =>
      workingCalendar({ week: WEEKDAYS_ONLY, exceptions: [{ date, kind: 'day-off', name: NAME, source: 's' }] })
    expect([on('2000-01-01')().range, on('2100-12-31')().isWorkingDay('2100-12-31')]).toEqual([
      { from: '2000-01-01', to: '2100-12-31' },
      false,
    ])
    expect([failureOf(on('1999-12-31')), failureOf(on('2101-01-01'))]).toEqual([
      calendarError(['exceptions', 0, 'date'], ...OUTSIDE_RANGE),
      calendarError(['exceptions', 0, 'date'], ...OUTSIDE_RANGE),
    ])
  })

  it('checks every date against the range before any working exception for its hours', () => {
    // The first exception lacks hours (no weekday has any), the second lies outside the range: the range is said.
    expect(
      refusal({
        week: {},
        exceptions: [
          { date: '2026-06-06', kind: 'working-day', name: NAME, source: 's' },
          { date: '2027-01-01', kind: 'day-off', name: NAME, source: 's' },
        ],
        range: RANGE_2026,
      }),
    ).toEqual(calendarError(['exceptions', 1, 'date'], ...OUTSIDE_RANGE))
  })
})

describe('provisional spans: days whose schedule is not known for sure', () => {
  const cal = workingCalendar({
    week: WEEKDAYS_ONLY,
    provisional: [
      { from: '2026-03-02', to: '2026-03-06' },
      { from: '2026-03-20', to: '2026-03-20' },
    ],
    range: RANGE_2026,
  })

  it('marks both ends of a span provisional and the days around it not', () => {
    expect(['2026-03-01', '2026-03-02', '2026-03-06', '2026-03-07'].map((day) => cal.describeDay(day).provisional)).toEqual([
      false,
      true,
      true,
      false,
    ])
  })

  it('marks a span of one day, and says which stretches hold a provisional day', () => {
    expect([
      cal.describeDay('2026-03-19').provisional,
      cal.describeDay('2026-03-20').provisional,
      cal.describeDay('2026-03-21').provisional,
      cal.hasProvisionalDays('2026-03-09', '2026-03-19'),
      cal.hasProvisionalDays('2026-03-07', '2026-03-20'),
    ]).toEqual([false, true, false, false, true])
  })

  it('refuses a span that ends before it starts, at its path', () => {
    expect(refusal({ week: WEEKDAYS_ONLY, provisional: [{ from: '2026-03-06', to: '2026-03-02' }], range: RANGE_2026 })).toEqual(
      calendarError(['provisional', 0], ...BAD_RANGE),
    )
  })
})

describe('the zone of the definition', () => {
  it('accepts fixed offsets at the limits of real zones, ±14 hours, and reports the zone as given', () => {
    const at = (zone: string) => workingCalendar({ zone, week: WEEKDAYS_ONLY, range: RANGE_2026 })
    expect([at('UTC+14').zone, at('UTC+14').toDateTime('2026-01-05T08:00').toISO(), at('UTC-14').zone]).toEqual([
      'UTC+14',
      '2026-01-05T08:00:00.000+14:00',
      'UTC-14',
    ])
  })

  it('refuses an offset beyond 14 hours and an unknown zone at path zone', () => {
    const unknownZone = calendarError(
      ['zone'],
      'múi giờ không tồn tại trong cơ sở dữ liệu IANA',
      'the time zone is not a known IANA zone or UTC offset',
    )
    expect([refusal({ zone: 'UTC+15', week: {} }), refusal({ zone: 'Mars/Olympus', week: {} })]).toEqual([
      unknownZone,
      unknownZone,
    ])
  })
})

describe('vietnamCalendar: the agency exceptions come after the computed holidays', () => {
  const AGENCY = { vi: 'Trực Tết', en: 'Tết duty' }

  it('keeps the Tết holiday of Tuesday 17 February 2026 without exceptions', () => {
    expect(vietnamCalendar().isWorkingDay('2026-02-17')).toBe(false)
  })

  it('lets an agency working day on mùng 1 decide over the holiday, with the hours of Monday', () => {
    const day = vietnamCalendar({
      exceptions: [{ date: '2026-02-17', kind: 'working-day', name: AGENCY, source: 'Quyết định của cơ quan' }],
    }).describeDay('2026-02-17')
    expect(day).toEqual({
      date: '2026-02-17',
      working: true,
      provisional: false,
      hours: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      reasons: [
        {
          kind: 'public-holiday',
          name: { vi: 'Tết Âm lịch (mùng 1)', en: 'Lunar New Year (1st day)' },
          source: 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112',
          provisional: false,
        },
        { kind: 'working-day', name: AGENCY, source: 'Quyết định của cơ quan', provisional: false },
      ],
    })
  })

  it('refuses an agency exception outside a narrowed range', () => {
    expect(
      failureOf(() =>
        vietnamCalendar({
          range: RANGE_2026,
          exceptions: [{ date: '2027-01-04', kind: 'day-off', name: AGENCY, source: 's' }],
        }),
      ),
    ).toEqual(calendarError(['exceptions', 0, 'date'], ...OUTSIDE_RANGE))
  })
})

describe('the sources of dated exceptions', () => {
  const dayOff = (date: string, source: string) => compileException({ date, kind: 'day-off', name: NAME, source })

  it('gives a year without exceptions an empty list', () => {
    expect([fixedSource([]).exceptionsOfYear(2026), fixedSource([dayOff('2025-06-02', 'a')]).exceptionsOfYear(2026)]).toEqual([
      [],
      [],
    ])
  })

  it('groups exceptions by year, each year in the order given', () => {
    const a = dayOff('2026-06-01', 'a')
    const b = dayOff('2025-06-02', 'b')
    const c = dayOff('2026-01-01', 'c')
    const source = fixedSource([a, b, c])
    expect([source.exceptionsOfYear(2026), source.exceptionsOfYear(2025)]).toEqual([[a, c], [b]])
  })

  it('puts the exceptions of the top source after those of the bottom one', () => {
    const bottom = fixedSource([dayOff('2026-06-01', 'bottom')])
    const top = fixedSource([dayOff('2026-06-01', 'top')])
    expect(
      layeredSource(bottom, top)
        .exceptionsOfYear(2026)
        .map((exception) => exception.reason.source),
    ).toEqual(['bottom', 'top'])
  })

  it('compiles an exception into its day number, working flag, hours in minutes and reason', () => {
    // 2026-01-10 is 20,463 days after 1970-01-01 (56 years with 14 leap days = 20,454, plus 9).
    expect(
      compileException({
        date: '2026-01-10',
        kind: 'make-up-working-day',
        name: NAME,
        source: 's',
        hours: [
          ['13:00', '14:00'],
          ['08:30', '13:00'],
        ],
        provisional: true,
      }),
    ).toEqual({
      day: 20_463,
      working: true,
      hours: [[510, 840]],
      reason: { kind: 'make-up-working-day', name: NAME, source: 's', provisional: true },
    })
  })
})
