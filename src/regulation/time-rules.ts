import * as z from 'zod/mini'
import { Citation, cite } from '../core/citation.js'
import { Messages } from '../core/messages.js'

/** The fixed time limits of Art. 6, in the article's order, by their stable ids. */
export const TIME_RULE_IDS = Object.freeze([
  'classify-and-dispatch',
  'confirm-feedback',
  'acknowledge-receipt',
  'object-to-assignment',
  'evaluate-update',
] as const)
export type TimeRuleId = (typeof TIME_RULE_IDS)[number]

/** A time limit counted in working hours (B1) or in working days (B2). */
export const TimeLimit = z.union([
  z.readonly(z.strictObject({ workingHours: z.number().check(z.gt(0), z.lte(10_000)) })),
  z.readonly(z.strictObject({ workingDays: z.int().check(z.minimum(0), z.maximum(10_000)) })),
])
export type TimeLimit = z.output<typeof TimeLimit>

/** A time limit of the regulation: counted in working hours or in working days from an event. */
export const TimeRule = z.readonly(
  z.strictObject({
    id: z.enum(TIME_RULE_IDS),
    citation: Citation,
    within: TimeLimit,
    /** What must happen, and from which event the limit counts. */
    description: Messages,
  }),
)
export type TimeRule = z.output<typeof TimeRule>

function rule(id: TimeRuleId, citation: Citation, within: TimeLimit, description: Messages): TimeRule {
  return Object.freeze({ id, citation, within: Object.freeze({ ...within }), description: Object.freeze(description) })
}

/**
 * Art. 6.1(a) — điểm a khoản 1 Điều 6: within 3 working days of a document's issuance, the Central
 * Party Office classifies its tasks and dispatches them on the system. Counted from the issue
 * instant, the issuing day not counted (Civil Code 2015, Art. 147(2)).
 */
export const CLASSIFY_AND_DISPATCH = rule(
  'classify-and-dispatch',
  cite(6, 1, 'a'),
  { workingDays: 3 },
  {
    vi: 'Văn phòng Trung ương Đảng phân loại, cập nhật và chuyển theo dõi nhiệm vụ trong 3 ngày làm việc kể từ khi văn bản được ban hành',
    en: 'the Central Party Office classifies and dispatches the tasks within 3 working days of the document’s issuance',
  },
)

/**
 * Art. 6.1(b) — điểm b khoản 1 Điều 6: the Central Party Office confirms and updates how it handled
 * an agency's feedback within 1 working day of receiving it.
 */
export const CONFIRM_FEEDBACK = rule(
  'confirm-feedback',
  cite(6, 1, 'b'),
  { workingDays: 1 },
  {
    vi: 'Văn phòng Trung ương Đảng xác nhận, cập nhật tình trạng xử lý phản hồi trong 1 ngày làm việc kể từ khi tiếp nhận',
    en: 'the Central Party Office confirms how feedback was handled within 1 working day of receiving it',
  },
)

/**
 * Art. 6.2(a) — điểm a khoản 2 Điều 6: the assignee confirms receipt within 4 working hours of the
 * task's transfer. The clock starts at the transfer instant (B15, docs/regulation/article-6.md).
 */
export const ACKNOWLEDGE_RECEIPT = rule(
  'acknowledge-receipt',
  cite(6, 2, 'a'),
  { workingHours: 4 },
  {
    vi: 'cơ quan nhận nhiệm vụ xác nhận tiếp nhận trong 4 giờ làm việc kể từ khi nhiệm vụ được chuyển đến',
    en: 'the assignee confirms receipt within 4 working hours of the transfer',
  },
)

/**
 * Art. 6.2(a) — điểm a khoản 2 Điều 6: an assignee that finds the assignment wrong or outside its
 * competence responds within 8 working hours of receipt. Counted, like the acknowledgement, from
 * the transfer, which the system records as the receipt (B15).
 */
export const OBJECT_TO_ASSIGNMENT = rule(
  'object-to-assignment',
  cite(6, 2, 'a'),
  { workingHours: 8 },
  {
    vi: 'phản hồi nội dung giao nhiệm vụ chưa chính xác hoặc không thuộc thẩm quyền trong vòng 8 giờ làm việc kể từ thời điểm tiếp nhận',
    en: 'the assignee objects to a wrong or misdirected assignment within 8 working hours of receipt',
  },
)

/**
 * Art. 6.3 — khoản 3 Điều 6: within 3 working days of each update by the assignee, the monitoring
 * agency records its evaluation.
 */
export const EVALUATE_UPDATE = rule(
  'evaluate-update',
  cite(6, 3),
  { workingDays: 3 },
  {
    vi: 'cơ quan theo dõi, đôn đốc cập nhật nội dung đánh giá trong 3 ngày làm việc sau mỗi lần cập nhật',
    en: 'the monitoring agency records its evaluation within 3 working days of each update',
  },
)

/** The fixed time rules of Art. 6 in 08-QC/TW, in the article's order. */
export const TIME_RULES = Object.freeze([
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  ACKNOWLEDGE_RECEIPT,
  OBJECT_TO_ASSIGNMENT,
  EVALUATE_UPDATE,
] as const)
