import type { ErrorCode } from '../core/errors.js'
import { deepFreeze } from '../core/freeze.js'
import { ERROR_TITLES, type Messages, REPORT_NAMES, UPDATE_NAMES } from '../core/messages.js'
import type { TaskResult } from '../masking/masked-record.js'
import type { CompletionStatus } from '../rules/art04-status/status-traits.js'
import type { UpdateState } from '../rules/art06-cadence/update-compliance.js'
import type { DurationClass, UpdateKind } from '../rules/art06-cadence/update-schedule.js'
import type { DutyAct, DutyKind, DutyParty } from '../rules/art06-duties/duty-ledger.js'
import type { ReportFlagKind } from '../rules/art15-reports/report-compliance.js'
import type { ReportKind } from '../rules/art16-reporting/reporting-deadlines.js'
import type { AlertLevel } from '../rules/art18-alerts/alert-level.js'
import type { AuditFlagKind } from '../rules/audit/audit-flags.js'
import type { DutyState } from '../rules/duty-state.js'
import type { PeriodKind } from '../scoring/evaluation-period.js'
import type { ExplanationReason } from '../scoring/explanation-flags.js'
import type { Grade } from '../scoring/grades.js'
import type { SecrecyLevel } from '../task/task-input.js'

/**
 * The shape of `LABELS`: one family per list of codes, each keyed by every code of its union, so that a
 * code added to a tuple without its label does not compile. A family whose codes are of two kinds (the
 * updates: what is owed and where it stands; the duties likewise) holds them as two sub-records.
 */
export type Labels = {
  /** Art. 4.1(đ): the completion statuses of `classifyCompletion` (`COMPLETION_STATUSES`, `UNTIMED_COMPLETION_STATUSES`). */
  readonly status: Readonly<Record<CompletionStatus, Messages>>
  /** Art. 18.1(d): the warnings of `alertLevel` (`ALERT_LEVELS`). */
  readonly warning: Readonly<Record<AlertLevel, Messages>>
  /** Art. 6.2(b): the required updates (`UPDATE_KINDS`) and where each stands (`UPDATE_STATES`). */
  readonly update: {
    readonly kind: Readonly<Record<UpdateKind, Messages>>
    readonly state: Readonly<Record<UpdateState, Messages>>
  }
  /** Art. 6: the duties of `dutiesOf` (`DUTIES`) and where each stands (`DUTY_STATES`, also the reports' states). */
  readonly duty: {
    readonly kind: Readonly<Record<DutyKind, Messages>>
    readonly state: Readonly<Record<DutyState, Messages>>
  }
  /** Art. 6.1, 6.2, 6.3: who owes a duty (`DUTY_PARTIES`). */
  readonly party: Readonly<Record<DutyParty, Messages>>
  /** Art. 17.1(c): the grades of `scoreUnits` (`GRADES`). */
  readonly grade: Readonly<Record<Grade, Messages>>
  /** Art. 17.1(b): the evaluation periods (`PERIOD_KINDS`). */
  readonly period: Readonly<Record<PeriodKind, Messages>>
  /** Art. 4.1(e), 5: the secrecy levels of the assigning document (`SECRECY_LEVELS`). */
  readonly secrecy: Readonly<Record<SecrecyLevel, Messages>>
  /** The title of each error code (`ERROR_CODES`), as the error's message opens with it. */
  readonly error: Readonly<Record<ErrorCode, Messages>>
  /** Art. 15.1, 16.2: the periodic reports (`REPORT_KINDS`). */
  readonly report: Readonly<Record<ReportKind, Messages>>
  /** Art. 15.4: the report flags of `reportCompliance` (`REPORT_FLAG_KINDS`). */
  readonly reportFlag: Readonly<Record<ReportFlagKind, Messages>>
  /** Art. 6, 15.2, 15.4: the audit flags of `auditFlags` (`AUDIT_FLAG_KINDS`). */
  readonly auditFlag: Readonly<Record<AuditFlagKind, Messages>>
  /** A task's events (`TASK_EVENT_TYPES`) and its transfer: every act that meets a duty (`DUTY_ACTS`). */
  readonly event: Readonly<Record<DutyAct, Messages>>
  /** Art. 6.2(b)(1)–(4): the duration classes of `updateSchedule` (`DURATION_CLASSES`). */
  readonly durationClass: Readonly<Record<DurationClass, Messages>>
  /** Art. 5.2(g): the result a Mật or Tối mật record holds (`TASK_RESULTS`). */
  readonly taskResult: Readonly<Record<TaskResult, Messages>>
  /** Art. 17.3(b): why a unit must explain (`EXPLANATION_REASONS`). */
  readonly explanation: Readonly<Record<ExplanationReason, Messages>>
}

/**
 * Every code the package returns, with its words in Vietnamese and English: data, so that a screen or a
 * report shows `LABELS.status[result.status].vi` instead of keeping its own table. The Vietnamese is the
 * regulation's own wording wherever it has one (the article is named on each family), in lower case as a
 * sentence writes it, with the capitals of the text where it has them (Mật, Văn phòng Trung ương Đảng);
 * the error titles are headings. Where the package already names a list in its messages (the updates, the
 * reports, the errors), the family is that table, not a copy of it. Deeply frozen.
 *
 * @example
 * import { classifyCompletion, LABELS } from 'vn-task-sla'
 *
 * const task = { id: '155-3', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' }
 * const { status } = classifyCompletion(task, { asOf: '2025-07-02T09:00' })
 * LABELS.status[status].vi //=> 'không triển khai (quá hạn, chưa triển khai)'
 * LABELS.warning.approaching //=> { vi: 'sắp quá hạn', en: 'about to be overdue' }
 */
export const LABELS: Labels = /* @__PURE__ */ deepFreeze({
  // Art. 4.1(đ): "Hoàn thành (đúng hạn, chậm); đang triển khai (đúng hạn, chậm); đã triển khai nhưng không
  // hoàn thành (quá hạn); chưa triển khai (trong hạn); không triển khai (quá hạn, chưa triển khai)". A task
  // without a deadline (4.1(a)) has no timeliness; closing one without completion has no word in the text.
  status: {
    'completed-on-time': { vi: 'hoàn thành đúng hạn', en: 'completed on time' },
    'completed-late': { vi: 'hoàn thành chậm', en: 'completed late' },
    'in-progress-on-time': { vi: 'đang triển khai đúng hạn', en: 'in progress, on time' },
    'in-progress-late': { vi: 'đang triển khai chậm', en: 'in progress, late' },
    'implemented-not-completed': {
      vi: 'đã triển khai nhưng không hoàn thành (quá hạn)',
      en: 'implemented but not completed (overdue)',
    },
    'not-started': { vi: 'chưa triển khai (trong hạn)', en: 'not started (within the deadline)' },
    'not-implemented-overdue': {
      vi: 'không triển khai (quá hạn, chưa triển khai)',
      en: 'not implemented (overdue, never started)',
    },
    completed: { vi: 'hoàn thành', en: 'completed' },
    'in-progress': { vi: 'đang triển khai', en: 'in progress' },
    'closed-without-completion': { vi: 'dừng thực hiện, không hoàn thành', en: 'closed without completion' },
  },
  // Art. 18.1(d): "cảnh báo nhiệm vụ đến hạn, sắp quá hạn, quá hạn".
  warning: {
    none: { vi: 'không có cảnh báo', en: 'no warning' },
    approaching: { vi: 'sắp quá hạn', en: 'about to be overdue' },
    due: { vi: 'đến hạn', en: 'due' },
    overdue: { vi: 'quá hạn', en: 'overdue' },
  },
  update: {
    kind: UPDATE_NAMES,
    state: {
      'made-on-time': { vi: 'đã cập nhật đúng hạn', en: 'made on time' },
      'made-late': { vi: 'đã cập nhật chậm', en: 'made late' },
      missed: { vi: 'không cập nhật, đã quá hạn', en: 'missed' },
      due: { vi: 'đang trong thời hạn cập nhật', en: 'due: its window is open' },
      'not-yet-due': { vi: 'chưa đến thời hạn cập nhật', en: 'not yet due' },
    },
  },
  // Art. 6, in the words of each clause: 6.1(a), 6.2(a), 6.2(a), 6.1(b), 6.2(b), 6.3.
  duty: {
    kind: {
      'classify-and-dispatch': {
        vi: 'phân loại, cập nhật và chuyển theo dõi nhiệm vụ',
        en: 'classify and dispatch the task',
      },
      'acknowledge-receipt': { vi: 'xác nhận việc tiếp nhận', en: 'acknowledge receipt' },
      object: {
        vi: 'phản hồi nội dung giao nhiệm vụ chưa chính xác hoặc không thuộc thẩm quyền',
        en: 'object to a wrong or misdirected assignment',
      },
      'handle-objection': { vi: 'xác nhận, cập nhật tình trạng xử lý phản hồi', en: 'confirm how the objection was handled' },
      update: { vi: 'cập nhật tình hình, kết quả thực hiện nhiệm vụ', en: 'update progress and results' },
      'evaluate-update': { vi: 'cập nhật nội dung đánh giá', en: 'evaluate the update' },
    },
    state: {
      'met-on-time': { vi: 'đã thực hiện đúng hạn', en: 'met on time' },
      'met-late': { vi: 'đã thực hiện chậm', en: 'met late' },
      missed: { vi: 'không thực hiện, đã quá hạn', en: 'missed' },
      due: { vi: 'đang trong thời hạn', en: 'due: its time limit is running' },
      'not-yet-due': { vi: 'chưa đến thời hạn', en: 'not yet due' },
    },
  },
  // Art. 6.1, 6.2 and 6.3 name the three parties.
  party: {
    office: { vi: 'Văn phòng Trung ương Đảng', en: 'Central Party Office' },
    assignee: { vi: 'cơ quan, tổ chức, đảng viên được giao thực hiện nhiệm vụ', en: 'assignee' },
    'monitoring-agency': { vi: 'cơ quan theo dõi, đôn đốc', en: 'monitoring agency' },
  },
  // Art. 17.1(c): "hoàn thành xuất sắc, hoàn thành, hoàn thành chưa đầy đủ hoặc không hoàn thành nhiệm vụ".
  grade: {
    excellent: { vi: 'hoàn thành xuất sắc nhiệm vụ', en: 'completed with excellence' },
    completed: { vi: 'hoàn thành nhiệm vụ', en: 'completed' },
    'incompletely-completed': { vi: 'hoàn thành chưa đầy đủ', en: 'incompletely completed' },
    'not-completed': { vi: 'không hoàn thành nhiệm vụ', en: 'not completed' },
  },
  // Art. 17.1(b): "theo quý, 6 tháng, năm".
  period: {
    quarter: { vi: 'quý', en: 'quarter' },
    'half-year': { vi: '6 tháng', en: 'half-year' },
    year: { vi: 'năm', en: 'year' },
  },
  // Art. 4.1(e): "Thường, Mật, Tối mật, Tuyệt mật".
  secrecy: {
    normal: { vi: 'Thường', en: 'ordinary' },
    confidential: { vi: 'Mật', en: 'confidential' },
    secret: { vi: 'Tối mật', en: 'secret' },
    'top-secret': { vi: 'Tuyệt mật', en: 'top secret' },
  },
  error: ERROR_TITLES,
  report: REPORT_NAMES,
  // Art. 15.4: "chậm báo cáo", a report of 15.1 sent late or not sent.
  reportFlag: {
    'late-report': { vi: 'báo cáo gửi chậm', en: 'report sent late' },
    'missing-report': { vi: 'chưa gửi báo cáo', en: 'report not sent' },
  },
  auditFlag: {
    'overdue-task': { vi: 'nhiệm vụ quá hạn', en: 'overdue task' },
    'missed-update': { vi: 'không cập nhật theo quy định', en: 'update missed' },
    'late-update': { vi: 'cập nhật chậm', en: 'update made late' },
    'late-acknowledgement': { vi: 'xác nhận tiếp nhận chậm', en: 'receipt confirmed late' },
    'late-objection': { vi: 'phản hồi chậm', en: 'objection made late' },
    'late-dispatch': { vi: 'phân loại, chuyển theo dõi chậm', en: 'dispatched late' },
    'late-objection-handling': { vi: 'xác nhận tình trạng xử lý phản hồi chậm', en: 'objection handled late' },
    'late-evaluation': { vi: 'cập nhật nội dung đánh giá chậm', en: 'update evaluated late' },
  },
  event: {
    transferred: { vi: 'chuyển đến', en: 'transferred' },
    acknowledged: { vi: 'xác nhận tiếp nhận', en: 'receipt acknowledged' },
    objected: { vi: 'phản hồi', en: 'objected' },
    started: { vi: 'bắt đầu triển khai', en: 'started' },
    'progress-updated': { vi: 'cập nhật tình hình, kết quả thực hiện', en: 'progress updated' },
    completed: { vi: 'hoàn thành', en: 'completed' },
    'closed-without-completion': { vi: 'dừng thực hiện, không hoàn thành', en: 'closed without completion' },
    'deadline-extended': { vi: 'gia hạn', en: 'deadline extended' },
    'objection-handled': { vi: 'xử lý phản hồi', en: 'objection handled' },
    reassigned: { vi: 'chuyển đến cơ quan khác thực hiện', en: 're-assigned' },
    evaluated: { vi: 'cập nhật nội dung đánh giá', en: 'update evaluated' },
  },
  // Art. 6.2(b)(1)–(4).
  durationClass: {
    'under-1-month': { vi: 'thời hạn dưới 1 tháng', en: 'under 1 month' },
    '1-to-3-months': { vi: 'thời hạn từ 1 đến dưới 3 tháng', en: '1 to under 3 months' },
    '3-to-6-months': { vi: 'thời hạn từ 3 đến dưới 6 tháng', en: '3 to under 6 months' },
    '6-months-or-more': {
      vi: 'thời hạn 6 tháng trở lên hoặc không xác định thời hạn',
      en: '6 months or more, or no set time limit',
    },
  },
  // Art. 5.2(g): "đã thực hiện; chưa thực hiện trong hạn hoặc quá hạn".
  taskResult: {
    done: { vi: 'đã thực hiện', en: 'done' },
    'not-done-within-deadline': { vi: 'chưa thực hiện trong hạn', en: 'not done, within the deadline' },
    'not-done-overdue': { vi: 'chưa thực hiện, quá hạn', en: 'not done, overdue' },
  },
  // Art. 17.3(b): "có kết quả đánh giá thấp hoặc bị xếp loại không hoàn thành nhiệm vụ trong hai kỳ liên tiếp";
  // whether the two periods govern a low result too is an option of `explanationFlags`, so its label says no count.
  explanation: {
    'not-completed': {
      vi: 'bị xếp loại không hoàn thành nhiệm vụ trong hai kỳ liên tiếp',
      en: 'graded not completed in two consecutive periods',
    },
    'low-result': { vi: 'có kết quả đánh giá thấp', en: 'a low result' },
  },
})
