import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  ACKNOWLEDGE_RECEIPT,
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  classifyCompletion,
  DEFAULT_INDICATORS,
  deadline,
  defineRegulation,
  EVALUATE_UPDATE,
  evaluateTask,
  GRADE_THRESHOLDS,
  type IndicatorSet,
  OBJECT_TO_ASSIGNMENT,
  quarter,
  REGULATION_08_QC_TW,
  Regulation,
  type RegulationChanges,
  scoreUnits,
  simulate,
  TIME_RULE_IDS,
  TIME_RULES,
  updateSchedule,
} from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// Art. 18.4 — khoản 4 Điều 18: every Party committee directly under the Central Committee, every central
// Party body and every provincial committee issues its own regulation on this one's model. The package keeps
// a regulation as data: REGULATION_08_QC_TW is the built-in profile, defineRegulation derives a local one.

/** The identity every derived profile of these tests names. */
const IDENTITY = Object.freeze({
  id: 'qc-tinh-uy-x-2026',
  name: Object.freeze({ vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' }),
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-03-01',
})

/** A province's own indicator set (Art. 17.1(b)): on-time completion 70, updates 30, no receipt indicator. */
const PROVINCE_INDICATORS: IndicatorSet = {
  id: 'tinh-uy-x',
  label: { vi: 'Bộ chỉ số của Tỉnh ủy X', en: 'Indicator set of Province X' },
  official: false,
  indicators: [
    { id: 'on-time-completion', weight: 70, measure: 'on-time-completion' },
    { id: 'update-compliance', weight: 30, measure: 'update-compliance' },
  ],
}

/** The contract example of issue 15: 8-hour acknowledgement, 5 working days, monthly reports by the 20th. */
function provinceChanges(): RegulationChanges {
  return {
    ...IDENTITY,
    rules: { 'acknowledge-receipt': { within: { workingHours: 8 } } },
    thresholds: { workingDaysLeft: 5 },
    schedule: { cadence: 'monthly', dueDayOfMonth: 20 },
    readings: { inProgressLate: 'behind-update-schedule' },
    indicators: PROVINCE_INDICATORS,
  }
}

const province = defineRegulation(REGULATION_08_QC_TW, provinceChanges())

/** Every object reachable from `value` is frozen (functions aside: a custom measure is the caller's). */
function unfrozenPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path.join('.') || '(root)']
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozenPaths(inner, [...path, key]))]
}

const EXPECTED_REPORTS = {
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
}

describe('Art. 18.4 — khoản 4 Điều 18: REGULATION_08_QC_TW, the built-in profile', () => {
  it('parses with the Regulation schema, to itself', () => {
    const parsed = z.safeParse(Regulation, REGULATION_08_QC_TW)
    expect(parsed.success).toBe(true)
    expect(parsed.data).toEqual(REGULATION_08_QC_TW)
  })

  it("has the constants of Art. 6 as its rules: REGULATION_08_QC_TW.rules['acknowledge-receipt'] === ACKNOWLEDGE_RECEIPT", () => {
    expect(REGULATION_08_QC_TW.rules['acknowledge-receipt']).toBe(ACKNOWLEDGE_RECEIPT)
    expect(REGULATION_08_QC_TW.rules['classify-and-dispatch']).toBe(CLASSIFY_AND_DISPATCH)
    expect(REGULATION_08_QC_TW.rules['confirm-feedback']).toBe(CONFIRM_FEEDBACK)
    expect(REGULATION_08_QC_TW.rules['object-to-assignment']).toBe(OBJECT_TO_ASSIGNMENT)
    expect(REGULATION_08_QC_TW.rules['evaluate-update']).toBe(EVALUATE_UPDATE)
    expect(TIME_RULE_IDS.map((id) => REGULATION_08_QC_TW.rules[id])).toEqual([...TIME_RULES])
    expect(Object.keys(REGULATION_08_QC_TW.rules)).toEqual([...TIME_RULE_IDS])
  })

  it('names itself 08-QC/TW, issued by the Secretariat on 5 November 2025', () => {
    expect(REGULATION_08_QC_TW.id).toBe('08-qc-tw')
    expect(REGULATION_08_QC_TW.name).toEqual({
      vi: 'Quy chế số 08-QC/TW ngày 05/11/2025 của Ban Bí thư',
      en: 'Regulation 08-QC/TW of the Secretariat, 5 November 2025',
    })
    expect(REGULATION_08_QC_TW.issuedBy).toBe('Quy chế số 08-QC/TW ngày 05/11/2025 của Ban Bí thư')
    expect(REGULATION_08_QC_TW.effectiveFrom).toBe('2025-11-05')
  })

  it('holds the limits of Art. 6.2(a): 4 working hours to acknowledge, 8 to object; 6.1: 3 and 1 working days; 6.3: 3', () => {
    expect(TIME_RULE_IDS.map((id) => [id, REGULATION_08_QC_TW.rules[id].within])).toEqual([
      ['classify-and-dispatch', { workingDays: 3 }],
      ['confirm-feedback', { workingDays: 1 }],
      ['acknowledge-receipt', { workingHours: 4 }],
      ['object-to-assignment', { workingHours: 8 }],
      ['evaluate-update', { workingDays: 3 }],
    ])
  })

  it('holds the classes of Art. 6.2(b): bounds of 1, 3, 6 months, checkpoints ½ and ¾, final updates within 3, 3, 5 working days', () => {
    expect(REGULATION_08_QC_TW.durations).toEqual({
      classMonths: [1, 3, 6],
      checkpoints: [[], [0.5], [0.5, 0.75]],
      finalGraceDays: [3, 3, 5],
    })
  })

  it('holds the default of every reading of the register (B1–B19)', () => {
    expect(REGULATION_08_QC_TW.schedule).toEqual({
      start: 'transfer',
      checkpoints: 'calendar-time',
      interimGraceDays: 3,
      finalEnd: 'completion-or-deadline',
      cadence: 'monthly',
      periodicEnd: 'task-end',
      firstPeriodicGraceDays: 3,
      dayEnd: 'midnight',
      dateDeadlines: 'as-written',
    })
    expect(REGULATION_08_QC_TW.thresholds).toEqual({ workingDaysLeft: 3, elapsedShare: 0.75 })
    expect(REGULATION_08_QC_TW.readings).toEqual({
      boundary: 'stay',
      inProgressLate: 'after-deadline',
      dueDay: 'last-working-day',
      nonWorkingDates: 'keep',
      halfYearAndAnnual: 'day-before',
      objectionFrom: 'transfer',
      lowResultIn: 'two-consecutive-periods',
      sequence: 'same-kind',
    })
  })

  it('holds the report days of Art. 16.2 (before the 25th; 25 June, 20 December) and 15.1 (on the 20th; 20 June, 15 December)', () => {
    expect(REGULATION_08_QC_TW.reports).toEqual(EXPECTED_REPORTS)
  })

  it('scores with the default indicator set and the grades of Art. 17.1(c): 90, 70, 50', () => {
    expect(REGULATION_08_QC_TW.indicators).toBe(DEFAULT_INDICATORS)
    expect(REGULATION_08_QC_TW.grades).toEqual({ excellent: 90, completed: 70, 'incompletely-completed': 50 })
    expect(REGULATION_08_QC_TW.grades).toEqual(GRADE_THRESHOLDS)
  })

  it('is deeply frozen', () => {
    expect(unfrozenPaths(REGULATION_08_QC_TW)).toEqual([])
  })

  it('serialises to JSON with exactly its twelve parts', () => {
    expect(Object.keys(JSON.parse(JSON.stringify(REGULATION_08_QC_TW)))).toEqual([
      'id',
      'name',
      'issuedBy',
      'effectiveFrom',
      'rules',
      'durations',
      'schedule',
      'thresholds',
      'readings',
      'reports',
      'indicators',
      'grades',
    ])
  })
})

describe('Art. 18.4 — khoản 4 Điều 18: defineRegulation, the contract example of a provincial regulation', () => {
  it('names the profile as the changes name it', () => {
    expect(province.id).toBe('qc-tinh-uy-x-2026')
    expect(province.name).toEqual({ vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' })
    expect(province.issuedBy).toBe('Quy chế số 01-QC/TU')
    expect(province.effectiveFrom).toBe('2026-03-01')
  })

  it("changes the acknowledgement's limit to 8 working hours: its id and article kept, its words saying the new limit, its citation naming the profile", () => {
    expect(province.rules['acknowledge-receipt']).toEqual({
      id: 'acknowledge-receipt',
      citation: {
        article: 6,
        clause: 2,
        point: 'a',
        vi: 'điểm a khoản 2 Điều 6',
        en: 'Art. 6.2(a)',
        regulation: 'qc-tinh-uy-x-2026',
      },
      within: { workingHours: 8 },
      description: {
        vi: 'cơ quan nhận nhiệm vụ xác nhận tiếp nhận trong 8 giờ làm việc kể từ khi nhiệm vụ được chuyển đến',
        en: 'the assignee confirms receipt within 8 working hours of the transfer',
      },
    })
  })

  it('keeps every other rule of Art. 6 as the base has it, but for the citation, which names the profile', () => {
    for (const rule of [CLASSIFY_AND_DISPATCH, CONFIRM_FEEDBACK, OBJECT_TO_ASSIGNMENT, EVALUATE_UPDATE]) {
      expect(province.rules[rule.id]).toEqual({ ...rule, citation: { ...rule.citation, regulation: 'qc-tinh-uy-x-2026' } })
    }
  })

  it('keeps words a change gives for a new limit, and a limit changed back to the base words says the base limit', () => {
    const worded = defineRegulation(REGULATION_08_QC_TW, {
      ...IDENTITY,
      rules: {
        'evaluate-update': { within: { workingDays: 5 }, description: { vi: 'đánh giá trong 5 ngày', en: 'evaluate in 5 days' } },
      },
    })
    expect(worded.rules['evaluate-update'].description).toEqual({ vi: 'đánh giá trong 5 ngày', en: 'evaluate in 5 days' })
    const half = defineRegulation(REGULATION_08_QC_TW, {
      ...IDENTITY,
      rules: { 'confirm-feedback': { within: { workingHours: 0.5 } } },
    })
    expect(half.rules['confirm-feedback'].description).toEqual({
      vi: 'Văn phòng Trung ương Đảng xác nhận, cập nhật tình trạng xử lý phản hồi trong 0,5 giờ làm việc kể từ khi tiếp nhận',
      en: 'the Central Party Office confirms how feedback was handled within 0.5 working hours of receiving it',
    })
    const back = defineRegulation(province, { ...IDENTITY, rules: { 'acknowledge-receipt': { within: { workingHours: 4 } } } })
    expect(back.rules['acknowledge-receipt'].description).toEqual(ACKNOWLEDGE_RECEIPT.description)
  })

  it('refuses a rule whose id is not its key: invalid_input at the id', () => {
    expect(() =>
      defineRegulation(REGULATION_08_QC_TW, {
        ...IDENTITY,
        rules: { 'acknowledge-receipt': { id: 'object-to-assignment' as 'acknowledge-receipt' } },
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['changes', 'rules', 'acknowledge-receipt', 'id'] }))
  })

  it('merges the thresholds: 5 working days, the base elapsed share 0.75', () => {
    expect(province.thresholds).toEqual({ workingDaysLeft: 5, elapsedShare: 0.75 })
  })

  it('merges the schedule: monthly by the 20th, every other choice the base one', () => {
    expect(province.schedule).toEqual({
      start: 'transfer',
      checkpoints: 'calendar-time',
      interimGraceDays: 3,
      finalEnd: 'completion-or-deadline',
      cadence: 'monthly',
      dueDayOfMonth: 20,
      periodicEnd: 'task-end',
      firstPeriodicGraceDays: 3,
      dayEnd: 'midnight',
      dateDeadlines: 'as-written',
    })
  })

  it("merges the readings: B8 'behind-update-schedule', every other reading the base one", () => {
    expect(province.readings).toEqual({
      boundary: 'stay',
      inProgressLate: 'behind-update-schedule',
      dueDay: 'last-working-day',
      nonWorkingDates: 'keep',
      halfYearAndAnnual: 'day-before',
      objectionFrom: 'transfer',
      lowResultIn: 'two-consecutive-periods',
      sequence: 'same-kind',
    })
  })

  it('takes its own indicator set, and keeps the durations, report days and grades of the base', () => {
    expect(province.indicators).toEqual(PROVINCE_INDICATORS)
    expect(province.durations).toEqual({
      classMonths: [1, 3, 6],
      checkpoints: [[], [0.5], [0.5, 0.75]],
      finalGraceDays: [3, 3, 5],
    })
    expect(province.reports).toEqual(EXPECTED_REPORTS)
    expect(province.grades).toEqual({ excellent: 90, completed: 70, 'incompletely-completed': 50 })
  })

  it('parses with the Regulation schema', () => {
    expect(z.safeParse(Regulation, province).success).toBe(true)
  })

  it('is deeply frozen', () => {
    expect(unfrozenPaths(province)).toEqual([])
  })

  it("changes neither the base nor the caller's changes", () => {
    const changes = provinceChanges()
    const before = JSON.stringify(changes)
    defineRegulation(REGULATION_08_QC_TW, changes)
    expect(JSON.stringify(changes)).toBe(before)
    expect(Object.isFrozen(changes)).toBe(false)
    expect(Object.isFrozen(changes.thresholds)).toBe(false)
    expect(REGULATION_08_QC_TW.rules['acknowledge-receipt'].within).toEqual({ workingHours: 4 })
    expect(REGULATION_08_QC_TW.thresholds).toEqual({ workingDaysLeft: 3, elapsedShare: 0.75 })
  })

  it('is read back from its JSON: defineRegulation(REGULATION_08_QC_TW, JSON.parse(JSON.stringify(profile))) equals it', () => {
    const json = JSON.parse(JSON.stringify(province)) as RegulationChanges
    expect(defineRegulation(REGULATION_08_QC_TW, json)).toEqual(province)
  })

  it('derives from a derived profile: what the second changes do not name stays the first one’s', () => {
    const county = defineRegulation(province, { ...IDENTITY, id: 'qc-huyen-uy-y-2026', thresholds: { elapsedShare: 0.5 } })
    expect(county.id).toBe('qc-huyen-uy-y-2026')
    expect(county.thresholds).toEqual({ workingDaysLeft: 5, elapsedShare: 0.5 })
    expect(county.rules['acknowledge-receipt'].within).toEqual({ workingHours: 8 })
    expect(county.schedule.dueDayOfMonth).toBe(20)
    expect(county.indicators).toEqual(PROVINCE_INDICATORS)
  })

  it("counts the 8 hours: deadline(province.rules['acknowledge-receipt'], Fri 13/2/2026 15:00) is Mon 23/2 15:00, after Tết", () => {
    // 15:00–17:00 on Friday 13 February (2 h), the Tết days off of 14–22 February 2026, then 08:00–12:00 and
    // 13:00–15:00 on Monday 23 February (6 h). The built-in 4 hours end at 10:00 that Monday.
    expect(deadline(province.rules['acknowledge-receipt'], '2026-02-13T15:00').due.toISO()).toBe('2026-02-23T15:00:00.000+07:00')
    expect(deadline(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00').due.toISO()).toBe('2026-02-23T10:00:00.000+07:00')
  })

  it('cites the profile: a deadline computed under it carries regulation: province.id, the rule keeps its article', () => {
    const expected = {
      article: 6,
      clause: 2,
      point: 'a',
      vi: 'điểm a khoản 2 Điều 6',
      en: 'Art. 6.2(a)',
      regulation: 'qc-tinh-uy-x-2026',
    }
    const result = deadline(province.rules['acknowledge-receipt'], '2026-02-13T15:00', { regulation: province })
    expect(result.citation).toEqual(expected)
    expect(result.rule.citation).toEqual(expected)
    // The profile's rule names its profile without the option too; a constant of 08-QC/TW cites the call's profile.
    expect(deadline(province.rules['acknowledge-receipt'], '2026-02-13T15:00').citation).toEqual(expected)
    expect(deadline(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00').citation).toEqual(ACKNOWLEDGE_RECEIPT.citation)
  })

  it('schedules the periodic updates of Art. 6.2(b)(4) by the 20th of each month, moved to the next working day', () => {
    // A task of the last class (deadline 31/12/2026, 10 months after the transfer): monthly periods end on
    // the 20th. 20 March 2026 is a Friday, 20 April a Monday, 20 May a Wednesday; 20 June is a Saturday, so
    // its update is due by the end of Monday 22 June (Civil Code 2015, Art. 148(5)).
    const task = { id: 't', transferredAt: '2026-03-02T08:00', deadline: '2026-12-31' }
    const schedule = updateSchedule(task, { regulation: province, asOf: '2026-06-01T09:00' })
    expect(schedule.durationClass).toBe('6-months-or-more')
    expect(schedule.updates.slice(0, 4).map((update) => [update.kind, update.from.toISO(), update.dueBy.toISO()])).toEqual([
      ['periodic', '2026-03-02T08:00:00.000+07:00', '2026-03-20T23:59:59.999+07:00'],
      ['periodic', '2026-03-21T00:00:00.000+07:00', '2026-04-20T23:59:59.999+07:00'],
      ['periodic', '2026-04-21T00:00:00.000+07:00', '2026-05-20T23:59:59.999+07:00'],
      ['periodic', '2026-05-21T00:00:00.000+07:00', '2026-06-22T23:59:59.999+07:00'],
    ])
  })

  it('reads B8 as the profile does: a missed update makes the task in progress late before its deadline', () => {
    const task = {
      id: 't',
      transferredAt: '2026-03-02T08:00',
      deadline: '2026-12-31',
      events: [{ type: 'started' as const, at: '2026-03-03T09:00' }],
    }
    expect(evaluateTask(task, { regulation: province, asOf: '2026-05-01T09:00' }).status.status).toBe('in-progress-late')
    expect(evaluateTask(task, { asOf: '2026-05-01T09:00' }).status.status).toBe('in-progress-on-time')
  })

  it("scores with the profile's own set: one indicator per weight of PROVINCE_INDICATORS, the unit cited under the profile", () => {
    const units = [
      {
        unit: 'Ban A',
        tasks: [
          {
            id: 't',
            transferredAt: '2026-01-05T08:00',
            deadline: '2026-02-27',
            events: [
              { type: 'acknowledged' as const, at: '2026-01-05T09:00' },
              { type: 'completed' as const, at: '2026-02-20T10:00' },
            ],
          },
        ],
      },
    ]
    const [result] = scoreUnits(units, quarter(2026, 1), { regulation: province })
    expect(result?.indicatorSet).toEqual({ id: 'tinh-uy-x', official: false })
    expect(result?.indicators.map((indicator) => [indicator.id, indicator.weight])).toEqual([
      ['on-time-completion', 70],
      ['update-compliance', 30],
    ])
    expect(result?.citation.regulation).toBe('qc-tinh-uy-x-2026')
  })
})

describe('Art. 18.4 — khoản 4 Điều 18: defineRegulation refuses what is not a regulation (invalid_input at its path)', () => {
  const define = (changes: unknown) => () => defineRegulation(REGULATION_08_QC_TW, changes as RegulationChanges)

  it('an unknown rule id, at changes.rules.<id>', () => {
    expect(failureOf(define({ ...IDENTITY, rules: { 'acknowledge-reciept': { within: { workingHours: 8 } } } }))).toEqual({
      code: 'invalid_input',
      path: ['changes', 'rules', 'acknowledge-reciept'],
      vi: 'Dữ liệu đầu vào không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
      en: 'Invalid input: this field is not defined (see the error path)',
    })
  })

  it('an unknown key of a rule, at changes.rules.<id>.<key>: only within and description change', () => {
    const failure = failureOf(
      define({ ...IDENTITY, rules: { 'acknowledge-receipt': { within: { workingHours: 8 }, hours: 8 } } }),
    )
    expect([failure.code, failure.path]).toEqual(['invalid_input', ['changes', 'rules', 'acknowledge-receipt', 'hours']])
  })

  it('an unknown key at the top, at changes.<key>', () => {
    const failure = failureOf(define({ ...IDENTITY, treshold: { workingDaysLeft: 5 } }))
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['changes', 'treshold'],
      'Invalid input: this field is not defined (see the error path)',
    ])
  })

  it('an unknown key of the schedule, at changes.schedule.<key>', () => {
    const failure = failureOf(define({ ...IDENTITY, schedule: { cadense: 'monthly' } }))
    expect([failure.code, failure.path]).toEqual(['invalid_input', ['changes', 'schedule', 'cadense']])
  })

  it('an unknown reading, at changes.readings.<key>', () => {
    const failure = failureOf(define({ ...IDENTITY, readings: { inProgresLate: 'behind-update-schedule' } }))
    expect([failure.code, failure.path]).toEqual(['invalid_input', ['changes', 'readings', 'inProgresLate']])
  })

  it('an unknown key of the thresholds, the durations or a report list, at its path', () => {
    const paths = [
      { ...IDENTITY, thresholds: { workingDaysLeft: 5, elapsed: 0.5 } },
      { ...IDENTITY, durations: { classMonth: [1, 3, 6] } },
      { ...IDENTITY, reports: { office: { montly: { day: 25, before: true } } } },
      { ...IDENTITY, reports: { agencies: {} } },
      { ...IDENTITY, grades: { good: 80 } },
    ].map((changes) => failureOf(define(changes)).path)
    expect(paths).toEqual([
      ['changes', 'thresholds', 'elapsed'],
      ['changes', 'durations', 'classMonth'],
      ['changes', 'reports', 'office', 'montly'],
      ['changes', 'reports', 'agencies'],
      ['changes', 'grades', 'good'],
    ])
  })

  it('a reading that is not one of the register, at changes.readings.<key>, naming the readings', () => {
    expect(failureOf(define({ ...IDENTITY, readings: { inProgressLate: 'whenever' } }))).toEqual({
      code: 'invalid_input',
      path: ['changes', 'readings', 'inProgressLate'],
      vi: 'Dữ liệu đầu vào không hợp lệ: phải là một trong: "after-deadline", "behind-update-schedule"',
      en: 'Invalid input: must be one of: "after-deadline", "behind-update-schedule"',
    })
  })

  it('a cadence that is not monthly, quarterly or yearly, at changes.schedule.cadence', () => {
    const failure = failureOf(define({ ...IDENTITY, schedule: { cadence: 'weekly' } }))
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['changes', 'schedule', 'cadence'],
      'Invalid input: must be one of: "monthly", "quarterly", "yearly"',
    ])
  })

  it('the reserved id 08-qc-tw, at changes.id', () => {
    expect(failureOf(define({ ...IDENTITY, id: '08-qc-tw' }))).toEqual({
      code: 'invalid_input',
      path: ['changes', 'id'],
      vi: 'Dữ liệu đầu vào không hợp lệ: mã này là của Quy chế 08-QC/TW; quy chế riêng phải có mã riêng',
      en: 'Invalid input: this id is Regulation 08-QC/TW’s own; a derived regulation needs an id of its own',
    })
  })

  it('an id with capitals, at changes.id', () => {
    expect(failureOf(define({ ...IDENTITY, id: 'QC-Tinh-Uy-X' }))).toEqual({
      code: 'invalid_input',
      path: ['changes', 'id'],
      vi: 'Dữ liệu đầu vào không hợp lệ: mã quy chế chỉ gồm chữ thường, chữ số, dấu chấm và dấu gạch ngang',
      en: 'Invalid input: a regulation id is lower-case letters, digits, dots and hyphens',
    })
  })

  it('an empty id, or one with a space or a slash, at changes.id', () => {
    for (const id of ['', 'qc tinh', 'qc/tu', '-qc', '.qc']) {
      expect(failureOf(define({ ...IDENTITY, id })).path).toEqual(['changes', 'id'])
    }
  })

  it('a change without its identity, at changes.<field>', () => {
    const { issuedBy: _, ...withoutIssuer } = IDENTITY
    expect(failureOf(define(withoutIssuer)).path).toEqual(['changes', 'issuedBy'])
    expect(failureOf(define({ ...IDENTITY, effectiveFrom: '2026-02-30' })).path).toEqual(['changes', 'effectiveFrom'])
    expect(failureOf(define(undefined))).toEqual({
      code: 'invalid_input',
      path: ['changes'],
      vi: 'Dữ liệu đầu vào không hợp lệ: thiếu hoặc không phải đối tượng',
      en: 'Invalid input: missing, or not an object',
    })
  })

  it('class months that do not rise, at changes.durations.classMonths', () => {
    expect(failureOf(define({ ...IDENTITY, durations: { classMonths: [1, 6, 3] } }))).toEqual({
      code: 'invalid_input',
      path: ['changes', 'durations', 'classMonths'],
      vi: 'Dữ liệu đầu vào không hợp lệ: các mốc tháng của nhóm thời hạn phải tăng dần',
      en: 'Invalid input: the month bounds of the duration classes must rise',
    })
    expect(failureOf(define({ ...IDENTITY, durations: { classMonths: [3, 3, 6] } })).path).toEqual([
      'changes',
      'durations',
      'classMonths',
    ])
  })

  it('checkpoints that do not rise, at changes.durations.checkpoints', () => {
    const failure = failureOf(define({ ...IDENTITY, durations: { checkpoints: [[], [0.5], [0.75, 0.5]] } }))
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['changes', 'durations', 'checkpoints'],
      'Invalid input: the interim checkpoints of each class must rise',
    ])
  })

  it('grades that do not fall, at changes.grades: a completed threshold above the excellent one', () => {
    expect(failureOf(define({ ...IDENTITY, grades: { completed: 95 } }))).toEqual({
      code: 'invalid_input',
      path: ['changes', 'grades'],
      vi: 'Dữ liệu đầu vào không hợp lệ: ngưỡng điểm của các mức xếp loại phải giảm dần từ hoàn thành xuất sắc',
      en: 'Invalid input: the grade thresholds must fall from excellent down',
    })
    expect(failureOf(define({ ...IDENTITY, grades: { 'incompletely-completed': 70 } })).path).toEqual(['changes', 'grades'])
  })

  it('an indicator set whose weights do not sum to 100, at changes.indicators.indicators', () => {
    const failure = failureOf(
      define({ ...IDENTITY, indicators: { ...PROVINCE_INDICATORS, indicators: [PROVINCE_INDICATORS.indicators[0]] } }),
    )
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['changes', 'indicators', 'indicators'],
      'Invalid input: the weights of an indicator set must sum to 100',
    ])
  })

  it('a time limit of no working hours, at changes.rules.<id>.within.workingHours', () => {
    const failure = failureOf(define({ ...IDENTITY, rules: { 'acknowledge-receipt': { within: { workingHours: 0 } } } }))
    expect([failure.code, failure.path]).toEqual([
      'invalid_input',
      ['changes', 'rules', 'acknowledge-receipt', 'within', 'workingHours'],
    ])
  })

  it('a base that is not a profile, at base: a copy of the built-in one, its JSON, or nothing', () => {
    const expected = {
      code: 'invalid_input',
      path: ['base'],
      vi: 'Dữ liệu đầu vào không hợp lệ: phải là một quy chế do defineRegulation trả về, hoặc REGULATION_08_QC_TW (một tệp JSON được đọc lại qua defineRegulation)',
      en: 'Invalid input: must be a regulation profile returned by defineRegulation, or REGULATION_08_QC_TW (a JSON file is read back through defineRegulation)',
    }
    for (const base of [{ ...REGULATION_08_QC_TW }, JSON.parse(JSON.stringify(REGULATION_08_QC_TW)), undefined, null]) {
      expect(failureOf(() => defineRegulation(base as Regulation, provinceChanges()))).toEqual(expected)
    }
  })

  it('reads the base before the changes: a bad base and bad changes give the base error', () => {
    expect(failureOf(() => defineRegulation({} as Regulation, { treshold: 1 } as unknown as RegulationChanges)).path).toEqual([
      'base',
    ])
  })
})

describe("Art. 18.4 — khoản 4 Điều 18: a rule takes only a profile as its regulation (invalid_input at ['options', 'regulation'])", () => {
  const task = { id: 't', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' }
  const plain = { ...REGULATION_08_QC_TW }
  const json = JSON.parse(JSON.stringify(province)) as Regulation
  const expected = {
    code: 'invalid_input',
    path: ['options', 'regulation'],
    vi: 'Dữ liệu đầu vào không hợp lệ: phải là một quy chế do defineRegulation trả về, hoặc REGULATION_08_QC_TW (một tệp JSON được đọc lại qua defineRegulation)',
    en: 'Invalid input: must be a regulation profile returned by defineRegulation, or REGULATION_08_QC_TW (a JSON file is read back through defineRegulation)',
  }

  it('classifyCompletion: a plain copy of the built-in profile, or a profile read from JSON without defineRegulation', () => {
    for (const regulation of [plain, json]) {
      expect(failureOf(() => classifyCompletion(task, { asOf: '2025-07-01T09:00', regulation }))).toEqual(expected)
    }
  })

  it('evaluateTask, deadline and scoreUnits: the same error at the same path', () => {
    expect(failureOf(() => evaluateTask(task, { asOf: '2025-07-01T09:00', regulation: plain }))).toEqual(expected)
    expect(failureOf(() => deadline(ACKNOWLEDGE_RECEIPT, '2025-05-19T09:00', { regulation: plain }))).toEqual(expected)
    expect(failureOf(() => scoreUnits([{ unit: 'Ban A', tasks: [task] }], quarter(2025, 2), { regulation: plain }))).toEqual(
      expected,
    )
  })
})

describe("Art. 6.2(b) — điểm b khoản 2 Điều 6, B3: a profile that counts the period from the issue needs the task's issuedAt", () => {
  const fromIssue = defineRegulation(REGULATION_08_QC_TW, { ...IDENTITY, id: 'qc-from-issue', schedule: { start: 'issue' } })
  const issued = { id: 'issued', transferredAt: '2025-05-19T09:00', issuedAt: '2025-05-16T16:00', deadline: '2025-06-30' }
  const notIssued = { id: 'not-issued', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' }
  const detail = {
    vi: 'Dữ liệu đầu vào không hợp lệ: tính thời gian thực hiện từ ngày ban hành (start: issue) cần thời điểm ban hành văn bản (issuedAt)',
    en: 'Invalid input: counting the implementation period from the issue (start: issue) needs the document’s issue instant (issuedAt)',
  }

  it('evaluateTask: invalid_input at task.issuedAt', () => {
    expect(failureOf(() => evaluateTask(notIssued, { asOf: '2025-06-02T09:00', regulation: fromIssue }))).toEqual({
      code: 'invalid_input',
      path: ['task', 'issuedAt'],
      ...detail,
    })
  })

  it('scoreUnits: invalid_input at the task in its unit, units.0.tasks.1.issuedAt, as a bad transfer there is', () => {
    const units = [{ unit: 'Ban A', tasks: [issued, notIssued] }]
    expect(failureOf(() => scoreUnits(units, quarter(2025, 2), { regulation: fromIssue }))).toEqual({
      code: 'invalid_input',
      path: ['units', 0, 'tasks', 1, 'issuedAt'],
      ...detail,
    })
  })

  it('simulate: invalid_input at the task in the list, tasks.1.issuedAt, as a bad transfer there is', () => {
    expect(
      failureOf(() => simulate([issued, notIssued], { from: '2025-05-19', to: '2025-05-30', regulation: fromIssue })),
    ).toEqual({
      code: 'invalid_input',
      path: ['tasks', 1, 'issuedAt'],
      ...detail,
    })
  })
})
