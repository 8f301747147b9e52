// Deadline simulation: a seeded portfolio stepped through 2026's months, and one what-if question.
// Run: npx tsx examples/simulation.ts
import { generatePortfolio, simulate, vietnamCalendar } from 'vn-task-sla'

const calendar = vietnamCalendar()
// 1,000 tasks transferred in the first quarter of 2026 (Tết 2026 included), deadlines from the four
// duration classes of Art. 6.2(b); units acknowledge after 4 working hours on average (Art. 6.2(a)).
const portfolio = { seed: 155, size: 1_000, from: '2026-01-02', to: '2026-03-31', calendar } as const
const range = { from: '2026-01-31', to: '2026-12-31', step: 'month', calendar } as const

const percent = (share: number | undefined): string => `${(100 * (share ?? 0)).toFixed(1)}%`
const OVERDUE = ['in-progress-late', 'not-implemented-overdue'] as const

const base = simulate(generatePortfolio({ ...portfolio, acknowledgement: { workingHours: 4 } }), range)
console.log('Month end   transferred  completed  in progress  overdue  not started  updates missed')
for (const step of base.steps) {
  const { counts } = step
  const completed = counts['completed-on-time'] + counts['completed-late'] + counts.completed
  const inProgress = counts['in-progress-on-time'] + counts['in-progress']
  const overdue = OVERDUE.reduce((sum, status) => sum + counts[status], 0)
  const cells = [step.transferred, completed, inProgress, overdue, counts['not-started'], step.updates.missed]
  console.log(`${step.day}  ${cells.map((cell, index) => String(cell).padStart([11, 9, 11, 7, 11, 14][index] ?? 0)).join('  ')}`)
}
console.log('(statuses of Art. 4.1(đ); overdue: past the deadline, not completed; updates of Art. 6.2(b))')

// The what-if: the same tasks (same seed), units acknowledging after 6 working hours on average.
const slow = simulate(generatePortfolio({ ...portfolio, acknowledgement: { workingHours: 6 } }), range)
const late = ['completed-late', ...OVERDUE] as const
console.log()
console.log('Late or overdue on 31 Dec 2026 (Art. 4.1(đ)), by typical acknowledgement delay (Art. 6.2(a)):')
console.log(`  4 working hours: ${percent(base.shareOf(late).at(-1))}`)
console.log(`  6 working hours: ${percent(slow.shareOf(late).at(-1))}`)
console.log(`Warnings on 30 Jun 2026 (Art. 18.1(d)): ${JSON.stringify(base.steps[5]?.alerts)}`)
