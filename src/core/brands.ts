/**
 * The marks of the objects the package makes and trusts afterwards: a calendar, a regulation profile,
 * a time rule. `Symbol.for`, so that the copies of the package loaded side by side (its ESM and CJS
 * builds) know each other's objects. A mark is never enumerable: JSON never carries it.
 */
export const CALENDAR_BRAND: unique symbol = Symbol.for('vn-task-sla.calendar-days')
export const REGULATION_BRAND: unique symbol = Symbol.for('vn-task-sla.regulation-profile')
export const TIME_RULE_BRAND: unique symbol = Symbol.for('vn-task-sla.time-rule')

/**
 * Whether `value` carries `brand`. Asked with `in`, which reads no property of the caller's (a getter
 * is never run). Total: a Proxy whose traps throw is simply not the package's object.
 */
export function hasBrand(value: unknown, brand: symbol): boolean {
  if (typeof value !== 'object' || value === null) return false
  try {
    return brand in value
  } catch {
    return false
  }
}

/** Whether `value` is an object the package made: it is passed on as it is, never copied. */
export function isPackageObject(value: object): boolean {
  return hasBrand(value, CALENDAR_BRAND) || hasBrand(value, REGULATION_BRAND) || hasBrand(value, TIME_RULE_BRAND)
}
