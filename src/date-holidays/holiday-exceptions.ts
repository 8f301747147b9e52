// The only file of the package that imports date-holidays: an optional adapter, published as
// `vn-task-sla/date-holidays`, with date-holidays an optional peer dependency. The main entry never
// reaches this file, so neither the Vietnamese calendar nor the generic engine loads date-holidays.
import Holidays from 'date-holidays'
import * as z from 'zod/mini'
import type { DayException, ExceptionKind } from '../calendar/definition.js'
import { CalendarDay, formatDay, parseCalendarDay } from '../core/calendar-day.js'
import { DETAILS } from '../core/messages.js'
import { fail, parseOrThrow } from '../core/validation.js'

/** date-holidays' kinds of holiday; `'public'` alone by default. */
export const HOLIDAY_TYPES = Object.freeze(['public', 'bank', 'school', 'optional', 'observance'] as const)
export type HolidayType = (typeof HOLIDAY_TYPES)[number]

/** The options of `holidayExceptions`: the schema and its type share the name. */
export const HolidayExceptionsOptions = z.strictObject({
  /** ISO 3166-1 code of the country, as date-holidays lists it: `'FR'`, `'GB'`, `'LA'`. */
  country: z.string().check(z.minLength(1)),
  /** ISO 3166-2 code of a state within it (`'ENG'` in `GB`), for its own holidays. */
  state: z.optional(z.string().check(z.minLength(1))),
  /** A region within the state, as date-holidays names it. */
  region: z.optional(z.string().check(z.minLength(1))),
  /** The days to give exceptions for, both included: the range of the calendar they go into. */
  range: z
    .strictObject({ from: CalendarDay, to: CalendarDay })
    .check(z.refine(({ from, to }) => from <= to, { message: 'badRange' })),
  /** Which of date-holidays' kinds of holiday are days off; default `['public']`. */
  types: z.optional(z.readonly(z.array(z.enum(HOLIDAY_TYPES)).check(z.minLength(1)))),
})
export type HolidayExceptionsOptions = z.input<typeof HolidayExceptionsOptions>

const MS_PER_DAY = 86_400_000

/**
 * The holidays of a country (or of a state or region within it), as date-holidays computes them,
 * written as the dated exceptions of a `workingCalendar` definition: an agency's office abroad, or a
 * foreign partner's calendar, in one call. Each holiday day in `range` becomes a day off: a
 * `public-holiday` for date-holidays' public holidays, a `compensatory-day-off` for its substitute
 * days, a `day-off` for the other types asked for. A holiday of several days gives each of its days;
 * one that starts part-way through a day (date-holidays has a few, from 14:00) takes the whole day.
 * The English name is date-holidays' English name (else its name in the country's language); the
 * Vietnamese name is its Vietnamese name where it has one, else the English name. The source cites
 * date-holidays, the place and the holiday's rule.
 *
 * Refuses (`invalid_calendar`, at `country`, `state` or `region`) a place that date-holidays does not
 * know, rather than give no holiday: date-holidays itself ignores an unknown state.
 *
 * @example
 * import { workingCalendar } from 'vn-task-sla'
 * import { holidayExceptions } from 'vn-task-sla/date-holidays'
 *
 * const range = { from: '2026-01-01', to: '2027-12-31' }
 * const paris = workingCalendar({
 *   zone: 'Europe/Paris',
 *   week: { monday: [['09:00', '12:30'], ['14:00', '18:00']], tuesday: [['09:00', '12:30'], ['14:00', '18:00']] },
 *   range,
 *   exceptions: holidayExceptions({ country: 'FR', range }),
 * })
 * paris.isWorkingDay('2026-07-14') //=> false (Bastille Day)
 */
export function holidayExceptions(options: HolidayExceptionsOptions): readonly DayException[] {
  const {
    country,
    state,
    region,
    range,
    types = ['public'],
  } = parseOrThrow(HolidayExceptionsOptions, options, 'invalid_calendar')
  const catalogue = new Holidays()
  if (!Object.hasOwn(catalogue.getCountries() ?? {}, country)) fail('invalid_calendar', DETAILS.unknownHolidayPlace, ['country'])
  if (state !== undefined && !Object.hasOwn(catalogue.getStates(country) ?? {}, state)) {
    fail('invalid_calendar', DETAILS.unknownHolidayPlace, ['state'])
  }
  if (region !== undefined && (state === undefined || !Object.hasOwn(catalogue.getRegions(country, state) ?? {}, region))) {
    fail('invalid_calendar', DETAILS.unknownHolidayPlace, ['region'])
  }
  const place = [country, state, region].filter((part) => part !== undefined).join('-')
  // Each name in a fixed order of languages, set per instance: date-holidays' own fallback for a
  // language it lacks depends on the language asked for before.
  const own = new Holidays(country, state ?? '', region ?? '').getLanguages()
  const inLanguages = (languages: string[]) =>
    new Holidays(country, state ?? '', region ?? '', { types: [...types], languages: [...languages, ...own] })
  const english = inLanguages(['en'])
  const vietnamese = inLanguages(['vi', 'en'])
  const first = parseCalendarDay(range.from)
  const last = parseCalendarDay(range.to)
  const exceptions: DayException[] = []
  // A holiday of several days that starts in December counts in its first year: start a year early.
  for (let year = Number(range.from.slice(0, 4)) - 1; year <= Number(range.to.slice(0, 4)); year += 1) {
    const namesInVietnamese = new Map(
      vietnamese.getHolidays(year).map((holiday) => [`${holiday.date} ${holiday.rule}`, holiday.name]),
    )
    for (const holiday of english.getHolidays(year)) {
      const start = parseCalendarDay(holiday.date.slice(0, 10))
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY))
      const kind: ExceptionKind =
        holiday.substitute === true ? 'compensatory-day-off' : holiday.type === 'public' ? 'public-holiday' : 'day-off'
      const name = Object.freeze({
        vi: namesInVietnamese.get(`${holiday.date} ${holiday.rule}`) ?? holiday.name,
        en: holiday.name,
      })
      for (let day = Math.max(start, first); day < start + days && day <= last; day += 1) {
        exceptions.push(Object.freeze({ date: formatDay(day), kind, name, source: `date-holidays ${place}: ${holiday.rule}` }))
      }
    }
  }
  return Object.freeze(exceptions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)))
}
