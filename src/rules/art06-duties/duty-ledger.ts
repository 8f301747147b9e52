import * as z from 'zod/mini'
import { Citation } from '../../core/citation.js'
import { readerOf } from '../../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../../core/result-instants.js'
import { OBJECTION_STARTS } from '../../regulation/readings.js'
import type { TimeRule } from '../../regulation/time-rules.js'
import { assignmentOf, parseTask, type TaskEventFact, type TaskFacts } from '../../task/task-facts.js'
import { TASK_EVENT_TYPES, type TaskEventType, type TaskInput } from '../../task/task-input.js'
import { complianceOf, UpdateComplianceOptions } from '../art06-cadence/update-compliance.js'
import { UPDATE_KINDS, type UpdateKind } from '../art06-cadence/update-schedule.js'
import { dueOf } from '../art06-deadlines/deadline.js'
import { bindDefaults, contextOf, type RuleContext, type RuleDefaults, ruleCitation } from '../context.js'
import { DutyStateSchema, dutyStateOf } from '../duty-state.js'
import { instantOption, instantOrDayOption } from '../instant-options.js'
import { VIETNAM_DEFAULTS } from '../vietnam-defaults.js'

/**
 * The duties of Art. 6 a task's history owes, in the article's order: the Central Party Office
 * classifies and dispatches (6.1(a)); the assignee confirms receipt and, when it objects, objects in
 * time (6.2(a)); the Office handles the objection (6.1(b)); the assignee updates (6.2(b)); the
 * monitoring agency evaluates each update (6.3).
 */
export const DUTIES = Object.freeze([
  'classify-and-dispatch',
  'acknowledge-receipt',
  'object',
  'handle-objection',
  'update',
  'evaluate-update',
] as const)
export type DutyKind = (typeof DUTIES)[number]

/** Who owes a duty: the Central Party Office, the assignee, the monitoring agency (Art. 6.1, 6.2, 6.3). */
export const DUTY_PARTIES = Object.freeze(['office', 'assignee', 'monitoring-agency'] as const)
export type DutyParty = (typeof DUTY_PARTIES)[number]

/** What meets a duty: an event of the task, or its transfer (which meets the dispatch of 6.1(a)). */
export const DUTY_ACTS = Object.freeze(['transferred', ...TASK_EVENT_TYPES] as const)
export type DutyAct = (typeof DUTY_ACTS)[number]

/** One duty of a task's history and where it stands as of an instant. */
export function dutySchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      duty: z.enum(DUTIES),
      party: z.enum(DUTY_PARTIES),
      /** The instant the duty's clock starts: the issue, the transfer, the objection, the update… */
      from: instant,
      /** The limit: the clause's time counted from `from`, or the update's own `dueBy`. */
      dueBy: instant,
      state: DutyStateSchema,
      /** The act that met the duty by `asOf`; null when none has. */
      metBy: z.nullable(z.readonly(z.strictObject({ type: z.enum(DUTY_ACTS), at: instant }))),
      citation: Citation,
      /** Which assignment the duty belongs to: 0 for the first assignee, 1 after the first re-assignment, … (B18). */
      assignment: z.int().check(z.minimum(0)),
      /** On an `'update'` item: which update of 6.2(b) it is, as `updateSchedule` names it. */
      update: z.optional(z.enum(UPDATE_KINDS)),
    }),
  )
}

export const Duty = dutySchema(DateTimeValue)
export type Duty = z.output<typeof Duty>
export const DutyMillis = dutySchema(EpochMillis)
export type DutyMillis = z.output<typeof DutyMillis>

/** The options of `dutiesOf`: those of `updateCompliance` (the schedule's choices decide which updates were due), and B15's clock. */
export const DutiesOptions = z.extend(UpdateComplianceOptions, {
  /** B15: where the 8 working hours to object count from. */
  objectionFrom: z.optional(z.enum(OBJECTION_STARTS)),
  /** Whose duties: default every party's; `['assignee']` for what a unit itself answers for. */
  parties: z.optional(z.readonly(z.array(z.enum(DUTY_PARTIES)).check(z.minLength(1)))),
})
export type DutiesOptions = z.input<typeof DutiesOptions>

/** The parties whose duties a call asks for. */
export type Parties = ReadonlySet<DutyParty>
const EVERY_PARTY: Parties = new Set(DUTY_PARTIES)

/** The parties of a `parties` option: every party when it is left out. */
export function partiesOf(parties: readonly DutyParty[] | undefined): Parties {
  return parties === undefined ? EVERY_PARTY : new Set(parties)
}

const readOptions = readerOf(DutiesOptions)
const toDateTimes = dateTimeConverter(z.readonly(z.array(DutyMillis)))

/** The task's facts and the call's context, instant and `until`, from a call's arguments. */
export function dutyCallOf(defaults: RuleDefaults, task: TaskInput, options: DutiesOptions) {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  const asOf = instantOption(calendar, read.asOf, ['options', 'asOf'])
  const until = read.until === undefined ? undefined : instantOrDayOption(calendar, read.until, ['options', 'until'])
  return { facts: parseTask(task, calendar, context.regulation.schedule), context, asOf, until, parties: partiesOf(read.parties) }
}

/** `dutiesOf` with its defaults given first: the entries bind them (`bindDefaults`). */
export function dutiesOfIn(defaults: RuleDefaults, task: TaskInput, options: DutiesOptions): readonly Duty[] {
  const { facts, context, asOf, until, parties } = dutyCallOf(defaults, task, options)
  return toDateTimes(ledgerOf(facts, asOf, context, until, parties), context.calendar) as readonly Duty[]
}

/** `dutiesOfMillis` with its defaults given first: the entries bind them (`bindDefaults`). */
export function dutiesOfMillisIn(defaults: RuleDefaults, task: TaskInput, options: DutiesOptions): readonly DutyMillis[] {
  const { facts, context, asOf, until, parties } = dutyCallOf(defaults, task, options)
  return ledgerOf(facts, asOf, context, until, parties)
}

/**
 * Every duty of Art. 6 the task's history owes as of `asOf` (B18), each with its party, its clock
 * (`from`, `dueBy`), its state and the act that met it, sorted by `from`, then in the order of DUTIES:
 * - `'classify-and-dispatch'` (Office, 6.1(a)): from the document's issue (`issuedAt`; none without
 *   it), met by the task's transfer, within 3 working days;
 * - `'acknowledge-receipt'` (assignee, 6.2(a)): from the transfer, met by `acknowledged`, within 4 working hours;
 * - `'object'` (assignee, 6.2(a)): only when the assignee objected — from receipt (B15), met by the
 *   `objected` event, within 8 working hours: on time or late, never missed;
 * - `'handle-objection'` (Office, 6.1(b)): from the objection, met by `objection-handled` or
 *   `reassigned`, within 1 working day;
 * - `'update'` (assignee, 6.2(b)): each update `updateCompliance` lists, with its states read as a
 *   duty's (`made-on-time` is `met-on-time`, …);
 * - `'evaluate-update'` (monitoring agency, 6.3): one per update made (a progress report, the
 *   completion, a closure), met by the first `evaluated` event at or after it, within 3 working days.
 * A re-assignment (B18) starts a new assignment: the new assignee's receipt, objection and updates
 * count from its instant. The earlier assignee's duties stay as they stood then; those still open
 * then are no longer owed and leave the ledger. The limits are the profile's (Art. 18.4).
 *
 * @example
 * dutiesOf({ id: 't', issuedAt: '2026-02-13T09:00', transferredAt: '2026-02-13T15:00',
 *   events: [{ type: 'acknowledged', at: '2026-02-23T09:00' }] }, { asOf: '2026-02-23T12:00' })
 *   .map((item) => `${item.duty} ${item.state}`)
 * //=> ['classify-and-dispatch met-on-time', 'acknowledge-receipt met-on-time', 'update due']
 */
export const dutiesOf = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, dutiesOfIn)

/**
 * `dutiesOf` with every instant in epoch milliseconds, as `evaluateTaskMillis` is to `evaluateTask`.
 *
 * @example
 * dutiesOfMillis({ id: 't', transferredAt: '2026-02-13T15:00' }, { asOf: '2026-02-13T16:00' })[0]?.dueBy
 * //=> 1771815600000
 */
export const dutiesOfMillis = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, dutiesOfMillisIn)

const DUTY_ORDER: Readonly<Record<DutyKind, number>> = Object.freeze(
  Object.fromEntries(DUTIES.map((duty, index) => [duty, index])) as Record<DutyKind, number>,
)

/** A duty as the ledger works it out, before its state is read. */
type Owed = {
  readonly duty: DutyKind
  readonly party: DutyParty
  readonly from: number
  readonly dueBy: number
  readonly met: { readonly type: DutyAct; readonly at: number } | undefined
  readonly citation: Citation
  readonly assignment: number
  readonly update?: UpdateKind
}

/** The item of a duty as of `asOf`: an act after `asOf` is not known then. */
function itemOf(owed: Owed, asOf: number): DutyMillis {
  const { duty, party, from, dueBy, met, citation, assignment, update } = owed
  const metBy = met !== undefined && met.at <= asOf ? Object.freeze({ type: met.type, at: met.at }) : null
  const state = dutyStateOf(from, dueBy, metBy?.at, asOf)
  const item = { duty, party, from, dueBy, state, metBy, citation, assignment }
  return Object.freeze(update === undefined ? item : { ...item, update })
}

/** A duty whose limit is a time rule of the profile, counted from `from`. */
function byRule(
  context: RuleContext,
  duty: DutyKind,
  party: DutyParty,
  rule: TimeRule,
  from: number,
  met: Owed['met'],
  assignment: number,
): Owed {
  return { duty, party, from, dueBy: dueOf(rule, from, context), met, citation: ruleCitation(context, rule), assignment }
}

/** The ledger of a task's facts as of `asOf`, in epoch milliseconds. */
export function ledgerOf(
  facts: TaskFacts,
  asOf: number,
  context: RuleContext,
  until?: number,
  parties: Parties = EVERY_PARTY,
): readonly DutyMillis[] {
  const { rules } = context.regulation
  const duties: DutyMillis[] = []
  const office = parties.has('office')

  if (office && facts.issuedAt !== undefined) {
    const transfer = { type: 'transferred', at: facts.transferredAt } as const
    const dispatch = byRule(
      context,
      'classify-and-dispatch',
      'office',
      rules['classify-and-dispatch'],
      facts.issuedAt,
      transfer,
      0,
    )
    duties.push(itemOf(dispatch, asOf))
  }

  // Each assignment in force by `asOf`: the first from the transfer, each other from its re-assignment.
  const starts = [facts.transferredAt]
  for (const reassignment of facts.reassignments) if (reassignment.at <= asOf) starts.push(reassignment.at)
  for (let assignment = 0; assignment < starts.length; assignment += 1) {
    const next = starts[assignment + 1]
    const assigned = assignmentOf(facts, assignment, next)
    // An earlier assignment as it stood just before its re-assignment: what was still open then is owed no more.
    const at = next === undefined ? asOf : next - 1
    if (parties.has('assignee')) {
      for (const owed of assigneeDuties(assigned, at, context, assignment, until)) {
        const item = itemOf(owed, at)
        if (next === undefined || (item.state !== 'due' && item.state !== 'not-yet-due')) duties.push(item)
      }
    }
    const objection = office ? firstOf(assigned, 'objected') : undefined
    if (objection !== undefined && objection.at <= at) {
      // Handled by the Office's confirmation, or by the re-assignment itself (6.1(b)): the whole history's.
      const handled = facts.events.find(
        (event) => event.at >= objection.at && (event.type === 'objection-handled' || event.type === 'reassigned'),
      )
      const handling = byRule(context, 'handle-objection', 'office', rules['confirm-feedback'], objection.at, handled, assignment)
      duties.push(itemOf(handling, asOf))
    }
  }

  // 6.3: each update made, whoever made it, evaluated by the first evaluation at or after it.
  const evaluate = rules['evaluate-update']
  const evaluations = facts.events.filter((event) => event.type === 'evaluated')
  let assignment = 0
  for (const report of parties.has('monitoring-agency') ? facts.reports : []) {
    if (report.at > asOf) break
    while (assignment + 1 < starts.length && (starts[assignment + 1] as number) <= report.at) assignment += 1
    const evaluation = evaluations.find((event) => event.at >= report.at)
    duties.push(
      itemOf(byRule(context, 'evaluate-update', 'monitoring-agency', evaluate, report.at, evaluation, assignment), asOf),
    )
  }

  duties.sort(
    (a, b) => a.from - b.from || DUTY_ORDER[a.duty] - DUTY_ORDER[b.duty] || a.dueBy - b.dueBy || a.assignment - b.assignment,
  )
  return Object.freeze(duties)
}

/** The assignee's duties of one assignment's facts as of `asOf`: receipt, an objection made, the updates. */
function assigneeDuties(
  facts: TaskFacts,
  asOf: number,
  context: RuleContext,
  assignment: number,
  until: number | undefined,
): Owed[] {
  const { rules, readings } = context.regulation
  const acknowledgement = firstOf(facts, 'acknowledged')
  const owed = [
    byRule(
      context,
      'acknowledge-receipt',
      'assignee',
      rules['acknowledge-receipt'],
      facts.transferredAt,
      acknowledgement,
      assignment,
    ),
  ]

  const objection = firstOf(facts, 'objected')
  if (objection !== undefined && objection.at <= asOf) {
    // B15: from the transfer, or from a confirmation of receipt made before the objection.
    const receipt =
      readings.objectionFrom === 'acknowledgement' && acknowledgement !== undefined && acknowledgement.at <= objection.at
        ? acknowledgement.at
        : facts.transferredAt
    owed.push(byRule(context, 'object', 'assignee', rules['object-to-assignment'], receipt, objection, assignment))
  }

  for (const item of complianceOf(facts, asOf, context, { until })) {
    const { update } = item
    owed.push({
      duty: 'update',
      party: 'assignee',
      from: update.from,
      dueBy: update.dueBy,
      met: item.satisfiedBy ?? undefined,
      citation: item.citation,
      assignment,
      update: update.kind,
    })
  }
  return owed
}

/** The first event of `type` in a task's facts. */
function firstOf(facts: TaskFacts, type: TaskEventType): TaskEventFact | undefined {
  return facts.events.find((event) => event.type === type)
}
