import { FixedOffsetZone, IANAZone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ZONE, firstInstantShowing, resolveZone, wallTimeToEpoch } from '../../src/core/zone.js'
import { caught } from '../support/caught.js'

/** The epoch ms of a wall time in `zone`, the wall time written as UTC fields. */
function wall(zone: string, year: number, month: number, day: number, hour: number, minute: number): number {
  const resolved = zone.startsWith('UTC') ? FixedOffsetZone.parseSpecifier(zone) : IANAZone.create(zone)
  if (resolved === null) throw new Error(zone)
  return wallTimeToEpoch(resolved, Date.UTC(year, month - 1, day, hour, minute))
}

describe('DEFAULT_ZONE', () => {
  it('is Asia/Ho_Chi_Minh', () => {
    expect(DEFAULT_ZONE).toBe('Asia/Ho_Chi_Minh')
  })
})

describe('resolveZone', () => {
  it('resolves an IANA zone name', () => {
    const zone = resolveZone('Asia/Ho_Chi_Minh')
    expect([zone.type, zone.name]).toEqual(['iana', 'Asia/Ho_Chi_Minh'])
  })

  it('resolves UTC', () => {
    expect(resolveZone('UTC').offset(0)).toBe(0)
  })

  it('resolves a fixed offset written UTC+7', () => {
    const zone = resolveZone('UTC+7')
    expect([zone.type, zone.offset(0)]).toEqual(['fixed', 420])
  })

  it('resolves a fixed offset with minutes, UTC-03:30', () => {
    expect(resolveZone('UTC-03:30').offset(0)).toBe(-210)
  })

  it('refuses an unknown zone with invalid_calendar at path zone', () => {
    const error = caught(() => resolveZone('Mars/Olympus'))
    expect([error.code, error.path]).toEqual(['invalid_calendar', ['zone']])
  })

  it('says in both languages that the zone is unknown', () => {
    expect(caught(() => resolveZone('Mars/Olympus')).messages).toEqual({
      vi: 'Định nghĩa lịch làm việc không hợp lệ: múi giờ không tồn tại trong cơ sở dữ liệu IANA',
      en: 'Invalid working calendar definition: the time zone is not a known IANA zone or UTC offset',
    })
  })

  it('refuses an offset written without UTC (+07:00)', () => {
    expect(caught(() => resolveZone('+07:00')).code).toBe('invalid_calendar')
  })

  it('refuses the empty string', () => {
    expect(caught(() => resolveZone('')).code).toBe('invalid_calendar')
  })

  it('reports the path it is given', () => {
    expect(caught(() => resolveZone('Nowhere', ['options', 'zone'])).path).toEqual(['options', 'zone'])
  })
})

describe('wallTimeToEpoch', () => {
  it('reads a wall time in a zone without DST', () => {
    expect(wall('Asia/Ho_Chi_Minh', 2026, 11, 27, 8, 0)).toBe(Date.UTC(2026, 10, 27, 1, 0))
  })

  it('reads a wall time in a fixed-offset zone', () => {
    expect(wall('UTC+7', 2026, 11, 27, 8, 0)).toBe(Date.UTC(2026, 10, 27, 1, 0))
  })

  it('reads a wall time in standard time and in summer time (New York)', () => {
    expect([wall('America/New_York', 2026, 1, 15, 9, 0), wall('America/New_York', 2026, 7, 15, 9, 0)]).toEqual([
      Date.UTC(2026, 0, 15, 14, 0),
      Date.UTC(2026, 6, 15, 13, 0),
    ])
  })

  it('moves a wall time in the New York gap forward by one hour: 02:30 on 8 March 2026 is 03:30 EDT', () => {
    expect(wall('America/New_York', 2026, 3, 8, 2, 30)).toBe(Date.UTC(2026, 2, 8, 7, 30))
  })

  it('maps the wall time just after the New York gap to the same instant as the gap start: 03:00 EDT', () => {
    expect([wall('America/New_York', 2026, 3, 8, 2, 0), wall('America/New_York', 2026, 3, 8, 3, 0)]).toEqual([
      Date.UTC(2026, 2, 8, 7, 0),
      Date.UTC(2026, 2, 8, 7, 0),
    ])
  })

  it('takes the earlier of a repeated wall time: 01:30 on 1 November 2026 in New York is 01:30 EDT', () => {
    expect(wall('America/New_York', 2026, 11, 1, 1, 30)).toBe(Date.UTC(2026, 10, 1, 5, 30))
  })

  it('moves a midnight that does not exist to 01:00: Santiago, 6 September 2026', () => {
    expect(wall('America/Santiago', 2026, 9, 6, 0, 0)).toBe(Date.UTC(2026, 8, 6, 4, 0))
  })

  it('takes the earlier of Santiago’s repeated 23:30 on 4 April 2026 (23:30 −03:00)', () => {
    expect(wall('America/Santiago', 2026, 4, 4, 23, 30)).toBe(Date.UTC(2026, 3, 5, 2, 30))
  })

  it('reads Santiago’s midnight after the repeated hour once: 00:00 −04:00 on 5 April 2026', () => {
    expect(wall('America/Santiago', 2026, 4, 5, 0, 0)).toBe(Date.UTC(2026, 3, 5, 4, 0))
  })

  it('moves a wall time in Lord Howe’s 30-minute gap forward by 30 minutes: 02:15 on 4 October 2026 is 02:45 +11:00', () => {
    expect(wall('Australia/Lord_Howe', 2026, 10, 4, 2, 15)).toBe(Date.UTC(2026, 9, 3, 15, 45))
  })

  it('takes the earlier of Lord Howe’s repeated 01:45 on 5 April 2026 (01:45 +11:00)', () => {
    expect(wall('Australia/Lord_Howe', 2026, 4, 5, 1, 45)).toBe(Date.UTC(2026, 3, 4, 14, 45))
  })

  it('moves a wall time in the Berlin gap forward: 02:30 on 29 March 2026 is 03:30 CEST', () => {
    expect(wall('Europe/Berlin', 2026, 3, 29, 2, 30)).toBe(Date.UTC(2026, 2, 29, 1, 30))
  })

  it('takes the earlier of Berlin’s repeated 02:30 on 25 October 2026 (02:30 CEST)', () => {
    expect(wall('Europe/Berlin', 2026, 10, 25, 2, 30)).toBe(Date.UTC(2026, 9, 25, 0, 30))
  })
})

describe('firstInstantShowing: where interval bounds and day starts fall', () => {
  function first(zone: string, year: number, month: number, day: number, hour: number, minute: number): number {
    return firstInstantShowing(IANAZone.create(zone), Date.UTC(year, month - 1, day, hour, minute))
  }

  it('agrees with wallTimeToEpoch on an ordinary day', () => {
    expect(first('America/New_York', 2026, 7, 15, 9, 0)).toBe(Date.UTC(2026, 6, 15, 13, 0))
  })

  it('places a wall time in the New York gap at the jump: 02:30 on 8 March 2026 is 03:00 EDT', () => {
    expect(first('America/New_York', 2026, 3, 8, 2, 30)).toBe(Date.UTC(2026, 2, 8, 7, 0))
  })

  it('places the gap’s start and its end at the same instant (02:00 and 03:00 on 8 March 2026)', () => {
    expect([first('America/New_York', 2026, 3, 8, 2, 0), first('America/New_York', 2026, 3, 8, 3, 0)]).toEqual([
      Date.UTC(2026, 2, 8, 7, 0),
      Date.UTC(2026, 2, 8, 7, 0),
    ])
  })

  it('takes the first occurrence of a repeated wall time: 01:30 on 1 November 2026 is 01:30 EDT', () => {
    expect(first('America/New_York', 2026, 11, 1, 1, 30)).toBe(Date.UTC(2026, 10, 1, 5, 30))
  })

  it('places Santiago’s missing midnight of 6 September 2026 at 01:00 −03:00', () => {
    expect(first('America/Santiago', 2026, 9, 6, 0, 0)).toBe(Date.UTC(2026, 8, 6, 4, 0))
  })

  it('places a wall time in Lord Howe’s 30-minute gap at the jump: 02:15 on 4 October 2026 is 02:30 +11:00', () => {
    expect(first('Australia/Lord_Howe', 2026, 10, 4, 2, 15)).toBe(Date.UTC(2026, 9, 3, 15, 30))
  })
})
