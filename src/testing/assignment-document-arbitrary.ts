import fc from 'fast-check'
import { type AssignmentDocument, SECRECY_LEVELS, type SecrecyLevel, vietnamCalendar, type WorkingCalendar } from '../index.js'
import { CHECKS, readKitOptions } from './kit-options.js'
import { taskArbitrary } from './task-arbitrary.js'

export type AssignmentDocumentArbitraryOptions = {
  /** Default: `'normal'`, `'confidential'` or `'secret'`; `'top-secret'` only when asked for (Art. 5.3 refuses it). */
  readonly secrecy?: SecrecyLevel
  /** Default `vietnamCalendar()`: the tasks' instants are written in its zone. */
  readonly calendar?: WorkingCalendar
  /** At most this many tasks; default 4. */
  readonly maxTasks?: number
  /**
   * Art. 3.1, B17: `true` marks every document as having a special secrecy requirement, on the
   * document itself or on one of its tasks (`specialSecrecy: true`), and `maskForSystem` refuses it.
   * Default `false`: nothing is marked, though some documents and tasks say `specialSecrecy: false`,
   * which changes nothing.
   */
  readonly specialSecrecy?: boolean
}

const DOCUMENT_OPTIONS = Object.freeze({
  secrecy: CHECKS.oneOf(SECRECY_LEVELS),
  calendar: CHECKS.calendar,
  maxTasks: CHECKS.wholeBetween(1, 100),
  specialSecrecy: CHECKS.boolean,
})

const KINDS = ['Kết luận', 'Nghị quyết', 'Chỉ thị', 'Thông báo kết luận', 'Quy định'] as const
const SUBJECTS = [
  'về tiếp tục sắp xếp tổ chức bộ máy',
  'về đẩy mạnh chuyển đổi số',
  'về phát triển kinh tế tư nhân',
  'về công tác cán bộ',
  'về bảo vệ bí mật nhà nước',
] as const
const AGENCIES = [
  'Văn phòng Trung ương Đảng',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo và Dân vận Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Ban Nội chính Trung ương',
  'Ban Chính sách, chiến lược Trung ương',
  'Đảng ủy Chính phủ',
  'Đảng ủy Quốc hội',
] as const
const SIGNERS = ['T/M Bộ Chính trị', 'T/M Ban Bí thư', 'T/L Bộ Chính trị, Chánh Văn phòng'] as const
const SYMBOLS = ['KL/TW', 'NQ/TW', 'CT/TW', 'TB/TW', 'QĐ/TW'] as const
const CONTENTS = [
  'Hoàn thành việc sắp xếp các cơ quan, đơn vị trực thuộc',
  'Báo cáo kết quả thực hiện lên Bộ Chính trị',
  'Xây dựng đề án và trình Ban Bí thư',
  'Rà soát, sửa đổi quy định có liên quan',
] as const

/**
 * Valid assigning documents (`AssignmentDocument`): the fields of Art. 5.1(a)–(k) with Vietnamese
 * titles, agencies and signers, and 1 to `maxTasks` tasks from `taskArbitrary`, each with its
 * content and sometimes its progress, results and evaluation. Task ids are unique within a document.
 * With `specialSecrecy: true`, the document or one of its tasks is marked as Art. 3.1 says.
 */
export function assignmentDocumentArbitrary(input: AssignmentDocumentArbitraryOptions = {}): fc.Arbitrary<AssignmentDocument> {
  const options = readKitOptions<AssignmentDocumentArbitraryOptions>(input, DOCUMENT_OPTIONS)
  const calendar = options.calendar ?? vietnamCalendar()
  const secrecy =
    options.secrecy === undefined ? fc.constantFrom('normal', 'confidential', 'secret' as const) : fc.constant(options.secrecy)
  const text = <T extends string>(values: readonly T[]) => fc.constantFrom(...values)
  // Absent three times in four, `false` otherwise: both mean no special requirement.
  const unmarked = fc.constantFrom<boolean | undefined>(undefined, undefined, undefined, false)
  const task = fc.record({
    task: taskArbitrary({ calendar }),
    specialSecrecy: unmarked,
    content: text(CONTENTS),
    progress: fc.option(fc.constant('Đang triển khai theo kế hoạch'), { nil: undefined }),
    results: fc.option(fc.constant('Đã có dự thảo đề án'), { nil: undefined }),
    evaluation: fc.option(fc.constant('Bảo đảm tiến độ'), { nil: undefined }),
  })
  return fc
    .record({
      secrecy,
      kind: text(KINDS),
      subject: text(SUBJECTS),
      number: fc.integer({ min: 1, max: 300 }),
      symbol: text(SYMBOLS),
      withAbstract: fc.boolean(),
      issuedOn: fc.integer({ min: 0, max: 700 }),
      signer: text(SIGNERS),
      submittingAgency: text(AGENCIES),
      assignees: fc.uniqueArray(text(AGENCIES), { minLength: 1, maxLength: 3 }),
      monitoringAgencies: fc.uniqueArray(text(AGENCIES), { minLength: 1, maxLength: 2 }),
      tasks: fc.array(task, { minLength: 1, maxLength: options.maxTasks ?? 4 }),
      register: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
      specialSecrecy: unmarked,
      // Where the mark goes when one is asked for: -1 the document, otherwise a task (modulo their number).
      marked: options.specialSecrecy === true ? fc.oneof(fc.constant(-1), fc.nat(7)) : fc.constant(null),
    })
    .map(
      (d): AssignmentDocument => ({
        secrecy: d.secrecy,
        ...specialSecrecyOf(d.marked === -1 ? true : d.specialSecrecy),
        title: `${d.kind} của Bộ Chính trị ${d.subject}`,
        number: String(d.number),
        symbol: d.symbol,
        ...(d.withAbstract ? { abstract: `${d.kind} ${d.subject}` } : {}),
        issuedOn: calendar.dayOf(Date.UTC(2025, 0, 1, 3) + d.issuedOn * 86_400_000),
        signer: d.signer,
        submittingAgency: d.submittingAgency,
        assignees: d.assignees,
        monitoringAgencies: d.monitoringAgencies,
        tasks: d.tasks.map(({ task: input, specialSecrecy, content, progress, results, evaluation }, index) => ({
          ...input,
          ...specialSecrecyOf(d.marked !== null && d.marked >= 0 && d.marked % d.tasks.length === index ? true : specialSecrecy),
          id: `${d.number}-${index + 1}`,
          content,
          ...(progress === undefined ? {} : { progress }),
          ...(results === undefined ? {} : { results }),
          ...(evaluation === undefined ? {} : { evaluation }),
        })),
        ...(d.register === undefined ? {} : { other: { register: `S-${d.register}` } }),
      }),
    )
}

function specialSecrecyOf(value: boolean | undefined): { readonly specialSecrecy?: boolean } {
  return value === undefined ? {} : { specialSecrecy: value }
}
