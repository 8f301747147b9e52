import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { DateTimeValue, dateTimeConverter, EpochMillis, IsoInstant } from '../../src/core/result-instants.js'

/** A calendar's DateTime maker in Asia/Ho_Chi_Minh (UTC+7, no DST); luxon throws for a value that is no number. */
const HANOI = { toDateTime: (instant: number) => DateTime.fromMillis(instant, { zone: 'Asia/Ho_Chi_Minh' }) }

/** 2025-06-30T01:00Z, that is 08:00 in Hanoi. */
const MONDAY_8AM = Date.UTC(2025, 5, 30, 1, 0)
/** 2025-06-30T10:00Z, that is 17:00 in Hanoi. */
const MONDAY_5PM = Date.UTC(2025, 5, 30, 10, 0)

describe('DateTimeValue: a valid luxon DateTime', () => {
  it('accepts a valid DateTime', () => {
    expect(DateTimeValue.safeParse(DateTime.fromMillis(MONDAY_8AM, { zone: 'Asia/Ho_Chi_Minh' })).success).toBe(true)
  })

  it('refuses an invalid DateTime', () => {
    expect(DateTimeValue.safeParse(DateTime.invalid('broken')).success).toBe(false)
  })

  it('refuses an object that says it is valid but is no DateTime, an ISO string and epoch milliseconds', () => {
    const values = [{ isValid: true }, '2025-06-30T08:00:00.000+07:00', MONDAY_8AM]
    expect(values.map((value) => DateTimeValue.safeParse(value).success)).toEqual([false, false, false])
  })
})

describe('IsoInstant: toISO() with milliseconds and an offset', () => {
  it('accepts an offset and Z, and refuses a time without milliseconds or offset', () => {
    const texts = [
      '2025-06-30T08:00:00.000+07:00',
      '2025-06-30T01:00:00.000Z',
      '2025-06-30T08:00:00+07:00',
      '2025-06-30T08:00:00.000',
    ]
    expect(texts.map((text) => IsoInstant.safeParse(text).success)).toEqual([true, true, false, false])
  })
})

describe('dateTimeConverter: results without instants', () => {
  it('gives back the very value of a schema that holds no instant', () => {
    const value = { reason: 'holiday', count: 2 }
    const convert = dateTimeConverter(z.object({ reason: z.string(), count: z.number() }))
    expect(convert(value, HANOI)).toBe(value)
  })

  it('gives back the value of a union or a tuple without instants', () => {
    const union = dateTimeConverter(z.union([z.string(), z.number()]))
    const tuple = dateTimeConverter(z.tuple([z.string(), z.boolean()]))
    const pair = ['a', true]
    expect([union('a', HANOI), tuple(pair, HANOI) === pair]).toEqual(['a', true])
  })

  it('reads literal, enum and custom parts as holding no instant', () => {
    const schema = z.object({
      kind: z.literal('deadline'),
      state: z.enum(['open', 'closed']),
      at: EpochMillis,
      when: DateTimeValue,
    })
    const converted = dateTimeConverter(schema)(
      { kind: 'deadline', state: 'open', at: MONDAY_8AM, when: 'kept' },
      HANOI,
    ) as Record<string, unknown>
    expect([converted.kind, converted.state, converted.when, (converted.at as DateTime).toISO()]).toEqual([
      'deadline',
      'open',
      'kept',
      '2025-06-30T08:00:00.000+07:00',
    ])
  })
})

describe('dateTimeConverter: optional, readonly and nullable instants', () => {
  const schema = z.object({
    start: EpochMillis,
    end: z.optional(EpochMillis),
    fixed: z.readonly(z.optional(EpochMillis)),
    paused: z.nullable(EpochMillis),
  })

  it('leaves an absent optional instant undefined and a null instant null', () => {
    const converted = dateTimeConverter(schema)({ start: MONDAY_8AM, paused: null }, HANOI) as Record<string, unknown>
    expect([(converted.start as DateTime).toISO(), converted.end, converted.fixed, converted.paused]).toEqual([
      '2025-06-30T08:00:00.000+07:00',
      undefined,
      undefined,
      null,
    ])
  })

  it('converts them when they are present', () => {
    const converted = dateTimeConverter(schema)(
      { start: MONDAY_8AM, end: MONDAY_5PM, fixed: MONDAY_5PM, paused: MONDAY_8AM },
      HANOI,
    ) as Record<string, DateTime>
    expect([converted.end?.toISO(), converted.fixed?.toISO(), converted.paused?.toISO()]).toEqual([
      '2025-06-30T17:00:00.000+07:00',
      '2025-06-30T17:00:00.000+07:00',
      '2025-06-30T08:00:00.000+07:00',
    ])
  })
})

describe('dateTimeConverter: an object met twice is converted once', () => {
  const Item = z.object({ at: EpochMillis, note: z.string() })

  it('gives one copy for an object held in two fields, as the millis form shares it', () => {
    const shared = { at: MONDAY_8AM, note: 'update' }
    const converted = dateTimeConverter(z.object({ update: Item, compliance: Item }))(
      { update: shared, compliance: shared },
      HANOI,
    ) as Record<string, { at: DateTime; note: string }>
    expect([
      converted.update === converted.compliance,
      (converted.update as unknown) === shared,
      converted.update?.at.toISO(),
    ]).toEqual([true, false, '2025-06-30T08:00:00.000+07:00'])
  })

  it('gives one copy for an object twice in an array, and a frozen array', () => {
    const shared = { at: MONDAY_5PM, note: 'again' }
    const converted = dateTimeConverter(z.array(Item))([shared, shared], HANOI) as readonly Record<string, unknown>[]
    expect([converted[0] === converted[1], Object.isFrozen(converted), Object.isFrozen(converted[0])]).toEqual([true, true, true])
  })

  it('converts two equal but distinct objects apart', () => {
    const converted = dateTimeConverter(z.array(Item))(
      [
        { at: MONDAY_8AM, note: 'a' },
        { at: MONDAY_8AM, note: 'a' },
      ],
      HANOI,
    ) as readonly Record<string, unknown>[]
    expect(converted[0] === converted[1]).toBe(false)
  })

  it('shares nothing between two calls', () => {
    const shared = { at: MONDAY_8AM, note: 'once' }
    const convert = dateTimeConverter(Item)
    const first = convert(shared, HANOI)
    const second = convert(shared, HANOI)
    expect(first === second).toBe(false)
  })
})

describe('dateTimeConverter: schemas it cannot convert are refused when compiled', () => {
  it('refuses a union that holds an instant', () => {
    expect(() => dateTimeConverter(z.union([EpochMillis, z.string()]))).toThrow(
      new Error('dateTimeConverter: instants inside a union have no conversion'),
    )
  })

  it('refuses a tuple that holds an instant', () => {
    expect(() => dateTimeConverter(z.tuple([z.string(), EpochMillis]))).toThrow(
      new Error('dateTimeConverter: instants inside a tuple have no conversion'),
    )
  })

  it('refuses a kind of schema it has no conversion for, naming its type', () => {
    expect(() => dateTimeConverter(z.record(z.string(), EpochMillis))).toThrow(
      new Error('dateTimeConverter: no conversion for a record schema'),
    )
  })
})
