import * as z from 'zod/mini'

/**
 * Every message the package shows a person, in Vietnamese and English, in one place.
 * Messages never contain an input value: they state the rule that was broken, and the error's
 * path names the field (a key, never its value), so an error about a secret record cannot echo
 * its content.
 */

/** A text in Vietnamese (vi) and in English (en), as every reason, label and description carries it. */
export const Messages = z.readonly(z.strictObject({ vi: z.string(), en: z.string() }))
export type Messages = z.output<typeof Messages>

/**
 * The title of each error code, as the error's message opens with it and a UI may show it: the one home
 * of these words (`MESSAGES` and `LABELS.error` read them).
 */
export const ERROR_TITLES = Object.freeze({
  invalid_input: Object.freeze({ vi: 'Dữ liệu đầu vào không hợp lệ', en: 'Invalid input' }),
  invalid_calendar: Object.freeze({ vi: 'Định nghĩa lịch làm việc không hợp lệ', en: 'Invalid working calendar definition' }),
  outside_calendar_range: Object.freeze({ vi: 'Ngoài phạm vi của lịch làm việc', en: "Outside the working calendar's range" }),
  top_secret_refused: Object.freeze({
    vi: 'Không cập nhật văn bản tuyệt mật lên Hệ thống theo dõi, đánh giá (khoản 3 Điều 5)',
    en: 'A top-secret document is not put on the tracking system (Art. 5.3)',
  }),
  special_secrecy_refused: Object.freeze({
    vi: 'Không cập nhật văn bản, nhiệm vụ có yêu cầu bảo mật riêng lên Hệ thống theo dõi, đánh giá (khoản 1 Điều 3)',
    en: 'A document or task with a special secrecy requirement is not put on the tracking system (Art. 3.1)',
  }),
})

/** An error's message: its code's title, then the rule that was broken. */
function titled(title: Messages): (detail: Messages) => Messages {
  return (detail) => ({ vi: `${title.vi}: ${detail.vi}`, en: `${title.en}: ${detail.en}` })
}

export const MESSAGES = {
  invalid_input: titled(ERROR_TITLES.invalid_input),
  invalid_calendar: titled(ERROR_TITLES.invalid_calendar),
  outside_calendar_range: titled(ERROR_TITLES.outside_calendar_range),
  top_secret_refused: titled(ERROR_TITLES.top_secret_refused),
  special_secrecy_refused: titled(ERROR_TITLES.special_secrecy_refused),
} as const

/** The reasons of the warnings of Art. 18.1(d) (`alertLevel`). */
export const ALERT_REASONS = Object.freeze({
  ended: Object.freeze({ vi: 'nhiệm vụ đã kết thúc', en: 'the task has ended' }),
  noDeadline: Object.freeze({ vi: 'nhiệm vụ không có thời hạn', en: 'the task has no deadline' }),
  overdue: Object.freeze({ vi: 'đã quá thời hạn', en: 'past the deadline' }),
  dueToday: Object.freeze({ vi: 'hôm nay là ngày đến hạn', en: 'the deadline is today' }),
  dueOnLastWorkingDay: Object.freeze({
    vi: 'thời hạn rơi vào ngày nghỉ: ngày làm việc cuối cùng trước thời hạn đã đến',
    en: 'the deadline falls on a day off: its last working day before it has come',
  }),
  workingDaysLeft: (left: number, threshold: number): Messages => ({
    vi: `còn ${left} ngày làm việc (ngưỡng ${threshold})`,
    en: `${left} working day${left === 1 ? '' : 's'} left (threshold ${threshold})`,
  }),
  elapsedShare: (percent: number, threshold: number): Messages => ({
    vi: `đã qua ${percent}% thời gian làm việc (ngưỡng ${threshold}%)`,
    en: `${percent}% of the working time has elapsed (threshold ${threshold}%)`,
  }),
  belowThresholds: Object.freeze({ vi: 'chưa đến ngưỡng cảnh báo', en: 'no warning threshold reached' }),
})

/** A time limit of Art. 6 as the audit reasons write it: `4 working hours`, `1 working day`. */
function limitOf(within: { readonly workingHours: number } | { readonly workingDays: number }): Messages {
  if ('workingHours' in within) {
    const count = within.workingHours
    return { vi: `${count} giờ làm việc`, en: `${count} working hour${count === 1 ? '' : 's'}` }
  }
  const count = within.workingDays
  return { vi: `${count} ngày làm việc`, en: `${count} working day${count === 1 ? '' : 's'}` }
}
type Within = Parameters<typeof limitOf>[0]

/** The names of the required updates of Art. 6.2(b), as the audit reasons write them. */
export const UPDATE_NAMES = Object.freeze({
  half: Object.freeze({ vi: 'cập nhật giữa kỳ (½ thời gian thực hiện)', en: 'the half-time update' }),
  'three-quarters': Object.freeze({ vi: 'cập nhật tại ¾ thời gian thực hiện', en: 'the three-quarter-time update' }),
  interim: Object.freeze({ vi: 'cập nhật giữa kỳ', en: 'the interim update' }),
  final: Object.freeze({ vi: 'cập nhật kết quả sau thời điểm kết thúc', en: 'the final update' }),
  periodic: Object.freeze({ vi: 'cập nhật định kỳ', en: 'the periodic update' }),
})

/** The reasons of the audit flags (`auditFlags`): what calls for a written explanation, and why. */
export const AUDIT_REASONS = Object.freeze({
  overdueTask: Object.freeze({
    vi: 'nhiệm vụ đã quá hạn: phải thông báo bằng văn bản cho Văn phòng Trung ương Đảng về khó khăn, vướng mắc và nguyên nhân (khoản 2 Điều 15)',
    en: 'the task is overdue: the assignee must report the difficulties and their causes in writing to the Central Party Office (Art. 15.2)',
  }),
  update: (name: Messages, citation: Messages, missed: boolean): Messages => ({
    vi: `${missed ? 'chưa thực hiện' : 'thực hiện muộn'} ${name.vi} theo ${citation.vi}: chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)`,
    en: `${name.en} required by ${citation.en} was ${missed ? 'not made' : 'made late'}: a late report, to be explained in writing (Art. 15.4)`,
  }),
  acknowledgement: (within: Within, made: boolean): Messages => {
    const limit = limitOf(within)
    return made
      ? {
          vi: `xác nhận tiếp nhận nhiệm vụ muộn hơn ${limit.vi} kể từ khi được chuyển đến (điểm a khoản 2 Điều 6); ủy ban kiểm tra cảnh báo dấu hiệu chậm trễ (khoản 3 Điều 6)`,
          en: `receipt confirmed later than ${limit.en} after the transfer (Art. 6.2(a)); the inspection committees flag the delay (Art. 6.3)`,
        }
      : {
          vi: `chưa xác nhận tiếp nhận nhiệm vụ sau ${limit.vi} kể từ khi được chuyển đến (điểm a khoản 2 Điều 6); ủy ban kiểm tra cảnh báo dấu hiệu chậm trễ (khoản 3 Điều 6)`,
          en: `receipt not confirmed ${limit.en} after the transfer (Art. 6.2(a)); the inspection committees flag the delay (Art. 6.3)`,
        }
  },
  objection: (within: Within): Messages => {
    const limit = limitOf(within)
    return {
      vi: `phản hồi nội dung giao nhiệm vụ chưa chính xác hoặc không thuộc thẩm quyền muộn hơn ${limit.vi} kể từ thời điểm tiếp nhận (điểm a khoản 2 Điều 6)`,
      en: `the objection to a wrong or misdirected assignment came later than ${limit.en} after receipt (Art. 6.2(a))`,
    }
  },
  dispatch: (within: Within): Messages => {
    const limit = limitOf(within)
    return {
      vi: `Văn phòng Trung ương Đảng phân loại, chuyển theo dõi nhiệm vụ muộn hơn ${limit.vi} kể từ khi văn bản được ban hành (điểm a khoản 1 Điều 6)`,
      en: `the Central Party Office classified and dispatched the task later than ${limit.en} after the document’s issuance (Art. 6.1(a))`,
    }
  },
  objectionHandling: (within: Within, made: boolean): Messages => {
    const limit = limitOf(within)
    return made
      ? {
          vi: `Văn phòng Trung ương Đảng xác nhận tình trạng xử lý phản hồi muộn hơn ${limit.vi} kể từ khi tiếp nhận (điểm b khoản 1 Điều 6)`,
          en: `the Central Party Office confirmed how it handled the objection later than ${limit.en} after receiving it (Art. 6.1(b))`,
        }
      : {
          vi: `Văn phòng Trung ương Đảng chưa xác nhận tình trạng xử lý phản hồi sau ${limit.vi} kể từ khi tiếp nhận (điểm b khoản 1 Điều 6)`,
          en: `the Central Party Office has not confirmed how it handled the objection ${limit.en} after receiving it (Art. 6.1(b))`,
        }
  },
  evaluation: (within: Within, made: boolean): Messages => {
    const limit = limitOf(within)
    return made
      ? {
          vi: `cơ quan theo dõi, đôn đốc cập nhật nội dung đánh giá muộn hơn ${limit.vi} sau lần cập nhật (khoản 3 Điều 6)`,
          en: `the monitoring agency recorded its evaluation later than ${limit.en} after the update (Art. 6.3)`,
        }
      : {
          vi: `cơ quan theo dõi, đôn đốc chưa cập nhật nội dung đánh giá sau ${limit.vi} kể từ lần cập nhật (khoản 3 Điều 6)`,
          en: `the monitoring agency has not recorded its evaluation ${limit.en} after the update (Art. 6.3)`,
        }
  },
})

/** The names of the periodic reports of Art. 15.1 and 16.2, as the report flags write them, with the period's id. */
export const REPORT_NAMES = Object.freeze({
  monthly: Object.freeze({ vi: 'báo cáo tháng', en: 'monthly report' }),
  quarterly: Object.freeze({ vi: 'báo cáo quý', en: 'quarterly report' }),
  'half-year': Object.freeze({ vi: 'báo cáo 6 tháng', en: '6-month report' }),
  annual: Object.freeze({ vi: 'báo cáo năm', en: 'annual report' }),
})

/** The reasons of the report flags (`reportCompliance`): a periodic report of Art. 15.1 sent late or not sent. */
export const REPORT_REASONS = Object.freeze({
  late: (kind: keyof typeof REPORT_NAMES, period: string): Messages => ({
    vi: `${REPORT_NAMES[kind].vi} kỳ ${period} gửi muộn hơn thời hạn (khoản 1 Điều 15): chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)`,
    en: `the ${REPORT_NAMES[kind].en} for ${period} was sent after its due time (Art. 15.1): a late report, to be explained in writing (Art. 15.4)`,
  }),
  missing: (kind: keyof typeof REPORT_NAMES, period: string): Messages => ({
    vi: `${REPORT_NAMES[kind].vi} kỳ ${period} chưa được gửi khi đã quá thời hạn (khoản 1 Điều 15): chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)`,
    en: `the ${REPORT_NAMES[kind].en} for ${period} was not sent by its due time (Art. 15.1): a late report, to be explained in writing (Art. 15.4)`,
  }),
})

/** Details that several call sites share; a detail names the rule that was broken, never the value. */
export const DETAILS = {
  notAnInstant: {
    vi: 'thời điểm phải là chuỗi ISO 8601, DateTime của luxon, Date hợp lệ hoặc số mili giây epoch nguyên',
    en: 'an instant must be an ISO 8601 string, a luxon DateTime, a valid Date or an integer of epoch milliseconds',
  },
  epochSeconds: {
    vi: 'số này có độ lớn của giây epoch (Unix), không phải mili giây epoch: hãy nhân với 1000',
    en: 'the number has the size of epoch (Unix) seconds, not epoch milliseconds: multiply it by 1000',
  },
  offsetlessRefused: {
    vi: 'thời điểm phải ghi độ lệch múi giờ (Z hoặc ±hh:mm): lịch này không đọc giờ không có múi giờ (offsetless: reject)',
    en: 'the instant must carry an offset (Z or ±hh:mm): this calendar does not read times without one (offsetless: reject)',
  },
  sqlTimestampWithoutOffset: {
    vi: 'đây có vẻ là timestamp SQL không có múi giờ (timestamp without time zone): hãy ghi độ lệch (+07, Z), ví dụ lưu bằng timestamptz; lịch này không đọc giờ không có múi giờ (offsetless: reject)',
    en: 'this looks like a SQL timestamp without a time zone (timestamp without time zone): give its offset (+07, Z), e.g. store a timestamptz; this calendar does not read times without one (offsetless: reject)',
  },
  dayIsNotAnInstant: {
    vi: 'một ngày lịch (YYYY-MM-DD) không phải là thời điểm; hãy ghi cả giờ, ví dụ 2025-06-30T08:00',
    en: 'a calendar day (YYYY-MM-DD) is not an instant; give a time too, e.g. 2025-06-30T08:00',
  },
  notACalendarDay: {
    vi: 'ngày lịch phải có dạng YYYY-MM-DD và là một ngày có thật',
    en: 'a calendar day must be written YYYY-MM-DD and exist',
  },
  notADuration: {
    vi: 'thời lượng làm việc là một đối tượng chỉ gồm hours, minutes, seconds, milliseconds (số hữu hạn); ngày làm việc thì dùng addWorkingDays',
    en: 'a working duration is an object of hours, minutes, seconds and milliseconds only (finite numbers); for working days use addWorkingDays',
  },
  notAWholeNumberOfDays: {
    vi: 'số ngày làm việc phải là số nguyên',
    en: 'a number of working days must be a whole number',
  },
  asOfBeforePeriod: {
    vi: 'thời điểm đánh giá không được trước ngày đầu của kỳ đánh giá',
    en: 'the evaluation instant cannot come before the first day of the period',
  },
  notAListOfTasks: {
    vi: 'danh sách nhiệm vụ phải là một mảng',
    en: 'the tasks must be an array',
  },
  noWorkingTimeToTransfer: {
    vi: 'khoảng từ from đến to không có giờ làm việc nào để chuyển giao nhiệm vụ',
    en: 'there is no working time from `from` to `to` to transfer tasks in',
  },
  noDurationWeight: {
    vi: 'ít nhất một nhóm thời hạn phải có trọng số lớn hơn 0',
    en: 'at least one duration class needs a weight above 0',
  },
  portfolioPastCalendar: {
    vi: 'nhiệm vụ được tạo gần cuối phạm vi của lịch vượt quá phạm vi đó (thời hạn, hoàn thành, cập nhật định kỳ); hãy kết thúc việc chuyển giao sớm hơn',
    en: 'tasks drawn near the end of the calendar’s range run past it (deadlines, completions, periodic updates): end the transfers earlier',
  },
  intervalEndsBeforeStart: {
    vi: 'khoảng thời gian không được kết thúc (to) trước khi bắt đầu (from)',
    en: 'the interval cannot end (to) before it starts (from)',
  },
  simulationRangeReversed: {
    vi: 'ngày bắt đầu mô phỏng (from) không được sau ngày kết thúc (to)',
    en: 'the simulation cannot start (from) after it ends (to)',
  },
  duplicateSimulatedTask: {
    vi: 'mã nhiệm vụ phải khác nhau trong một lần mô phỏng',
    en: 'task ids must differ within one simulation',
  },
  unknownSimulatedTask: {
    vi: 'không có nhiệm vụ hoặc bước mô phỏng này',
    en: 'no such task or step in the simulation',
  },
  duplicateUnit: {
    vi: 'mỗi đơn vị chỉ được nêu một lần',
    en: 'each unit may appear only once',
  },
  duplicateTaskId: {
    vi: 'mã nhiệm vụ phải khác nhau trong một đơn vị',
    en: 'task ids must differ within a unit',
  },
  customMeasureScore: {
    vi: 'chỉ số tùy chỉnh phải trả về null hoặc một số từ 0 đến 1',
    en: 'a custom measure must return null or a number from 0 to 1',
  },
  indicatorId: {
    vi: 'mã chỉ số chỉ gồm chữ thường, chữ số và dấu gạch ngang',
    en: 'an indicator id is lower-case letters, digits and hyphens',
  },
  indicatorIdsUnique: {
    vi: 'các mã chỉ số trong một bộ phải khác nhau',
    en: 'the indicator ids of a set must differ',
  },
  indicatorWeightsSum: {
    vi: 'tổng trọng số của bộ chỉ số phải bằng 100',
    en: 'the weights of an indicator set must sum to 100',
  },
  topSecretRefused: {
    vi: 'việc quản lý, lưu trữ và trao đổi thông tin tuyệt mật thực hiện theo Luật Bảo vệ bí mật nhà nước, ngoài Hệ thống',
    en: 'top-secret information is managed, stored and exchanged under the Law on Protection of State Secrets, off the system',
  },
  specialSecrecyRefused: {
    vi: 'việc theo dõi, đôn đốc nhiệm vụ có yêu cầu bảo mật riêng thực hiện theo quy định riêng của Đảng, ngoài Hệ thống',
    en: 'tasks with a special secrecy requirement are monitored and urged under the Party’s own separate rules, off the system',
  },
  unreadableValue: {
    vi: 'không đọc được giá trị (thuộc tính hoặc Proxy ném lỗi)',
    en: 'cannot be read (a getter or Proxy threw)',
  },
  nestedTooDeeply: { vi: 'lồng quá 64 cấp', en: 'nested deeper than 64 levels' },
  tooManyItems: { vi: 'quá 1.000.000 phần tử', en: 'more than 1,000,000 items' },
  tooManyRows: { vi: 'quá 20.000 dòng: hãy chia lô', en: 'more than 20,000 rows: split the batch' },
  tooManyItemsToCheck: { vi: 'mảng quá 50.000 phần tử có phần tử sai', en: 'over 50,000 items, some invalid' },
  notAJsonValue: {
    vi: 'thông tin khác chỉ nhận giá trị JSON: chuỗi, số hữu hạn, true/false, null, mảng và đối tượng thuần',
    en: 'other information takes JSON values only: strings, finite numbers, true/false, null, arrays and plain objects',
  },
  notAnObject: {
    vi: 'phải là một đối tượng',
    en: 'must be an object',
  },
  notAWholeNumberOfMonths: {
    vi: 'số tháng phải là số nguyên',
    en: 'a number of months must be a whole number',
  },
  unknownField: {
    vi: 'trường này không được định nghĩa (xem đường dẫn của lỗi)',
    en: 'this field is not defined (see the error path)',
  },
  notEpochMillis: {
    vi: 'giá trị phải là số mili giây nguyên, hữu hạn',
    en: 'the value must be a finite whole number of milliseconds',
  },
  unknownZone: {
    vi: 'múi giờ không tồn tại trong cơ sở dữ liệu IANA',
    en: 'the time zone is not a known IANA zone or UTC offset',
  },
  overlappingIntervals: {
    vi: 'các khoảng giờ làm việc trong một ngày chồng lên nhau',
    en: 'working intervals of one day overlap',
  },
  badInterval: {
    vi: 'khoảng giờ làm việc phải có dạng ["HH:mm", "HH:mm"], giờ bắt đầu trước giờ kết thúc, trong khoảng 00:00–24:00',
    en: 'a working interval must be ["HH:mm", "HH:mm"], start before end, within 00:00–24:00',
  },
  badRange: {
    vi: 'phạm vi lịch phải có ngày bắt đầu không sau ngày kết thúc',
    en: 'the calendar range must start no later than it ends',
  },
  exceptionOutsideRange: {
    vi: 'ngày ngoại lệ nằm ngoài phạm vi của lịch',
    en: 'an exception date lies outside the calendar range',
  },
  scheduleDayOutsideYear: {
    vi: 'ngày trong lịch nghỉ đã công bố không thuộc năm của lịch đó',
    en: 'a day of an announced schedule lies outside that schedule’s year',
  },
  deadlineBeforeTransfer: {
    vi: 'thời hạn không được trước thời điểm nhiệm vụ được chuyển đến',
    en: 'a deadline cannot be before the task was transferred',
  },
  extensionDeadline: {
    vi: 'sự kiện gia hạn (deadline-extended) phải có thời hạn mới; sự kiện khác không có thời hạn',
    en: 'a deadline-extended event must carry the new deadline, and no other event may carry one',
  },
  objectionOutcome: {
    vi: 'kết quả xử lý (outcome) chỉ có ở sự kiện xử lý phản hồi (objection-handled)',
    en: 'an outcome belongs only on an objection-handled event',
  },
  reassignedTo: {
    vi: 'cơ quan nhận nhiệm vụ mới (to) chỉ có ở sự kiện chuyển giao lại (reassigned)',
    en: 'a new assignee (to) belongs only on a reassigned event',
  },
  reassignedBeforeTransfer: {
    vi: 'nhiệm vụ không thể được chuyển giao lại trước thời điểm được chuyển đến',
    en: 'a task cannot be re-assigned before it was transferred',
  },
  reassignedAfterEnd: {
    vi: 'nhiệm vụ đã kết thúc (hoàn thành hoặc dừng) không thể được chuyển giao lại',
    en: 'a task that has ended (completed or closed) cannot be re-assigned',
  },
  reassignedPastDeadline: {
    vi: 'chuyển giao lại sau thời hạn đang áp dụng cần thời hạn mới: một sự kiện gia hạn (deadline-extended) cùng thời điểm',
    en: 'a re-assignment after the deadline in force needs a new deadline: a deadline-extended event at the same instant',
  },
  workingDayWithoutHours: {
    vi: 'ngày làm việc bổ sung không có giờ làm việc và lịch không có ngày trong tuần nào có giờ làm việc để áp dụng',
    en: 'an extra working day has no hours and the schedule has no weekday with hours to take them from',
  },
  instantOutsideRange: {
    vi: 'thời điểm nằm ngoài phạm vi ngày của lịch',
    en: 'the instant lies outside the calendar’s date range',
  },
  resultOutsideRange: {
    vi: 'kết quả vượt ra ngoài phạm vi ngày của lịch',
    en: 'the result would fall outside the calendar’s date range',
  },
  dayOutsideRange: {
    vi: 'ngày nằm ngoài phạm vi của lịch',
    en: 'the day lies outside the calendar’s date range',
  },
  unknownHolidayPlace: {
    vi: 'date-holidays không có quốc gia, bang hoặc vùng này',
    en: 'date-holidays knows no such country, state or region',
  },
  issueStartNeedsIssuedAt: {
    vi: 'tính thời gian thực hiện từ ngày ban hành (start: issue) cần thời điểm ban hành văn bản (issuedAt)',
    en: 'counting the implementation period from the issue (start: issue) needs the document’s issue instant (issuedAt)',
  },
  periodicUpdatesNeedUntil: {
    vi: 'nhiệm vụ không có thời hạn cập nhật định kỳ không có điểm kết thúc: hãy cho biết đến thời điểm nào (until hoặc asOf)',
    en: 'a task without a deadline has periodic updates without end: say up to when (until, or asOf)',
  },
  regulationId: {
    vi: 'mã quy chế chỉ gồm chữ thường, chữ số, dấu chấm và dấu gạch ngang',
    en: 'a regulation id is lower-case letters, digits, dots and hyphens',
  },
  reservedRegulationId: {
    vi: 'mã này là của Quy chế 08-QC/TW; quy chế riêng phải có mã riêng',
    en: 'this id is Regulation 08-QC/TW’s own; a derived regulation needs an id of its own',
  },
  notARegulationProfile: {
    vi: 'phải là một quy chế do defineRegulation trả về, hoặc REGULATION_08_QC_TW (một tệp JSON được đọc lại qua defineRegulation)',
    en: 'must be a regulation profile returned by defineRegulation, or REGULATION_08_QC_TW (a JSON file is read back through defineRegulation)',
  },
  classMonthsRising: {
    vi: 'các mốc tháng của nhóm thời hạn phải tăng dần',
    en: 'the month bounds of the duration classes must rise',
  },
  checkpointsRising: {
    vi: 'các mốc cập nhật giữa kỳ của mỗi nhóm phải tăng dần',
    en: 'the interim checkpoints of each class must rise',
  },
  gradesFalling: {
    vi: 'ngưỡng điểm của các mức xếp loại phải giảm dần từ hoàn thành xuất sắc',
    en: 'the grade thresholds must fall from excellent down',
  },
  notACalendar: {
    vi: 'phải là một lịch làm việc do workingCalendar hoặc vietnamCalendar tạo ra',
    en: 'must be a working calendar built by workingCalendar or vietnamCalendar',
  },
  calendarRequired: {
    vi: 'cần một lịch làm việc (calendar): lối vào vn-task-sla/core không có lịch mặc định',
    en: 'a working calendar is required (calendar): the vn-task-sla/core entry binds no default',
  },
  unknownReportPeriod: {
    vi: 'kỳ báo cáo không phải là một kỳ của năm đang xét đối với loại báo cáo này (tháng: 2026-01, quý: 2026-Q1, 6 tháng: 2026-H1, năm: 2026)',
    en: 'the period is not one of the year’s periods of the report’s kind (monthly 2026-01, quarterly 2026-Q1, 6-month 2026-H1, annual 2026)',
  },
  conflictingResults: {
    vi: 'mỗi đơn vị chỉ có một kết quả đánh giá trong một kỳ: cùng đơn vị, cùng kỳ nhưng điểm hoặc xếp loại khác nhau',
    en: 'a unit has one result per period: the same unit and period appear with a different score or grade',
  },
} as const satisfies Record<string, Messages>

const TYPE_NAMES: Readonly<Record<string, Messages>> = Object.freeze({
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'mảng', en: 'an array' },
  object: { vi: 'đối tượng', en: 'an object' },
  tuple: { vi: 'mảng hai phần tử', en: 'a pair' },
})

/**
 * The wording of schema issues that no refinement of the package names. Each takes only what the
 * schema expects (a type, the allowed literals, a limit), never the value that was given.
 */
export const ISSUE_DETAILS = {
  invalid: (): Messages => ({ vi: 'giá trị không hợp lệ', en: 'invalid value' }),
  invalidType: (expected: string): Messages => {
    const name = TYPE_NAMES[expected] ?? { vi: expected, en: expected }
    return { vi: `thiếu hoặc không phải ${name.vi}`, en: `missing, or not ${name.en}` }
  },
  invalidValue: (allowed: string): Messages => ({ vi: `phải là một trong: ${allowed}`, en: `must be one of: ${allowed}` }),
  tooSmall: (limit: string): Messages => ({ vi: `nhỏ hơn giới hạn ${limit}`, en: `below the limit ${limit}` }),
  tooBig: (limit: string): Messages => ({ vi: `lớn hơn giới hạn ${limit}`, en: `above the limit ${limit}` }),
  invalidFormat: (): Messages => ({ vi: 'sai định dạng', en: 'wrong format' }),
  invalidUnion: (): Messages => ({ vi: 'không khớp dạng nào được chấp nhận', en: 'matches none of the accepted forms' }),
  missing: (): Messages => ({ vi: 'thiếu giá trị bắt buộc', en: 'missing: a value is required' }),
} as const
