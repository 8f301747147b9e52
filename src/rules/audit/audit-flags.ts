import type { DateTime } from 'luxon'
import { type Citation, cite } from '../../core/citation.js'
import type { Messages } from '../../core/messages.js'
import { classifyReadTask } from '../art04-status/classify-completion.js'
import { complianceOfReadTask, type UpdateComplianceOptions } from '../art06-cadence/update-compliance.js'
import { readScheduleSettings, type UpdateKind } from '../art06-cadence/update-schedule.js'
import { deadline } from '../art06-deadlines/deadline.js'
import { ACKNOWLEDGE_RECEIPT } from '../art06-deadlines/rules.js'
import { defaultCalendar } from '../default-calendar.js'
import { instantOption } from '../rule-options.js'
import { firstEventAsOf, readTask } from '../task/read-task.js'

/**
 * What calls for a written explanation or a warning, in the order a task meets them: an overdue
 * task (Art. 15.2), a required update missed or made late (a late report, Art. 15.4), and a receipt
 * confirmed late or not at all (Art. 6.2(a); the inspection committees flag delays, Art. 6.3).
 */
export const AUDIT_FLAG_KINDS = Object.freeze(['overdue-task', 'missed-update', 'late-update', 'late-acknowledgement'] as const)
export type AuditFlagKind = (typeof AUDIT_FLAG_KINDS)[number]

/** The same options as `updateCompliance`: the schedule's choices decide which updates were due. */
export type AuditFlagsOptions = UpdateComplianceOptions

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
 * The items of a task that need a written explanation or a warning as of `asOf`, sorted by `at`:
 * - `'overdue-task'`: the task is past its deadline and never started, or in progress late, or closed without
 *   completion or completed late: the assignee explains in writing (Art. 15.2);
 * - `'missed-update'`, `'late-update'`: an update of Art. 6.2(b) missed or made after its time
 *   limit: a late report, explained in writing (Art. 15.4);
 * - `'late-acknowledgement'`: receipt confirmed after 4 working hours from the transfer, or not yet
 *   confirmed when they have passed (Art. 6.2(a)); the inspection committees flag delays (6.3).
 *
 * @example
 * auditFlags({ id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30',
 *   events: [{ type: 'acknowledged', at: '2025-04-21T10:00' }] }, { asOf: '2025-05-08T09:00' })
 *   .map((item) => item.kind) //=> ['overdue-task', 'missed-update']
 */
export function auditFlags(task: unknown, options: AuditFlagsOptions): readonly AuditFlag[] {
  const { calendar: given, until, asOf, ...rest } = options
  const calendar = given ?? defaultCalendar()
  const settings = readScheduleSettings(rest, until, calendar)
  const asOfMillis = instantOption(calendar, asOf, ['options', 'asOf'])
  const read = readTask(task, { calendar, dateDeadlines: settings.dateDeadlines })
  const flags: AuditFlag[] = []

  const status = classifyReadTask(read, asOfMillis, calendar)
  if (OVERDUE_STATUSES.has(status.status) && status.deadline !== null) {
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

  flags.sort((a, b) => a.at.toMillis() - b.at.toMillis() || AUDIT_FLAG_KINDS.indexOf(a.kind) - AUDIT_FLAG_KINDS.indexOf(b.kind))
  return Object.freeze(flags)
}
