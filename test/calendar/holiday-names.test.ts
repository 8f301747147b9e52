import { describe, expect, it } from 'vitest'
import { compensationSource, statutorySource } from '../../src/calendar/vietnam/holiday-names.js'
import { vietnamCalendar } from '../../src/index.js'

// The name and the legal source each holiday and each nghỉ bù carries. The law in force each year:
// Labour Code 2019 Art. 112(1) points a–e and Art. 111(3) from 1 January 2021; Labour Code 2012
// Art. 115(1) and 115(3) from 1 May 2013 (its Tết of 5 days applies from Tết 2013); Labour Code 1994
// (amended 2007) Art. 73 before. The weekdays of the dates were checked by hand against the Gregorian
// calendar; the lunar dates are those of the package's table (Tết 2020: 25 January; Tết 2013:
// 10 February; Tết 2012: 23 January; 10/3 lunar 2025: 7 April; 2007: 26 April).

// A calendar computes a year the first time it is asked about it; each question builds its own, so
// that each test computes the years it checks.
function reasons(date: string) {
  return vietnamCalendar()
    .describeDay(date)
    .reasons.map(({ kind, name, source, provisional }) => ({ kind, name, source, provisional }))
}

const CODE_2019 = 'Bộ luật Lao động 2019'
const CODE_2012 = 'Bộ luật Lao động 2012, khoản 1 Điều 115'
const CODE_1994 = 'Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73'

describe('the statutory holidays of Labour Code 2019 Art. 112(1), each with its point', () => {
  it('1 January is point a (2026, Công văn 12729/VPCP-KGVX)', () => {
    expect(reasons('2026-01-01')).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
        source: `${CODE_2019}, điểm a khoản 1 Điều 112`,
        provisional: false,
      },
    ])
  })

  it('the Tết days are point b (2026: eve Mon 16/2, mùng 1–4 Tue 17 – Fri 20/2, Thông báo 9441/TB-BNV)', () => {
    const tet = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => reasons(date)[0])
    expect(tet).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Tết Âm lịch (ngày cuối năm)', en: "Lunar New Year (New Year's Eve)" },
        source: `${CODE_2019}, điểm b khoản 1 Điều 112`,
        provisional: false,
      },
      {
        kind: 'public-holiday',
        name: { vi: 'Tết Âm lịch (mùng 1)', en: 'Lunar New Year (1st day)' },
        source: `${CODE_2019}, điểm b khoản 1 Điều 112`,
        provisional: false,
      },
      {
        kind: 'public-holiday',
        name: { vi: 'Tết Âm lịch (mùng 2)', en: 'Lunar New Year (2nd day)' },
        source: `${CODE_2019}, điểm b khoản 1 Điều 112`,
        provisional: false,
      },
      {
        kind: 'public-holiday',
        name: { vi: 'Tết Âm lịch (mùng 3)', en: 'Lunar New Year (3rd day)' },
        source: `${CODE_2019}, điểm b khoản 1 Điều 112`,
        provisional: false,
      },
      {
        kind: 'public-holiday',
        name: { vi: 'Tết Âm lịch (mùng 4)', en: 'Lunar New Year (4th day)' },
        source: `${CODE_2019}, điểm b khoản 1 Điều 112`,
        provisional: false,
      },
    ])
  })

  it('30 April is point c, 1 May point d (2026: Thursday and Friday)', () => {
    expect([...reasons('2026-04-30'), ...reasons('2026-05-01')]).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
        source: `${CODE_2019}, điểm c khoản 1 Điều 112`,
        provisional: false,
      },
      {
        kind: 'public-holiday',
        name: { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' },
        source: `${CODE_2019}, điểm d khoản 1 Điều 112`,
        provisional: false,
      },
    ])
  })

  it('2 September and its adjacent day are point đ (2021: Thu 2/9, adjacent Fri 3/9 by the rule of the provisional years)', () => {
    expect([...reasons('2021-09-02'), ...reasons('2021-09-03')]).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
        source: `${CODE_2019}, điểm đ khoản 1 Điều 112`,
        provisional: false,
      },
      {
        kind: 'public-holiday',
        name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
        source: `${CODE_2019}, điểm đ khoản 1 Điều 112`,
        provisional: true,
      },
    ])
  })

  it("Hùng Kings' day is point e (2025: 10/3 lunar is Monday 7 April, Thông báo 6150/TB-BLĐTBXH)", () => {
    expect(reasons('2025-04-07')).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', en: "Hùng Kings' Commemoration Day" },
        source: `${CODE_2019}, điểm e khoản 1 Điều 112`,
        provisional: false,
      },
    ])
  })

  it('Vietnam Culture Day cites the resolutions, not a law (Nghị quyết 80-NQ/TW, 30/NQ-CP; 24/11/2027 is a Wednesday)', () => {
    expect(vietnamCalendar({ cultureDayFrom: 2027 }).describeDay('2027-11-24').reasons).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnam Culture Day (24 November)' },
        source: 'Nghị quyết 80-NQ/TW; Nghị quyết 30/NQ-CP (đề nghị sửa khoản 1 Điều 112 Bộ luật Lao động; chưa là luật)',
        provisional: true,
      },
    ])
  })
})

describe('the code in force in each year', () => {
  it('1 January cites the 2019 code from 2021, the 2012 code from 2013 to 2020, the 1994 code before', () => {
    const sources = ['2021-01-01', '2020-01-01', '2013-01-01', '2012-01-02'].map((date) => reasons(date)[0]?.source)
    // 1 January 2012 is a Sunday: the day off falls on it; 2 January 2012 is its nghỉ bù.
    expect(sources).toEqual([`${CODE_2019}, điểm a khoản 1 Điều 112`, CODE_2012, CODE_2012, CODE_1994])
  })

  it("Hùng Kings' day is a holiday from 2007 (Labour Code 1994 as amended in 2007): Thursday 26 April 2007", () => {
    expect(reasons('2007-04-26')).toEqual([
      {
        kind: 'public-holiday',
        name: { vi: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', en: "Hùng Kings' Commemoration Day" },
        source: CODE_1994,
        provisional: false,
      },
    ])
  })

  it('the functions name the same articles at the boundaries of the codes', () => {
    expect([
      statutorySource(2021, 'tet-4'),
      statutorySource(2020, 'tet-4'),
      statutorySource(2013, 'hung-kings'),
      statutorySource(2012, 'hung-kings'),
      compensationSource(2021),
      compensationSource(2020),
      compensationSource(2013),
      compensationSource(2012),
    ]).toEqual([
      `${CODE_2019}, điểm b khoản 1 Điều 112`,
      CODE_2012,
      CODE_2012,
      CODE_1994,
      `${CODE_2019}, khoản 3 Điều 111`,
      'Bộ luật Lao động 2012, khoản 3 Điều 115',
      'Bộ luật Lao động 2012, khoản 3 Điều 115',
      CODE_1994,
    ])
  })
})

describe('nghỉ bù: the name says which holiday and which weekend day, the source the rule of that year', () => {
  it('2021: 1 May is a Saturday, Monday 3 May is off (Labour Code 2019 Art. 111(3))', () => {
    expect(reasons('2021-05-03')).toEqual([
      {
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Ngày Quốc tế lao động (1/5) (trùng Thứ Bảy 1/5)',
          en: 'Compensatory day off for International Labour Day (1 May) (on Saturday 1/5)',
        },
        source: `${CODE_2019}, khoản 3 Điều 111`,
        provisional: true,
      },
    ])
  })

  it('2020: Tết is Saturday 25 January; the Saturday moves to Thursday 23, Sunday 26 to Wednesday 29 (Labour Code 2012 Art. 115)', () => {
    const source = `${CODE_2012}; Bộ luật Lao động 2012, khoản 3 Điều 115`
    expect([...reasons('2020-01-23'), ...reasons('2020-01-29')]).toEqual([
      {
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Tết Âm lịch (mùng 1) (trùng Thứ Bảy 25/1)',
          en: 'Compensatory day off for Lunar New Year (1st day) (on Saturday 25/1)',
        },
        source,
        provisional: true,
      },
      {
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Tết Âm lịch (mùng 2) (trùng Chủ Nhật 26/1)',
          en: 'Compensatory day off for Lunar New Year (2nd day) (on Sunday 26/1)',
        },
        source,
        provisional: true,
      },
    ])
  })

  it('2013: Tết is Sunday 10 February; before 2014 both weekend days of the block are given after it, Thu 14 and Fri 15', () => {
    const source = `${CODE_2012}; Bộ luật Lao động 2012, khoản 3 Điều 115`
    expect([...reasons('2013-02-14'), ...reasons('2013-02-15')]).toEqual([
      {
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Tết Âm lịch (ngày cuối năm) (trùng Thứ Bảy 9/2)',
          en: "Compensatory day off for Lunar New Year (New Year's Eve) (on Saturday 9/2)",
        },
        source,
        provisional: true,
      },
      {
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Tết Âm lịch (mùng 1) (trùng Chủ Nhật 10/2)',
          en: 'Compensatory day off for Lunar New Year (1st day) (on Sunday 10/2)',
        },
        source,
        provisional: true,
      },
    ])
  })

  it('2014: Tết is Friday 31 January; from 2014 the Saturday 1/2 moves before the block (Wed 29/1), Sunday 2/2 after it (Tue 4/2)', () => {
    const source = `${CODE_2012}; Bộ luật Lao động 2012, khoản 3 Điều 115`
    expect([reasons('2014-01-29'), reasons('2014-02-04'), reasons('2014-02-05')]).toEqual([
      [
        {
          kind: 'compensatory-day-off',
          name: {
            vi: 'Nghỉ bù Tết Âm lịch (mùng 2) (trùng Thứ Bảy 1/2)',
            en: 'Compensatory day off for Lunar New Year (2nd day) (on Saturday 1/2)',
          },
          source,
          provisional: true,
        },
      ],
      [
        {
          kind: 'compensatory-day-off',
          name: {
            vi: 'Nghỉ bù Tết Âm lịch (mùng 3) (trùng Chủ Nhật 2/2)',
            en: 'Compensatory day off for Lunar New Year (3rd day) (on Sunday 2/2)',
          },
          source,
          provisional: true,
        },
      ],
      [],
    ])
  })

  it('2012: 1 January is a Sunday, Monday 2 January is off (Labour Code 1994 as amended in 2007, Art. 73)', () => {
    expect(reasons('2012-01-02')).toEqual([
      {
        kind: 'compensatory-day-off',
        name: {
          vi: 'Nghỉ bù Tết Dương lịch (trùng Chủ Nhật 1/1)',
          en: "Compensatory day off for New Year's Day (on Sunday 1/1)",
        },
        source: CODE_1994,
        provisional: true,
      },
    ])
  })
})
