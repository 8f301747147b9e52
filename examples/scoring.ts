// Article 17: a quarter's evaluation of units, their grades and ranking, and the two-period flag of 17.3(b).
// Run: npx tsx examples/scoring.ts
import {
  consecutiveNotCompleted,
  DEFAULT_INDICATORS,
  nextPeriod,
  quarter,
  type ScoredUnits,
  scoreUnits,
  type TaskEventType,
} from 'vn-task-sla'

// Q1 2026 (Tết 2026 is 14–22 February): two units, one task each, transferred Monday 5 January 08:00.
const transferredAt = '2026-01-05T08:00'
const unit = (name: string, id: string, deadline: string, ...events: [TaskEventType, string][]): ScoredUnits[number] => ({
  unit: name,
  tasks: [{ id, transferredAt, deadline, events: events.map(([type, at]) => ({ type, at })) }],
})
const units = [
  unit('Ban Kinh tế', 'B', '2026-03-20', ['acknowledged', '2026-01-06T09:00'], ['completed', '2026-03-25T10:00']),
  unit(
    'Ban Tuyên giáo',
    'A',
    '2026-02-27',
    ['acknowledged', '2026-01-05T09:00'],
    ['progress-updated', '2026-02-02T10:00'],
    ['completed', '2026-02-20T10:00'],
  ),
]
const q1 = quarter(2026, 1)
console.log(`${q1.label.en} / ${q1.label.vi}: ${q1.from} to ${q1.to} [${q1.citation.en}]`)
console.log(`Indicator set: ${DEFAULT_INDICATORS.id} (official: ${DEFAULT_INDICATORS.official})`)
const results = scoreUnits(units, q1)
for (const result of results) {
  console.log(
    `  rank ${result.rank} ${result.unit.padEnd(15)} score ${result.score} grade ${result.grade} [${result.citation.en}]`,
  )
  for (const indicator of result.indicators) {
    const items = indicator.items.map((item) => `${item.item}=${item.score}`).join(' ')
    console.log(`    ${indicator.id.padEnd(19)} weight ${indicator.weight} value ${indicator.value} (${items})`)
  }
}

// Art. 17.3(b): a unit graded not-completed in two consecutive quarters must explain itself.
// Q2 2026: Ban Kinh tế's next task, due 29 May, is never started.
const q2 = nextPeriod(q1)
const nextQuarter = scoreUnits([unit('Ban Kinh tế', 'C', '2026-05-29')], q2)
console.log(`\n${q2.label.en}: ${nextQuarter.map((result) => `${result.unit} ${result.score} ${result.grade}`).join('; ')}`)
for (const flag of consecutiveNotCompleted([results, nextQuarter])) {
  console.log(`${flag.citation.en}: ${flag.unit} not completed in ${flag.periods.map((period) => period.label.en).join(' and ')}`)
}
console.log(`Data cut-off quarter: ${quarter(2026, 1, { cutOffDay: 14 }).label.en}`)
