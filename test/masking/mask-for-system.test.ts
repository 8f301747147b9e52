import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  type AssignmentDocument,
  COMPLETION_STATUSES,
  type CompletionStatus,
  isVnTaskSlaError,
  type MaskedDocument,
  type MaskForSystemOptions,
  maskForSystem,
  PARTITIONS,
  SECRECY_FIELD_TABLE,
  type SecrecyLevel,
  SecureRecord,
  SecureTaskRecord,
  StandardRecord,
  StandardTaskRecord,
  TASK_RESULTS,
  type TaskEvent,
  type TaskResult,
  taskResultOf,
  UNTIMED_COMPLETION_STATUSES,
  vietnamCalendar,
  workingCalendar,
} from '../../src/index.js'
import { jsonSchemas } from '../../src/json-schemas/index.js'
import { caught } from '../support/caught.js'
import { AS_OF, conclusion155, type FixtureDocument, type FixtureTask, focusTask, TRANSFER } from './fixture.js'

// Art. 5 of Regulation 08-QC/TW on Conclusion 155-KL/TW (test/masking/fixture.ts). Every expected
// value is written by hand from the regulation's text and Art. 4.1(đ) (docs/regulation/article-4.md),
// never by running the library:
// - kl155-3-draft, "before 1 June 2025" = end of Sat 31/5 (B14, not moved), completed Fri 30/5 16:00:
//   completed-on-time → done;
// - kl155-1-focus, "by 30 June 2025" = end of Mon 30/6, started 20/5, open on Tue 1/7 09:00:
//   in-progress-late → not done, overdue;
// - kl155-2.5-secrecy, no completion date (4.1(a)), started 19/5: in-progress → not done, within the deadline.

const SECURE_LEVELS = ['confidential', 'secret'] as const
const DRAFT_DEADLINE = '2025-05-31T23:59:59.999+07:00'
const FOCUS_DEADLINE = '2025-06-30T23:59:59.999+07:00'

function mask(document: AssignmentDocument, options: Partial<MaskForSystemOptions> = {}): MaskedDocument {
  return maskForSystem(document, { asOf: AS_OF, ...options })
}

function standardRecord(document: AssignmentDocument, options: Partial<MaskForSystemOptions> = {}): StandardRecord {
  const masked = mask(document, options)
  if (masked.partition !== 'standard') throw new Error(`expected the standard partition, got ${masked.partition}`)
  return masked.record
}

function secureRecord(document: AssignmentDocument, options: Partial<MaskForSystemOptions> = {}): SecureRecord {
  const masked = mask(document, options)
  if (masked.partition !== 'secure') throw new Error(`expected the secure partition, got ${masked.partition}`)
  return masked.record
}

/** The document with one change: `edit` works on a fresh copy. */
function edited(secrecy: SecrecyLevel, edit: (document: FixtureDocument) => void): FixtureDocument {
  const document = conclusion155(secrecy)
  edit(document)
  return document
}

/** The focus task of the fixture (kl155-1-focus), alone, with the given deadline and events. */
function withOneTask(secrecy: SecrecyLevel, deadline: string | null, events: readonly TaskEvent[]): FixtureDocument {
  return edited(secrecy, (document) => {
    document.tasks = [{ ...focusTask(), deadline, events }]
  })
}

/** Every object reachable from `value` through its own keys (symbols and non-enumerable keys too), arrays included. */
function objectsIn(
  value: unknown,
  keys: (object: object) => PropertyKey[] = Reflect.ownKeys,
  seen = new Set<object>(),
): Set<object> {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value)
    for (const key of keys(value)) objectsIn((value as Record<PropertyKey, unknown>)[key], keys, seen)
  }
  return seen
}

function fieldsOf(secrecy: SecrecyLevel, scope: 'document' | 'task'): string[] {
  return SECRECY_FIELD_TABLE[secrecy].fields.filter((field) => field.scope === scope).map((field) => field.field)
}

const sorted = (values: Iterable<string>): string[] => [...values].sort()

// The records the fixture must give, written out in full.
const STANDARD_RECORD = {
  mustBeDigitallySigned: true,
  title: 'Kết luận của Bộ Chính trị, Ban Bí thư về các nhiệm vụ trọng tâm cần tập trung thực hiện đến ngày 30/6/2025',
  number: '155',
  symbol: 'KL/TW',
  abstract: 'Về việc tiếp tục sắp xếp tổ chức bộ máy và đơn vị hành chính các cấp',
  issuedOn: '2025-05-16',
  signer: 'T/M Bộ Chính trị',
  submittingAgency: 'Văn phòng Trung ương Đảng',
  assignees: ['Đảng uỷ Chính phủ', 'Ban Tổ chức Trung ương', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
  monitoringAgencies: ['Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương'],
  tasks: [
    {
      id: 'kl155-3-draft',
      content: 'Hoàn thành các dự thảo văn bản liên quan đến phân cấp, phân quyền trước ngày 01/6/2025',
      deadline: DRAFT_DEADLINE,
      status: 'completed-on-time',
      progress: 'Đã trình các dự thảo nghị định về phân cấp, phân quyền',
      results: 'Các dự thảo nghị định đã được trình',
      evaluation: 'Hoàn thành đúng hạn',
    },
    {
      id: 'kl155-1-focus',
      content: 'Tập trung thực hiện các nhiệm vụ trọng tâm về sắp xếp tổ chức bộ máy, đơn vị hành chính đến ngày 30/6/2025',
      deadline: FOCUS_DEADLINE,
      status: 'in-progress-late',
      progress: 'Đã hoàn thành sắp xếp cấp tỉnh, đang sắp xếp cấp xã',
      results: 'Báo cáo tiến độ tháng 6/2025',
      evaluation: 'Chậm so với thời hạn',
    },
    {
      id: 'kl155-2.5-secrecy',
      content: 'Thực hiện nghiêm quy định về bảo vệ bí mật nhà nước, kỷ luật phát ngôn và sử dụng mạng xã hội',
      deadline: null,
      status: 'in-progress',
      progress: 'Đã quán triệt đến các chi bộ',
      results: 'Văn bản quán triệt',
      evaluation: 'Thực hiện nghiêm túc',
    },
  ],
  other: {},
}

const SECURE_RECORD = {
  title: 'Kết luận của Bộ Chính trị, Ban Bí thư về các nhiệm vụ trọng tâm cần tập trung thực hiện đến ngày 30/6/2025',
  number: '155',
  symbol: 'KL/TW',
  issuedOn: '2025-05-16',
  signer: 'T/M Bộ Chính trị',
  submittingAgency: 'Văn phòng Trung ương Đảng',
  assignees: ['Đảng uỷ Chính phủ', 'Ban Tổ chức Trung ương', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
  monitoringAgencies: ['Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương'],
  taskCount: 3,
  tasks: [
    { deadline: DRAFT_DEADLINE, result: 'done', evaluation: 'Hoàn thành đúng hạn' },
    { deadline: FOCUS_DEADLINE, result: 'not-done-overdue', evaluation: 'Chậm so với thời hạn' },
    { deadline: null, result: 'not-done-within-deadline', evaluation: 'Thực hiện nghiêm túc' },
  ],
  other: {},
}

describe('Art. 5 / Điều 5: SECRECY_FIELD_TABLE, the whitelist per secrecy level', () => {
  const rows = (secrecy: SecrecyLevel) =>
    SECRECY_FIELD_TABLE[secrecy].fields.map((field) => [
      field.field,
      field.scope,
      field.source,
      field.required,
      field.citation.en,
    ])

  it('has exactly the four levels of Art. 4.1(e), and two partitions', () => {
    expect(Object.keys(SECRECY_FIELD_TABLE)).toEqual(['normal', 'confidential', 'secret', 'top-secret'])
    expect(PARTITIONS).toEqual(['standard', 'secure'])
  })

  it('Art. 5.1(a)–(k): a normal document goes to the standard partition with these fields, in this order', () => {
    const rule = SECRECY_FIELD_TABLE.normal
    expect([rule.secrecy, rule.partition, rule.refused, rule.citation.en, rule.citation.vi]).toEqual([
      'normal',
      'standard',
      false,
      'Art. 5.1',
      'khoản 1 Điều 5',
    ])
    expect(rows('normal')).toEqual([
      ['mustBeDigitallySigned', 'document', 'derived', true, 'Art. 5.1'],
      ['title', 'document', 'copied', true, 'Art. 5.1(a)'],
      ['number', 'document', 'copied', true, 'Art. 5.1(a)'],
      ['symbol', 'document', 'copied', true, 'Art. 5.1(a)'],
      ['abstract', 'document', 'copied', false, 'Art. 5.1(a)'],
      ['issuedOn', 'document', 'copied', true, 'Art. 5.1(a)'],
      ['signer', 'document', 'copied', true, 'Art. 5.1(a)'],
      ['submittingAgency', 'document', 'copied', true, 'Art. 5.1(b)'],
      ['assignees', 'document', 'copied', true, 'Art. 5.1(c)'],
      ['monitoringAgencies', 'document', 'copied', true, 'Art. 5.1(d)'],
      ['id', 'task', 'copied', true, 'Art. 5.1(đ)'],
      ['content', 'task', 'copied', true, 'Art. 5.1(đ)'],
      ['deadline', 'task', 'derived', true, 'Art. 5.1(e)'],
      ['status', 'task', 'derived', true, 'Art. 5.1(g)'],
      ['progress', 'task', 'copied', false, 'Art. 5.1(g)'],
      ['results', 'task', 'copied', false, 'Art. 5.1(h)'],
      ['evaluation', 'task', 'copied', false, 'Art. 5.1(i)'],
      ['other', 'document', 'derived', true, 'Art. 5.1(k)'],
    ])
  })

  it.each(SECURE_LEVELS)('Art. 5.2(a)–(i): a %s document goes to the secure partition with these fields only', (secrecy) => {
    const rule = SECRECY_FIELD_TABLE[secrecy]
    expect([rule.secrecy, rule.partition, rule.refused, rule.citation.en, rule.citation.vi]).toEqual([
      secrecy,
      'secure',
      false,
      'Art. 5.2',
      'khoản 2 Điều 5',
    ])
    expect(rows(secrecy)).toEqual([
      ['title', 'document', 'copied', true, 'Art. 5.2(a)'],
      ['number', 'document', 'copied', true, 'Art. 5.2(a)'],
      ['symbol', 'document', 'copied', true, 'Art. 5.2(a)'],
      ['issuedOn', 'document', 'copied', true, 'Art. 5.2(a)'],
      ['signer', 'document', 'copied', true, 'Art. 5.2(a)'],
      ['submittingAgency', 'document', 'copied', true, 'Art. 5.2(b)'],
      ['assignees', 'document', 'copied', true, 'Art. 5.2(c)'],
      ['monitoringAgencies', 'document', 'copied', true, 'Art. 5.2(d)'],
      ['taskCount', 'document', 'derived', true, 'Art. 5.2(đ)'],
      ['deadline', 'task', 'derived', true, 'Art. 5.2(e)'],
      ['result', 'task', 'derived', true, 'Art. 5.2(g)'],
      ['evaluation', 'task', 'copied', false, 'Art. 5.2(h)'],
      ['other', 'document', 'derived', true, 'Art. 5.2(i)'],
    ])
  })

  it('Art. 5.2: names no abstract, no task key, content, progress, results or detailed status, no signature requirement', () => {
    for (const secrecy of SECURE_LEVELS) {
      const names = SECRECY_FIELD_TABLE[secrecy].fields.map((field) => field.field)
      for (const withheld of ['abstract', 'id', 'content', 'status', 'progress', 'results', 'mustBeDigitallySigned']) {
        expect(names).not.toContain(withheld)
      }
    }
  })

  it('Art. 5.3: a top-secret document has no partition and no field', () => {
    const rule = SECRECY_FIELD_TABLE['top-secret']
    expect([rule.secrecy, rule.partition, rule.refused, rule.fields, rule.citation.en, rule.citation.vi]).toEqual([
      'top-secret',
      null,
      true,
      [],
      'Art. 5.3',
      'khoản 3 Điều 5',
    ])
  })

  it('gives each field of 5.1 the regulation’s words, in Vietnamese and English', () => {
    expect(SECRECY_FIELD_TABLE.normal.fields.map((f) => [f.field, f.label.vi, f.label.en])).toEqual([
      ['mustBeDigitallySigned', 'Phải ký số, xác thực nội dung', 'Must be digitally signed and its content authenticated'],
      ['title', 'Tên văn bản', 'Title'],
      ['number', 'Số', 'Number'],
      ['symbol', 'Ký hiệu', 'Symbol'],
      ['abstract', 'Trích yếu', 'Abstract'],
      ['issuedOn', 'Ngày, tháng, năm ban hành', 'Date of issue'],
      ['signer', 'Người ký', 'Signer'],
      ['submittingAgency', 'Cơ quan trình ban hành văn bản', 'Submitting agency'],
      ['assignees', 'Cơ quan được giao nhiệm vụ', 'Assigned agencies'],
      [
        'monitoringAgencies',
        'Cơ quan được giao theo dõi, đôn đốc tình hình thực hiện',
        'Agencies assigned to monitor and urge implementation',
      ],
      ['id', 'Mã nhiệm vụ trên Hệ thống', "The task's key on the system"],
      ['content', 'Nội dung nhiệm vụ', 'Content of the task'],
      ['deadline', 'Thời hạn hoàn thành', 'Deadline'],
      [
        'status',
        'Tình hình thực hiện nhiệm vụ (phân loại theo điểm đ khoản 1 Điều 4)',
        'Implementation status (the classes of Art. 4.1(đ))',
      ],
      ['progress', 'Tình hình thực hiện nhiệm vụ được giao', 'Progress of the task'],
      ['results', 'Kết quả, sản phẩm', 'Results and products'],
      ['evaluation', 'Đánh giá tình hình triển khai', 'Evaluation of implementation'],
      ['other', 'Thông tin cần thiết khác', 'Other necessary information'],
    ])
  })

  it.each(SECURE_LEVELS)('gives each field of 5.2 the regulation’s words (%s)', (secrecy) => {
    expect(SECRECY_FIELD_TABLE[secrecy].fields.map((f) => [f.field, f.label.vi, f.label.en])).toEqual([
      ['title', 'Tên văn bản', 'Title'],
      ['number', 'Số', 'Number'],
      ['symbol', 'Ký hiệu', 'Symbol'],
      ['issuedOn', 'Ngày, tháng, năm ban hành', 'Date of issue'],
      ['signer', 'Người ký văn bản', 'Signer'],
      ['submittingAgency', 'Cơ quan trình ban hành văn bản', 'Submitting agency'],
      ['assignees', 'Cơ quan được giao nhiệm vụ', 'Assigned agencies'],
      [
        'monitoringAgencies',
        'Cơ quan được giao theo dõi, đôn đốc tình hình thực hiện',
        'Agencies assigned to monitor and urge implementation',
      ],
      ['taskCount', 'Tổng số nhiệm vụ giao', 'Total number of tasks'],
      ['deadline', 'Thời hạn hoàn thành', 'Deadline'],
      [
        'result',
        'Kết quả thực hiện (đã thực hiện; chưa thực hiện trong hạn hoặc quá hạn)',
        'Result (done; not done, within the deadline or overdue)',
      ],
      ['evaluation', 'Đánh giá tình hình triển khai', 'Evaluation of implementation'],
      ['other', 'Thông tin cần thiết khác', 'Other necessary information'],
    ])
  })

  it('gives each field the regulation’s words', () => {
    const label = (secrecy: SecrecyLevel, name: string) =>
      SECRECY_FIELD_TABLE[secrecy].fields.find((f) => f.field === name)?.label
    expect(label('normal', 'abstract')).toEqual({ vi: 'Trích yếu', en: 'Abstract' })
    expect(label('secret', 'taskCount')).toEqual({ vi: 'Tổng số nhiệm vụ giao', en: 'Total number of tasks' })
    expect(label('confidential', 'result')?.vi).toBe('Kết quả thực hiện (đã thực hiện; chưa thực hiện trong hạn hoặc quá hạn)')
  })

  it('is deeply frozen', () => {
    for (const object of objectsIn(SECRECY_FIELD_TABLE)) expect(Object.isFrozen(object)).toBe(true)
  })
})

describe('Art. 5.1 / khoản 1 Điều 5: a normal document, the whole record', () => {
  it('goes to the standard partition, cites khoản 1 Điều 5 and holds exactly the fields 5.1 names', () => {
    const masked = mask(conclusion155('normal'))
    expect(masked).toStrictEqual({
      partition: 'standard',
      secrecy: 'normal',
      record: STANDARD_RECORD,
      citation: { article: 5, clause: 1, vi: 'khoản 1 Điều 5', en: 'Art. 5.1' },
    })
  })

  it('lists the document’s fields in the regulation’s order, tasks before the other information', () => {
    expect(Object.keys(standardRecord(conclusion155()))).toEqual([
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
      'tasks',
      'other',
    ])
  })

  it('uses the calendar passed, the same as the default one', () => {
    expect(standardRecord(conclusion155(), { calendar: vietnamCalendar() })).toStrictEqual(STANDARD_RECORD)
  })
})

describe('Art. 5.1 / khoản 1 Điều 5: a document that is not secret must be digitally signed (B17)', () => {
  it('the standard record states it: mustBeDigitallySigned is true', () => {
    expect(standardRecord(conclusion155()).mustBeDigitallySigned).toBe(true)
  })

  it('is derived, never copied: a document that says false or names it on a task changes nothing', () => {
    const document = edited('normal', (d) => {
      Object.assign(d, { mustBeDigitallySigned: false })
      Object.assign(d.tasks[0] as FixtureTask, { mustBeDigitallySigned: false })
    })
    expect(standardRecord(document)).toStrictEqual(STANDARD_RECORD)
  })

  it('the table cites the clause itself, Art. 5.1, with the regulation’s words', () => {
    const row = SECRECY_FIELD_TABLE.normal.fields[0]
    expect(row).toStrictEqual({
      field: 'mustBeDigitallySigned',
      scope: 'document',
      source: 'derived',
      required: true,
      citation: { article: 5, clause: 1, vi: 'khoản 1 Điều 5', en: 'Art. 5.1' },
      label: { vi: 'Phải ký số, xác thực nội dung', en: 'Must be digitally signed and its content authenticated' },
    })
  })

  it.each(SECURE_LEVELS)('a %s record does not carry it: 5.2 sets no such condition', (secrecy) => {
    expect(Object.hasOwn(secureRecord(conclusion155(secrecy)), 'mustBeDigitallySigned')).toBe(false)
    expect(z.safeParse(SecureRecord, { ...SECURE_RECORD, mustBeDigitallySigned: true }).success).toBe(false)
  })

  it('StandardRecord takes true only, and requires it', () => {
    expect(z.safeParse(StandardRecord, STANDARD_RECORD).success).toBe(true)
    expect(z.safeParse(StandardRecord, { ...STANDARD_RECORD, mustBeDigitallySigned: false }).success).toBe(false)
    const { mustBeDigitallySigned: _, ...unsigned } = STANDARD_RECORD
    expect(z.safeParse(StandardRecord, unsigned).success).toBe(false)
  })
})

describe('Art. 5.1(a) / điểm a khoản 1 Điều 5: title, number, symbol, abstract, date, signer', () => {
  it('copies each of them', () => {
    const record = standardRecord(conclusion155())
    expect([record.title, record.number, record.symbol, record.abstract, record.issuedOn, record.signer]).toEqual([
      'Kết luận của Bộ Chính trị, Ban Bí thư về các nhiệm vụ trọng tâm cần tập trung thực hiện đến ngày 30/6/2025',
      '155',
      'KL/TW',
      'Về việc tiếp tục sắp xếp tổ chức bộ máy và đơn vị hành chính các cấp',
      '2025-05-16',
      'T/M Bộ Chính trị',
    ])
  })

  it('leaves the abstract out when the document has none (it is optional), and keeps an empty one', () => {
    const without = standardRecord(
      edited('normal', (document) => {
        delete document.abstract
      }),
    )
    expect(Object.hasOwn(without, 'abstract')).toBe(false)
    expect(standardRecord(edited('normal', (document) => Object.assign(document, { abstract: '' }))).abstract).toBe('')
  })
})

describe('Art. 5.1(b) / điểm b khoản 1 Điều 5: the submitting agency', () => {
  it('copies it', () => {
    expect(standardRecord(conclusion155()).submittingAgency).toBe('Văn phòng Trung ương Đảng')
  })
})

describe('Art. 5.1(c) / điểm c khoản 1 Điều 5: the assigned agencies', () => {
  it('copies them, in order, into an array of the record’s own', () => {
    const document = conclusion155()
    const record = standardRecord(document)
    expect(record.assignees).toEqual(['Đảng uỷ Chính phủ', 'Ban Tổ chức Trung ương', 'Học viện Chính trị quốc gia Hồ Chí Minh'])
    expect(record.assignees).not.toBe(document.assignees)
  })
})

describe('Art. 5.1(d) / điểm d khoản 1 Điều 5: the agencies that monitor and urge implementation', () => {
  it('copies them into an array of the record’s own', () => {
    const document = conclusion155()
    const record = standardRecord(document)
    expect(record.monitoringAgencies).toEqual(['Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương'])
    expect(record.monitoringAgencies).not.toBe(document.monitoringAgencies)
  })
})

describe('Art. 5.1(đ) / điểm đ khoản 1 Điều 5: each task’s key and content', () => {
  it('copies them, one record per task, in the document’s order', () => {
    const tasks = standardRecord(conclusion155()).tasks
    expect(tasks.map((task) => [task.id, task.content])).toEqual([
      ['kl155-3-draft', 'Hoàn thành các dự thảo văn bản liên quan đến phân cấp, phân quyền trước ngày 01/6/2025'],
      [
        'kl155-1-focus',
        'Tập trung thực hiện các nhiệm vụ trọng tâm về sắp xếp tổ chức bộ máy, đơn vị hành chính đến ngày 30/6/2025',
      ],
      ['kl155-2.5-secrecy', 'Thực hiện nghiêm quy định về bảo vệ bí mật nhà nước, kỷ luật phát ngôn và sử dụng mạng xã hội'],
    ])
  })

  it('gives an empty list for a document without tasks', () => {
    expect(standardRecord(edited('normal', (document) => Object.assign(document, { tasks: [] }))).tasks).toEqual([])
  })
})

describe('Art. 5.1(e) / điểm e khoản 1 Điều 5: each task’s deadline, ISO 8601 in Asia/Ho_Chi_Minh', () => {
  it('writes a day as the end of that day, +07:00 (B14): "before 1 June" and "by 30 June 2025"', () => {
    expect(standardRecord(conclusion155()).tasks.map((task) => task.deadline)).toEqual([DRAFT_DEADLINE, FOCUS_DEADLINE, null])
  })

  it('writes a task without a completion date (4.1(a)) as null', () => {
    expect(standardRecord(withOneTask('normal', null, [])).tasks[0]?.deadline).toBe(null)
  })

  it('writes an instant deadline as that instant, wall time or epoch milliseconds', () => {
    expect(standardRecord(withOneTask('normal', '2025-06-30T17:00', [])).tasks[0]?.deadline).toBe('2025-06-30T17:00:00.000+07:00')
    const document = edited('normal', (d) => {
      d.tasks = [{ ...focusTask(), transferredAt: Date.UTC(2025, 4, 19, 2), deadline: Date.UTC(2025, 5, 30, 10) }]
    })
    expect(standardRecord(document).tasks[0]?.deadline).toBe('2025-06-30T17:00:00.000+07:00')
  })

  it('writes the extended deadline once a deadline-extended event has replaced it', () => {
    const events: TaskEvent[] = [
      { type: 'started', at: '2025-05-20T09:00' },
      { type: 'deadline-extended', at: '2025-06-25T10:00', deadline: '2025-07-31' },
    ]
    expect(standardRecord(withOneTask('normal', '2025-06-30', events)).tasks[0]?.deadline).toBe('2025-07-31T23:59:59.999+07:00')
    expect(standardRecord(withOneTask('normal', '2025-06-30', events), { asOf: '2025-06-20T09:00' }).tasks[0]?.deadline).toBe(
      FOCUS_DEADLINE,
    )
  })

  it('writes the deadlines in the zone of the calendar passed (here Asia/Tokyo, +09:00)', () => {
    const calendar = workingCalendar({ zone: 'Asia/Tokyo', week: { monday: [['08:00', '17:00']] } })
    const document = edited('normal', (d) => {
      d.tasks = [focusTask(), { ...focusTask(), deadline: '2025-06-30T17:00' }]
    })
    expect(standardRecord(document, { calendar }).tasks.map((task) => task.deadline)).toEqual([
      '2025-06-30T23:59:59.999+09:00',
      '2025-06-30T17:00:00.000+09:00',
    ])
    expect(secureRecord({ ...document, secrecy: 'secret' }, { calendar }).tasks.map((task) => task.deadline)).toEqual([
      '2025-06-30T23:59:59.999+09:00',
      '2025-06-30T17:00:00.000+09:00',
    ])
  })

  it('moves a day off to the next working day under dateDeadlines: next-working-day (Sat 31/5 → Mon 2/6)', () => {
    expect(standardRecord(conclusion155(), { dateDeadlines: 'next-working-day' }).tasks[0]?.deadline).toBe(
      '2025-06-02T23:59:59.999+07:00',
    )
    expect(standardRecord(conclusion155(), { dateDeadlines: 'as-written' }).tasks[0]?.deadline).toBe(DRAFT_DEADLINE)
  })
})

describe('Art. 5.1(g) / điểm g khoản 1 Điều 5: implementation status (the classes of 4.1(đ)) and progress', () => {
  it('derives each task’s status as of asOf and copies its progress', () => {
    const tasks = standardRecord(conclusion155()).tasks
    expect(tasks.map((task) => [task.status, task.progress])).toEqual([
      ['completed-on-time', 'Đã trình các dự thảo nghị định về phân cấp, phân quyền'],
      ['in-progress-late', 'Đã hoàn thành sắp xếp cấp tỉnh, đang sắp xếp cấp xã'],
      ['in-progress', 'Đã quán triệt đến các chi bộ'],
    ])
  })

  it('reads the status as of asOf: the focus task was on time on Fri 20/6/2025', () => {
    expect(standardRecord(conclusion155(), { asOf: '2025-06-20T09:00' }).tasks[1]?.status).toBe('in-progress-on-time')
  })
})

describe('Art. 5.1(h) / điểm h khoản 1 Điều 5: results and products', () => {
  it('copies them', () => {
    expect(standardRecord(conclusion155()).tasks.map((task) => task.results)).toEqual([
      'Các dự thảo nghị định đã được trình',
      'Báo cáo tiến độ tháng 6/2025',
      'Văn bản quán triệt',
    ])
  })
})

describe('Art. 5.1(i) / điểm i khoản 1 Điều 5: the evaluation of implementation', () => {
  it('copies it', () => {
    expect(standardRecord(conclusion155()).tasks.map((task) => task.evaluation)).toEqual([
      'Hoàn thành đúng hạn',
      'Chậm so với thời hạn',
      'Thực hiện nghiêm túc',
    ])
  })

  it('leaves optional task texts out when the task has none, and keeps empty ones', () => {
    const task: FixtureTask = { id: 'kl155-x', content: 'Nội dung', transferredAt: TRANSFER, progress: '' }
    const record = standardRecord(edited('normal', (document) => Object.assign(document, { tasks: [task] })))
    expect(record.tasks).toStrictEqual([
      { id: 'kl155-x', content: 'Nội dung', deadline: null, status: 'not-started', progress: '' },
    ])
  })
})

describe('Art. 5.1 / khoản 1 Điều 5: nothing the regulation does not name', () => {
  it('holds exactly the document fields SECRECY_FIELD_TABLE names for normal, plus tasks', () => {
    const record = standardRecord(conclusion155())
    expect(sorted(Object.keys(record))).toEqual(sorted([...fieldsOf('normal', 'document'), 'tasks']))
  })

  it('gives each task exactly the task fields the table names (all present in the fixture)', () => {
    for (const task of standardRecord(conclusion155()).tasks) {
      expect(sorted(Object.keys(task))).toEqual(sorted(fieldsOf('normal', 'task')))
    }
  })

  it('drops an unknown top-level key and the document’s own secrecy', () => {
    const record = standardRecord(conclusion155())
    for (const key of ['handlingNote', 'secrecy']) expect(Object.hasOwn(record, key)).toBe(false)
    expect(JSON.stringify(record)).not.toContain('Ghi chú xử lý nội bộ')
  })

  it('drops unknown task keys, the classification keys of 4.1 and the task’s raw timeline', () => {
    const withSecrecy = edited('normal', (document) => Object.assign(document.tasks[0] as FixtureTask, { secrecy: 'normal' }))
    for (const task of standardRecord(withSecrecy).tasks) {
      for (const key of [
        'internalNote',
        'assigneeKind',
        'scope',
        'priority',
        'group',
        'secrecy',
        'transferredAt',
        'issuedAt',
        'events',
        'result',
      ]) {
        expect(Object.hasOwn(task, key)).toBe(false)
      }
    }
    expect(JSON.stringify(standardRecord(withSecrecy))).not.toContain('Ghi chú nội bộ')
  })

  it('drops every key of other by default', () => {
    expect(standardRecord(conclusion155()).other).toStrictEqual({})
  })

  // A task is loose (its unknown keys survive validation), so a task key named like a document field
  // must still never reach a task record, nor a document key named like a task field the document record.
  const DOCUMENT_NAMED = {
    title: 'Tên giả trong nhiệm vụ',
    number: 'Số giả',
    symbol: 'Ký hiệu giả',
    abstract: 'Trích yếu giả trong nhiệm vụ',
    issuedOn: '2025-05-16',
    signer: 'Người ký giả',
    submittingAgency: 'Cơ quan giả',
    assignees: ['Cơ quan giả'],
    monitoringAgencies: ['Cơ quan giả'],
    taskCount: 99,
    other: { pages: 99 },
    tasks: [],
    result: 'done',
  }
  const TASK_NAMED = {
    id: 'mã giả',
    content: 'Nội dung giả của văn bản',
    deadline: '2025-06-30',
    status: 'completed',
    result: 'done',
    progress: 'Tiến độ giả',
    results: 'Kết quả giả',
    evaluation: 'Đánh giá giả',
    taskCount: 99,
  }

  it.each(['normal', ...SECURE_LEVELS] as const)('%s: keys named like fields of the other scope stay out', (secrecy) => {
    const document = edited(secrecy, (d) => {
      Object.assign(d, TASK_NAMED)
      for (const task of d.tasks) Object.assign(task, DOCUMENT_NAMED)
    })
    const record = mask(document, { allowOther: ['pages'] }).record
    expect(record).toStrictEqual({ ...(secrecy === 'normal' ? STANDARD_RECORD : SECURE_RECORD), other: { pages: 4 } })
    expect(JSON.stringify(record)).not.toContain('giả')
  })

  it.each(['normal', ...SECURE_LEVELS] as const)(
    '%s: an own __proto__ key anywhere never reaches a record or its prototype',
    (secrecy) => {
      // JSON.parse makes __proto__ an own data property, as a request body would.
      const document = JSON.parse(
        JSON.stringify({ ...conclusion155(secrecy), other: { pages: 4 } }).replace(
          '"handlingNote"',
          '"__proto__":{"polluted":"Ghi chú mật"},"handlingNote"',
        ),
      ) as FixtureDocument
      ;(document.tasks as unknown[])[0] = JSON.parse(
        '{"__proto__":{"polluted":"Ghi chú mật"},"id":"kl155-x","content":"Nội dung","transferredAt":"2025-05-19T09:00"}',
      )
      ;(document as { other: unknown }).other = JSON.parse('{"__proto__":{"polluted":"Ghi chú mật"},"pages":4}')
      expect(Object.hasOwn(document, '__proto__')).toBe(true)
      const masked = mask(document, { allowOther: ['pages', '__proto__'] })
      for (const object of objectsIn(masked)) {
        expect(Object.hasOwn(object, '__proto__')).toBe(false)
        expect([Object.prototype, Array.prototype, null]).toContain(Object.getPrototypeOf(object))
      }
      expect(JSON.stringify(masked)).not.toContain('Ghi chú mật')
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
      expect(masked.record.other).toStrictEqual({ pages: 4 })
    },
  )
})

describe('Art. 5.1(k) / điểm k khoản 1 Điều 5: other necessary information, the keys allowOther names', () => {
  it('copies the allowed keys, in the order allowOther names them, and nothing else', () => {
    const record = standardRecord(conclusion155(), { allowOther: ['annexes', 'meetingDate'] })
    expect(record.other).toStrictEqual({ annexes: [{ name: 'Phụ lục danh mục văn bản', pages: 2 }], meetingDate: '2025-05-16' })
    expect(Object.keys(record.other)).toEqual(['annexes', 'meetingDate'])
    expect(JSON.stringify(record)).not.toContain('Ý kiến nội bộ của tổ biên tập')
  })

  it('copies JSON values: the record shares no object with the document', () => {
    const document = conclusion155()
    const record = standardRecord(document, { allowOther: ['annexes'] })
    const annexes = (document.other as { annexes: object[] }).annexes
    expect(record.other.annexes).not.toBe(annexes)
    expect((record.other.annexes as object[])[0]).not.toBe(annexes[0])
  })

  it('skips an allowed key the document does not have, and reads a key named twice once', () => {
    const record = standardRecord(conclusion155(), { allowOther: ['pages', 'decisionNumber', 'pages'] })
    expect(record.other).toStrictEqual({ pages: 4 })
  })

  it('gives an empty object for a document without other', () => {
    const document = edited('normal', (d) => {
      delete d.other
    })
    expect(standardRecord(document, { allowOther: ['pages'] }).other).toStrictEqual({})
  })

  it('takes every kind of JSON value', () => {
    const values = {
      nothing: null,
      yes: true,
      no: false,
      zero: 0,
      negative: -1.5,
      empty: '',
      list: [1, 'hai', [null, { ba: 3 }]],
      nested: { a: { b: { c: [] } }, d: {} },
    }
    const document = edited('normal', (d) => Object.assign(d, { other: values }))
    expect(standardRecord(document, { allowOther: Object.keys(values) }).other).toStrictEqual(values)
  })

  it('takes JSON nested 33 deep, and refuses 34 at the allowed key', () => {
    const nested = (depth: number): unknown[] => {
      let value: unknown[] = []
      for (let level = 1; level < depth; level += 1) value = [value]
      return value
    }
    const at = (depth: number) => edited('normal', (d) => Object.assign(d, { other: { chain: nested(depth) } }))
    expect(standardRecord(at(33), { allowOther: ['chain'] }).other.chain).toEqual(nested(33))
    const error = caught(() => mask(at(34), { allowOther: ['chain'] }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['document', 'other', 'chain']])
  })
})

describe('Art. 5.1(k), 5.2(i) / điểm k khoản 1, điểm i khoản 2 Điều 5: other information takes JSON values only', () => {
  class Annex {
    readonly name = 'Phụ lục'
  }
  const cycle: Record<string, unknown> = { name: 'vòng' }
  cycle.self = cycle
  const notJson: readonly [string, unknown][] = [
    ['a Date', new Date('2025-05-16T00:00:00Z')],
    ['a function', () => 'Phụ lục'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a class instance', new Annex()],
    ['a cycle', cycle],
    ['undefined', undefined],
    ['a bigint', 155n],
    ['a symbol', Symbol('155')],
    ['a Map', new Map([['a', 1]])],
    ['a RegExp', /155/],
    ['a boxed string', Object('155')],
    ['an object without prototype', Object.create(null)],
    ['a Date deep inside', { a: { b: [1, { c: new Date('2025-05-16T00:00:00Z') }] } }],
    ['a function in an array', [1, 2, () => 3]],
  ]

  for (const secrecy of ['normal', ...SECURE_LEVELS] as const) {
    it.each(notJson)(`${secrecy}: refuses %s at ['document', 'other', key], never deeper`, (_, value) => {
      const document = edited(secrecy, (d) => Object.assign(d, { other: { pages: 4, annex: value } }))
      const error = caught(() => mask(document, { allowOther: ['pages', 'annex'] }))
      expect(error.code).toBe('invalid_input')
      expect(error.path).toStrictEqual(['document', 'other', 'annex'])
      expect(error.messages.en).toBe(
        'Invalid input: other information takes JSON values only: strings, finite numbers, true/false, null, arrays and plain objects',
      )
    })
  }

  it('ignores a value that is not JSON under a key allowOther does not name', () => {
    const document = edited('secret', (d) => Object.assign(d, { other: { pages: 4, annex: cycle, when: new Date() } }))
    expect(secureRecord(document, { allowOther: ['pages'] }).other).toStrictEqual({ pages: 4 })
  })

  it('refuses an other that is not an object at [document, other]', () => {
    for (const other of ['ghi chú', 42, [1]]) {
      const error = caught(() =>
        mask(
          edited('normal', (d) => Object.assign(d, { other })),
          { allowOther: ['0'] },
        ),
      )
      expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'other']])
    }
  })
})

describe.each(SECURE_LEVELS)('Art. 5.2 / khoản 2 Điều 5: a %s document, the whole record', (secrecy) => {
  it('goes to the secure partition, cites khoản 2 Điều 5 and holds exactly the fields 5.2 names', () => {
    expect(mask(conclusion155(secrecy))).toStrictEqual({
      partition: 'secure',
      secrecy,
      record: SECURE_RECORD,
      citation: { article: 5, clause: 2, vi: 'khoản 2 Điều 5', en: 'Art. 5.2' },
    })
  })

  it('lists the document’s fields in the regulation’s order', () => {
    expect(Object.keys(secureRecord(conclusion155(secrecy)))).toEqual([
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
    ])
  })

  it('holds exactly the document fields SECRECY_FIELD_TABLE names for the level, plus tasks', () => {
    expect(sorted(Object.keys(secureRecord(conclusion155(secrecy))))).toEqual(sorted([...fieldsOf(secrecy, 'document'), 'tasks']))
  })

  it('gives each task exactly the task fields the table names', () => {
    for (const task of secureRecord(conclusion155(secrecy)).tasks) {
      expect(sorted(Object.keys(task))).toEqual(sorted(fieldsOf(secrecy, 'task')))
    }
  })
})

describe.each(SECURE_LEVELS)(
  'Art. 5.2(a) / điểm a khoản 2 Điều 5 (%s): title, number, symbol, date, signer; no abstract',
  (secrecy) => {
    it('copies the five fields', () => {
      const record = secureRecord(conclusion155(secrecy))
      expect([record.title, record.number, record.symbol, record.issuedOn, record.signer]).toEqual([
        'Kết luận của Bộ Chính trị, Ban Bí thư về các nhiệm vụ trọng tâm cần tập trung thực hiện đến ngày 30/6/2025',
        '155',
        'KL/TW',
        '2025-05-16',
        'T/M Bộ Chính trị',
      ])
    })

    it('never puts the abstract (trích yếu) on the system', () => {
      const record = secureRecord(conclusion155(secrecy))
      expect(Object.hasOwn(record, 'abstract')).toBe(false)
      expect(JSON.stringify(record)).not.toContain('Về việc tiếp tục sắp xếp')
    })
  },
)

describe.each(SECURE_LEVELS)('Art. 5.2(b), (c), (d) / điểm b, c, d khoản 2 Điều 5 (%s): the agencies', (secrecy) => {
  it('copies the submitting, assigned and monitoring agencies', () => {
    const document = conclusion155(secrecy)
    const record = secureRecord(document)
    expect(record.submittingAgency).toBe('Văn phòng Trung ương Đảng')
    expect(record.assignees).toEqual(['Đảng uỷ Chính phủ', 'Ban Tổ chức Trung ương', 'Học viện Chính trị quốc gia Hồ Chí Minh'])
    expect(record.monitoringAgencies).toEqual(['Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương'])
    expect(record.assignees).not.toBe(document.assignees)
    expect(record.monitoringAgencies).not.toBe(document.monitoringAgencies)
  })
})

describe.each(SECURE_LEVELS)(
  'Art. 5.2(đ) / điểm đ khoản 2 Điều 5 (%s): the total number of tasks, not their content',
  (secrecy) => {
    it('counts the tasks', () => {
      expect(secureRecord(conclusion155(secrecy)).taskCount).toBe(3)
      expect(secureRecord(edited(secrecy, (d) => Object.assign(d, { tasks: [] }))).taskCount).toBe(0)
      expect(secureRecord(withOneTask(secrecy, null, [])).taskCount).toBe(1)
    })

    it('puts no task key, content, progress, results or status on the system', () => {
      const record = secureRecord(conclusion155(secrecy))
      for (const task of record.tasks) {
        for (const key of ['id', 'content', 'progress', 'results', 'status']) expect(Object.hasOwn(task, key)).toBe(false)
      }
      const json = JSON.stringify(record)
      for (const text of [
        'kl155-3-draft',
        'kl155-1-focus',
        'kl155-2.5-secrecy',
        'Hoàn thành các dự thảo',
        'Tập trung thực hiện',
        'Thực hiện nghiêm quy định',
        'Đã trình các dự thảo',
        'Đã hoàn thành sắp xếp',
        'Đã quán triệt',
        'Các dự thảo nghị định đã được trình',
        'Báo cáo tiến độ',
        'Văn bản quán triệt',
        'in-progress',
        'completed',
      ]) {
        expect(json).not.toContain(text)
      }
    })

    it('drops unknown keys, the classification keys of 4.1 and the raw timeline', () => {
      const record = secureRecord(conclusion155(secrecy))
      expect(Object.hasOwn(record, 'handlingNote')).toBe(false)
      for (const task of record.tasks) {
        for (const key of ['internalNote', 'assigneeKind', 'scope', 'priority', 'group', 'secrecy', 'transferredAt', 'events']) {
          expect(Object.hasOwn(task, key)).toBe(false)
        }
      }
      const json = JSON.stringify(record)
      for (const text of ['Ghi chú', 'provincial-party-committee', 'national', 'urgent', 'listed', '2025-05-19']) {
        expect(json).not.toContain(text)
      }
    })
  },
)

describe.each(SECURE_LEVELS)('Art. 5.2(e) / điểm e khoản 2 Điều 5 (%s): each task’s deadline', (secrecy) => {
  it('writes each deadline as ISO 8601 in Asia/Ho_Chi_Minh, null without one', () => {
    expect(secureRecord(conclusion155(secrecy)).tasks.map((task) => task.deadline)).toEqual([
      DRAFT_DEADLINE,
      FOCUS_DEADLINE,
      null,
    ])
  })

  it('writes the extended deadline after a deadline-extended event', () => {
    const events: TaskEvent[] = [
      { type: 'started', at: '2025-05-20T09:00' },
      { type: 'deadline-extended', at: '2025-06-25T10:00', deadline: '2025-07-31' },
    ]
    expect(secureRecord(withOneTask(secrecy, '2025-06-30', events)).tasks).toStrictEqual([
      { deadline: '2025-07-31T23:59:59.999+07:00', result: 'not-done-within-deadline', evaluation: 'Chậm so với thời hạn' },
    ])
  })
})

/** Art. 5.2(g): each status's result once the deadline in force has passed (the default), worked out by hand. */
const MAPPING: Readonly<Record<CompletionStatus, TaskResult>> = {
  'completed-on-time': 'done',
  'completed-late': 'done',
  'in-progress-on-time': 'not-done-within-deadline',
  'in-progress-late': 'not-done-overdue',
  'implemented-not-completed': 'not-done-overdue',
  'not-started': 'not-done-within-deadline',
  'not-implemented-overdue': 'not-done-overdue',
  completed: 'done',
  'in-progress': 'not-done-within-deadline',
  'closed-without-completion': 'not-done-within-deadline',
}

describe('Art. 5.2(g) / điểm g khoản 2 Điều 5: the result is done, not done within the deadline, or overdue', () => {
  it('has exactly three results', () => {
    expect(TASK_RESULTS).toEqual(['done', 'not-done-within-deadline', 'not-done-overdue'])
  })

  it('maps every completion status, with and without a deadline', () => {
    expect(sorted(Object.keys(MAPPING))).toEqual(sorted([...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES]))
  })

  it.each(Object.entries(MAPPING) as [CompletionStatus, TaskResult][])('taskResultOf(%s) is %s', (status, result) => {
    expect(taskResultOf(status)).toBe(result)
    expect(taskResultOf(status, {})).toBe(result)
    expect(taskResultOf(status, { deadlinePassed: true })).toBe(result)
  })

  // B8: nothing says overdue before the deadline in force has passed.
  const BEFORE_DEADLINE: Readonly<Record<CompletionStatus, TaskResult>> = {
    'completed-on-time': 'done',
    'completed-late': 'done',
    'in-progress-on-time': 'not-done-within-deadline',
    'in-progress-late': 'not-done-within-deadline',
    'implemented-not-completed': 'not-done-within-deadline',
    'not-started': 'not-done-within-deadline',
    'not-implemented-overdue': 'not-done-within-deadline',
    completed: 'done',
    'in-progress': 'not-done-within-deadline',
    'closed-without-completion': 'not-done-within-deadline',
  }

  it.each(Object.entries(BEFORE_DEADLINE) as [CompletionStatus, TaskResult][])(
    'taskResultOf(%s, { deadlinePassed: false }) is %s',
    (status, result) => {
      expect(taskResultOf(status, { deadlinePassed: false })).toBe(result)
    },
  )

  it('does not change or keep the options it is given', () => {
    const options = { deadlinePassed: false }
    expect(taskResultOf('implemented-not-completed', options)).toBe('not-done-within-deadline')
    expect(options).toStrictEqual({ deadlinePassed: false })
    expect(Object.isFrozen(options)).toBe(false)
  })
})

describe('taskResultOf: misuse is invalid_input, echoing nothing (Art. 5.2(g) / điểm g khoản 2 Điều 5)', () => {
  const STATUSES =
    '"completed-on-time", "completed-late", "in-progress-on-time", "in-progress-late", "implemented-not-completed", ' +
    '"not-started", "not-implemented-overdue", "completed", "in-progress", "closed-without-completion"'

  it.each([
    ['an unknown status', 'SENTINEL-quá hạn'],
    ['a result, not a status', 'done'],
    ['another case', 'Completed-On-Time'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 3],
    ['an object', { status: 'SENTINEL-completed' }],
  ])('a status that is %s → [status]', (_, status) => {
    const error = caught(() => taskResultOf(status as CompletionStatus))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['status']])
    expect(error.messages.en).toBe(`Invalid input: must be one of: ${STATUSES}`)
    expect(error.message).not.toContain('SENTINEL')
  })

  it.each([
    ['deadlinePassed that is not a boolean', { deadlinePassed: 'SENTINEL-yes' }, ['options', 'deadlinePassed']],
    ['deadlinePassed: null', { deadlinePassed: null }, ['options', 'deadlinePassed']],
    ['a misspelt key', { deadLinePassed: false }, ['options', 'deadLinePassed']],
    ['null options', null, ['options']],
    ['options that are a string', 'SENTINEL-no', ['options']],
  ] as const)('%s → %j', (_, options, path) => {
    const error = caught(() => taskResultOf('implemented-not-completed', options as never))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', path])
    expect(error.message).not.toContain('SENTINEL')
  })
})

describe('Art. 5.2(g) / điểm g khoản 2 Điều 5: the result, end to end', () => {
  const STARTED: TaskEvent = { type: 'started', at: '2025-05-20T09:00' }
  const ACKNOWLEDGED: TaskEvent = { type: 'acknowledged', at: '2025-05-19T10:30' }
  const EXTENDED: TaskEvent = { type: 'deadline-extended', at: '2025-06-25T10:00', deadline: '2025-07-31' }
  const at = (type: 'completed' | 'closed-without-completion', instant: string): TaskEvent => ({ type, at: instant })
  type Case = {
    readonly name: string
    readonly deadline: string | null
    readonly events: readonly TaskEvent[]
    readonly asOf: string
    readonly status: CompletionStatus
    readonly result: TaskResult
    /** Whether asOf is after the deadline in force, worked out by hand. */
    readonly deadlinePassed: boolean
    readonly written: string | null
  }
  const EXTENDED_DEADLINE = '2025-07-31T23:59:59.999+07:00'
  // Deadline "by 30 June 2025" unless stated; each case worked out from B8 (docs/regulation/article-4.md):
  // a closure fixes the class, but the result says overdue only once asOf is after the deadline in force.
  const CASES: readonly Case[] = [
    {
      name: 'completed Fri 27/6, before the deadline',
      deadline: '2025-06-30',
      events: [STARTED, at('completed', '2025-06-27T10:00')],
      asOf: AS_OF,
      status: 'completed-on-time',
      result: 'done',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'completed Tue 1/7 08:00, late',
      deadline: '2025-06-30',
      events: [STARTED, at('completed', '2025-07-01T08:00')],
      asOf: AS_OF,
      status: 'completed-late',
      result: 'done',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'completed at the deadline instant',
      deadline: '2025-06-30',
      events: [at('completed', FOCUS_DEADLINE)],
      asOf: AS_OF,
      status: 'completed-on-time',
      result: 'done',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, as of Fri 20/6',
      deadline: '2025-06-30',
      events: [STARTED],
      asOf: '2025-06-20T09:00',
      status: 'in-progress-on-time',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, as of the deadline instant',
      deadline: '2025-06-30',
      events: [STARTED],
      asOf: FOCUS_DEADLINE,
      status: 'in-progress-on-time',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, one millisecond after the deadline',
      deadline: '2025-06-30',
      events: [STARTED],
      asOf: '2025-07-01T00:00:00.000+07:00',
      status: 'in-progress-late',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, as of Tue 1/7 09:00',
      deadline: '2025-06-30',
      events: [STARTED],
      asOf: AS_OF,
      status: 'in-progress-late',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'nothing reported, as of Fri 20/6',
      deadline: '2025-06-30',
      events: [],
      asOf: '2025-06-20T09:00',
      status: 'not-started',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'only acknowledged, as of Fri 20/6',
      deadline: '2025-06-30',
      events: [ACKNOWLEDGED],
      asOf: '2025-06-20T09:00',
      status: 'not-started',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'nothing reported, as of Tue 1/7',
      deadline: '2025-06-30',
      events: [],
      asOf: AS_OF,
      status: 'not-implemented-overdue',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'only acknowledged, as of Tue 1/7',
      deadline: '2025-06-30',
      events: [ACKNOWLEDGED],
      asOf: AS_OF,
      status: 'not-implemented-overdue',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, closed without completion on Tue 10/6, as of Fri 20/6: not yet overdue (B8)',
      deadline: '2025-06-30',
      events: [STARTED, at('closed-without-completion', '2025-06-10T10:00')],
      asOf: '2025-06-20T09:00',
      status: 'implemented-not-completed',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, closed on Tue 10/6, as of the deadline instant: not yet overdue',
      deadline: '2025-06-30',
      events: [STARTED, at('closed-without-completion', '2025-06-10T10:00')],
      asOf: FOCUS_DEADLINE,
      status: 'implemented-not-completed',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'started, closed on Tue 10/6, one millisecond after the deadline: overdue',
      deadline: '2025-06-30',
      events: [STARTED, at('closed-without-completion', '2025-06-10T10:00')],
      asOf: '2025-07-01T00:00:00.000+07:00',
      status: 'implemented-not-completed',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'only acknowledged, closed on Tue 10/6, as of Fri 20/6: never implemented, not yet overdue (B8)',
      deadline: '2025-06-30',
      events: [ACKNOWLEDGED, at('closed-without-completion', '2025-06-10T10:00')],
      asOf: '2025-06-20T09:00',
      status: 'not-implemented-overdue',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'only acknowledged, closed on Tue 10/6, as of Tue 1/7: overdue',
      deadline: '2025-06-30',
      events: [ACKNOWLEDGED, at('closed-without-completion', '2025-06-10T10:00')],
      asOf: AS_OF,
      status: 'not-implemented-overdue',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'extended on Thu 5/6 to 31/7, closed on Tue 10/6, as of Tue 1/7: the deadline in force (31/7) has not passed',
      deadline: '2025-06-30',
      events: [
        STARTED,
        { type: 'deadline-extended', at: '2025-06-05T10:00', deadline: '2025-07-31' },
        at('closed-without-completion', '2025-06-10T10:00'),
      ],
      asOf: AS_OF,
      status: 'implemented-not-completed',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: EXTENDED_DEADLINE,
    },
    {
      name: 'extended on Thu 5/6 to 31/7, closed on Tue 10/6, as of Fri 1/8: overdue',
      deadline: '2025-06-30',
      events: [
        STARTED,
        { type: 'deadline-extended', at: '2025-06-05T10:00', deadline: '2025-07-31' },
        at('closed-without-completion', '2025-06-10T10:00'),
      ],
      asOf: '2025-08-01T09:00',
      status: 'implemented-not-completed',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: EXTENDED_DEADLINE,
    },
    {
      name: 'closed without completion on Tue 1/7 08:00, after the deadline',
      deadline: '2025-06-30',
      events: [STARTED, at('closed-without-completion', '2025-07-01T08:00')],
      asOf: AS_OF,
      status: 'implemented-not-completed',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'extended on 25/6 to 31/7, open on 1/7',
      deadline: '2025-06-30',
      events: [STARTED, EXTENDED],
      asOf: AS_OF,
      status: 'in-progress-on-time',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: EXTENDED_DEADLINE,
    },
    {
      name: 'extended on 25/6 to 31/7, nothing reported, open on 1/7',
      deadline: '2025-06-30',
      events: [EXTENDED],
      asOf: AS_OF,
      status: 'not-started',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: EXTENDED_DEADLINE,
    },
    {
      name: 'completed 2/7, extended only on 3/7: still late',
      deadline: '2025-06-30',
      events: [
        STARTED,
        at('completed', '2025-07-02T10:00'),
        { type: 'deadline-extended', at: '2025-07-03T10:00', deadline: '2025-07-31' },
      ],
      asOf: '2025-07-04T09:00',
      status: 'completed-late',
      result: 'done',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'completed on 2/7, as of 1/7: the completion is not yet known',
      deadline: '2025-06-30',
      events: [STARTED, at('completed', '2025-07-02T10:00')],
      asOf: AS_OF,
      status: 'in-progress-late',
      result: 'not-done-overdue',
      deadlinePassed: true,
      written: FOCUS_DEADLINE,
    },
    {
      name: 'no deadline (4.1(a)), nothing reported',
      deadline: null,
      events: [],
      asOf: AS_OF,
      status: 'not-started',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: null,
    },
    {
      name: 'no deadline, started and open',
      deadline: null,
      events: [STARTED],
      asOf: AS_OF,
      status: 'in-progress',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: null,
    },
    {
      name: 'no deadline, closed without completion',
      deadline: null,
      events: [STARTED, at('closed-without-completion', '2025-06-10T10:00')],
      asOf: AS_OF,
      status: 'closed-without-completion',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: null,
    },
    {
      name: 'no deadline, never started, closed without completion',
      deadline: null,
      events: [at('closed-without-completion', '2025-06-10T10:00')],
      asOf: AS_OF,
      status: 'closed-without-completion',
      result: 'not-done-within-deadline',
      deadlinePassed: false,
      written: null,
    },
    {
      name: 'no deadline, completed',
      deadline: null,
      events: [STARTED, at('completed', '2025-06-10T10:00')],
      asOf: AS_OF,
      status: 'completed',
      result: 'done',
      deadlinePassed: false,
      written: null,
    },
  ]

  it('covers every completion status end to end', () => {
    expect(sorted(new Set(CASES.map((c) => c.status)))).toEqual(sorted(Object.keys(MAPPING)))
  })

  it.each(CASES)('$name: normal → $status; confidential and secret → $result', (c) => {
    expect(taskResultOf(c.status, { deadlinePassed: c.deadlinePassed })).toBe(c.result)
    const standard = standardRecord(withOneTask('normal', c.deadline, c.events), { asOf: c.asOf })
    expect(standard.tasks.map(({ deadline, status }) => ({ deadline, status }))).toStrictEqual([
      { deadline: c.written, status: c.status },
    ])
    for (const secrecy of SECURE_LEVELS) {
      const secure = secureRecord(withOneTask(secrecy, c.deadline, c.events), { asOf: c.asOf })
      expect(secure.tasks).toStrictEqual([{ deadline: c.written, result: c.result, evaluation: 'Chậm so với thời hạn' }])
    }
  })
})

describe.each(SECURE_LEVELS)('Art. 5.2(h) / điểm h khoản 2 Điều 5 (%s): the evaluation of implementation', (secrecy) => {
  it('copies it, and leaves it out when the task has none', () => {
    expect(secureRecord(conclusion155(secrecy)).tasks.map((task) => task.evaluation)).toEqual([
      'Hoàn thành đúng hạn',
      'Chậm so với thời hạn',
      'Thực hiện nghiêm túc',
    ])
    const document = edited(secrecy, (d) => {
      delete (d.tasks[0] as FixtureTask).evaluation
    })
    expect(Object.keys(secureRecord(document).tasks[0] ?? {})).toEqual(['deadline', 'result'])
  })
})

describe.each(SECURE_LEVELS)('Art. 5.2(i) / điểm i khoản 2 Điều 5 (%s): other necessary information', (secrecy) => {
  it('drops every key of other by default', () => {
    expect(secureRecord(conclusion155(secrecy)).other).toStrictEqual({})
  })

  it('copies only the keys allowOther names', () => {
    const record = secureRecord(conclusion155(secrecy), { allowOther: ['meetingDate', 'pages'] })
    expect(record.other).toStrictEqual({ meetingDate: '2025-05-16', pages: 4 })
    const json = JSON.stringify(record)
    for (const text of ['draftingNote', 'Ý kiến nội bộ', 'annexes', 'Phụ lục']) expect(json).not.toContain(text)
  })
})

describe('Art. 4.1(e), 5.2, 5.3 / điểm e khoản 1 Điều 4, khoản 2, 3 Điều 5: a task’s secrecy raises its document', () => {
  const raised = (document: SecrecyLevel, task: SecrecyLevel) =>
    edited(document, (d) => Object.assign(d.tasks[1] as FixtureTask, { secrecy: task }))

  it('a secret task in a normal document sends the whole document to the secure partition', () => {
    expect(mask(raised('normal', 'secret'))).toStrictEqual({
      partition: 'secure',
      secrecy: 'secret',
      record: SECURE_RECORD,
      citation: { article: 5, clause: 2, vi: 'khoản 2 Điều 5', en: 'Art. 5.2' },
    })
  })

  it.each([
    ['normal', 'confidential', 'confidential'],
    ['normal', 'secret', 'secret'],
    ['confidential', 'secret', 'secret'],
    ['secret', 'confidential', 'secret'],
    ['confidential', 'normal', 'confidential'],
    ['secret', 'normal', 'secret'],
  ] as const)('a %s document with a %s task is %s', (document, task, expected) => {
    const masked = mask(raised(document, task))
    expect([masked.partition, masked.secrecy]).toEqual(['secure', expected])
    expect(masked.record).toStrictEqual(SECURE_RECORD)
  })

  it('a normal task in a normal document stays standard', () => {
    expect(mask(raised('normal', 'normal')).partition).toBe('standard')
  })

  it.each(['normal', 'confidential', 'secret'] as const)('a top-secret task in a %s document refuses it (5.3)', (document) => {
    const error = caught(() => mask(raised(document, 'top-secret')))
    expect([error.code, error.path]).toStrictEqual(['top_secret_refused', ['document', 'secrecy']])
  })
})

describe('Art. 5.3 / khoản 3 Điều 5: a top-secret document puts nothing on the system', () => {
  it('throws top_secret_refused at [document, secrecy] and returns nothing', () => {
    const error = caught(() => mask(conclusion155('top-secret')))
    expect(isVnTaskSlaError(error)).toBe(true)
    expect([error.code, error.path]).toStrictEqual(['top_secret_refused', ['document', 'secrecy']])
  })
})

describe('Records: deeply frozen, built from copies, the input untouched', () => {
  const LEVELS = ['normal', ...SECURE_LEVELS] as const

  it.each(LEVELS)('%s: the result is deeply frozen', (secrecy) => {
    const masked = mask(conclusion155(secrecy), { allowOther: ['annexes', 'pages'] })
    const objects = objectsIn(masked)
    expect(objects.size).toBeGreaterThan(5)
    for (const object of objects) expect(Object.isFrozen(object)).toBe(true)
  })

  it.each(LEVELS)('%s: the input is not changed and not frozen', (secrecy) => {
    const document = conclusion155(secrecy)
    const before = structuredClone(document)
    const options = { asOf: AS_OF, allowOther: ['annexes', 'pages'] }
    mask(document, options)
    expect(document).toStrictEqual(before)
    expect(options).toStrictEqual({ asOf: AS_OF, allowOther: ['annexes', 'pages'] })
    for (const object of objectsIn(document)) expect(Object.isFrozen(object)).toBe(false)
    expect(Object.isFrozen(options.allowOther)).toBe(false)
  })

  it.each(LEVELS)('%s: the result shares no object with the input', (secrecy) => {
    const document = conclusion155(secrecy)
    const masked = mask(document, { allowOther: ['annexes'] })
    const input = objectsIn(document)
    for (const object of objectsIn(masked.record)) expect(input.has(object)).toBe(false)
  })

  it.each(LEVELS)('%s: takes a deeply frozen input', (secrecy) => {
    const document = conclusion155(secrecy)
    for (const object of objectsIn(document)) Object.freeze(object)
    expect(mask(document).record).toStrictEqual(secrecy === 'normal' ? STANDARD_RECORD : SECURE_RECORD)
  })

  it('gives the same record twice for the same input', () => {
    expect(mask(conclusion155('secret'))).toStrictEqual(mask(conclusion155('secret')))
  })
})

describe('Records validate against the exported zod schemas', () => {
  it('a normal record is a StandardRecord, not a SecureRecord', () => {
    const record = standardRecord(conclusion155(), { allowOther: ['annexes', 'pages', 'meetingDate'] })
    expect(z.safeParse(StandardRecord, record).success).toBe(true)
    expect(z.safeParse(SecureRecord, record).success).toBe(false)
    for (const task of record.tasks) expect(z.safeParse(StandardTaskRecord, task).success).toBe(true)
  })

  it.each(SECURE_LEVELS)('a %s record is a SecureRecord, not a StandardRecord', (secrecy) => {
    const record = secureRecord(conclusion155(secrecy), { allowOther: ['annexes', 'pages', 'meetingDate'] })
    expect(z.safeParse(SecureRecord, record).success).toBe(true)
    expect(z.safeParse(StandardRecord, record).success).toBe(false)
    for (const task of record.tasks) expect(z.safeParse(SecureTaskRecord, task).success).toBe(true)
  })

  it('the schemas refuse a record with a field the table does not name', () => {
    expect(z.safeParse(SecureRecord, { ...SECURE_RECORD, abstract: 'Trích yếu' }).success).toBe(false)
    expect(z.safeParse(SecureTaskRecord, { ...SECURE_RECORD.tasks[0], content: 'Nội dung' }).success).toBe(false)
    expect(z.safeParse(StandardRecord, { ...STANDARD_RECORD, taskCount: 3 }).success).toBe(false)
  })
})

describe('the record shapes as JSON Schema: jsonSchemas()[standard-record | secure-record]', () => {
  type JsonSchema = { properties: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema }
  const requiredOf = (secrecy: SecrecyLevel, scope: 'document' | 'task') =>
    SECRECY_FIELD_TABLE[secrecy].fields.filter((f) => f.scope === scope && f.required).map((f) => f.field)
  const schemaOf = (partition: 'standard' | 'secure') => jsonSchemas()[`${partition}-record`] as unknown as JsonSchema

  it.each([
    ['standard', 'normal'],
    ['secure', 'secret'],
  ] as const)('the %s schema names exactly the fields of the table, required where the table says', (partition, secrecy) => {
    const schema = schemaOf(partition)
    expect(sorted(Object.keys(schema.properties))).toEqual(sorted([...fieldsOf(secrecy, 'document'), 'tasks']))
    expect(sorted(schema.required ?? [])).toEqual(sorted([...requiredOf(secrecy, 'document'), 'tasks']))
    const task = schema.properties.tasks?.items as JsonSchema
    expect(sorted(Object.keys(task.properties))).toEqual(sorted(fieldsOf(secrecy, 'task')))
    expect(sorted(task.required ?? [])).toEqual(sorted(requiredOf(secrecy, 'task')))
  })
})

describe('Errors: invalid_input with the exact path, never a value', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Kết luận 155-KL/TW'],
    ['a number', 155],
    ['an array', [conclusion155()]],
    ['a function', () => conclusion155()],
  ])('a document that is %s → [document]', (_, document) => {
    const error = caught(() => mask(document as never))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document']])
    expect(error.messages.en).toBe('Invalid input: must be an object')
  })

  it.each([
    ['a Vietnamese name', 'SENTINEL-Mật'],
    ['another case', 'SECRET'],
    ['a number', 2],
    ['null', null],
  ])('an unknown secrecy (%s) → [document, secrecy], without the value', (_, secrecy) => {
    const error = caught(() => mask({ ...conclusion155(), secrecy } as never))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'secrecy']])
    expect(error.message).not.toContain('SENTINEL')
    expect(error.message).not.toContain('SECRET')
  })

  it('a missing secrecy → [document, secrecy]', () => {
    const error = caught(() =>
      mask(
        edited('normal', (d) => {
          delete (d as Partial<FixtureDocument>).secrecy
        }),
      ),
    )
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'secrecy']])
  })

  const REQUIRED = [
    'title',
    'number',
    'symbol',
    'issuedOn',
    'signer',
    'submittingAgency',
    'assignees',
    'monitoringAgencies',
    'tasks',
  ] as const
  for (const secrecy of ['normal', 'secret'] as const) {
    it.each(REQUIRED)(`${secrecy}: a missing %s → [document, field]`, (field) => {
      const document = edited(secrecy, (d) => {
        delete (d as Partial<FixtureDocument>)[field]
      })
      const error = caught(() => mask(document))
      expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', field]])
    })
  }

  it.each([
    ['an empty title', { title: '' }, ['document', 'title']],
    ['a title that is not a string', { title: 155 }, ['document', 'title']],
    ['an issue date that does not exist', { issuedOn: '2025-02-30' }, ['document', 'issuedOn']],
    ['an issue date with a time', { issuedOn: '2025-05-16T16:00' }, ['document', 'issuedOn']],
    ['an empty assignee', { assignees: ['Ban Tổ chức Trung ương', ''] }, ['document', 'assignees', 1]],
    ['an abstract that is not a string', { abstract: 155 }, ['document', 'abstract']],
    ['tasks that are not a list', { tasks: {} }, ['document', 'tasks']],
  ] as const)('%s → its path', (_, change, path) => {
    const error = caught(() => mask({ ...conclusion155('secret'), ...change } as never))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', path])
  })

  type TaskEdit = (tasks: FixtureTask[]) => void
  it.each<[string, TaskEdit, readonly (string | number)[]]>([
    [
      'a task that is not an object',
      (tasks) => {
        tasks[0] = 'nhiệm vụ' as unknown as FixtureTask
      },
      ['document', 'tasks', 0],
    ],
    [
      'a deadline before the transfer',
      (tasks) => Object.assign(tasks[0] as FixtureTask, { deadline: '2025-05-18' }),
      ['document', 'tasks', 0, 'deadline'],
    ],
    [
      'a missing content',
      (tasks) => {
        delete (tasks[1] as Partial<FixtureTask>).content
      },
      ['document', 'tasks', 1, 'content'],
    ],
    ['an empty content', (tasks) => Object.assign(tasks[2] as FixtureTask, { content: '' }), ['document', 'tasks', 2, 'content']],
    [
      'a progress that is not a string',
      (tasks) => Object.assign(tasks[0] as FixtureTask, { progress: 5 }),
      ['document', 'tasks', 0, 'progress'],
    ],
    [
      'a missing task key',
      (tasks) => {
        delete (tasks[1] as Partial<FixtureTask>).id
      },
      ['document', 'tasks', 1, 'id'],
    ],
    [
      'an unknown task secrecy',
      (tasks) => Object.assign(tasks[0] as FixtureTask, { secrecy: 'Mật' }),
      ['document', 'tasks', 0, 'secrecy'],
    ],
    [
      'an extension without a new deadline',
      (tasks) => Object.assign(tasks[2] as FixtureTask, { events: [{ type: 'deadline-extended', at: '2025-06-25T10:00' }] }),
      ['document', 'tasks', 2, 'events', 0, 'deadline'],
    ],
    [
      'a transfer that is not an instant',
      (tasks) => Object.assign(tasks[0] as FixtureTask, { transferredAt: 'SENTINEL-transfer' }),
      ['document', 'tasks', 0, 'transferredAt'],
    ],
  ])('%s → its path, without the value', (_, edit, path) => {
    for (const secrecy of ['normal', 'confidential', 'secret'] as const) {
      const error = caught(() => mask(edited(secrecy, (d) => edit(d.tasks))))
      expect([error.code, error.path]).toStrictEqual(['invalid_input', path])
      expect(error.message).not.toContain('SENTINEL')
      expect(error.message).not.toContain('2025-05-18')
    }
  })

  it.each([
    ['allowOther: [1]', { allowOther: [1] }, ['options', 'allowOther', 0]],
    ['allowOther: [""]', { allowOther: [''] }, ['options', 'allowOther', 0]],
    ['allowOther: "pages"', { allowOther: 'pages' }, ['options', 'allowOther']],
    ['an unknown dateDeadlines', { dateDeadlines: 'next-day' }, ['options', 'dateDeadlines']],
    ['an asOf that is not an instant', { asOf: 'hôm nay' }, ['options', 'asOf']],
  ] as const)('bad options, %s → [options, …]', (_, options, path) => {
    const error = caught(() => maskForSystem(conclusion155(), { asOf: AS_OF, ...(options as object) } as MaskForSystemOptions))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', path])
  })
})

// Edges of the whitelist and of the boundary checks: each was a defect once, found while writing these tests.
describe('Edges: other values, options and event keys (Art. 5.1(k), 5.2(i); docs/security.md)', () => {
  it('refuses a sparse array in other: a hole is no JSON value', () => {
    const sparse: number[] = []
    sparse[0] = 1
    sparse[2] = 3
    const error = caught(() =>
      standardRecord(
        edited('normal', (d) => Object.assign(d, { other: { list: sparse } })),
        { allowOther: ['list'] },
      ),
    )
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'other', 'list']])
  })

  it('reports an event that is not an object at its path, as the rules do', () => {
    const document = edited('secret', (d) => {
      Object.assign(d.tasks[0] as FixtureTask, { events: [null] })
    })
    const error = caught(() => mask(document))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'tasks', 0, 'events', 0]])
  })

  it('refuses other information that shares one array many times over (a copy would never end)', () => {
    let shared: unknown = ['Phụ lục']
    for (let level = 0; level < 30; level += 1) shared = [shared, shared]
    const document = edited('secret', (d) => Object.assign(d, { other: { annexes: shared } }))
    const error = caught(() => mask(document, { allowOther: ['annexes'] }))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'other', 'annexes']])
  })

  it('refuses an instance of an Array subclass in other like any class instance', () => {
    class Annexes extends Array<string> {}
    const annexes = Annexes.from(['Phụ lục'])
    const document = edited('secret', (d) => Object.assign(d, { other: { annexes } }))
    const error = caught(() => mask(document, { allowOther: ['annexes'] }))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['document', 'other', 'annexes']])
  })

  it('refuses options that are not an object with invalid_input at [options], not a TypeError', () => {
    const error = caught(() => maskForSystem(conclusion155(), null as unknown as MaskForSystemOptions))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['options']])
  })

  it('drops an unknown key of a task event in a secret document, so no error can echo it (security.md §6)', () => {
    // TaskEvent is a strict schema whose error would name an unknown key: the masking gives the rules
    // only the event's own fields.
    const document = edited('secret', (d) => {
      Object.assign(d.tasks[0] as FixtureTask, {
        events: [{ type: 'started', at: '2025-05-20T09:00', 'Phương án nhân sự Bộ X': true }],
      })
    })
    const masked = mask(document)
    expect(JSON.stringify(masked)).not.toContain('Phương án nhân sự')
    expect(masked.partition).toBe('secure')
  })

  it('refuses an asOf that is not an instant even when the document has no task', () => {
    const document = edited('normal', (d) => Object.assign(d, { tasks: [] }))
    const error = caught(() => maskForSystem(document, { asOf: 'hôm nay' }))
    expect([error.code, error.path]).toStrictEqual(['invalid_input', ['options', 'asOf']])
  })
})
