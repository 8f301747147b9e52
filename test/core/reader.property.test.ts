// The reader of a function's options and of a task (src/core/reader.ts): a check compiled from the zod
// schema lets a valid value skip the zod parse. Its law, for every schema a function of vn-task-sla reads
// its arguments with: the check never says yes where zod says no, and where it says yes, zod's output
// deep-equals the value, which the reader returns unchanged. The values are drawn from each schema itself
// (walking its definition), valid and invalid: one field replaced by a wrong type, unknown keys, nulls,
// nested wrong values, Dates, NaN, ±Infinity, -0, huge numbers, strings with and without a time.
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { frozenCopyOf } from '../../src/core/freeze.js'
import { acceptsUnchanged, readerOf } from '../../src/core/reader.js'
import {
  AlertLevelOptions,
  AlertThresholds,
  AuditFlagsOptions,
  ClassifyCompletionOptions,
  DeadlineOptions,
  defineRegulation,
  EvaluateTaskOptions,
  EvaluationPeriod,
  ExplanationFlagsOptions,
  MaskForSystemOptions,
  PeriodOptions,
  PortfolioOptions,
  REGULATION_08_QC_TW,
  RegulationChanges,
  ReportingDeadlinesOptions,
  ScoredUnits,
  ScoreUnitsOptions,
  SimulateOptions,
  TaskEvent,
  TaskInput,
  TimeRule,
  UpdateComplianceOptions,
  UpdateScheduleOptions,
  UpdateScheduleSettings,
  VnTaskSlaError,
  vietnamCalendar,
} from '../../src/index.js'
import { InstantInput } from '../../src/task/task-input.js'

type Schema = z.core.$ZodType
type Def = { readonly type: string } & Readonly<Record<string, unknown>>
type CheckDef = { readonly check: string } & Readonly<Record<string, unknown>>

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def
const checksOf = (def: Def): CheckDef[] =>
  ((def.checks as readonly Schema[] | undefined) ?? []).map((check) => check._zod.def as unknown as CheckDef)

const TRANSFER_MS = Date.UTC(2025, 4, 19, 2)
const ZONE = 'Asia/Ho_Chi_Minh'

// ---------------------------------------------------------------------------------------------------
// Pieces.

/** Values no schema field of the package takes, or takes only in some places. */
const JUNK: readonly unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1.5,
  -1,
  1e21,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  '',
  ' ',
  'x',
  'monthly ',
  '2025-06-30',
  '2025-02-30',
  '2025-06-30T09:00',
  '2025-06-30T09:00:00.000+07:00',
  true,
  false,
  {},
  [],
  [null],
  new Date(TRANSFER_MS),
  new Date(Number.NaN),
  DateTime.fromMillis(TRANSFER_MS, { zone: ZONE }),
  DateTime.invalid('not a time'),
  () => 0,
  10n,
  Symbol('piece'),
  new Map([['asOf', TRANSFER_MS]]),
  Object.create(null),
]

const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...JUNK), weight: 4 },
  { arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withDate: true, withBigInt: true }), weight: 1 },
)

const province = defineRegulation(REGULATION_08_QC_TW, {
  id: 'qc-tinh-uy-x-2026',
  name: { vi: 'Quy chế của Tỉnh ủy X', en: 'Regulation of Province X' },
  issuedBy: 'Quy chế số 01-QC/TU',
  effectiveFrom: '2026-03-01',
  thresholds: { workingDaysLeft: 5 },
})

/** What a custom check (`calendar`, `regulation`, a DateTime, a custom measure) is shown: each custom takes some. */
const CUSTOM_POOL: readonly unknown[] = [
  vietnamCalendar(),
  { toDateTime: () => DateTime.fromMillis(0), millis: {} },
  { toDateTime: 'not a function', millis: {} },
  REGULATION_08_QC_TW,
  province,
  { ...REGULATION_08_QC_TW },
  JSON.parse(JSON.stringify(province)),
  DateTime.fromMillis(TRANSFER_MS, { zone: ZONE }),
  DateTime.invalid('not a time'),
  new Date(TRANSFER_MS),
  (task: unknown) => (task === null ? null : 1),
  'on-time-completion',
  {},
  null,
]

const STRINGS: readonly string[] = [
  '',
  'a',
  ' ',
  'đ',
  '2025-06-30',
  '2025-02-30',
  '2025-6-30',
  '2025-06-30T09:00',
  '2025-06-30T09:00:00.000+07:00',
  '2025-06-30T02:00:00Z',
  'Art. 6.2(a)',
  'Điều 6',
  'qc-tinh-uy-x-2026',
  'QC-Tinh',
  'vn-task-sla-default',
  'monthly',
]

const UNKNOWN_KEYS = ['misspeltOption', 'asof', 'treshold', 'cadense', 'inProgresLate', '__proto__', 'constructor', 'toString']

type Mode = 'clean' | 'mixed'

/**
 * Containers both the check and zod take, and ones the check leaves to zod. (An array holding the fields as
 * properties is one exact case below: zod gives back a new array without them.)
 */
type Container = 'plain' | 'null-prototype' | 'frozen' | 'class' | 'other-prototype'
const containers: fc.Arbitrary<Container> = fc.oneof(
  { arbitrary: fc.constantFrom<Container>('plain', 'null-prototype', 'frozen'), weight: 12 },
  { arbitrary: fc.constantFrom<Container>('class', 'other-prototype'), weight: 1 },
)
class Holder {}

/** An object of `entries` (own, enumerable data properties, `__proto__` included) in the container. */
function build(entries: readonly (readonly [string, unknown])[], kind: Container): unknown {
  const target: object =
    kind === 'null-prototype'
      ? Object.create(null)
      : kind === 'class'
        ? new Holder()
        : kind === 'other-prototype'
          ? Object.create({ inherited: true })
          : {}
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return kind === 'frozen' ? Object.freeze(target) : target
}

const ABSENT = Symbol('absent')

// ---------------------------------------------------------------------------------------------------
// Values drawn from a schema's definition.

const memo = new Map<Schema, Map<Mode, fc.Arbitrary<unknown>>>()

/**
 * Values of `schema`: in `'clean'` mode within every limit the definition states (which zod may still
 * refuse: a refinement, a sum of weights); in `'mixed'` mode wrong values too at every level.
 */
function valuesOf(schema: Schema, mode: Mode): fc.Arbitrary<unknown> {
  const cached = memo.get(schema)?.get(mode)
  if (cached !== undefined) return cached
  const shaped = shapedValuesOf(schema, mode)
  const values = mode === 'clean' ? shaped : fc.oneof({ arbitrary: shaped, weight: 8 }, { arbitrary: junk, weight: 1 })
  memo.set(schema, (memo.get(schema) ?? new Map()).set(mode, values))
  return values
}

function shapedValuesOf(schema: Schema, mode: Mode): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
      return fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 1 },
        { arbitrary: valuesOf(def.innerType as Schema, mode), weight: 4 },
      )
    case 'nullable':
      return fc.oneof(
        { arbitrary: fc.constant(null), weight: 1 },
        { arbitrary: valuesOf(def.innerType as Schema, mode), weight: 4 },
      )
    case 'readonly':
      return fc.oneof(
        { arbitrary: valuesOf(def.innerType as Schema, mode), weight: 3 },
        { arbitrary: valuesOf(def.innerType as Schema, mode).map((value) => Object.freeze(value)), weight: 1 },
      )
    case 'enum': {
      const members = Object.values(def.entries as Record<string, string>)
      const member = fc.constantFrom(...members)
      if (mode === 'clean') return member
      return fc.oneof(
        { arbitrary: member, weight: 8 },
        { arbitrary: member.map((value) => `${value.toUpperCase()}`), weight: 1 },
        { arbitrary: member.map((value) => `${value} `), weight: 1 },
      )
    }
    case 'literal':
      return fc.constantFrom(...(def.values as readonly unknown[]))
    case 'boolean':
      return fc.boolean()
    case 'number':
      return numbersOf(def, mode)
    case 'string':
      return stringsOf(def, mode)
    case 'date':
      return fc.oneof(
        fc.integer({ min: TRANSFER_MS - 1e10, max: TRANSFER_MS + 1e10 }).map((ms) => new Date(ms)),
        fc.constant(new Date(Number.NaN)),
      )
    case 'custom': {
      const check = def.fn as (value: unknown) => unknown
      const taken = CUSTOM_POOL.filter((value) => Boolean(check(value)))
      const refused = CUSTOM_POOL.filter((value) => !check(value))
      if (mode === 'clean' && taken.length > 0) return fc.constantFrom(...taken)
      return fc.oneof(...(taken.length > 0 ? [{ arbitrary: fc.constantFrom(...taken), weight: 4 }] : []), {
        arbitrary: fc.constantFrom(...refused),
        weight: 1,
      })
    }
    case 'union':
      return fc.oneof(...(def.options as readonly Schema[]).map((option) => valuesOf(option, mode)))
    case 'array': {
      const element = valuesOf(def.element as Schema, mode)
      const plain = fc.array(element, { maxLength: 3 })
      if (mode === 'clean') return plain
      return fc.oneof(
        { arbitrary: plain, weight: 10 },
        {
          // A hole, an array-like object. (An array with a property besides its elements is an exact case below.)
          arbitrary: fc.array(element, { minLength: 1, maxLength: 2 }).chain((values) =>
            fc.constantFrom<unknown>(
              // biome-ignore lint/suspicious/noSparseArray: a sparse array is a value under test
              [, ...values],
              Object.fromEntries(values.map((value, index) => [String(index), value])),
            ),
          ),
          weight: 1,
        },
      )
    }
    case 'tuple': {
      const items = (def.items as readonly Schema[]).map((item) => valuesOf(item, mode))
      const exact = fc.tuple(...items)
      if (mode === 'clean') return exact
      return fc.oneof(
        { arbitrary: exact, weight: 6 },
        { arbitrary: exact.map((values) => values.slice(1)), weight: 1 },
        { arbitrary: exact.map((values) => [...values, 0]), weight: 1 },
      )
    }
    case 'record': {
      const keyDef = defOf(def.keyType as Schema)
      const keys = keyDef.type === 'enum' ? Object.values(keyDef.entries as Record<string, string>) : ['a', 'b']
      const value = valuesOf(def.valueType as Schema, mode)
      return fc
        .tuple(
          fc.subarray(keys),
          fc.array(value, { minLength: keys.length, maxLength: keys.length }),
          mode === 'clean' ? fc.constant([]) : fc.array(fc.constantFrom(...UNKNOWN_KEYS), { maxLength: 1 }),
        )
        .map(([chosen, values, unknown]) => {
          const entries = chosen.map((key, index) => [key, values[index]] as const)
          return build([...entries, ...unknown.map((key) => [key, 1] as const)], 'plain')
        })
    }
    case 'object':
      return objectsOf(def, mode)
    default:
      return junk
  }
}

function objectsOf(def: Def, mode: Mode): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, Schema>
  const fields = Object.entries(shape).map(([key, field]) => {
    const optional = field._zod.optin === 'optional'
    const present = optional ? 1 : mode === 'clean' ? 1000 : 30
    const absent = optional ? 1 : 1
    return fc
      .oneof({ arbitrary: fc.constant(ABSENT), weight: absent }, { arbitrary: valuesOf(field, mode), weight: present })
      .map((value) => [key, value] as const)
  })
  const extra =
    mode === 'clean'
      ? fc.constant<(readonly [string, unknown])[]>([])
      : fc.oneof(
          { arbitrary: fc.constant<(readonly [string, unknown])[]>([]), weight: 10 },
          { arbitrary: fc.array(fc.tuple(fc.constantFrom(...UNKNOWN_KEYS), junk), { maxLength: 1 }), weight: 1 },
        )
  return fc
    .tuple(fc.tuple(...fields), extra, mode === 'clean' ? fc.constant<Container>('plain') : containers)
    .map(([entries, unknown, kind]) => build([...entries.filter(([, value]) => value !== ABSENT), ...unknown], kind))
}

function numbersOf(def: Def, mode: Mode): fc.Arbitrary<unknown> {
  const integer = def.format === 'safeint'
  let min = Number.NEGATIVE_INFINITY
  let max = Number.POSITIVE_INFINITY
  let minExcluded = false
  let maxExcluded = false
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') {
      min = check.value as number
      minExcluded = check.inclusive !== true
    } else if (check.check === 'less_than') {
      max = check.value as number
      maxExcluded = check.inclusive !== true
    }
  }
  const low = Math.max(min, -1e9)
  const high = Math.min(max, 1e9)
  const inside = integer
    ? fc.integer({ min: Math.ceil(minExcluded ? low + 1 : low), max: Math.floor(maxExcluded ? high - 1 : high) })
    : fc.double({ min: low, max: high, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true })
  if (mode === 'clean') return inside
  const edges = [min, max, min - 1, max + 1, min + 0.5, max - 0.5, min - Number.EPSILON, max + 1e-9].filter(Number.isFinite)
  return fc.oneof(
    { arbitrary: inside, weight: 6 },
    { arbitrary: fc.constantFrom(...edges, -0, 0), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        1e21,
        2 ** 53,
        Number.MAX_SAFE_INTEGER,
        -Number.MAX_SAFE_INTEGER,
        0.1 + 0.2,
        '5',
      ),
      weight: 1,
    },
  )
}

function stringsOf(def: Def, mode: Mode): fc.Arbitrary<unknown> {
  const checks = checksOf(def)
  const minimum = (checks.find((check) => check.check === 'min_length')?.minimum as number | undefined) ?? 0
  const patterns = checks
    .filter((check) => check.check === 'string_format' && check.format === 'regex')
    .map((check) => new RegExp((check.pattern as RegExp).source))
  const matching = patterns.map((pattern) => fc.stringMatching(pattern))
  const samples = fc.constantFrom(...STRINGS)
  const any = fc.string({ maxLength: 10 })
  if (mode === 'clean') {
    return matching.length > 0 ? fc.oneof(...matching) : fc.oneof(samples, any).filter((value) => value.length >= minimum)
  }
  return fc.oneof({ arbitrary: fc.oneof(samples, any), weight: 2 }, ...matching.map((arbitrary) => ({ arbitrary, weight: 2 })))
}

/** A valid-looking object of the schema with one field (or an unknown key) replaced by a wrong value. */
function withOneFieldReplaced(schema: Schema): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const inner = def.type === 'readonly' ? defOf(def.innerType as Schema) : def
  if (inner.type !== 'object') return valuesOf(schema, 'mixed')
  const shape = inner.shape as Record<string, Schema>
  const keys = [...Object.keys(shape), ...UNKNOWN_KEYS]
  return fc
    .tuple(valuesOf(schema, 'clean'), fc.constantFrom(...keys), fc.oneof(junk, valuesOf(schema, 'mixed')))
    .map(([value, key, wrong]) =>
      typeof value === 'object' && value !== null ? build([...Object.entries(value), [key, wrong]], 'plain') : value,
    )
}

/** The values a schema's law is tried on. */
function mixedValuesOf(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valuesOf(schema, 'clean'), weight: 3 },
    { arbitrary: valuesOf(schema, 'mixed'), weight: 4 },
    { arbitrary: withOneFieldReplaced(schema), weight: 3 },
    { arbitrary: junk, weight: 1 },
  )
}

// ---------------------------------------------------------------------------------------------------

/** Every options schema of src/index.ts, and the other schemas a function reads its arguments with. */
const SCHEMAS: readonly (readonly [string, Schema])[] = [
  ['ClassifyCompletionOptions', ClassifyCompletionOptions],
  ['UpdateScheduleOptions', UpdateScheduleOptions],
  ['UpdateComplianceOptions', UpdateComplianceOptions],
  ['AlertLevelOptions', AlertLevelOptions],
  ['AuditFlagsOptions', AuditFlagsOptions],
  ['DeadlineOptions', DeadlineOptions],
  ['ReportingDeadlinesOptions', ReportingDeadlinesOptions],
  ['EvaluateTaskOptions', EvaluateTaskOptions],
  ['ScoreUnitsOptions', ScoreUnitsOptions],
  ['ExplanationFlagsOptions', ExplanationFlagsOptions],
  ['MaskForSystemOptions', MaskForSystemOptions],
  ['SimulateOptions', SimulateOptions],
  ['PortfolioOptions', PortfolioOptions],
  ['PeriodOptions', PeriodOptions],
  ['UpdateScheduleSettings', UpdateScheduleSettings],
  ['AlertThresholds', AlertThresholds],
  ['TaskInput', TaskInput],
  ['TaskEvent', TaskEvent],
  ['RegulationChanges', RegulationChanges],
  ['ScoredUnits', ScoredUnits],
  ['EvaluationPeriod', EvaluationPeriod],
  ['TimeRule', TimeRule],
  ['InstantInput', InstantInput],
]

/**
 * Schemas whose check never says yes: a field every value must have is a calendar day, whose refinement
 * (the day exists) the check leaves to zod. The law holds of them trivially; the list says it is known.
 */
const ALWAYS_TO_ZOD = new Set(['SimulateOptions', 'PortfolioOptions', 'RegulationChanges', 'EvaluationPeriod'])

const RUNS = 1000

describe('acceptsUnchanged: the check compiled from a schema is held to zod (issue 15: one options parser)', () => {
  it.each(SCHEMAS)('never says yes where zod says no, and zod gives back the value itself: %s', (name, schema) => {
    const accepts = acceptsUnchanged(schema)
    let yes = 0
    fc.assert(
      fc.property(mixedValuesOf(schema), (value) => {
        if (!accepts(value)) return
        yes += 1
        const parsed = z.safeParse(schema, value)
        expect(parsed.success).toBe(true)
        expect(parsed.data).toEqual(value)
      }),
      { numRuns: RUNS },
    )
    // The law is not vacuous: the check says yes to some values of each schema it can judge.
    if (ALWAYS_TO_ZOD.has(name)) expect(yes).toBe(0)
    else expect(yes).toBeGreaterThan(RUNS / 20)
  })

  it.each(SCHEMAS)(
    'reads as zod does: readerOf returns a copy of the value, zod’s output, or zod’s error at the path: %s',
    (_, schema) => {
      const accepts = acceptsUnchanged(schema)
      const read = readerOf(schema)
      fc.assert(
        fc.property(mixedValuesOf(schema), (value) => {
          // zod reads the boundary copy, as the reader does.
          const parsed = z.safeParse(schema, frozenCopyOf(value))
          if (accepts(value)) {
            // The boundary copy (its own laws are in freeze.test.ts), a new object when the value is one.
            const copy = read(value, ['options'])
            expect(copy).toStrictEqual(frozenCopyOf(value))
            if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value)
          } else if (parsed.success) {
            expect(read(value, ['options'])).toEqual(parsed.data)
          } else {
            let error: unknown
            try {
              read(value, ['options'])
            } catch (thrown) {
              error = thrown
            }
            expect(error).toBeInstanceOf(VnTaskSlaError)
            expect((error as VnTaskSlaError).code).toBe('invalid_input')
            expect((error as VnTaskSlaError).path[0]).toBe('options')
          }
        }),
        { numRuns: RUNS / 4 },
      )
    },
  )
})

describe('acceptsUnchanged: exact cases on the options of evaluateTask (Art. 2.4, 6.2(b), 18.1(d))', () => {
  const accepts = acceptsUnchanged(EvaluateTaskOptions)

  it('says yes to plain options within their limits, a calendar and a profile among them', () => {
    expect(accepts({ asOf: TRANSFER_MS })).toBe(true)
    expect(accepts({ asOf: '2025-07-01T09:00', cadence: 'quarterly', thresholds: { workingDaysLeft: 5 } })).toBe(true)
    expect(accepts({ asOf: TRANSFER_MS, calendar: vietnamCalendar(), regulation: province, until: '2025-12-31' })).toBe(true)
    expect(accepts({ asOf: TRANSFER_MS, thresholds: { elapsedShare: 1 }, interimGraceDays: 0, dueDayOfMonth: 31 })).toBe(true)
  })

  it('leaves to zod what it cannot judge alone: a Date, a calendar day with its refinement, a key it does not know', () => {
    expect(accepts({ asOf: new Date(TRANSFER_MS) })).toBe(false)
    expect(z.safeParse(EvaluateTaskOptions, { asOf: new Date(TRANSFER_MS) }).success).toBe(true)
    expect(accepts({ asOf: TRANSFER_MS, misspeltOption: 1 })).toBe(false)
  })

  it('says no to values zod refuses: NaN, ±Infinity, a fraction of a day, a share above 1, a plain copy of a profile', () => {
    for (const options of [
      { asOf: Number.NaN },
      { asOf: Number.POSITIVE_INFINITY },
      { asOf: 1.5 },
      { asOf: 2 ** 53 },
      { asOf: TRANSFER_MS, interimGraceDays: 0.5 },
      { asOf: TRANSFER_MS, interimGraceDays: -0.5 },
      { asOf: TRANSFER_MS, dueDayOfMonth: 32 },
      { asOf: TRANSFER_MS, thresholds: { elapsedShare: 1.0000001 } },
      { asOf: TRANSFER_MS, thresholds: { elapsedShare: 0 } },
      { asOf: TRANSFER_MS, thresholds: null },
      { asOf: TRANSFER_MS, regulation: { ...REGULATION_08_QC_TW } },
      { asOf: TRANSFER_MS, cadence: 'Monthly' },
    ]) {
      expect(accepts(options)).toBe(false)
      expect(z.safeParse(EvaluateTaskOptions, options).success).toBe(false)
    }
  })

  it('gives back unchanged only what zod gives back unchanged: an array with a property besides its elements goes through zod', () => {
    // zod reads an array by its elements and returns a new one without `note`; the reader would return
    // the caller's array, `note` and all, so the check must leave it to zod, as it does an unknown key.
    const allowOther = Object.assign(['budget'], { note: 'x' })
    const options = { asOf: TRANSFER_MS, allowOther }
    const accepts = acceptsUnchanged(MaskForSystemOptions)
    expect(z.parse(MaskForSystemOptions, options)).toEqual({ asOf: TRANSFER_MS, allowOther: ['budget'] })
    expect(accepts(options)).toBe(false)
  })

  it('takes -0 as zod does: a number within its limits, given back unchanged', () => {
    const options = { asOf: TRANSFER_MS, interimGraceDays: -0 }
    expect(accepts(options)).toBe(true)
    expect(Object.is(z.parse(EvaluateTaskOptions, options).interimGraceDays, -0)).toBe(true)
  })
})

describe('acceptsUnchanged: every check a schema states is honoured, whatever the shape it is on (latent: no reader meets one yet)', () => {
  // The check reads `checks` on objects, numbers and strings only; zod/mini allows them on every schema.
  const cases: readonly (readonly [string, Schema, unknown])[] = [
    ['an array with a minimum length', z.array(z.string()).check(z.minLength(1)), []],
    ['an array with a maximum length', z.array(z.string()).check(z.maxLength(1)), ['a', 'b']],
    ['a readonly array with a refinement', z.readonly(z.array(z.string())).check(z.refine((v) => v.length > 0)), []],
    ['an enum with a refinement', z.enum(['a', 'b']).check(z.refine((v) => v === 'a')), 'b'],
    ['a boolean with a refinement', z.boolean().check(z.refine((v) => v)), false],
    ['a union with a refinement', z.union([z.string(), z.int()]).check(z.refine((v) => typeof v === 'string')), 1],
    ['an optional with a refinement', z.optional(z.string()).check(z.refine((v) => v !== undefined)), undefined],
    ['a nullable with a refinement', z.nullable(z.string()).check(z.refine((v) => v !== null)), null],
    ['an exact optional, which refuses undefined', z.strictObject({ a: z.exactOptional(z.string()) }), { a: undefined }],
  ]

  it('never says yes where zod says no: a check on an array, a readonly, an enum, a boolean, a union, an optional, a nullable', () => {
    for (const [, schema, value] of cases) expect(z.safeParse(schema, value).success).toBe(false)
    expect(cases.filter(([, schema, value]) => acceptsUnchanged(schema)(value)).map(([name]) => name)).toEqual([])
  })
})
