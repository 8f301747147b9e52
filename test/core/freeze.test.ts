import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { ForeignInstance, frozenCopyOf, MAX_INPUT_DEPTH, MAX_INPUT_ITEMS } from '../../src/core/freeze.js'
import { DETAILS } from '../../src/core/messages.js'
import { vietnamCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

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

  it('copies a Date and a luxon DateTime, and tells a class instance apart as a ForeignInstance of its fields', () => {
    const date = new Date(Date.UTC(2025, 4, 19, 2))
    const at = DateTime.fromISO('2025-05-19T09:00', { zone: 'Asia/Ho_Chi_Minh' })
    class Entry {
      constructor(readonly key: string) {}
    }
    const entry = new Entry('k')
    const copy = frozenCopyOf({ date, at, entry })
    expect([copy.date === date, copy.date.getTime() === date.getTime(), Object.isFrozen(copy.date)]).toEqual([false, true, true])
    // A DateTime is immutable through its API and is not frozen: luxon fills its week data on first use.
    expect([copy.at === at, copy.at.toISO(), copy.at.zoneName]).toEqual([
      false,
      '2025-05-19T09:00:00.000+07:00',
      'Asia/Ho_Chi_Minh',
    ])
    expect([copy.entry instanceof ForeignInstance, { ...copy.entry }]).toEqual([true, { key: 'k' }])
    expect([Object.isFrozen(date), Object.isFrozen(at), Object.isFrozen(entry), at.weekNumber]).toEqual([false, false, false, 21])
  })

  it("reads a Date's own time value, never a subclass's getTime, and an object that only inherits from Date as no Date", () => {
    class Lying extends Date {
      override getTime(): number {
        return 1.5
      }
    }
    const copy = frozenCopyOf({ lying: new Lying(Date.UTC(2025, 0, 1)), fake: Object.create(Date.prototype) as Date })
    expect([Object.getPrototypeOf(copy.lying) === Date.prototype, copy.lying.getTime()]).toEqual([true, Date.UTC(2025, 0, 1)])
    expect([copy.fake instanceof Date, Object.keys(copy.fake)]).toEqual([false, []])
  })

  it('keeps a null prototype, and copies an Array subclass as a class instance (a Proxy of an array stays an array)', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 })
    class List extends Array<number> {}
    const proxied = new Proxy([1, 2], {})
    const copy = frozenCopyOf({ bare, list: List.from([1]), proxied })
    expect([Object.getPrototypeOf(copy.bare), copy.bare.a]).toEqual([null, 1])
    expect([copy.list instanceof ForeignInstance, Array.isArray(copy.proxied), copy.proxied]).toEqual([true, true, [1, 2]])
  })

  it("reads an array's length once: a Proxy whose length grows is copied as it first was", () => {
    let reads = 0
    const growing = new Proxy([] as unknown[], {
      get: (target, key) => {
        if (key !== 'length') return key in target ? Reflect.get(target, key) : null
        reads += 1
        return reads * 3
      },
    })
    expect([frozenCopyOf(growing), reads]).toEqual([[null, null, null], 1])
  })

  it('refuses what it cannot read, at the path of the value, and names no key when told not to', () => {
    const throwing = {
      ok: 1,
      get secret(): never {
        throw new Error('no')
      },
    }
    const named = caught(() => frozenCopyOf({ inner: throwing }, { path: ['task'] }))
    expect([named.code, named.path, named.detail.en]).toEqual([
      'invalid_input',
      ['task', 'inner', 'secret'],
      DETAILS.unreadableValue.en,
    ])
    const unnamed = caught(() => frozenCopyOf({ inner: throwing }, { path: ['document'], keysInPath: false }))
    expect(unnamed.path).toEqual(['document'])
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    expect(caught(() => frozenCopyOf([revoked.proxy], { path: ['rows'] })).path).toEqual(['rows', 0])
  })

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels and more than ${MAX_INPUT_ITEMS} parts`, () => {
    let deep: unknown = null
    // The object given is the first level, and each array inside it one more: 64 levels in all.
    for (let level = 1; level < MAX_INPUT_DEPTH; level += 1) deep = [deep]
    expect(frozenCopyOf({ deep }, { path: ['x'] })).toBeDefined()
    const tooDeep = caught(() => frozenCopyOf({ deep: [deep] }))
    expect([tooDeep.code, tooDeep.detail.en, tooDeep.path.length]).toEqual([
      'invalid_input',
      DETAILS.nestedTooDeeply.en,
      MAX_INPUT_DEPTH,
    ])
    const many = new Array<null>(MAX_INPUT_ITEMS).fill(null)
    expect(frozenCopyOf(many)).toHaveLength(MAX_INPUT_ITEMS)
    const tooMany = caught(() => frozenCopyOf([...many, null]))
    expect([tooMany.detail.en, tooMany.path]).toEqual([DETAILS.tooManyItems.en, []])
  })

  it("keeps the package's own objects (a calendar) and functions as they are", () => {
    const calendar = vietnamCalendar()
    const check = (): boolean => true
    const copy = frozenCopyOf({ calendar, check })
    expect([copy.calendar === calendar, copy.check === check]).toEqual([true, true])
  })

  it('keeps an own key `__proto__` as a key', () => {
    const copy = frozenCopyOf(JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>)
    expect(Object.keys(copy)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
  })
})
