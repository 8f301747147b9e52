import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  isVnTaskSlaError,
  type MaskForSystemOptions,
  maskForSystem,
  type SecrecyLevel,
  StandardRecord,
  VnTaskSlaError,
} from '../../src/index.js'
import { caught } from '../support/caught.js'
import { AS_OF, conclusion155, type FixtureDocument } from './fixture.js'
import { formsOf, recording, sentinelDocument, TAG, type Trap } from './refusal-kit.js'

// Art. 5.3 (khoản 3 Điều 5): a top-secret (Tuyệt mật) document puts nothing on the tracking system.
// maskForSystem must refuse it having read its `secrecy` and nothing else, and its error must carry
// nothing of the document.

/** The refusal `run` throws; fails the test on anything else. */
function refusal(run: () => unknown): VnTaskSlaError {
  const error = caught(run)
  if (error.code !== 'top_secret_refused') throw new Error(`expected top_secret_refused, got ${error.code}`)
  return error
}

const EN = 'A top-secret document is not put on the tracking system (Art. 5.3): '
const EN_DETAIL =
  'top-secret information is managed, stored and exchanged under the Law on Protection of State Secrets, off the system'
const VI = 'Không cập nhật văn bản tuyệt mật lên Hệ thống theo dõi, đánh giá (khoản 3 Điều 5): '
const VI_DETAIL =
  'việc quản lý, lưu trữ và trao đổi thông tin tuyệt mật thực hiện theo Luật Bảo vệ bí mật nhà nước, ngoài Hệ thống'

describe('Art. 5.3 / khoản 3 Điều 5: a top-secret document is refused having read only its secrecy', () => {
  it('reads the secrecy once, and touches no other property, key, descriptor or prototype', () => {
    const log: Trap[] = []
    const document = recording(conclusion155('top-secret'), log)
    refusal(() => maskForSystem(document, { asOf: AS_OF }))
    expect(log).toEqual([['get', 'secrecy']])
  })

  it('the recorder sees every kind of read: a normal document is read in full (the test above can fail)', () => {
    const log: Trap[] = []
    maskForSystem(recording(conclusion155('normal'), log), { asOf: AS_OF })
    const seen = new Set(log.map(([trap, key]) => `${trap}:${String(key)}`))
    for (const read of ['get:secrecy', 'ownKeys:undefined', 'getOwnPropertyDescriptor:title', 'get:title', 'get:handlingNote']) {
      expect(seen).toContain(read)
    }
  })

  it('never reaches the nested objects: tasks, each task, events, other, the agency lists', () => {
    const nested: Trap[] = []
    const plain = conclusion155('top-secret')
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
    refusal(() => maskForSystem(conclusion155('top-secret'), options))
    expect(log).toEqual([])
  })

  it('refuses whatever else the document holds, valid or not, and whatever the options', () => {
    // Invalid and partial documents on purpose (cast): the refusal reads only the secrecy.
    const error = refusal(() =>
      maskForSystem(
        { secrecy: 'top-secret', title: '', tasks: 'không phải danh sách', issuedOn: 42 } as never,
        {
          asOf: 'không phải thời điểm',
          allowOther: [1],
        } as unknown as MaskForSystemOptions,
      ),
    )
    expect(error.path).toEqual(['document', 'secrecy'])
    expect(refusal(() => maskForSystem({ secrecy: 'top-secret' } as never, { asOf: AS_OF })).path).toEqual([
      'document',
      'secrecy',
    ])
  })

  it('reads an inherited secrecy the same way, and still nothing else', () => {
    const log: Trap[] = []
    const document = recording(Object.create({ secrecy: 'top-secret' }) as object, log)
    refusal(() => maskForSystem(document as never, { asOf: AS_OF }))
    expect(log).toEqual([['get', 'secrecy']])
  })
})

describe('Art. 5.3 / khoản 3 Điều 5: the refusal error', () => {
  it('is a VnTaskSlaError, code top_secret_refused, path [document, secrecy], in Vietnamese and English', () => {
    const error = refusal(() => maskForSystem(conclusion155('top-secret'), { asOf: AS_OF }))
    expect(error).toBeInstanceOf(VnTaskSlaError)
    expect(error).toBeInstanceOf(Error)
    expect(isVnTaskSlaError(error)).toBe(true)
    expect(error.name).toBe('VnTaskSlaError')
    expect(error.code).toBe('top_secret_refused')
    expect(error.path).toStrictEqual(['document', 'secrecy'])
    expect(error.messages).toStrictEqual({ vi: VI + VI_DETAIL, en: EN + EN_DETAIL })
    expect(error.detail).toStrictEqual({ vi: VI_DETAIL, en: EN_DETAIL })
    expect(error.message).toBe(`${EN}${EN_DETAIL} (document.secrecy) — ${VI}${VI_DETAIL} (document.secrecy)`)
    expect(error.cause).toBeUndefined()
    expect(Object.hasOwn(error, 'cause')).toBe(false)
  })

  it('has only the package’s own properties', () => {
    const error = refusal(() => maskForSystem(conclusion155('top-secret'), { asOf: AS_OF }))
    expect(Reflect.ownKeys(error).sort()).toEqual(['code', 'detail', 'message', 'messages', 'name', 'path', 'stack'])
  })

  it('is the same error for two different top-secret documents', () => {
    const a = refusal(() => maskForSystem(conclusion155('top-secret'), { asOf: AS_OF }))
    // A partial document (cast): nothing but its secrecy is read.
    const b = refusal(() => maskForSystem({ secrecy: 'top-secret', title: 'Khác' } as never, { asOf: AS_OF }))
    expect([a.message, a.code, a.path, a.messages]).toStrictEqual([b.message, b.code, b.path, b.messages])
  })
})

describe('Art. 5.3 / khoản 3 Điều 5: the error carries nothing of the document', () => {
  it('a top-secret document: no sentinel in message, JSON, string, stack, cause or any own property', () => {
    const { document, sentinels } = sentinelDocument('top-secret')
    expect(sentinels.length).toBeGreaterThan(25)
    const error = refusal(() => maskForSystem(document, { asOf: AS_OF, allowOther: Object.keys(document.other ?? {}) }))
    for (const form of formsOf(error)) {
      expect(form).not.toContain(TAG)
      for (const sentinel of sentinels) expect(form).not.toContain(sentinel)
    }
  })

  it.each(['normal', 'confidential', 'secret'] as const)(
    'a %s document with a top-secret task: no sentinel either',
    (secrecy) => {
      const { document, sentinels } = sentinelDocument(secrecy, { secrecy: 'top-secret' })
      const error = refusal(() => maskForSystem(document, { asOf: AS_OF, allowOther: Object.keys(document.other ?? {}) }))
      expect(error.path).toStrictEqual(['document', 'secrecy'])
      for (const form of formsOf(error)) {
        for (const sentinel of sentinels) expect(form).not.toContain(sentinel)
      }
    },
  )

  it('the sentinel document itself is valid: as a secret document it is masked, and its sentinels are there to find', () => {
    const { document } = sentinelDocument('secret')
    const json = JSON.stringify(maskForSystem(document, { asOf: AS_OF }))
    expect(json).toContain(`${TAG}-title-`)
    expect(json).toContain(`${TAG}-task1-evaluation-`)
    expect(json).not.toContain(`${TAG}-abstract-`)
  })
})

describe('Art. 5.3 with a document that answers differently on a second read (one snapshot)', () => {
  /** A Proxy whose `secrecy` answers `answers[0]`, then `answers[1]` on every later read; counts reads per key. */
  function fickle(answers: readonly [SecrecyLevel, SecrecyLevel], target: FixtureDocument = conclusion155('normal')) {
    const reads = new Map<PropertyKey, number>()
    const document = new Proxy(target, {
      get(t, key, receiver) {
        const count = (reads.get(key) ?? 0) + 1
        reads.set(key, count)
        if (key === 'secrecy') return count === 1 ? answers[0] : answers[1]
        return Reflect.get(t, key, receiver)
      },
    })
    return { document, reads }
  }

  it('normal, then top-secret: the record is built from the first answer, standard, and no key is read twice but secrecy', () => {
    const { document, reads } = fickle(['normal', 'top-secret'])
    const masked = maskForSystem(document, { asOf: AS_OF })
    expect([masked.partition, masked.secrecy]).toEqual(['standard', 'normal'])
    expect(z.safeParse(StandardRecord, masked.record).success).toBe(true)
    expect(masked).toStrictEqual(maskForSystem(conclusion155('normal'), { asOf: AS_OF }))
    // The secrecy check reads it once; the snapshot (object spread) reads it again and overrides it.
    // The check of Art. 3.1 reads specialSecrecy once; the fixture has no such key, so the spread does not.
    expect(reads.get('secrecy')).toBe(2)
    for (const [key, count] of reads) if (key !== 'secrecy') expect([key, count]).toEqual([key, 1])
    expect(sortedKeys(reads)).toEqual(
      sortedKeys(new Map([...Object.keys(conclusion155()), 'specialSecrecy'].map((key) => [key, 1]))),
    )
  })

  it('top-secret, then normal: refused after the one read', () => {
    const { document, reads } = fickle(['top-secret', 'normal'])
    refusal(() => maskForSystem(document, { asOf: AS_OF }))
    expect([...reads]).toEqual([['secrecy', 1]])
  })

  it('secret, then normal: stays on the secure partition, never downgraded', () => {
    const { document } = fickle(['secret', 'normal'], conclusion155('secret'))
    const masked = maskForSystem(document, { asOf: AS_OF })
    expect([masked.partition, masked.secrecy]).toEqual(['secure', 'secret'])
    expect(JSON.stringify(masked)).not.toContain('kl155-')
    expect(masked).toStrictEqual(maskForSystem(conclusion155('secret'), { asOf: AS_OF }))
  })

  it('confidential, then secret: the first answer decides (confidential), on the secure partition', () => {
    const { document } = fickle(['confidential', 'secret'], conclusion155('confidential'))
    const masked = maskForSystem(document, { asOf: AS_OF })
    expect([masked.partition, masked.secrecy]).toEqual(['secure', 'confidential'])
  })

  it('a getter for tasks is read once: what is checked is what is projected', () => {
    let reads = 0
    const plain = conclusion155('normal')
    const secretTasks = plain.tasks.map((task) => ({ ...task, secrecy: 'secret' as const }))
    const document = { ...plain }
    Object.defineProperty(document, 'tasks', {
      enumerable: true,
      get: () => {
        reads += 1
        return reads === 1 ? secretTasks : plain.tasks
      },
    })
    const masked = maskForSystem(document, { asOf: AS_OF })
    expect(reads).toBe(1)
    expect([masked.partition, masked.secrecy]).toEqual(['secure', 'secret'])
    expect(JSON.stringify(masked)).not.toContain('kl155-')
  })
})

function sortedKeys(map: ReadonlyMap<PropertyKey, number>): string[] {
  return [...map.keys()].map(String).sort()
}
