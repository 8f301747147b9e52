/** Freezes a plain data value and everything it holds, so shared data can never be changed by a caller. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/**
 * A deeply frozen copy of a caller's data, the caller's value left as it was (frozenness included):
 * plain objects and arrays are copied, a part shared or cyclic copied once; a `Date` is copied. Any
 * other value is kept as it is, unfrozen: a luxon DateTime is immutable through its API, and freezing
 * one would break the caches it fills on first use (its week data); an instance of another class is
 * its owner's.
 */
export function frozenCopyOf<T>(value: T): T {
  return copyOf(value, new Map()) as T
}

function copyOf(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const known = copies.get(value)
  if (known !== undefined) return known
  if (value instanceof Date) {
    // A copy of the same instant; freezing it stops no `setTime`, but the caller's Date is no longer shared.
    const date = Object.freeze(structuredClone(value))
    copies.set(value, date)
    return date
  }
  if (Array.isArray(value)) {
    const array: unknown[] = []
    copies.set(value, array)
    for (let index = 0; index < value.length; index += 1) array.push(copyOf(value[index], copies))
    return Object.freeze(array)
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  const object: Record<string, unknown> = {}
  copies.set(value, object)
  for (const key of Object.keys(value)) {
    // Defined, not assigned: an own key `__proto__` stays a key and never reaches the prototype.
    Object.defineProperty(object, key, {
      value: copyOf((value as Record<string, unknown>)[key], copies),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return Object.freeze(object)
}
