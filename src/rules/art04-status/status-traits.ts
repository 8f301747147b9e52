/**
 * Art. 4.1(đ): the completion classes, for a task with a deadline. "Started" means a `started` or
 * `progress-updated` event; acknowledging receipt is not a start.
 */
export const COMPLETION_STATUSES = Object.freeze([
  'completed-on-time',
  'completed-late',
  'in-progress-on-time',
  'in-progress-late',
  'implemented-not-completed',
  'not-started',
  'not-implemented-overdue',
] as const)

/**
 * For a task without a deadline (4.1(a)) there is no timeliness: it is completed, in progress,
 * closed without completion, or `'not-started'` (which can never turn overdue).
 */
export const UNTIMED_COMPLETION_STATUSES = Object.freeze(['completed', 'in-progress', 'closed-without-completion'] as const)
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number] | (typeof UNTIMED_COMPLETION_STATUSES)[number]

/** What a status says of a task, in the words of Art. 4.1(đ). */
export type StatusTraits = {
  /** Hoàn thành: completed, on time or late. */
  readonly done: boolean
  /** Chậm: completed after its deadline. */
  readonly late: boolean
  /** Quá hạn: not done when its deadline passed: still open past it, or closed without completion. */
  readonly overdue: boolean
}

/**
 * The one place that says which statuses are done, late and overdue: scoring (17.1), audit flags
 * (15.2), the secure record (5.2(g)) and the warnings read it. Keyed by every status, so a status
 * added to the lists above without its traits does not compile.
 */
export const STATUS_TRAITS: Readonly<Record<CompletionStatus, StatusTraits>> = Object.freeze({
  'completed-on-time': Object.freeze({ done: true, late: false, overdue: false }),
  'completed-late': Object.freeze({ done: true, late: true, overdue: false }),
  'in-progress-on-time': Object.freeze({ done: false, late: false, overdue: false }),
  'in-progress-late': Object.freeze({ done: false, late: false, overdue: true }),
  'implemented-not-completed': Object.freeze({ done: false, late: false, overdue: true }),
  'not-started': Object.freeze({ done: false, late: false, overdue: false }),
  'not-implemented-overdue': Object.freeze({ done: false, late: false, overdue: true }),
  completed: Object.freeze({ done: true, late: false, overdue: false }),
  'in-progress': Object.freeze({ done: false, late: false, overdue: false }),
  'closed-without-completion': Object.freeze({ done: false, late: false, overdue: false }),
})
