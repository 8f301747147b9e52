import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  ACKNOWLEDGE_RECEIPT,
  agenda,
  alertLevel,
  assigneeReportDeadlines,
  auditFlags,
  classifyCompletion,
  consecutiveNotCompleted,
  DEFAULT_INDICATORS,
  deadline,
  defineRegulation,
  dutiesOf,
  evaluateTask,
  evaluateTaskMillis,
  explanationFlags,
  generatePortfolio,
  halfYear,
  maskForSystem,
  nextChange,
  OFFICIAL_SCHEDULES,
  portfolioSummary,
  quarter,
  REGULATION_08_QC_TW,
  reportCompliance,
  reportingDeadlines,
  scoreUnits,
  simulate,
  type TaskInput,
  TIME_RULES,
  updateCompliance,
  updateSchedule,
  validateDocuments,
  validateTasks,
  vietnamCalendar,
  workingCalendar,
  year,
} from '../../src/index.js'
import { jsonSchemaFiles } from '../../src/json-schemas/json-schema-files.js'
import { jsonSchemas } from '../../src/json-schemas/json-schemas.js'
import { JSON_SCHEMA_REGISTRY, type JsonSchemaName } from '../../src/json-schemas/registry.js'
import { conclusion155 } from '../masking/fixture.js'

// The published JSON Schemas (schemas/*.schema.json) against the zod schemas they are generated
// from, against ajv 8 (draft 2020-12), and against real inputs and results of the package
// serialised as another language would receive them: JSON.parse(JSON.stringify(value)).

const FOLDER = join(import.meta.dirname, '..', '..', 'schemas')
const REGENERATE = 'run `npm run schemas` and commit schemas/'

type Json = Record<string, unknown>

/** What another process receives. */
function asJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value))
}

const schemas = jsonSchemas()
const entryOf = (name: JsonSchemaName) =>
  JSON_SCHEMA_REGISTRY.find((entry) => entry.name === name) as (typeof JSON_SCHEMA_REGISTRY)[number]

// strict: unknown keywords, ignored keywords and undeclared required properties are errors, so a
// schema that ajv would only half understand fails here. No formats: the schemas use none.
const ajv = new Ajv2020({ strict: true, allErrors: true })
for (const schema of Object.values(schemas)) ajv.addSchema(schema as Json)
const validatorOf = (name: JsonSchemaName) => {
  const validate = ajv.getSchema(`${name}.schema.json`)
  if (validate === undefined) throw new Error(`no schema ${name}`)
  return validate
}

/** Whether ajv (with the published schema) and zod (with the schema it came from) accept `value`; with ajv's errors. */
function verdicts(name: JsonSchemaName, value: unknown): { ajv: boolean; zod: boolean; errors: string } {
  const validate = validatorOf(name)
  const byAjv = validate(value) === true
  const errors = byAjv ? '' : ajv.errorsText(validate.errors)
  return { ajv: byAjv, zod: z.safeParse(entryOf(name).schema, value).success, errors }
}

describe('schemas/: exactly what the zod schemas generate now', () => {
  const files = jsonSchemaFiles()

  it('holds one file per schema of the registry and index.json, and nothing else', () => {
    const committed = readdirSync(FOLDER).sort()
    expect(committed, `schemas/ does not match the registry: ${REGENERATE}`).toEqual(files.map(({ file }) => file).sort())
    expect(files).toHaveLength(JSON_SCHEMA_REGISTRY.length + 1)
  })

  it.each(files.map((file) => [file.file, file.text] as const))('%s is up to date', (file, text) => {
    const committed = readFileSync(join(FOLDER, file), 'utf8')
    expect(committed === text, `schemas/${file} differs from what its zod schema generates: ${REGENERATE}`).toBe(true)
  })

  it('names each schema by its file: $id is the relative file name, never an absolute URL', () => {
    for (const entry of JSON_SCHEMA_REGISTRY) {
      const schema = schemas[entry.name]
      expect(schema.$id).toBe(`${entry.name}.schema.json`)
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description'])
    }
  })

  it('cites the regulation (Art. …) or its interpretation register (B…) in every description but the calendar’s', () => {
    const calendarOnly = [
      'vietnam-calendar-options',
      'official-schedule',
      'describe-day-result',
      'explain-working-time-between-result',
    ]
    const uncited = JSON_SCHEMA_REGISTRY.filter((entry) => !/Art\. \d|\bB\d/.test(entry.description)).map((entry) => entry.name)
    expect(uncited.filter((name) => !calendarOnly.includes(name))).toEqual([])
  })

  it('says which options are only their JSON-able part', () => {
    const withCalendar = JSON_SCHEMA_REGISTRY.filter((entry) => entry.description.includes('JSON-able part')).map(
      (entry) => entry.name,
    )
    expect(withCalendar).toEqual([
      'deadline-options',
      'update-schedule-options',
      'update-compliance-options',
      'audit-flags-options',
      'next-change-options',
      'agenda-options',
      'duties-options',
      'classify-completion-options',
      'alert-level-options',
      'evaluate-task-options',
      'assignee-report-deadlines-options',
      'report-compliance-options',
      'reporting-deadlines-options',
      'mask-for-system-options',
      'validate-tasks-options',
      'validate-documents-options',
      'score-units-options',
      'simulation-options',
      'portfolio-options',
    ])
  })

  it('is deeply frozen and built on each call', () => {
    expect(Object.isFrozen(schemas)).toBe(true)
    expect(Object.isFrozen(schemas['task-input'].properties)).toBe(true)
    expect(jsonSchemas()['task-input']).not.toBe(schemas['task-input'])
    expect(jsonSchemas()['task-input']).toEqual(schemas['task-input'])
  })
})

describe('every schema compiles with ajv 8 (draft 2020-12, strict mode)', () => {
  it.each(JSON_SCHEMA_REGISTRY.map((entry) => entry.name))('%s', (name) => {
    expect(typeof validatorOf(name)).toBe('function')
  })

  it('an instant that JSON cannot carry (a luxon DateTime, a JS Date) leaves no "accept anything" member', () => {
    const text = JSON.stringify(schemas)
    expect(text).not.toContain('"anyOf":[{}')
    expect(text).not.toContain(',{}]')
    expect(text).not.toContain('vn-task-sla: no JSON form')
  })
})

// Real values, from the package itself. Tasks of Conclusion 155-KL/TW, transferred on Monday 19 May 2025.
const calendar = vietnamCalendar()
const AS_OF = '2025-07-01T09:00'

const openTask = {
  id: 'kl155-1',
  transferredAt: '2025-05-19T09:00',
  issuedAt: '2025-05-16T16:00',
  deadline: '2025-06-30',
  events: [
    { type: 'acknowledged', at: '2025-05-19T10:00' },
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'progress-updated', at: '2025-06-16T10:00' },
  ],
  assigneeKind: 'provincial-party-committee',
  scope: 'national',
  priority: 'key',
  secrecy: 'normal',
  group: 'listed',
} satisfies TaskInput
const extendedTask = {
  id: 'kl155-2',
  transferredAt: '2025-05-19T09:00+07:00',
  deadline: '2025-06-15T17:00',
  events: [
    { type: 'acknowledged', at: '2025-05-20T14:00' },
    { type: 'deadline-extended', at: '2025-06-10T09:00', deadline: '2025-06-27' },
    { type: 'completed', at: '2025-06-30T16:00' },
  ],
} satisfies TaskInput
const openEndedTask = { id: 'kl155-5', transferredAt: calendar.millis.of('2025-05-19T09:00'), deadline: null } satisfies TaskInput
const longTask = { id: 'kl155-6', transferredAt: '2025-05-19T09:00', deadline: '2026-03-31' } satisfies TaskInput
const TASKS: readonly TaskInput[] = [openTask, extendedTask, openEndedTask, longTask]

/** A unit's reports of 2026 under Art. 15.1: January's on time, February's late, the first quarter's at its limit. */
const sentReports = [
  { kind: 'monthly', period: '2026-01', sentAt: '2026-01-19T10:00' },
  { kind: 'monthly', period: '2026-02', sentAt: '2026-02-23T09:00+07:00' },
  { kind: 'quarterly', period: '2026-Q1', sentAt: calendar.millis.of('2026-03-20T23:59:59.999') },
] as const

const scheduleOptions = { asOf: AS_OF, until: '2025-09-30', cadence: 'monthly', dueDayOfMonth: 25 } as const
const complianceOptions = { asOf: AS_OF, interimGraceDays: 3, finalEnd: 'completion-or-deadline' } as const
const evaluateOptions = {
  asOf: AS_OF,
  thresholds: { workingDaysLeft: 2, elapsedShare: 0.8 },
  inProgressLate: 'behind-update-schedule',
  checkpoints: 'working-time',
} as const
const definition = {
  zone: 'Asia/Ho_Chi_Minh',
  week: {
    monday: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    friday: [['07:30', '11:30']],
  },
  seasons: [{ name: 'summer', span: { from: '04-15', to: '10-14' }, week: { monday: [['07:00', '11:00']] } }],
  exceptions: [{ date: '2026-12-25', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Closed' }, source: 'local decision' }],
  provisional: [{ from: '2027-01-01', to: '2027-12-31' }],
  range: { from: '2025-01-01', to: '2027-12-31' },
} as const
const vietnamOptions = {
  cultureDayFrom: 2026,
  exceptions: [{ date: '2025-12-31', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Closed' }, source: 'Quyết định của cơ quan' }],
  range: { from: '2024-01-01', to: '2030-12-31' },
} as const
const units = [
  { unit: 'Ban A', tasks: [openTask, extendedTask] },
  { unit: 'Ban B', tasks: [{ id: 'late-q2', transferredAt: '2025-04-01T09:00', deadline: '2025-05-30' }] },
  {
    unit: 'Ban C',
    tasks: [
      { id: 'late-q2', transferredAt: '2025-04-01T09:00', deadline: '2025-05-30' },
      { id: 'late-q3', transferredAt: '2025-07-01T09:00', deadline: '2025-08-29' },
    ],
  },
]
const portfolioOptions = {
  seed: 155,
  size: 20,
  from: '2025-05-19',
  to: '2025-05-30',
  durations: { 'under-1-month': 2, '1-to-3-months': 1 },
  withoutDeadline: 0.2,
  acknowledgement: { probability: 0.9, workingHours: 3 },
  updates: { probability: 0.8, onTime: 0.7 },
  completion: { probability: 0.85, effort: 0.9 },
} as const
const simulationOptions = { from: '2025-06-02', to: '2025-07-31', step: 'week', thresholds: { workingDaysLeft: 3 } } as const
const document = conclusion155()
const secretDocument = conclusion155('secret')
const maskOptions = { asOf: AS_OF, allowOther: ['meeting'], dateDeadlines: 'as-written' } as const

const provinceChanges = {
  id: 'qc-tinh-uy-x-2026',
  name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-03-01',
  rules: { 'acknowledge-receipt': { within: { workingHours: 8 } } },
  thresholds: { workingDaysLeft: 5 },
  schedule: { cadence: 'monthly', dueDayOfMonth: 20 },
  readings: { inProgressLate: 'behind-update-schedule' },
  reports: { office: { monthly: { day: 20, before: false } } },
} as const
const province = defineRegulation(REGULATION_08_QC_TW, provinceChanges)

const SAMPLES: Readonly<Record<JsonSchemaName, () => readonly unknown[]>> = {
  'working-calendar-definition': () => [definition, { week: {} }],
  'vietnam-calendar-options': () => [vietnamOptions, {}],
  'official-schedule': () => OFFICIAL_SCHEDULES,
  'task-input': () => TASKS,
  'task-event': () => [...openTask.events, ...extendedTask.events],
  'deadline-options': () => [{ boundary: 'next-opening', dayEnd: 'close-of-business' }, {}],
  'update-schedule-settings': () => [
    { start: 'issue', checkpoints: 'working-time', interimGraceDays: 2, finalGraceDays: 5, finalEnd: 'deadline' },
    { cadence: 'quarterly', dueDayOfMonth: 20, dayEnd: 'close-of-business', dateDeadlines: 'next-working-day' },
  ],
  'update-schedule-options': () => [scheduleOptions],
  'update-compliance-options': () => [complianceOptions],
  'audit-flags-options': () => [complianceOptions, { ...complianceOptions, objectionFrom: 'acknowledgement' }],
  'duties-options': () => [complianceOptions, { ...complianceOptions, objectionFrom: 'acknowledgement', parties: ['office'] }],
  'classify-completion-options': () => [{ asOf: AS_OF, inProgressLate: 'behind-update-schedule', dateDeadlines: 'as-written' }],
  'alert-thresholds': () => [evaluateOptions.thresholds, {}],
  'alert-level-options': () => [
    { asOf: '2025-06-26T09:00', thresholds: { elapsedShare: 0.5 } },
    { asOf: '2026-02-13T09:00', dueDay: 'deadline-day' },
  ],
  'evaluate-task-options': () => [evaluateOptions],
  'assignee-report-deadlines-options': () => [{ nonWorkingDates: 'previous-working-day' }, {}],
  'sent-reports': () => [sentReports, []],
  'report-compliance-options': () => [
    { year: 2026, asOf: '2026-04-15T08:00' },
    { year: 2026, asOf: Date.UTC(2026, 3, 15, 1), nonWorkingDates: 'previous-working-day' },
  ],
  'reporting-deadlines-options': () => [
    { nonWorkingDates: 'previous-working-day' },
    { nonWorkingDates: 'keep', halfYearAndAnnual: 'named-day' },
  ],
  'assignment-document': () => [document, secretDocument],
  'mask-for-system-options': () => [maskOptions],
  'validate-tasks-options': () => [{ unknownKeys: 'strip' }, {}],
  'validate-documents-options': () => [{}],
  'period-options': () => [{ cutOffDay: 14 }, {}],
  'indicator-set': () => [DEFAULT_INDICATORS],
  'scored-units': () => [units],
  'score-units-options': () => [{ asOf: '2025-06-30T17:00', indicators: DEFAULT_INDICATORS }],
  'explanation-flags-options': () => [{ lowBelow: 60, lowResultIn: 'one-period', sequence: 'history-order' }, {}],
  'regulation-changes': () => [
    provinceChanges,
    { id: 'x', name: { vi: 'X', en: 'X' }, issuedBy: 'X', effectiveFrom: '2026-01-01' },
    // A whole profile's JSON is a change too: what lets a profile kept as a file be read back.
    { ...JSON.parse(JSON.stringify(REGULATION_08_QC_TW)), id: 'copy' },
  ],
  'simulation-options': () => [simulationOptions],
  'portfolio-options': () => [portfolioOptions],

  'describe-day-result': () =>
    ['2025-04-26', '2025-05-02', '2025-05-20', '2025-09-02', '2027-09-03'].map((day) => calendar.describeDay(day)),
  'explain-add-working-time-result': () => [
    calendar.explain.addWorkingTime('2025-04-29T15:00', { hours: 4 }),
    calendar.explain.addWorkingTime('2025-05-05T09:30', { hours: -2, minutes: -15, seconds: -0.5 }),
    workingCalendar(definition).explain.addWorkingTime('2026-12-24T08:00', { hours: 12 }),
  ],
  'explain-add-working-days-result': () => [
    calendar.explain.addWorkingDays('2025-04-24T10:00', 3),
    calendar.explain.addWorkingDays('2025-04-29', 2, { dayEnd: 'close-of-business' }),
  ],
  'explain-working-time-between-result': () => [calendar.explain.workingTimeBetween('2025-04-29T09:00', '2025-05-06T10:00')],
  'deadline-result': () => [
    ...TIME_RULES.map((rule) => deadline(rule, '2025-05-19T15:00')),
    deadline(ACKNOWLEDGE_RECEIPT, '2027-08-31T16:00', { boundary: 'next-opening' }),
  ],
  'update-schedule-result': () => TASKS.map((task) => updateSchedule(task, scheduleOptions)),
  'update-compliance-result': () => TASKS.map((task) => updateCompliance(task, complianceOptions)),
  'classify-completion-result': () => TASKS.map((task) => classifyCompletion(task, { asOf: AS_OF })),
  'alert-level-result': () => [
    ...TASKS.map((task) => alertLevel(task, { asOf: '2025-06-26T09:00' })),
    alertLevel(openTask, { asOf: AS_OF }),
  ],
  'assignee-report-deadlines-result': () => [
    assigneeReportDeadlines(2026),
    assigneeReportDeadlines(2027, { nonWorkingDates: 'previous-working-day' }),
  ],
  'report-compliance-result': () => [
    reportCompliance(sentReports, { year: 2026, asOf: '2026-04-15T08:00' }),
    reportCompliance([], { year: 2026, asOf: '2025-12-01T08:00' }),
  ],
  'reporting-deadlines-result': () => [
    reportingDeadlines(2025),
    reportingDeadlines(2026, { nonWorkingDates: 'previous-working-day' }),
  ],
  'audit-flags-result': () => [
    ...TASKS.map((task) => auditFlags(task, complianceOptions)),
    auditFlags(
      { id: 'late-objection', transferredAt: '2025-05-19T09:00', events: [{ type: 'objected', at: '2025-05-21T09:00' }] },
      { ...complianceOptions, until: '2025-06-30' },
    ),
  ],
  'next-change-options': () => [
    { asOf: AS_OF },
    { asOf: AS_OF, parties: ['assignee'], objectionFrom: 'acknowledgement', inProgressLate: 'behind-update-schedule' },
  ],
  'agenda-options': () => [
    { from: '2025-06-01', to: '2025-06-30', asOf: AS_OF },
    { from: '2025-06-01T08:00', to: '2025-07-01T08:00', asOf: AS_OF, parties: ['office', 'monitoring-agency'] },
  ],
  'next-change-result': () => [...TASKS.map((task) => nextChange(task, { asOf: AS_OF })), null],
  'agenda-result': () => [
    agenda(TASKS, { from: '2025-06-01', to: '2025-09-30', asOf: AS_OF }),
    agenda([], { from: '2025-06-01', to: '2025-06-30', asOf: AS_OF }),
  ],
  'portfolio-summary-result': () => [portfolioSummary(units, { asOf: AS_OF }), portfolioSummary([], { asOf: AS_OF })],
  'duties-result': () => [
    ...TASKS.map((task) => dutiesOf(task, complianceOptions)),
    dutiesOf(
      {
        id: 'reassigned',
        issuedAt: '2025-05-15T09:00',
        transferredAt: '2025-05-19T09:00',
        events: [
          { type: 'objected', at: '2025-05-19T10:00' },
          { type: 'objection-handled', at: '2025-05-20T09:00', outcome: 'reassigned' },
          { type: 'reassigned', at: '2025-05-20T09:00', to: 'B' },
          { type: 'progress-updated', at: '2025-06-02T09:00' },
          { type: 'evaluated', at: '2025-06-03T09:00' },
        ],
      },
      { ...complianceOptions, until: '2025-06-30' },
    ),
  ],
  'evaluate-task-result': () => TASKS.map((task) => evaluateTask(task, evaluateOptions)),
  'evaluate-task-millis-result': () => TASKS.map((task) => evaluateTaskMillis(task, evaluateOptions)),
  'mask-for-system-result': () => [maskForSystem(document, maskOptions), maskForSystem(secretDocument, maskOptions)],
  'standard-record': () => [maskForSystem(document, maskOptions).record],
  'secure-record': () => [maskForSystem(secretDocument, maskOptions).record],
  'evaluation-period': () => [quarter(2026, 1), quarter(2026, 1, { cutOffDay: 14 }), halfYear(2025), year(2025)],
  'validate-tasks-result': () => [
    validateTasks([...TASKS, { ...openTask, id: '', unit_id: 7 }, { ...longTask, deadline: '2025-05-01' }]),
    validateTasks([{ ...openTask, unit_id: 7 }], { unknownKeys: 'strip' }),
  ],
  'validate-documents-result': () => [
    validateDocuments([document, secretDocument, { ...document, secrecy: 'top-secret' }, { ...document, signer: '' }]),
  ],
  'score-units-result': () => [scoreUnits(units, quarter(2025, 2)), scoreUnits(units, year(2025), { asOf: AS_OF })],
  'consecutive-not-completed-result': () => [
    consecutiveNotCompleted([scoreUnits(units, quarter(2025, 2)), scoreUnits(units, quarter(2025, 3))]),
  ],
  'explanation-flags-result': () => [
    explanationFlags([scoreUnits(units, quarter(2025, 2)), scoreUnits(units, quarter(2025, 3))]),
    explanationFlags([scoreUnits(units, quarter(2025, 2)), scoreUnits(units, quarter(2025, 3))], { lowResultIn: 'one-period' }),
  ],
  regulation: () => [REGULATION_08_QC_TW, province],
  'simulation-timeline': () => [
    simulate(TASKS, { from: '2025-05-16', to: '2025-05-21' }).toJSON(),
    simulate(TASKS, { from: '2025-06-27', to: '2025-07-02' }).toJSON(),
    simulate(generatePortfolio(portfolioOptions), simulationOptions).toJSON(),
  ],
}

const names = JSON_SCHEMA_REGISTRY.map((entry) => entry.name)

describe('real values validate: ajv with the published schema, zod with its source', () => {
  it('every schema has real values to check', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...names].sort())
  })

  it.each(names)('%s', (name) => {
    const values = SAMPLES[name]().map(asJson)
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) {
      const verdict = verdicts(name, value)
      expect(verdict.errors).toBe('')
      expect(verdict).toEqual({ ajv: true, zod: true, errors: '' })
    }
  })

  it('the inputs are real: the package takes them as they are, after a trip through JSON', () => {
    const back = asJson({ definition, vietnamOptions, units, portfolioOptions, simulationOptions, TASKS }) as {
      definition: Parameters<typeof workingCalendar>[0]
      vietnamOptions: Parameters<typeof vietnamCalendar>[0]
      units: Parameters<typeof scoreUnits>[0]
      portfolioOptions: Parameters<typeof generatePortfolio>[0]
      simulationOptions: Parameters<typeof simulate>[1]
      TASKS: TaskInput[]
    }
    expect(workingCalendar(back.definition).isWorkingDay('2026-12-25')).toBe(false)
    expect(vietnamCalendar(back.vietnamOptions).isWorkingDay('2025-12-31')).toBe(false)
    expect(scoreUnits(back.units, quarter(2025, 2)).map((score) => score.unit)).toEqual(['Ban A', 'Ban B', 'Ban C'])
    expect(generatePortfolio(back.portfolioOptions)).toHaveLength(20)
    expect(simulate(back.TASKS, back.simulationOptions).steps.length).toBeGreaterThan(0)
    expect(back.TASKS.map((task) => classifyCompletion(task, { asOf: AS_OF }).status)).toEqual([
      'in-progress-late',
      'completed-late',
      'not-started',
      'not-started',
    ])
  })

  it('the samples reach the branches of the unions: null deadlines, untimed statuses, both partitions, a flagged unit', () => {
    const json = (name: JsonSchemaName) => JSON.stringify(SAMPLES[name]().map(asJson))
    expect(json('classify-completion-result')).toContain('"deadline":null')
    expect(json('classify-completion-result')).toContain('"endedAt":"2025-06-30T16:00:00.000+07:00"')
    expect(json('update-compliance-result')).toContain('"satisfiedBy":{"type":"progress-updated"')
    expect(json('update-schedule-result')).toContain('"kind":"periodic"')
    expect(json('mask-for-system-result')).toContain('"partition":"secure"')
    expect(json('reporting-deadlines-result')).toContain('"quarter":4')
    expect(json('report-compliance-result')).toContain('"sentAt":null')
    expect(json('report-compliance-result')).toContain('"kind":"late-report"')
    expect(json('evaluation-period')).toContain('"cutOffDay":14')
    expect(json('describe-day-result')).toContain('"kind":"make-up-working-day"')
    expect(json('describe-day-result')).toContain('"provisional":true')
    expect(json('explain-add-working-time-result')).toContain('"workingTime":"PT-2H-15M-0.5S"')
    expect(json('explain-add-working-days-result')).toContain('"start":"2025-04-29"')
    expect(json('consecutive-not-completed-result')).toContain('"unit":"Ban C"')
    expect(json('deadline-result')).toContain('"provisional":true')
    expect(json('validate-tasks-result')).toContain('"path":["unit_id"]')
    expect(json('validate-documents-result')).toContain('"code":"top_secret_refused"')
    expect(json('simulation-timeline')).toContain('"status":[null,')
  })
})

/** A copy of `value` with `edit` applied to its first object: the value itself, or the first item of a list. */
function edited(value: unknown, edit: (object: Json) => void): unknown {
  const copy = structuredClone(value)
  const target = Array.isArray(copy) ? copy[0] : copy
  edit(target as Json)
  return copy
}

/** The object schema an edit lands in: the schema itself, or its items. */
function objectSchemaOf(name: JsonSchemaName): Json | undefined {
  const schema = schemas[name] as Json
  const target = (schema.type === 'array' ? schema.items : schema) as Json
  return target.type === 'object' && target.properties !== undefined ? target : undefined
}

describe('wrong values are refused by both ajv and zod, so these checks can fail', () => {
  const objectNames = names.filter((name) => objectSchemaOf(name) !== undefined)
  const firstSample = (name: JsonSchemaName) => asJson(SAMPLES[name]().find((value) => !Array.isArray(value) || value.length > 0))

  it('every schema but the unions is an object or a list of objects', () => {
    // nextChange answers null when nothing will change again.
    expect(names.filter((name) => !objectNames.includes(name))).toEqual(['next-change-result', 'mask-for-system-result'])
  })

  it.each(objectNames.filter((name) => ((objectSchemaOf(name)?.required as string[] | undefined) ?? []).length > 0))(
    '%s: without its first required field',
    (name) => {
      const [field] = (objectSchemaOf(name)?.required ?? []) as string[]
      const wrong = edited(firstSample(name), (object) => {
        delete object[field as string]
      })
      expect(verdicts(name, wrong)).toMatchObject({ ajv: false, zod: false })
    },
  )

  it.each(objectNames.filter((name) => objectSchemaOf(name)?.additionalProperties === false))(
    '%s: with a misspelt key',
    (name) => {
      const wrong = edited(firstSample(name), (object) => {
        object.misspeltKey = true
      })
      expect(verdicts(name, wrong)).toMatchObject({ ajv: false, zod: false })
    },
  )

  it('mask-for-system-result: a secure record on the standard partition, or a record with task content', () => {
    const [standard, secure] = SAMPLES['mask-for-system-result']().map(asJson) as Json[]
    expect(verdicts('mask-for-system-result', { ...standard, record: secure?.record })).toMatchObject({ ajv: false, zod: false })
    const leaking = edited(secure, (masked) => {
      ;((masked.record as Json).tasks as Json[])[0] = { deadline: null, result: 'done', content: 'trích yếu' }
    })
    expect(verdicts('mask-for-system-result', leaking)).toMatchObject({ ajv: false, zod: false })
  })

  it('deadline-result: an instant without milliseconds or offset, as a careless serialiser would write it', () => {
    const [sample] = SAMPLES['deadline-result']().map(asJson) as Json[]
    expect(verdicts('deadline-result', { ...sample, due: '2025-05-19T23:59:59' })).toMatchObject({ ajv: false, zod: false })
  })

  it('evaluate-task-result: a status of no article', () => {
    const wrong = edited(firstSample('evaluate-task-result'), (evaluation) => {
      ;(evaluation.status as Json).status = 'late'
    })
    expect(verdicts('evaluate-task-result', wrong)).toMatchObject({ ajv: false, zod: false })
  })

  it('simulation-timeline: a tally without one of its keys', () => {
    const wrong = edited(firstSample('simulation-timeline'), (timeline) => {
      const [first] = timeline.steps as [{ alerts: Json }]
      delete first.alerts.overdue
    })
    expect(verdicts('simulation-timeline', wrong)).toMatchObject({ ajv: false, zod: false })
  })

  it('task-input: a day where an instant is required is refused by the JSON Schema, as the package refuses it when reading', () => {
    const wrong = { ...openTask, transferredAt: '2025-05-19' }
    expect(verdicts('task-input', wrong).ajv).toBe(false)
    expect(() => classifyCompletion(wrong, { asOf: AS_OF })).toThrow(/transferredAt/)
  })
})
