import * as z from 'zod/mini'
import { CalendarDay } from '../../core/calendar-day.js'
import { deepFreeze } from '../../core/freeze.js'
import { DayHours, EXCEPTION_KINDS, LocalizedName } from '../definition.js'

/** One day of an announced schedule: a weekday off, or a rest day worked. */
export const OfficialScheduleDay = z.strictObject({
  date: CalendarDay,
  kind: z.enum(EXCEPTION_KINDS),
  name: LocalizedName,
  /** The document that announced this day; the schedule's source when absent. */
  source: z.optional(z.string()),
  hours: z.optional(DayHours),
})
export type OfficialScheduleDay = z.infer<typeof OfficialScheduleDay>

/**
 * A year's announced day-off schedule for civil servants: the days the announcements add to the
 * fixed statutory holidays (the National Day adjacent day, Tết days moved off a weekend, swaps,
 * nghỉ bù, make-up working Saturdays). The statutory holidays themselves are always added from
 * the Labour Code; listing them again only adds the announcement as a second reason.
 */
export const OfficialSchedule = z
  .strictObject({
    year: z.int(),
    source: z.string().check(z.minLength(1)),
    days: z.readonly(z.array(OfficialScheduleDay)),
  })
  .check(
    z.superRefine((schedule, context) => {
      schedule.days.forEach((day, index) => {
        if (!day.date.startsWith(`${String(schedule.year).padStart(4, '0')}-`)) {
          context.addIssue({ code: 'custom', message: 'scheduleDayOutsideYear', path: ['days', index, 'date'] })
        }
      })
    }),
  )
export type OfficialSchedule = z.input<typeof OfficialSchedule>

const SOURCE_2024_BREAKS = 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (theo Công văn 8662/VPCP-KGVX ngày 3/11/2023)'
const SOURCE_2024_SWAP = 'Công văn 2450/VPCP-KGVX ngày 12/4/2024'
const SOURCE_2024 = `${SOURCE_2024_BREAKS}; ${SOURCE_2024_SWAP}`
const SOURCE_2025 = 'Thông báo 6150/TB-BLĐTBXH ngày 3/12/2024 (theo Công văn 8726/VPCP-KGVX)'
const SOURCE_2026_NEW_YEAR = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'
const SOURCE_2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025'

/**
 * The civil-service schedules announced for 2024–2026. Each year's weekdays off are these days
 * plus the statutory holidays that fall on weekdays; the counts are 251, 250 and 250 working days.
 */
export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = deepFreeze([
  {
    year: 2024,
    source: SOURCE_2024,
    days: [
      {
        date: '2024-02-08',
        kind: 'compensatory-day-off',
        name: { vi: 'Nghỉ Tết Âm lịch (thay Thứ Bảy 10/2)', en: 'Lunar New Year break (in place of Saturday 10 Feb)' },
        source: `${SOURCE_2024_BREAKS}; Bộ luật Lao động 2019, khoản 3 Điều 111`,
      },
      {
        date: '2024-02-14',
        kind: 'compensatory-day-off',
        name: { vi: 'Nghỉ Tết Âm lịch (thay Chủ Nhật 11/2)', en: 'Lunar New Year break (in place of Sunday 11 Feb)' },
        source: `${SOURCE_2024_BREAKS}; Bộ luật Lao động 2019, khoản 3 Điều 111`,
      },
      {
        date: '2024-04-29',
        kind: 'swap-day-off',
        name: { vi: 'Nghỉ hoán đổi (làm bù Thứ Bảy 4/5)', en: 'Swapped day off (worked on Saturday 4 May)' },
        source: SOURCE_2024_SWAP,
      },
      {
        date: '2024-05-04',
        kind: 'make-up-working-day',
        name: { vi: 'Làm bù cho Thứ Hai 29/4', en: 'Make-up working day for Monday 29 April' },
        source: SOURCE_2024_SWAP,
      },
      {
        date: '2024-09-03',
        kind: 'public-holiday',
        name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
        source: `Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; ${SOURCE_2024_BREAKS}`,
      },
    ],
  },
  {
    year: 2025,
    source: SOURCE_2025,
    days: [
      {
        date: '2025-01-27',
        kind: 'compensatory-day-off',
        name: { vi: 'Nghỉ Tết Âm lịch (thay Thứ Bảy 1/2)', en: 'Lunar New Year break (in place of Saturday 1 Feb)' },
      },
      {
        date: '2025-05-02',
        kind: 'swap-day-off',
        name: { vi: 'Nghỉ hoán đổi (làm bù Thứ Bảy 26/4)', en: 'Swapped day off (worked on Saturday 26 April)' },
      },
      {
        date: '2025-04-26',
        kind: 'make-up-working-day',
        name: { vi: 'Làm bù cho Thứ Sáu 2/5', en: 'Make-up working day for Friday 2 May' },
      },
      {
        date: '2025-09-01',
        kind: 'public-holiday',
        name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
        source: `Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; ${SOURCE_2025}`,
      },
    ],
  },
  {
    year: 2026,
    source: `${SOURCE_2026_NEW_YEAR}; ${SOURCE_2026}`,
    days: [
      {
        date: '2026-01-02',
        kind: 'swap-day-off',
        name: { vi: 'Nghỉ hoán đổi (làm bù Thứ Bảy 10/1)', en: 'Swapped day off (worked on Saturday 10 January)' },
        source: SOURCE_2026_NEW_YEAR,
      },
      {
        date: '2026-01-10',
        kind: 'make-up-working-day',
        name: { vi: 'Làm bù cho Thứ Sáu 2/1', en: 'Make-up working day for Friday 2 January' },
        source: SOURCE_2026_NEW_YEAR,
      },
      {
        date: '2026-04-27',
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ Nhật 26/4)',
          en: "Compensatory day off for Hùng Kings' Day (on Sunday 26 April)",
        },
        source: 'Bộ luật Lao động 2019, khoản 3 Điều 111',
      },
      {
        date: '2026-08-22',
        kind: 'make-up-working-day',
        name: { vi: 'Làm bù cho Thứ Hai 31/8', en: 'Make-up working day for Monday 31 August' },
        source: SOURCE_2026,
      },
      {
        date: '2026-08-31',
        kind: 'swap-day-off',
        name: { vi: 'Nghỉ hoán đổi (làm bù Thứ Bảy 22/8)', en: 'Swapped day off (worked on Saturday 22 August)' },
        source: SOURCE_2026,
      },
      {
        date: '2026-09-01',
        kind: 'public-holiday',
        name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
        source: `Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; ${SOURCE_2026}`,
      },
    ],
  },
] satisfies OfficialSchedule[])
