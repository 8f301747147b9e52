// Issue 15, "one options schema per function": a misspelt or unknown option key is `invalid_input` naming the
// key, everywhere, as the published JSON Schemas say; and options are read before the data, so that a
// programmer error never depends on the data. The table below holds every public function of
// `vn-task-sla` that takes an options object, with a minimal valid call; the guard at the end fails when
// an exported function is in neither the table nor the list of functions that take no options.
import { describe, expect, it } from 'vitest'
import * as core from '../../src/core-entry/index.js'
import * as api from '../../src/index.js'
import { failureOf } from '../support/caught.js'

type Entry = typeof api
type Options = Record<string, unknown>

const TRANSFER = '2025-05-19T09:00'
const AS_OF = '2025-07-01T09:00'
/** Monday 19 May 2025, 09:00 in Asia/Ho_Chi_Minh, epoch ms. */
const TRANSFER_MS = Date.UTC(2025, 4, 19, 2)
const TASK = { id: 'kl155-1', transferredAt: TRANSFER, deadline: '2025-06-30' }
/** A task with an empty id: invalid data (Art. 4.1). */
const BAD_TASK = { id: '', transferredAt: TRANSFER, deadline: '2025-06-30' }
const DOCUMENT = {
  secrecy: 'normal',
  title: 'Kết luận của Bộ Chính trị, Ban Bí thư',
  number: '155',
  symbol: 'KL/TW',
  issuedOn: '2025-05-16',
  signer: 'T.M. Bộ Chính trị',
  submittingAgency: 'Văn phòng Trung ương Đảng',
  assignees: ['Ban Tổ chức Trung ương'],
  monitoringAgencies: ['Văn phòng Trung ương Đảng'],
  tasks: [{ ...TASK, content: 'Hoàn thành các dự thảo văn bản' }],
} as const
const BAD_DOCUMENT = { ...DOCUMENT, tasks: [{ ...BAD_TASK, content: 'Hoàn thành các dự thảo văn bản' }] }
const IDENTITY = {
  id: 'qc-tinh-uy-x-2026',
  name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-03-01',
}

const vietnam = api.vietnamCalendar()
/** A calendar of the generic engine: Monday to Friday, 08:00–12:00 and 13:00–17:00, in Vietnam. */
const generic = api.workingCalendar({
  zone: 'Asia/Ho_Chi_Minh',
  week: Object.fromEntries(
    (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => [
      day,
      [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
    ]),
  ),
  range: { from: '2024-01-01', to: '2027-12-31' },
})

/** One public function that takes options: a minimal valid call with `options` laid over its own. */
type Row = {
  /** The call as a reader writes it. */
  readonly name: string
  /** The export of `src/index.ts` the row covers (a calendar method covers the function that builds the calendar). */
  readonly covers: keyof Entry
  /** The call, on an entry, with these options; the options it needs besides are its own. */
  readonly call: (entry: Entry, options: Options) => unknown
  /** The same call with invalid data and these options; absent when the function takes no data. */
  readonly withBadData?: (entry: Entry, options: Options) => unknown
  /** Where an unknown key is reported; default `['options', key]`. */
  readonly path?: (key: string) => readonly (string | number)[]
  /** The code of an unknown key; default `'invalid_input'`. */
  readonly code?: string
  /** Whether the call counts working time, and so needs `calendar` in `vn-task-sla/core`. */
  readonly calendar: boolean
}

const R = api.REGULATION_08_QC_TW

const ROWS: readonly Row[] = [
  {
    name: 'classifyCompletion(task, { asOf })',
    covers: 'classifyCompletion',
    calendar: true,
    call: (m, o) => m.classifyCompletion(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.classifyCompletion(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'updateSchedule(task, {})',
    covers: 'updateSchedule',
    calendar: true,
    call: (m, o) => m.updateSchedule(TASK, { ...o }),
    withBadData: (m, o) => m.updateSchedule(BAD_TASK, { ...o }),
  },
  {
    name: 'updateCompliance(task, { asOf })',
    covers: 'updateCompliance',
    calendar: true,
    call: (m, o) => m.updateCompliance(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.updateCompliance(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'alertLevel(task, { asOf })',
    covers: 'alertLevel',
    calendar: true,
    call: (m, o) => m.alertLevel(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.alertLevel(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'auditFlags(task, { asOf })',
    covers: 'auditFlags',
    calendar: true,
    call: (m, o) => m.auditFlags(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.auditFlags(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'dutiesOf(task, { asOf })',
    covers: 'dutiesOf',
    calendar: true,
    call: (m, o) => m.dutiesOf(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.dutiesOf(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'nextChange(task, { asOf })',
    covers: 'nextChange',
    calendar: true,
    call: (m, o) => m.nextChange(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.nextChange(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'nextChangeMillis(task, { asOf })',
    covers: 'nextChangeMillis',
    calendar: true,
    call: (m, o) => m.nextChangeMillis(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.nextChangeMillis(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'agenda(tasks, { from, to, asOf })',
    covers: 'agenda',
    calendar: true,
    call: (m, o) => m.agenda([TASK], { from: '2025-06-01', to: '2025-06-30', asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.agenda([BAD_TASK], { from: '2025-06-01', to: '2025-06-30', asOf: AS_OF, ...o }),
  },
  {
    name: 'portfolioSummary(units, { asOf })',
    covers: 'portfolioSummary',
    calendar: true,
    call: (m, o) => m.portfolioSummary([{ unit: 'A', tasks: [TASK] }], { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.portfolioSummary([{ unit: 'A', tasks: [BAD_TASK] }], { asOf: AS_OF, ...o }),
  },
  {
    name: 'dutiesOfMillis(task, { asOf })',
    covers: 'dutiesOfMillis',
    calendar: true,
    call: (m, o) => m.dutiesOfMillis(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.dutiesOfMillis(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'deadline(ACKNOWLEDGE_RECEIPT, from, {})',
    covers: 'deadline',
    calendar: true,
    call: (m, o) => m.deadline(m.ACKNOWLEDGE_RECEIPT, TRANSFER, { ...o }),
    withBadData: (m, o) => m.deadline({} as api.TimeRule, 'not an instant', { ...o }),
  },
  {
    name: 'reportingDeadlines(year, {})',
    covers: 'reportingDeadlines',
    calendar: true,
    call: (m, o) => m.reportingDeadlines(2026, { ...o }),
    withBadData: (m, o) => m.reportingDeadlines(0, { ...o }),
  },
  {
    name: 'assigneeReportDeadlines(year, {})',
    covers: 'assigneeReportDeadlines',
    calendar: true,
    call: (m, o) => m.assigneeReportDeadlines(2026, { ...o }),
    withBadData: (m, o) => m.assigneeReportDeadlines(0, { ...o }),
  },
  {
    name: 'reportCompliance(reports, { year, asOf })',
    covers: 'reportCompliance',
    calendar: true,
    call: (m, o) => m.reportCompliance([], { year: 2026, asOf: AS_OF, ...o }),
    withBadData: (m, o) =>
      m.reportCompliance([{ kind: 'monthly', period: '2026-13', sentAt: AS_OF }], { year: 2026, asOf: AS_OF, ...o }),
  },
  {
    name: 'evaluateTask(task, { asOf })',
    covers: 'evaluateTask',
    calendar: true,
    call: (m, o) => m.evaluateTask(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.evaluateTask(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'evaluateTaskMillis(task, { asOf })',
    covers: 'evaluateTaskMillis',
    calendar: true,
    call: (m, o) => m.evaluateTaskMillis(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.evaluateTaskMillis(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'scoreUnits(units, period, {})',
    covers: 'scoreUnits',
    calendar: true,
    call: (m, o) => m.scoreUnits([{ unit: 'Ban Tổ chức Trung ương', tasks: [TASK] }], m.quarter(2025, 2), { ...o }),
    withBadData: (m, o) => m.scoreUnits([{ unit: 'Ban Tổ chức Trung ương', tasks: [BAD_TASK] }], m.quarter(2025, 2), { ...o }),
  },
  {
    name: 'explanationFlags(history, {})',
    covers: 'explanationFlags',
    calendar: false,
    call: (m, o) => m.explanationFlags([], { ...o }),
    withBadData: (m, o) => m.explanationFlags('not a history' as unknown as [], { ...o }),
  },
  {
    name: 'maskForSystem(document, { asOf })',
    covers: 'maskForSystem',
    calendar: true,
    call: (m, o) => m.maskForSystem(DOCUMENT as unknown as api.AssignmentDocument, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.maskForSystem(BAD_DOCUMENT as unknown as api.AssignmentDocument, { asOf: AS_OF, ...o }),
  },
  {
    name: 'simulate(tasks, { from, to })',
    covers: 'simulate',
    calendar: true,
    call: (m, o) => m.simulate([TASK], { from: '2025-06-23', to: '2025-07-02', ...o }),
    withBadData: (m, o) => m.simulate([BAD_TASK], { from: '2025-06-23', to: '2025-07-02', ...o }),
  },
  {
    name: 'generatePortfolio({ seed, size, from, to })',
    covers: 'generatePortfolio',
    calendar: true,
    call: (m, o) => m.generatePortfolio({ seed: 1, size: 2, from: '2025-05-19', to: '2025-05-30', ...o }),
  },
  {
    name: 'validateTasks(rows, {})',
    covers: 'validateTasks',
    calendar: true,
    call: (m, o) => m.validateTasks([TASK, BAD_TASK], { ...o }),
    // Invalid rows are data, reported as issues; rows that are not a list are the caller's error.
    withBadData: (m, o) => m.validateTasks('not rows' as unknown as [], { ...o }),
  },
  {
    name: 'validateDocuments(documents, {})',
    covers: 'validateDocuments',
    calendar: true,
    call: (m, o) => m.validateDocuments([DOCUMENT, BAD_DOCUMENT], { ...o }),
    withBadData: (m, o) => m.validateDocuments('not documents' as unknown as [], { ...o }),
  },
  {
    name: 'taskResultOf(status, {})',
    covers: 'taskResultOf',
    calendar: false,
    call: (m, o) => m.taskResultOf('completed-late', { ...o }),
    withBadData: (m, o) => m.taskResultOf('late' as api.CompletionStatus, { ...o }),
  },
  {
    name: 'quarter(year, index, {})',
    covers: 'quarter',
    calendar: false,
    call: (m, o) => m.quarter(2026, 1, { ...o }),
    withBadData: (m, o) => m.quarter(1999, 5, { ...o }),
  },
  {
    name: 'halfYear(year, {})',
    covers: 'halfYear',
    calendar: false,
    call: (m, o) => m.halfYear(2026, { ...o }),
    withBadData: (m, o) => m.halfYear(1999, { ...o }),
  },
  {
    name: 'year(year, {})',
    covers: 'year',
    calendar: false,
    call: (m, o) => m.year(2026, { ...o }),
    withBadData: (m, o) => m.year(1999, { ...o }),
  },
  {
    name: 'defineRegulation(REGULATION_08_QC_TW, changes)',
    covers: 'defineRegulation',
    calendar: false,
    call: (m, o) => m.defineRegulation(R, { ...IDENTITY, ...o }),
    path: (key) => ['changes', key],
  },
  {
    name: 'vietnamCalendar({})',
    covers: 'vietnamCalendar',
    calendar: false,
    call: (m, o) => m.vietnamCalendar({ ...o }),
    // The calendar's own convention, documented in docs/errors.md: its definition is refused as invalid_calendar.
    code: 'invalid_calendar',
    path: (key) => [key],
  },
]

/**
 * The options of a calendar's operations (`AddWorkingTimeOptions`, `AddWorkingDaysOptions`, `{ inclusive }`):
 * the same on every calendar, whichever entry built it. The calendar engine is not part of issue 15's
 * redesign ("stays as it is"), so only the unknown key is held here, not the order of reading.
 */
type CalendarRow = {
  readonly name: string
  readonly covers: keyof Entry
  readonly call: (options: Options) => unknown
}

function calendarRows(label: string, covers: keyof Entry, calendar: api.WorkingCalendar, all: boolean): CalendarRow[] {
  const rows: CalendarRow[] = [
    {
      name: `${label}.addWorkingTime(start, duration, {})`,
      covers,
      call: (o) => calendar.addWorkingTime(TRANSFER, { hours: 4 }, { ...o }),
    },
    {
      name: `${label}.addWorkingDays(start, days, {})`,
      covers,
      call: (o) => calendar.addWorkingDays(TRANSFER, 3, { ...o }),
    },
  ]
  if (!all) return rows
  return [
    ...rows,
    {
      name: `${label}.explain.addWorkingTime(start, duration, {})`,
      covers,
      call: (o) => calendar.explain.addWorkingTime(TRANSFER, { hours: 4 }, { ...o }),
    },
    {
      name: `${label}.explain.addWorkingDays(start, days, {})`,
      covers,
      call: (o) => calendar.explain.addWorkingDays(TRANSFER, 3, { ...o }),
    },
    {
      name: `${label}.millis.addWorkingTime(start, duration, {})`,
      covers,
      call: (o) => calendar.millis.addWorkingTime(TRANSFER_MS, 4 * 3_600_000, { ...o }),
    },
    {
      name: `${label}.millis.addWorkingDays(start, days, {})`,
      covers,
      call: (o) => calendar.millis.addWorkingDays(TRANSFER_MS, 3, { ...o }),
    },
    {
      name: `${label}.nextWorkingDay(day, {})`,
      covers,
      call: (o) => calendar.nextWorkingDay('2025-05-17', { ...o }),
    },
    {
      name: `${label}.previousWorkingDay(day, {})`,
      covers,
      call: (o) => calendar.previousWorkingDay('2025-05-17', { ...o }),
    },
  ]
}

/** Every operation of `vietnamCalendar()` that takes options; the generic engine's two named ones. */
const CALENDAR_ROWS: readonly CalendarRow[] = [
  ...calendarRows('vietnamCalendar()', 'vietnamCalendar', vietnam, true),
  ...calendarRows('workingCalendar(definition)', 'workingCalendar', generic, false),
]

/**
 * The exported functions that take no options object, each with its arity (a new parameter changes it and
 * fails the guard) and the reason.
 */
const NO_OPTIONS: Readonly<Record<string, { readonly arity: number; readonly reason: string }>> = {
  VnTaskSlaError: { arity: 2, reason: 'the error class: (code, detail, path), thrown by the package, not a call of a rule' },
  cite: { arity: 4, reason: 'a citation from its article, clause, point and item, all positional' },
  consecutiveNotCompleted: { arity: 1, reason: 'reads a history of scoreUnits results, with no reading to choose' },
  gradeOf: { arity: 1, reason: "a score's grade under 08-QC/TW's thresholds; a profile's grades go through scoreUnits" },
  isCalendarDay: { arity: 1, reason: 'a type guard on one value' },
  isWorkingCalendar: { arity: 1, reason: 'a type guard on one value' },
  isVnTaskSlaError: { arity: 1, reason: 'a type guard on one value' },
  nextPeriod: { arity: 1, reason: 'the period after a period, which carries its own cut-off day' },
}

/** Options as a caller writes them for a row on an entry: the calendar only where `vn-task-sla/core` needs it. */
function optionsFor(row: Row, entry: Entry, extra: Options): Options {
  return entry === (core as unknown as Entry) && row.calendar ? { calendar: vietnam, ...extra } : extra
}

/**
 * The main entry runs every row; `vn-task-sla/core` the operations it binds anew (those that count working
 * time): its other exports are the main entry's own functions (test/core-entry holds them identical).
 */
const ENTRIES = [
  ['vn-task-sla', api as Entry, ROWS],
  ['vn-task-sla/core', core as unknown as Entry, ROWS.filter((row) => row.calendar)],
] as const

for (const [entryName, entry, rows] of ENTRIES) {
  describe(`${entryName}: an unknown option key is refused, naming the key (issue 15: one options schema per function)`, () => {
    it.each(rows.map((row) => [row.name, row] as const))('%s: the minimal call is valid', (_, row) => {
      expect(() => row.call(entry, optionsFor(row, entry, {}))).not.toThrow()
    })

    it.each(rows.map((row) => [row.name, row] as const))(
      "%s: { misspeltOption } is invalid_input at ['options', 'misspeltOption']",
      (_, row) => {
        const failure = failureOf(() => row.call(entry, optionsFor(row, entry, { misspeltOption: true })))
        expect([failure.code, failure.path, failure.en]).toEqual([
          row.code ?? 'invalid_input',
          (row.path ?? ((key: string) => ['options', key]))('misspeltOption'),
          row.code === 'invalid_calendar'
            ? 'Invalid working calendar definition: this field is not defined (see the error path)'
            : 'Invalid input: this field is not defined (see the error path)',
        ])
      },
    )

    const withData = rows.filter((row) => row.withBadData !== undefined)
    it.each(withData.map((row) => [row.name, row] as const))(
      '%s: options are read before the data: an unknown key and invalid data give the options error',
      (_, row) => {
        const failure = failureOf(() => row.withBadData?.(entry, optionsFor(row, entry, { misspeltOption: true })))
        expect([failure.code, failure.path]).toEqual([
          row.code ?? 'invalid_input',
          (row.path ?? ((key: string) => ['options', key]))('misspeltOption'),
        ])
      },
    )
  })
}

describe("a calendar's operations: an unknown option key is invalid_input at ['options', key]", () => {
  it.each(CALENDAR_ROWS.map((row) => [row.name, row] as const))('%s: the minimal call is valid', (_, row) => {
    expect(() => row.call({})).not.toThrow()
  })

  it.each(CALENDAR_ROWS.map((row) => [row.name, row] as const))(
    "%s: { misspeltOption } is invalid_input at ['options', 'misspeltOption']",
    (_, row) => {
      const failure = failureOf(() => row.call({ misspeltOption: true }))
      expect([failure.code, failure.path, failure.en]).toEqual([
        'invalid_input',
        ['options', 'misspeltOption'],
        'Invalid input: this field is not defined (see the error path)',
      ])
    },
  )
})

describe('the options are read the same way whatever the key (issue 15)', () => {
  it('refuses a near miss of every option of evaluateTask, naming it', () => {
    const near = ['asof', 'calender', 'regulations', 'treshold', 'thresholds ', 'inProgresLate', 'cadense', 'dueday', 'untill']
    for (const key of near) {
      expect(failureOf(() => api.evaluateTask(TASK, { asOf: AS_OF, [key]: 1 } as api.EvaluateTaskOptions)).path).toEqual([
        'options',
        key,
      ])
    }
  })

  it('names the first unknown key of several, in the order the caller wrote them', () => {
    const options = { asOf: AS_OF, treshold: 1, cadense: 'monthly' } as api.EvaluateTaskOptions
    expect(failureOf(() => api.evaluateTask(TASK, options)).path).toEqual(['options', 'treshold'])
  })

  it('refuses a key that is an option of another function: classifyCompletion takes no thresholds, alertLevel no cadence', () => {
    expect(
      failureOf(() =>
        api.classifyCompletion(TASK, { asOf: AS_OF, thresholds: { workingDaysLeft: 5 } } as api.ClassifyCompletionOptions),
      ).path,
    ).toEqual(['options', 'thresholds'])
    expect(failureOf(() => api.alertLevel(TASK, { asOf: AS_OF, cadence: 'monthly' } as api.AlertLevelOptions)).path).toEqual([
      'options',
      'cadence',
    ])
  })

  it('refuses an unknown key inside a nested option: thresholds.workingDays is at options.thresholds.workingDays', () => {
    expect(
      failureOf(() => api.alertLevel(TASK, { asOf: AS_OF, thresholds: { workingDays: 5 } } as api.AlertLevelOptions)).path,
    ).toEqual(['options', 'thresholds', 'workingDays'])
    expect(
      failureOf(() =>
        api.generatePortfolio({
          seed: 1,
          size: 1,
          from: '2025-05-19',
          to: '2025-05-30',
          acknowledgement: { probabilty: 0.5 },
        } as api.PortfolioOptions),
      ).path,
    ).toEqual(['options', 'acknowledgement', 'probabilty'])
  })

  it('reads a top-secret document before the options, by design (Art. 5.3): nothing of it is read, not even to refuse a key', () => {
    const failure = failureOf(() =>
      api.maskForSystem(
        { ...DOCUMENT, secrecy: 'top-secret' } as unknown as api.AssignmentDocument,
        {
          asOf: AS_OF,
          misspeltOption: true,
        } as api.MaskForSystemOptions,
      ),
    )
    expect([failure.code, failure.path]).toEqual(['top_secret_refused', ['document', 'secrecy']])
  })
})

describe('the table is complete: every exported function of src/index.ts is in it, or takes no options', () => {
  const functions = Object.entries(api)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
    .sort()

  it('covers every exported function that takes options, and lists every other one with its reason', () => {
    const covered = new Set<string>([...ROWS, ...CALENDAR_ROWS].map((row) => row.covers))
    expect(functions.filter((name) => !covered.has(name) && !(name in NO_OPTIONS))).toEqual([])
  })

  it('lists no function twice, and names only exported functions', () => {
    const covered = new Set<string>([...ROWS, ...CALENDAR_ROWS].map((row) => row.covers))
    expect(Object.keys(NO_OPTIONS).filter((name) => covered.has(name))).toEqual([])
    expect([...covered, ...Object.keys(NO_OPTIONS)].filter((name) => !functions.includes(name))).toEqual([])
  })

  it('keeps the functions without options as they are: a new parameter changes the arity and fails here', () => {
    const arities = Object.fromEntries(
      Object.keys(NO_OPTIONS).map((name) => [
        name,
        (api as unknown as Record<string, (...args: never[]) => unknown>)[name]?.length,
      ]),
    )
    expect(arities).toEqual(Object.fromEntries(Object.entries(NO_OPTIONS).map(([name, { arity }]) => [name, arity])))
  })

  it('has a row for every function whose options type is exported', () => {
    const optionSchemas = Object.keys(api).filter((name) => /Options$/.test(name))
    expect(optionSchemas.sort()).toEqual([
      'AgendaOptions',
      'AlertLevelOptions',
      'AssigneeReportDeadlinesOptions',
      'AuditFlagsOptions',
      'ClassifyCompletionOptions',
      'DeadlineOptions',
      'DutiesOptions',
      'EvaluateTaskOptions',
      'ExplanationFlagsOptions',
      'MaskForSystemOptions',
      'NextChangeOptions',
      'PeriodOptions',
      'PortfolioOptions',
      'PortfolioSummaryOptions',
      'ReportComplianceOptions',
      'ReportingDeadlinesOptions',
      'ScoreUnitsOptions',
      'SimulateOptions',
      'TaskResultOfOptions',
      'UpdateComplianceOptions',
      'UpdateScheduleOptions',
      'ValidateDocumentsOptions',
      'ValidateTasksOptions',
      'VietnamCalendarOptions',
    ])
  })
})
