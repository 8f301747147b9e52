import { Zone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { firstInstantShowing, resolveZone, wallTimeToEpoch } from '../../src/core/zone.js'
import { caught } from '../support/caught.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * A zone whose offset (in minutes) changes at the given instants: each step holds from its instant on.
 * Real zones rarely change twice within two days; these do, to show which reading of a wall time wins.
 */
class SteppedZone extends Zone {
  constructor(
    private readonly first: number,
    private readonly steps: readonly (readonly [from: number, offset: number])[],
  ) {
    super()
  }
  override get type(): string {
    return 'stepped'
  }
  override get name(): string {
    return 'Test/Stepped'
  }
  override get isUniversal(): boolean {
    return false
  }
  override offsetName(): string {
    return 'stepped'
  }
  override formatOffset(): string {
    return ''
  }
  override offset(ts: number): number {
    let offset = this.first
    for (const [from, next] of this.steps) if (ts >= from) offset = next
    return offset
  }
  override equals(other: Zone): boolean {
    return other === this
  }
  override get isValid(): boolean {
    return true
  }
}

describe('resolveZone: the range of fixed offsets', () => {
  it('accepts the extreme real offsets, UTC+14 (Kiribati) and UTC-12, as fixed zones', () => {
    const zones = [resolveZone('UTC+14'), resolveZone('UTC+14:00'), resolveZone('UTC-12')]
    // +14 h is 840 minutes, -12 h is -720.
    expect(zones.map((zone) => [zone.type, zone.offset(0)])).toEqual([
      ['fixed', 840],
      ['fixed', 840],
      ['fixed', -720],
    ])
  })

  it('accepts -14:00 too, the bound being the same on both sides', () => {
    expect(resolveZone('UTC-14:00').offset(0)).toBe(-840)
  })

  it('refuses an offset beyond 14 hours (UTC+14:30, UTC+15) as an unknown zone at its path', () => {
    const errors = ['UTC+14:30', 'UTC+15'].map((name) => caught(() => resolveZone(name, ['calendar', 'zone'])))
    expect(errors.map((error) => [error.code, error.path])).toEqual([
      ['invalid_calendar', ['calendar', 'zone']],
      ['invalid_calendar', ['calendar', 'zone']],
    ])
  })

  it('reads a fixed offset only in the documented capital form: utc+7 is no zone', () => {
    expect(caught(() => resolveZone('utc+7')).code).toBe('invalid_calendar')
  })

  it('refuses text around a fixed offset', () => {
    const codes = ['UTC+7 ', 'UTC+7:30x', 'Etc/UTC+7'].map((name) => caught(() => resolveZone(name)).code)
    expect(codes).toEqual(['invalid_calendar', 'invalid_calendar', 'invalid_calendar'])
  })
})

describe('reading a wall time in a zone that changes its offset twice within two days', () => {
  // The wall time read: 12:00 on 10 January 2030, written as if it were UTC.
  const wall = Date.UTC(2030, 0, 10, 12, 0)

  it('takes the earlier of two occurrences even when the later one is read with the offset in force before', () => {
    // Offset 0, then +1 h from 10:00Z, back to 0 from 11:30Z, +1 h again from 14:00Z.
    // The clock shows 12:00 at 11:00Z (offset +1 h) and again at 12:00Z (offset 0): the first is 11:00Z.
    const zone = new SteppedZone(0, [
      [wall - 2 * HOUR, 60],
      [wall - 30 * MINUTE, 0],
      [wall + 2 * HOUR, 60],
    ])
    expect([wallTimeToEpoch(zone, wall), firstInstantShowing(zone, wall)]).toEqual([
      Date.UTC(2030, 0, 10, 11, 0),
      Date.UTC(2030, 0, 10, 11, 0),
    ])
  })

  it('finds the wall time at its own instant after a short spell of an earlier offset, not at that spell', () => {
    // Offset 0, then -1 h from 11:15Z, back to 0 from 11:45Z, +1 h from 14:00Z. During the spell the
    // clock shows 10:15–10:45, never 12:00 or later; it first shows 12:00 at 12:00Z.
    const zone = new SteppedZone(0, [
      [wall - 45 * MINUTE, -60],
      [wall - 15 * MINUTE, 0],
      [wall + 2 * HOUR, 60],
    ])
    expect([wallTimeToEpoch(zone, wall), firstInstantShowing(zone, wall)]).toEqual([
      Date.UTC(2030, 0, 10, 12, 0),
      Date.UTC(2030, 0, 10, 12, 0),
    ])
  })
})
