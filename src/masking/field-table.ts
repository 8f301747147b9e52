import { type Citation, cite } from '../core/citation.js'
import type { Messages } from '../core/messages.js'
import type { SecrecyLevel } from '../task/task-input.js'

/**
 * Where a record goes on the tracking system: the standard partition, or the partition with the
 * protection the Government Cipher Board prescribes (Art. 5.2: "phân vùng có giải pháp bảo mật theo
 * quy định của Ban Cơ yếu Chính phủ").
 */
export const PARTITIONS = Object.freeze(['standard', 'secure'] as const)
export type Partition = (typeof PARTITIONS)[number]

/** Whether a field sits on the document's record or on each of its tasks. */
export type FieldScope = 'document' | 'task'

/**
 * One field a record may hold. `copied` fields carry the input's value of the same name;
 * `derived` fields are computed by the package (a deadline read in the calendar's zone, a status, a
 * count). Nothing else ever reaches a record.
 */
export type RecordField = {
  readonly field: string
  readonly scope: FieldScope
  readonly source: 'copied' | 'derived'
  readonly required: boolean
  /** The point of Art. 5 that names the field. */
  readonly citation: Citation
  /** The regulation's words for it. */
  readonly label: Messages
}

/** What a secrecy level may put on the system: a partition and its fields, or nothing at all. */
export type SecrecyRule =
  | {
      readonly secrecy: SecrecyLevel
      readonly partition: Partition
      readonly refused: false
      readonly citation: Citation
      readonly fields: readonly RecordField[]
    }
  | {
      readonly secrecy: SecrecyLevel
      readonly partition: null
      readonly refused: true
      readonly citation: Citation
      readonly fields: readonly []
    }

function field(
  name: string,
  scope: FieldScope,
  source: 'copied' | 'derived',
  required: boolean,
  citation: Citation,
  vi: string,
  en: string,
): RecordField {
  return Object.freeze({ field: name, scope, source, required, citation, label: Object.freeze({ vi, en }) })
}

/**
 * 5.1(a)–(d) or 5.2(a)–(d): what identifies the document and who deals with it, alike on both
 * partitions but for the abstract, which 5.2(a) withholds ("không có trích yếu").
 */
function referenceFields(clause: 1 | 2): readonly RecordField[] {
  const at = (point: string): Citation => cite(5, clause, point)
  return [
    field('title', 'document', 'copied', true, at('a'), 'Tên văn bản', 'Title'),
    field('number', 'document', 'copied', true, at('a'), 'Số', 'Number'),
    field('symbol', 'document', 'copied', true, at('a'), 'Ký hiệu', 'Symbol'),
    ...(clause === 1 ? [field('abstract', 'document', 'copied', false, at('a'), 'Trích yếu', 'Abstract')] : []),
    field('issuedOn', 'document', 'copied', true, at('a'), 'Ngày, tháng, năm ban hành', 'Date of issue'),
    field('signer', 'document', 'copied', true, at('a'), clause === 1 ? 'Người ký' : 'Người ký văn bản', 'Signer'),
    field('submittingAgency', 'document', 'copied', true, at('b'), 'Cơ quan trình ban hành văn bản', 'Submitting agency'),
    field('assignees', 'document', 'copied', true, at('c'), 'Cơ quan được giao nhiệm vụ', 'Assigned agencies'),
    field(
      'monitoringAgencies',
      'document',
      'copied',
      true,
      at('d'),
      'Cơ quan được giao theo dõi, đôn đốc tình hình thực hiện',
      'Agencies assigned to monitor and urge implementation',
    ),
  ]
}

/**
 * Art. 5.1(a)–(k): a document that is not secret. Its first row is the clause's own condition: such a
 * document "cần phải ký số, xác thực nội dung" before its information is put on the system. The record
 * states the requirement (always `true`); the package does not sign or verify (B17). 5.2 sets no such
 * condition, so the secure record has no such row.
 */
const STANDARD_FIELDS: readonly RecordField[] = Object.freeze([
  field(
    'mustBeDigitallySigned',
    'document',
    'derived',
    true,
    cite(5, 1),
    'Phải ký số, xác thực nội dung',
    'Must be digitally signed and its content authenticated',
  ),
  ...referenceFields(1),
  field('id', 'task', 'copied', true, cite(5, 1, 'đ'), 'Mã nhiệm vụ trên Hệ thống', "The task's key on the system"),
  field('content', 'task', 'copied', true, cite(5, 1, 'đ'), 'Nội dung nhiệm vụ', 'Content of the task'),
  field('deadline', 'task', 'derived', true, cite(5, 1, 'e'), 'Thời hạn hoàn thành', 'Deadline'),
  field(
    'status',
    'task',
    'derived',
    true,
    cite(5, 1, 'g'),
    'Tình hình thực hiện nhiệm vụ (phân loại theo điểm đ khoản 1 Điều 4)',
    'Implementation status (the classes of Art. 4.1(đ))',
  ),
  field('progress', 'task', 'copied', false, cite(5, 1, 'g'), 'Tình hình thực hiện nhiệm vụ được giao', 'Progress of the task'),
  field('results', 'task', 'copied', false, cite(5, 1, 'h'), 'Kết quả, sản phẩm', 'Results and products'),
  field('evaluation', 'task', 'copied', false, cite(5, 1, 'i'), 'Đánh giá tình hình triển khai', 'Evaluation of implementation'),
  field('other', 'document', 'derived', true, cite(5, 1, 'k'), 'Thông tin cần thiết khác', 'Other necessary information'),
])

/** Art. 5.2(a)–(i): a confidential (Mật) or secret (Tối mật) document. */
const SECURE_FIELDS: readonly RecordField[] = Object.freeze([
  ...referenceFields(2),
  field('taskCount', 'document', 'derived', true, cite(5, 2, 'đ'), 'Tổng số nhiệm vụ giao', 'Total number of tasks'),
  field('deadline', 'task', 'derived', true, cite(5, 2, 'e'), 'Thời hạn hoàn thành', 'Deadline'),
  field(
    'result',
    'task',
    'derived',
    true,
    cite(5, 2, 'g'),
    'Kết quả thực hiện (đã thực hiện; chưa thực hiện trong hạn hoặc quá hạn)',
    'Result (done; not done, within the deadline or overdue)',
  ),
  field('evaluation', 'task', 'copied', false, cite(5, 2, 'h'), 'Đánh giá tình hình triển khai', 'Evaluation of implementation'),
  field('other', 'document', 'derived', true, cite(5, 2, 'i'), 'Thông tin cần thiết khác', 'Other necessary information'),
])

/**
 * Art. 5, as data: for each secrecy level (Art. 4.1(e)), the partition its records go to and every
 * field they may hold, with its citation and the regulation's words. Agency software can drive its
 * forms and database columns from it; `maskForSystem` builds records from it and from nothing else.
 * A top-secret document (Tuyệt mật) puts nothing on the system (5.3).
 */
export const SECRECY_FIELD_TABLE: Readonly<Record<SecrecyLevel, SecrecyRule>> = Object.freeze({
  normal: Object.freeze({
    secrecy: 'normal',
    partition: 'standard',
    refused: false,
    citation: cite(5, 1),
    fields: STANDARD_FIELDS,
  }),
  confidential: Object.freeze({
    secrecy: 'confidential',
    partition: 'secure',
    refused: false,
    citation: cite(5, 2),
    fields: SECURE_FIELDS,
  }),
  secret: Object.freeze({ secrecy: 'secret', partition: 'secure', refused: false, citation: cite(5, 2), fields: SECURE_FIELDS }),
  'top-secret': Object.freeze({
    secrecy: 'top-secret',
    partition: null,
    refused: true,
    citation: cite(5, 3),
    fields: Object.freeze([] as const),
  }),
})
