// The update schedule of Art. 6.2(b) for its four duration classes, and its compliance as of an instant.
// Run: npx tsx examples/update-schedule.ts
import { type TaskInput, updateCompliance, updateSchedule, vietnamCalendar } from 'vn-task-sla'

const calendar = vietnamCalendar()
const show = (iso: string | null): string => (iso ?? '').slice(0, 16).replace('T', ' ')

const task = (id: string, transferredAt: string, deadline: string, events: TaskInput['events']): TaskInput => ({
  id,
  transferredAt,
  deadline,
  events,
})
const updated = (at: string) => ({ type: 'progress-updated', at }) as const
const longTask = task('6-months-or-more', '2025-01-15T09:00', '2025-10-31', [updated('2025-03-28T15:00')])
const cases: readonly (readonly [TaskInput, string])[] = [
  // Art. 6.2(b)(1), under 1 month, completed early: the final update counts from the completion
  // (Saturday 26 April 2025 was a make-up working day).
  [task('under-1-month', '2025-04-21T09:00', '2025-04-30', [{ type: 'completed', at: '2025-04-25T10:00' }]), '2025-05-05T08:00'],
  // Art. 6.2(b)(2), 1 to under 3 months: a half-time update, then the final one.
  [task('1-to-3-months', '2025-05-19T08:00', '2025-06-30T08:00', [updated('2025-06-13T09:00')]), '2025-07-04T08:00'],
  // Art. 6.2(b)(3), 3 to under 6 months, across Tết 2026: ½ and ¾ updates, the final one within 5 working days.
  [
    task('3-to-6-months', '2026-01-05T08:00', '2026-04-30', [updated('2026-03-04T10:00'), updated('2026-04-10T10:00')]),
    '2026-05-04T08:00',
  ],
  // Art. 6.2(b)(4), 6 months or more: periodic updates, here by quarter.
  [longTask, '2025-07-04T08:00'],
]

for (const [task, asOf] of cases) {
  const schedule = updateSchedule(task, { calendar, cadence: 'quarterly' })
  console.log(`${task.id}: class ${schedule.durationClass} [${schedule.citation.en}], as of ${show(asOf)}`)
  for (const item of updateCompliance(task, { calendar, cadence: 'quarterly', asOf })) {
    const { kind, from, dueBy } = item.update
    const made = item.satisfiedBy === null ? '' : ` (${item.satisfiedBy.type} ${show(item.satisfiedBy.at.toISO())})`
    console.log(
      `  ${kind.padEnd(14)} from ${show(from.toISO())} due ${show(dueBy.toISO())} [${item.citation.en}] ${item.state}${made}`,
    )
  }
}

// Monthly is the default cadence; "by the 20th" lets the Office compile its report before the 25th (Art. 16.2).
const monthly = updateSchedule(longTask, { calendar }).updates.map((update) => update.dueBy.toISODate())
const by20th = updateSchedule(longTask, { calendar, dueDayOfMonth: 20 }).updates.map((update) => update.dueBy.toISODate())
console.log(`\nArt. 6.2(b)(4) monthly:    ${monthly.join(' ')}`)
console.log(`Art. 6.2(b)(4) by the 20th: ${by20th.join(' ')}`)
