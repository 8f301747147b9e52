import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  ERROR_CODES,
  isVnTaskSlaError,
  type MaskForSystemOptions,
  maskForSystem,
  type SecrecyLevel,
  StandardRecord,
  VnTaskSlaError,
} from '../../src/index.js'
import { assignmentDocumentArbitrary } from '../../src/testing/index.js'
import { caught } from '../support/caught.js'
import { AS_OF, conclusion155, type FixtureDocument, type FixtureTask } from './fixture.js'
import { formsOf, recording, sentinelDocument, type Trap } from './refusal-kit.js'

// Art. 3.1 (khoản 1 Điều 3): "đối với nhiệm vụ thuộc danh mục tuyệt mật hoặc có yêu cầu bảo mật riêng,
// việc theo dõi, đôn đốc thực hiện theo quy định riêng của Đảng". B17: a document or a task marked as
// having a special secrecy requirement (`specialSecrecy: true`) is kept off the system exactly like a
// top-secret one (5.3). maskForSystem reads the document's `secrecy`, then its `specialSecrecy`, and
// nothing else before it refuses; the error carries nothing of the document. Proved as the top-secret
// refusal is (top-secret.test.ts).

const LEVELS_BELOW_TOP = ['normal', 'confidential', 'secret'] as const

/** The refusal `run` throws; fails the test on anything else. */
function refusal(run: () => unknown): VnTaskSlaError {
  const error = caught(run)
  if (error.code !== 'special_secrecy_refused') throw new Error(`expected special_secrecy_refused, got ${error.code}`)
  return error
}

/** Conclusion 155 at `secrecy`, with the document's specialSecrecy set when `special` is given. */
function marked(secrecy: SecrecyLevel, special?: unknown): FixtureDocument {
  const document = conclusion155(secrecy)
  if (special !== undefined) document.specialSecrecy = special as boolean
  return document
}

/** Conclusion 155 at `secrecy`, with fields spread into its tasks by index. */
function withTasks(secrecy: SecrecyLevel, changes: Readonly<Record<number, Partial<FixtureTask>>>): FixtureDocument {
  const document = conclusion155(secrecy)
  document.tasks = document.tasks.map((task, index) => ({ ...task, ...(changes[index] ?? {}) }))
  return document
}

const EN = 'A document or task with a special secrecy requirement is not put on the tracking system (Art. 3.1): '
const EN_DETAIL =
  'tasks with a special secrecy requirement are monitored and urged under the Party’s own separate rules, off the system'
const VI = 'Không cập nhật văn bản, nhiệm vụ có yêu cầu bảo mật riêng lên Hệ thống theo dõi, đánh giá (khoản 1 Điều 3): '
const VI_DETAIL =
  'việc theo dõi, đôn đốc nhiệm vụ có yêu cầu bảo mật riêng thực hiện theo quy định riêng của Đảng, ngoài Hệ thống'

describe('Art. 3.1 / khoản 1 Điều 3: a document with a special secrecy requirement is refused having read only secrecy and specialSecrecy', () => {
  it.each(LEVELS_BELOW_TOP)(
    'a %s document: reads secrecy, then specialSecrecy, and touches no other property, key, descriptor or prototype',
    (secrecy) => {
      const log: Trap[] = []
      refusal(() => maskForSystem(recording(marked(secrecy, true), log), { asOf: AS_OF }))
      expect(log).toEqual([
        ['get', 'secrecy'],
        ['get', 'specialSecrecy'],
      ])
    },
  )

  it('a top-secret document marked so is refused as top secret (5.3), having read its secrecy only', () => {
    const log: Trap[] = []
    const error = caught(() => maskForSystem(recording(marked('top-secret', true), log), { asOf: AS_OF }))
    expect([error.code, error.path]).toStrictEqual(['top_secret_refused', ['document', 'secrecy']])
    expect(log).toEqual([['get', 'secrecy']])
  })

  it('the recorder sees every kind of read: a document marked false is read in full (the tests above can fail)', () => {
    const log: Trap[] = []
    maskForSystem(recording(marked('secret', false), log), { asOf: AS_OF })
    const seen = new Set(log.map(([trap, key]) => `${trap}:${String(key)}`))
    for (const read of [
      'get:secrecy',
      'get:specialSecrecy',
      'ownKeys:undefined',
      'getOwnPropertyDescriptor:title',
      'get:tasks',
    ]) {
      expect(seen).toContain(read)
    }
  })

  it('never reaches the nested objects: tasks, each task, events, other, the agency lists', () => {
    const nested: Trap[] = []
    const plain = marked('confidential', true)
    const document = recording(
      {
        ...plain,
        tasks: recording(
          plain.tasks.map((task) => recording({ ...task, events: recording([...(task.events ?? [])], nested) }, nested)),
          nested,
        ),
        other: recording({ ...plain.other }, nested),
        assignees: recording([...plain.assignees], nested),
        monitoringAgencies: recording([...plain.monitoringAgencies], nested),
      },
      [],
    )
    refusal(() => maskForSystem(document, { asOf: AS_OF }))
    expect(nested).toEqual([])
  })

  it('reads no option either: the refusal comes before the options are looked at', () => {
    const log: Trap[] = []
    const options = recording<MaskForSystemOptions>({ asOf: AS_OF, allowOther: ['pages'] }, log)
    refusal(() => maskForSystem(marked('normal', true), options))
    expect(log).toEqual([])
  })

  it('refuses whatever else the document holds, valid or not, and whatever the options', () => {
    // Invalid and partial documents on purpose (cast): the refusal reads only the two secrecy fields.
    const error = refusal(() =>
      maskForSystem(
        { secrecy: 'secret', specialSecrecy: true, title: '', tasks: 'không phải danh sách', issuedOn: 42 } as never,
        {
          asOf: 'không phải thời điểm',
          allowOther: [1],
        } as unknown as MaskForSystemOptions,
      ),
    )
    expect(error.path).toEqual(['document', 'specialSecrecy'])
    expect(refusal(() => maskForSystem({ secrecy: 'normal', specialSecrecy: true } as never, { asOf: AS_OF })).path).toEqual([
      'document',
      'specialSecrecy',
    ])
  })

  it('reads an inherited secrecy and specialSecrecy the same way, and still nothing else', () => {
    const log: Trap[] = []
    const document = recording(Object.create({ secrecy: 'normal', specialSecrecy: true }) as object, log)
    refusal(() => maskForSystem(document as never, { asOf: AS_OF }))
    expect(log).toEqual([
      ['get', 'secrecy'],
      ['get', 'specialSecrecy'],
    ])
  })

  it('refuses a document of an unknown secrecy as invalid_input at [document, secrecy], before specialSecrecy is read', () => {
    const log: Trap[] = []
    const error = caught(() =>
      maskForSystem(recording({ ...marked('normal', true), secrecy: 'Mật' as SecrecyLevel }, log), { asOf: AS_OF }),
    )
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'secrecy']])
    expect(log).toEqual([['get', 'secrecy']])
  })
})

describe('Art. 3.1 / khoản 1 Điều 3: the refusal error', () => {
  it('is a VnTaskSlaError, code special_secrecy_refused, path [document, specialSecrecy], in Vietnamese and English', () => {
    const error = refusal(() => maskForSystem(marked('normal', true), { asOf: AS_OF }))
    expect(error).toBeInstanceOf(VnTaskSlaError)
    expect(error).toBeInstanceOf(Error)
    expect(isVnTaskSlaError(error)).toBe(true)
    expect(error.name).toBe('VnTaskSlaError')
    expect(error.code).toBe('special_secrecy_refused')
    expect(error.path).toStrictEqual(['document', 'specialSecrecy'])
    expect(error.messages).toStrictEqual({ vi: VI + VI_DETAIL, en: EN + EN_DETAIL })
    expect(error.detail).toStrictEqual({ vi: VI_DETAIL, en: EN_DETAIL })
    expect(error.message).toBe(`${EN}${EN_DETAIL} (document.specialSecrecy) — ${VI}${VI_DETAIL} (document.specialSecrecy)`)
    expect(error.cause).toBeUndefined()
    expect(Object.hasOwn(error, 'cause')).toBe(false)
  })

  it('has only the package’s own properties', () => {
    const error = refusal(() => maskForSystem(marked('secret', true), { asOf: AS_OF }))
    expect(Reflect.ownKeys(error).sort()).toEqual(['code', 'detail', 'message', 'messages', 'name', 'path', 'stack'])
  })

  it('is the same error for two different documents', () => {
    const a = refusal(() => maskForSystem(marked('secret', true), { asOf: AS_OF }))
    // A partial document (cast): nothing but its secrecy is read.
    const b = refusal(() => maskForSystem({ secrecy: 'normal', specialSecrecy: true, title: 'Khác' } as never, { asOf: AS_OF }))
    expect([a.message, a.code, a.path, a.messages]).toStrictEqual([b.message, b.code, b.path, b.messages])
  })

  it('has a stable code, appended at the end of ERROR_CODES', () => {
    expect(ERROR_CODES).toEqual([
      'invalid_input',
      'invalid_calendar',
      'outside_calendar_range',
      'top_secret_refused',
      'special_secrecy_refused',
    ])
  })
})

describe('Art. 3.1 / khoản 1 Điều 3: a task with a special secrecy requirement refuses its whole document', () => {
  it.each(LEVELS_BELOW_TOP)('a %s document with its second task marked: refused at that task’s field', (secrecy) => {
    const error = refusal(() => maskForSystem(withTasks(secrecy, { 1: { specialSecrecy: true } }), { asOf: AS_OF }))
    expect(error.path).toStrictEqual(['document', 'tasks', 1, 'specialSecrecy'])
    expect(error.messages).toStrictEqual({ vi: VI + VI_DETAIL, en: EN + EN_DETAIL })
  })

  it('two tasks marked: the path of the first', () => {
    const document = withTasks('normal', { 1: { specialSecrecy: true }, 2: { specialSecrecy: true } })
    expect(refusal(() => maskForSystem(document, { asOf: AS_OF })).path).toStrictEqual(['document', 'tasks', 1, 'specialSecrecy'])
  })

  it('a document marked false with a task marked true: refused at the task', () => {
    const document = withTasks('secret', { 2: { specialSecrecy: true } })
    document.specialSecrecy = false
    expect(refusal(() => maskForSystem(document, { asOf: AS_OF })).path).toStrictEqual(['document', 'tasks', 2, 'specialSecrecy'])
  })

  it.each([
    ['before', { 0: { specialSecrecy: true }, 2: { secrecy: 'top-secret' } }],
    ['after', { 0: { secrecy: 'top-secret' }, 2: { specialSecrecy: true } }],
  ] as const)('a top-secret task %s a marked task: top secret comes first (5.3), as on the document', (_, changes) => {
    const error = caught(() => maskForSystem(withTasks('normal', changes), { asOf: AS_OF }))
    expect([error.code, error.path]).toStrictEqual(['top_secret_refused', ['document', 'secrecy']])
  })

  it('a marked task is refused even when the options are wrong, once they are read: the options come first', () => {
    const error = caught(() =>
      maskForSystem(withTasks('normal', { 0: { specialSecrecy: true } }), { asOf: 'hôm nay' } as MaskForSystemOptions),
    )
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['options', 'asOf']])
  })
})

describe('Art. 3.1 / khoản 1 Điều 3: the error carries nothing of the document', () => {
  it.each(LEVELS_BELOW_TOP)('a %s document marked true: no sentinel in any form of the error', (secrecy) => {
    const { document, sentinels } = sentinelDocument(secrecy)
    document.specialSecrecy = true
    expect(sentinels.length).toBeGreaterThan(25)
    const error = refusal(() => maskForSystem(document, { asOf: AS_OF, allowOther: Object.keys(document.other ?? {}) }))
    for (const form of formsOf(error)) {
      for (const sentinel of sentinels) expect(form).not.toContain(sentinel)
    }
  })

  it.each(LEVELS_BELOW_TOP)('a %s document with a marked task: no sentinel either', (secrecy) => {
    const { document, sentinels } = sentinelDocument(secrecy, { specialSecrecy: true })
    const error = refusal(() => maskForSystem(document, { asOf: AS_OF, allowOther: Object.keys(document.other ?? {}) }))
    expect(error.path).toStrictEqual(['document', 'tasks', 1, 'specialSecrecy'])
    for (const form of formsOf(error)) {
      for (const sentinel of sentinels) expect(form).not.toContain(sentinel)
    }
  })

  it('the sentinel document marked false is masked, and its sentinels are there to find', () => {
    const { document } = sentinelDocument('normal', { specialSecrecy: false })
    document.specialSecrecy = false
    const json = JSON.stringify(maskForSystem(document, { asOf: AS_OF }))
    expect(json).toContain('TUYETMAT-title-')
    expect(json).toContain('TUYETMAT-task1-content-')
  })
})

describe('Art. 3.1 / khoản 1 Điều 3: specialSecrecy false or absent changes nothing', () => {
  it.each(LEVELS_BELOW_TOP)('a %s document marked false gives the record of the same document unmarked', (secrecy) => {
    expect(maskForSystem(marked(secrecy, false), { asOf: AS_OF })).toStrictEqual(maskForSystem(marked(secrecy), { asOf: AS_OF }))
  })

  it.each(LEVELS_BELOW_TOP)('a %s document whose tasks are marked false: the same record', (secrecy) => {
    const document = withTasks(secrecy, {
      0: { specialSecrecy: false },
      1: { specialSecrecy: false },
      2: { specialSecrecy: false },
    })
    expect(maskForSystem(document, { asOf: AS_OF })).toStrictEqual(maskForSystem(marked(secrecy), { asOf: AS_OF }))
  })

  it('the record never carries specialSecrecy, on the document or on a task', () => {
    const document = withTasks('normal', { 0: { specialSecrecy: false } })
    document.specialSecrecy = false
    const masked = maskForSystem(document, { asOf: AS_OF })
    expect(JSON.stringify(masked)).not.toContain('specialSecrecy')
    expect(z.safeParse(StandardRecord, masked.record).success).toBe(true)
  })

  it('a top-secret document marked false is still refused as top secret', () => {
    expect(caught(() => maskForSystem(marked('top-secret', false), { asOf: AS_OF })).code).toBe('top_secret_refused')
  })
})

describe('Art. 3.1 / khoản 1 Điều 3: a specialSecrecy that is not a boolean is invalid_input, echoing nothing', () => {
  const NOT_BOOLEANS: readonly [string, unknown][] = [
    ['the string "true"', 'true'],
    ['a Vietnamese word', 'SENTINEL-có bảo mật riêng'],
    ['1', 1],
    ['0', 0],
    ['null', null],
    ['an object', { reason: 'SENTINEL-lý do' }],
    ['an array', ['SENTINEL-mục']],
  ]

  it.each(NOT_BOOLEANS)(
    'on the document (%s): invalid_input at [document, specialSecrecy], read right after secrecy',
    (_, value) => {
      const log: Trap[] = []
      const error = caught(() => maskForSystem(recording(marked('secret', value), log), { asOf: AS_OF }))
      expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'specialSecrecy']])
      expect(error.messages).toStrictEqual({
        vi: 'Dữ liệu đầu vào không hợp lệ: thiếu hoặc không phải true hoặc false',
        en: 'Invalid input: missing, or not true or false',
      })
      expect(log).toEqual([
        ['get', 'secrecy'],
        ['get', 'specialSecrecy'],
      ])
      for (const form of formsOf(error)) expect(form).not.toContain('SENTINEL')
    },
  )

  it.each(NOT_BOOLEANS)('on a task (%s): invalid_input at [document, tasks, index, specialSecrecy]', (_, value) => {
    for (const secrecy of LEVELS_BELOW_TOP) {
      const document = withTasks(secrecy, { 2: { specialSecrecy: value as boolean } })
      const error = caught(() => maskForSystem(document, { asOf: AS_OF }))
      expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'tasks', 2, 'specialSecrecy']])
      for (const form of formsOf(error)) expect(form).not.toContain('SENTINEL')
    }
  })
})

describe('Art. 3.1 with a document that answers differently on a second read (one snapshot)', () => {
  /** A Proxy whose `specialSecrecy` answers `answers[0]`, then `answers[1]` on every later read; counts reads per key. */
  function fickle(answers: readonly [boolean | undefined, boolean | undefined]) {
    const reads = new Map<PropertyKey, number>()
    const document = new Proxy(marked('normal', false), {
      get(target, key, receiver) {
        const count = (reads.get(key) ?? 0) + 1
        reads.set(key, count)
        if (key === 'specialSecrecy') return count === 1 ? answers[0] : answers[1]
        return Reflect.get(target, key, receiver)
      },
    })
    return { document, reads }
  }

  it('true, then false: refused after one read of each of secrecy and specialSecrecy', () => {
    const { document, reads } = fickle([true, false])
    refusal(() => maskForSystem(document, { asOf: AS_OF }))
    expect([...reads]).toEqual([
      ['secrecy', 1],
      ['specialSecrecy', 1],
    ])
  })

  it.each([
    [false, true],
    [undefined, true],
  ] as const)('%s, then true: the first answer decides, and the record is the unmarked one', (first, second) => {
    const { document, reads } = fickle([first, second])
    expect(maskForSystem(document, { asOf: AS_OF })).toStrictEqual(maskForSystem(marked('normal'), { asOf: AS_OF }))
    // Read by the check, then by the snapshot (the key is the document's own), whose value is overridden.
    expect(reads.get('specialSecrecy')).toBe(2)
  })
})

describe('Art. 3.1 / khoản 1 Điều 3: assignmentDocumentArbitrary and special secrecy', () => {
  const marks = (document: { readonly specialSecrecy?: boolean; readonly tasks: readonly { specialSecrecy?: boolean }[] }) => [
    ...(document.specialSecrecy === true ? [['document', 'specialSecrecy']] : []),
    ...document.tasks.flatMap((task, index) =>
      task.specialSecrecy === true ? [['document', 'tasks', index, 'specialSecrecy']] : [],
    ),
  ]

  it('with specialSecrecy: true, marks each document once, on itself or on a task, and maskForSystem refuses it there', () => {
    const seen = { document: 0, task: 0 }
    fc.assert(
      fc.property(assignmentDocumentArbitrary({ specialSecrecy: true, maxTasks: 3 }), (document) => {
        const [mark, ...more] = marks(document)
        expect(more).toEqual([])
        const error = refusal(() => maskForSystem(document, { asOf: '2027-01-01T00:00' }))
        expect(error.path).toStrictEqual(mark)
        seen[mark?.length === 2 ? 'document' : 'task'] += 1
      }),
      { numRuns: 300, seed: 155 },
    )
    expect(seen.document).toBeGreaterThan(100)
    expect(seen.task).toBeGreaterThan(100)
  })

  it('by default, marks nothing; some documents and tasks say false, and are masked as if they did not', () => {
    const seen = { document: 0, task: 0 }
    fc.assert(
      fc.property(assignmentDocumentArbitrary({ maxTasks: 3 }), (document) => {
        expect(marks(document)).toEqual([])
        if (document.specialSecrecy === false) seen.document += 1
        seen.task += document.tasks.filter((task) => task.specialSecrecy === false).length
        const { specialSecrecy: _, ...unmarked } = document
        const stripped = { ...unmarked, tasks: document.tasks.map(({ specialSecrecy: __, ...task }) => task) }
        expect(maskForSystem(document, { asOf: '2027-01-01T00:00' })).toStrictEqual(
          maskForSystem(stripped, { asOf: '2027-01-01T00:00' }),
        )
      }),
      { numRuns: 300, seed: 155 },
    )
    expect(seen.document).toBeGreaterThan(30)
    expect(seen.task).toBeGreaterThan(30)
  })
})
