import * as z from 'zod/mini'
import { isWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js'
import { type Citation, citedUnder } from '../core/citation.js'
import { DETAILS } from '../core/messages.js'
import { fail } from '../core/validation.js'
import {
  isRegulationProfile,
  REGULATION_08_QC_TW,
  REGULATION_08_QC_TW_ID,
  type Readings,
  type Regulation,
  ScheduleSettings,
  type Thresholds,
} from '../regulation/regulation.js'
import type { TimeRule } from '../regulation/time-rules.js'

/**
 * What a rule needs besides its data: the working calendar, and the regulation profile with the
 * caller's shorthand readings applied. The package entry binds the defaults (`vietnamCalendar()`);
 * `vn-task-sla/core` binds none, so an application with its own calendar bundles no Vietnamese one.
 */
export type RuleDefaults = {
  /** The calendar of a call that names none; absent: the call must name one. */
  readonly calendar: (() => WorkingCalendar) | undefined
}

/** No default calendar: every call names its own (`vn-task-sla/core`). */
export const NO_DEFAULTS: RuleDefaults = Object.freeze({ calendar: undefined })

/**
 * An operation with its defaults bound: what the entries export. The operation is written once,
 * taking its defaults first; `vn-task-sla` binds `VIETNAM_DEFAULTS`, `vn-task-sla/core` binds
 * `NO_DEFAULTS`. A pure call, so a bundler drops an export nobody uses, and the defaults with it.
 */
export function bindDefaults<Args extends unknown[], Result>(
  defaults: RuleDefaults,
  operation: (defaults: RuleDefaults, ...args: Args) => Result,
): (...args: Args) => Result {
  return (...args) => operation(defaults, ...args)
}

/** The `calendar` option: a calendar built by `workingCalendar` or `vietnamCalendar`. */
export const CalendarOption = z.custom<WorkingCalendar>(isWorkingCalendar, { message: 'notACalendar' })

/** The `regulation` option: `REGULATION_08_QC_TW` or a profile from `defineRegulation`. */
export const RegulationOption = z.custom<Regulation>(isRegulationProfile, { message: 'notARegulationProfile' })

export type RuleContext = {
  readonly calendar: WorkingCalendar
  /** The profile, with the call's shorthand readings applied. */
  readonly regulation: Regulation
  /** The profile's id when it is not 08-QC/TW itself: every citation of the result names it. */
  readonly citing: string | undefined
}

/** The options every rule reads for its context; a rule's own schema holds them. */
type ContextOptions = {
  readonly calendar?: WorkingCalendar | undefined
  readonly regulation?: Regulation | undefined
  readonly thresholds?: Partial<Thresholds> | undefined
}

const SCHEDULE_KEYS: ReadonlySet<string> = new Set(Object.keys(ScheduleSettings.shape))
const READING_KEYS: ReadonlySet<string> = new Set([
  'boundary',
  'inProgressLate',
  'dueDay',
  'nonWorkingDates',
  'halfYearAndAnnual',
  'objectionFrom',
  'lowBelow',
  'lowResultIn',
  'sequence',
] satisfies (keyof Readings)[])

/**
 * The context of a call from its options, already validated by the rule's schema: the calendar (the
 * entry's default when none is named), the profile (08-QC/TW when none is named), and the shorthand
 * options (`cadence`, `inProgressLate`, `thresholds`, …) laid over the profile's readings. A caller
 * whose options hold keys of other meanings passes only its calendar and profile.
 */
export function contextOf(defaults: RuleDefaults, options: ContextOptions): RuleContext {
  const calendar =
    options.calendar ?? defaults.calendar?.() ?? fail('invalid_input', DETAILS.calendarRequired, ['options', 'calendar'])
  const base = options.regulation ?? REGULATION_08_QC_TW
  const regulation = withShorthands(base, options)
  return { calendar, regulation, citing: base.id === REGULATION_08_QC_TW_ID ? undefined : base.id }
}

/** The profile with the shorthand options of a call laid over it; the profile itself when there are none. */
function withShorthands(base: Regulation, options: ContextOptions): Regulation {
  let schedule: Record<string, unknown> | undefined
  let readings: Record<string, unknown> | undefined
  for (const key in options) {
    const value = (options as Record<string, unknown>)[key]
    if (value === undefined) continue
    if (SCHEDULE_KEYS.has(key)) {
      schedule ??= { ...base.schedule }
      schedule[key] = value
    } else if (READING_KEYS.has(key)) {
      readings ??= { ...base.readings }
      readings[key] = value
    }
  }
  const thresholds = options.thresholds
  if (schedule === undefined && readings === undefined && thresholds === undefined) return base
  return {
    ...base,
    schedule: (schedule ?? base.schedule) as Regulation['schedule'],
    readings: (readings ?? base.readings) as Regulation['readings'],
    thresholds:
      thresholds === undefined
        ? base.thresholds
        : {
            workingDaysLeft: thresholds.workingDaysLeft ?? base.thresholds.workingDaysLeft,
            elapsedShare: thresholds.elapsedShare ?? base.thresholds.elapsedShare,
          },
  }
}

/** A citation as a result under `context` carries it: naming the profile when it is not 08-QC/TW. */
export function citing(context: RuleContext, citation: Citation): Citation {
  return citedUnder(citation, context.citing)
}

/** A time rule's citation in a result: a profile's rule names its profile already; a constant of 08-QC/TW cites the call's. */
export function ruleCitation(context: RuleContext, rule: TimeRule): Citation {
  return rule.citation.regulation === undefined ? citing(context, rule.citation) : rule.citation
}
