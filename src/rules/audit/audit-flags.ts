import * as z from 'zod/mini'
import { Citation, cite } from '../../core/citation.js'
import { AUDIT_REASONS, Messages, UPDATE_NAMES } from '../../core/messages.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import type { TaskFacts } from '../../task/task-facts.js'
import type { TaskInput } from '../../task/task-input.js'
import { classificationOf } from '../art04-status/classify-completion.js'
import { STATUS_TRAITS } from '../art04-status/status-traits.js'
import { DutiesOptions, dutyCallOf, ledgerOf, type Parties } from '../art06-duties/duty-ledger.js'
import { bindDefaults, citing, type RuleContext, type RuleDefaults } from '../context.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/**
 * What calls for a written explanation or a warning, in the order a task meets them: an overdue
 * task (Art. 15.2), a required update missed or made late (a late report, Art. 15.4), a receipt
 * confirmed late or not at all, an objection made late (Art. 6.2(a); the inspection committees flag
 * delays, Art. 6.3); and the other parties' delays: a dispatch (6.1(a)), an objection's handling
 * (6.1(b)), an evaluation (6.3) late or not made.
 */
export const AUDIT_FLAG_KINDS = Object.freeze([
  'overdue-task',
  'missed-update',
  'late-update',
  'late-acknowledgement',
  'late-objection',
  'late-dispatch',
  'late-objection-handling',
  'late-evaluation',
] as const)
export type AuditFlagKind = (typeof AUDIT_FLAG_KINDS)[number]

/** One item that needs a written explanation or a warning. */
export function auditFlagSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      kind: z.enum(AUDIT_FLAG_KINDS),
      citation: Citation,
      reason: Messages,
      /** The time limit that was passed: the deadline in force, or the duty's `dueBy`. */
      at: instant,
    }),
  )
}

export const AuditFlag = auditFlagSchema(DateTimeValue)
export type AuditFlag = z.output<typeof AuditFlag>
export const AuditFlagMillis = auditFlagSchema(EpochMillis)
export type AuditFlagMillis = z.output<typeof AuditFlagMillis>

/** The options of `auditFlags`: those of `dutiesOf`, whose ledger the flags are read from. */
export const AuditFlagsOptions = DutiesOptions
export type AuditFlagsOptions = z.input<typeof AuditFlagsOptions>

const toDateTimes = dateTimeConverter(z.readonly(z.array(AuditFlagMillis)))
const OVERDUE_CITATION = cite(15, 2)
const LATE_REPORT_CITATION = cite(15, 4)

/** `auditFlags` with its defaults given first: the entries bind them (`bindDefaults`). */
export function auditFlagsIn(defaults: RuleDefaults, task: TaskInput, options: AuditFlagsOptions): readonly AuditFlag[] {
  const { facts, context, asOf, until, parties } = dutyCallOf(defaults, task, options)
  return toDateTimes(flagsOf(facts, asOf, context, until, parties), context.calendar) as readonly AuditFlag[]
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
 *   confirmation of receipt). No objection, no flag: objecting is not a duty;
 * - `'late-dispatch'`: the task transferred later than 3 working days after the document's issue
 *   (6.1(a); only for a task with `issuedAt`);
 * - `'late-objection-handling'`: an objection whose handling was confirmed later than 1 working day
 *   after it, or not yet when that has passed (6.1(b));
 * - `'late-evaluation'`: an update evaluated later than 3 working days after it, or not yet when they
 *   have passed (6.3).
 * Every flag but the first is a duty of `dutiesOf` met late or missed, stamped at its `dueBy`; a
 * re-assigned task is flagged for each assignment's own duties (B18). `parties: ['assignee']` keeps
 * the flags the unit itself explains (the first five kinds). The limits are the profile's
 * (`regulation`, Art. 18.4).
 *
 * @example
 * auditFlags({ id: 't', transferredAt: '2025-04-21T09:00', deadline: '2025-04-30',
 *   events: [{ type: 'acknowledged', at: '2025-04-21T10:00' }] }, { asOf: '2025-05-08T09:00' })
 *   .map((item) => item.kind) //=> ['overdue-task', 'missed-update']
 */
export const auditFlags = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, auditFlagsIn)

/** The audit flags of a task's facts as of `asOf`, in epoch milliseconds. */
export function flagsOf(
  facts: TaskFacts,
  asOf: number,
  context: RuleContext,
  until?: number,
  parties?: Parties,
): readonly AuditFlagMillis[] {
  const flags: AuditFlagMillis[] = []
  const flag = (kind: AuditFlagKind, citation: Citation, reason: Messages, at: number): void => {
    flags.push(Object.freeze({ kind, citation: citing(context, citation), reason: Object.freeze(reason), at }))
  }
  const { rules } = context.regulation

  const status = classificationOf(facts, asOf, context)
  const traits = STATUS_TRAITS[status.status]
  // Nothing says "overdue" before the deadline in force has passed (B8): a closure fixes the class
  // early, not the flag.
  const assignee = parties === undefined || parties.has('assignee')
  if (assignee && (traits.overdue || traits.late) && status.deadline !== null && asOf > status.deadline) {
    flag('overdue-task', OVERDUE_CITATION, AUDIT_REASONS.overdueTask, status.deadline)
  }

  for (const duty of ledgerOf(facts, asOf, context, until, parties)) {
    if (duty.state !== 'missed' && duty.state !== 'met-late') continue
    const made = duty.state === 'met-late'
    switch (duty.duty) {
      case 'update': {
        const name = UPDATE_NAMES[duty.update ?? 'final']
        flag(
          made ? 'late-update' : 'missed-update',
          LATE_REPORT_CITATION,
          AUDIT_REASONS.update(name, duty.citation, !made),
          duty.dueBy,
        )
        break
      }
      case 'acknowledge-receipt': {
        const rule = rules['acknowledge-receipt']
        flag('late-acknowledgement', duty.citation, AUDIT_REASONS.acknowledgement(rule.within, made), duty.dueBy)
        break
      }
      case 'object':
        flag('late-objection', duty.citation, AUDIT_REASONS.objection(rules['object-to-assignment'].within), duty.dueBy)
        break
      case 'classify-and-dispatch':
        flag('late-dispatch', duty.citation, AUDIT_REASONS.dispatch(rules['classify-and-dispatch'].within), duty.dueBy)
        break
      case 'handle-objection':
        flag(
          'late-objection-handling',
          duty.citation,
          AUDIT_REASONS.objectionHandling(rules['confirm-feedback'].within, made),
          duty.dueBy,
        )
        break
      case 'evaluate-update':
        flag('late-evaluation', duty.citation, AUDIT_REASONS.evaluation(rules['evaluate-update'].within, made), duty.dueBy)
        break
    }
  }

  flags.sort((a, b) => a.at - b.at || AUDIT_FLAG_KINDS.indexOf(a.kind) - AUDIT_FLAG_KINDS.indexOf(b.kind))
  return Object.freeze(flags)
}
