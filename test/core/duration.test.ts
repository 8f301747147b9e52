import { Duration } from 'luxon'
import { describe, expect, it } from 'vitest'
import { toDurationMillis } from '../../src/core/duration.js'
import { caught } from '../support/caught.js'

const NOT_A_DURATION = {
  vi: 'Dữ liệu đầu vào không hợp lệ: thời lượng làm việc là một đối tượng chỉ gồm hours, minutes, seconds, milliseconds (số hữu hạn); ngày làm việc thì dùng addWorkingDays',
  en: 'Invalid input: a working duration is an object of hours, minutes, seconds and milliseconds only (finite numbers); for working days use addWorkingDays',
}

describe('toDurationMillis', () => {
  it('converts hours to milliseconds', () => {
    expect(toDurationMillis({ hours: 4 })).toBe(14_400_000)
  })

  it('adds hours, minutes, seconds and milliseconds', () => {
    expect(toDurationMillis({ hours: 1, minutes: 2, seconds: 3, milliseconds: 4 })).toBe(3_723_004)
  })

  it('accepts the singular unit names', () => {
    expect(toDurationMillis({ hour: 1, minute: 1, second: 1, millisecond: 1 })).toBe(3_661_001)
  })

  it('accepts fractional units', () => {
    expect(toDurationMillis({ hours: 1.5 })).toBe(5_400_000)
  })

  it('accepts units of mixed sign', () => {
    expect(toDurationMillis({ hours: 1, minutes: -30 })).toBe(1_800_000)
  })

  it('accepts a negative length', () => {
    expect(toDurationMillis({ minutes: -90 })).toBe(-5_400_000)
  })

  it('rounds the sum to the millisecond, half up', () => {
    expect([toDurationMillis({ milliseconds: 0.5 }), toDurationMillis({ milliseconds: 1.4 })]).toEqual([1, 1])
  })

  it('never returns -0', () => {
    expect(Object.is(toDurationMillis({ milliseconds: -0.4 }), 0)).toBe(true)
  })

  it('reads a luxon Duration', () => {
    expect(toDurationMillis(Duration.fromObject({ hours: 1, minutes: 30 }))).toBe(5_400_000)
  })

  it('reads a zero luxon Duration as zero', () => {
    expect(toDurationMillis(Duration.fromMillis(0))).toBe(0)
  })

  it('ignores a unit given as undefined next to a defined one', () => {
    expect(toDurationMillis({ hours: 2, minutes: undefined })).toBe(7_200_000)
  })

  it('refuses days, a working day not being 24 hours, at the path of the unit', () => {
    const error = caught(() => toDurationMillis({ days: 1 }, ['duration']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['duration', 'days']])
  })

  it('refuses a luxon Duration in days', () => {
    const error = caught(() => toDurationMillis(Duration.fromObject({ days: 1 }), ['duration']))
    expect(error.path).toEqual(['duration', 'days'])
  })

  it("refuses { hours: 'four' } at duration.hours, in both languages", () => {
    const error = caught(() => toDurationMillis({ hours: 'four' }, ['duration']))
    expect([error.code, error.path, error.messages]).toEqual(['invalid_input', ['duration', 'hours'], NOT_A_DURATION])
  })

  it('refuses NaN at the path of the unit', () => {
    const error = caught(() => toDurationMillis({ hours: Number.NaN }, ['duration']))
    expect(error.path).toEqual(['duration', 'hours'])
  })

  it('refuses Infinity at the path of the unit', () => {
    const error = caught(() => toDurationMillis({ minutes: Number.POSITIVE_INFINITY }, ['duration']))
    expect(error.path).toEqual(['duration', 'minutes'])
  })

  it('refuses a length beyond the safe integers of milliseconds', () => {
    const error = caught(() => toDurationMillis({ hours: 1e300 }, ['duration']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['duration']])
  })

  it('refuses an empty object, which names no length', () => {
    const error = caught(() => toDurationMillis({}, ['duration']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['duration']])
  })

  it('refuses an object whose only unit is undefined', () => {
    const error = caught(() => toDurationMillis({ hours: undefined }, ['duration']))
    expect(error.path).toEqual(['duration'])
  })

  it('refuses an invalid luxon Duration', () => {
    const error = caught(() => toDurationMillis(Duration.invalid('broken'), ['duration']))
    expect([error.code, error.path]).toEqual(['invalid_input', ['duration']])
  })

  it('refuses a bare number, a string, null and an array', () => {
    const paths = [5, 'PT1H', null, []].map((value) => caught(() => toDurationMillis(value, ['duration'])).path)
    expect(paths).toEqual([['duration'], ['duration'], ['duration'], ['duration']])
  })

  it('reads only own units, never inherited ones', () => {
    const error = caught(() => toDurationMillis(Object.create({ hours: 1 }), ['duration']))
    expect(error.path).toEqual(['duration'])
  })
})
