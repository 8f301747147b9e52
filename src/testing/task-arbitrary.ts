import fc from 'fast-check'
import {
  ASSIGNEE_KINDS,
  DURATION_CLASSES,
  type DurationClass,
  type Instant,
  OBJECTION_OUTCOMES,
  TASK_GROUPS,
  TASK_PRIORITIES,
  TASK_SCOPES,
  type TaskEvent,
  type TaskInput,
  VnTaskSlaError,
  vietnamCalendar,
  type WorkingCalendar,
} from '../index.js'
import { DEFAULT_WINDOW, endOf, startOf, workingInstant } from './instant-arbitrary.js'
import { CHECKS, KIT_DETAILS, optionAt, readKitOptions } from './kit-options.js'

export type TaskArbitraryOptions = {
  /** Default `vietnamCalendar()`. */
  readonly calendar?: WorkingCalendar
  /** The class of Art. 6.2(b) the deadline puts the task in; default any. */
  readonly durationClass?: DurationClass
  /** Default true; false gives tasks without a deadline (Art. 4.1(a)), which are in the last class. */
  readonly withDeadline?: boolean
  /** The history as known at this instant: transfers before it, no event after it. */
  readonly asOf?: Instant
  /**
   * Default true: the other parties' acts of Art. 6 appear too — the document's issue before the
   * transfer (6.1(a)), an objection handled by the Office and now and then a re-assignment (6.1(b),
   * B18), the monitoring agency's evaluations of the updates (6.3). False: the assignee's events and
   * extensions only.
   */
  readonly otherParties?: boolean
}

const TASK_OPTIONS = Object.freeze({
  calendar: CHECKS.calendar,
  durationClass: CHECKS.oneOf(DURATION_CLASSES),
  withDeadline: CHECKS.boolean,
  asOf: CHECKS.instant,
  otherParties: CHECKS.boolean,
})

const HOUR = 3_600_000
const DAY = 86_400_000

/**
 * Days from the transfer to the deadline for each class (B4), with margins on both sides, so that the
 * class holds whatever the month lengths and the zone's DST: under 1 month, 1–3, 3–6, 6 or more.
 */
const DEADLINE_DAYS: Readonly<Record<DurationClass, readonly [number, number]>> = Object.freeze({
  'under-1-month': [1, 26],
  '1-to-3-months': [32, 86],
  '3-to-6-months': [94, 177],
  '6-months-or-more': [186, 400],
})

/** The shape a task is drawn as: small numbers and flags, so that a failing case shrinks to a short, plain task. */
type Draw = {
  readonly id: number
  readonly transfer: number
  readonly durationClass: DurationClass
  readonly deadlineDays: number
  readonly deadlineAsDay: boolean
  readonly acknowledgedAfterHours: number | null
  readonly startedAfterDays: number | null
  readonly updateShares: readonly number[]
  readonly extensionDays: number | null
  readonly end: { readonly kind: 'completed' | 'closed-without-completion'; readonly share: number } | null
  readonly assigneeKind: TaskInput['assigneeKind']
  readonly scope: TaskInput['scope']
  readonly priority: TaskInput['priority']
  readonly group: TaskInput['group']
  readonly issuedDaysBefore: number | null
  readonly objection: {
    readonly afterHours: number
    readonly handledAfterHours: number | null
    readonly outcome: 'kept' | 'adjusted' | 'reassigned'
  } | null
  readonly evaluationAfterDays: number | null
}

/**
 * Valid tasks (`TaskInput`) with a plausible history: transferred in working hours; receipt
 * acknowledged within hours (now and then late, Art. 6.2(a)); started; a few progress reports;
 * sometimes an extension granted before the deadline; completed (often on time, sometimes late) or,
 * rarely, closed without completion, which ends the history. The other parties act too (unless
 * `otherParties: false`): a document issued days before the transfer, an objection the Office
 * handles, now and then by re-assigning the task (B18), the monitoring agency's evaluations. Instants are ISO strings in the
 * calendar's zone; a deadline is a day (`'2025-06-30'`, its end) or an instant. A failing property
 * shrinks towards a task with no event, transferred at the start of the window.
 */
export function taskArbitrary(input: TaskArbitraryOptions = {}): fc.Arbitrary<TaskInput> {
  const options = readKitOptions<TaskArbitraryOptions>(input, TASK_OPTIONS)
  const calendar = options.calendar ?? vietnamCalendar()
  const withDeadline = options.withDeadline ?? true
  if (!withDeadline && options.durationClass !== undefined && options.durationClass !== '6-months-or-more') {
    throw new VnTaskSlaError('invalid_input', KIT_DETAILS.undatedClass, ['options', 'durationClass'])
  }
  const asOf = options.asOf === undefined ? undefined : optionAt('asOf', () => calendar.millis.of(options.asOf as Instant))
  const windowStart = startOf(calendar, DEFAULT_WINDOW.from)
  const windowEnd = Math.min(endOf(calendar, DEFAULT_WINDOW.to), asOf ?? Number.POSITIVE_INFINITY)
  const from = Math.min(windowStart, windowEnd - 365 * DAY)
  const working = calendar.millis.workingTimeBetween(from, windowEnd)
  const classes = options.durationClass === undefined ? DURATION_CLASSES : [options.durationClass]
  const share = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000)

  const draw: fc.Arbitrary<Draw> = fc
    .record({
      id: fc.nat({ max: 9999 }),
      transfer: fc.integer({ min: 0, max: Math.max(0, working - 1) }),
      durationClass: fc.constantFrom(...(withDeadline ? classes : (['6-months-or-more'] as const))),
      dayInClass: fc.integer({ min: 0, max: 1000 }),
      deadlineAsDay: fc.boolean(),
      acknowledgedAfterHours: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 6 }),
      startedAfterDays: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 4 }),
      updateShares: fc.array(share, { maxLength: 4 }),
      extensionDays: fc.option(fc.integer({ min: 7, max: 60 }), { freq: 8 }),
      end: fc.option(
        fc.record({
          kind: fc.constantFrom('completed' as const, 'completed' as const, 'closed-without-completion' as const),
          share: fc.integer({ min: 50, max: 1200 }).map((n) => n / 1000),
        }),
        { freq: 2 },
      ),
      assigneeKind: fc.option(fc.constantFrom(...ASSIGNEE_KINDS), { nil: undefined }),
      scope: fc.option(fc.constantFrom(...TASK_SCOPES), { nil: undefined }),
      priority: fc.option(fc.constantFrom(...TASK_PRIORITIES), { nil: undefined }),
      group: fc.option(fc.constantFrom(...TASK_GROUPS), { nil: undefined }),
      issuedDaysBefore: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 2 }),
      objection: fc.option(
        fc.record({
          afterHours: fc.integer({ min: 0, max: 12 }),
          handledAfterHours: fc.option(fc.integer({ min: 0, max: 16 }), { freq: 5 }),
          outcome: fc.constantFrom(...OBJECTION_OUTCOMES),
        }),
        { freq: 5 },
      ),
      evaluationAfterDays: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 4 }),
    })
    .map(({ dayInClass, ...rest }) => {
      const [low, high] = DEADLINE_DAYS[rest.durationClass]
      return { ...rest, deadlineDays: low + (dayInClass % (high - low + 1)) }
    })

  const otherParties = options.otherParties ?? true
  return draw.map((d) =>
    build(otherParties ? d : { ...d, issuedDaysBefore: null, objection: null, evaluationAfterDays: null }, {
      calendar,
      from,
      withDeadline,
      asOf,
    }),
  )
}

function build(
  d: Draw,
  context: { readonly calendar: WorkingCalendar; readonly from: number; readonly withDeadline: boolean; readonly asOf?: number },
): TaskInput {
  const { calendar } = context
  const iso = (ms: number): string => calendar.toDateTime(ms).toISO() as string
  const transfer = workingInstant(calendar, context.from, d.transfer)
  const deadlineAt = transfer + d.deadlineDays * DAY
  const deadline = context.withDeadline ? (d.deadlineAsDay ? calendar.dayOf(deadlineAt) : iso(deadlineAt)) : null
  const deadlineMs =
    deadline === null
      ? null
      : typeof deadline === 'string' && deadline.length === 10
        ? calendar.millis.endOfDay(deadline)
        : deadlineAt
  // How long the task runs in this history: to its deadline, or 200 days for a task without one.
  const span = (deadlineMs ?? transfer + 200 * DAY) - transfer
  const events: { readonly at: number; readonly event: TaskEvent }[] = []
  const add = (at: number, event: Omit<TaskEvent, 'at'>): void => {
    events.push({ at, event: { ...event, at: iso(at) } as TaskEvent })
  }
  // The completion, or closure, ends the history: nothing is reported after it.
  const ended = d.end === null ? null : transfer + Math.max(HOUR, Math.floor(span * d.end.share))
  const before = (at: number): boolean => ended === null || at < ended
  if (d.acknowledgedAfterHours !== null) {
    const at = calendar.millis.addWorkingTime(transfer, d.acknowledgedAfterHours * HOUR)
    if (before(at)) add(at, { type: 'acknowledged' })
  }
  const started =
    d.startedAfterDays === null
      ? null
      : calendar.millis.addWorkingDays(transfer, d.startedAfterDays, { dayEnd: 'close-of-business' }) - HOUR
  if (started !== null && started > transfer && before(started)) add(started, { type: 'started' })
  for (const fraction of [...d.updateShares].sort((a, b) => a - b)) {
    const at = transfer + Math.max(HOUR, Math.floor(span * fraction))
    if (before(at)) add(at, { type: 'progress-updated' })
  }
  if (d.extensionDays !== null && deadlineMs !== null) {
    // Granted before the deadline it replaces, to a later day.
    const at = transfer + Math.floor(span / 2)
    if (before(at)) add(at, { type: 'deadline-extended', deadline: calendar.dayOf(deadlineMs + d.extensionDays * DAY) })
  }
  if (ended !== null && d.end !== null) add(ended, { type: d.end.kind })
  if (d.objection !== null) {
    const objected = calendar.millis.addWorkingTime(transfer, d.objection.afterHours * HOUR)
    const handled =
      d.objection.handledAfterHours === null
        ? null
        : calendar.millis.addWorkingTime(objected, d.objection.handledAfterHours * HOUR)
    if (before(objected)) add(objected, { type: 'objected' })
    if (handled !== null && before(handled)) {
      add(handled, { type: 'objection-handled', outcome: d.objection.outcome })
      // B18: a task re-assigned while open and before its deadline; the new assignee acknowledges within hours.
      if (d.objection.outcome === 'reassigned' && (deadlineMs === null || handled < deadlineMs)) {
        add(handled, { type: 'reassigned', to: `unit-${d.id % 7}` })
        const acknowledged = calendar.millis.addWorkingTime(handled, 2 * HOUR)
        if (before(acknowledged)) add(acknowledged, { type: 'acknowledged' })
      }
    }
  }
  if (d.evaluationAfterDays !== null) {
    // 6.3: the monitoring agency evaluates each update, on time or a little late.
    const lag = d.evaluationAfterDays
    for (const { at, event } of [...events]) {
      if (event.type !== 'progress-updated' && event.type !== 'completed' && event.type !== 'closed-without-completion') continue
      add(Math.max(at, calendar.millis.addWorkingDays(at, lag, { dayEnd: 'close-of-business' }) - HOUR), { type: 'evaluated' })
    }
  }
  const known = events.filter(({ at }) => context.asOf === undefined || at <= context.asOf).sort((a, b) => a.at - b.at)
  return {
    id: `task-${d.id}`,
    transferredAt: iso(transfer),
    ...(d.issuedDaysBefore === null ? {} : { issuedAt: iso(transfer - d.issuedDaysBefore * DAY) }),
    ...(deadline === null ? {} : { deadline }),
    events: known.map(({ event }) => event),
    ...(d.assigneeKind === undefined ? {} : { assigneeKind: d.assigneeKind }),
    ...(d.scope === undefined ? {} : { scope: d.scope }),
    ...(d.priority === undefined ? {} : { priority: d.priority }),
    ...(d.group === undefined ? {} : { group: d.group }),
  }
}
