import { describe, expect, it } from 'vitest'
import { vietnamCalendar } from '../../src/index.js'

// Counting working days back across the turn of the year (Civil Code 2015 Art. 148(6): a day ends at
// 24:00, given as 23:59:59.999). 1 and 2 January 2026 are off (Công văn 12729/VPCP-KGVX: New Year's Day
// and the swap for Saturday 10 January); 3–4 January are a weekend; 31 December 2025 is a Wednesday.

describe('addWorkingDays backwards into the year before', () => {
  it("lands on the year's last day when it is a working day: one working day before Monday 5 January 2026 is 31 December 2025", () => {
    const cal = vietnamCalendar()
    expect([cal.addWorkingDays('2026-01-05', -1).toISO(), cal.addWorkingDays('2026-01-05', -2).toISO()]).toEqual([
      '2025-12-31T23:59:59.999+07:00',
      '2025-12-30T23:59:59.999+07:00',
    ])
  })
})
