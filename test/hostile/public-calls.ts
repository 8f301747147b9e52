// Every public function and method of the package, with valid example arguments, generated from the
// entries themselves: each entry module is enumerated, and each exported function must have a row in
// VALID_ARGUMENTS or a reason in NOT_CALLED, so that a new export cannot be left out of the catalogue.
// The methods of the objects the package returns (a calendar, its `explain` and `millis`, a simulation's
// timeline) are enumerated the same way from the objects themselves.
import * as coreEntry from '../../src/core-entry/index.js'
import * as dateHolidaysEntry from '../../src/date-holidays/index.js'
import * as api from '../../src/index.js'
import * as jsonSchemasEntry from '../../src/json-schemas/index.js'
import * as labelsEntry from '../../src/labels/index.js'
import * as testingEntry from '../../src/testing/index.js'

type WorkingCalendar = api.WorkingCalendar
type AnyFunction = (...args: unknown[]) => unknown

/** The entries of package.json "exports" (tsup.config.ts builds the same six), by the name an app imports. */
export const ENTRIES: readonly (readonly [string, Record<string, unknown>])[] = [
  ['vn-task-sla', api],
  ['vn-task-sla/core', coreEntry],
  ['vn-task-sla/testing', testingEntry],
  ['vn-task-sla/date-holidays', dateHolidaysEntry],
  ['vn-task-sla/json-schemas', jsonSchemasEntry],
  ['vn-task-sla/labels', labelsEntry],
]

// ---------------------------------------------------------------------------------------------------
// Objects the package made: a caller may pass them back in, and a result may hold them. The catalogue
// neither walks them as the caller's data nor counts them as shared with the caller.
// ---------------------------------------------------------------------------------------------------

const LIBRARY_MADE = new WeakSet<object>()

/** Marks `value` and everything reachable from it as the package's own. */
export function made<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const next = stack.pop()
    if ((typeof next !== 'object' && typeof next !== 'function') || next === null || LIBRARY_MADE.has(next)) continue
    LIBRARY_MADE.add(next)
    if (isZodSchema(next)) continue
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key)
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value)
    }
  }
  return value
}

export function isLibraryMade(value: object): boolean {
  return LIBRARY_MADE.has(value)
}

function isZodSchema(value: object): boolean {
  return Object.hasOwn(value, '_zod')
}

// The exported constants of every entry (TIME_RULES, REGULATION_08_QC_TW, DEFAULT_INDICATORS, LABELS, …).
for (const [, entry] of ENTRIES) {
  for (const value of Object.values(entry)) {
    if (typeof value === 'object' && value !== null && !isZodSchema(value)) made(value)
  }
}

// ---------------------------------------------------------------------------------------------------
// Valid data, built fresh by each call of each factory.
// ---------------------------------------------------------------------------------------------------

/** The marker planted in secret documents: no error may ever carry it. */
export const SECRET_MARKER = 'BÍ-MẬT-XYZ'

const TRANSFER = '2025-05-19T09:00'
export const AS_OF = '2025-07-01T09:00'

/** Conclusion 155-KL/TW, §3: acknowledged, started, updated, completed late. */
export function task(): Record<string, unknown> {
  return {
    id: 'kl155-3-draft',
    transferredAt: TRANSFER,
    deadline: '2025-05-31',
    events: [
      { type: 'acknowledged', at: '2025-05-19T14:30' },
      { type: 'started', at: '2025-05-20T09:00' },
      { type: 'completed', at: '2025-06-03T16:00' },
    ],
  }
}

/** §5: still in progress. */
export function openTask(): Record<string, unknown> {
  return {
    id: 'kl155-5-standing-units',
    transferredAt: TRANSFER,
    deadline: '2025-06-30',
    events: [{ type: 'started', at: '2025-05-20T09:00' }],
  }
}

/** A document of `secrecy`, with the secret marker in every free-text field. */
export function secretDocument(secrecy: 'secret' | 'confidential' | 'normal' = 'secret'): Record<string, unknown> {
  return {
    secrecy,
    title: `Kết luận ${SECRET_MARKER}`,
    number: '155',
    symbol: 'KL/TW',
    abstract: `về ${SECRET_MARKER}`,
    issuedOn: '2025-05-16',
    signer: 'T.M. Bộ Chính trị',
    submittingAgency: 'Văn phòng Trung ương Đảng',
    assignees: ['Ban Tổ chức Trung ương'],
    monitoringAgencies: ['Văn phòng Trung ương Đảng'],
    tasks: [
      { ...task(), content: `Hoàn thành ${SECRET_MARKER}`, progress: SECRET_MARKER },
      { ...openTask(), content: `Kiện toàn ${SECRET_MARKER}` },
    ],
  }
}

/** A period built by the caller (not `quarter(…)`'s frozen object): the second quarter of 2025. */
export function callerQuarter(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(api.quarter(2025, 2))) as Record<string, unknown>
}

const SCORED_TASK = task()
/** Two consecutive quarters of scores, as a caller keeps them: plain JSON data. */
export function history(): unknown[] {
  const units = [{ unit: 'Ban A', tasks: [SCORED_TASK] }] as unknown as api.ScoredUnits
  return JSON.parse(JSON.stringify([api.scoreUnits(units, api.quarter(2025, 2)), api.scoreUnits(units, api.quarter(2025, 3))]))
}

const FIVE_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const

/** A generic calendar definition: Monday to Friday, 08:00–12:00 and 13:00–17:00 in Vietnam, 2024–2027. */
export function definition(): Record<string, unknown> {
  return {
    zone: 'Asia/Ho_Chi_Minh',
    week: Object.fromEntries(
      FIVE_DAYS.map((day) => [
        day,
        [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      ]),
    ),
    range: { from: '2024-01-01', to: '2027-12-31' },
    exceptions: [{ date: '2026-12-25', kind: 'day-off', name: { vi: 'Nghỉ', en: 'Closed' }, source: 'local decision' }],
  }
}

/** The calendars whose methods the catalogue calls, and the one the core entry's operations are given. */
export const VIETNAM = made(api.vietnamCalendar())
export const GENERIC = made(api.workingCalendar(definition() as unknown as api.WorkingCalendarDefinition))

const IDENTITY = {
  id: 'qc-tinh-uy-x-2026',
  name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-03-01',
}

/** `options` with the calendar the core entry needs, when one is given. */
function withCalendar(options: Record<string, unknown>, calendar: WorkingCalendar | undefined): Record<string, unknown> {
  return calendar === undefined ? options : { ...options, calendar }
}

/** A row: valid arguments, and which argument is an options object read by a schema of the package. */
export type ValidCall = {
  /** Fresh valid arguments; `calendar` is given for the core entry, which has no default calendar. */
  readonly args: (calendar?: WorkingCalendar) => unknown[]
  /** The options argument and its schema: a hostile value is also put at each key the schema knows. */
  readonly options?: { readonly index: number; readonly schema: { readonly shape: object } }
  /** A string planted in the arguments that no error may carry (Art. 5: secret documents). */
  readonly secret?: string
}

const ONE_YEAR = { from: '2026-01-01', to: '2026-12-31' }

/** Every exported function, by its export name (the same name is the same operation in every entry). */
export const VALID_ARGUMENTS: Readonly<Record<string, ValidCall>> = {
  agenda: {
    args: (c) => [[task(), openTask()], withCalendar({ from: '2025-06-01', to: '2025-06-30', asOf: AS_OF }, c)],
    options: { index: 1, schema: api.AgendaOptions },
  },
  alertLevel: {
    args: (c) => [openTask(), withCalendar({ asOf: '2025-06-26T09:00' }, c)],
    options: { index: 1, schema: api.AlertLevelOptions },
  },
  assigneeReportDeadlines: {
    args: (c) => [2026, withCalendar({}, c)],
    options: { index: 1, schema: api.AssigneeReportDeadlinesOptions },
  },
  auditFlags: { args: (c) => [task(), withCalendar({ asOf: AS_OF }, c)], options: { index: 1, schema: api.AuditFlagsOptions } },
  cite: { args: () => [6, 2, 'b', 2] },
  classifyCompletion: {
    args: (c) => [task(), withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.ClassifyCompletionOptions },
  },
  consecutiveNotCompleted: { args: () => [history()] },
  deadline: {
    // A rule the caller built, equal to ACKNOWLEDGE_RECEIPT: the catalogue looks into each of its keys.
    args: (c) => [JSON.parse(JSON.stringify(api.ACKNOWLEDGE_RECEIPT)), '2026-02-13T15:00', withCalendar({}, c)],
    options: { index: 2, schema: api.DeadlineOptions },
  },
  defineRegulation: {
    args: () => [api.REGULATION_08_QC_TW, { ...IDENTITY, name: { ...IDENTITY.name }, thresholds: { workingDaysLeft: 5 } }],
    options: { index: 1, schema: api.RegulationChanges as unknown as { shape: object } },
  },
  dutiesOf: { args: (c) => [task(), withCalendar({ asOf: AS_OF }, c)], options: { index: 1, schema: api.DutiesOptions } },
  dutiesOfMillis: { args: (c) => [task(), withCalendar({ asOf: AS_OF }, c)], options: { index: 1, schema: api.DutiesOptions } },
  evaluateTask: {
    args: (c) => [openTask(), withCalendar({ asOf: '2025-06-26T09:00' }, c)],
    options: { index: 1, schema: api.EvaluateTaskOptions },
  },
  evaluateTaskMillis: {
    args: (c) => [openTask(), withCalendar({ asOf: '2025-06-26T09:00' }, c)],
    options: { index: 1, schema: api.EvaluateTaskOptions },
  },
  explanationFlags: { args: () => [history(), {}], options: { index: 1, schema: api.ExplanationFlagsOptions } },
  generatePortfolio: {
    args: (c) => [withCalendar({ seed: 1, size: 2, from: '2025-05-19', to: '2025-05-30' }, c)],
    options: { index: 0, schema: api.PortfolioOptions },
  },
  gradeOf: { args: () => [90] },
  halfYear: { args: () => [2026, {}], options: { index: 1, schema: api.PeriodOptions } },
  isCalendarDay: { args: () => ['2026-01-01'] },
  isVnTaskSlaError: { args: () => [new Error('not the package’s')] },
  isWorkingCalendar: { args: () => [{ zone: 'Asia/Ho_Chi_Minh' }] },
  maskForSystem: {
    args: (c) => [secretDocument('secret'), withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.MaskForSystemOptions },
    secret: SECRET_MARKER,
  },
  nextChange: {
    args: (c) => [openTask(), withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.NextChangeOptions },
  },
  nextChangeMillis: {
    args: (c) => [openTask(), withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.NextChangeOptions },
  },
  nextPeriod: { args: () => [callerQuarter()] },
  portfolioSummary: {
    args: (c) => [[{ unit: 'Ban A', tasks: [task(), openTask()] }], withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.PortfolioSummaryOptions },
  },
  quarter: { args: () => [2026, 1, {}], options: { index: 2, schema: api.PeriodOptions } },
  reportCompliance: {
    args: (c) => [
      [{ kind: 'quarterly', period: '2026-Q1', sentAt: '2026-03-10T09:00' }],
      withCalendar({ year: 2026, asOf: '2026-07-01T09:00' }, c),
    ],
    options: { index: 1, schema: api.ReportComplianceOptions },
  },
  reportingDeadlines: {
    args: (c) => [2026, withCalendar({}, c)],
    options: { index: 1, schema: api.ReportingDeadlinesOptions },
  },
  scoreUnits: {
    args: (c) => [[{ unit: 'Ban A', tasks: [task(), openTask()] }], callerQuarter(), withCalendar({}, c)],
    options: { index: 2, schema: api.ScoreUnitsOptions },
  },
  simulate: {
    args: (c) => [[task(), openTask()], withCalendar({ from: '2025-06-23', to: '2025-07-02', step: 'working-day' }, c)],
    options: { index: 1, schema: api.SimulateOptions },
  },
  taskResultOf: { args: () => ['completed-late', {}], options: { index: 1, schema: api.TaskResultOfOptions } },
  updateCompliance: {
    args: (c) => [task(), withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.UpdateComplianceOptions },
  },
  updateSchedule: {
    args: (c) => [openTask(), withCalendar({ asOf: AS_OF }, c)],
    options: { index: 1, schema: api.UpdateScheduleOptions },
  },
  validateDocuments: {
    args: (c) => [[secretDocument('confidential')], withCalendar({}, c)],
    options: { index: 1, schema: api.ValidateDocumentsOptions },
    secret: SECRET_MARKER,
  },
  validateTasks: {
    args: (c) => [[task(), openTask()], withCalendar({}, c)],
    options: { index: 1, schema: api.ValidateTasksOptions },
  },
  vietnamCalendar: {
    args: () => [{ range: { from: '2025-01-01', to: '2026-12-31' }, offsetless: 'calendar-zone' }],
    options: { index: 0, schema: api.VietnamCalendarOptions },
  },
  workingCalendar: { args: () => [definition()], options: { index: 0, schema: api.WorkingCalendarDefinition } },
  year: { args: () => [2026, {}], options: { index: 1, schema: api.PeriodOptions } },
  // vn-task-sla/testing: arbitraries, read from plain options.
  assignmentDocumentArbitrary: { args: () => [{ secrecy: 'secret', maxTasks: 2 }] },
  instantArbitrary: { args: () => [{ from: '2026-01-01', to: '2026-12-31', workingTimeOnly: true }] },
  sentReportsArbitrary: { args: () => [{ year: 2026 }] },
  taskArbitrary: { args: () => [{}] },
  unitsArbitrary: { args: () => [{}] },
  // vn-task-sla/date-holidays
  holidayExceptions: {
    args: () => [{ country: 'FR', range: { ...ONE_YEAR } }],
    options: { index: 0, schema: dateHolidaysEntry.HolidayExceptionsOptions },
  },
  // vn-task-sla/json-schemas: takes nothing; the catalogue gives it an argument it must ignore.
  jsonSchemas: { args: () => [] },
}

/**
 * Exported functions the catalogue does not call, each with its reason. The zod schemas the entries
 * export are objects, not functions, and are not listed.
 */
export const NOT_CALLED: Readonly<Record<string, string>> = {
  VnTaskSlaError: 'the error class itself: a constructor the package throws, not an operation on caller data',
}

// ---------------------------------------------------------------------------------------------------
// Methods of the objects the package returns.
// ---------------------------------------------------------------------------------------------------

const MS = Date.UTC(2026, 3, 27, 2)

/** Every method of a calendar, by its path on the calendar. */
export const CALENDAR_METHODS: Readonly<Record<string, () => unknown[]>> = {
  addWorkingTime: () => ['2026-02-13T15:00', { hours: 4 }, { boundary: 'stay' }],
  addWorkingDays: () => ['2025-04-24T10:00', 3, { dayEnd: 'midnight' }],
  workingTimeBetween: () => ['2026-02-13T15:00', '2026-02-24T10:00'],
  workingDaysBetween: () => ['2026-02-13', '2026-02-24T10:00'],
  isWorkingDay: () => ['2026-04-27'],
  isWorkingTime: () => ['2026-04-27T09:00'],
  describeDay: () => ['2026-04-30'],
  dayOf: () => ['2026-04-27T09:00'],
  toDateTime: () => ['2026-04-27T09:00'],
  endOfDay: () => ['2026-04-27'],
  nextWorkingDay: () => ['2026-04-27', { inclusive: true }],
  previousWorkingDay: () => ['2026-04-27', { inclusive: true }],
  hasProvisionalDays: () => ['2026-01-01', '2027-12-31'],
  'explain.addWorkingTime': () => ['2026-02-13T15:00', { hours: 4 }, { boundary: 'stay' }],
  'explain.addWorkingDays': () => ['2025-04-24T10:00', 3, { dayEnd: 'midnight' }],
  'explain.workingTimeBetween': () => ['2026-02-13T15:00', '2026-02-24T10:00'],
  'millis.of': () => ['2026-04-27T09:00'],
  'millis.endOfDay': () => ['2026-04-27'],
  'millis.startOfDay': () => [MS],
  'millis.addCalendarMonths': () => [MS, 1],
  'millis.addWorkingTime': () => [MS, 3_600_000, { boundary: 'next-opening' }],
  'millis.addWorkingDays': () => [MS, 3, { dayEnd: 'close-of-business' }],
  'millis.workingTimeBetween': () => [MS, MS + 86_400_000],
}

/** Every method of a simulation's timeline. */
export const TIMELINE_METHODS: Readonly<Record<string, () => unknown[]>> = {
  status: () => [0, 1],
  alert: () => [0, 1],
  missedUpdates: () => [0, 1],
  history: () => ['kl155-5-standing-units'],
  shareOf: () => [['completed-late', 'in-progress-on-time']],
  evaluationAt: () => [2, 'kl155-5-standing-units'],
  toJSON: () => [],
}

/** The results with methods, by the export that returns them. */
export const METHOD_TABLES: Readonly<Record<string, Readonly<Record<string, () => unknown[]>>>> = {
  vietnamCalendar: CALENDAR_METHODS,
  workingCalendar: CALENDAR_METHODS,
  simulate: TIMELINE_METHODS,
}

export const TIMELINE = made(
  api.simulate([task(), openTask()] as never, { from: '2025-06-23', to: '2025-07-02', step: 'working-day' }),
)

// ---------------------------------------------------------------------------------------------------
// The generated table.
// ---------------------------------------------------------------------------------------------------

export type PublicCall = {
  /** `vn-task-sla › alertLevel`, `vietnamCalendar() › millis.of`, … */
  readonly name: string
  readonly fn: AnyFunction
  readonly args: () => unknown[]
  readonly options?: ValidCall['options']
  readonly secret?: string
}

/** The value at a dotted path of an object (`explain.addWorkingTime`). */
export function at(owner: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], owner)
}

/** Every own function-valued property of a plain object, nested objects included, by dotted path. */
export function methodPaths(owner: unknown): string[] {
  const paths: string[] = []
  const walk = (value: unknown, prefix: string, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 3) return
    const prototype: unknown = Object.getPrototypeOf(value)
    if (prototype !== Object.prototype && prototype !== null) return
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key]
      if (typeof inner === 'function') paths.push(`${prefix}${key}`)
      else walk(inner, `${prefix}${key}.`, depth + 1)
    }
  }
  walk(owner, '', 0)
  return paths.sort()
}

function exportedFunctions(): { entry: string; name: string; fn: AnyFunction }[] {
  return ENTRIES.flatMap(([entry, module]) =>
    Object.entries(module)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, fn]) => ({ entry, name, fn: fn as AnyFunction })),
  )
}

/** Exported functions with neither valid arguments nor a reason not to be called: must stay empty. */
export function forgottenExports(): string[] {
  return exportedFunctions()
    .filter(({ name }) => VALID_ARGUMENTS[name] === undefined && NOT_CALLED[name] === undefined)
    .map(({ entry, name }) => `${entry} › ${name}`)
}

/** Methods of returned objects that no method table lists: must stay empty. */
export function forgottenMethods(): string[] {
  const forgotten: string[] = []
  for (const call of exportCalls()) {
    let result: unknown
    try {
      result = call.fn(...call.args())
    } catch {
      continue
    }
    const exportName = call.name.split(' › ')[1] ?? ''
    const table = METHOD_TABLES[exportName] ?? {}
    for (const path of methodPaths(result)) if (table[path] === undefined) forgotten.push(`${call.name}() › ${path}`)
  }
  return forgotten
}

function exportCalls(): PublicCall[] {
  const seen = new Set<AnyFunction>()
  const calls: PublicCall[] = []
  for (const { entry, name, fn } of exportedFunctions()) {
    const valid = VALID_ARGUMENTS[name]
    // A function re-exported by another entry is the same function: called once, under its first entry.
    if (valid === undefined || seen.has(fn)) continue
    seen.add(fn)
    // The core entry's own operations have no default calendar: they are given the Vietnamese one.
    const calendar = entry === 'vn-task-sla/core' ? VIETNAM : undefined
    calls.push({
      name: `${entry} › ${name}`,
      fn,
      args: () => valid.args(calendar),
      ...(valid.options === undefined ? {} : { options: valid.options }),
      ...(valid.secret === undefined ? {} : { secret: valid.secret }),
    })
  }
  return calls
}

function methodCalls(ownerName: string, owner: object, table: Readonly<Record<string, () => unknown[]>>): PublicCall[] {
  return methodPaths(owner).map((path) => {
    const args = table[path]
    if (args === undefined) throw new Error(`no valid arguments for ${ownerName} › ${path}`)
    const receiver = path.includes('.') ? at(owner, path.slice(0, path.lastIndexOf('.'))) : owner
    const method = at(owner, path) as AnyFunction
    return { name: `${ownerName} › ${path}`, fn: (...values: unknown[]) => method.apply(receiver, values), args }
  })
}

/** Every public callable: each distinct exported function, then the methods of each object with methods. */
export const PUBLIC_CALLS: readonly PublicCall[] = [
  ...exportCalls(),
  ...methodCalls('vietnamCalendar()', VIETNAM, CALENDAR_METHODS),
  ...methodCalls('workingCalendar(definition)', GENERIC, CALENDAR_METHODS),
  ...methodCalls('simulate(tasks, options)', TIMELINE, TIMELINE_METHODS),
]
