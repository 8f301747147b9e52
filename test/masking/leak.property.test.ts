import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type MaskedDocument,
  maskForSystem,
  SECRECY_LEVELS,
  type SecrecyLevel,
  TASK_EVENT_TYPES,
  TASK_RESULTS,
  type TaskEvent,
  VnTaskSlaError,
} from '../../src/index.js'
import { seededRandom } from '../../src/simulation/seeded-random.js'
import type { FixtureDocument, FixtureTask } from './fixture.js'

// The leak law of Art. 5 (docs/security.md): for arbitrary documents whose every free-text field,
// every key and value of `other`, every unknown key and value of the document and of its tasks
// carries a distinct random sentinel (the unknown keys include names of the other scope's fields, a
// task's `title` or a document's `content`: a loose task keeps them through validation, and only the
// whitelist stops them),
// - confidential and secret (5.2): the JSON of the result holds no sentinel of a field 5.2 forbids
//   (abstract, task key, content, progress, results, unknown keys and values, `other` keys allowOther
//   does not name), and holds every allowed one where the regulation puts it;
// - normal (5.1): the same with the fields 5.1 allows;
// - top-secret (5.3), declared by the document or by one of its tasks, and a special secrecy
//   requirement (Art. 3.1, B17), marked on the document or on one of its tasks: the call throws the
//   refusal the rules' order gives (the document's top secret, its special secrecy, a task's top
//   secret, the first task's special secrecy), and the error's message, JSON, string form, stack and
//   cause hold no sentinel at all. `specialSecrecy: false` changes nothing;
// - B8, on the secure partition: a task's result says overdue exactly when it is not done and asOf is
//   after the deadline its record shows (nothing is overdue before the deadline in force has passed).
//   Closures before the deadline are rare here; closure.property.test.ts draws them on purpose.
// The law runs 100,000 times: 21–26 s on the 2-CPU machine it was written on, of which 10–13 s is
// spent inside maskForSystem itself (classification and luxon DateTimes, about 45 µs per task) and
// about 3 s in formatting the refusals' stacks; the timeout leaves room for a slower CI machine.
// `VN_TASK_SLA_LEAK_RUNS` lowers the runs for mutation testing (vitest.mutation.config.ts).

const RUNS = Number(process.env.VN_TASK_SLA_LEAK_RUNS ?? 100_000)
const TIMEOUT_MS = 60_000

const MS_PER_DAY = 86_400_000
const START_2025 = Date.UTC(2024, 11, 31, 17) // 2025-01-01T00:00+07:00
const END_2025 = Date.UTC(2025, 11, 31, 17) - 1 // 2025-12-31T23:59:59.999+07:00
const PREFIX = 'SENTINEL-'

type EventSpec = { readonly type: (typeof TASK_EVENT_TYPES)[number]; readonly offset: number; readonly extension: number }
type TaskSpec = {
  readonly transfer: number
  readonly deadline: number | null
  readonly events: readonly EventSpec[]
  readonly progress: boolean
  readonly results: boolean
  readonly evaluation: boolean
  readonly unknown: number
  readonly nestedUnknown: boolean
  readonly classified: boolean
  /** Unknown task keys named like document fields: the task is loose, so they survive validation. */
  readonly confusable: readonly string[]
  readonly secrecy: SecrecyLevel | undefined
  /** Art. 3.1: absent, false (nothing changes) or true (the document is refused). */
  readonly specialSecrecy: boolean | undefined
}
type OtherSpec = { readonly allowed: boolean; readonly shape: 'string' | 'object' | 'array' }
type DocumentSpec = {
  readonly seed: number
  readonly secrecy: SecrecyLevel
  readonly specialSecrecy: boolean | undefined
  /** A document key `mustBeDigitallySigned` with a sentinel: the record derives the field, never copies it. */
  readonly forgedSignature: boolean
  readonly abstract: boolean
  readonly assignees: number
  readonly monitoring: number
  readonly tasks: readonly TaskSpec[]
  readonly other: readonly OtherSpec[] | null
  readonly unknown: number
  /** Unknown document keys named like task fields. */
  readonly confusable: readonly string[]
  readonly allowMissing: boolean
  readonly asOf: number
}

// Names of the other scope's fields (SECRECY_FIELD_TABLE), not fields of this scope or of TaskInput.
const DOCUMENT_FIELDS_NOT_ON_TASKS = [
  'mustBeDigitallySigned',
  'title',
  'number',
  'symbol',
  'abstract',
  'issuedOn',
  'signer',
  'submittingAgency',
  'assignees',
  'monitoringAgencies',
  'taskCount',
  'other',
]
const TASK_FIELDS_NOT_ON_DOCUMENTS = ['id', 'content', 'deadline', 'status', 'result', 'progress', 'results', 'evaluation']

/** One or two of `names` in a quarter of the cases, none otherwise: each costs the run new hidden classes. */
function sometimes(names: readonly string[]): fc.Arbitrary<readonly string[]> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.subarray([...names], { minLength: 1, maxLength: 2 }) },
  )
}

/** Mostly absent; `false` twice as often as `true`, which is one case in `oneIn`. */
function specialSecrecyArb(oneIn: number): fc.Arbitrary<boolean | undefined> {
  return fc.oneof(
    { weight: oneIn - 3, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  )
}

const eventArb: fc.Arbitrary<EventSpec> = fc.record({
  // Re-assignments have validity rules of their own (B18), drawn by the rules' arbitraries; a leak needs no more.
  type: fc.constantFrom(...TASK_EVENT_TYPES.filter((type) => type !== 'reassigned')),
  offset: fc.integer({ min: 0, max: 150 * MS_PER_DAY }),
  extension: fc.integer({ min: 0, max: 150 * MS_PER_DAY }),
})

const taskArb: fc.Arbitrary<TaskSpec> = fc.record({
  transfer: fc.integer({ min: START_2025, max: END_2025 }),
  deadline: fc.option(fc.integer({ min: 0, max: 120 * MS_PER_DAY }), { nil: null, freq: 5 }),
  events: fc.array(eventArb, { maxLength: 3 }),
  progress: fc.boolean(),
  results: fc.boolean(),
  evaluation: fc.boolean(),
  unknown: fc.integer({ min: 0, max: 2 }),
  nestedUnknown: fc.boolean(),
  classified: fc.boolean(),
  confusable: sometimes(DOCUMENT_FIELDS_NOT_ON_TASKS),
  // Mostly no declaration; a task stricter than its document raises it, top-secret refuses it.
  secrecy: fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constantFrom<SecrecyLevel>('normal', 'confidential', 'secret') },
    { weight: 1, arbitrary: fc.constant<SecrecyLevel>('top-secret') },
  ),
  specialSecrecy: specialSecrecyArb(14),
})

const documentArb: fc.Arbitrary<DocumentSpec> = fc.record({
  seed: fc.integer(),
  // The secure levels twice as often as the others: they are the law's main subject.
  secrecy: fc.constantFrom<SecrecyLevel>('confidential', 'secret', 'confidential', 'secret', 'normal', 'top-secret'),
  specialSecrecy: specialSecrecyArb(10),
  forgedSignature: fc.boolean(),
  abstract: fc.boolean(),
  assignees: fc.integer({ min: 0, max: 2 }),
  monitoring: fc.integer({ min: 0, max: 2 }),
  tasks: fc.array(taskArb, { maxLength: 3 }),
  other: fc.option(
    fc.array(fc.record({ allowed: fc.boolean(), shape: fc.constantFrom<OtherSpec['shape']>('string', 'object', 'array') }), {
      maxLength: 3,
    }),
    { nil: null, freq: 6 },
  ),
  unknown: fc.integer({ min: 0, max: 2 }),
  confusable: sometimes(TASK_FIELDS_NOT_ON_DOCUMENTS),
  allowMissing: fc.boolean(),
  asOf: fc.integer({ min: START_2025, max: END_2025 + 180 * MS_PER_DAY }),
})

/** The sentinels' random bits (32 a call), replayable from the generated seed. */
function randomBits(seed: number): () => number {
  const next = seededRandom(seed)
  return () => next() * 4_294_967_296
}

/** Two hex digits per byte: Number#toString(16) is a slow path in V8, and the law writes millions of sentinels. */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))
const hex32 = (n: number): string => `${HEX[n >>> 24]}${HEX[(n >>> 16) & 0xff]}${HEX[(n >>> 8) & 0xff]}${HEX[n & 0xff]}`

type TaskTexts = { id: string; content: string; progress?: string; results?: string; evaluation?: string }

/** A built case: the document, the options, and where each sentinel must or must not end up. */
type Case = {
  readonly document: FixtureDocument
  readonly allowOther: string[]
  /** The level the record must have: the strictest of the document's and its tasks'. */
  readonly level: SecrecyLevel
  /** The refusal the call must throw, if any: its code and path. */
  readonly refusal: Refusal | null
  readonly taskTexts: readonly TaskTexts[]
  readonly expectedOther: Record<string, unknown>
  readonly abstract: string | undefined
  readonly asOf: number
  /** Sentinels no record may hold: unknown keys and values, `other` keys allowOther does not name, and their values. */
  readonly alwaysForbidden: string[]
}

type Refusal = { readonly code: 'top_secret_refused' | 'special_secrecy_refused'; readonly path: readonly (string | number)[] }

const TOP_SECRET: Refusal = { code: 'top_secret_refused', path: ['document', 'secrecy'] }

/** The refusal the rules' order gives: the document's top secret, its special secrecy, a task's top secret, the first marked task. */
function refusalOf(spec: DocumentSpec, level: SecrecyLevel): Refusal | null {
  if (spec.secrecy === 'top-secret') return TOP_SECRET
  if (spec.specialSecrecy === true) return { code: 'special_secrecy_refused', path: ['document', 'specialSecrecy'] }
  if (level === 'top-secret') return TOP_SECRET
  const marked = spec.tasks.findIndex((task) => task.specialSecrecy === true)
  return marked < 0 ? null : { code: 'special_secrecy_refused', path: ['document', 'tasks', marked, 'specialSecrecy'] }
}

function stricter(a: SecrecyLevel, b: SecrecyLevel | undefined): SecrecyLevel {
  return b !== undefined && SECRECY_LEVELS.indexOf(b) > SECRECY_LEVELS.indexOf(a) ? b : a
}

function build(spec: DocumentSpec): Case {
  const bits = randomBits(spec.seed)
  // A value's sentinel has 32 random bits. A key's has 4: the same few names come back from run to
  // run, so V8 reuses its hidden classes instead of building new ones for every document (which
  // doubled the run time). Within a document every sentinel is distinct: each names its field, and
  // `~` ends it, so none is a prefix of another.
  const value = (field: string): string => `${PREFIX}${field}-${hex32(bits())}~`
  const key = (field: string): string => `${PREFIX}${field}-${HEX[bits() & 0x0f]}~`
  const alwaysForbidden: string[] = []
  const forbid = (sentinel: string): string => {
    alwaysForbidden.push(sentinel)
    return sentinel
  }
  let level = spec.secrecy

  const taskTexts: TaskTexts[] = []
  const tasks = spec.tasks.map((taskSpec, index) => {
    const texts: TaskTexts = { id: value(`task${index}.id`), content: value(`task${index}.content`) }
    if (taskSpec.progress) texts.progress = value(`task${index}.progress`)
    if (taskSpec.results) texts.results = value(`task${index}.results`)
    if (taskSpec.evaluation) texts.evaluation = value(`task${index}.evaluation`)
    taskTexts.push(texts)
    level = stricter(level, taskSpec.secrecy)
    const events: TaskEvent[] = taskSpec.events.map((event) =>
      event.type === 'deadline-extended'
        ? { type: event.type, at: taskSpec.transfer + event.offset, deadline: taskSpec.transfer + event.extension }
        : { type: event.type, at: taskSpec.transfer + event.offset },
    )
    const task: FixtureTask = {
      ...texts,
      transferredAt: taskSpec.transfer,
      deadline: taskSpec.deadline === null ? null : taskSpec.transfer + taskSpec.deadline,
      events,
    }
    if (taskSpec.classified) {
      task.assigneeKind = 'central-party-agency'
      task.scope = 'sector'
      task.priority = 'key'
    }
    if (taskSpec.secrecy !== undefined) task.secrecy = taskSpec.secrecy
    if (taskSpec.specialSecrecy !== undefined) task.specialSecrecy = taskSpec.specialSecrecy
    for (const name of taskSpec.confusable) task[name] = forbid(value(`task${index}.${name}-named-key`))
    for (let k = 0; k < taskSpec.unknown; k += 1) {
      task[forbid(key(`task${index}.unknown-key${k}`))] = taskSpec.nestedUnknown
        ? { [forbid(key(`task${index}.unknown-nested-key${k}`))]: [forbid(value(`task${index}.unknown-nested-value${k}`))] }
        : forbid(value(`task${index}.unknown-value${k}`))
    }
    return task
  })

  const allowOther: string[] = []
  const expectedOther: Record<string, unknown> = {}
  let other: Record<string, unknown> | undefined
  if (spec.other !== null) {
    const entries: Record<string, unknown> = {}
    spec.other.forEach((otherSpec, index) => {
      const mark = otherSpec.allowed ? (sentinel: string) => sentinel : forbid
      const name = mark(key(`other${index}.key`))
      const content =
        otherSpec.shape === 'string'
          ? mark(value(`other${index}.value`))
          : otherSpec.shape === 'object'
            ? { [mark(key(`other${index}.nested-key`))]: mark(value(`other${index}.nested-value`)), count: index }
            : [mark(value(`other${index}.item`)), index, null]
      entries[name] = content
      if (otherSpec.allowed) {
        allowOther.push(name)
        expectedOther[name] = content
      }
    })
    other = entries
  }
  // A key allowOther names that the document does not have: nothing to copy, nothing to show.
  if (spec.allowMissing) allowOther.push(forbid(key('other.missing-key')))

  const abstract = spec.abstract ? value('abstract') : undefined
  const document: FixtureDocument = {
    secrecy: spec.secrecy,
    ...(spec.specialSecrecy === undefined ? {} : { specialSecrecy: spec.specialSecrecy }),
    title: value('title'),
    number: value('number'),
    symbol: value('symbol'),
    issuedOn: '2025-05-16',
    signer: value('signer'),
    submittingAgency: value('submittingAgency'),
    assignees: Array.from({ length: spec.assignees }, (_, i) => value(`assignees${i}`)),
    monitoringAgencies: Array.from({ length: spec.monitoring }, (_, i) => value(`monitoringAgencies${i}`)),
    tasks,
  }
  if (abstract !== undefined) document.abstract = abstract
  if (other !== undefined) document.other = other
  for (let k = 0; k < spec.unknown; k += 1) document[forbid(key(`unknown-key${k}`))] = forbid(value(`unknown-value${k}`))
  for (const name of spec.confusable) document[name] = forbid(value(`${name}-named-key`))
  if (spec.forgedSignature) document.mustBeDigitallySigned = forbid(value('mustBeDigitallySigned-forged'))
  const refusal = refusalOf(spec, level)
  return { document, allowOther, level, refusal, taskTexts, expectedOther, abstract, asOf: spec.asOf, alwaysForbidden }
}

/** Deep equality of JSON values, without expect: the law checks millions of them. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The problems of a masked result, empty when the law holds. */
function problemsOf(c: Case, masked: MaskedDocument): string[] {
  const problems: string[] = []
  const json = JSON.stringify(masked)
  const doc = c.document
  const forbid = (sentinel: string | undefined, why: string) => {
    if (sentinel !== undefined && json.includes(sentinel)) problems.push(`${why} leaked: ${sentinel}`)
  }
  const expectField = (actual: unknown, expected: unknown, where: string) => {
    if (!sameJson(actual, expected))
      problems.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
  for (const sentinel of c.alwaysForbidden) forbid(sentinel, 'an unknown key/value or an other key not allowed')

  const secure = c.level === 'confidential' || c.level === 'secret'
  expectField([masked.partition, masked.secrecy], [secure ? 'secure' : 'standard', c.level], 'partition and secrecy')
  const record = masked.record as unknown as Record<string, unknown>
  for (const field of [
    'title',
    'number',
    'symbol',
    'issuedOn',
    'signer',
    'submittingAgency',
    'assignees',
    'monitoringAgencies',
  ]) {
    expectField(record[field], doc[field], field)
  }
  expectField(record.other, c.expectedOther, 'other')
  const tasks = record.tasks as readonly Record<string, unknown>[]
  expectField(tasks.length, c.taskTexts.length, 'tasks.length')

  if (secure) {
    expectField(Object.keys(record), [...SECURE_DOCUMENT_KEYS], 'secure record keys')
    expectField(record.taskCount, c.taskTexts.length, 'taskCount')
    forbid(c.abstract, '5.2(a): abstract')
    c.taskTexts.forEach((texts, index) => {
      forbid(texts.id, '5.2(đ): task key')
      forbid(texts.content, '5.2(đ): task content')
      forbid(texts.progress, '5.2(g): progress')
      forbid(texts.results, '5.2(g): results')
      const task = tasks[index] ?? {}
      expectField(task.evaluation, texts.evaluation, `tasks[${index}].evaluation`)
      if (!Object.keys(task).every((key) => SECURE_TASK_KEYS.has(key))) problems.push(`tasks[${index}] keys ${Object.keys(task)}`)
      if (!TASK_RESULTS.includes(task.result as never)) problems.push(`tasks[${index}].result ${String(task.result)}`)
      // B8: not done is overdue exactly when asOf is after the deadline the record shows (none: never).
      if (task.result !== 'done') {
        const passed = typeof task.deadline === 'string' && c.asOf > Date.parse(task.deadline)
        if ((task.result === 'not-done-overdue') !== passed) {
          problems.push(`tasks[${index}]: ${String(task.result)} with deadline ${String(task.deadline)} as of ${c.asOf}`)
        }
      }
    })
  } else {
    expectField(Object.keys(record)[0], 'mustBeDigitallySigned', 'the first field of a standard record')
    expectField(record.mustBeDigitallySigned, true, '5.1: mustBeDigitallySigned')
    expectField(record.abstract, c.abstract, 'abstract')
    c.taskTexts.forEach((texts, index) => {
      const task = tasks[index] ?? {}
      for (const field of ['id', 'content', 'progress', 'results', 'evaluation'] as const) {
        expectField(task[field], texts[field], `tasks[${index}].${field}`)
      }
      if (!Object.keys(task).every((key) => STANDARD_TASK_KEYS.has(key)))
        problems.push(`tasks[${index}] keys ${Object.keys(task)}`)
    })
  }
  return problems
}

const SECURE_DOCUMENT_KEYS = [
  'title',
  'number',
  'symbol',
  'issuedOn',
  'signer',
  'submittingAgency',
  'assignees',
  'monitoringAgencies',
  'taskCount',
  'tasks',
  'other',
] as const
const SECURE_TASK_KEYS: ReadonlySet<string> = new Set(['deadline', 'result', 'evaluation'])
const STANDARD_TASK_KEYS: ReadonlySet<string> = new Set([
  'id',
  'content',
  'deadline',
  'status',
  'progress',
  'results',
  'evaluation',
])

/** The problems of a refusal: another code or path than `expected`, or any sentinel in any form of it. */
function refusalProblems(error: unknown, expected: Refusal): string[] {
  if (!(error instanceof VnTaskSlaError)) return [`not a VnTaskSlaError: ${String(error)}`]
  const problems: string[] = []
  if (error.code !== expected.code) problems.push(`code ${error.code} at ${error.path.join('.')}`)
  if (!sameJson(error.path, expected.path)) problems.push(`path ${error.path.join('.')}`)
  const forms = {
    message: error.message,
    json: JSON.stringify(error),
    string: String(error),
    stack: error.stack,
    cause: String(error.cause),
  }
  for (const [form, text] of Object.entries(forms)) {
    // Every sentinel starts with PREFIX: none at all may be there.
    if (text === undefined || text.includes(PREFIX)) problems.push(`${form} holds a sentinel or is missing`)
  }
  if (error.cause !== undefined) problems.push('the error has a cause')
  return problems
}

describe('Art. 5 / Điều 5: the leak law (fast-check)', () => {
  it(
    `5.1, 5.2, 5.3: no forbidden sentinel reaches a record or an error, every allowed one does (${RUNS.toLocaleString('en')} runs)`,
    () => {
      const seen = {
        standard: 0,
        secure: 0,
        refused: 0,
        special: 0,
        specialByTask: 0,
        raised: 0,
        secureTasks: 0,
        unmarked: 0,
      }
      const started = performance.now()
      fc.assert(
        fc.property(documentArb, (spec) => {
          const c = build(spec)
          let masked: MaskedDocument
          try {
            masked = maskForSystem(c.document, { asOf: spec.asOf, allowOther: c.allowOther })
          } catch (error) {
            const problems = c.refusal === null ? [`threw: ${String(error)}`] : refusalProblems(error, c.refusal)
            if (problems.length > 0) throw new Error(problems.join('\n'))
            seen.refused += 1
            if (c.refusal?.code === 'special_secrecy_refused') {
              seen.special += 1
              if (c.refusal.path.length > 2) seen.specialByTask += 1
            }
            return
          }
          if (c.refusal !== null)
            throw new Error(`a document refused by ${c.refusal.code} reached the ${masked.partition} partition`)
          if (spec.specialSecrecy === false || spec.tasks.some((task) => task.specialSecrecy === false)) seen.unmarked += 1
          const problems = problemsOf(c, masked)
          if (problems.length > 0) throw new Error(problems.join('\n'))
          if (masked.partition === 'secure') {
            seen.secure += 1
            seen.secureTasks += c.taskTexts.length
          } else {
            seen.standard += 1
          }
          if (c.level !== spec.secrecy) seen.raised += 1
        }),
        { numRuns: RUNS },
      )
      const seconds = (performance.now() - started) / 1000
      // The law must have been exercised on every branch, not vacuously.
      expect(seen.secure).toBeGreaterThan(RUNS * 0.4)
      expect(seen.secureTasks).toBeGreaterThan(RUNS * 0.4)
      expect(seen.standard).toBeGreaterThan(RUNS * 0.05)
      expect(seen.refused).toBeGreaterThan(RUNS * 0.15)
      expect(seen.special).toBeGreaterThan(RUNS * 0.05)
      expect(seen.specialByTask).toBeGreaterThan(RUNS * 0.02)
      expect(seen.unmarked).toBeGreaterThan(RUNS * 0.1)
      expect(seen.raised).toBeGreaterThan(RUNS * 0.02)
      console.info(`leak law: ${RUNS} runs in ${seconds.toFixed(1)} s`, seen)
    },
    TIMEOUT_MS,
  )

  it('the checker can fail: it finds a forbidden sentinel, and misses an allowed one', () => {
    const spec = fc.sample(
      documentArb.filter(
        (d) =>
          d.secrecy === 'secret' &&
          d.specialSecrecy !== true &&
          d.abstract &&
          d.tasks.length > 0 &&
          d.tasks.every((t) => t.secrecy === undefined && t.specialSecrecy !== true),
      ),
      { numRuns: 1, seed: 155 },
    )[0] as DocumentSpec
    const c = build(spec)
    const masked = maskForSystem(c.document, { asOf: spec.asOf, allowOther: c.allowOther })
    expect(problemsOf(c, masked)).toEqual([])
    const leaky = { ...masked, record: { ...masked.record, abstract: c.abstract } } as unknown as MaskedDocument
    expect(problemsOf(c, leaky)).toContain(`5.2(a): abstract leaked: ${c.abstract}`)
    const lossy = { ...masked, record: { ...masked.record, title: 'Kết luận' } } as unknown as MaskedDocument
    expect(problemsOf(c, lossy)).toHaveLength(1)
    const early = { deadline: '2099-12-31T23:59:59.999+07:00', result: 'not-done-overdue' }
    const [first, ...rest] = masked.record.tasks as unknown as object[]
    const premature = {
      ...masked,
      record: { ...masked.record, tasks: [{ ...first, ...early }, ...rest] },
    } as unknown as MaskedDocument
    expect(problemsOf(c, premature)).toContain(`tasks[0]: not-done-overdue with deadline ${early.deadline} as of ${spec.asOf}`)
    const refused = new VnTaskSlaError('top_secret_refused', { vi: 'x', en: `${PREFIX}title` }, ['document', 'secrecy'])
    expect(refusalProblems(refused, TOP_SECRET)).toEqual([
      'message holds a sentinel or is missing',
      'json holds a sentinel or is missing',
      'string holds a sentinel or is missing',
      'stack holds a sentinel or is missing',
    ])
    const special: Refusal = { code: 'special_secrecy_refused', path: ['document', 'tasks', 1, 'specialSecrecy'] }
    const elsewhere = new VnTaskSlaError('special_secrecy_refused', { vi: 'x', en: 'y' }, [
      'document',
      'tasks',
      0,
      'specialSecrecy',
    ])
    expect(refusalProblems(elsewhere, special)).toEqual(['path document.tasks.0.specialSecrecy'])
    expect(refusalProblems(elsewhere, TOP_SECRET)).toEqual([
      'code special_secrecy_refused at document.tasks.0.specialSecrecy',
      'path document.tasks.0.specialSecrecy',
    ])
  })
})
