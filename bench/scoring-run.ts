// Scoring a quarter (Art. 17): `npx tsx bench/scoring-run.ts [--units N]`.
//
// 1,000 units of 100 tasks each (the seeded portfolio of bench/portfolio.ts, transfers through 2025)
// scored for the fourth quarter of 2025 with the default indicator set: status, update compliance and
// receipt timeliness of every task, grades and the ranking. The target is under 2 s. The run is timed
// five times: this machine shares its cores and its speed moves by up to half from one minute to the
// next, so the best pass (noise only ever adds time) is checked against the target, and the median shown.
//
// Then explanationFlags (Art. 17.3(b)) on a history of 20 quarters, for 1,000 units and for 4,000: n log n
// reads four times the scores in a little over four times the time (a quadratic reading would take sixteen).
import { loadavg } from 'node:os'
import { explanationFlags, quarter, scoreUnits, vietnamCalendar } from '../src/index.js'
import { portfolio } from './portfolio.js'

const unitsArgument = process.argv.indexOf('--units')
const UNITS = unitsArgument > 0 ? Number(process.argv[unitsArgument + 1]) : 1_000
const TASKS_PER_UNIT = 100
const TARGET_MS = 2_000
const PASSES = 5

const calendar = vietnamCalendar()
const tasks = portfolio(UNITS * TASKS_PER_UNIT, { start: Date.UTC(2025, 0, 2, 1), days: 330 })
const units = Array.from({ length: UNITS }, (_, index) => ({
  unit: `unit-${String(index).padStart(4, '0')}`,
  tasks: tasks.slice(index * TASKS_PER_UNIT, (index + 1) * TASKS_PER_UNIT),
}))
const period = quarter(2025, 4)
// Warm the calendar's years and the code paths before timing.
scoreUnits(units.slice(0, 20), period, { calendar })

const passes: number[] = []
let results = scoreUnits([], period, { calendar })
for (let pass = 0; pass < PASSES; pass += 1) {
  const begin = performance.now()
  results = scoreUnits(units, period, { calendar })
  passes.push(performance.now() - begin)
}
const sorted = [...passes].sort((a, b) => a - b)
const best = sorted[0] as number
const median = sorted[Math.floor(PASSES / 2)] as number

const grades = new Map<string, number>()
for (const result of results) grades.set(String(result.grade), (grades.get(String(result.grade)) ?? 0) + 1)
const verdict =
  UNITS === 1_000
    ? `target < ${TARGET_MS / 1000} s: ${best < TARGET_MS ? 'HOLDS' : 'NOT MET'}`
    : '(the target is for 1,000 units)'
process.stdout.write(
  `vn-task-sla scoring ${period.label.en}: ${UNITS.toLocaleString('en')} units × ${TASKS_PER_UNIT} tasks, node ${process.version}\n`,
)
process.stdout.write(
  `  scoreUnits   ${(best / 1000).toFixed(2)} s (best of ${PASSES}; median ${(median / 1000).toFixed(2)} s)   ${((best * 1000) / (UNITS * TASKS_PER_UNIT)).toFixed(1)} µs/task   ${verdict}\n`,
)
process.stdout.write(
  `  (grades: ${[...grades].map(([grade, count]) => `${grade} ${count}`).join(', ')}; best ${results[0]?.unit} at ${results[0]?.score}; load ${loadavg()[0]?.toFixed(2)})\n`,
)

/** The best of five passes of explanationFlags over 20 quarters of `unitCount` units, in ms. */
function explanationFlagsMs(unitCount: number): number {
  const quarters = Array.from({ length: 20 }, (_, i) => quarter(2025 + Math.floor(i / 4), (i % 4) + 1))
  const history = quarters.map((each, p) =>
    Array.from({ length: unitCount }, (_, u) => {
      const value = ((u * 37 + p * 11) % 100) + 0.5
      const grade = value >= 50 ? 'completed' : 'not-completed'
      return { unit: `unit-${u}`, period: each, score: value, grade } as const
    }),
  )
  explanationFlags(history)
  const times: number[] = []
  for (let pass = 0; pass < PASSES; pass += 1) {
    const begin = performance.now()
    explanationFlags(history)
    times.push(performance.now() - begin)
  }
  return Math.min(...times)
}
const small = explanationFlagsMs(1_000)
const large = explanationFlagsMs(4_000)
process.stdout.write(
  `  explanationFlags   20,000 scores ${small.toFixed(1)} ms, 80,000 scores ${large.toFixed(1)} ms (best of ${PASSES}): ×${(large / small).toFixed(1)} for ×4 the scores (n log n: about ×4.5; quadratic: ×16)\n`,
)
