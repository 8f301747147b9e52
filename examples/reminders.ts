// The week's reminders for a portfolio (Art. 9.2 "kịp thời nhắc nhở", Art. 18.1(d)), grouped by working day
// and party, printed in Vietnamese: what a monitoring desk e-mails each morning. The week of 27 April 2026
// holds three days off (Mon 27/4 nghỉ bù for Hùng Kings' day, Thu 30/4, Fri 1/5): a reminder for a day off
// goes out on the last working day before it. Then when each task next needs attention (`nextChange`), and
// the dashboard counts (Art. 16.1). Run: npx tsx examples/reminders.ts
import { agenda, nextChange, portfolioSummary, type TaskInput, vietnamCalendar } from 'vn-task-sla'
import { LABELS } from 'vn-task-sla/labels'

const calendar = vietnamCalendar()
const asOf = '2026-04-24T17:00'
const WEEKDAYS_VI = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']

const units: { unit: string; tasks: TaskInput[] }[] = [
  {
    unit: 'Ban Tổ chức Trung ương',
    tasks: [
      // Due Wed 29 April: about to be overdue, then due, then overdue within the week.
      {
        id: 'TC-01',
        issuedAt: '2026-03-30T09:00',
        transferredAt: '2026-03-31T10:00',
        deadline: '2026-04-29',
        events: [{ type: 'acknowledged', at: '2026-03-31T11:00' }],
      },
      // Six weeks long (Art. 6.2(b)(2)): its half-time update, from 22 April, falls due on Tue 28 April.
      {
        id: 'TC-02',
        transferredAt: '2026-03-30T09:00',
        deadline: '2026-05-15',
        events: [
          { type: 'acknowledged', at: '2026-03-30T10:00' },
          { type: 'started', at: '2026-03-31T09:00' },
        ],
      },
    ],
  },
  {
    unit: 'Tỉnh ủy Nghệ An',
    tasks: [
      // Completed Fri 24 April: the monitoring agency's evaluation is due within 3 working days (Art. 6.3).
      {
        id: 'NA-01',
        transferredAt: '2026-04-06T08:00',
        deadline: '2026-04-30',
        events: [
          { type: 'acknowledged', at: '2026-04-06T09:00' },
          { type: 'completed', at: '2026-04-24T15:00' },
        ],
      },
      // Objected on Friday afternoon: the Office confirms its handling within 1 working day (Art. 6.1(b)).
      {
        id: 'NA-02',
        transferredAt: '2026-04-24T09:00',
        deadline: '2026-06-30',
        events: [
          { type: 'acknowledged', at: '2026-04-24T10:00' },
          { type: 'objected', at: '2026-04-24T16:00' },
        ],
      },
    ],
  },
]
const tasks = units.flatMap((entry) => entry.tasks)

const week = agenda(tasks, { from: '2026-04-27', to: '2026-05-03', asOf, calendar })
console.log(`Nhắc việc tuần 27/4 – 3/5/2026 (khoản 2 Điều 9, điểm d khoản 1 Điều 18), as of ${asOf}:`)
for (const day of week.byDay) {
  const weekday = WEEKDAYS_VI[(calendar.endOfDay(day.day).weekday - 1) % 7]
  console.log(`\n${day.day} (${weekday})`)
  for (const party of ['office', 'assignee', 'monitoring-agency'] as const) {
    const items = day.items.filter((item) => item.party === party)
    if (items.length === 0) continue
    console.log(`  ${LABELS.party[party].vi}:`)
    for (const item of items) {
      const what =
        item.kind === 'warning' && item.level !== undefined
          ? `nhiệm vụ ${LABELS.warning[item.level].vi}`
          : item.duty !== undefined
            ? `hạn ${LABELS.duty.kind[item.duty].vi}`
            : ''
      console.log(`    ${item.at.toFormat('dd/MM HH:mm')}  ${item.taskId}  ${what} [${item.citation.vi}]`)
    }
  }
}

console.log('\nWhen each task next needs attention (nextChange):')
for (const task of tasks) {
  const next = nextChange(task, { asOf, calendar })
  const changes = (next?.changes ?? []).map(
    (change) => `${change.kind}${change.duty ? ` ${change.duty}` : ''} ${change.from} → ${change.to}`,
  )
  console.log(`  ${task.id.padEnd(6)} ${next === null ? 'nothing will change' : `${next.at.toISO()}: ${changes.join('; ')}`}`)
}

const summary = portfolioSummary(units, { asOf, calendar })
console.log('\nDashboard (khoản 1 Điều 16), as of 24/4/2026 17:00:')
for (const unit of summary.units) {
  const warnings = Object.entries(unit.warning)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${LABELS.warning[level as keyof typeof unit.warning].vi}: ${count}`)
  console.log(`  ${unit.unit}: ${unit.tasks} nhiệm vụ; ${warnings.join(', ')}`)
}
console.log(
  `  Attention now: ${summary.total.attention.map((task) => `${task.taskId} (${task.reasons.join(', ')})`).join('; ') || 'none'}`,
)
