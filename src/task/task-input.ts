import { DateTime } from 'luxon'
import * as z from 'zod/mini'
import { CalendarDay } from '../core/calendar-day.js'

/**
 * What happens to a task on the tracking system. The assignee's acts: `acknowledged` and `objected`
 * answer the transfer (Art. 6.2(a)); `started`, `progress-updated` and `completed` report
 * implementation (6.2(b)); `closed-without-completion` ends implementation without the result
 * (4.1(đ)). The other parties' acts: `deadline-extended` replaces the deadline from its instant on and
 * carries the new one; `objection-handled` is the Central Party Office's confirmation of how it
 * handled an objection (6.1(b)); `reassigned` transfers the task to another assignee, whose clocks
 * start again at its instant (6.1(b), B18); `evaluated` is the monitoring agency's evaluation of the
 * updates made since its last one (6.3).
 */
export const TASK_EVENT_TYPES = Object.freeze([
  'acknowledged',
  'objected',
  'started',
  'progress-updated',
  'completed',
  'closed-without-completion',
  'deadline-extended',
  'objection-handled',
  'reassigned',
  'evaluated',
] as const)
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number]

/**
 * Art. 6.1(b): how the Central Party Office handled an objection — the assignment kept as it was,
 * adjusted (a new deadline is a `deadline-extended` event), or the task re-assigned (a `reassigned` event).
 */
export const OBJECTION_OUTCOMES = Object.freeze(['kept', 'adjusted', 'reassigned'] as const)
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number]

/** Art. 4.1(b): who implements — Party committees under the Centre, central Party agencies, provincial and city committees, others. */
export const ASSIGNEE_KINDS = Object.freeze([
  'party-committee-under-central',
  'central-party-agency',
  'provincial-party-committee',
  'related-organisation-or-member',
] as const)
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number]

/** Art. 4.1(c): the scope of implementation — nationwide; a sector or field; a region or locality. */
export const TASK_SCOPES = Object.freeze(['national', 'sector', 'regional'] as const)
export type TaskScope = (typeof TASK_SCOPES)[number]

/** Art. 4.1(d): priority and urgency — key and priority; regular; unexpected and urgent. */
export const TASK_PRIORITIES = Object.freeze(['key', 'regular', 'urgent'] as const)
export type TaskPriority = (typeof TASK_PRIORITIES)[number]

/** Art. 4.1(e): the secrecy of the assigning document — Thường, Mật, Tối mật, Tuyệt mật, in rising order. */
export const SECRECY_LEVELS = Object.freeze(['normal', 'confidential', 'secret', 'top-secret'] as const)
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number]

/** Art. 4.1(g): a task of the listed kinds, or one "assigned otherwise" (special, unexpected, arising). */
export const TASK_GROUPS = Object.freeze(['listed', 'other'] as const)
export type TaskGroup = (typeof TASK_GROUPS)[number]

/** An instant in any form the calendar reads: ISO 8601 string, luxon DateTime, JS Date, epoch ms. */
export const InstantInput = z.union([
  z.string(),
  z.int(),
  z.date(),
  z.custom<DateTime>((value) => DateTime.isDateTime(value), { message: 'notAnInstant' }),
])

/** A deadline: an instant, or a calendar day meaning the end of that day (4.1(a)). */
export const DeadlineInput = z.union([CalendarDay, InstantInput])

export const TaskEvent = z.strictObject({
  type: z.enum(TASK_EVENT_TYPES),
  at: InstantInput,
  /** The new deadline; required for `deadline-extended`, refused on any other event. */
  deadline: z.optional(DeadlineInput),
  /** How an objection was handled; only on `objection-handled`, where it may be left out. */
  outcome: z.optional(z.enum(OBJECTION_OUTCOMES)),
  /** The new assignee; only on `reassigned`, where it may be left out. */
  to: z.optional(z.string().check(z.minLength(1))),
})
export type TaskEvent = z.infer<typeof TaskEvent>

/** A task as agency software hands it over; every rule function takes it. */
export const TaskInput = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** The instant the task reached the assignee on the system: the start of its implementation period. */
  transferredAt: InstantInput,
  /** The issue instant of the assigning document. */
  issuedAt: z.optional(InstantInput),
  /** An instant, or a day (`'2025-06-30'` is the end of that day); null or absent: no deadline (4.1(a)). */
  deadline: z.optional(z.nullable(DeadlineInput)),
  /** In any order; those after `asOf` are ignored. */
  events: z.optional(z.readonly(z.array(TaskEvent))),
  assigneeKind: z.optional(z.enum(ASSIGNEE_KINDS)),
  scope: z.optional(z.enum(TASK_SCOPES)),
  priority: z.optional(z.enum(TASK_PRIORITIES)),
  secrecy: z.optional(z.enum(SECRECY_LEVELS)),
  /**
   * Art. 3.1: a task "có yêu cầu bảo mật riêng" (with a special secrecy requirement) is monitored under
   * the Party's own rules: `maskForSystem` refuses its whole document, as it does a top-secret one (B17).
   * `false` or absent: no such requirement. The time rules do not read it.
   */
  specialSecrecy: z.optional(z.boolean()),
  group: z.optional(z.enum(TASK_GROUPS)),
})
export type TaskInput = z.input<typeof TaskInput>

/** The fields a task may have, from its schema: checks that look at a task field by field take them from here. */
export const TASK_INPUT_KEYS: readonly (keyof TaskInput)[] = Object.freeze(Object.keys(TaskInput.shape) as (keyof TaskInput)[])

/** The fields an event may have. */
export const TASK_EVENT_KEYS: readonly (keyof TaskEvent)[] = Object.freeze(Object.keys(TaskEvent.shape) as (keyof TaskEvent)[])
