import type { DateTime } from 'luxon'
import * as z from 'zod/mini'
import type { WorkingCalendar } from '../../calendar/working-calendar.js'
import { type Citation, cite } from '../../core/citation.js'
import type { Messages } from '../../core/messages.js'
import { parseOrThrow } from '../../core/validation.js'
import { classifyReadTask } from '../art04-status/classify-completion.js'
import { complianceOfReadTask, type UpdateComplianceOptions } from '../art06-cadence/update-compliance.js'
import { readScheduleSettings, type UpdateKind } from '../art06-cadence/update-schedule.js'
import { deadline } from '../art06-deadlines/deadline.js'
import { ACKNOWLEDGE_RECEIPT, OBJECT_TO_ASSIGNMENT } from '../art06-deadlines/rules.js'
import { defaultCalendar } from '../default-calendar.js'
import { instantOption } from '../rule-options.js'
import { firstEventAsOf, type ReadTask, readTask } from '../task/read-task.js'

/**
 * What calls for a written explanation or a warning, in the order a task meets them: an overdue
 * task (Art. 15.2), a required update missed or made late (a late report, Art. 15.4), a receipt
 * confirmed late or not at all, and an objection made late (Art. 6.2(a); the inspection committees
 * flag delays, Art. 6.3).
 */
export const AUDIT_FLAG_KINDS = Object.freeze([
  'overdue-task',
  'missed-update',
  'late-update',
  'late-acknowledgement',
  'late-objection',
] as const)
export type AuditFlagKind = (typeof AUDIT_FLAG_KINDS)[number]

/**
 * Where the 8 working hours to object (Art. 6.2(a): "kể từ thời điểm tiếp nhận") count from (B15):
 * - `'transfer'` (default): the instant the task reached the assignee, which the system records as
 *   its receipt, the same clock as the 4 hours to confirm it;
 * - `'acknowledgement'`: the assignee's confirmation of receipt, when it came by the objection (else
 *   the transfer).
 */
export const OBJECTION_STARTS = Object.freeze(['transfer', 'acknowledgement'] as const)
export type ObjectionStart = (typeof OBJECTION_STARTS)[number]

/** The options of `updateCompliance` (the schedule's choices decide which updates were due), and B15's clock. */
export type AuditFlagsOptions = UpdateComplianceOptions & {
  /** B15. Default `'transfer'`. */
  readonly objectionFrom?: ObjectionStart
}

const ObjectionFrom = z.optional(z.enum(OBJECTION_STARTS))

export type AuditFlag = {
  readonly kind: AuditFlagKind
  readonly citation: Citation
  readonly reason: Messages
  /** The time limit that was passed: the deadline in force, the update's `dueBy`, the acknowledgement's due instant. */
  readonly at: DateTime
}

const OVERDUE_CITATION = cite(15, 2)
const LATE_REPORT_CITATION = cite(15, 4)
const OVERDUE_STATUSES: ReadonlySet<string> = new Set([
  'not-implemented-overdue',
  'in-progress-late',
  'implemented-not-completed',
  'completed-late',
])
const UPDATE_NAMES: Readonly<Record<UpdateKind, Messages>> = Object.freeze({
  half: { vi: 'cập nhật giữa kỳ (½ thời gian thực hiện)', en: 'the half-time update' },
  'three-quarters': { vi: 'cập nhật tại ¾ thời gian thực hiện', en: 'the three-quarter-time update' },
  final: { vi: 'cập nhật kết quả sau thời điểm kết thúc', en: 'the final update' },
  periodic: { vi: 'cập nhật định kỳ', en: 'the periodic update' },
})

function flag(kind: AuditFlagKind, citation: Citation, reason: Messages, at: DateTime): AuditFlag {
  return Object.freeze({ kind, citation, reason: Object.freeze(reason), at })
}

/**
 * The items of a task that need a written explanation or a warning as of `asOf`, sorted by `at`; each
 * is a time limit already passed, so none is dated after `asOf`:
 * - `'overdue-task'`: the deadline in force has passed and the task was never started, or is in
 *   progress late, or was closed without completion or completed late: the assignee explains in
 *   writing (Art. 15.2). A task closed before its deadline is flagged only once the deadline passes (B8);
 * - `'missed-update'`, `'late-update'`: an update of Art. 6.2(b) missed or made after its time
 *   limit: a late report, explained in writing (Art. 15.4);
 * - `'late-acknowledgement'`: receipt confirmed after 4 working hours from the transfer, or not yet
 *   confirmed when they have passed (Art. 6.2(a)); the inspection committees flag delays (6.3);
 * - `'late-objection'`: an objection to the assignment made later than 8 working hours after receipt
 *   (Art. 6.2(a), B15: counted from the transfer, or with `objectionFrom: 'acknowledgement'` from the
 *   confirmation of receipt). No objection, no flag: objecting is not a duty.
 *
 * @example
 * auditFlags({ id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30',
 *   events: [{ type: 'acknowledged', at: '2025-04-21T10:00' }] }, { asOf: '2025-05-08T09:00' })
 *   .map((item) => item.kind) //=> ['overdue-task', 'missed-update']
 */
export function auditFlags(task: unknown, options: AuditFlagsOptions): readonly AuditFlag[] {
  const { calendar: given, until, asOf, objectionFrom, ...rest } = options
  const calendar = given ?? defaultCalendar()
  const settings = readScheduleSettings(rest, until, calendar)
  const objectionStart = parseOrThrow(ObjectionFrom, objectionFrom, 'invalid_input', ['options', 'objectionFrom']) ?? 'transfer'
  const asOfMillis = instantOption(calendar, asOf, ['options', 'asOf'])
  const read = readTask(task, { calendar, dateDeadlines: settings.dateDeadlines })
  const flags: AuditFlag[] = []

  const status = classifyReadTask(read, asOfMillis, calendar)
  // Nothing says "overdue" before the deadline in force has passed (B8): a closure fixes the class
  // early, not the flag.
  if (OVERDUE_STATUSES.has(status.status) && status.deadline !== null && asOfMillis > status.deadline.toMillis()) {
    flags.push(
      flag(
        'overdue-task',
        OVERDUE_CITATION,
        {
          vi: 'nhiệm vụ đã quá hạn: phải thông báo bằng văn bản cho Văn phòng Trung ương Đảng về khó khăn, vướng mắc và nguyên nhân (khoản 2 Điều 15)',
          en: 'the task is overdue: the assignee must report the difficulties and their causes in writing to the Central Party Office (Art. 15.2)',
        },
        status.deadline,
      ),
    )
  }

  for (const item of complianceOfReadTask(read, asOfMillis, calendar, settings)) {
    if (item.state !== 'missed' && item.state !== 'made-late') continue
    const name = UPDATE_NAMES[item.update.kind]
    const missed = item.state === 'missed'
    flags.push(
      flag(
        missed ? 'missed-update' : 'late-update',
        LATE_REPORT_CITATION,
        {
          vi: `${missed ? 'chưa thực hiện' : 'thực hiện muộn'} ${name.vi} theo ${item.citation.vi}: chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)`,
          en: `${name.en} required by ${item.citation.en} was ${missed ? 'not made' : 'made late'}: a late report, to be explained in writing (Art. 15.4)`,
        },
        item.update.dueBy,
      ),
    )
  }

  const acknowledgement = deadline(ACKNOWLEDGE_RECEIPT, read.transferredAt, { calendar })
  const due = acknowledgement.due.toMillis()
  const acknowledged = firstEventAsOf(read, asOfMillis, ['acknowledged'])
  if (acknowledged === undefined ? asOfMillis > due : acknowledged.at > due) {
    flags.push(
      flag(
        'late-acknowledgement',
        acknowledgement.citation,
        acknowledged === undefined
          ? {
              vi: 'chưa xác nhận tiếp nhận nhiệm vụ sau 4 giờ làm việc kể từ khi được chuyển đến (điểm a khoản 2 Điều 6); ủy ban kiểm tra cảnh báo dấu hiệu chậm trễ (khoản 3 Điều 6)',
              en: 'receipt not confirmed 4 working hours after the transfer (Art. 6.2(a)); the inspection committees flag the delay (Art. 6.3)',
            }
          : {
              vi: 'xác nhận tiếp nhận nhiệm vụ muộn hơn 4 giờ làm việc kể từ khi được chuyển đến (điểm a khoản 2 Điều 6); ủy ban kiểm tra cảnh báo dấu hiệu chậm trễ (khoản 3 Điều 6)',
              en: 'receipt confirmed later than 4 working hours after the transfer (Art. 6.2(a)); the inspection committees flag the delay (Art. 6.3)',
            },
        acknowledgement.due,
      ),
    )
  }

  const objection = lateObjection(read, asOfMillis, calendar, objectionStart)
  if (objection !== undefined) {
    flags.push(
      flag(
        'late-objection',
        OBJECT_TO_ASSIGNMENT.citation,
        {
          vi: 'phản hồi nội dung giao nhiệm vụ chưa chính xác hoặc không thuộc thẩm quyền muộn hơn 8 giờ làm việc kể từ thời điểm tiếp nhận (điểm a khoản 2 Điều 6)',
          en: 'the objection to a wrong or misdirected assignment came later than 8 working hours after receipt (Art. 6.2(a))',
        },
        objection,
      ),
    )
  }

  flags.sort((a, b) => a.at.toMillis() - b.at.toMillis() || AUDIT_FLAG_KINDS.indexOf(a.kind) - AUDIT_FLAG_KINDS.indexOf(b.kind))
  return Object.freeze(flags)
}

/** The 8-hour limit of an objection made after it (B15), or undefined: no objection by `asOf`, or one in time. */
function lateObjection(task: ReadTask, asOf: number, calendar: WorkingCalendar, from: ObjectionStart): DateTime | undefined {
  const objected = firstEventAsOf(task, asOf, ['objected'])
  if (objected === undefined) return undefined
  const acknowledged = from === 'acknowledgement' ? firstEventAsOf(task, objected.at, ['acknowledged']) : undefined
  const due = deadline(OBJECT_TO_ASSIGNMENT, acknowledged?.at ?? task.transferredAt, { calendar }).due
  return objected.at > due.toMillis() ? due : undefined
}
