import { describe, expect, it } from 'vitest'
import { vietnamCalendar } from '../../src/index.js'
import { caught } from '../support/caught.js'

// The days describeDay and the explanations report. 1 and 2 January 2026 are off (Công văn
// 12729/VPCP-KGVX: New Year's Day and the swap for Saturday 10 January); 3–4 January are a weekend.

describe('describeDay', () => {
  it('names the day outside the calendar (2000-01-01 to 2100-12-31) at the path day', () => {
    const error = caught(() => vietnamCalendar().describeDay('1999-12-31'))
    expect([error.code, error.path]).toEqual(['outside_calendar_range', ['day']])
  })
})

describe('the skipped days of a count backwards', () => {
  it('lists the days without working time from the start back to the result, latest first', () => {
    const explanation = vietnamCalendar().explain.addWorkingDays('2026-01-05', -1)
    expect([
      explanation.result.toISO(),
      explanation.skipped.map((day) => [day.date, day.working, day.reasons.map((reason) => reason.kind)]),
    ]).toEqual([
      '2025-12-31T23:59:59.999+07:00',
      [
        ['2026-01-04', false, ['weekly-rest']],
        ['2026-01-03', false, ['weekly-rest']],
        ['2026-01-02', false, ['swap-day-off']],
        ['2026-01-01', false, ['public-holiday']],
      ],
    ])
  })
})

describe('the skipped days of workingTimeBetween include both ends', () => {
  it('forwards, up to a Saturday: Wednesday 31 December 2025 16:00 to Saturday 3 January 2026 10:00 is one hour', () => {
    const explanation = vietnamCalendar().explain.workingTimeBetween('2025-12-31T16:00', '2026-01-03T10:00')
    expect([explanation.workingTime.toISO(), explanation.skipped.map((day) => day.date)]).toEqual([
      'PT1H',
      ['2026-01-01', '2026-01-02', '2026-01-03'],
    ])
  })

  it('backwards, down to a Saturday: Monday 5 January 2026 10:00 to Saturday 3 January 10:00 is minus two hours', () => {
    const explanation = vietnamCalendar().explain.workingTimeBetween('2026-01-05T10:00', '2026-01-03T10:00')
    expect([explanation.workingTime.toISO(), explanation.skipped.map((day) => day.date)]).toEqual([
      'PT-2H',
      ['2026-01-04', '2026-01-03'],
    ])
  })
})
