// Two versions of the package side by side in one process: `npx tsx bench/compare-run.ts --against <entry>`,
// where <entry> is another checkout's `src/index.ts` (e.g. a `git worktree` of the previous release, with its
// own `npm ci`). Each row runs the same seeded portfolio through the same function of both versions,
// alternating which goes first, and prints the best pass of each (noise only ever adds time) and their ratio.
// The options both versions accept are passed: a calendar, `asOf`, `until`.
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import * as current from '../src/index.js'
import { portfolio } from './portfolio.js'

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(name)
  return index > 0 ? process.argv[index + 1] : undefined
}
const against = argument('--against')
if (against === undefined) {
  console.error('usage: npx tsx bench/compare-run.ts --against <another checkout>/src/index.ts [--tasks N] [--passes N]')
  process.exit(2)
}
const COUNT = Number(argument('--tasks') ?? 30_000)
const PASSES = Number(argument('--passes') ?? 7)

type Api = typeof current
const other = (await import(pathToFileURL(against).href)) as Api
const apis: readonly [Api, Api] = [other, current]
const calendars = apis.map((api) => api.vietnamCalendar())

const tasks = portfolio(COUNT, { start: Date.UTC(2025, 0, 2, 1), days: 330 })
const asOf = Date.UTC(2025, 11, 31, 10)
const until = Date.UTC(2026, 5, 30, 10)
const units = Array.from({ length: Math.floor(COUNT / 100) }, (_, index) => ({
  unit: `unit-${String(index).padStart(4, '0')}`,
  tasks: tasks.slice(index * 100, (index + 1) * 100),
}))
const range = { from: '2025-01-01', to: '2025-12-31' }
const simulated = current.generatePortfolio({ seed: 155, size: Math.floor(COUNT / 6), ...range })

// Each row: what one pass runs, given a version and its calendar; the unit it is reported in.
type Row = {
  readonly name: string
  readonly per: number
  readonly unit: string
  readonly pass: (api: Api, calendar: unknown) => () => void
}
const perTask = (name: string, call: (api: Api, task: unknown, calendar: unknown) => unknown): Row => ({
  name,
  per: tasks.length,
  unit: 'µs a task',
  pass: (api, calendar) => () => {
    for (const task of tasks) call(api, task, calendar)
  },
})
const rows: readonly Row[] = [
  perTask('updateSchedule', (api, task, calendar) => api.updateSchedule(task as never, { calendar, asOf, until } as never)),
  perTask('updateCompliance', (api, task, calendar) => api.updateCompliance(task as never, { calendar, asOf, until } as never)),
  perTask('classifyCompletion', (api, task, calendar) => api.classifyCompletion(task as never, { calendar, asOf } as never)),
  perTask('alertLevel', (api, task, calendar) => api.alertLevel(task as never, { calendar, asOf } as never)),
  perTask('evaluateTask', (api, task, calendar) => api.evaluateTask(task as never, { calendar, asOf, until } as never)),
  perTask('evaluateTaskMillis', (api, task, calendar) =>
    api.evaluateTaskMillis(task as never, { calendar, asOf, until } as never),
  ),
  perTask('deadline (4 working hours)', (api, task, calendar) =>
    api.deadline(api.ACKNOWLEDGE_RECEIPT, (task as { transferredAt: number }).transferredAt, { calendar } as never),
  ),
  {
    name: `scoreUnits (${units.length} units × 100 tasks)`,
    per: 1,
    unit: 'ms a call',
    pass: (api, calendar) => {
      const period = api.quarter(2025, 4)
      return () => void api.scoreUnits(units as never, period, { calendar } as never)
    },
  },
  {
    name: `simulate (${simulated.length} tasks × 2025)`,
    per: 1,
    unit: 'ms a call',
    pass: (api, calendar) => () => void api.simulate(simulated as never, { ...range, calendar } as never),
  },
]

const scale = (row: Row): number => (row.unit === 'ms a call' ? 1 : 1000)
console.log(`${COUNT.toLocaleString('en')} tasks, best of ${PASSES} passes each; load ${loadavg()[0]?.toFixed(2)}`)
console.log(`${'function'.padEnd(34)} ${'other'.padStart(10)} ${'this'.padStart(10)}   this ÷ other`)
for (const row of rows) {
  const runs = apis.map((api, index) => row.pass(api, calendars[index]))
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (const index of pass % 2 === 0 ? [0, 1] : [1, 0]) {
      const begin = performance.now()
      ;(runs[index] as () => void)()
      best[index] = Math.min(best[index] as number, ((performance.now() - begin) * scale(row)) / row.per)
    }
  }
  const [before, after] = best as [number, number]
  console.log(
    `${row.name.padEnd(34)} ${before.toFixed(2).padStart(10)} ${after.toFixed(2).padStart(10)}   ${(after / before).toFixed(2)}  (${row.unit})`,
  )
}
