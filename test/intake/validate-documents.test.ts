import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AssignmentDocument,
  isVnTaskSlaError,
  maskForSystem,
  SECRECY_LEVELS,
  type SecrecyLevel,
  validateDocuments,
  vietnamCalendar,
} from '../../src/index.js'
import { assignmentDocumentArbitrary } from '../../src/testing/index.js'
import { AS_OF, conclusion155, type FixtureDocument } from '../masking/fixture.js'
import { recording, sentinelDocument, TAG, type Trap } from '../masking/refusal-kit.js'
import { failureOf } from '../support/caught.js'
import { isDeeplyFrozen, stringsOf } from './frozen.js'

const calendar = vietnamCalendar()

const TOP_SECRET = {
  vi: 'Không cập nhật văn bản tuyệt mật lên Hệ thống theo dõi, đánh giá (khoản 3 Điều 5): việc quản lý, lưu trữ và trao đổi thông tin tuyệt mật thực hiện theo Luật Bảo vệ bí mật nhà nước, ngoài Hệ thống',
  en: 'A top-secret document is not put on the tracking system (Art. 5.3): top-secret information is managed, stored and exchanged under the Law on Protection of State Secrets, off the system',
}
const SPECIAL_SECRECY = {
  vi: 'Không cập nhật văn bản, nhiệm vụ có yêu cầu bảo mật riêng lên Hệ thống theo dõi, đánh giá (khoản 1 Điều 3): việc theo dõi, đôn đốc nhiệm vụ có yêu cầu bảo mật riêng thực hiện theo quy định riêng của Đảng, ngoài Hệ thống',
  en: 'A document or task with a special secrecy requirement is not put on the tracking system (Art. 3.1): tasks with a special secrecy requirement are monitored and urged under the Party’s own separate rules, off the system',
}

/** Conclusion 155-KL/TW with `edit` applied to a fresh copy. */
function edited(edit: (document: FixtureDocument) => void, secrecy: SecrecyLevel = 'normal'): FixtureDocument {
  const document = conclusion155(secrecy)
  edit(document)
  return document
}

/** An edit: the signer left empty, a problem of the document's own fields. */
function withoutSigner(document: FixtureDocument): void {
  document.signer = ''
}

/** A document as the rules read it: the package's fields only (no `handlingNote`, no task's `internalNote`). */
function known(document: FixtureDocument): unknown {
  const { handlingNote: _, ...fields } = document
  return { ...fields, tasks: document.tasks.map(({ internalNote: __, ...task }) => task) }
}

describe('validateDocuments: every problem of every document, as maskForSystem would refuse it', () => {
  it('lists the problems of the document’s own fields and of each task, at their paths inside the document', () => {
    const broken = edited((document) => {
      document.signer = ''
      document.issuedOn = '2025-02-30'
      const [draft, focus] = document.tasks
      if (draft === undefined || focus === undefined) throw new Error('the fixture has three tasks')
      draft.deadline = '2025-05-01'
      draft.events = [...(draft.events ?? []), { type: 'completed', at: '2025-05-30T16:00', outcome: 'kept' }]
      delete (focus as Record<string, unknown>).content
      focus.priority = 'top' as never
    })
    const { documents, issues } = validateDocuments([conclusion155(), broken])
    expect(documents).toEqual([known(conclusion155())])
    expect(issues.map((issue) => [issue.index, issue.id, issue.code, issue.path, issue.messages.en])).toEqual([
      [1, '155-KL/TW', 'invalid_input', ['issuedOn'], 'Invalid input: a calendar day must be written YYYY-MM-DD and exist'],
      [1, '155-KL/TW', 'invalid_input', ['signer'], 'Invalid input: below the limit 1'],
      [1, '155-KL/TW', 'invalid_input', ['tasks', 1, 'content'], 'Invalid input: missing, or not a string'],
      [
        1,
        '155-KL/TW',
        'invalid_input',
        ['tasks', 0, 'deadline'],
        'Invalid input: a deadline cannot be before the task was transferred',
      ],
      [
        1,
        '155-KL/TW',
        'invalid_input',
        ['tasks', 0, 'events', 4, 'outcome'],
        'Invalid input: an outcome belongs only on an objection-handled event',
      ],
      [1, '155-KL/TW', 'invalid_input', ['tasks', 1, 'priority'], 'Invalid input: must be one of: "key", "regular", "urgent"'],
    ])
  })

  it('reports a document that is not an object once, at the document itself', () => {
    expect(
      validateDocuments([null, 'KL/TW']).issues.map((issue) => [issue.index, issue.id, issue.path, issue.messages.en]),
    ).toEqual([
      [0, null, [], 'Invalid input: must be an object'],
      [1, null, [], 'Invalid input: must be an object'],
    ])
  })

  it('names the issues of a confidential or secret document by no id: issues are read outside the secure partition', () => {
    const issues = validateDocuments([edited(withoutSigner, 'secret')]).issues
    expect(issues.map((issue) => [issue.id, issue.path])).toEqual([[null, ['signer']]])
  })

  it('drops the keys the package does not define, never reporting them, and returns the document without them', () => {
    const document = conclusion155()
    const before = structuredClone(document)
    const result = validateDocuments([document])
    expect(result).toEqual({ documents: [known(document)], issues: [] })
    expect(JSON.stringify(result)).not.toContain('Ghi chú')
    expect(document).toStrictEqual(before)
    expect(isDeeplyFrozen(result)).toBe(true)
  })
})

describe('Art. 5.3 and Art. 3.1: a refused document is one issue, and nothing of it is read or echoed', () => {
  it('a top-secret document: one issue top_secret_refused at secrecy, having read only its secrecy', () => {
    const log: Trap[] = []
    const { issues } = validateDocuments([recording(conclusion155('top-secret'), log)])
    expect(issues).toEqual([{ index: 0, id: null, path: ['secrecy'], code: 'top_secret_refused', messages: TOP_SECRET }])
    expect(log).toEqual([['get', 'secrecy']])
  })

  it('a document marked specialSecrecy: one issue special_secrecy_refused, having read secrecy, then specialSecrecy', () => {
    const log: Trap[] = []
    const { issues } = validateDocuments([recording({ ...conclusion155('secret'), specialSecrecy: true }, log)])
    expect(issues).toEqual([
      { index: 0, id: null, path: ['specialSecrecy'], code: 'special_secrecy_refused', messages: SPECIAL_SECRECY },
    ])
    expect(log).toEqual([
      ['get', 'secrecy'],
      ['get', 'specialSecrecy'],
    ])
  })

  it('a document whose secrecy cannot be read is read no further: it may be top secret', () => {
    const log: Trap[] = []
    const { issues } = validateDocuments([recording(edited(withoutSigner, 'TUYỆT MẬT' as never), log)])
    expect(issues.map((issue) => [issue.id, issue.path, issue.code])).toEqual([[null, ['secrecy'], 'invalid_input']])
    expect(log).toEqual([['get', 'secrecy']])
  })

  it('a task declaring top-secret, or marked special, refuses its whole document in one issue, whatever else is wrong', () => {
    const topSecretTask = edited((document) => {
      document.signer = ''
      ;(document.tasks[2] as { secrecy?: SecrecyLevel }).secrecy = 'top-secret'
    })
    const specialTask = edited((document) => {
      document.signer = ''
      ;(document.tasks[1] as { specialSecrecy?: boolean }).specialSecrecy = true
    })
    expect(validateDocuments([topSecretTask, specialTask]).issues).toEqual([
      { index: 0, id: null, path: ['secrecy'], code: 'top_secret_refused', messages: TOP_SECRET },
      { index: 1, id: null, path: ['tasks', 1, 'specialSecrecy'], code: 'special_secrecy_refused', messages: SPECIAL_SECRECY },
    ])
  })

  it.each([
    ['top-secret', {}],
    ['secret', { specialSecrecy: true }],
    ['confidential', { secrecy: 'top-secret' }],
    ['secret', { deadline: '2025-05-01', priority: 'top' }],
    ['confidential', { transferredAt: 'hôm qua', events: [{ type: 'started', at: 'sáng nay', note: 'x' }] }],
  ] as const)('a %s document (task: %j): no string of the result holds any of its values', (secrecy, task) => {
    const { document, sentinels } = sentinelDocument(secrecy, task as never)
    const result = validateDocuments([document, { ...document, signer: 7 }])
    expect(result.documents).toEqual([])
    expect(result.issues.length).toBeGreaterThan(0)
    const leaked = stringsOf(result).filter((text) => text.includes(TAG) || sentinels.some((sentinel) => text.includes(sentinel)))
    expect(leaked).toEqual([])
  })
})

describe('validateDocuments: what throws is the call, never the data', () => {
  it("throws invalid_input at ['documents'] for documents that are not a list", () => {
    const failure = failureOf(() => validateDocuments(conclusion155() as unknown as []))
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['documents'],
      'Invalid input: missing, or not an array',
    ])
  })

  it('has no unknownKeys option: a document’s unknown keys are always dropped, as maskForSystem drops them', () => {
    const failure = failureOf(() => validateDocuments([], { unknownKeys: 'strip' } as never))
    expect([failure.code, failure.path]).toEqual(['invalid_input', ['options', 'unknownKeys']])
  })
})

/** What maskForSystem does with a document: its refusal, or null when it takes it. */
function maskingVerdict(document: unknown): { code: string; path: readonly (string | number)[] } | null {
  try {
    maskForSystem(document as AssignmentDocument, { asOf: AS_OF, calendar })
    return null
  } catch (error) {
    if (!isVnTaskSlaError(error)) throw error
    return { code: error.code, path: error.path.slice(1) }
  }
}

/** A document of the kit at any level, marked or not, then corrupted: a field, a task's field, or not a document at all. */
function corruptedDocument(): fc.Arbitrary<unknown> {
  const document = fc.oneof(
    assignmentDocumentArbitrary({ calendar, maxTasks: 3 }),
    assignmentDocumentArbitrary({ calendar, maxTasks: 2, secrecy: 'top-secret' }),
    assignmentDocumentArbitrary({ calendar, maxTasks: 2, specialSecrecy: true }),
  )
  const documentKeys = fc.constantFrom(
    'secrecy',
    'specialSecrecy',
    'title',
    'number',
    'issuedOn',
    'assignees',
    'tasks',
    'other',
    'unit_id',
  )
  const taskKeys = fc.constantFrom('id', 'content', 'transferredAt', 'deadline', 'events', 'secrecy', 'specialSecrecy', 'note')
  return fc.oneof(
    document,
    fc.anything(),
    fc.tuple(document, documentKeys, fc.anything()).map(([value, key, inner]) => ({ ...value, [key]: inner })),
    fc
      .tuple(document, fc.nat(), taskKeys, fc.oneof(fc.anything(), fc.constantFrom(...SECRECY_LEVELS, '2025-01-01')))
      .map(([value, n, key, inner]) => {
        const tasks = [...value.tasks]
        if (tasks.length === 0) return value
        tasks[n % tasks.length] = { ...tasks[n % tasks.length], [key]: inner } as (typeof tasks)[number]
        return { ...value, tasks }
      }),
  )
}

describe('properties', () => {
  it('agrees with maskForSystem: a document is returned exactly when it takes it; its refusal is the one issue', () => {
    fc.assert(
      fc.property(corruptedDocument(), (document) => {
        const verdict = maskingVerdict(document)
        const result = validateDocuments([document])
        expect(isDeeplyFrozen(result)).toBe(true)
        if (verdict === null) {
          expect(result.issues).toEqual([])
          expect(result.documents).toHaveLength(1)
        } else {
          expect(result.documents).toEqual([])
          if (verdict.code !== 'invalid_input') {
            expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([[verdict.code, verdict.path]])
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('returns what maskForSystem takes as it takes it: masking the returned document gives the same record', () => {
    fc.assert(
      fc.property(assignmentDocumentArbitrary({ calendar, maxTasks: 3 }), (document) => {
        const [valid] = validateDocuments([document]).documents
        expect(valid).toBeDefined()
        expect(maskForSystem(valid as AssignmentDocument, { asOf: AS_OF })).toEqual(maskForSystem(document, { asOf: AS_OF }))
      }),
      { numRuns: 100 },
    )
  })
})
