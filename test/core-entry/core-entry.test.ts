// `vn-task-sla/core`: the same operations as `vn-task-sla`, with no default calendar, so that an application
// with its own calendar bundles no Vietnamese one. Without `calendar`, every operation that counts working
// time is `invalid_input` at options.calendar; with `calendar: vietnamCalendar()`, it gives exactly what the
// main entry gives by default.
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import * as core from '../../src/core-entry/index.js'
import * as api from '../../src/index.js'
import { failureOf } from '../support/caught.js'

type Entry = typeof api
type Options = Record<string, unknown>

const TRANSFER = '2025-05-19T09:00'
const AS_OF = '2025-07-01T09:00'
/** Conclusion 155-KL/TW, §3: drafts "before 1 June 2025" (B14: 31 May), acknowledged and completed late. */
const TASK = {
  id: 'kl155-3-draft',
  transferredAt: TRANSFER,
  deadline: '2025-05-31',
  events: [
    { type: 'acknowledged', at: '2025-05-19T14:30' },
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'progress-updated', at: '2025-05-26T10:00' },
    { type: 'completed', at: '2025-06-03T16:00' },
  ],
} satisfies api.TaskInput
/** §5: the standing units by 30 June 2025, still in progress. */
const OPEN_TASK = {
  id: 'kl155-5-standing-units',
  transferredAt: TRANSFER,
  deadline: '2025-06-30',
  events: [{ type: 'started', at: '2025-05-20T09:00' }],
} satisfies api.TaskInput
const BAD_TASK = { id: '', transferredAt: TRANSFER }
const DOCUMENT = {
  secrecy: 'secret',
  title: 'Kết luận của Bộ Chính trị, Ban Bí thư',
  number: '155',
  symbol: 'KL/TW',
  abstract: 'về …',
  issuedOn: '2025-05-16',
  signer: 'T.M. Bộ Chính trị',
  submittingAgency: 'Văn phòng Trung ương Đảng',
  assignees: ['Ban Tổ chức Trung ương'],
  monitoringAgencies: ['Văn phòng Trung ương Đảng'],
  tasks: [
    { ...TASK, content: 'Hoàn thành các dự thảo văn bản' },
    { ...OPEN_TASK, content: 'Kiện toàn các đơn vị thường trực' },
  ],
} as unknown as api.AssignmentDocument

/** A result compared by value: DateTimes as ISO strings, a timeline as its JSON. */
function plain(value: unknown): unknown {
  if (DateTime.isDateTime(value)) return value.toISO()
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value === 'object' && value !== null) {
    const json = (value as { toJSON?: () => unknown }).toJSON
    if (typeof json === 'function') return plain(json.call(value))
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]))
  }
  return value
}

/** Every operation the core entry binds anew: each counts working time, so each needs a calendar there. */
const OPERATIONS: readonly {
  readonly name: keyof Entry
  readonly call: (entry: Entry, options: Options) => unknown
  readonly withBadData?: (entry: Entry, options: Options) => unknown
}[] = [
  {
    name: 'classifyCompletion',
    call: (m, o) => m.classifyCompletion(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.classifyCompletion(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'updateSchedule',
    call: (m, o) => m.updateSchedule(OPEN_TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.updateSchedule(BAD_TASK, { ...o }),
  },
  {
    name: 'updateCompliance',
    call: (m, o) => m.updateCompliance(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.updateCompliance(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'alertLevel',
    call: (m, o) => m.alertLevel(OPEN_TASK, { asOf: '2025-06-26T09:00', ...o }),
    withBadData: (m, o) => m.alertLevel(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'auditFlags',
    call: (m, o) => m.auditFlags(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.auditFlags(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'dutiesOf',
    call: (m, o) => m.dutiesOf(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.dutiesOf(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'nextChange',
    call: (m, o) => m.nextChange(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.nextChange(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'nextChangeMillis',
    call: (m, o) => m.nextChangeMillis(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.nextChangeMillis(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'agenda',
    call: (m, o) => m.agenda([TASK], { from: '2025-06-01', to: '2025-06-30', asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.agenda([BAD_TASK], { from: '2025-06-01', to: '2025-06-30', asOf: AS_OF, ...o }),
  },
  {
    name: 'portfolioSummary',
    call: (m, o) => m.portfolioSummary([{ unit: 'A', tasks: [TASK] }], { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.portfolioSummary([{ unit: 'A', tasks: [BAD_TASK] }], { asOf: AS_OF, ...o }),
  },
  {
    name: 'dutiesOfMillis',
    call: (m, o) => m.dutiesOfMillis(TASK, { asOf: AS_OF, ...o }),
    withBadData: (m, o) => m.dutiesOfMillis(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'deadline',
    call: (m, o) => m.deadline(m.ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00', { ...o }),
    withBadData: (m, o) => m.deadline({} as api.TimeRule, 'not an instant', { ...o }),
  },
  {
    name: 'reportingDeadlines',
    call: (m, o) => m.reportingDeadlines(2026, { ...o }),
  },
  {
    name: 'assigneeReportDeadlines',
    call: (m, o) => m.assigneeReportDeadlines(2026, { ...o }),
  },
  {
    name: 'reportCompliance',
    call: (m, o) => m.reportCompliance([], { year: 2026, asOf: AS_OF, ...o }),
    withBadData: (m, o) =>
      m.reportCompliance([{ kind: 'annual', period: '2026-H1', sentAt: AS_OF }], { year: 2026, asOf: AS_OF, ...o }),
  },
  {
    name: 'evaluateTask',
    call: (m, o) => m.evaluateTask(OPEN_TASK, { asOf: '2025-06-26T09:00', ...o }),
    withBadData: (m, o) => m.evaluateTask(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'evaluateTaskMillis',
    call: (m, o) => m.evaluateTaskMillis(OPEN_TASK, { asOf: '2025-06-26T09:00', ...o }),
    withBadData: (m, o) => m.evaluateTaskMillis(BAD_TASK, { asOf: AS_OF, ...o }),
  },
  {
    name: 'scoreUnits',
    call: (m, o) => m.scoreUnits([{ unit: 'Ban Tổ chức Trung ương', tasks: [TASK, OPEN_TASK] }], m.quarter(2025, 2), { ...o }),
    withBadData: (m, o) => m.scoreUnits([{ unit: 'Ban Tổ chức Trung ương', tasks: [BAD_TASK] }], m.quarter(2025, 2), { ...o }),
  },
  {
    name: 'maskForSystem',
    call: (m, o) => m.maskForSystem(DOCUMENT, { asOf: AS_OF, ...o }),
  },
  {
    name: 'simulate',
    call: (m, o) => m.simulate([TASK, OPEN_TASK], { from: '2025-06-23', to: '2025-07-02', ...o }),
    withBadData: (m, o) => m.simulate([BAD_TASK], { from: '2025-06-23', to: '2025-07-02', ...o }),
  },
  {
    name: 'generatePortfolio',
    call: (m, o) => m.generatePortfolio({ seed: 155, size: 5, from: '2025-05-19', to: '2025-06-30', ...o }),
  },
  {
    name: 'validateTasks',
    call: (m, o) => m.validateTasks([TASK, OPEN_TASK, BAD_TASK, { ...TASK, deadline: '2025-05-01' }], { ...o }),
    withBadData: (m, o) => m.validateTasks('not rows' as unknown as [], { ...o }),
  },
  {
    name: 'validateDocuments',
    call: (m, o) => m.validateDocuments([DOCUMENT, { ...DOCUMENT, tasks: [BAD_TASK] }], { ...o }),
    withBadData: (m, o) => m.validateDocuments('not documents' as unknown as [], { ...o }),
  },
]

const coreEntry = core as unknown as Entry
const CALENDAR_REQUIRED = {
  code: 'invalid_input',
  path: ['options', 'calendar'],
  vi: 'Dữ liệu đầu vào không hợp lệ: cần một lịch làm việc (calendar): lối vào vn-task-sla/core không có lịch mặc định',
  en: 'Invalid input: a working calendar is required (calendar): the vn-task-sla/core entry binds no default',
}

describe('vn-task-sla/core: no default calendar', () => {
  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    "%s without calendar is invalid_input at ['options', 'calendar'], naming the calendar",
    (_, operation) => {
      expect(failureOf(() => operation.call(coreEntry, {}))).toEqual(CALENDAR_REQUIRED)
    },
  )

  it.each(
    OPERATIONS.filter((operation) => operation.withBadData !== undefined).map(
      (operation) => [operation.name, operation] as const,
    ),
  )('%s reads its options before the data: no calendar and an invalid task give the calendar error', (_, operation) => {
    expect(failureOf(() => operation.withBadData?.(coreEntry, {}))).toEqual(CALENDAR_REQUIRED)
  })

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s reads the whole options first: an unknown key is named before the missing calendar',
    (_, operation) => {
      expect(failureOf(() => operation.call(coreEntry, { misspeltOption: true })).path).toEqual(['options', 'misspeltOption'])
    },
  )

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s refuses a calendar that is not one, at options.calendar',
    (_, operation) => {
      const failure = failureOf(() => operation.call(coreEntry, { calendar: { zone: 'Asia/Ho_Chi_Minh' } }))
      expect([failure.code, failure.path]).toEqual(['invalid_input', ['options', 'calendar']])
    },
  )
})

describe('vn-task-sla/core with calendar: vietnamCalendar() gives exactly what vn-task-sla gives', () => {
  const calendar = api.vietnamCalendar()

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))('%s', (_, operation) => {
    expect(plain(operation.call(coreEntry, { calendar }))).toEqual(plain(operation.call(api, {})))
  })

  it('the same under a regulation profile (Art. 18.4): evaluateTask with calendar and profile equals the main entry', () => {
    const province = api.defineRegulation(api.REGULATION_08_QC_TW, {
      id: 'qc-tinh-uy-x-2026',
      name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
      issuedBy: 'Quy chế số 01-QC/TU',
      effectiveFrom: '2026-03-01',
      thresholds: { workingDaysLeft: 5 },
      readings: { inProgressLate: 'behind-update-schedule' },
    })
    const options = { asOf: '2025-06-20T09:00', regulation: province }
    expect(plain(core.evaluateTask(OPEN_TASK, { ...options, calendar }))).toEqual(plain(api.evaluateTask(OPEN_TASK, options)))
  })

  it('answers with exact values: evaluateTask of §5 on 26 June 2025 is in progress on time, approaching, cited', () => {
    const evaluation = core.evaluateTask(OPEN_TASK, { asOf: '2025-06-26T09:00', calendar })
    expect(evaluation.status.status).toBe('in-progress-on-time')
    expect(evaluation.status.deadline?.toISO()).toBe('2025-06-30T23:59:59.999+07:00')
    expect(evaluation.alert.level).toBe('approaching')
    expect(evaluation.alert.citation).toEqual({
      article: 18,
      clause: 1,
      point: 'd',
      vi: 'điểm d khoản 1 Điều 18',
      en: 'Art. 18.1(d)',
    })
  })

  it("answers on the application's own calendar: deadline(ACKNOWLEDGE_RECEIPT) on a UTC calendar without holidays", () => {
    const office = api.workingCalendar({
      zone: 'UTC',
      week: Object.fromEntries(
        (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => [day, [['09:00', '17:00']]]),
      ),
      range: { from: '2026-01-01', to: '2026-12-31' },
    })
    // Friday 13 February 2026 15:00 UTC: 2 hours that day, 2 more from Monday 16 February 09:00.
    expect(core.deadline(core.ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00Z', { calendar: office }).due.toISO()).toBe(
      '2026-02-16T11:00:00.000Z',
    )
  })
})

describe('vn-task-sla/core exports every name of vn-task-sla', () => {
  it('has the same names', () => {
    expect(Object.keys(core).sort()).toEqual(Object.keys(api).sort())
  })

  it('binds anew exactly the operations that count working time; every other export is the main entry’s own', () => {
    const rebound = Object.keys(api)
      .filter((name) => (core as Record<string, unknown>)[name] !== (api as Record<string, unknown>)[name])
      .sort()
    expect(rebound).toEqual(OPERATIONS.map((operation) => operation.name).sort())
  })

  it('binds anew every function whose options schema takes a calendar', () => {
    const withCalendar = Object.entries(api)
      .filter(([name]) => name.endsWith('Options'))
      .filter(([, schema]) => Object.hasOwn((schema as { shape?: object }).shape ?? {}, 'calendar'))
      .map(([name]) => name)
      .sort()
    expect(withCalendar).toEqual([
      'AgendaOptions',
      'AlertLevelOptions',
      'AssigneeReportDeadlinesOptions',
      'AuditFlagsOptions',
      'ClassifyCompletionOptions',
      'DeadlineOptions',
      'DutiesOptions',
      'EvaluateTaskOptions',
      'MaskForSystemOptions',
      'NextChangeOptions',
      'PortfolioOptions',
      'PortfolioSummaryOptions',
      'ReportComplianceOptions',
      'ReportingDeadlinesOptions',
      'ScoreUnitsOptions',
      'SimulateOptions',
      'UpdateComplianceOptions',
      'UpdateScheduleOptions',
      'ValidateDocumentsOptions',
      'ValidateTasksOptions',
    ])
  })
})
