// Real deadlines from the official calendar: run with `npm run demo`.
import {
  ACKNOWLEDGE_RECEIPT,
  alertLevel,
  classifyCompletion,
  deadline,
  dutiesOf,
  type TaskInput,
  updateCompliance,
  vietnamCalendar,
} from '../src/index.js'

const cal = vietnamCalendar()

type Row = { readonly rule: string; readonly from: string; readonly due: string; readonly note: string }

const fmt = (iso: string | null): string => (iso ?? '').replace('T', ' ').replace(/:00\.000\+07:00$|\.999\+07:00$/, '')

function hours(rule: string, from: string, amount: number, note: string): Row {
  return { rule, from, due: fmt(cal.addWorkingTime(from, { hours: amount }).toISO()), note }
}

function days(rule: string, from: string, amount: number, note: string): Row {
  return { rule, from, due: fmt(cal.addWorkingDays(from, amount).toISO()), note }
}

const rows: Row[] = [
  // Conclusion 155-KL/TW (Politburo and Secretariat meeting of 16 May 2025), a Friday afternoon.
  hours(
    'Art. 6.2(a) acknowledge, 4 working hours',
    '2025-05-16T16:00',
    4,
    'Conclusion 155-KL/TW reaches the assignee Friday 16:00',
  ),
  hours('Art. 6.2(a) object, 8 working hours', '2025-05-16T16:00', 8, 'same transfer; both clocks start at it'),
  days('Art. 6.1(a) classify and dispatch, 3 working days', '2025-05-16T09:00', 3, 'the issuing day is not counted'),
  // The 30 April – 1 May 2025 break, with Saturday 26 April worked in exchange for Friday 2 May.
  hours('Art. 6.2(a) acknowledge, 4 working hours', '2025-04-25T15:30', 4, 'Saturday 26/4/2025 is a make-up working day'),
  days('Art. 6.3 evaluate an update, 3 working days', '2025-04-28T10:00', 3, '30/4, 1/5 and the swapped 2/5 are off'),
  // Tết Bính Ngọ 2026: weekdays 16–20 February off (Thông báo 9441/TB-BNV).
  hours('Art. 6.2(a) acknowledge, 4 working hours', '2026-02-13T15:00', 4, 'transferred the Friday before Tết'),
  days('Art. 6.2(b) final update, 5 working days', '2026-02-12T17:00', 5, 'Tết 2026 takes a whole week'),
  // Hùng Kings' day 2026 falls on a Sunday: Monday 27 April is nghỉ bù.
  days('Art. 6.1(b) confirm feedback, 1 working day', '2026-04-24T11:00', 1, 'nghỉ bù 27/4/2026'),
  // 2027 has no announced schedule yet: the answer is provisional.
  days('Art. 6.1(a) classify and dispatch, 3 working days', '2027-02-03T10:00', 3, 'Tết 2027, provisional'),
]

const width = (key: keyof Row): number => Math.max(key.length, ...rows.map((row) => row[key].length))
const line = (row: Record<keyof Row, string>): string =>
  (['rule', 'from', 'due', 'note'] as const).map((key) => row[key].padEnd(width(key))).join('  ')

process.stdout.write(`vn-task-sla — deadlines in working time (Asia/Ho_Chi_Minh, Mon–Fri 08:00–12:00, 13:00–17:00)\n\n`)
process.stdout.write(`${line({ rule: 'rule', from: 'from', due: 'due', note: 'note' })}\n`)
for (const row of rows) process.stdout.write(`${line({ ...row, from: fmt(row.from) })}\n`)

const tet = cal.explain.addWorkingTime('2026-02-13T15:00', { hours: 4 })
process.stdout.write('\nWhy the Tết 2026 acknowledgement is due on Monday 23 February:\n')
for (const day of tet.skipped) {
  const reasons = day.reasons.map((reason) => `${reason.name.vi} / ${reason.name.en} [${reason.source}]`).join('; ')
  process.stdout.write(`  ${day.date}  ${reasons}\n`)
}
const provisional = cal.describeDay('2027-02-08')
process.stdout.write(
  `\n2027-02-08 working: ${provisional.working}, provisional: ${provisional.provisional} (${provisional.reasons.map((reason) => reason.name.en).join('; ')})\n`,
)

// Conclusion 155-KL/TW: its tasks, as an agency would track them. The transfer instant is assumed
// (Monday 19 May 2025, 09:00); the deadlines are the document's own ("before 1 June 2025" is the end
// of 31 May; "before 25 June" the end of 24 June; "by 30 June"; "to the end of October 2025").
const transferredAt = '2025-05-19T09:00'
const conclusion155: TaskInput[] = [
  {
    id: 'draft decentralisation documents (before 1 June 2025)',
    transferredAt,
    deadline: '2025-05-31',
    events: [
      { type: 'acknowledged', at: '2025-05-19T10:30' },
      { type: 'started', at: '2025-05-20T08:00' },
      { type: 'completed', at: '2025-05-30T16:00' },
    ],
  },
  {
    id: 'issue the documents (before 25 June 2025)',
    transferredAt,
    deadline: '2025-06-24',
    events: [
      { type: 'acknowledged', at: '2025-05-19T14:00' },
      { type: 'progress-updated', at: '2025-06-06T09:00' },
    ],
  },
  {
    id: 'key tasks of the reorganisation (by 30 June 2025)',
    transferredAt,
    deadline: '2025-06-30',
    events: [
      { type: 'acknowledged', at: '2025-05-19T11:00' },
      { type: 'started', at: '2025-05-21T08:00' },
    ],
  },
  {
    id: 'standing units operate (to the end of October 2025)',
    transferredAt,
    deadline: '2025-10-31',
    events: [{ type: 'acknowledged', at: '2025-05-20T08:30' }],
  },
  { id: 'online training (immediately, in May 2025)', transferredAt, deadline: '2025-05-31' },
]
const asOf = '2025-06-26T09:00'
process.stdout.write(
  `\nConclusion 155-KL/TW, as of ${fmt(asOf)} (acknowledge by ${fmt(deadline(ACKNOWLEDGE_RECEIPT, transferredAt, { calendar: cal }).due.toISO())}, Art. 6.2(a)):\n`,
)
for (const task of conclusion155) {
  const status = classifyCompletion(task, { asOf, calendar: cal })
  const updates = updateCompliance(task, { asOf, calendar: cal })
  const alert = alertLevel(task, { asOf, calendar: cal })
  process.stdout.write(
    `  ${task.id.padEnd(54)} due ${fmt(status.deadline?.toISO() ?? null).padEnd(19)} ${status.status.padEnd(24)} [${status.citation.en}]  alert: ${alert.level} [${alert.citation.en}]\n`,
  )
  for (const update of updates) {
    process.stdout.write(
      `      ${update.update.kind.padEnd(14)} update from ${fmt(update.update.from.toISO()).padEnd(19)} by ${fmt(update.update.dueBy.toISO()).padEnd(19)} ${update.state.padEnd(12)} [${update.citation.en}]\n`,
    )
  }
}

// The same conclusion, one task objected to and re-assigned (Art. 6.1(b), 6.2(a); B18): the duty ledger of
// every party. The first assignee finds the task outside its competence; the Office re-assigns it the next
// day, and the new assignee's clocks start at that instant: its receipt, its duration class and its updates.
// The first assignee's half update (from 9 June) was still open then: it is owed no more and is not listed.
// The issue and every event are assumed.
const reassigned: TaskInput = {
  id: 'guide the reorganisation of commune-level units (by 30 June 2025)',
  issuedAt: '2025-05-16T09:00',
  transferredAt,
  deadline: '2025-06-30',
  events: [
    { type: 'acknowledged', at: '2025-05-19T10:00' },
    { type: 'objected', at: '2025-05-19T15:00' },
    { type: 'objection-handled', at: '2025-05-20T11:00', outcome: 'reassigned' },
    { type: 'reassigned', at: '2025-05-20T14:00', to: 'second assignee' },
    { type: 'acknowledged', at: '2025-05-21T08:30' },
    { type: 'progress-updated', at: '2025-06-11T10:00' },
    { type: 'evaluated', at: '2025-06-17T09:00' },
  ],
}
process.stdout.write(
  `\nDuties of Art. 6 for "${reassigned.id}", as of ${fmt(asOf)} (#0 first assignee, #1 after the re-assignment):\n`,
)
for (const item of dutiesOf(reassigned, { asOf, calendar: cal })) {
  const duty = item.update === undefined ? item.duty : `${item.duty} ${item.update}`
  const met = item.metBy === null ? '' : ` (${item.metBy.type} ${fmt(item.metBy.at.toISO())})`
  process.stdout.write(
    `  #${item.assignment} ${item.party.padEnd(17)} ${duty.padEnd(21)} from ${fmt(item.from.toISO()).padEnd(19)} by ${fmt(item.dueBy.toISO()).padEnd(19)} ${item.state.padEnd(11)} [${item.citation.en}]${met}\n`,
  )
}
