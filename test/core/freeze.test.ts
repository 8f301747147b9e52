import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { frozenCopyOf } from '../../src/core/freeze.js'

describe("frozenCopyOf: a deeply frozen copy that leaves the caller's value as it was", () => {
  it('copies plain objects and arrays, freezes the copies, and leaves the originals unfrozen', () => {
    const value = { a: [1, { b: 'c' }], d: null }
    const copy = frozenCopyOf(value)
    expect(copy).toStrictEqual(value)
    expect(copy).not.toBe(value)
    expect([Object.isFrozen(copy), Object.isFrozen(copy.a), Object.isFrozen(copy.a[1])]).toEqual([true, true, true])
    expect([Object.isFrozen(value), Object.isFrozen(value.a), Object.isFrozen(value.a[1])]).toEqual([false, false, false])
  })

  it('copies a shared part once and a cycle as a cycle', () => {
    const shared = { n: 1 }
    const value: Record<string, unknown> = { left: shared, right: shared }
    value.self = value
    const copy = frozenCopyOf(value)
    expect(copy.left).toBe(copy.right)
    expect(copy.self).toBe(copy)
  })

  it('copies a Date, and keeps a luxon DateTime and a class instance as they are, unfrozen', () => {
    const date = new Date(Date.UTC(2025, 4, 19, 2))
    const at = DateTime.fromISO('2025-05-19T09:00', { zone: 'Asia/Ho_Chi_Minh' })
    const map = new Map([['k', 1]])
    const copy = frozenCopyOf({ date, at, map })
    expect(copy.date).not.toBe(date)
    expect(copy.date.getTime()).toBe(date.getTime())
    expect([copy.at, copy.map]).toEqual([at, map])
    expect(copy.at).toBe(at)
    expect([Object.isFrozen(at), Object.isFrozen(map), at.weekNumber]).toEqual([false, false, 21])
  })

  it('keeps an own key `__proto__` as a key', () => {
    const copy = frozenCopyOf(JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>)
    expect(Object.keys(copy)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
  })
})
