// Agency calendars other than the default Vietnamese one, for the laws that hold on any calendar: other
// zones (three with DST: Berlin changes at 02:00/03:00, New York at 02:00, Santiago at midnight), a
// Saturday worked, days with or without a lunch break, other opening and closing hours, local days off
// and make-up working days. A rule that silently counted on `vietnamCalendar()` instead of the calendar
// it was given breaks the laws on most of them.
import fc from 'fast-check'
import { WEEKDAYS, type Weekday, type WorkingCalendar, workingCalendar } from '../../src/index.js'
import { calendarDayBetween, wallTime } from './calendar.js'

/** The zones of the agency calendars: three with DST, UTC, and the default zone (with other hours). */
export const OFFICE_ZONES = Object.freeze([
  'Europe/Berlin',
  'America/Santiago',
  'America/New_York',
  'UTC',
  'Asia/Ho_Chi_Minh',
] as const)
export type OfficeZone = (typeof OFFICE_ZONES)[number]

/** Every agency calendar answers for these days: the kit's window (2025–2026) and the deadlines after it. */
export const OFFICE_RANGE = Object.freeze({ from: '2024-01-01', to: '2029-12-31' })

type Interval = readonly [string, string]

/** The definition of an agency calendar, as `workingCalendar` takes it. */
export type OfficeDefinition = {
  readonly zone: OfficeZone
  readonly week: Partial<Record<Weekday, readonly Interval[]>>
  readonly exceptions: readonly {
    readonly date: string
    readonly kind: 'day-off' | 'make-up-working-day'
    readonly name: { readonly vi: string; readonly en: string }
    readonly source: string
  }[]
  readonly range: { readonly from: string; readonly to: string }
}

/**
 * The hours of a working day, on a half-hour grid: opening between 07:00 and 10:00, 6 to 10 hours of
 * presence, and either no lunch break or a break of 30 to 90 minutes somewhere in the middle.
 */
export const officeDay: fc.Arbitrary<readonly Interval[]> = fc
  .record({
    open: fc.integer({ min: 14, max: 20 }),
    length: fc.integer({ min: 12, max: 20 }),
    lunch: fc.option(fc.record({ after: fc.integer({ min: 4, max: 10 }), length: fc.integer({ min: 1, max: 3 }) }), {
      nil: undefined,
    }),
  })
  .map(({ open, length, lunch }) => {
    const close = open + length
    if (lunch === undefined || open + lunch.after + lunch.length >= close)
      return [[wallTime(open * 30), wallTime(close * 30)]] as const
    const breakStart = open + lunch.after
    return [
      [wallTime(open * 30), wallTime(breakStart * 30)],
      [wallTime((breakStart + lunch.length) * 30), wallTime(close * 30)],
    ] as const
  })

/** A Saturday's hours when it is worked: a morning, 07:30–11:30 or 08:00–12:00, or a whole day. */
const saturdayHours: fc.Arbitrary<readonly Interval[]> = fc.oneof(
  fc.constant([['07:30', '11:30']] as const),
  fc.constant([['08:00', '12:00']] as const),
  officeDay,
)

/** The working weekdays: Monday–Friday, Monday–Saturday, Tuesday–Saturday, Monday–Thursday, or any three or more. */
const workingWeekdays: fc.Arbitrary<readonly Weekday[]> = fc.oneof(
  fc.constant(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const),
  fc.constant(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const),
  fc.constant(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const),
  fc.constant(['monday', 'tuesday', 'wednesday', 'thursday'] as const),
  fc.subarray([...WEEKDAYS], { minLength: 3 }),
)

/** Local days off and make-up working days, mostly in the kit's window (2025–2026). */
const officeException = fc.record({
  date: calendarDayBetween('2025-01-01', '2026-12-31'),
  kind: fc.constantFrom('day-off' as const, 'make-up-working-day' as const),
  name: fc.constant({ vi: 'Ngày riêng của cơ quan', en: "The agency's own day" }),
  source: fc.constant('local decision'),
})

/** A definition of an agency calendar: a zone, a working week, and up to eight dated exceptions. */
export const officeDefinition: fc.Arbitrary<OfficeDefinition> = fc
  .record({
    zone: fc.constantFrom(...OFFICE_ZONES),
    days: workingWeekdays,
    weekday: officeDay,
    saturday: saturdayHours,
    exceptions: fc.array(officeException, { maxLength: 8 }),
  })
  .map(({ zone, days, weekday, saturday, exceptions }) => {
    const week: Partial<Record<Weekday, readonly Interval[]>> = {}
    for (const day of days) week[day] = day === 'saturday' ? saturday : weekday
    return { zone, week, exceptions, range: OFFICE_RANGE }
  })

/** A calendar built by `workingCalendar` from an agency definition. */
export const officeCalendar: fc.Arbitrary<WorkingCalendar> = officeDefinition.map((definition) => workingCalendar(definition))

/**
 * The hand-built agency of the exact-value tests: Berlin (CET, UTC+1; CEST, UTC+2 from 29 March to 25
 * October 2026), Monday to Saturday 09:00–17:00 without a lunch break (8 working hours a day), one
 * local day off (Friday 3 April 2026, Good Friday) and no other holiday.
 */
export const BERLIN_OFFICE_DEFINITION = Object.freeze({
  zone: 'Europe/Berlin',
  week: Object.freeze(
    Object.fromEntries(
      (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const).map((day) => [day, [['09:00', '17:00']]]),
    ),
  ) as Partial<Record<Weekday, readonly Interval[]>>,
  exceptions: [
    {
      date: '2026-04-03',
      kind: 'day-off' as const,
      name: { vi: 'Thứ Sáu Tuần Thánh', en: 'Good Friday' },
      source: 'local decision',
    },
  ],
  range: OFFICE_RANGE,
})

export function berlinOffice(): WorkingCalendar {
  return workingCalendar(BERLIN_OFFICE_DEFINITION)
}

/** Instants (epoch ms) between two instants, both included; half of them on a whole quarter hour. */
export function instantIn(from: number, to: number): fc.Arbitrary<number> {
  const quarter = 900_000
  return fc.oneof(
    fc.integer({ min: from, max: to }),
    fc.integer({ min: Math.ceil(from / quarter), max: Math.floor(to / quarter) }).map((n) => n * quarter),
  )
}

/**
 * An offset around a boundary, in ms: exactly on it, one millisecond either side, or anything within
 * `hours` either side. A rule that counted on another calendar misses most boundaries by hours.
 */
export function aroundBoundary(hours: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(0, 1, -1), fc.integer({ min: -hours * 3_600_000, max: hours * 3_600_000 }))
}
