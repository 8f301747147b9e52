// The completion status of Art. 4.1(đ), the warnings of Art. 18.1(d), and both in one call (evaluateTask),
// for the tasks of Conclusion 155-KL/TW. Run: npx tsx examples/status-and-alerts.ts
import { alertLevel, classifyCompletion, evaluateTask, type TaskInput, vietnamCalendar } from 'vn-task-sla'

const calendar = vietnamCalendar()
// The transfer instant is assumed (Monday 19 May 2025, 09:00): the conclusion does not give one.
const transferredAt = '2025-05-19T09:00'
const focus: TaskInput = { id: 'kl155-1-focus', transferredAt, deadline: '2025-06-30' }
const draft: TaskInput = {
  id: 'kl155-3-draft',
  transferredAt,
  deadline: '2025-05-31', // "before 1 June 2025": the end of Saturday 31 May, not moved
  events: [
    { type: 'acknowledged', at: '2025-05-19T10:30' },
    { type: 'started', at: '2025-05-20T09:00' },
  ],
}

console.log(`Art. 18.1(d) warnings for "${focus.id}" (due ${focus.deadline}):`)
for (const asOf of ['2025-06-19T10:14', '2025-06-19T10:15', '2025-06-25T09:00', '2025-06-30T08:00', '2025-07-01T08:00']) {
  const alert = alertLevel(focus, { calendar, asOf })
  console.log(`  ${asOf} ${alert.level.padEnd(11)} ${alert.reason.en} / ${alert.reason.vi}`)
}
const early = alertLevel(focus, { calendar, asOf: '2025-06-09T13:30', thresholds: { elapsedShare: 0.5 } })
console.log(`  2025-06-09T13:30 with elapsedShare 0.5: ${early.level} (${early.reason.en})`)

console.log(`\nArt. 4.1(đ) status of "${draft.id}":`)
for (const asOf of ['2025-05-30T17:00', '2025-06-02T08:00']) {
  const status = classifyCompletion(draft, { calendar, asOf })
  const moved = classifyCompletion(draft, { calendar, asOf, dateDeadlines: 'next-working-day' })
  console.log(
    `  ${asOf} ${status.status.padEnd(20)} [${status.citation.en}]; deadline moved to ${moved.deadline?.toISODate()}: ${moved.status}`,
  )
}
// The alternative reading of "late": behind the update schedule of Art. 6.2(b), before the deadline.
const started: TaskInput = { ...focus, events: [{ type: 'started', at: '2025-05-21T08:00' }] }
for (const inProgressLate of ['after-deadline', 'behind-update-schedule'] as const) {
  const status = classifyCompletion(started, { calendar, asOf: '2025-06-13T09:00', inProgressLate })
  console.log(`  "${focus.id}" started, 2025-06-13T09:00, late means ${inProgressLate}: ${status.status}`)
}

// One call for a portfolio: status, schedule compliance and warning, reading each task once.
console.log('\nevaluateTask as of 2025-07-02T09:00:')
const portfolio: readonly TaskInput[] = [
  focus,
  { ...draft, events: [...(draft.events ?? []), { type: 'completed', at: '2025-05-30T16:00' }] },
  {
    id: 'kl155-5-training',
    transferredAt,
    deadline: '2025-05-31',
    events: [{ type: 'deadline-extended', at: '2025-05-28T10:00', deadline: '2025-07-15' }],
  },
]
for (const task of portfolio) {
  const evaluation = evaluateTask(task, { calendar, asOf: '2025-07-02T09:00' })
  const updates = evaluation.compliance.map((item) => `${item.update.kind} ${item.state}`).join(', ')
  console.log(
    `  ${evaluation.id.padEnd(17)} ${evaluation.status.status.padEnd(23)} alert ${evaluation.alert.level.padEnd(11)} updates: ${updates}`,
  )
}
