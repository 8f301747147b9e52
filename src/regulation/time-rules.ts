import * as z from 'zod/mini'
import { hasBrand, TIME_RULE_BRAND as MADE } from '../core/brands.js'
import { Citation, cite } from '../core/citation.js'
import { deepFreeze } from '../core/freeze.js'
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

/**
 * A time limit: counted in working hours or in working days from an event. A profile's rules carry the
 * ids of TIME_RULE_IDS; `deadline` counts any rule, an agency's own included.
 */
export const TimeRule = timeRuleWith(z.string().check(z.minLength(1)))
export type TimeRule = z.output<typeof TimeRule>

/** The rule of a profile under `id`: a TimeRule whose id is that one. */
export function profileRule(id: TimeRuleId) {
  return timeRuleWith(z.literal(id))
}

function timeRuleWith<Id extends z.core.$ZodType<string>>(id: Id) {
  return z.readonly(
    z.strictObject({
      id,
      citation: Citation,
      within: TimeLimit,
      /** What must happen, and from which event the limit counts. */
      description: Messages,
    }),
  )
}

function rule(id: TimeRuleId, citation: Citation, within: TimeLimit): TimeRule & { readonly id: TimeRuleId } {
  return madeRule({ id, citation, within: { ...within }, description: describeTimeRule(id, within) })
}

/**
 * A valid rule, deeply frozen and marked as the package's own (MADE, a mark of core/brands.ts): a rule
 * the package made, a constant or one of `defineRegulation`'s profile, is trusted without reading it again.
 */
export function madeRule<Rule extends TimeRule>(rule: Rule): Rule {
  Object.defineProperty(rule, MADE, { value: true, enumerable: false })
  return deepFreeze(rule)
}

/** Whether `value` is a rule the package made (`madeRule`): valid, and frozen since. */
export function isMadeRule(value: unknown): value is TimeRule {
  return hasBrand(value, MADE)
}

/** A limit in words: "4 giờ làm việc", "1 working day". */
function limitInWords(within: TimeLimit): Messages {
  const [count, vi, en] =
    'workingHours' in within
      ? [within.workingHours, 'giờ làm việc', 'working hour']
      : [within.workingDays, 'ngày làm việc', 'working day']
  return { vi: `${String(count).replace('.', ',')} ${vi}`, en: `${count} ${en}${count === 1 ? '' : 's'}` }
}

/** What each rule requires, around its limit: a profile that changes a limit says the new one. */
const DESCRIPTIONS: Readonly<Record<TimeRuleId, (limit: Messages) => Messages>> = {
  'classify-and-dispatch': (limit) => ({
    vi: `Văn phòng Trung ương Đảng phân loại, cập nhật và chuyển theo dõi nhiệm vụ trong ${limit.vi} kể từ khi văn bản được ban hành`,
    en: `the Central Party Office classifies and dispatches the tasks within ${limit.en} of the document’s issuance`,
  }),
  'confirm-feedback': (limit) => ({
    vi: `Văn phòng Trung ương Đảng xác nhận, cập nhật tình trạng xử lý phản hồi trong ${limit.vi} kể từ khi tiếp nhận`,
    en: `the Central Party Office confirms how feedback was handled within ${limit.en} of receiving it`,
  }),
  'acknowledge-receipt': (limit) => ({
    vi: `cơ quan nhận nhiệm vụ xác nhận tiếp nhận trong ${limit.vi} kể từ khi nhiệm vụ được chuyển đến`,
    en: `the assignee confirms receipt within ${limit.en} of the transfer`,
  }),
  'object-to-assignment': (limit) => ({
    vi: `phản hồi nội dung giao nhiệm vụ chưa chính xác hoặc không thuộc thẩm quyền trong vòng ${limit.vi} kể từ thời điểm tiếp nhận`,
    en: `the assignee objects to a wrong or misdirected assignment within ${limit.en} of receipt`,
  }),
  'evaluate-update': (limit) => ({
    vi: `cơ quan theo dõi, đôn đốc cập nhật nội dung đánh giá trong ${limit.vi} sau mỗi lần cập nhật`,
    en: `the monitoring agency records its evaluation within ${limit.en} of each update`,
  }),
}

/** The rule's description with the limit `within`, in both languages. */
export function describeTimeRule(id: TimeRuleId, within: TimeLimit): Messages {
  return Object.freeze(DESCRIPTIONS[id](limitInWords(within)))
}

/**
 * Art. 6.1(a) — điểm a khoản 1 Điều 6: within 3 working days of a document's issuance, the Central
 * Party Office classifies its tasks and dispatches them on the system. Counted from the issue
 * instant, the issuing day not counted (Civil Code 2015, Art. 147(2)).
 */
export const CLASSIFY_AND_DISPATCH = rule('classify-and-dispatch', cite(6, 1, 'a'), { workingDays: 3 })

/**
 * Art. 6.1(b) — điểm b khoản 1 Điều 6: the Central Party Office confirms and updates how it handled
 * an agency's feedback within 1 working day of receiving it.
 */
export const CONFIRM_FEEDBACK = rule('confirm-feedback', cite(6, 1, 'b'), { workingDays: 1 })

/**
 * Art. 6.2(a) — điểm a khoản 2 Điều 6: the assignee confirms receipt within 4 working hours of the
 * task's transfer. The clock starts at the transfer instant (B15, docs/regulation/article-6.md).
 */
export const ACKNOWLEDGE_RECEIPT = rule('acknowledge-receipt', cite(6, 2, 'a'), { workingHours: 4 })

/**
 * Art. 6.2(a) — điểm a khoản 2 Điều 6: an assignee that finds the assignment wrong or outside its
 * competence responds within 8 working hours of receipt. Counted, like the acknowledgement, from
 * the transfer, which the system records as the receipt (B15).
 */
export const OBJECT_TO_ASSIGNMENT = rule('object-to-assignment', cite(6, 2, 'a'), { workingHours: 8 })

/**
 * Art. 6.3 — khoản 3 Điều 6: within 3 working days of each update by the assignee, the monitoring
 * agency records its evaluation.
 */
export const EVALUATE_UPDATE = rule('evaluate-update', cite(6, 3), { workingDays: 3 })

/** The fixed time rules of Art. 6 in 08-QC/TW, in the article's order. */
export const TIME_RULES = Object.freeze([
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  ACKNOWLEDGE_RECEIPT,
  OBJECT_TO_ASSIGNMENT,
  EVALUATE_UPDATE,
] as const)
