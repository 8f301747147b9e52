import { describe, expect, it } from 'vitest'
import { ALERT_REASONS, AUDIT_REASONS, REPORT_REASONS, UPDATE_NAMES } from '../../src/core/messages.js'

// The reasons the rules give are published text: an agency shows them to the people the regulation names and
// tests its own screens against them. Each one is pinned here, word for word, in both languages, with the
// values that change its wording (one against several, a limit in hours against one in days, made against
// not made); the rules' own tests check which reason a result carries.

describe('Art. 18.1(d), the reasons of alertLevel’s warnings', () => {
  it('counts the working days left, singular at exactly one', () => {
    expect(ALERT_REASONS.workingDaysLeft(1, 3)).toEqual({
      vi: 'còn 1 ngày làm việc (ngưỡng 3)',
      en: '1 working day left (threshold 3)',
    })
    expect(ALERT_REASONS.workingDaysLeft(2, 3)).toEqual({
      vi: 'còn 2 ngày làm việc (ngưỡng 3)',
      en: '2 working days left (threshold 3)',
    })
    // Zero is plural in English: "0 working days".
    expect(ALERT_REASONS.workingDaysLeft(0, 5).en).toBe('0 working days left (threshold 5)')
  })

  it('states the share of the working time elapsed against its threshold', () => {
    expect(ALERT_REASONS.elapsedShare(80, 75)).toEqual({
      vi: 'đã qua 80% thời gian làm việc (ngưỡng 75%)',
      en: '80% of the working time has elapsed (threshold 75%)',
    })
  })
})

describe('Art. 6 and Art. 15, the reasons of auditFlags', () => {
  it('writes a missed update and a late one with the update’s name and its article (Art. 6.2(b), Art. 15.4)', () => {
    const citation = { vi: 'tiết (3) điểm b khoản 2 Điều 6', en: 'Art. 6.2(b)(3)' }
    expect(AUDIT_REASONS.update(UPDATE_NAMES.half, citation, true)).toEqual({
      vi: 'chưa thực hiện cập nhật giữa kỳ (½ thời gian thực hiện) theo tiết (3) điểm b khoản 2 Điều 6: chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)',
      en: 'the half-time update required by Art. 6.2(b)(3) was not made: a late report, to be explained in writing (Art. 15.4)',
    })
    expect(AUDIT_REASONS.update(UPDATE_NAMES.final, citation, false)).toEqual({
      vi: 'thực hiện muộn cập nhật kết quả sau thời điểm kết thúc theo tiết (3) điểm b khoản 2 Điều 6: chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)',
      en: 'the final update required by Art. 6.2(b)(3) was made late: a late report, to be explained in writing (Art. 15.4)',
    })
  })

  it('writes the receipt limit of Art. 6.2(a) in working hours, late or not yet confirmed', () => {
    expect(AUDIT_REASONS.acknowledgement({ workingHours: 4 }, true)).toEqual({
      vi: 'xác nhận tiếp nhận nhiệm vụ muộn hơn 4 giờ làm việc kể từ khi được chuyển đến (điểm a khoản 2 Điều 6); ủy ban kiểm tra cảnh báo dấu hiệu chậm trễ (khoản 3 Điều 6)',
      en: 'receipt confirmed later than 4 working hours after the transfer (Art. 6.2(a)); the inspection committees flag the delay (Art. 6.3)',
    })
    expect(AUDIT_REASONS.acknowledgement({ workingHours: 4 }, false)).toEqual({
      vi: 'chưa xác nhận tiếp nhận nhiệm vụ sau 4 giờ làm việc kể từ khi được chuyển đến (điểm a khoản 2 Điều 6); ủy ban kiểm tra cảnh báo dấu hiệu chậm trễ (khoản 3 Điều 6)',
      en: 'receipt not confirmed 4 working hours after the transfer (Art. 6.2(a)); the inspection committees flag the delay (Art. 6.3)',
    })
  })

  it('writes a limit of one working hour or one working day in the singular, and several in the plural', () => {
    // A Party committee's profile (Art. 18.4) may set limits of 1: "1 working hour", not "1 working hours".
    expect(AUDIT_REASONS.objection({ workingHours: 1 }).en).toBe(
      'the objection to a wrong or misdirected assignment came later than 1 working hour after receipt (Art. 6.2(a))',
    )
    expect(AUDIT_REASONS.objection({ workingHours: 8 })).toEqual({
      vi: 'phản hồi nội dung giao nhiệm vụ chưa chính xác hoặc không thuộc thẩm quyền muộn hơn 8 giờ làm việc kể từ thời điểm tiếp nhận (điểm a khoản 2 Điều 6)',
      en: 'the objection to a wrong or misdirected assignment came later than 8 working hours after receipt (Art. 6.2(a))',
    })
    expect(AUDIT_REASONS.dispatch({ workingDays: 1 })).toEqual({
      vi: 'Văn phòng Trung ương Đảng phân loại, chuyển theo dõi nhiệm vụ muộn hơn 1 ngày làm việc kể từ khi văn bản được ban hành (điểm a khoản 1 Điều 6)',
      en: 'the Central Party Office classified and dispatched the task later than 1 working day after the document’s issuance (Art. 6.1(a))',
    })
    expect(AUDIT_REASONS.dispatch({ workingDays: 2 }).en).toBe(
      'the Central Party Office classified and dispatched the task later than 2 working days after the document’s issuance (Art. 6.1(a))',
    )
  })

  it('writes the Central Party Office’s handling of an objection, late or not confirmed (Art. 6.1(b))', () => {
    expect(AUDIT_REASONS.objectionHandling({ workingDays: 2 }, true)).toEqual({
      vi: 'Văn phòng Trung ương Đảng xác nhận tình trạng xử lý phản hồi muộn hơn 2 ngày làm việc kể từ khi tiếp nhận (điểm b khoản 1 Điều 6)',
      en: 'the Central Party Office confirmed how it handled the objection later than 2 working days after receiving it (Art. 6.1(b))',
    })
    expect(AUDIT_REASONS.objectionHandling({ workingDays: 2 }, false)).toEqual({
      vi: 'Văn phòng Trung ương Đảng chưa xác nhận tình trạng xử lý phản hồi sau 2 ngày làm việc kể từ khi tiếp nhận (điểm b khoản 1 Điều 6)',
      en: 'the Central Party Office has not confirmed how it handled the objection 2 working days after receiving it (Art. 6.1(b))',
    })
  })

  it('writes the monitoring agency’s evaluation, late or not recorded (Art. 6.3)', () => {
    expect(AUDIT_REASONS.evaluation({ workingDays: 3 }, true)).toEqual({
      vi: 'cơ quan theo dõi, đôn đốc cập nhật nội dung đánh giá muộn hơn 3 ngày làm việc sau lần cập nhật (khoản 3 Điều 6)',
      en: 'the monitoring agency recorded its evaluation later than 3 working days after the update (Art. 6.3)',
    })
    expect(AUDIT_REASONS.evaluation({ workingDays: 3 }, false)).toEqual({
      vi: 'cơ quan theo dõi, đôn đốc chưa cập nhật nội dung đánh giá sau 3 ngày làm việc kể từ lần cập nhật (khoản 3 Điều 6)',
      en: 'the monitoring agency has not recorded its evaluation 3 working days after the update (Art. 6.3)',
    })
  })
})

describe('Art. 15.1 and Art. 15.4, the reasons of reportCompliance', () => {
  it('names the report and its period, sent late or not sent', () => {
    expect(REPORT_REASONS.late('quarterly', '2026-Q1')).toEqual({
      vi: 'báo cáo quý kỳ 2026-Q1 gửi muộn hơn thời hạn (khoản 1 Điều 15): chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)',
      en: 'the quarterly report for 2026-Q1 was sent after its due time (Art. 15.1): a late report, to be explained in writing (Art. 15.4)',
    })
    expect(REPORT_REASONS.missing('annual', '2026')).toEqual({
      vi: 'báo cáo năm kỳ 2026 chưa được gửi khi đã quá thời hạn (khoản 1 Điều 15): chậm báo cáo, phải giải trình lý do bằng văn bản (khoản 4 Điều 15)',
      en: 'the annual report for 2026 was not sent by its due time (Art. 15.1): a late report, to be explained in writing (Art. 15.4)',
    })
  })
})
