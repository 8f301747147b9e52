import {
  ASSIGNEE_KINDS,
  SECRECY_LEVELS,
  TASK_EVENT_KEYS,
  TASK_EVENT_TYPES,
  TASK_GROUPS,
  TASK_INPUT_KEYS,
  TASK_PRIORITIES,
  TASK_SCOPES,
  type TaskInput,
} from './task-input.js'

/**
 * A structural check that is stricter than the TaskInput schema: when it says yes, the schema
 * would accept the value too, so reading a task can skip the schema (whose parse costs more than
 * every rule on the task together). It accepts the common form only, plain objects with instants as
 * strings or safe integers; anything else (a Date, a DateTime, an unknown key, a bad value) goes
 * through the schema, which accepts it or reports the error with its path. A property test checks
 * that yes here always means yes there.
 */
export function isWellFormedTask(value: unknown): value is TaskInput {
  if (!isPlainObject(value)) return false
  // for…in finds the keys the schema would call unknown (it also lists inherited enumerable keys,
  // which only a polluted Object.prototype has; those fail here and go through the schema) …
  for (const key in value) if (!(TASK_INPUT_KEYS as readonly string[]).includes(key)) return false
  // … and each field is read directly, as the schema reads it, enumerable or not.
  const { id, transferredAt, issuedAt, deadline, events } = value
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    isInstantLike(transferredAt) &&
    (issuedAt === undefined || isInstantLike(issuedAt)) &&
    (deadline === undefined || deadline === null || isInstantLike(deadline)) &&
    (events === undefined || areWellFormedEvents(events)) &&
    isOptionalMember(ASSIGNEE_KINDS, value.assigneeKind) &&
    isOptionalMember(TASK_SCOPES, value.scope) &&
    isOptionalMember(TASK_PRIORITIES, value.priority) &&
    isOptionalMember(SECRECY_LEVELS, value.secrecy) &&
    isOptionalMember(TASK_GROUPS, value.group) &&
    (value.specialSecrecy === undefined || typeof value.specialSecrecy === 'boolean')
  )
}

function areWellFormedEvents(events: unknown): boolean {
  if (!Array.isArray(events)) return false
  for (let index = 0; index < events.length; index += 1) {
    const event: unknown = events[index]
    if (!isPlainObject(event)) return false
    for (const key in event) if (!(TASK_EVENT_KEYS as readonly string[]).includes(key)) return false
    if (!(TASK_EVENT_TYPES as readonly unknown[]).includes(event.type)) return false
    if (!isInstantLike(event.at)) return false
    if (event.deadline !== undefined && !isInstantLike(event.deadline)) return false
  }
  return true
}

/** Strings (ISO instants or calendar days, read later) and safe integers (epoch milliseconds). */
function isInstantLike(value: unknown): boolean {
  return typeof value === 'string' || Number.isSafeInteger(value)
}

function isOptionalMember(members: readonly string[], value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && members.includes(value))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
