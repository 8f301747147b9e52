// The monitoring desk over a portfolio: `npx tsx bench/monitoring-run.ts [--tasks N]`.
//
// nextChange for each task of a seeded portfolio (the instant a scheduler's timer is set for); agenda for
// 10,000 tasks over one quarter (target: under 1 s); portfolioSummary for 1,000 units of 100 tasks. Each
// row runs PASSES times and prints its best pass (noise only ever adds time) and its median.
import { loadavg } from 'node:os'
import { agenda, nextChangeMillis, portfolioSummary, type TaskInput, vietnamCalendar } from '../src/index.js'
import { portfolio } from './portfolio.js'

const countArgument = process.argv.indexOf('--tasks')
const COUNT = countArgument > 0 ? Number(process.argv[countArgument + 1]) : 10_000
const PASSES = 5
const AGENDA_TARGET_MS = 1_000

const calendar = vietnamCalendar()
const tasks = portfolio(COUNT, { start: Date.UTC(2025, 6, 1, 1), days: 270 })
const asOf = Date.UTC(2026, 2, 31, 10)
const quarter = { from: '2026-04-01', to: '2026-06-30' } as const
const unitTasks = portfolio(100_000, { start: Date.UTC(2025, 6, 1, 1), days: 270, seed: 16 })
const units = Array.from({ length: 1_000 }, (_, index) => ({
  unit: `unit-${String(index).padStart(4, '0')}`,
  tasks: unitTasks.slice(index * 100, (index + 1) * 100),
}))
// Warm the calendar's years and the code paths before timing.
for (const task of tasks.slice(0, 1_000)) nextChangeMillis(task, { calendar, asOf })
agenda(tasks.slice(0, 1_000), { ...quarter, asOf, calendar })

function timed(run: () => unknown): { best: number; median: number } {
  const times: number[] = []
  for (let pass = 0; pass < PASSES; pass += 1) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { best: times[0] as number, median: times[Math.floor(PASSES / 2)] as number }
}

const eachNext = (list: readonly TaskInput[]) => () => {
  for (const task of list) nextChangeMillis(task, { calendar, asOf })
}
const next = timed(eachNext(tasks))
const planned = timed(() => agenda(tasks, { ...quarter, asOf, calendar }))
const summary = timed(() => portfolioSummary(units, { asOf, calendar }))

const line = (name: string, value: string, median: string, note = ''): string =>
  `  ${name.padEnd(42)} ${value.padStart(10)}   median ${median.padStart(10)}${note}`
console.log(`vn-task-sla monitoring desk, node ${process.version}, best and median of ${PASSES} passes`)
console.log(
  line(
    `nextChange (${COUNT.toLocaleString('en')} tasks)`,
    `${((next.best / COUNT) * 1000).toFixed(1)} µs`,
    `${((next.median / COUNT) * 1000).toFixed(1)} µs`,
    ' a task',
  ),
)
const holds = planned.best < AGENDA_TARGET_MS ? 'HOLDS' : 'MISSED'
console.log(
  line(
    `agenda (${COUNT.toLocaleString('en')} tasks × Q2 2026)`,
    `${planned.best.toFixed(0)} ms`,
    `${planned.median.toFixed(0)} ms`,
    `   target < ${AGENDA_TARGET_MS} ms: ${holds}`,
  ),
)
console.log(
  line('portfolioSummary (1,000 units × 100 tasks)', `${summary.best.toFixed(0)} ms`, `${summary.median.toFixed(0)} ms`),
)
console.log(`  (load ${loadavg()[0]?.toFixed(2)})`)
