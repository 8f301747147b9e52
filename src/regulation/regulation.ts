import * as z from 'zod/mini'
import { DAY_ENDS } from '../calendar/operations/add-working-days.js'
import { BOUNDARY_LANDINGS } from '../calendar/operations/add-working-time.js'
import { hasBrand, REGULATION_BRAND as PROFILE } from '../core/brands.js'
import { CalendarDay } from '../core/calendar-day.js'
import { Citation } from '../core/citation.js'
import { deepFreeze } from '../core/freeze.js'
import { DETAILS, Messages } from '../core/messages.js'
import { fail, parseOrThrow } from '../core/validation.js'
import { GRADE_THRESHOLDS } from '../scoring/grades.js'
import { DEFAULT_INDICATORS, IndicatorSet } from '../scoring/indicators.js'
import {
  CHECKPOINT_MEASURES,
  DATE_DEADLINE_READINGS,
  DUE_DAYS,
  FINAL_ENDS,
  HALF_YEAR_AND_ANNUAL_READINGS,
  IN_PROGRESS_LATE_READINGS,
  LOW_RESULT_READINGS,
  OBJECTION_STARTS,
  PERIOD_SEQUENCES,
  PERIODIC_ENDS,
  REPORT_DATE_READINGS,
  SCHEDULE_STARTS,
  UPDATE_CADENCES,
} from './readings.js'
import {
  ACKNOWLEDGE_RECEIPT,
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  describeTimeRule,
  EVALUATE_UPDATE,
  isMadeRule,
  madeRule,
  OBJECT_TO_ASSIGNMENT,
  profileRule,
  TIME_RULE_IDS,
  TimeLimit,
  type TimeRuleId,
} from './time-rules.js'

/**
 * Art. 18.4: every Party committee directly under the Central Committee, every central Party body and
 * every provincial committee issues its own regulation on this one's model, "phù hợp với đặc thù
 * ngành, lĩnh vực, địa phương". A regulation is therefore data: the limits of Art. 6, the update
 * cadence of 6.2(b), the warnings of 18.1(d), the report days of 16.2 and 15.1, the indicator set and
 * grades of 17, and every reading of the interpretation register. `REGULATION_08_QC_TW` is the
 * built-in profile; `defineRegulation` derives a local one, validated and frozen.
 */

/** B2–B7, B14: the choices behind the update schedule of Art. 6.2(b), every one named. */
export const ScheduleSettings = z.strictObject({
  /** B3. */
  start: z.enum(SCHEDULE_STARTS),
  /** B5. */
  checkpoints: z.enum(CHECKPOINT_MEASURES),
  /** B5: working days to make a ½ or ¾ update after its checkpoint. */
  interimGraceDays: z.int().check(z.minimum(0), z.maximum(1000)),
  /** B6: working days to make the final update after the end, for every class; absent: `durations.finalGraceDays`. */
  finalGraceDays: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  /** B6. */
  finalEnd: z.enum(FINAL_ENDS),
  /** B7. */
  cadence: z.enum(UPDATE_CADENCES),
  /** B7: periods end on this day of their last month (its last day when shorter); absent: the month's end. */
  dueDayOfMonth: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
  /** B7. */
  periodicEnd: z.enum(PERIODIC_ENDS),
  /** B7: no periodic update falls due sooner than this many working days after the transfer; 0 folds nothing. */
  firstPeriodicGraceDays: z.int().check(z.minimum(0), z.maximum(1000)),
  /** B2: where a count of working days ends. */
  dayEnd: z.enum(DAY_ENDS),
  /** B14: how a deadline written as a day is read. */
  dateDeadlines: z.enum(DATE_DEADLINE_READINGS),
})
export type ScheduleSettings = z.output<typeof ScheduleSettings>

/** The same choices, each optional: a rule's shorthand options and a profile's changes. */
export const UpdateScheduleSettings = z.partial(ScheduleSettings)
export type UpdateScheduleSettings = z.input<typeof UpdateScheduleSettings>

/** B9: when a task is "about to be overdue" (Art. 18.1(d)). */
export const Thresholds = z.strictObject({
  /** "About to be overdue" when this many working days or fewer remain after today. */
  workingDaysLeft: z.int().check(z.minimum(0), z.maximum(1000)),
  /** …or when this share of the working time from transfer to deadline has elapsed. */
  elapsedShare: z.number().check(z.gt(0), z.lte(1)),
})

export type Thresholds = z.output<typeof Thresholds>

/** The thresholds, each optional: `alertLevel`'s `thresholds` option and a profile's changes. */
export const AlertThresholds = z.partial(Thresholds)
export type AlertThresholds = z.input<typeof AlertThresholds>

/** The readings of the register that are not the schedule's (B1, B8, B9, B11, B15, B16), every one named. */
export const Readings = z.strictObject({
  /** B1: where a count of working hours that ends at a break or at closing lands. */
  boundary: z.enum(BOUNDARY_LANDINGS),
  /** B8. */
  inProgressLate: z.enum(IN_PROGRESS_LATE_READINGS),
  /** B9. */
  dueDay: z.enum(DUE_DAYS),
  /** B11: a report day that is not a working day. */
  nonWorkingDates: z.enum(REPORT_DATE_READINGS),
  /** B11: "trước" over the 6-month and annual report days too. */
  halfYearAndAnnual: z.enum(HALF_YEAR_AND_ANNUAL_READINGS),
  /** B15. */
  objectionFrom: z.enum(OBJECTION_STARTS),
  /** B16: a score strictly below it is a low result; absent: a grade below 'completed'. */
  lowBelow: z.optional(z.number().check(z.gt(0), z.lte(100))),
  /** B16. */
  lowResultIn: z.enum(LOW_RESULT_READINGS),
  /** B16. */
  sequence: z.enum(PERIOD_SEQUENCES),
})
export type Readings = z.output<typeof Readings>

const Month = z.int().check(z.minimum(1), z.maximum(1200))
const Share = z.number().check(z.gt(0), z.lt(1))
const GraceDays = z.int().check(z.minimum(0), z.maximum(1000))
const Checkpoints = z.readonly(z.array(Share).check(z.maxLength(10)))

/** Art. 6.2(b)(1)–(4) and B4: the duration classes and what each owes. */
export const DurationRules = z.strictObject({
  /** The class bounds in calendar months from the start: under the first, under the second, under the third, the rest. */
  classMonths: z.readonly(z.tuple([Month, Month, Month])),
  /** The interim checkpoints of each of the first three classes, as shares of the implementation time, rising. */
  checkpoints: z.readonly(z.tuple([Checkpoints, Checkpoints, Checkpoints])),
  /** Working days to make the final update after the end, for each of the first three classes. */
  finalGraceDays: z.readonly(z.tuple([GraceDays, GraceDays, GraceDays])),
})
export type DurationRules = z.output<typeof DurationRules>

const DayOfMonth = z.int().check(z.minimum(1), z.maximum(31))
/** A report due on a day of each month: on it, or before it (by the end of the day before). */
const MonthlyReportDay = z.strictObject({ day: DayOfMonth, before: z.boolean() })
/** A report due on a day of the year. */
const YearlyReportDay = z.strictObject({
  month: z.int().check(z.minimum(1), z.maximum(12)),
  day: DayOfMonth,
  before: z.boolean(),
})
export const ReportDays = z.strictObject({
  monthly: z.readonly(MonthlyReportDay),
  quarterly: z.readonly(MonthlyReportDay),
  halfYear: z.readonly(YearlyReportDay),
  annual: z.readonly(YearlyReportDay),
})
export type ReportDays = z.output<typeof ReportDays>

/** The grades of Art. 17.1(c): the lowest score of each but the last (B12). */
export const GradeThresholdsSchema = z.strictObject({
  excellent: z.number().check(z.gte(0), z.lte(100)),
  completed: z.number().check(z.gte(0), z.lte(100)),
  'incompletely-completed': z.number().check(z.gte(0), z.lte(100)),
})

const ProfileId = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'regulationId' }))

const TimeRules = z.strictObject(
  Object.fromEntries(TIME_RULE_IDS.map((id) => [id, profileRule(id)])) as {
    [Id in TimeRuleId]: ReturnType<typeof profileRule>
  },
)

/** A regulation profile: Regulation 08-QC/TW, or a Party committee's own on its model (Art. 18.4). */
export const Regulation = z.readonly(
  z
    .strictObject({
      /** Stable id, cited by every result computed under the profile: lower-case letters, digits, dots and hyphens. */
      id: ProfileId,
      name: Messages,
      /** The issuing document, as it names itself. */
      issuedBy: z.string().check(z.minLength(1)),
      /** The day the regulation takes effect. */
      effectiveFrom: CalendarDay,
      /** The fixed time limits of Art. 6, by id. */
      rules: z.readonly(TimeRules),
      durations: z.readonly(DurationRules),
      schedule: z.readonly(ScheduleSettings),
      thresholds: z.readonly(Thresholds),
      readings: z.readonly(Readings),
      reports: z.readonly(
        z.strictObject({
          /** Art. 16.2: the Central Party Office's own reports (B11). */
          office: z.readonly(ReportDays),
          /** Art. 15.1: the assignees' reports to the Office (B19). */
          assignees: z.readonly(ReportDays),
        }),
      ),
      /** Art. 17.1(b): the indicator set scored with. */
      indicators: IndicatorSet,
      /** Art. 17.1(c). */
      grades: z.readonly(GradeThresholdsSchema),
    })
    .check(
      z.refine((profile) => rising(profile.durations.classMonths), {
        message: 'classMonthsRising',
        path: ['durations', 'classMonths'],
      }),
      z.refine((profile) => profile.durations.checkpoints.every(rising), {
        message: 'checkpointsRising',
        path: ['durations', 'checkpoints'],
      }),
      z.refine((profile) => rising([...Object.values(profile.grades)].reverse()), { message: 'gradesFalling', path: ['grades'] }),
    ),
)
export type Regulation = z.output<typeof Regulation>

function rising(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value > (values[index - 1] as number))
}

function ruleChange<Id extends TimeRuleId>(id: Id) {
  return z.strictObject({
    id: z.optional(z.literal(id)),
    citation: z.optional(Citation),
    within: z.optional(TimeLimit),
    description: z.optional(Messages),
  })
}
type RuleChanges = { [Id in TimeRuleId]: z.ZodMiniOptional<ReturnType<typeof ruleChange<Id>>> }

/** What `defineRegulation` may change: any part, each field optional; the profile's identity always. */
export const RegulationChanges = z.strictObject({
  id: ProfileId,
  name: Messages,
  issuedBy: z.string().check(z.minLength(1)),
  effectiveFrom: CalendarDay,
  /**
   * A time limit by the rule's id: its `within`, and its description when the words should differ from
   * the generated ones. `id` and `citation` are accepted so that a profile's own JSON reads back: the id
   * must be the key, a citation replaces the article's (a local regulation numbers its own).
   */
  rules: z.optional(
    z.strictObject(Object.fromEntries(TIME_RULE_IDS.map((id) => [id, z.optional(ruleChange(id))])) as RuleChanges),
  ),
  durations: z.optional(z.partial(DurationRules)),
  schedule: z.optional(UpdateScheduleSettings),
  thresholds: z.optional(AlertThresholds),
  readings: z.optional(z.partial(Readings)),
  reports: z.optional(
    z.strictObject({
      office: z.optional(z.partial(ReportDays)),
      assignees: z.optional(z.partial(ReportDays)),
    }),
  ),
  indicators: z.optional(IndicatorSet),
  grades: z.optional(z.partial(GradeThresholdsSchema)),
})
export type RegulationChanges = z.input<typeof RegulationChanges>

/** The id of the built-in profile; reserved: a derived profile names itself. */
export const REGULATION_08_QC_TW_ID = '08-qc-tw'

/**
 * Whether `value` is a regulation profile: `REGULATION_08_QC_TW` or one `defineRegulation` returned, marked
 * so (PROFILE, a mark of core/brands.ts) that a rule trusts it as valid without parsing it again.
 */
export function isRegulationProfile(value: unknown): value is Regulation {
  return hasBrand(value, PROFILE)
}

function profileOf(regulation: Regulation): Regulation {
  // Its rules are the package's own too: `deadline(profile.rules[id], from)` need not read them again.
  const rules = Object.fromEntries(
    TIME_RULE_IDS.map((id) => {
      const rule = regulation.rules[id]
      const made: boolean = isMadeRule(rule)
      return [id, made ? rule : madeRule({ ...rule })]
    }),
  ) as Regulation['rules']
  const profile = { ...regulation, rules }
  Object.defineProperty(profile, PROFILE, { value: true, enumerable: false })
  return deepFreeze(profile)
}

/**
 * Regulation 08-QC/TW of the Secretariat, 5 November 2025, as the package reads it: the time limits of
 * Art. 6, the schedule of 6.2(b), the warnings of 18.1(d), the report days of 16.2 and 15.1, the default
 * indicator set and grades of 17, and the default of every reading of the register.
 */
export const REGULATION_08_QC_TW: Regulation = profileOf(
  deepFreeze({
    id: REGULATION_08_QC_TW_ID,
    name: {
      vi: 'Quy chế số 08-QC/TW ngày 05/11/2025 của Ban Bí thư',
      en: 'Regulation 08-QC/TW of the Secretariat, 5 November 2025',
    },
    issuedBy: 'Quy chế số 08-QC/TW ngày 05/11/2025 của Ban Bí thư',
    effectiveFrom: '2025-11-05',
    rules: {
      'classify-and-dispatch': CLASSIFY_AND_DISPATCH,
      'confirm-feedback': CONFIRM_FEEDBACK,
      'acknowledge-receipt': ACKNOWLEDGE_RECEIPT,
      'object-to-assignment': OBJECT_TO_ASSIGNMENT,
      'evaluate-update': EVALUATE_UPDATE,
    },
    durations: {
      classMonths: [1, 3, 6],
      checkpoints: [[], [0.5], [0.5, 0.75]],
      finalGraceDays: [3, 3, 5],
    },
    schedule: {
      start: 'transfer',
      checkpoints: 'calendar-time',
      interimGraceDays: 3,
      finalEnd: 'completion-or-deadline',
      cadence: 'monthly',
      periodicEnd: 'task-end',
      firstPeriodicGraceDays: 3,
      dayEnd: 'midnight',
      dateDeadlines: 'as-written',
    },
    thresholds: { workingDaysLeft: 3, elapsedShare: 0.75 },
    readings: {
      boundary: 'stay',
      inProgressLate: 'after-deadline',
      dueDay: 'last-working-day',
      nonWorkingDates: 'keep',
      halfYearAndAnnual: 'day-before',
      objectionFrom: 'transfer',
      lowResultIn: 'two-consecutive-periods',
      sequence: 'same-kind',
    },
    reports: {
      office: {
        monthly: { day: 25, before: true },
        quarterly: { day: 25, before: true },
        halfYear: { month: 6, day: 25, before: true },
        annual: { month: 12, day: 20, before: true },
      },
      assignees: {
        monthly: { day: 20, before: false },
        quarterly: { day: 20, before: false },
        halfYear: { month: 6, day: 20, before: false },
        annual: { month: 12, day: 15, before: false },
      },
    },
    indicators: DEFAULT_INDICATORS,
    grades: GRADE_THRESHOLDS,
  } satisfies Regulation) as Regulation,
)

/**
 * A regulation profile derived from `base`: the parts `changes` names replace the base's (a time limit,
 * a threshold, a reading, a report day, the indicator set…), the rest is kept. `changes` names the
 * profile (`id`, `name`, `issuedBy`, `effectiveFrom`); an unknown rule id, key or reading is
 * `invalid_input` at its path under `changes`. A rule whose limit changes gets a description that
 * states the new limit (or the change's own words); every rule's citation names the profile. A
 * profile's own JSON is a valid `changes`: `defineRegulation(REGULATION_08_QC_TW, JSON.parse(json))`
 * gives the profile back. The profile is validated whole, deeply frozen and
 * JSON-serialisable but for custom indicator measures, which are functions: a JSON file names
 * built-in measures only, and a custom set is added in code (`defineRegulation(fromJson, { …, indicators })`).
 *
 * @example
 * const province = defineRegulation(REGULATION_08_QC_TW, {
 *   id: 'qc-tinh-uy-x-2026', name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
 *   issuedBy: 'Quy chế số 01-QC/TU', effectiveFrom: '2026-03-01',
 *   rules: { 'acknowledge-receipt': { within: { workingHours: 8 } } },
 *   thresholds: { workingDaysLeft: 5 },
 * })
 * province.rules['acknowledge-receipt'].within //=> { workingHours: 8 }
 * province.rules['acknowledge-receipt'].description.en //=> 'the assignee confirms receipt within 8 working hours of the transfer'
 * province.thresholds //=> { workingDaysLeft: 5, elapsedShare: 0.75 }
 */
export function defineRegulation(base: Regulation, changes: RegulationChanges): Regulation {
  if (!isRegulationProfile(base)) fail('invalid_input', DETAILS.notARegulationProfile, ['base'])
  const change = parseOrThrow(RegulationChanges, changes, 'invalid_input', ['changes'])
  if (change.id === REGULATION_08_QC_TW_ID) fail('invalid_input', DETAILS.reservedRegulationId, ['changes', 'id'])
  const rules = Object.fromEntries(
    TIME_RULE_IDS.map((id) => {
      const rule = base.rules[id]
      const patch = change.rules?.[id] ?? {}
      const within = patch.within ?? rule.within
      // A new limit gets words that say it, unless the change words it itself.
      const description = patch.description ?? (sameLimit(within, rule.within) ? rule.description : describeTimeRule(id, within))
      // Every rule of the profile is the profile's: `deadline(profile.rules[id], from)` cites it.
      const citation = { ...(patch.citation ?? rule.citation), regulation: change.id }
      return [id, { id, citation, within, description }]
    }),
  )
  const reports = change.reports ?? {}
  const merged = {
    id: change.id,
    name: change.name,
    issuedBy: change.issuedBy,
    effectiveFrom: change.effectiveFrom,
    rules,
    durations: { ...base.durations, ...definedOf(change.durations ?? {}) },
    schedule: { ...base.schedule, ...definedOf(change.schedule ?? {}) },
    thresholds: { ...base.thresholds, ...definedOf(change.thresholds ?? {}) },
    readings: { ...base.readings, ...definedOf(change.readings ?? {}) },
    reports: {
      office: { ...base.reports.office, ...definedOf(reports.office ?? {}) },
      assignees: { ...base.reports.assignees, ...definedOf(reports.assignees ?? {}) },
    },
    indicators: change.indicators ?? base.indicators,
    grades: { ...base.grades, ...definedOf(change.grades ?? {}) },
  }
  // The whole profile is checked once more: a change can be valid alone and not with the rest
  // (class bounds that no longer rise, a grade above the one over it).
  return profileOf(parseOrThrow(Regulation, merged, 'invalid_input', ['changes']) as Regulation)
}

function sameLimit(a: TimeLimit, b: TimeLimit): boolean {
  return 'workingHours' in a
    ? 'workingHours' in b && a.workingHours === b.workingHours
    : 'workingDays' in b && a.workingDays === b.workingDays
}

/** The fields a change gives a value; `undefined` leaves the base's. */
function definedOf<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
}
