import * as z from 'zod/mini'
import { DAY_ENDS } from '../../calendar/operations/add-working-days.js'
import { BOUNDARY_LANDINGS } from '../../calendar/operations/add-working-time.js'
import { type CalendarDays, daysOf, type WorkingCalendar } from '../../calendar/working-calendar.js'
import { Citation } from '../../core/citation.js'
import type { Instant } from '../../core/instant.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { atPath } from '../../core/validation.js'
import { isMadeRule, TimeRule } from '../../regulation/time-rules.js'
import { InstantInput } from '../../task/task-input.js'
import {
  bindDefaults,
  CalendarOption,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
  ruleCitation,
} from '../context.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/** When a time limit of Art. 6 falls due, counted from an instant. */
export function deadlineSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      due: instant,
      rule: TimeRule,
      citation: Citation,
      /** A provisional calendar day (a year with no announced schedule) lies between `from` and `due`. */
      provisional: z.boolean(),
    }),
  )
}

export const Deadline = deadlineSchema(DateTimeValue)
export type Deadline = z.output<typeof Deadline>
export const DeadlineMillis = deadlineSchema(EpochMillis)
export type DeadlineMillis = z.output<typeof DeadlineMillis>

/** The options of `deadline`. */
export const DeadlineOptions = z.strictObject({
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`: its readings of B1 and B2 are the defaults of the two below. */
  regulation: z.optional(RegulationOption),
  /** B1: where a count of working hours that ends at a break or at closing lands. */
  boundary: z.optional(z.enum(BOUNDARY_LANDINGS)),
  /** B2: where a count of working days ends. */
  dayEnd: z.optional(z.enum(DAY_ENDS)),
})
export type DeadlineOptions = z.input<typeof DeadlineOptions>

const readOptions = readerOf(DeadlineOptions)
const readRule = readerOf(TimeRule)
const readFrom = readerOf(InstantInput)
const toDateTimes = dateTimeConverter(DeadlineMillis)

/** `deadline` with its defaults given first: the entries bind them (`bindDefaults`). */
export function deadlineIn(defaults: RuleDefaults, rule: TimeRule, from: Instant, options: DeadlineOptions = {}): Deadline {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  // A rule the package made (a constant, a profile's) is valid and frozen: only another is read.
  const checked = isMadeRule(rule) ? rule : readRule(rule, ['rule'])
  const start = atPath(['from'], () => context.calendar.millis.of(readFrom(from, ['from'])))
  // A due instant after the calendar's range is refused at `from`: the rule is fixed, the start is what runs past it.
  const due = atPath(['from'], () => deadlineOf(checked, start, context))
  return toDateTimes(due, context.calendar) as Deadline
}

/**
 * The instant by which `rule` must be met, counted from `from`: working hours as the earliest instant
 * they have elapsed (B1), working days as the end of the last one, the starting day not counted (B2).
 * `rule` is a time rule of the profile (`regulation.rules['acknowledge-receipt']`) or a constant
 * (`ACKNOWLEDGE_RECEIPT`).
 *
 * @example
 * deadline(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00').due.toISO() //=> '2026-02-23T10:00:00.000+07:00'
 * deadline(CLASSIFY_AND_DISPATCH, '2025-04-28T10:00').due.toISO() //=> '2025-05-06T23:59:59.999+07:00'
 */
export const deadline = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, deadlineIn)

/**
 * When `rule` falls due counted from `start` (epoch ms), under the profile's readings of B1 and B2.
 * The due instant is the answer itself: like the calendar's own counts, it lies inside the range.
 */
export function deadlineOf(rule: TimeRule, start: number, context: RuleContext): DeadlineMillis {
  const due = dueBy(context.calendar.millis, rule, start, context)
  return Object.freeze({
    due,
    rule,
    citation: ruleCitation(context, rule),
    provisional: provisionalBetween(context.calendar, start, due),
  })
}

function provisionalBetween(calendar: WorkingCalendar, start: number, due: number): boolean {
  const days = daysOf(calendar)
  return days.hasProvisional(days.dayOf(start), days.dayOf(due))
}

/**
 * Only the due instant: what the rules that check a limit (the duties, audit flags, scoring) need. They
 * ask about a task at an instant inside the range; a limit counted from it may end in the year after
 * the range, the calendar's computing margin (`CalendarDays`).
 */
export function dueOf(rule: TimeRule, start: number, context: RuleContext): number {
  return dueBy(daysOf(context.calendar), rule, start, context)
}

/** The counts a due instant is worked out with: the calendar's own (`millis`), or the rules' (`CalendarDays`). */
type Counts = Pick<CalendarDays, 'addWorkingTime' | 'addWorkingDays'>

function dueBy(counts: Counts, rule: TimeRule, start: number, context: RuleContext): number {
  const { regulation } = context
  if ('workingHours' in rule.within) {
    const landing = regulation.readings.boundary === 'stay' ? undefined : { boundary: regulation.readings.boundary }
    return counts.addWorkingTime(start, rule.within.workingHours * 3_600_000, landing)
  }
  const dayEnd = regulation.schedule.dayEnd === 'midnight' ? undefined : { dayEnd: regulation.schedule.dayEnd }
  return counts.addWorkingDays(start, rule.within.workingDays, dayEnd)
}
