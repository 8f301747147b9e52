// Shared fast-check arbitraries for the working-time calendar: instants, lengths of working time,
// counts of working days, and small random calendar definitions in zones chosen for their DST rules.
import fc from 'fast-check'
import { EXCEPTION_KINDS, WEEKDAYS, type Weekday } from '../../src/index.js'

/**
 * Zones whose DST rules each stress a different corner: none (Ho Chi Minh City, UTC), a change at
 * midnight (Santiago: the day either starts at 01:00 or has a 25th hour before midnight), a change
 * at 02:00 (New York), at 02:00/03:00 (Berlin), and a change of only 30 minutes (Lord Howe).
 */
export const ZONES = Object.freeze([
  'Asia/Ho_Chi_Minh',
  'UTC',
  'America/Santiago',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
] as const)
export type TestZone = (typeof ZONES)[number]

/** The range of every random calendar: short, so that each calendar is cheap to build and query. */
export const GENERIC_RANGE = Object.freeze({ from: '2025-01-01', to: '2027-12-31' })

export const MS_PER_MINUTE = 60_000
export const MS_PER_HOUR = 3_600_000
export const MS_PER_DAY = 86_400_000

/** Epoch ms of a UTC wall time: host-independent (Date.UTC never reads the host's zone). */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute)
}

/** The instants the random tests draw from: well inside GENERIC_RANGE, so most answers stay in range. */
export const INSTANT_WINDOW = Object.freeze({ from: utc(2025, 6, 1), to: utc(2027, 6, 30) })

/**
 * Instants between `from` and `to` (epoch ms, both included). Half of them fall on a quarter
 * hour, so that they often sit exactly on an opening, a break or a close (every zone in ZONES has
 * offsets in whole quarter hours).
 */
export function instantBetween(from: number, to: number): fc.Arbitrary<number> {
  const quarter = 15 * MS_PER_MINUTE
  return fc.oneof(
    fc.integer({ min: from, max: to }),
    fc.integer({ min: Math.ceil(from / quarter), max: Math.floor(to / quarter) }).map((n) => n * quarter),
  )
}

/** Instants of INSTANT_WINDOW. */
export const instant: fc.Arbitrary<number> = instantBetween(INSTANT_WINDOW.from, INSTANT_WINDOW.to)

/**
 * Instants of INSTANT_WINDOW within `days` days of `center`: questions that stay near one another
 * reach one or two years of a calendar, not all three, so that a test can afford many more calendars.
 */
export function instantNear(center: number, days: number): fc.Arbitrary<number> {
  return instantBetween(
    Math.max(INSTANT_WINDOW.from, center - days * MS_PER_DAY),
    Math.min(INSTANT_WINDOW.to, center + days * MS_PER_DAY),
  )
}

/** Non-negative lengths of working time in ms, up to `maxHours`: any millisecond, or whole quarter hours. */
export function nonNegativeDurationMillis(maxHours = 200): fc.Arbitrary<number> {
  const quarter = 15 * MS_PER_MINUTE
  return fc.oneof(
    fc.integer({ min: 0, max: maxHours * MS_PER_HOUR }),
    fc.integer({ min: 0, max: maxHours * 4 }).map((n) => n * quarter),
    fc.integer({ min: 0, max: 8 * 4 }).map((n) => n * quarter),
  )
}

/** Lengths of working time in ms, of either sign; zero included. */
export function durationMillis(maxHours = 200): fc.Arbitrary<number> {
  return fc.tuple(nonNegativeDurationMillis(maxHours), fc.boolean()).map(([ms, negative]) => (negative && ms !== 0 ? -ms : ms))
}

/** Counts of working days for addWorkingDays, of either sign; zero included. */
export function workingDayCount(max = 40): fc.Arbitrary<number> {
  return fc.integer({ min: -max, max })
}

/** 'HH:mm' of a number of minutes since midnight; 1440 is '24:00'. */
export function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

type Interval = readonly [string, string]

/**
 * The working intervals of one day, on a half-hour grid from 00:00 to 24:00: disjoint, sometimes
 * touching (touching intervals merge), given in any order. Possibly empty.
 */
export const dayHours: fc.Arbitrary<readonly Interval[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 0, maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([points, split, reverse]) => {
    const sorted = [...points].sort((a, b) => a - b)
    const intervals: [number, number][] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push([sorted[i] as number, sorted[i + 1] as number])
    const first = intervals[0]
    if (split && first !== undefined && first[1] - first[0] >= 2) {
      // Two intervals that touch: 08:00–10:00 and 10:00–12:00 mean 08:00–12:00.
      const middle = first[0] + Math.floor((first[1] - first[0]) / 2)
      intervals.splice(0, 1, [first[0], middle], [middle, first[1]])
    }
    if (reverse) intervals.reverse()
    return intervals.map(([from, to]) => [wallTime(from * 30), wallTime(to * 30)] as const)
  })

/** Day hours that have at least one interval. */
export const workingDayHours: fc.Arbitrary<readonly Interval[]> = dayHours.filter((hours) => hours.length > 0)

/** Hours per weekday, with at least one working weekday (so a working-day exception can borrow hours). */
export const weeklyHours: fc.Arbitrary<Partial<Record<Weekday, readonly Interval[]>>> = fc
  .tuple(...WEEKDAYS.map(() => fc.option(dayHours, { nil: undefined })))
  .map((perDay) => {
    const week: Partial<Record<Weekday, readonly Interval[]>> = {}
    perDay.forEach((hours, index) => {
      const day = WEEKDAYS[index]
      if (hours !== undefined && day !== undefined) week[day] = hours
    })
    return week
  })
  .filter((week) => Object.values(week).some((hours) => hours !== undefined && hours.length > 0))

/** A calendar day 'YYYY-MM-DD' between two days (both included). */
export function calendarDayBetween(from: string, to: string): fc.Arbitrary<string> {
  const first = Date.parse(`${from}T00:00:00Z`) / MS_PER_DAY
  const last = Date.parse(`${to}T00:00:00Z`) / MS_PER_DAY
  return fc.integer({ min: first, max: last }).map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10))
}

const monthDay = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([month, day]) => `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)

/** A season: recurring month-days (possibly wrapping the new year) or two calendar days of the range. */
export const season = fc.record({
  name: fc.constantFrom('summer', 'winter', 'mùa hè'),
  span: fc.oneof(
    fc.record({ from: monthDay, to: monthDay }),
    fc.record({
      from: calendarDayBetween(GENERIC_RANGE.from, GENERIC_RANGE.to),
      to: calendarDayBetween(GENERIC_RANGE.from, GENERIC_RANGE.to),
    }),
  ),
  week: weeklyHours,
})

/** A dated exception inside GENERIC_RANGE, mostly in the middle year where the instants are. */
export const dayException = fc
  .record({
    date: fc.oneof(calendarDayBetween('2026-01-01', '2026-12-31'), calendarDayBetween(GENERIC_RANGE.from, GENERIC_RANGE.to)),
    kind: fc.constantFrom(...EXCEPTION_KINDS),
    hours: fc.option(workingDayHours, { nil: undefined }),
    provisional: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ date, kind, hours, provisional }) => ({
    date,
    kind,
    name: { vi: 'Ngoại lệ', en: 'Exception' },
    source: 'random test calendar',
    ...(hours === undefined ? {} : { hours }),
    ...(provisional === undefined ? {} : { provisional }),
  }))

/** A generic definition: what `workingCalendar` takes, with every optional part spelled out. */
export type GenericDefinition = {
  readonly zone: TestZone
  readonly week: Partial<Record<Weekday, readonly Interval[]>>
  readonly seasons: readonly {
    readonly name: string
    readonly span: { readonly from: string; readonly to: string }
    readonly week: Partial<Record<Weekday, readonly Interval[]>>
  }[]
  readonly exceptions: readonly {
    readonly date: string
    readonly kind: (typeof EXCEPTION_KINDS)[number]
    readonly name: { readonly vi: string; readonly en: string }
    readonly source: string
    readonly hours?: readonly Interval[]
    readonly provisional?: boolean
  }[]
  readonly range: { readonly from: string; readonly to: string }
}

/** A small random calendar definition: a zone of ZONES, weekly hours, up to two seasons, up to ten exceptions. */
export function calendarDefinition(zones: readonly TestZone[] = ZONES): fc.Arbitrary<GenericDefinition> {
  return fc.record({
    zone: fc.constantFrom(...zones),
    week: weeklyHours,
    seasons: fc.array(season, { maxLength: 2 }),
    exceptions: fc.array(dayException, { maxLength: 10 }),
    range: fc.constant(GENERIC_RANGE),
  })
}

/** Zones with DST, and the days of 2026 on which each changes its clocks (all Sundays). */
export const DST_CHANGES = Object.freeze({
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'America/Santiago': ['2026-04-05', '2026-09-06'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
} as const)
type DstZone = keyof typeof DST_CHANGES

/** Intervals on a half-hour grid between two wall times given in half hours (0 = 00:00, 48 = 24:00). */
function hoursWithin(first: number, last: number): fc.Arbitrary<readonly Interval[]> {
  return fc.uniqueArray(fc.integer({ min: first, max: last }), { minLength: 2, maxLength: 6 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b)
    const intervals: Interval[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push([wallTime((sorted[i] as number) * 30), wallTime((sorted[i + 1] as number) * 30)])
    }
    return intervals
  })
}

/**
 * A calendar whose hours crowd the DST changes: Sunday between 00:00 and 05:00 (every zone of
 * DST_CHANGES changes on a Sunday, at midnight, 02:00 or 03:00), Saturday evening up to 24:00
 * (Santiago's Saturday ends at its change), and an ordinary Monday.
 */
export const dstCalendarDefinition: fc.Arbitrary<GenericDefinition & { readonly zone: DstZone }> = fc.record({
  zone: fc.constantFrom(...(Object.keys(DST_CHANGES) as DstZone[])),
  week: fc.record({ saturday: hoursWithin(40, 48), sunday: hoursWithin(0, 10), monday: hoursWithin(16, 36) }),
  seasons: fc.constant([]),
  exceptions: fc.constant([]),
  range: fc.constant(GENERIC_RANGE),
})

/** Instants on a quarter-hour within two days of a DST change of `zone` in 2026. */
export function instantNearDstChange(zone: DstZone): fc.Arbitrary<number> {
  const quarter = 15 * MS_PER_MINUTE
  return fc
    .tuple(fc.constantFrom(...DST_CHANGES[zone]), fc.integer({ min: -2 * 96, max: 2 * 96 }))
    .map(([day, quarters]) => Date.parse(`${day}T00:00:00Z`) + quarters * quarter)
}
