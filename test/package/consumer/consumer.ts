// A consumer of the published package, compiled by test/package/consumer-types.test.ts against dist/
// under `tsc --strict` without skipLibCheck (node16 as ESM and as CommonJS, and bundler resolution).
// Each `@ts-expect-error` must meet an error: were a type `any`, the line would be an unused directive,
// itself an error. The repository's typecheck compiles it too, against the sources.
import {
  type CalendarDay,
  type ErrorCode,
  isVnTaskSlaError,
  OFFSETLESS_READINGS,
  type OffsetlessReading,
  vietnamCalendar,
  type WorkingCalendar,
  workingCalendar,
} from 'vn-task-sla'
import { holidayExceptions } from 'vn-task-sla/date-holidays'

const cal: WorkingCalendar = vietnamCalendar({ offsetless: 'reject' })

// Results are valid DateTimes and Durations: toISO() is a string, never null.
export const due: string = cal.addWorkingTime('2026-01-05T08:00+07:00', { hours: 4 }).toISO()
export const end: string = cal.endOfDay('2026-01-05').toISO()
export const dayOff: string = cal.addWorkingDays('2026-01-05', 3, { dayEnd: 'close-of-business' }).toISODate()
export const spent: string = cal.workingTimeBetween('2026-01-05T08:00+07:00', '2026-01-06T08:00+07:00').toISO()
export const hours: number = cal.explain.addWorkingTime('2026-01-05T08:00+07:00', { hours: 1 }).workingTime.as('hours')
export const next: CalendarDay = cal.nextWorkingDay('2026-01-05')
export const readings: readonly OffsetlessReading[] = OFFSETLESS_READINGS

// @ts-expect-error toISO() of a valid DateTime is a string: it cannot be null
export const nothing: null = cal.toDateTime('2026-01-05T08:00+07:00').toISO()

// @ts-expect-error a result is a DateTime, not a string
export const notText: string = cal.addWorkingDays('2026-01-05', 3)

// @ts-expect-error a working duration has no days: working days are addWorkingDays
cal.addWorkingTime('2026-01-05T08:00+07:00', { days: 1 })

// @ts-expect-error boundary is 'stay' or 'next-opening'
cal.addWorkingTime('2026-01-05T08:00+07:00', { hours: 1 }, { boundary: 'later' })

// @ts-expect-error a misspelt option
cal.addWorkingDays('2026-01-05', 1, { dayEnds: 'midnight' })

// @ts-expect-error a number of days is a number
cal.addWorkingDays('2026-01-05', '3')

// @ts-expect-error a calendar is read-only
cal.zone = 'UTC'

// @ts-expect-error vietnamCalendar's options are closed: a misspelt option
vietnamCalendar({ zon: 'Asia/Ho_Chi_Minh' })

// @ts-expect-error offsetless is 'calendar-zone' or 'reject'
vietnamCalendar({ offsetless: 'utc' })

// @ts-expect-error a working calendar needs its week
workingCalendar({ zone: 'Europe/Paris' })

const range = { from: '2026-01-01', to: '2026-12-31' }
export const paris: WorkingCalendar = workingCalendar({
  zone: 'Europe/Paris',
  week: { monday: [['09:00', '17:00']] },
  range,
  exceptions: holidayExceptions({ country: 'FR', range }),
})

// @ts-expect-error holidayExceptions needs the range to give exceptions for
holidayExceptions({ country: 'FR' })

// @ts-expect-error types are date-holidays' kinds of holiday
holidayExceptions({ country: 'FR', range, types: ['national'] })

export function codeOf(error: unknown): ErrorCode | undefined {
  if (!isVnTaskSlaError(error)) return undefined
  // @ts-expect-error an error's code is one of ERROR_CODES
  const unknownCode: 'no_such_code' = error.code
  return unknownCode === 'no_such_code' ? undefined : error.code
}
