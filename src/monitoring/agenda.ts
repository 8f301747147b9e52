import * as z from 'zod/mini'
import { daysOf } from '../calendar/working-calendar.js'
import { CalendarDay, formatDay, isCalendarDay } from '../core/calendar-day.js'
import { Citation, cite } from '../core/citation.js'
import { DETAILS } from '../core/messages.js'
import { readerOf } from '../core/reader.js'
import { DateTimeValue, dateTimeConverter, EpochMillis, type InstantSchema } from '../core/result-instants.js'
import { fail } from '../core/validation.js'
import { statusOf } from '../rules/art04-status/classify-completion.js'
import { DUTIES, DUTY_PARTIES, ledgerOf, partiesOf } from '../rules/art06-duties/duty-ledger.js'
import { ALERT_LEVELS, type AlertLevel, alertChangePoints, alertOf } from '../rules/art18-alerts/alert-level.js'
import {
  bindDefaults,
  CalendarOption,
  citing,
  contextOf,
  RegulationOption,
  type RuleContext,
  type RuleDefaults,
} from '../rules/context.js'
import { instantOption, instantOrDayOption } from '../rules/instant-options.js'
import { VIETNAM_DEFAULTS } from '../rules/vietnam-defaults.js'
import { factsUpTo, parseTask, type TaskFacts } from '../task/task-facts.js'
import { DeadlineInput, InstantInput, type TaskInput } from '../task/task-input.js'

/** What an agenda item announces: a duty falling due, or a warning level starting. */
export const AGENDA_ITEM_KINDS = Object.freeze(['duty', 'warning'] as const)
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number]

/** One instant of the agenda: a duty not yet met falls due (its `dueBy`), or a task's warning reaches a level. */
export function agendaItemSchema<Instant extends InstantSchema>(instant: Instant) {
  return z.readonly(
    z.strictObject({
      at: instant,
      taskId: z.string(),
      /** Who is reminded: the duty's party; the assignee for a warning (Art. 18.1(d)). */
      party: z.enum(DUTY_PARTIES),
      kind: z.enum(AGENDA_ITEM_KINDS),
      /** The duty falling due, on a `'duty'` item. */
      duty: z.optional(z.enum(DUTIES)),
      /** The level starting, on a `'warning'` item. */
      level: z.optional(z.enum(ALERT_LEVELS)),
      citation: Citation,
    }),
  )
}

/** The agenda of a portfolio over an interval: its items in order, and the same items by working day. */
export function agendaSchema<Instant extends InstantSchema>(instant: Instant) {
  const item = agendaItemSchema(instant)
  return z.readonly(
    z.strictObject({
      items: z.readonly(z.array(item)),
      /**
       * The items by working day, in order: an item on a day off is on the last working day before it, when a
       * reminder can still go out. Days without items are left out.
       */
      byDay: z.readonly(z.array(z.readonly(z.strictObject({ day: CalendarDay, items: z.readonly(z.array(item)) })))),
    }),
  )
}

export const Agenda = agendaSchema(DateTimeValue)
export type Agenda = z.output<typeof Agenda>
export const AgendaMillis = agendaSchema(EpochMillis)
export type AgendaMillis = z.output<typeof AgendaMillis>
type AgendaItemMillis = AgendaMillis['items'][number]

/** The options of `agenda`. */
export const AgendaOptions = z.strictObject({
  /** The first instant of the interval, or a day (its start). */
  from: DeadlineInput,
  /** The last instant of the interval, or a day (its end). */
  to: DeadlineInput,
  /** What is known: the tasks' histories up to this instant (Art. 2.4). */
  asOf: InstantInput,
  /** Default `vietnamCalendar()`. */
  calendar: z.optional(CalendarOption),
  /** Default `REGULATION_08_QC_TW`. */
  regulation: z.optional(RegulationOption),
  /** Whose duties: default every party's. */
  parties: z.optional(z.readonly(z.array(z.enum(DUTY_PARTIES)).check(z.minLength(1)))),
})
export type AgendaOptions = z.input<typeof AgendaOptions>

const readOptions = readerOf(AgendaOptions)
const readTasks = readerOf(z.readonly(z.array(z.unknown())))
const toDateTimes = dateTimeConverter(AgendaMillis)
const WARNING_CITATION = cite(18, 1, 'd')
const KIND_ORDER: Readonly<Record<AgendaItemKind, number>> = Object.freeze({ warning: 0, duty: 1 })

/** `agenda` with its defaults given first: the entries bind them (`bindDefaults`). */
export function agendaIn(defaults: RuleDefaults, tasks: readonly TaskInput[], options: AgendaOptions): Agenda {
  const read = readOptions(options, ['options'])
  const context = contextOf(defaults, read)
  const { calendar } = context
  const list = readTasks(tasks, ['tasks'])
  const asOf = instantOption(calendar, read.asOf, ['options', 'asOf'])
  const from = startOfOption(context, read.from)
  const to = instantOrDayOption(calendar, read.to, ['options', 'to'])
  if (to < from) fail('invalid_input', DETAILS.intervalEndsBeforeStart, ['options', 'to'])
  const parties = partiesOf(read.parties)
  const items: AgendaItemMillis[] = []
  list.forEach((task, index) => {
    const facts = factsUpTo(parseTask(task, calendar, context.regulation.schedule, ['tasks', index]), asOf)
    itemsOf(facts, asOf, from, to, context, parties, items)
  })
  items.sort((a, b) => a.at - b.at || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.taskId, b.taskId))
  return toDateTimes(Object.freeze({ items: Object.freeze(items), byDay: byDayOf(items, context) }), calendar) as Agenda
}

/**
 * The reminders of a portfolio over `[from, to]` as of `asOf` (Art. 9.2 "kịp thời nhắc nhở", Art.
 * 18.1(d)): every instant at which a duty of Art. 6 not met by `asOf` falls due (its `dueBy`, with its
 * party and clause), and every instant at which a task's warning reaches a level (about to be overdue,
 * due, overdue), in time order, then by task id; and the same items by working day (`byDay`), as a
 * reminder e-mail sends them. Each task is read as its history stood at `asOf`: what later events
 * would change is not known yet. The periodic updates of an open task are those its schedule holds up to `to`.
 *
 * @example
 * const weeks = agenda([{ id: 'A-1', transferredAt: '2026-03-02T09:00', deadline: '2026-03-13' }],
 *   { from: '2026-03-09', to: '2026-03-20', asOf: '2026-03-09T08:00' })
 * weeks.items.map((item) => `${item.at.toISODate()} ${item.kind} ${item.level ?? item.duty}`)
 * //=> ['2026-03-10 warning approaching', '2026-03-13 warning due', '2026-03-14 warning overdue', '2026-03-18 duty update']
 * weeks.byDay.map((day) => `${day.day}: ${day.items.length}`) //=> ['2026-03-10: 1', '2026-03-13: 2', '2026-03-18: 1']
 */
export const agenda = /* @__PURE__ */ bindDefaults(VIETNAM_DEFAULTS, agendaIn)

/** The start of the interval: an instant as given, a day from its first instant. */
function startOfOption(context: RuleContext, value: z.output<typeof DeadlineInput>): number {
  const { calendar } = context
  const path = ['options', 'from']
  return isCalendarDay(value)
    ? calendar.millis.startOfDay(instantOrDayOption(calendar, value, path))
    : instantOption(calendar, value, path)
}

/** The items of one task's facts in `[from, to]`, appended to `items`. */
function itemsOf(
  facts: TaskFacts,
  asOf: number,
  from: number,
  to: number,
  context: RuleContext,
  parties: ReturnType<typeof partiesOf>,
  items: AgendaItemMillis[],
): void {
  const taskId = facts.id
  for (const duty of ledgerOf(facts, asOf, context, to, parties)) {
    if (duty.state === 'met-on-time' || duty.state === 'met-late') continue
    if (duty.dueBy < from || duty.dueBy > to) continue
    items.push(
      Object.freeze({ at: duty.dueBy, taskId, party: duty.party, kind: 'duty', duty: duty.duty, citation: duty.citation }),
    )
  }
  if (!parties.has('assignee')) return
  // The deadline in force over the interval: an extension known by `asOf` counts from its instant.
  const deadlines = new Set([
    statusOf(facts, from, context).deadline,
    statusOf(facts, Math.max(from, Math.min(to, asOf)), context).deadline,
  ])
  const points: number[] = []
  for (const deadline of deadlines) if (deadline !== null) points.push(...alertChangePoints(facts, from - 1, context, deadline))
  // Each instant a level may start, checked against the instant before it.
  const levelAt = (t: number): AlertLevel => alertOf(facts, t, context, statusOf(facts, t, context)).level
  for (const at of [...new Set(points)].sort((a, b) => a - b)) {
    if (at < from || at > to) continue
    const level = levelAt(at)
    if (level === levelAt(at - 1)) continue
    items.push(
      Object.freeze({ at, taskId, party: 'assignee', kind: 'warning', level, citation: citing(context, WARNING_CITATION) }),
    )
  }
}

/** The items grouped by working day: a day off's go to the last working day before it. */
function byDayOf(items: readonly AgendaItemMillis[], context: RuleContext): AgendaMillis['byDay'] {
  const days = daysOf(context.calendar)
  const groups: { day: string; items: AgendaItemMillis[] }[] = []
  for (const item of items) {
    const day = reminderDay(days, days.dayOf(item.at))
    const last = groups[groups.length - 1]
    if (last !== undefined && last.day === day) last.items.push(item)
    else groups.push({ day, items: [item] })
  }
  return Object.freeze(groups.map((group) => Object.freeze({ day: group.day, items: Object.freeze(group.items) })))
}

function reminderDay(days: ReturnType<typeof daysOf>, day: number): string {
  if (days.isWorking(day)) return formatDay(day)
  try {
    return formatDay(days.previousWorking(day))
  } catch {
    // No working day before it in the calendar's range: the day itself.
    return formatDay(day)
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
