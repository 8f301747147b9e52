import { DateTime, FixedOffsetZone, IANAZone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { toEpochMillis } from '../../src/core/instant.js'
import { caught } from '../support/caught.js'

const HO_CHI_MINH = IANAZone.create('Asia/Ho_Chi_Minh')
const NEW_YORK = IANAZone.create('America/New_York')
const SANTIAGO = IANAZone.create('America/Santiago')

/** 2025-06-30T08:00+07:00 */
const MONDAY_8AM = Date.UTC(2025, 5, 30, 1, 0)

describe('toEpochMillis: ISO strings', () => {
  it('reads an ISO string with an offset as written', () => {
    expect(toEpochMillis('2025-06-30T08:00:00+07:00', NEW_YORK)).toBe(MONDAY_8AM)
  })

  it('reads an ISO string in UTC (Z) as written', () => {
    expect(toEpochMillis('2025-06-30T01:00:00Z', NEW_YORK)).toBe(MONDAY_8AM)
  })

  it('reads an offset written without a colon (+0700)', () => {
    expect(toEpochMillis('2025-06-30T08:00+0700', NEW_YORK)).toBe(MONDAY_8AM)
  })

  it('keeps milliseconds and a negative offset', () => {
    expect(toEpochMillis('2025-06-30T08:00:00.123-05:00', HO_CHI_MINH)).toBe(Date.UTC(2025, 5, 30, 13, 0, 0, 123))
  })

  it('reads an ISO string without offset as wall time in the given zone', () => {
    expect(toEpochMillis('2025-06-30T08:00', HO_CHI_MINH)).toBe(MONDAY_8AM)
  })

  it('reads the same wall time in another zone as another instant', () => {
    expect(toEpochMillis('2025-06-30T08:00', NEW_YORK)).toBe(Date.UTC(2025, 5, 30, 12, 0))
  })

  it('accepts an hour without minutes (2025-06-30T08)', () => {
    expect(toEpochMillis('2025-06-30T08', HO_CHI_MINH)).toBe(MONDAY_8AM)
  })

  it('accepts 24:00 as the end of the day', () => {
    expect(toEpochMillis('2025-06-30T24:00', HO_CHI_MINH)).toBe(Date.UTC(2025, 5, 30, 17, 0))
  })

  it('shifts a wall time in a DST gap forward by the gap (New York, 02:30 on 8 March 2026 is 03:30 EDT)', () => {
    expect(toEpochMillis('2026-03-08T02:30', NEW_YORK)).toBe(Date.UTC(2026, 2, 8, 7, 30))
  })

  it('takes the earlier occurrence of a repeated wall time (New York, 01:30 on 1 November 2026 is 01:30 EDT)', () => {
    expect(toEpochMillis('2026-11-01T01:30', NEW_YORK)).toBe(Date.UTC(2026, 10, 1, 5, 30))
  })

  it('shifts a midnight that does not exist to 01:00 (Santiago, 6 September 2026)', () => {
    expect(toEpochMillis('2026-09-06T00:00', SANTIAGO)).toBe(Date.UTC(2026, 8, 6, 4, 0))
  })

  it('reads a wall time in a fixed-offset zone', () => {
    expect(toEpochMillis('2025-06-30T08:00', FixedOffsetZone.instance(420))).toBe(MONDAY_8AM)
  })

  it('refuses a calendar day, which is not an instant, with its own message', () => {
    const error = caught(() => toEpochMillis('2025-06-30', HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.messages.en]).toEqual([
      'invalid_input',
      ['start'],
      'Invalid input: a calendar day (YYYY-MM-DD) is not an instant; give a time too, e.g. 2025-06-30T08:00',
    ])
  })

  it('refuses text that is not a date', () => {
    const error = caught(() => toEpochMillis('not a date', HO_CHI_MINH, ['start']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['start']])
  })

  it('refuses a date that does not exist (2025-02-30T08:00)', () => {
    const error = caught(() => toEpochMillis('2025-02-30T08:00', HO_CHI_MINH, ['start']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['start']])
  })

  it('refuses a time without a date, which luxon would read as today', () => {
    const error = caught(() => toEpochMillis('08:00', HO_CHI_MINH, ['start']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['start']])
  })

  it('refuses a year and month without a day', () => {
    const error = caught(() => toEpochMillis('2025-06', HO_CHI_MINH, ['start']))
    expect(error.code).toBe('invalid_input')
  })

  it('refuses a space that does not stand between date and time', () => {
    const error = caught(() => toEpochMillis('2025-06-30  08:00', HO_CHI_MINH, ['start']))
    expect(error.code).toBe('invalid_input')
  })

  it('never echoes the refused text in its message', () => {
    const error = caught(() => toEpochMillis('secret-2025', HO_CHI_MINH, ['start']))
    expect(error.message.includes('secret')).toBe(false)
  })
})

describe('toEpochMillis: the forms a database gives (RFC 3339 §5.6, PostgreSQL timestamptz text)', () => {
  /** 2026-01-05T08:30+07:00 */
  const MONDAY_0830 = Date.UTC(2026, 0, 5, 1, 30)

  it('reads a space in place of the T, with an hour-only offset (2026-01-05 08:30:00+07)', () => {
    expect(toEpochMillis('2026-01-05 08:30:00+07', NEW_YORK)).toBe(MONDAY_0830)
  })

  it('reads microseconds, cutting them to milliseconds (.123456 → 123 ms)', () => {
    expect(toEpochMillis('2026-01-05 08:30:00.123456+07', NEW_YORK)).toBe(MONDAY_0830 + 123)
  })

  it('cuts, never rounds, what lies beyond the millisecond (.9999 → 999 ms)', () => {
    expect(toEpochMillis('2026-01-05 08:30:00.9999+07', NEW_YORK)).toBe(MONDAY_0830 + 999)
  })

  it('reads a half-hour offset and Z after a space (India +05:30 is 03:00Z; 01:30Z)', () => {
    expect([toEpochMillis('2026-01-05 08:30:00+05:30', HO_CHI_MINH), toEpochMillis('2026-01-05 01:30:00Z', NEW_YORK)]).toEqual([
      Date.UTC(2026, 0, 5, 3, 0),
      MONDAY_0830,
    ])
  })

  it('reads a space-separated time without an offset as wall time in the zone, like the T form', () => {
    expect(toEpochMillis('2026-01-05 08:30:00', HO_CHI_MINH)).toBe(MONDAY_0830)
  })
})

describe("toEpochMillis: offsetless 'reject'", () => {
  it('refuses a T-form instant without an offset, saying what is missing', () => {
    const error = caught(() => toEpochMillis('2026-01-05T08:30', HO_CHI_MINH, ['start'], 'reject'))
    expect([error.code, error.path, error.messages.en, error.messages.vi]).toEqual([
      'invalid_input',
      ['start'],
      'Invalid input: the instant must carry an offset (Z or ±hh:mm): this calendar does not read times without one (offsetless: reject)',
      'Dữ liệu đầu vào không hợp lệ: thời điểm phải ghi độ lệch múi giờ (Z hoặc ±hh:mm): lịch này không đọc giờ không có múi giờ (offsetless: reject)',
    ])
  })

  it('refuses a SQL timestamp without a time zone, naming it', () => {
    const error = caught(() => toEpochMillis('2026-01-05 01:30:00', HO_CHI_MINH, ['start'], 'reject'))
    expect([error.code, error.messages.en]).toEqual([
      'invalid_input',
      'Invalid input: this looks like a SQL timestamp without a time zone (timestamp without time zone): give its offset (+07, Z), e.g. store a timestamptz; this calendar does not read times without one (offsetless: reject)',
    ])
  })

  it('still reads instants with an offset, DateTimes, Dates and epoch milliseconds', () => {
    const read = [
      '2026-01-05T01:30Z',
      '2026-01-05 08:30:00+07',
      new Date(Date.UTC(2026, 0, 5, 1, 30)),
      Date.UTC(2026, 0, 5, 1, 30),
    ]
    expect(read.map((value) => toEpochMillis(value, HO_CHI_MINH, [], 'reject'))).toEqual(
      Array(4).fill(Date.UTC(2026, 0, 5, 1, 30)),
    )
  })
})

describe('toEpochMillis: other forms', () => {
  it('takes an integer as epoch milliseconds', () => {
    expect(toEpochMillis(MONDAY_8AM, HO_CHI_MINH)).toBe(MONDAY_8AM)
  })

  it('takes negative epoch milliseconds (before 1970)', () => {
    expect(toEpochMillis(-1, HO_CHI_MINH)).toBe(-1)
  })

  it('refuses a fractional number with the epoch-milliseconds message', () => {
    const error = caught(() => toEpochMillis(1.5, HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.messages.en]).toEqual([
      'invalid_input',
      ['start'],
      'Invalid input: the value must be a finite whole number of milliseconds',
    ])
  })

  it('says a fractional number the size of epoch seconds looks like seconds (SQL extract(epoch …))', () => {
    const error = caught(() => toEpochMillis(1_767_576_600.25, HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.messages.en, error.messages.vi]).toEqual([
      'invalid_input',
      ['start'],
      'Invalid input: the number has the size of epoch (Unix) seconds, not epoch milliseconds: multiply it by 1000',
      'Dữ liệu đầu vào không hợp lệ: số này có độ lớn của giây epoch (Unix), không phải mili giây epoch: hãy nhân với 1000',
    ])
  })

  it('refuses NaN', () => {
    const error = caught(() => toEpochMillis(Number.NaN, HO_CHI_MINH, ['start']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['start']])
  })

  it('refuses Infinity', () => {
    const error = caught(() => toEpochMillis(Number.POSITIVE_INFINITY, HO_CHI_MINH, ['start']))
    expect(error.code).toBe('invalid_input')
  })

  it('takes the instant of a luxon DateTime, whatever its zone', () => {
    const tokyo = DateTime.fromISO('2025-06-30T10:00', { zone: 'Asia/Tokyo' })
    expect(toEpochMillis(tokyo, NEW_YORK)).toBe(MONDAY_8AM)
  })

  it('refuses an invalid DateTime', () => {
    const error = caught(() => toEpochMillis(DateTime.invalid('broken'), HO_CHI_MINH, ['start']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['start']])
  })

  it('takes the instant of a JS Date', () => {
    expect(toEpochMillis(new Date(MONDAY_8AM), HO_CHI_MINH)).toBe(MONDAY_8AM)
  })

  it('refuses an invalid JS Date', () => {
    const error = caught(() => toEpochMillis(new Date(Number.NaN), HO_CHI_MINH, ['start']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['start']])
  })

  it('refuses null, undefined, objects, arrays and booleans', () => {
    const codes = [null, undefined, {}, [], true].map((value) => caught(() => toEpochMillis(value, HO_CHI_MINH)).code)
    expect(codes).toEqual(['invalid_input', 'invalid_input', 'invalid_input', 'invalid_input', 'invalid_input'])
  })

  it('reports the root path when none is given', () => {
    expect(caught(() => toEpochMillis(null, HO_CHI_MINH)).path).toEqual([])
  })
})
