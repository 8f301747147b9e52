import { describe, expect, it } from 'vitest'
import {
  auditFlags,
  dutiesOf,
  evaluateTask,
  nextChange,
  nextChangeMillis,
  type TaskInput,
  updateSchedule,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// Golden cases at the end of vietnamCalendar()'s range, worked out by hand: the question is asked inside the
// range (asOf in 2000 or 2100), the time limits it involves may fall in 2101, the calendar's computing margin
// (docs/calendar.md, range and errors). Each case's `working` is how its value was found: from the regulation,
// the register (B1, B2, B4, B6, B7, B9, B15, B18) and the provisional rules of DOMAIN A3 for 2101, which has
// no announced schedule. Instants without an offset are wall time in Asia/Ho_Chi_Minh (UTC+7, no DST).
//
// The days the working cites. Friday 31 December 2100 is a working day (08:00–12:00, 13:00–17:00).
// 2101: Saturday 1 January, New Year's Day; Sunday 2 January, weekly rest; Monday 3 January, the nghỉ bù of
// New Year's Day on a Saturday (Labour Code 2019 Art. 111(3)); so the first working day of 2101 is
// Tuesday 4 January. Tết 2101 is Saturday 29 January (date-holidays, test/calendar/vietnam/lunar-dates.test.ts):
// the block is Fri 28 Jan – Tue 1 Feb; Sat 29 moves to the working day before the block, Thu 27 Jan, and Sun 30
// to the one after it, Wed 2 Feb; days off Thu 27, Fri 28, Mon 31 Jan, Tue 1, Wed 2 Feb.

const iso = (value: { toISO: () => string | null }) => value.toISO()

/** Transferred on the range's last working afternoon, due that day; asked at 16:30. */
const lastTask = { id: 'last', transferredAt: '2100-12-31T16:00', deadline: '2100-12-31' } as TaskInput
const LAST_AS_OF = '2100-12-31T16:30'
/** Transferred on Monday 3 January 2000, a day off (the nghỉ bù of Saturday 1 January), due on the range's last day. */
const longTask = { id: 'long', transferredAt: '2000-01-03T09:00', deadline: '2100-12-31' } as TaskInput
/** No deadline, acknowledged, its December 2100 update made; asked at noon on 31 December 2100. */
const openTask = {
  id: 'open',
  transferredAt: '2100-12-20T09:00',
  events: [
    { type: 'acknowledged', at: '2100-12-20T10:00' },
    { type: 'progress-updated', at: '2100-12-30T10:00' },
  ],
} as TaskInput
const OPEN_AS_OF = '2100-12-31T12:00'

type Case = {
  readonly id: string
  readonly title: string
  readonly working: string
  readonly actual: () => unknown
  readonly expected: unknown
}

const CASES: readonly Case[] = [
  {
    id: 'range-end-001',
    title: 'Art. 6.2(a): the receipt of the 16:00 transfer on 31 December 2100 is due on Tuesday 4 January 2101 at 11:00',
    working:
      'B1, B15: 4 working hours from the transfer. Fri 31 Dec 16:00–17:00 gives 1 h; Sat 1, Sun 2 and Mon 3 Jan are off; ' +
      'Tue 4 Jan 08:00–11:00 gives the other 3 h. Not met at 16:30, and 16:30 is before the limit: due.',
    actual: () =>
      dutiesOf(lastTask, { asOf: LAST_AS_OF })
        .filter((item) => item.duty === 'acknowledge-receipt')
        .map((item) => [iso(item.from), iso(item.dueBy), item.state]),
    expected: [['2100-12-31T16:00:00.000+07:00', '2101-01-04T11:00:00.000+07:00', 'due']],
  },
  {
    id: 'range-end-002',
    title: 'Art. 6.2(b)(1): the final update of the task due 31 December 2100 is due at the end of Thursday 6 January 2101',
    working:
      'B4: the deadline, 31 Dec 23:59:59.999, is before the transfer + 1 month (31 Jan 2101 16:00): under 1 month, ' +
      'so the final update only, within 3 working days after the end. B6: the task has not ended, the end is the ' +
      'deadline. B2: its day, 31 Dec, is not counted; Tue 4 (1), Wed 5 (2), Thu 6 Jan (3), to 24:00.',
    actual: () => {
      const schedule = updateSchedule(lastTask, { asOf: LAST_AS_OF })
      return [schedule.durationClass, ...schedule.updates.map((update) => [update.kind, iso(update.from), iso(update.dueBy)])]
    },
    expected: ['under-1-month', ['final', '2100-12-31T23:59:59.999+07:00', '2101-01-06T23:59:59.999+07:00']],
  },
  {
    id: 'range-end-003',
    title: 'Art. 6.2(a), 6.1(b): an objection at 16:20 is due by 16:00 on 4 January 2101, its handling by the end of that day',
    working:
      'Acknowledged at 16:10, objected at 16:20. B15: 8 working hours from the transfer: 1 h on 31 Dec, then ' +
      'Tue 4 Jan 08:00–12:00 (4 h) and 13:00–16:00 (3 h): 16:00, met. B18, 6.1(b): 1 working day after the ' +
      'objection, its day not counted: Tue 4 Jan, to 24:00, due.',
    actual: () =>
      dutiesOf(
        {
          ...lastTask,
          events: [
            { type: 'acknowledged', at: '2100-12-31T16:10' },
            { type: 'objected', at: '2100-12-31T16:20' },
          ],
        } as TaskInput,
        { asOf: LAST_AS_OF },
      ).map((item) => [item.duty, iso(item.dueBy), item.state]),
    expected: [
      ['acknowledge-receipt', '2101-01-04T11:00:00.000+07:00', 'met-on-time'],
      ['object', '2101-01-04T16:00:00.000+07:00', 'met-on-time'],
      ['handle-objection', '2101-01-04T23:59:59.999+07:00', 'due'],
      ['update', '2101-01-06T23:59:59.999+07:00', 'not-yet-due'],
    ],
  },
  {
    id: 'range-end-004',
    title: 'Art. 4.1(đ), 18.1(d): the last task at 16:30 is not started, within its deadline, due today; nothing is late',
    working:
      'No start event and 16:30 is before the deadline (23:59:59.999): not started (B8). B9: "due" from the start of ' +
      'the deadline’s working day, 31 Dec 00:00. The final update (002) opens at the deadline: not yet due. No ' +
      'limit has passed: no audit flag.',
    actual: () => {
      const evaluation = evaluateTask(lastTask, { asOf: LAST_AS_OF })
      return [
        evaluation.status.status,
        evaluation.alert.level,
        evaluation.compliance.map((item) => item.state),
        auditFlags(lastTask, { asOf: LAST_AS_OF }),
      ]
    },
    expected: ['not-started', 'due', ['not-yet-due'], []],
  },
  {
    id: 'range-end-005',
    title: 'nextChange: the last task next changes when the final update’s window opens, 31 December 2100 at 23:59:59.999',
    working:
      'After 16:30: the final update goes from not yet due to due at its opening, the deadline 23:59:59.999; the ' +
      'status and the warning change only after the deadline, at 1 Jan 2101 00:00; the receipt stays due until ' +
      '4 Jan 11:00. In epoch ms: 2100-12-31T16:59:59.999Z.',
    actual: () => {
      const next = nextChange(lastTask, { asOf: LAST_AS_OF })
      const millis = nextChangeMillis(lastTask, { asOf: LAST_AS_OF })
      return [
        next === null ? null : iso(next.at),
        next?.changes.map((change) => [change.kind, change.duty, change.from, change.to, change.dueBy && iso(change.dueBy)]),
        millis?.at,
        millis?.changes[0]?.dueBy,
      ]
    },
    expected: [
      '2100-12-31T23:59:59.999+07:00',
      [['duty', 'update', 'not-yet-due', 'due', '2101-01-06T23:59:59.999+07:00']],
      Date.UTC(2100, 11, 31, 16, 59, 59, 999),
      Date.UTC(2101, 0, 6, 16, 59, 59, 999),
    ],
  },
  {
    id: 'range-end-006',
    title: 'Art. 6.2(b)(4): the century-long task owes 1,212 monthly updates, January 2000 to December 2100',
    working:
      'B4: due 31 Dec 2100, more than 6 months after its transfer: monthly updates (B7), up to the deadline while ' +
      'open. 101 years × 12 = 1,212 periods. The first starts at the transfer and is due at the end of Mon 31 Jan ' +
      '2000, later than 3 working days after the transfer (Tue 4, Wed 5, Thu 6 Jan 2000: 3 Jan, the nghỉ bù of ' +
      'Sat 1 Jan 2000, is the transfer’s day), so it is not folded. The last is due at the end of Fri 31 Dec 2100.',
    actual: () => {
      const { updates } = updateSchedule(longTask, { asOf: '2100-12-30T09:00' })
      const ends = [updates[0], updates[updates.length - 1]].map((update) => update && [iso(update.from), iso(update.dueBy)])
      return [updates.length, ...ends]
    },
    expected: [
      1212,
      ['2000-01-03T09:00:00.000+07:00', '2000-01-31T23:59:59.999+07:00'],
      ['2100-12-01T00:00:00.000+07:00', '2100-12-31T23:59:59.999+07:00'],
    ],
  },
  {
    id: 'range-end-007',
    title: 'nextChange: the century-long task asked on 4 January 2000 next changes when its receipt is missed, at 12:00:00.001',
    working:
      'B1: the transfer, Mon 3 Jan 2000 09:00, falls on a day off (nghỉ bù): the clock starts at the next opening, ' +
      'Tue 4 Jan 08:00; 4 h end at 12:00. Not acknowledged: missed one millisecond later. Nothing changes before.',
    actual: () => {
      const next = nextChange(longTask, { asOf: '2000-01-04T09:00' })
      return [next === null ? null : iso(next.at), next?.changes.map((change) => [change.kind, change.duty, change.to])]
    },
    expected: ['2000-01-04T12:00:00.001+07:00', [['duty', 'acknowledge-receipt', 'missed']]],
  },
  {
    id: 'range-end-008',
    title: 'nextChange: the century-long task asked on 30 December 2100 is "due" from the start of 31 December',
    working:
      'B9: 3 or fewer working days left (30, 31 Dec): approaching; "due" from the start of the deadline’s working ' +
      'day, Fri 31 Dec 00:00. The December update (due 31 Dec 23:59:59.999) stays due until then.',
    actual: () => {
      const next = nextChange(longTask, { asOf: '2100-12-30T09:00' })
      return [next === null ? null : iso(next.at), next?.changes.map((change) => [change.kind, change.from, change.to])]
    },
    expected: ['2100-12-31T00:00:00.000+07:00', [['warning', 'approaching', 'due']]],
  },
  {
    id: 'range-end-009',
    title: 'Art. 6.3: the update of Thursday 30 December 2100 is to be evaluated by the end of Wednesday 5 January 2101',
    working:
      'B18, 6.3: 3 working days after the update, its day not counted (B2): Fri 31 Dec (1), Tue 4 Jan (2), ' +
      'Wed 5 Jan (3), to 24:00.',
    actual: () =>
      dutiesOf(openTask, { asOf: OPEN_AS_OF })
        .filter((item) => item.duty === 'evaluate-update')
        .map((item) => [item.party, iso(item.from), iso(item.dueBy), item.state]),
    expected: [['monitoring-agency', '2100-12-30T10:00:00.000+07:00', '2101-01-05T23:59:59.999+07:00', 'due']],
  },
  {
    id: 'range-end-010',
    title: 'nextChange: an open task’s January 2101 update appears at 00:00:00.001 on 1 January, due at the end of 3 February',
    working:
      'B7: no deadline, monthly periods while open. December’s update was made on 30 Dec: nothing is missed at ' +
      'midnight. The January 2101 period begins at 1 Jan 00:00 and is owed from just after it. Its last day, ' +
      'Mon 31 Jan, is in the Tết block; so are Tue 1 and Wed 2 Feb: due at the end of Thu 3 Feb (Civil Code 148(5)).',
    actual: () => {
      const next = nextChange(openTask, { asOf: OPEN_AS_OF })
      return [
        next === null ? null : iso(next.at),
        next?.changes.map((change) => [change.duty, change.to, change.dueBy && iso(change.dueBy)]),
      ]
    },
    expected: ['2101-01-01T00:00:00.001+07:00', [['update', 'due', '2101-02-03T23:59:59.999+07:00']]],
  },
  {
    id: 'range-end-011',
    title: 'nextChange, quarterly cadence: the first quarter of 2101 appears, due at the end of Thursday 31 March 2101',
    working: 'B7, cadence quarterly: the period January–March 2101; 31 Mar 2101 is a Thursday, a working day: not moved.',
    actual: () => {
      const next = nextChange(openTask, { asOf: OPEN_AS_OF, cadence: 'quarterly' })
      return [next === null ? null : iso(next.at), next?.changes.map((change) => change.dueBy && iso(change.dueBy))]
    },
    expected: ['2101-01-01T00:00:00.001+07:00', ['2101-03-31T23:59:59.999+07:00']],
  },
]

describe('time limits after the end of the calendar’s range, asked about from inside it', () => {
  it.each(CASES.map((golden) => [golden.id, golden.title, golden] as const))('%s: %s', (_id, _title, golden) => {
    expect(golden.working.length).toBeGreaterThan(40)
    expect(golden.actual()).toEqual(golden.expected)
  })

  it('refuses what lies past the margin: the yearly update of 2101 is due in 2102', () => {
    // 31 Dec 2101 is a Saturday: the year's update would be due on the first working day of 2102, which no
    // year index holds. Refused, not guessed.
    const error = caught(() => nextChange(openTask, { asOf: OPEN_AS_OF, cadence: 'yearly' }))
    expect([error.code, error.path]).toEqual(['outside_calendar_range', ['day']])
  })
})
