import { deepFreeze } from '../../core/freeze.js'
import type { Messages } from '../../core/messages.js'

/** The statutory holidays of Labour Code 2019 Art. 112(1), and the pending Culture Day. */
export const HOLIDAY_IDS = Object.freeze([
  'new-year',
  'tet-eve',
  'tet-1',
  'tet-2',
  'tet-3',
  'tet-4',
  'hung-kings',
  'reunification',
  'labour-day',
  'national-day',
  'national-day-adjacent',
  'culture-day',
] as const)
export type HolidayId = (typeof HOLIDAY_IDS)[number]

/** Deeply frozen: every calendar's answers share these objects, so no caller can change another's. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayId, Messages>> = deepFreeze({
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'tet-eve': { vi: 'Tết Âm lịch (ngày cuối năm)', en: "Lunar New Year (New Year's Eve)" },
  'tet-1': { vi: 'Tết Âm lịch (mùng 1)', en: 'Lunar New Year (1st day)' },
  'tet-2': { vi: 'Tết Âm lịch (mùng 2)', en: 'Lunar New Year (2nd day)' },
  'tet-3': { vi: 'Tết Âm lịch (mùng 3)', en: 'Lunar New Year (3rd day)' },
  'tet-4': { vi: 'Tết Âm lịch (mùng 4)', en: 'Lunar New Year (4th day)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  'labour-day': { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' },
  'national-day': { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
  'national-day-adjacent': { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
  'culture-day': { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnam Culture Day (24 November)' },
})

/** The article of the Labour Code in force in `year` that lists the holidays, and its point for `id`. */
export function statutorySource(year: number, id: HolidayId): string {
  if (id === 'culture-day') {
    return 'Nghị quyết 80-NQ/TW; Nghị quyết 30/NQ-CP (đề nghị sửa khoản 1 Điều 112 Bộ luật Lao động; chưa là luật)'
  }
  if (year >= 2021) return `Bộ luật Lao động 2019, ${LABOUR_CODE_2019_POINTS[id]} khoản 1 Điều 112`
  if (year >= 2013) return 'Bộ luật Lao động 2012, khoản 1 Điều 115'
  return 'Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73'
}

const LABOUR_CODE_2019_POINTS: Readonly<Record<Exclude<HolidayId, 'culture-day'>, string>> = Object.freeze({
  'new-year': 'điểm a',
  'tet-eve': 'điểm b',
  'tet-1': 'điểm b',
  'tet-2': 'điểm b',
  'tet-3': 'điểm b',
  'tet-4': 'điểm b',
  reunification: 'điểm c',
  'labour-day': 'điểm d',
  'national-day': 'điểm đ',
  'national-day-adjacent': 'điểm đ',
  'hung-kings': 'điểm e',
})

/** The rule that gives a day off when a holiday falls on a weekly rest day (nghỉ bù). */
export function compensationSource(year: number): string {
  if (year >= 2021) return 'Bộ luật Lao động 2019, khoản 3 Điều 111'
  if (year >= 2013) return 'Bộ luật Lao động 2012, khoản 3 Điều 115'
  return 'Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73'
}
