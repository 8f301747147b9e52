// The rules over a portfolio: `npx tsx bench/rules-run.ts [--tasks N]`.
//
// 100,000 generated tasks (durations from the four classes of Art. 6.2(b), a share acknowledged, started,
// updated, completed, extended), each passed once through updateSchedule, updateCompliance,
// classifyCompletion and alertLevel, as of one instant. The target is under 2 s for the whole run.
// Instants are epoch milliseconds, the fast input form. The generator is seeded, so runs compare.
import { loadavg } from 'node:os'
import {
  alertLevel,
  classifyCompletion,
  type TaskEvent,
  type TaskInput,
  updateCompliance,
  updateSchedule,
  vietnamCalendar,
} from '../src/index.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const countArgument = process.argv.indexOf('--tasks')
const COUNT = countArgument > 0 ? Number(process.argv[countArgument + 1]) : 100_000
const TARGET_MS = 2_000

/** A small seeded generator (mulberry32), so every run sees the same portfolio. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function portfolio(count: number): TaskInput[] {
  const random = generator(155)
  const start = Date.UTC(2025, 0, 2, 1)
  const lengths = [20 * DAY, 60 * DAY, 120 * DAY, 250 * DAY]
  return Array.from({ length: count }, (_, index): TaskInput => {
    const transferredAt = start + Math.floor(random() * 300) * DAY + Math.floor(random() * 9) * HOUR
    const length = lengths[Math.floor(random() * lengths.length)] ?? DAY
    const deadline = random() < 0.1 ? null : transferredAt + length
    const events: TaskEvent[] = []
    if (random() < 0.9) events.push({ type: 'acknowledged', at: transferredAt + Math.floor(random() * 6) * HOUR })
    if (random() < 0.8) events.push({ type: 'started', at: transferredAt + DAY })
    const span = deadline === null ? 200 * DAY : deadline - transferredAt
    for (let update = 0; update < 3; update += 1) {
      if (random() < 0.6) events.push({ type: 'progress-updated', at: transferredAt + Math.floor(random() * span) })
    }
    if (deadline !== null && random() < 0.1)
      events.push({ type: 'deadline-extended', at: transferredAt + span / 2, deadline: deadline + 30 * DAY })
    if (random() < 0.5) events.push({ type: 'completed', at: transferredAt + Math.floor(random() * span * 1.2) })
    return { id: `task-${index}`, transferredAt, deadline, events }
  })
}

const calendar = vietnamCalendar()
const tasks = portfolio(COUNT)
const asOf = Date.UTC(2025, 11, 31, 10)
const until = Date.UTC(2026, 5, 30, 10)
// Warm the calendar's years and the code paths before timing.
for (const task of tasks.slice(0, 2_000)) {
  updateCompliance(task, { calendar, asOf, until })
  alertLevel(task, { calendar, asOf })
}

const timings: Record<string, number> = {}
const counts = { updates: 0, late: 0, overdue: 0 }
const time = (name: string, run: (task: TaskInput) => void): void => {
  const begin = performance.now()
  for (const task of tasks) run(task)
  timings[name] = performance.now() - begin
}
time('updateSchedule', (task) => {
  counts.updates += updateSchedule(task, { calendar, until }).updates.length
})
time('updateCompliance', (task) => {
  counts.late += updateCompliance(task, { calendar, asOf, until }).filter((update) => update.state !== 'made-on-time').length
})
time('classifyCompletion', (task) => {
  if (classifyCompletion(task, { calendar, asOf }).status === 'not-implemented-overdue') counts.overdue += 1
})
time('alertLevel', (task) => {
  alertLevel(task, { calendar, asOf })
})

const total = Object.values(timings).reduce((sum, value) => sum + value, 0)
process.stdout.write(`vn-task-sla rules over a portfolio: ${COUNT.toLocaleString('en')} tasks, node ${process.version}\n`)
for (const [name, ms] of Object.entries(timings)) {
  process.stdout.write(
    `  ${name.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(6)} s   ${((ms * 1000) / COUNT).toFixed(1).padStart(6)} µs/task\n`,
  )
}
const verdict = COUNT === 100_000 ? (total < TARGET_MS ? 'HOLDS' : 'NOT MET') : 'the target is for 100,000 tasks'
process.stdout.write(
  `  ${'all four'.padEnd(20)} ${(total / 1000).toFixed(2).padStart(6)} s   target < ${TARGET_MS / 1000} s: ${verdict}\n`,
)
process.stdout.write(
  `  (${counts.updates} required updates, ${counts.late} not made on time, ${counts.overdue} never started and overdue; load ${loadavg()[0]?.toFixed(2)})\n`,
)
