import { Duration } from 'luxon'
import { describe, expect, it } from 'vitest'
import { toDurationMillis } from '../../src/core/duration.js'
import { DETAILS } from '../../src/core/messages.js'
import { caught } from '../support/caught.js'

describe('toDurationMillis: where a refusal is reported', () => {
  it('reports the root path when none is given', () => {
    const error = caught(() => toDurationMillis({}))
    expect([error.code, error.path]).toEqual(['invalid_input', []])
  })

  it('reports a unit at the root path plus its name when no path is given', () => {
    expect(caught(() => toDurationMillis({ days: 1 })).path).toEqual(['days'])
  })
})

describe('toDurationMillis: every refusal says what a working duration is, never that the value was unreadable', () => {
  const refusal = (value: unknown): [string, readonly (string | number)[], string] => {
    const error = caught(() => toDurationMillis(value, ['duration']))
    return [error.code, error.path, error.detail.en]
  }

  it('refuses an object that carries luxon’s Duration flag but has no toObject', () => {
    expect(refusal({ isLuxonDuration: true, hours: 1 })).toEqual(['invalid_input', ['duration'], DETAILS.notADuration.en])
  })

  it('refuses a bare number and a string', () => {
    expect([refusal(5), refusal('PT1H')]).toEqual([
      ['invalid_input', ['duration'], DETAILS.notADuration.en],
      ['invalid_input', ['duration'], DETAILS.notADuration.en],
    ])
  })

  it('refuses null', () => {
    expect(refusal(null)).toEqual(['invalid_input', ['duration'], DETAILS.notADuration.en])
  })

  it('refuses an empty object and an invalid luxon Duration', () => {
    expect([refusal({}), refusal(Duration.invalid('broken'))]).toEqual([
      ['invalid_input', ['duration'], DETAILS.notADuration.en],
      ['invalid_input', ['duration'], DETAILS.notADuration.en],
    ])
  })

  it('refuses a length beyond the safe integers of milliseconds', () => {
    // 1e300 hours is 3.6e306 ms, far past Number.MAX_SAFE_INTEGER (about 9.007e15).
    expect(refusal({ hours: 1e300 })).toEqual(['invalid_input', ['duration'], DETAILS.notADuration.en])
  })

  it('refuses a unit given as a string or a boolean at the path of the unit', () => {
    expect([refusal({ minutes: '30' }), refusal({ seconds: true })]).toEqual([
      ['invalid_input', ['duration', 'minutes'], DETAILS.notADuration.en],
      ['invalid_input', ['duration', 'seconds'], DETAILS.notADuration.en],
    ])
  })

  it('refuses an object whose getter throws as unreadable, at the path', () => {
    const value = {
      get hours(): never {
        throw new Error('no')
      },
    }
    expect(refusal(value)).toEqual(['invalid_input', ['duration'], DETAILS.unreadableValue.en])
  })
})

describe('toDurationMillis: the largest lengths accepted', () => {
  it('accepts Number.MAX_SAFE_INTEGER milliseconds and refuses one more', () => {
    expect(toDurationMillis({ milliseconds: Number.MAX_SAFE_INTEGER })).toBe(9_007_199_254_740_991)
    // 2^53 is no safe integer.
    expect(caught(() => toDurationMillis({ milliseconds: 2 ** 53 })).detail.en).toBe(DETAILS.notADuration.en)
  })
})
