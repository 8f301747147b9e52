import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { acceptsUnchanged } from '../../src/core/reader.js'
import {
  ASSIGNEE_KINDS,
  DATE_DEADLINE_READINGS,
  type DateDeadlineReading,
  SECRECY_LEVELS,
  TASK_EVENT_TYPES,
  TASK_GROUPS,
  TASK_PRIORITIES,
  TASK_SCOPES,
  TaskInput,
  vietnamCalendar,
} from '../../src/index.js'
import { parseTask } from '../../src/task/task-facts.js'
import { instantBetween, MS_PER_DAY, utc } from '../arbitraries/calendar.js'
import { taskCase } from '../arbitraries/tasks.js'
import { caught } from '../support/caught.js'

// The check compiled from the TaskInput schema that lets reading a task (Art. 4.1 — khoản 1 Điều 4: the
// task model) skip the zod parse. Its law: whenever it says yes, the TaskInput schema says yes too, to
// the value unchanged; and reading a task gives the same facts, or the same error, whichever way it went.

const isWellFormedTask = acceptsUnchanged(TaskInput)

function readTask(task: unknown, options: { readonly calendar: typeof calendar; readonly dateDeadlines?: DateDeadlineReading }) {
  return parseTask(task, options.calendar, { dateDeadlines: options.dateDeadlines ?? 'as-written', start: 'transfer' })
}

const calendar = vietnamCalendar()

function schemaAccepts(value: unknown): boolean {
  return z.safeParse(TaskInput, value).success
}

const TRANSFER = '2025-05-19T09:00'

/** A Conclusion 155-KL/TW task with every field of Art. 4.1 given. */
const KL155 = {
  id: 'kl155-5-standing-units',
  transferredAt: TRANSFER,
  issuedAt: '2025-05-16T16:00',
  deadline: '2025-10-31',
  events: [
    { type: 'acknowledged', at: '2025-05-19T09:30' },
    { type: 'started', at: '2025-05-20T08:30' },
    { type: 'deadline-extended', at: '2025-10-20T09:00', deadline: '2025-11-30' },
  ],
  assigneeKind: 'central-party-agency',
  scope: 'national',
  priority: 'urgent',
  secrecy: 'normal',
  group: 'listed',
}

class TaskRecord {
  id = 't'
  transferredAt = 0
}

describe('isWellFormedTask: exact cases (Art. 4.1 — khoản 1 Điều 4)', () => {
  it('accepts the common forms: strings and epoch milliseconds, every field of Art. 4.1', () => {
    expect(isWellFormedTask({ id: 't', transferredAt: 0 })).toBe(true)
    expect(isWellFormedTask({ id: 't', transferredAt: TRANSFER, deadline: null, events: [] })).toBe(true)
    expect(isWellFormedTask({ id: 't', transferredAt: -1, deadline: Number.MAX_SAFE_INTEGER })).toBe(true)
    expect(isWellFormedTask(KL155)).toBe(true)
    expect(isWellFormedTask({ id: 't', transferredAt: 0, issuedAt: undefined, deadline: undefined, events: undefined })).toBe(
      true,
    )
    expect(isWellFormedTask(Object.freeze({ ...KL155, events: Object.freeze(KL155.events.map((e) => Object.freeze(e))) }))).toBe(
      true,
    )
  })

  it('accepts an object without a prototype, as the schema does', () => {
    const task = Object.assign(Object.create(null) as object, { id: 't', transferredAt: 0 })
    expect(isWellFormedTask(task)).toBe(true)
    expect(schemaAccepts(task)).toBe(true)
  })

  it('leaves Dates to the schema, which accepts them, and takes a valid DateTime as the schema does', () => {
    for (const task of [
      { id: 't', transferredAt: new Date(utc(2025, 5, 19, 2)) },
      { id: 't', transferredAt: 0, events: [{ type: 'started', at: new Date(utc(2025, 5, 20)) }] },
    ]) {
      expect(isWellFormedTask(task)).toBe(false)
      expect(schemaAccepts(task)).toBe(true)
    }
    const withDateTime = {
      id: 't',
      transferredAt: 0,
      deadline: DateTime.fromMillis(utc(2025, 6, 30), { zone: 'Asia/Ho_Chi_Minh' }),
    }
    expect(isWellFormedTask(withDateTime)).toBe(true)
    expect(schemaAccepts(withDateTime)).toBe(true)
  })

  it('refuses a missing or empty id, a missing transfer, and instants that are not strings or safe integers', () => {
    for (const task of [
      { transferredAt: 0 },
      { id: '', transferredAt: 0 },
      { id: 7, transferredAt: 0 },
      { id: 't' },
      { id: 't', transferredAt: undefined },
      { id: 't', transferredAt: null },
      { id: 't', transferredAt: 1.5 },
      { id: 't', transferredAt: Number.NaN },
      { id: 't', transferredAt: Number.POSITIVE_INFINITY },
      { id: 't', transferredAt: 2 ** 53 },
      { id: 't', transferredAt: true },
      { id: 't', transferredAt: 0, issuedAt: null },
      { id: 't', transferredAt: 0, deadline: 0.5 },
      { id: 't', transferredAt: 0, deadline: {} },
    ]) {
      expect(isWellFormedTask(task)).toBe(false)
    }
  })

  it('refuses unknown keys and values outside the lists of Art. 4.1(b)–(g)', () => {
    for (const task of [
      { id: 't', transferredAt: 0, owner: 'x' },
      { id: 't', transferredAt: 0, deadLine: '2025-06-30' },
      { id: 't', transferredAt: 0, assigneeKind: 'ministry' },
      { id: 't', transferredAt: 0, scope: 'National' },
      { id: 't', transferredAt: 0, priority: 'high' },
      { id: 't', transferredAt: 0, secrecy: 'internal' },
      { id: 't', transferredAt: 0, group: 3 },
      { id: 't', transferredAt: 0, group: null },
      { id: 't', transferredAt: 0, specialSecrecy: 'yes' },
      { id: 't', transferredAt: 0, specialSecrecy: null },
    ]) {
      expect(isWellFormedTask(task)).toBe(false)
      expect(schemaAccepts(task)).toBe(false)
    }
  })

  it('refuses events that are not an array of plain events of known types', () => {
    for (const events of [
      {},
      'started',
      null,
      [null],
      [{ type: 'paused', at: 0 }],
      [{ type: 'started' }],
      [{ type: 'started', at: 0.5 }],
      [{ type: 'started', at: 0, note: 'x' }],
      [{ type: 'deadline-extended', at: 0, deadline: false }],
      [[{ type: 'started', at: 0 }]],
      [
        new (class Event {
          type = 'started'
          at = 0
        })(),
      ],
    ]) {
      expect(isWellFormedTask({ id: 't', transferredAt: 0, events })).toBe(false)
    }
  })

  it('refuses what is not a plain object: null, strings, arrays, class instances, Maps, objects with another prototype', () => {
    for (const value of [
      null,
      undefined,
      't',
      0,
      [{ id: 't', transferredAt: 0 }],
      new TaskRecord(),
      new Map<string, unknown>([
        ['id', 't'],
        ['transferredAt', 0],
      ]),
      Object.create({ id: 't', transferredAt: 0 }),
    ]) {
      expect(isWellFormedTask(value)).toBe(false)
    }
  })

  it('refuses every task while Object.prototype carries an enumerable key (a polluted prototype goes through the schema)', () => {
    const prototype = Object.prototype as Record<string, unknown>
    prototype.polluted = 'yes'
    try {
      expect(isWellFormedTask({ id: 't', transferredAt: 0 })).toBe(false)
    } finally {
      delete prototype.polluted
    }
    expect(isWellFormedTask({ id: 't', transferredAt: 0 })).toBe(true)
  })

  it('reads each field as the schema does, enumerable or not: a hidden empty id or a hidden bad deadline is refused, a hidden valid one goes through zod', () => {
    const hiddenId = Object.defineProperty({ transferredAt: 1 }, 'id', { value: '', enumerable: false })
    const hiddenTransfer = Object.defineProperty({ id: 't' }, 'transferredAt', { value: true, enumerable: false })
    const hiddenDeadline = Object.defineProperty({ id: 't', transferredAt: 1 }, 'deadline', { value: {}, enumerable: false })
    for (const task of [hiddenId, hiddenTransfer, hiddenDeadline]) {
      expect(isWellFormedTask(task)).toBe(false)
      expect(z.safeParse(TaskInput, task).success).toBe(false)
    }
    // zod reads the hidden field and gives back a copy in which it is enumerable: not the value unchanged.
    const hiddenValid = Object.defineProperty({ transferredAt: 1 }, 'id', { value: 't', enumerable: false })
    expect(isWellFormedTask(hiddenValid)).toBe(false)
    expect(z.safeParse(TaskInput, hiddenValid).success).toBe(true)
  })

  it('reads a task the same way through the schema: a Date transfer is the same instant as its epoch milliseconds', () => {
    const ms = utc(2025, 5, 19, 2)
    expect(readTask({ id: 't', transferredAt: new Date(ms), deadline: '2025-06-30' }, { calendar })).toEqual(
      readTask({ id: 't', transferredAt: ms, deadline: '2025-06-30' }, { calendar }),
    )
    expect(readTask({ id: 't', transferredAt: new Date(ms), deadline: '2025-06-30' }, { calendar })).toEqual({
      id: 't',
      transferredAt: ms,
      issuedAt: undefined,
      deadline: utc(2025, 6, 30, 16, 59) + 59_999,
      events: [],
      firstStart: undefined,
      ending: undefined,
      firstAcknowledgement: undefined,
      firstObjection: undefined,
      reports: [],
      extensions: [],
      reassignments: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------------
// The mixed arbitrary: valid and invalid pieces, in valid and invalid containers.

/** Marks a field left out of an object. */
const ABSENT = Symbol('absent')
type Piece = unknown

function withAbsent(piece: fc.Arbitrary<Piece>, absentWeight = 1, presentWeight = 4): fc.Arbitrary<Piece> {
  return fc.oneof({ arbitrary: fc.constant(ABSENT), weight: absentWeight }, { arbitrary: piece, weight: presentWeight })
}

const msAround = fc.integer({ min: utc(2024, 1, 1), max: utc(2027, 12, 31) })

/** What the guard takes as an instant: any string (read later), a safe integer. */
const goodInstant: fc.Arbitrary<Piece> = fc.oneof(
  msAround,
  msAround.map((ms) => new Date(ms).toISOString()),
  msAround.map((ms) => new Date(ms).toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
)

/** Instants the schema takes and the guard leaves to it. */
const schemaOnlyInstant: fc.Arbitrary<Piece> = fc.oneof(
  msAround.map((ms) => new Date(ms)),
  msAround.map((ms) => DateTime.fromMillis(ms, { zone: 'Asia/Ho_Chi_Minh' })),
)

/** Neither an instant nor anything the schema takes. */
const badInstant: fc.Arbitrary<Piece> = fc.oneof(
  fc.double({ noInteger: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2 ** 53,
    -(2 ** 53),
    1e300,
    true,
    false,
    null,
    undefined,
    10n,
  ),
  fc.constantFrom({}, [], [0], { ms: 0 }, () => 0),
  fc.constant(new Date(Number.NaN)),
)

function instantPiece(extra: readonly Piece[] = []): fc.Arbitrary<Piece> {
  return fc.oneof(
    { arbitrary: goodInstant, weight: 8 },
    { arbitrary: schemaOnlyInstant, weight: 1 },
    { arbitrary: badInstant, weight: 1 },
    ...(extra.length === 0 ? [] : [{ arbitrary: fc.constantFrom(...extra), weight: 1 }]),
  )
}

function enumPiece(members: readonly string[]): fc.Arbitrary<Piece> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...members), weight: 8 },
    {
      arbitrary: fc.oneof(
        fc.constantFrom(...members).map((member) => member.toUpperCase()),
        fc.constantFrom(...members).map((member) => `${member} `),
        fc.constantFrom('', 'unknown', 'other-kind', 'Key'),
      ),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(0, null, true, {}, [members[0]], undefined), weight: 1 },
  )
}

const UNKNOWN_KEYS = ['owner', 'ID', 'deadLine', 'events ', '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']
const unknownEntry: fc.Arbitrary<readonly [string, Piece]> = fc.tuple(
  fc.constantFrom(...UNKNOWN_KEYS),
  fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant(null)),
)

type Container = 'plain' | 'null-prototype' | 'frozen' | 'class' | 'array' | 'other-prototype' | 'map'

/** Containers the guard and the schema both take, and ones neither does. */
const container: fc.Arbitrary<Container> = fc.oneof(
  { arbitrary: fc.constantFrom<Container>('plain', 'null-prototype', 'frozen'), weight: 12 },
  { arbitrary: fc.constantFrom<Container>('class', 'array', 'other-prototype', 'map'), weight: 1 },
)

class Holder {}

/** An object of the entries (own, enumerable data properties, `__proto__` included) in the container. */
function build(entries: readonly (readonly [string, Piece])[], kind: Container): unknown {
  if (kind === 'map') return new Map(entries)
  const target: object =
    kind === 'null-prototype'
      ? Object.create(null)
      : kind === 'class'
        ? new Holder()
        : kind === 'array'
          ? []
          : kind === 'other-prototype'
            ? Object.create({ inherited: true })
            : {}
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return kind === 'frozen' ? Object.freeze(target) : target
}

function entriesOf(fields: Readonly<Record<string, Piece>>, extra: readonly (readonly [string, Piece])[]) {
  return [...Object.entries(fields).filter(([, value]) => value !== ABSENT), ...extra]
}

const eventPiece: fc.Arbitrary<Piece> = fc
  .record({
    type: withAbsent(
      fc.oneof(
        { arbitrary: fc.constantFrom(...TASK_EVENT_TYPES), weight: 10 },
        { arbitrary: fc.constantFrom('Started', 'paused', '', 3, null, undefined), weight: 1 },
      ),
      1,
      20,
    ),
    at: withAbsent(instantPiece(), 1, 20),
    deadline: fc.oneof(
      { arbitrary: fc.constant(ABSENT), weight: 6 },
      { arbitrary: fc.constant(undefined), weight: 1 },
      { arbitrary: instantPiece(), weight: 3 },
    ),
    extra: fc.oneof(
      { arbitrary: fc.constant([]), weight: 12 },
      { arbitrary: fc.array(unknownEntry, { maxLength: 1 }), weight: 1 },
    ),
    kind: container,
  })
  .map(({ extra, kind, ...fields }) => build(entriesOf(fields, extra), kind))

const eventsPiece: fc.Arbitrary<Piece> = fc.oneof(
  { arbitrary: fc.array(eventPiece, { maxLength: 4 }), weight: 10 },
  { arbitrary: fc.array(eventPiece, { maxLength: 3 }).map((events) => Object.freeze(events)), weight: 1 },
  {
    // Arrays with a hole, with an extra property, or an array-like object.
    arbitrary: fc.array(eventPiece, { minLength: 1, maxLength: 3 }).chain((events) =>
      fc.constantFrom(
        [undefined, ...events],
        Object.assign([...events], { note: 'x' }),
        Object.fromEntries(events.map((event, index) => [String(index), event])),
        // biome-ignore lint/suspicious/noSparseArray: a sparse array is a piece under test
        [, ...events],
      ),
    ),
    weight: 1,
  },
  { arbitrary: fc.constantFrom('started', null, 0, {}, undefined), weight: 1 },
)

const idPiece: fc.Arbitrary<Piece> = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 12 }), weight: 10 },
  { arbitrary: fc.constantFrom('', 0, null, undefined, ['t'], { id: 't' }), weight: 1 },
)

/** Task-like values: each field valid most of the time, so that both answers are common. */
const taskLike: fc.Arbitrary<unknown> = fc
  .record({
    id: withAbsent(idPiece, 1, 30),
    transferredAt: withAbsent(instantPiece(), 1, 30),
    issuedAt: withAbsent(instantPiece(), 4, 1),
    deadline: withAbsent(instantPiece([null]), 2, 3),
    events: withAbsent(eventsPiece, 1, 3),
    assigneeKind: withAbsent(enumPiece(ASSIGNEE_KINDS), 3, 1),
    scope: withAbsent(enumPiece(TASK_SCOPES), 3, 1),
    priority: withAbsent(enumPiece(TASK_PRIORITIES), 3, 1),
    secrecy: withAbsent(enumPiece(SECRECY_LEVELS), 3, 1),
    group: withAbsent(enumPiece(TASK_GROUPS), 3, 1),
    specialSecrecy: withAbsent(fc.constantFrom<Piece>(true, false, 'true', 0, null), 3, 1),
    extra: fc.oneof(
      { arbitrary: fc.constant([]), weight: 12 },
      { arbitrary: fc.array(unknownEntry, { maxLength: 2 }), weight: 1 },
    ),
    kind: container,
  })
  .map(({ extra, kind, ...fields }) => build(entriesOf(fields, extra), kind))

/** A generated task of the rules' own laws with one field replaced by a piece. */
const mutatedTask: fc.Arbitrary<unknown> = fc
  .tuple(
    taskCase(),
    fc.oneof(
      fc.tuple(fc.constant('transferredAt'), instantPiece()),
      fc.tuple(fc.constant('deadline'), instantPiece([null])),
      fc.tuple(fc.constant('id'), idPiece),
      fc.tuple(fc.constant('events'), eventsPiece),
      fc.tuple(fc.constantFrom('scope', 'priority'), enumPiece(TASK_SCOPES)),
      unknownEntry,
    ),
  )
  .map(([c, [key, value]]) => build([...Object.entries(c.task).filter(([name]) => name !== key), [key, value]], 'plain'))

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: taskLike, weight: 8 },
  { arbitrary: mutatedTask, weight: 3 },
  { arbitrary: fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withBigInt: true }), weight: 1 },
)

describe('isWellFormedTask: properties (Art. 4.1 — khoản 1 Điều 4)', () => {
  it('never says yes where the TaskInput schema says no (2,000 mixed values)', () => {
    const seen = { both: 0, schemaOnly: 0, neither: 0 }
    fc.assert(
      fc.property(anyValue, (value) => {
        const fast = isWellFormedTask(value)
        const schema = schemaAccepts(value)
        if (fast) expect(schema).toBe(true)
        if (fast) seen.both += 1
        else if (schema) seen.schemaOnly += 1
        else seen.neither += 1
      }),
      { numRuns: 2_000 },
    )
    // The arbitrary reaches every answer: the fast path, the schema alone, and the refusals.
    expect(seen.both).toBeGreaterThan(300)
    expect(seen.schemaOnly).toBeGreaterThan(50)
    expect(seen.neither).toBeGreaterThan(500)
  })

  it('says yes to every generated task of the rules (numbers and calendar days): the fast path is the common one', () => {
    fc.assert(
      fc.property(taskCase(), (c) => {
        expect(isWellFormedTask(c.task)).toBe(true)
        expect(schemaAccepts(c.task)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('does not change what readTask returns: the same task with a Date transfer, or a Date event instant, goes through the schema', () => {
    fc.assert(
      fc.property(
        taskCase(),
        fc.constantFrom(...DATE_DEADLINE_READINGS),
        fc.boolean(),
        fc.nat(),
        (c, dateDeadlines, onEvent, pick) => {
          const task = c.task
          const event = task.events[pick % Math.max(1, task.events.length)]
          const slow =
            onEvent && event !== undefined
              ? {
                  ...task,
                  events: task.events.map((e) => (e === event ? { ...e, at: new Date(e.at as number) } : e)),
                }
              : { ...task, transferredAt: new Date(c.transfer) }
          expect(isWellFormedTask(task)).toBe(true)
          expect(isWellFormedTask(slow)).toBe(false)
          const options = { calendar, dateDeadlines }
          expect(readTask(slow, options)).toEqual(readTask(task, options))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('does not change the error readTask throws for a task the schema accepts but the reading refuses', () => {
    const flaw = fc.oneof(
      fc.constant('extension-without-deadline' as const),
      fc.constant('deadline-on-start' as const),
      fc.constant('deadline-before-transfer' as const),
      fc.constant('unreadable-transfer' as const),
      fc.constant('unreadable-event' as const),
    )
    fc.assert(
      fc.property(taskCase(), flaw, instantBetween(utc(2025, 1, 1), utc(2026, 6, 30)), (c, kind, ms) => {
        const task = c.task
        const broken =
          kind === 'extension-without-deadline'
            ? { ...task, events: [...task.events, { type: 'deadline-extended' as const, at: ms }] }
            : kind === 'deadline-on-start'
              ? { ...task, events: [...task.events, { type: 'started' as const, at: ms, deadline: ms + MS_PER_DAY }] }
              : kind === 'deadline-before-transfer'
                ? { ...task, deadline: c.transfer - 1 }
                : kind === 'unreadable-transfer'
                  ? { ...task, transferredAt: '2025-13-01T09:00' }
                  : { ...task, events: [{ type: 'started' as const, at: 'soon' }, ...task.events] }
        // A Date issue instant sends the same task through the schema; it plays no part in these errors.
        const slow = { ...broken, issuedAt: new Date(utc(2024, 12, 1)) }
        expect(isWellFormedTask(broken)).toBe(true)
        expect(isWellFormedTask(slow)).toBe(false)
        expect(schemaAccepts(slow)).toBe(true)
        const fastError = caught(() => readTask(broken, { calendar }))
        const slowError = caught(() => readTask(slow, { calendar }))
        expect([slowError.code, slowError.path]).toEqual([fastError.code, fastError.path])
        expect(fastError.code).toBe('invalid_input')
        expect(fastError.path[0]).toBe('task')
      }),
      { numRuns: 300 },
    )
  })
})
