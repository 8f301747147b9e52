// Exact boundaries on the official Vietnamese calendar (the default, Asia/Ho_Chi_Minh, UTC+7; the
// schedules of 2025 and 2026 as announced): a report sent exactly at its due instant and a
// millisecond after it (Art. 15.4); an event exactly at `asOf` and a millisecond after it (Art. 2.4);
// a task transferred on a period's due day (Art. 6.2(b)(4), B7).
//
// Days used: 2025 — Mon 31 March; 30 April, 1 and 2 May off (2 May swapped for Sat 26 April); Sat 3,
// Sun 4 May; Sat 31 May. 2026 — Sat 28 Feb, Mon 2 March; 30 April (Thu) and 1 May (Fri) off; Sat 20 June.
import { describe, expect, it } from 'vitest'
import {
  classifyCompletion,
  evaluateTask,
  reportCompliance,
  type TaskInput,
  updateCompliance,
  updateSchedule,
} from '../../src/index.js'

describe('Art. 15.4 — khoản 4 Điều 15: a report sent exactly at its due instant', () => {
  const january = (sentAt: string) =>
    reportCompliance([{ kind: 'monthly', period: '2026-01', sentAt }], { year: 2026, asOf: '2026-02-01T08:00' })

  it("Art. 15.1, 15.4, B19 — January 2026's report sent at 2026-01-20T23:59:59.999+07:00, its dueBy, is on time and unflagged", () => {
    // B19: monthly reports by the end of the 20th; Tue 20 January 2026, 24:00 in Hà Nội.
    const result = january('2026-01-20T23:59:59.999+07:00')
    const report = result.reports.find((item) => item.period === '2026-01')
    expect([report?.due.toISO(), report?.state, report?.sentAt?.toISO()]).toEqual([
      '2026-01-20T23:59:59.999+07:00',
      'met-on-time',
      '2026-01-20T23:59:59.999+07:00',
    ])
    expect(result.flags.filter((flag) => flag.period === '2026-01')).toEqual([])
  })

  it("Art. 15.4 — January 2026's report sent 1 ms after its dueBy is late and flagged at the dueBy", () => {
    const result = january('2026-01-21T00:00:00.000+07:00')
    expect(result.reports.find((item) => item.period === '2026-01')?.state).toBe('met-late')
    expect(
      result.flags.filter((flag) => flag.period === '2026-01').map((flag) => [flag.kind, flag.at.toISO(), flag.citation.article]),
    ).toEqual([['late-report', '2026-01-20T23:59:59.999+07:00', 15]])
  })

  it("Art. 15.4, B19 — the 6-month report of 2026, due on Saturday 20 June: kept, 23:59:59.999 that day is on time; moved to Friday 19 June, it is late from Saturday's first millisecond", () => {
    const state = (sentAt: string, nonWorkingDates: 'keep' | 'previous-working-day') =>
      reportCompliance([{ kind: 'half-year', period: '2026-H1', sentAt }], {
        year: 2026,
        asOf: '2026-07-01T08:00',
        nonWorkingDates,
      }).reports.find((item) => item.period === '2026-H1')?.state
    expect(state('2026-06-20T23:59:59.999+07:00', 'keep')).toBe('met-on-time')
    expect(state('2026-06-21T00:00:00.000+07:00', 'keep')).toBe('met-late')
    // Moved to the working day before (Fri 19 June): due at its end.
    expect(state('2026-06-19T23:59:59.999+07:00', 'previous-working-day')).toBe('met-on-time')
    expect(state('2026-06-20T00:00:00.000+07:00', 'previous-working-day')).toBe('met-late')
  })
})

describe('Art. 2.4 — khoản 4 Điều 2: an event exactly at asOf is known, one a millisecond after is not', () => {
  const AS_OF = '2025-06-20T10:00:00.000+07:00'
  const completedAt = (at: string): TaskInput => ({
    id: 'edge',
    transferredAt: '2025-06-02T08:00',
    deadline: '2025-06-30',
    events: [
      { type: 'started', at: '2025-06-03T09:00' },
      { type: 'completed', at },
    ],
  })

  it('Art. 4.1(đ) — classifyCompletion(): completed exactly at asOf: completed on time, ended at asOf', () => {
    const result = classifyCompletion(completedAt(AS_OF), { asOf: AS_OF })
    expect([result.status, result.endedAt?.toISO()]).toEqual(['completed-on-time', '2025-06-20T10:00:00.000+07:00'])
  })

  it('Art. 4.1(đ) — classifyCompletion(): completed 1 ms after asOf: not known yet, in progress on time', () => {
    const result = classifyCompletion(completedAt('2025-06-20T10:00:00.001+07:00'), { asOf: AS_OF })
    expect([result.status, result.endedAt]).toEqual(['in-progress-on-time', null])
  })

  /**
   * 1 to 3 months (B4): transferred Mon 19 May 2025 08:00, due Mon 30 June 08:00. The ½ checkpoint is
   * 21 days in, Mon 9 June 08:00 (B5); due 3 working days after it, the end of Thu 12 June (B2).
   */
  const reportedAt = (at: string): TaskInput => ({
    id: 'half',
    transferredAt: '2025-05-19T08:00',
    deadline: '2025-06-30T08:00',
    events: [{ type: 'progress-updated', at }],
  })
  const HALF_AS_OF = '2025-06-11T10:00:00.000+07:00'

  it('Art. 6.2(b)(2) — evaluateTask(): a progress report exactly at asOf meets the ½ update (made on time, satisfied at asOf)', () => {
    const evaluation = evaluateTask(reportedAt(HALF_AS_OF), { asOf: HALF_AS_OF })
    expect(
      evaluation.compliance.map((item) => [
        item.update.kind,
        item.update.from.toISO(),
        item.update.dueBy.toISO(),
        item.state,
        item.satisfiedBy?.at.toISO() ?? null,
      ]),
    ).toEqual([
      ['half', '2025-06-09T08:00:00.000+07:00', '2025-06-12T23:59:59.999+07:00', 'made-on-time', '2025-06-11T10:00:00.000+07:00'],
      ['final', '2025-06-30T08:00:00.000+07:00', '2025-07-03T23:59:59.999+07:00', 'not-yet-due', null],
    ])
    expect(evaluation.status.status).toBe('in-progress-on-time')
  })

  it('Art. 6.2(b)(2) — evaluateTask(): a progress report 1 ms after asOf is not known yet: the ½ update is due, the task not started', () => {
    const evaluation = evaluateTask(reportedAt('2025-06-11T10:00:00.001+07:00'), { asOf: HALF_AS_OF })
    expect(evaluation.compliance.map((item) => [item.update.kind, item.state, item.satisfiedBy])).toEqual([
      ['half', 'due', null],
      ['final', 'not-yet-due', null],
    ])
    // B8: a progress report is a start; none is known by asOf.
    expect(evaluation.status.status).toBe('not-started')
  })
})

describe("Art. 6.2(b)(4) — điểm b khoản 2 Điều 6: a task transferred on a period's due day (B7)", () => {
  it("Art. 6.2(b)(4), B7 — transferred on Monday 31 March 2025, March's due day: March is folded into April, due on Monday 5 May 2025", () => {
    // 3 working days after Mon 31 March: Tue 1, Wed 2, Thu 3 April; March's update (the end of 31 March)
    // would be due sooner: folded into April. April ends on Wed 30 April, a holiday; 1 and 2 May are off,
    // 3 and 4 May a weekend: due at the end of Mon 5 May. May ends on Sat 31 May: due Mon 2 June.
    const schedule = updateSchedule({ id: 'due-day', transferredAt: '2025-03-31T10:00' }, { asOf: '2025-05-10T09:00' })
    expect([schedule.durationClass, schedule.hasDeadline]).toEqual(['6-months-or-more', false])
    expect(schedule.updates.map((update) => [update.kind, update.from.toISO(), update.dueBy.toISO()])).toEqual([
      ['periodic', '2025-03-31T10:00:00.000+07:00', '2025-05-05T23:59:59.999+07:00'],
      ['periodic', '2025-05-01T00:00:00.000+07:00', '2025-06-02T23:59:59.999+07:00'],
    ])
  })

  it("Art. 6.2(b)(4), B7 — transferred on Monday 2 March 2026, the due day February's update moved to (Sat 28 Feb is off): the first period is March's, due on 31 March", () => {
    // The task starts in March: February's period is not its own. 3 working days after 2 March end on
    // Thu 5 March, before 31 March: nothing is folded. April ends on Thu 30 April, a holiday; Fri 1 May
    // off, 2 and 3 May a weekend: due at the end of Mon 4 May.
    const schedule = updateSchedule({ id: 'moved-due-day', transferredAt: '2026-03-02T10:00' }, { asOf: '2026-04-15T09:00' })
    expect(schedule.updates.map((update) => [update.from.toISO(), update.dueBy.toISO()])).toEqual([
      ['2026-03-02T10:00:00.000+07:00', '2026-03-31T23:59:59.999+07:00'],
      ['2026-04-01T00:00:00.000+07:00', '2026-05-04T23:59:59.999+07:00'],
    ])
  })

  it("Art. 6.2(b)(4), B7 — transferred exactly 3 working days before June's due day (Wed 25 June 2025) owes June; a day later (Thu 26 June), June is folded into July", () => {
    const first = (transferredAt: string) =>
      updateSchedule({ id: 'three-days', transferredAt }, { asOf: '2025-07-05T09:00' }).updates.map((update) =>
        update.dueBy.toISO(),
      )[0]
    // Thu 26, Fri 27, Mon 30 June: the 3rd working day is June's due day itself, not sooner.
    expect(first('2025-06-25T10:00')).toBe('2025-06-30T23:59:59.999+07:00')
    // Fri 27, Mon 30 June, Tue 1 July: June's due day comes sooner; folded into July (Thu 31 July).
    expect(first('2025-06-26T10:00')).toBe('2025-07-31T23:59:59.999+07:00')
  })

  it("Art. 6.2(b)(4) — updateCompliance(): transferred on 31 March 2025, a report at the first update's dueBy meets it and May's; 1 ms later it is late for the first and meets May's", () => {
    const states = (at: string) =>
      updateCompliance(
        { id: 'due-day', transferredAt: '2025-03-31T10:00', events: [{ type: 'progress-updated', at }] },
        { asOf: '2025-05-10T09:00' },
      ).map((item) => [item.state, item.satisfiedBy?.at.toISO() ?? null])
    // One report may meet several updates: the first at or after each update's `from`.
    expect(states('2025-05-05T23:59:59.999+07:00')).toEqual([
      ['made-on-time', '2025-05-05T23:59:59.999+07:00'],
      ['made-on-time', '2025-05-05T23:59:59.999+07:00'],
    ])
    expect(states('2025-05-06T00:00:00.000+07:00')).toEqual([
      ['made-late', '2025-05-06T00:00:00.000+07:00'],
      ['made-on-time', '2025-05-06T00:00:00.000+07:00'],
    ])
  })
})
