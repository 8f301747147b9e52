// A consumer of the published package, compiled by test/package/consumer-types.test.ts against dist/
// under `tsc --strict` without skipLibCheck (node16 as ESM and as CommonJS, and bundler resolution).
// Each `@ts-expect-error` must meet an error: were a type `any`, the line would be an unused directive,
// itself an error. The repository's typecheck compiles it too, against the sources. It imports the
// entries vn-task-sla, vn-task-sla/core, vn-task-sla/date-holidays, vn-task-sla/json-schemas and vn-task-sla/labels.
import {
  ACKNOWLEDGE_RECEIPT,
  alertLevel,
  type CalendarDay,
  classifyCompletion,
  deadline,
  defineRegulation,
  type ErrorCode,
  evaluateTask,
  isVnTaskSlaError,
  OFFSETLESS_READINGS,
  type OffsetlessReading,
  REGULATION_08_QC_TW,
  type Regulation,
  type TaskInput,
  updateSchedule,
  vietnamCalendar,
  type WorkingCalendar,
  workingCalendar,
} from 'vn-task-sla'
import { classifyCompletion as classifyOn, workingCalendar as ownCalendar } from 'vn-task-sla/core'
import { holidayExceptions } from 'vn-task-sla/date-holidays'
import { type JsonSchema, type JsonSchemaName, jsonSchemas } from 'vn-task-sla/json-schemas'
import { LABELS } from 'vn-task-sla/labels'

const cal: WorkingCalendar = vietnamCalendar({ offsetless: 'reject' })

// Results are valid DateTimes and Durations: toISO() is a string, never null.
export const due: string = cal.addWorkingTime('2026-01-05T08:00+07:00', { hours: 4 }).toISO()
export const end: string = cal.endOfDay('2026-01-05').toISO()
export const dayOff: string = cal.addWorkingDays('2026-01-05', 3, { dayEnd: 'close-of-business' }).toISODate()
export const spent: string = cal.workingTimeBetween('2026-01-05T08:00+07:00', '2026-01-06T08:00+07:00').toISO()
export const hours: number = cal.explain.addWorkingTime('2026-01-05T08:00+07:00', { hours: 1 }).workingTime.as('hours')
export const next: CalendarDay = cal.nextWorkingDay('2026-01-05')
export const readings: readonly OffsetlessReading[] = OFFSETLESS_READINGS

// @ts-expect-error toISO() of a valid DateTime is a string: it cannot be null
export const nothing: null = cal.toDateTime('2026-01-05T08:00+07:00').toISO()

// @ts-expect-error a result is a DateTime, not a string
export const notText: string = cal.addWorkingDays('2026-01-05', 3)

// @ts-expect-error a working duration has no days: working days are addWorkingDays
cal.addWorkingTime('2026-01-05T08:00+07:00', { days: 1 })

// @ts-expect-error boundary is 'stay' or 'next-opening'
cal.addWorkingTime('2026-01-05T08:00+07:00', { hours: 1 }, { boundary: 'later' })

// @ts-expect-error a misspelt option
cal.addWorkingDays('2026-01-05', 1, { dayEnds: 'midnight' })

// @ts-expect-error a number of days is a number
cal.addWorkingDays('2026-01-05', '3')

// @ts-expect-error a calendar is read-only
cal.zone = 'UTC'

// @ts-expect-error vietnamCalendar's options are closed: a misspelt option
vietnamCalendar({ zon: 'Asia/Ho_Chi_Minh' })

// @ts-expect-error offsetless is 'calendar-zone' or 'reject'
vietnamCalendar({ offsetless: 'utc' })

// @ts-expect-error a working calendar needs its week
workingCalendar({ zone: 'Europe/Paris' })

const range = { from: '2026-01-01', to: '2026-12-31' }
export const paris: WorkingCalendar = workingCalendar({
  zone: 'Europe/Paris',
  week: { monday: [['09:00', '17:00']] },
  range,
  exceptions: holidayExceptions({ country: 'FR', range }),
})

// @ts-expect-error holidayExceptions needs the range to give exceptions for
holidayExceptions({ country: 'FR' })

// @ts-expect-error types are date-holidays' kinds of holiday
holidayExceptions({ country: 'FR', range, types: ['national'] })

export function codeOf(error: unknown): ErrorCode | undefined {
  if (!isVnTaskSlaError(error)) return undefined
  // @ts-expect-error an error's code is one of ERROR_CODES
  const unknownCode: 'no_such_code' = error.code
  return unknownCode === 'no_such_code' ? undefined : error.code
}

// The rules: a task is a TaskInput, each rule's options a closed object, its instants valid DateTimes.
const asOf = '2025-07-01T09:00'
const task: TaskInput = {
  id: 'kl155-3-draft',
  transferredAt: '2025-05-19T09:00',
  deadline: '2025-05-31',
  events: [{ type: 'completed', at: '2025-06-03T16:00' }],
}
export const status: string = classifyCompletion(task, { asOf }).status
export const ruleDue: string = deadline(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00').due.toISO()
export const updatesDue: readonly string[] = updateSchedule(task, { asOf }).updates.map((update) => update.dueBy.toISO())
export const stillDue: string | undefined = evaluateTask(task, { asOf }).status.deadline?.toISO()

// @ts-expect-error a misspelt field of a task: transferredAt
classifyCompletion({ id: 'kl155-3-draft', transferedAt: '2025-05-19T09:00', deadline: '2025-05-31' }, { asOf })

const fromAnotherSystem = { id: 'kl155-3-draft', transferedAt: '2025-05-19T09:00', deadline: '2025-05-31' }
// @ts-expect-error a task from elsewhere whose field is misspelt lacks transferredAt
evaluateTask(fromAnotherSystem, { asOf })

// @ts-expect-error an event's type is one of TASK_EVENT_TYPES: 'complete' is not
classifyCompletion({ ...task, events: [{ type: 'complete', at: '2025-06-03T16:00' }] }, { asOf })

// @ts-expect-error a rule's options are closed: a misspelt option (thresholds)
alertLevel(task, { asOf, treshold: { workingDaysLeft: 5 } })

// @ts-expect-error a regulation is a profile (REGULATION_08_QC_TW or defineRegulation's), not its id
evaluateTask(task, { asOf, regulation: REGULATION_08_QC_TW.id })

// @ts-expect-error a rule's instant is a DateTime, not a string: toISO() gives the string
export const dueText: string = deadline(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00').due

// @ts-expect-error an update's dueBy is a DateTime, not a string
export const dueByText: readonly string[] = updateSchedule(task, { asOf }).updates.map((update) => update.dueBy)

const province = {
  id: 'qc-tinh-uy-x-2026',
  name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-03-01',
} as const
export const provincial: Regulation = defineRegulation(REGULATION_08_QC_TW, {
  ...province,
  rules: { 'acknowledge-receipt': { within: { workingHours: 8 } } },
})
export const underProvince: string = alertLevel(task, { asOf, regulation: provincial }).level

defineRegulation(REGULATION_08_QC_TW, {
  ...province,
  // @ts-expect-error a profile changes the rules of TIME_RULE_IDS: a misspelt rule id
  rules: { 'acknowledge-reciept': { within: { workingHours: 8 } } },
})

// vn-task-sla/core: the same rules, counting on the application's own calendar.
const office: WorkingCalendar = ownCalendar({ zone: 'UTC', week: { monday: [['09:00', '17:00']] } })
export const onOwnCalendar: string | undefined = classifyOn(task, { asOf, calendar: office }).deadline?.toISO()

// @ts-expect-error a calendar option is a built calendar, not its definition
classifyOn(task, { asOf, calendar: { zone: 'UTC', week: { monday: [['09:00', '17:00']] } } })

// vn-task-sla/json-schemas: the schemas by name.
export const taskSchema: JsonSchema = jsonSchemas()['task-input']
export const schemaNames: readonly JsonSchemaName[] = ['task-input', 'evaluate-task-options']

// @ts-expect-error a schema's name is one of JsonSchemaName
export const noSchema: JsonSchema = jsonSchemas()['task-inputs']

// vn-task-sla/labels: a status in Vietnamese.
export const statusWords: string = LABELS.status['in-progress-on-time'].vi
// @ts-expect-error a label's code is one of the package's: 'in-progress-ontime' is not
export const noLabel = LABELS.status['in-progress-ontime']
