import * as z from 'zod/mini'
import { Citation, cite } from '../../core/citation.js'
import { AUDIT_REASONS, Messages, UPDATE_NAMES } from '../../core/messages.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { OBJECTION_STARTS } from '../../regulation/readings.js'
import { parseTask, type TaskFacts } from '../../task/task-facts.js'
import type { TaskInput } from '../../task/task-input.js'
import { classificationOf } from '../art04-status/classify-completion.js'
import { STATUS_TRAITS } from '../art04-status/status-traits.js'
import { complianceOf, UpdateComplianceOptions } from '../art06-cadence/update-compliance.js'
import { dueOf } from '../art06-deadlines/deadline.js'
import { bindDefaults, citing, contextOf, type RuleContext, type RuleDefaults } from '../context.js'
import { instantOption, instantOrDayOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

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

/** One item that needs a written explanation or a warning. */
export function auditFlagSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      kind: z.enum(AUDIT_FLAG_KINDS),
      citation: Citation,
      reason: Messages,
      /** The time limit that was passed: the deadline in force, the update's `dueBy`, the 6.2(a) limit. */
      at: instant,
    }),
  )
}

export const AuditFlag = auditFlagSchema(DateTimeValue)
export type AuditFlag = z.output<typeof AuditFlag>
export const AuditFlagMillis = auditFlagSchema(EpochMillis)
export type AuditFlagMillis = z.output<typeof AuditFlagMillis>

/** The options of `auditFlags`: those of `updateCompliance` (the schedule's choices decide which updates were due), and B15's clock. */
export const AuditFlagsOptions = z.extend(UpdateComplianceOptions, {
  /** B15: where the 8 working hours to object count from. */
  objectionFrom: z.optional(z.enum(OBJECTION_STARTS)),
})
export type AuditFlagsOptions = z.input<typeof AuditFlagsOptions>

const readOptions = readerOf(AuditFlagsOptions)
const toDateTimes = dateTimeConverter(z.readonly(z.array(AuditFlagMillis)))
const OVERDUE_CITATION = cite(15, 2)
const LATE_REPORT_CITATION = cite(15, 4)

/** `auditFlags` with its defaults given first: the entries bind them (`bindDefaults`). */
export function auditFlagsIn(defaults: RuleDefaults, task: TaskInput, options: AuditFlagsOptions): readonly AuditFlag[] {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  const asOf = instantOption(calendar, read.asOf, ['options', 'asOf'])
  const until = read.until === undefined ? undefined : instantOrDayOption(calendar, read.until, ['options', 'until'])
  const facts = parseTask(task, calendar, context.regulation.schedule)
  return toDateTimes(flagsOf(facts, asOf, context, until), calendar) as readonly AuditFlag[]
}

/**
 * The items of a task that need a written explanation or a warning as of `asOf`, sorted by `at`; each
 * is a time limit already passed, so none is dated after `asOf`:
 * - `'overdue-task'`: the deadline in force has passed and the task was never started, or is in
 *   progress late, or was closed without completion or completed late: the assignee explains in
 *   writing (Art. 15.2). A task closed before its deadline is flagged only once the deadline passes (B8);
 * - `'missed-update'`, `'late-update'`: an update of Art. 6.2(b) missed or made after its time
 *   limit: a late report, explained in writing (Art. 15.4);
 * - `'late-acknowledgement'`: receipt confirmed after the limit of Art. 6.2(a) (4 working hours from
 *   the transfer), or not yet confirmed when it has passed; the inspection committees flag delays (6.3);
 * - `'late-objection'`: an objection to the assignment made later than 8 working hours after receipt
 *   (Art. 6.2(a), B15: counted from the transfer, or with `objectionFrom: 'acknowledgement'` from the
 *   confirmation of receipt). No objection, no flag: objecting is not a duty.
 * The limits are the profile's (`regulation`, Art. 18.4).
 *
 * @example
 * auditFlags({ id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30',
 *   events: [{ type: 'acknowledged', at: '2025-04-21T10:00' }] }, { asOf: '2025-05-08T09:00' })
 *   .map((item) => item.kind) //=> ['overdue-task', 'missed-update']
 */
export const auditFlags = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, auditFlagsIn)

/** The audit flags of a task's facts as of `asOf`, in epoch milliseconds. */
export function flagsOf(facts: TaskFacts, asOf: number, context: RuleContext, until?: number): readonly AuditFlagMillis[] {
  const flags: AuditFlagMillis[] = []
  const flag = (kind: AuditFlagKind, citation: Citation, reason: Messages, at: number): void => {
    flags.push(Object.freeze({ kind, citation: citing(context, citation), reason: Object.freeze(reason), at }))
  }
  const { rules } = context.regulation

  const status = classificationOf(facts, asOf, context)
  const traits = STATUS_TRAITS[status.status]
  // Nothing says "overdue" before the deadline in force has passed (B8): a closure fixes the class
  // early, not the flag.
  if ((traits.overdue || traits.late) && status.deadline !== null && asOf > status.deadline) {
    flag('overdue-task', OVERDUE_CITATION, AUDIT_REASONS.overdueTask, status.deadline)
  }

  for (const item of complianceOf(facts, asOf, context, { until })) {
    if (item.state !== 'missed' && item.state !== 'made-late') continue
    const missed = item.state === 'missed'
    flag(
      missed ? 'missed-update' : 'late-update',
      LATE_REPORT_CITATION,
      AUDIT_REASONS.update(UPDATE_NAMES[item.update.kind], item.update.citation, missed),
      item.update.dueBy,
    )
  }

  const acknowledge = rules['acknowledge-receipt']
  const acknowledgementDue = dueOf(acknowledge, facts.transferredAt, context)
  const acknowledged =
    facts.firstAcknowledgement !== undefined && facts.firstAcknowledgement <= asOf ? facts.firstAcknowledgement : undefined
  if (acknowledged === undefined ? asOf > acknowledgementDue : acknowledged > acknowledgementDue) {
    flag(
      'late-acknowledgement',
      acknowledge.citation,
      AUDIT_REASONS.acknowledgement(acknowledge.within, acknowledged !== undefined),
      acknowledgementDue,
    )
  }

  const objection = lateObjection(facts, asOf, context)
  if (objection !== undefined) {
    const object = rules['object-to-assignment']
    flag('late-objection', object.citation, AUDIT_REASONS.objection(object.within), objection)
  }

  flags.sort((a, b) => a.at - b.at || AUDIT_FLAG_KINDS.indexOf(a.kind) - AUDIT_FLAG_KINDS.indexOf(b.kind))
  return Object.freeze(flags)
}

/** The limit of an objection made after it (B15), or undefined: no objection by `asOf`, or one in time. */
function lateObjection(facts: TaskFacts, asOf: number, context: RuleContext): number | undefined {
  const objected = facts.firstObjection
  if (objected === undefined || objected > asOf) return undefined
  const acknowledged =
    context.regulation.readings.objectionFrom === 'acknowledgement' &&
    facts.firstAcknowledgement !== undefined &&
    facts.firstAcknowledgement <= objected
      ? facts.firstAcknowledgement
      : undefined
  const due = dueOf(context.regulation.rules['object-to-assignment'], acknowledged ?? facts.transferredAt, context)
  return objected > due ? due : undefined
}
