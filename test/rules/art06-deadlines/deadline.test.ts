import type { DateTime } from 'luxon'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ACKNOWLEDGE_RECEIPT,
  type Citation,
  CLASSIFY_AND_DISPATCH,
  CONFIRM_FEEDBACK,
  type Deadline,
  deadline,
  EVALUATE_UPDATE,
  type Instant,
  OBJECT_TO_ASSIGNMENT,
  TIME_RULES,
  type TimeRule,
  vietnamCalendar,
} from '../../../src/index.js'
import { caught } from '../../support/caught.js'

// Every `due` below is worked out by hand on the official calendar (the announced schedules listed in docs/calendar.md), never by running
// the library: Mon–Fri 08:00–12:00, 13:00–17:00, Asia/Ho_Chi_Minh (UTC+7).
// 2025: Tết 27–31/1 off; Hùng Kings 7/4; 30/4, 1/5, 2/5 (swap) off; Saturday 26/4 worked; 1–2/9 off.
// 2026: 1–2/1 off; Tết 16–20/2 off; Monday 27/4 nghỉ bù; 30/4, 1/5 off. 2027: provisional (1/1 off; Tết 4, 5, 8, 9, 10/2).
// Working days (B2): the starting day is not counted; the due instant is the end of the Nth working day.
// Working hours (B1): the earliest instant at which N hours have elapsed; a start outside working time starts at the next opening.

const calendar = vietnamCalendar()

function due(rule: TimeRule, from: Instant, options: Parameters<typeof deadline>[2] = {}): string | null {
  return deadline(rule, from, { calendar, ...options }).due.toISO()
}

describe('Art. 6.1(a) — điểm a khoản 1 Điều 6: CLASSIFY_AND_DISPATCH, 3 working days from issuance', () => {
  it('cites điểm a khoản 1 Điều 6', () => {
    expect(CLASSIFY_AND_DISPATCH.citation).toStrictEqual({
      article: 6,
      clause: 1,
      point: 'a',
      vi: 'điểm a khoản 1 Điều 6',
      en: 'Art. 6.1(a)',
    })
  })

  it('counts 3 working days in working days', () => {
    expect(CLASSIFY_AND_DISPATCH.within).toStrictEqual({ workingDays: 3 })
  })

  it('is due at the end of Wed 21/5/2025 for a document issued Fri 16/5/2025 16:00 (Mon 19, Tue 20, Wed 21)', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2025-05-16T16:00')).toBe('2025-05-21T23:59:59.999+07:00')
  })

  it('does not count a Sunday issuance day: Sun 18/5/2025 → Mon 19, Tue 20, Wed 21', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2025-05-18T10:00')).toBe('2025-05-21T23:59:59.999+07:00')
  })

  it('skips the 2025 Tết break: Fri 24/1/2025 → Mon 3/2, Tue 4/2, Wed 5/2', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2025-01-24T10:00')).toBe('2025-02-05T23:59:59.999+07:00')
  })

  it('counts the make-up Saturday 26/4/2025: Thu 24/4 → Fri 25, Sat 26, Mon 28', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2025-04-24T10:00')).toBe('2025-04-28T23:59:59.999+07:00')
  })

  it('skips 30/4, 1/5 and the swap day 2/5/2025: Mon 28/4 → Tue 29/4, Mon 5/5, Tue 6/5', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2025-04-28T10:00')).toBe('2025-05-06T23:59:59.999+07:00')
  })

  it('skips the 2026 Tết break: Fri 13/2/2026 → Mon 23, Tue 24, Wed 25/2', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2026-02-13T10:00')).toBe('2026-02-25T23:59:59.999+07:00')
  })

  it('ends at 17:00 with dayEnd close-of-business: Thu 24/4/2025 → Mon 28/4 17:00', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2025-04-24T10:00', { dayEnd: 'close-of-business' })).toBe('2025-04-28T17:00:00.000+07:00')
  })

  it('skips the provisional Tết 2027 block (4, 5, 8, 9, 10/2): Wed 3/2/2027 → Thu 11, Fri 12, Mon 15/2', () => {
    expect(due(CLASSIFY_AND_DISPATCH, '2027-02-03T10:00')).toBe('2027-02-15T23:59:59.999+07:00')
  })

  it('says a 2027 answer is provisional', () => {
    expect(deadline(CLASSIFY_AND_DISPATCH, '2027-02-03T10:00', { calendar }).provisional).toBe(true)
  })

  it('says a 2025 answer is not provisional', () => {
    expect(deadline(CLASSIFY_AND_DISPATCH, '2025-01-24T10:00', { calendar }).provisional).toBe(false)
  })
})

describe('Art. 6.1(b) — điểm b khoản 1 Điều 6: CONFIRM_FEEDBACK, 1 working day from receipt of feedback', () => {
  it('cites điểm b khoản 1 Điều 6', () => {
    expect(CONFIRM_FEEDBACK.citation).toStrictEqual({
      article: 6,
      clause: 1,
      point: 'b',
      vi: 'điểm b khoản 1 Điều 6',
      en: 'Art. 6.1(b)',
    })
  })

  it('counts 1 working day', () => {
    expect(CONFIRM_FEEDBACK.within).toStrictEqual({ workingDays: 1 })
  })

  it('is due at the end of the next working day: Mon 19/5/2025 15:00 → Tue 20/5', () => {
    expect(due(CONFIRM_FEEDBACK, '2025-05-19T15:00')).toBe('2025-05-20T23:59:59.999+07:00')
  })

  it('skips 30/4–2/5/2025 and the weekend: Tue 29/4 → Mon 5/5', () => {
    expect(due(CONFIRM_FEEDBACK, '2025-04-29T15:00')).toBe('2025-05-05T23:59:59.999+07:00')
  })

  it('skips the National Day break 2025 (1–2/9): Fri 29/8 → Wed 3/9', () => {
    expect(due(CONFIRM_FEEDBACK, '2025-08-29T16:00')).toBe('2025-09-03T23:59:59.999+07:00')
  })

  it('ends on Thu 31/12/2026 for feedback on Wed 30/12/2026', () => {
    expect(due(CONFIRM_FEEDBACK, '2026-12-30T10:00')).toBe('2026-12-31T23:59:59.999+07:00')
  })

  it('is not provisional when it ends on the last day of 2026', () => {
    expect(deadline(CONFIRM_FEEDBACK, '2026-12-30T10:00', { calendar }).provisional).toBe(false)
  })

  it('skips the provisional 1/1/2027: Thu 31/12/2026 → Mon 4/1/2027', () => {
    expect(due(CONFIRM_FEEDBACK, '2026-12-31T10:00')).toBe('2027-01-04T23:59:59.999+07:00')
  })

  it('is provisional when a 2027 day lies between from and due', () => {
    expect(deadline(CONFIRM_FEEDBACK, '2026-12-31T10:00', { calendar }).provisional).toBe(true)
  })
})

describe('Art. 6.2(a) — điểm a khoản 2 Điều 6: ACKNOWLEDGE_RECEIPT, 4 working hours from the transfer', () => {
  it('cites điểm a khoản 2 Điều 6', () => {
    expect(ACKNOWLEDGE_RECEIPT.citation).toStrictEqual({
      article: 6,
      clause: 2,
      point: 'a',
      vi: 'điểm a khoản 2 Điều 6',
      en: 'Art. 6.2(a)',
    })
  })

  it('counts 4 working hours', () => {
    expect(ACKNOWLEDGE_RECEIPT.within).toStrictEqual({ workingHours: 4 })
  })

  it('skips lunch: Mon 19/5/2025 09:00 → 3 h to 12:00, 1 h from 13:00 → 14:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T09:00')).toBe('2025-05-19T14:00:00.000+07:00')
  })

  it('starts the clock at 13:00 for a transfer in the lunch break: Mon 19/5/2025 12:30 → 17:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T12:30')).toBe('2025-05-19T17:00:00.000+07:00')
  })

  it('stays at closing when the sum ends there: Mon 19/5/2025 13:00 → 17:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T13:00')).toBe('2025-05-19T17:00:00.000+07:00')
  })

  it('lands on the next opening with boundary next-opening: Mon 19/5/2025 13:00 → Tue 20/5 08:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T13:00', { boundary: 'next-opening' })).toBe('2025-05-20T08:00:00.000+07:00')
  })

  it('lands after lunch with boundary next-opening: Mon 19/5/2025 08:00 → 13:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T08:00', { boundary: 'next-opening' })).toBe('2025-05-19T13:00:00.000+07:00')
  })

  it('starts a Saturday transfer at Monday’s opening: Sat 31/5/2025 10:00 → Mon 2/6 12:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-31T10:00')).toBe('2025-06-02T12:00:00.000+07:00')
  })

  it('counts the make-up Saturday 26/4/2025: Fri 25/4 15:00 → 2 h, then Sat 26/4 08:00–10:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-04-25T15:00')).toBe('2025-04-26T10:00:00.000+07:00')
  })

  it('skips the 2025 Tết break: Fri 24/1 15:00 → 2 h, then Mon 3/2 08:00–10:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-01-24T15:00')).toBe('2025-02-03T10:00:00.000+07:00')
  })

  it('skips the 2026 Tết break: Fri 13/2/2026 15:00 → Mon 23/2 10:00', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2026-02-13T15:00')).toBe('2026-02-23T10:00:00.000+07:00')
  })

  it('ignores dayEnd, which only concerns working days', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T09:00', { dayEnd: 'close-of-business' })).toBe('2025-05-19T14:00:00.000+07:00')
  })

  it('is not provisional when it ends at 17:00 on Thu 31/12/2026', () => {
    const result = deadline(ACKNOWLEDGE_RECEIPT, '2026-12-31T13:00', { calendar })
    expect([result.due.toISO(), result.provisional]).toEqual(['2026-12-31T17:00:00.000+07:00', false])
  })

  it('is provisional when it runs over the provisional 1/1/2027: Thu 31/12/2026 15:00 → Mon 4/1/2027 10:00', () => {
    const result = deadline(ACKNOWLEDGE_RECEIPT, '2026-12-31T15:00', { calendar })
    expect([result.due.toISO(), result.provisional]).toEqual(['2027-01-04T10:00:00.000+07:00', true])
  })
})

describe('Art. 6.2(a) — điểm a khoản 2 Điều 6: OBJECT_TO_ASSIGNMENT, 8 working hours from receipt (B15)', () => {
  it('cites điểm a khoản 2 Điều 6, as the acknowledgement does', () => {
    expect(OBJECT_TO_ASSIGNMENT.citation).toStrictEqual({
      article: 6,
      clause: 2,
      point: 'a',
      vi: 'điểm a khoản 2 Điều 6',
      en: 'Art. 6.2(a)',
    })
  })

  it('counts 8 working hours', () => {
    expect(OBJECT_TO_ASSIGNMENT.within).toStrictEqual({ workingHours: 8 })
  })

  it('is due the next morning: Mon 19/5/2025 09:00 → 7 h on Monday, 1 h on Tue 20/5 → 09:00', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2025-05-19T09:00')).toBe('2025-05-20T09:00:00.000+07:00')
  })

  it('stays at Monday 17:00 for a transfer at Monday 08:00', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2025-05-19T08:00')).toBe('2025-05-19T17:00:00.000+07:00')
  })

  it('moves to Tuesday 08:00 with boundary next-opening', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2025-05-19T08:00', { boundary: 'next-opening' })).toBe('2025-05-20T08:00:00.000+07:00')
  })

  it('counts from the acknowledgement when the caller passes it (B15 option): Mon 19/5/2025 11:30 → Tue 20/5 11:30', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2025-05-19T11:30')).toBe('2025-05-20T11:30:00.000+07:00')
  })

  it('skips 30/4–2/5/2025 and the weekend: Tue 29/4 10:00 → 6 h, then Mon 5/5 08:00–10:00', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2025-04-29T10:00')).toBe('2025-05-05T10:00:00.000+07:00')
  })

  it('skips the National Day break 2025: Fri 29/8 10:00 → 6 h, then Wed 3/9 08:00–10:00', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2025-08-29T10:00')).toBe('2025-09-03T10:00:00.000+07:00')
  })

  it('skips the nghỉ bù of Monday 27/4/2026: Fri 24/4 14:00 → 3 h, then Tue 28/4 08:00–12:00, 13:00–14:00', () => {
    expect(due(OBJECT_TO_ASSIGNMENT, '2026-04-24T14:00')).toBe('2026-04-28T14:00:00.000+07:00')
  })
})

describe('Art. 6.3 — khoản 3 Điều 6: EVALUATE_UPDATE, 3 working days after each update', () => {
  it('cites khoản 3 Điều 6, with no point', () => {
    expect(EVALUATE_UPDATE.citation).toStrictEqual({ article: 6, clause: 3, vi: 'khoản 3 Điều 6', en: 'Art. 6.3' })
  })

  it('counts 3 working days', () => {
    expect(EVALUATE_UPDATE.within).toStrictEqual({ workingDays: 3 })
  })

  it('skips 1–2/9/2025: Thu 28/8 → Fri 29/8, Wed 3/9, Thu 4/9', () => {
    expect(due(EVALUATE_UPDATE, '2025-08-28T10:00')).toBe('2025-09-04T23:59:59.999+07:00')
  })

  it('skips 1–2/9/2025 from a Friday update: Fri 29/8 → Wed 3, Thu 4, Fri 5/9', () => {
    expect(due(EVALUATE_UPDATE, '2025-08-29T10:00')).toBe('2025-09-05T23:59:59.999+07:00')
  })

  it('ends at 17:00 with dayEnd close-of-business: Fri 29/8/2025 → Fri 5/9 17:00', () => {
    expect(due(EVALUATE_UPDATE, '2025-08-29T10:00', { dayEnd: 'close-of-business' })).toBe('2025-09-05T17:00:00.000+07:00')
  })

  it('ignores boundary, which only concerns working hours', () => {
    expect(due(EVALUATE_UPDATE, '2025-08-29T10:00', { boundary: 'next-opening' })).toBe('2025-09-05T23:59:59.999+07:00')
  })

  it('skips the nghỉ bù 27/4/2026, 30/4 and 1/5/2026: Fri 24/4 → Tue 28/4, Wed 29/4, Mon 4/5', () => {
    expect(due(EVALUATE_UPDATE, '2026-04-24T10:00')).toBe('2026-05-04T23:59:59.999+07:00')
  })

  it('skips the provisional 1/1/2027: Wed 30/12/2026 → Thu 31/12, Mon 4/1, Tue 5/1/2027', () => {
    expect(due(EVALUATE_UPDATE, '2026-12-30T10:00')).toBe('2027-01-05T23:59:59.999+07:00')
  })

  it('says that answer is provisional', () => {
    expect(deadline(EVALUATE_UPDATE, '2026-12-30T10:00', { calendar }).provisional).toBe(true)
  })
})

describe('deadline(rule, from): the result', () => {
  it('carries the rule it was asked about', () => {
    expect(deadline(EVALUATE_UPDATE, '2025-08-29T10:00', { calendar }).rule).toBe(EVALUATE_UPDATE)
  })

  it('carries the rule’s citation', () => {
    expect(deadline(OBJECT_TO_ASSIGNMENT, '2025-05-19T09:00', { calendar }).citation).toBe(OBJECT_TO_ASSIGNMENT.citation)
  })

  it('is frozen', () => {
    expect(Object.isFrozen(deadline(ACKNOWLEDGE_RECEIPT, '2025-05-19T09:00', { calendar }))).toBe(true)
  })

  it('answers in the calendar’s zone for an instant given in UTC: 02:00Z is 09:00 in Hanoi', () => {
    expect(due(ACKNOWLEDGE_RECEIPT, '2025-05-19T02:00:00Z')).toBe('2025-05-19T14:00:00.000+07:00')
  })

  it('uses vietnamCalendar() when no calendar is given', () => {
    expect(deadline(CLASSIFY_AND_DISPATCH, '2025-01-24T10:00').due.toISO()).toBe('2025-02-05T23:59:59.999+07:00')
  })

  it('refuses an unknown dayEnd', () => {
    const error = caught(() => deadline(EVALUATE_UPDATE, '2025-08-29T10:00', { calendar, dayEnd: 'noon' as 'midnight' }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'dayEnd']])
  })

  it('refuses an unknown boundary', () => {
    const error = caught(() => deadline(ACKNOWLEDGE_RECEIPT, '2025-05-19T09:00', { calendar, boundary: 'later' as 'stay' }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'boundary']])
  })
})

describe('TIME_RULES: the fixed time rules of Art. 6', () => {
  it('lists them in the article’s order', () => {
    expect(TIME_RULES.map((rule) => rule.id)).toEqual([
      'classify-and-dispatch',
      'confirm-feedback',
      'acknowledge-receipt',
      'object-to-assignment',
      'evaluate-update',
    ])
  })

  it('freezes every rule, its citation and its limit', () => {
    expect(
      TIME_RULES.every((rule) => Object.isFrozen(rule) && Object.isFrozen(rule.citation) && Object.isFrozen(rule.within)),
    ).toBe(true)
  })

  it('describes every rule in Vietnamese and English', () => {
    expect(TIME_RULES.every((rule) => rule.description.vi.length > 0 && rule.description.en.length > 0)).toBe(true)
  })
})

describe('types', () => {
  it('types the result with a luxon DateTime and a Citation', () => {
    expectTypeOf<Deadline['due']>().toEqualTypeOf<DateTime<true>>()
    expectTypeOf<Deadline['citation']>().toEqualTypeOf<Citation>()
    expectTypeOf<Deadline['provisional']>().toEqualTypeOf<boolean>()
  })
})

describe("deadline(rule, from): an agency's own time rule, beside the five of Art. 6", () => {
  // A rule of the agency's own process: "reply within 2 working days". Its id is its own, not one of TIME_RULE_IDS.
  const reply: TimeRule = {
    id: 'reply-to-citizen',
    citation: ACKNOWLEDGE_RECEIPT.citation,
    within: { workingDays: 2 },
    description: { vi: 'trả lời trong 2 ngày làm việc', en: 'reply within 2 working days' },
  }

  it('counts it as any rule: Fri 16/5/2025 16:00 + 2 working days → end of Tue 20/5 (Mon 19, Tue 20)', () => {
    const result = deadline(reply, '2025-05-16T16:00', { calendar })
    expect(result.due.toISO()).toBe('2025-05-20T23:59:59.999+07:00')
    // The boundary copy of the caller's rule, deeply frozen: the result holds no object of the caller's.
    expect(result.rule).toStrictEqual(reply)
    expect(result.rule).not.toBe(reply)
    expect([Object.isFrozen(result.rule), Object.isFrozen(result.rule.within)]).toEqual([true, true])
  })

  it('refuses a rule without an id, naming the field', () => {
    const error = caught(() => deadline({ ...reply, id: '' }, '2025-05-16T16:00', { calendar }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['rule', 'id']])
  })
})
