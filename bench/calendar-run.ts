// The speed of vn-task-sla against its peers and its floors: `npx tsx bench/calendar-run.ts [--json] [--quick]`.
//
// Peers, side by side for each task:
//   (a) the DateTime API: `cal.addWorkingTime(dateTime, { hours: 4 })`, a luxon DateTime in and out;
//   (b) the millis path: `cal.millis.addWorkingTime(ms, 4 * 3_600_000)`, epoch ms in and out;
//   (c) moment-business-time 2.0 with the same hours and the same weekday holidays (it walks day by day);
//   (d) bare luxon `DateTime.fromMillis(t, { zone: 'Asia/Ho_Chi_Minh' })`: the floor of any DateTime-returning API;
//   (e) a bare prefix-sum index over 2024–2027 written here (Float64Arrays and a binary search): the floor of
//       any millis API;
//   (f) a bare prefix-sum look-up over the calendar's own year indexes (the same typed arrays, two binary
//       searches, no validation): what the millis path costs beyond its index.
// Every peer cycles through the same precomputed array of distinct start instants, and the peers are
// checked to agree before anything is timed. Medians throughout (tinybench 6.2, warmupTime 300 ms).
// The cold start in a fresh process (import the built package as a consumer resolves it, build a
// calendar, answer once) is measured at the end against the same work done with luxon alone.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DateTime, Duration } from 'luxon'
import moment from 'moment'
import 'moment-business-time'
import { Bench } from 'tinybench'
import { compileVietnamDefinition } from '../src/calendar/vietnam/vietnam-calendar.js'
import type { YearIndex } from '../src/calendar/year-index.js'
import { createYearIndexes } from '../src/calendar/year-indexes.js'
import { vietnamCalendar, type WorkingCalendar } from '../src/index.js'

// moment-business-time adds these methods to moment's prototype and ships no types.
declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: string): Moment
    workingDiff(other: Moment, unit?: string, precise?: boolean): number
    isWorkingDay(): boolean
  }
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const JSON_OUT = process.argv.includes('--json')
const QUICK = process.argv.includes('--quick')
const BENCH_TIME = 300
const ROUNDS = QUICK ? 1 : 5
const loadBefore = loadavg()
const WARMUP_TIME = 300

const ZONE = 'Asia/Ho_Chi_Minh'
const OFFSET_MINUTES = 420 // Vietnam has kept UTC+7 since 1975: no DST in 2024–2027.
const HOUR = 3_600_000
const MINUTE = 60_000
const DAY = 86_400_000
const FIRST_YEAR = 2024
const LAST_YEAR = 2027
/** The standard day: minutes of the day of each working interval, Monday–Friday. */
const STANDARD_HOURS = [
  [8 * 60, 12 * 60],
  [13 * 60, 17 * 60],
] as const

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const log = (line = ''): void => {
  if (!JSON_OUT) console.log(line)
}

// ---------------------------------------------------------------------------------------------
// Inputs: many distinct start instants, on whole minutes (moment-business-time adds in minutes).

let seed = 0x5eed_2024
function random(): number {
  // mulberry32: deterministic, so every run times the same inputs.
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}

const localMidnight = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) - OFFSET_MINUTES * MINUTE
const RANGE_START = localMidnight(FIRST_YEAR, 1, 1)
const RANGE_END = localMidnight(LAST_YEAR + 1, 1, 1)

function instants(from: number, to: number): Float64Array {
  const out = new Float64Array(N)
  for (let i = 0; i < N; i += 1) out[i] = from + Math.floor((random() * (to - from)) / MINUTE) * MINUTE
  return out
}

const N = 4096 // a power of two: `(i + 1) & MASK` cycles
const MASK = N - 1
const YEAR_APART = 365 * DAY
/** Starts for adding 4 and 240 working hours (240 h is about six weeks: the result stays in range). */
const addStarts = instants(RANGE_START, localMidnight(LAST_YEAR, 10, 1))
/** Starts for working time between two instants a year apart. */
const betweenFrom = instants(RANGE_START, RANGE_END - YEAR_APART - DAY)
const betweenTo = betweenFrom.map((t) => t + YEAR_APART)
/** Starts for adding 3 working days. */
const dayStarts = instants(RANGE_START, localMidnight(LAST_YEAR, 12, 15))

const toDateTimes = (ms: Float64Array): DateTime[] => Array.from(ms, (t) => DateTime.fromMillis(t, { zone: ZONE }))
const toMoments = (ms: Float64Array): moment.Moment[] => Array.from(ms, (t) => moment(t).utcOffset(OFFSET_MINUTES))

const at = (array: Float64Array, i: number): number => array[i] as number
const item = <T>(array: readonly T[], i: number): T => array[i] as T

// ---------------------------------------------------------------------------------------------
// The calendar, and the days it knows for 2024–2027 (read through the public API).

const cal: WorkingCalendar = vietnamCalendar()

type DayInfo = { date: string; weekday: number; hours: [number, number][] }
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

function daysOf(calendar: WorkingCalendar, from: number, to: number): DayInfo[] {
  const days: DayInfo[] = []
  for (let day = DateTime.fromMillis(from, { zone: ZONE }); day.toMillis() < to; day = day.plus({ days: 1 })) {
    const date = day.toISODate() as string
    const description = calendar.describeDay(date)
    if (description.working !== calendar.isWorkingDay(date)) throw new Error(`describeDay and isWorkingDay disagree on ${date}`)
    days.push({
      date,
      weekday: day.weekday,
      hours: description.hours.map(({ start, end }) => [minutesOf(start), minutesOf(end)]),
    })
  }
  return days
}

const DAYS = daysOf(cal, RANGE_START, RANGE_END)
const isStandard = (hours: [number, number][]): boolean =>
  hours.length === STANDARD_HOURS.length &&
  hours.every(([from, to], k) => from === STANDARD_HOURS[k]?.[0] && to === STANDARD_HOURS[k]?.[1])
/** Weekdays without working time: the holidays moment-business-time is given. */
const WEEKDAY_HOLIDAYS = DAYS.filter((d) => d.weekday <= 5 && d.hours.length === 0).map((d) => d.date)
/** Days moment-business-time cannot express: weekend working days (make-up Saturdays) and days with other hours. */
const INEXPRESSIBLE = DAYS.filter((d) => (d.weekday > 5 && d.hours.length > 0) || (d.hours.length > 0 && !isStandard(d.hours)))

// ---------------------------------------------------------------------------------------------
// (c) moment-business-time, configured with the same hours and holidays, at UTC+7.

const MBT_CONFIG = {
  workinghours: {
    0: null,
    1: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    2: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    3: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    4: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    5: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    6: null,
  },
  holidays: WEEKDAY_HOLIDAYS,
}
moment.updateLocale('en', MBT_CONFIG as moment.LocaleSpecification)

// ---------------------------------------------------------------------------------------------
// (e) The bare prefix-sum index: interval starts and ends, cumulative working ms, day starts and
// cumulative working days, over 2024–2027 in epoch ms. Built from the calendar's own day list.

type BareIndex = {
  starts: Float64Array
  ends: Float64Array
  /** `before[k]`: working ms of the intervals before interval k. */
  before: Float64Array
  total: number
  dayStart: Float64Array
  /** `daysBefore[i]`: working days among days 0 … i - 1. */
  daysBefore: Int32Array
  dayCount: number
}

function buildBareIndex(days: readonly DayInfo[], firstMidnight: number): BareIndex {
  const starts: number[] = []
  const ends: number[] = []
  const dayStart = new Float64Array(days.length + 1)
  const daysBefore = new Int32Array(days.length + 1)
  for (let i = 0; i < days.length; i += 1) {
    const midnight = firstMidnight + i * DAY // fixed UTC+7: every day is 24 h long
    dayStart[i] = midnight
    const hours = (days[i] as DayInfo).hours
    for (const [from, to] of hours) {
      starts.push(midnight + from * MINUTE)
      ends.push(midnight + to * MINUTE)
    }
    daysBefore[i + 1] = (daysBefore[i] as number) + (hours.length > 0 ? 1 : 0)
  }
  dayStart[days.length] = firstMidnight + days.length * DAY
  const before = new Float64Array(starts.length + 1)
  for (let k = 0; k < starts.length; k += 1) before[k + 1] = (before[k] as number) + (ends[k] as number) - (starts[k] as number)
  return {
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    before,
    total: before[starts.length] as number,
    dayStart,
    daysBefore,
    dayCount: days.length,
  }
}

/** First index in a[lo … hi) whose value is greater than v. */
function upper(a: Float64Array | Int32Array, v: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((a[mid] as number) <= v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index in a[lo … hi) whose value is at least v. */
function lower(a: Float64Array | Int32Array, v: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((a[mid] as number) < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

function barePosition(x: BareIndex, t: number): number {
  const k = upper(x.starts, t, 0, x.starts.length) - 1
  if (k < 0) return 0
  const start = x.starts[k] as number
  return (x.before[k] as number) + Math.min(t, x.ends[k] as number) - start
}

/** The earliest instant at which `duration` ms (> 0) of working time have elapsed since t. */
function bareAdd(x: BareIndex, t: number, duration: number): number {
  const target = barePosition(x, t) + duration
  if (target > x.total) throw new RangeError('past the bare index')
  const k = lower(x.before, target, 1, x.before.length) - 1
  return (x.starts[k] as number) + target - (x.before[k] as number)
}

function bareBetween(x: BareIndex, a: number, b: number): number {
  return barePosition(x, b) - barePosition(x, a)
}

/** The last millisecond (23:59:59.999) of the n-th working day after the day of t. */
function bareAddDays(x: BareIndex, t: number, n: number): number {
  const day = upper(x.dayStart, t, 0, x.dayCount + 1) - 1
  const target = (x.daysBefore[day + 1] as number) + n
  const result = lower(x.daysBefore, target, 1, x.dayCount + 1) - 1
  return (x.dayStart[result + 1] as number) - 1
}

const BARE = buildBareIndex(DAYS, RANGE_START)

// ---------------------------------------------------------------------------------------------
// (f) The same look-up over the calendar's own year indexes, built from the same definition as
// `vietnamCalendar()`: the year by a scan of four bounds, then the two binary searches of (e).

const SAME_TIMELINE = createYearIndexes(compileVietnamDefinition())
const SAME_YEARS: readonly YearIndex[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, k) =>
  SAME_TIMELINE.year(FIRST_YEAR + k),
)

function sameYearOf(t: number): number {
  let y = 0
  while (t >= ((SAME_YEARS[y] as YearIndex).dayStart[(SAME_YEARS[y] as YearIndex).dayCount] as number)) y += 1
  return y
}

function samePosition(x: YearIndex, t: number): number {
  const k = upper(x.intervalStart, t, 0, x.intervalStart.length) - 1
  if (k < 0) return 0
  return (x.workingBefore[k] as number) + Math.min(t, x.intervalEnd[k] as number) - (x.intervalStart[k] as number)
}

function sameAdd(t: number, duration: number): number {
  let y = sameYearOf(t)
  let x = SAME_YEARS[y] as YearIndex
  let target = samePosition(x, t) + duration
  while (target > x.totalWorking) {
    target -= x.totalWorking
    y += 1
    x = SAME_YEARS[y] as YearIndex
  }
  const k = lower(x.workingBefore, target, 1, x.workingBefore.length) - 1
  return (x.intervalStart[k] as number) + target - (x.workingBefore[k] as number)
}

function sameBetween(a: number, b: number): number {
  const ya = sameYearOf(a)
  const yb = sameYearOf(b)
  let total = samePosition(SAME_YEARS[yb] as YearIndex, b) - samePosition(SAME_YEARS[ya] as YearIndex, a)
  for (let y = ya; y < yb; y += 1) total += (SAME_YEARS[y] as YearIndex).totalWorking
  return total
}

// ---------------------------------------------------------------------------------------------
// The same inputs in each peer's form.

const addStartsDT = toDateTimes(addStarts)
const addStartsM = toMoments(addStarts)
const betweenFromDT = toDateTimes(betweenFrom)
const betweenToDT = toDateTimes(betweenTo)
const betweenFromM = toMoments(betweenFrom)
const betweenToM = toMoments(betweenTo)
const dayStartsDT = toDateTimes(dayStarts)
const dayStartsM = toMoments(dayStarts)

const FOUR_HOURS = { hours: 4 } as const
const TWO_FORTY_HOURS = { hours: 240 } as const
const asDuration = (ms: number): Duration => Duration.fromMillis(ms).shiftTo('hours', 'minutes', 'seconds', 'milliseconds')

// ---------------------------------------------------------------------------------------------
// Agreement, before any timing: the benchmark cannot be fast by being wrong.

/** `momentExplained`: how many of moment-business-time's differences each known cause accounts for, exactly. */
type Agreement = { task: string; inputs: number; exact: number; momentAgrees: number; momentExplained: Record<string, number> }
const agreements: Agreement[] = []
const problems: string[] = []

const dateOf = (ms: number): string => DateTime.fromMillis(ms, { zone: ZONE }).toISODate() as string
/**
 * The calendar as moment-business-time sees it: the same weekday holidays, but no make-up Saturday
 * (it has no way to say one) and standard hours on every working weekday. Where a peer's answer
 * differs from ours, it must equal this index's answer exactly, or the run stops.
 */
const MOMENT_VIEW = buildBareIndex(
  DAYS.map((d) => ({
    ...d,
    hours: d.weekday <= 5 && d.hours.length > 0 ? STANDARD_HOURS.map(([from, to]): [number, number] => [from, to]) : [],
  })),
  RANGE_START,
)

/**
 * moment-business-time 2.0's `workingDiff` over split hours: when the later instant falls on a
 * working day before the day's last interval begins (08:00–13:00 here), the loop over that day's
 * intervals adds `13:00 − to` with the wrong sign, so the answer is short by that much. (Monday
 * 10:00 to Friday 10:00 gives 29 h instead of 32 h.) Returns that shortfall.
 */
function workingDiffEndError(to: number): number {
  const local = DateTime.fromMillis(to, { zone: ZONE })
  const minutes = local.hour * 60 + local.minute
  const momentWorkingDay = local.weekday <= 5 && !WEEKDAY_HOLIDAYS.includes(local.toISODate() as string)
  const [[open], [afternoon]] = STANDARD_HOURS
  return momentWorkingDay && minutes >= open && minutes < afternoon ? (afternoon - minutes) * MINUTE - local.second * 1000 : 0
}
const MAKE_UP = 'make-up Saturdays (it cannot express them)'
const WORKING_DIFF_BUG = 'its own workingDiff bug (an end before 13:00)'

function checkAgreement(
  task: string,
  count: number,
  ours: (i: number) => { a: number; b: number; e: number; f: number },
  theirs: (i: number) => number,
  same: (ourResult: number, momentResult: number) => boolean,
  /** The known cause that accounts for a difference exactly, if any. */
  explained: (i: number, ourResult: number, momentResult: number) => string | undefined,
): void {
  const row: Agreement = { task, inputs: count, exact: 0, momentAgrees: 0, momentExplained: {} }
  for (let j = 0; j < count; j += 1) {
    const i = (j * 7) & MASK
    const { a, b, e, f } = ours(i)
    if (a === b && b === e && e === f) row.exact += 1
    else
      problems.push(`${task}, input ${i}: DateTime API ${a}, millis ${b}, bare index ${e}, bare look-up over the year index ${f}`)
    const m = theirs(i)
    if (same(b, m)) row.momentAgrees += 1
    else {
      const cause = explained(i, b, m)
      if (cause !== undefined) row.momentExplained[cause] = (row.momentExplained[cause] ?? 0) + 1
      else
        problems.push(
          `${task}, input ${i}: vn-task-sla ${new Date(b).toISOString()}, moment-business-time ${new Date(m).toISOString()}`,
        )
    }
  }
  agreements.push(row)
}

const CHECKS = 400
checkAgreement(
  'add 4 working hours',
  CHECKS,
  (i) => ({
    a: cal.addWorkingTime(item(addStartsDT, i), FOUR_HOURS).toMillis(),
    b: cal.millis.addWorkingTime(at(addStarts, i), 4 * HOUR),
    e: bareAdd(BARE, at(addStarts, i), 4 * HOUR),
    f: sameAdd(at(addStarts, i), 4 * HOUR),
  }),
  (i) => item(addStartsM, i).clone().addWorkingTime(4, 'hours').valueOf(),
  (x, y) => x === y,
  (i, _, y) => (bareAdd(MOMENT_VIEW, at(addStarts, i), 4 * HOUR) === y ? MAKE_UP : undefined),
)
checkAgreement(
  'add 240 working hours',
  CHECKS / 4,
  (i) => ({
    a: cal.addWorkingTime(item(addStartsDT, i), TWO_FORTY_HOURS).toMillis(),
    b: cal.millis.addWorkingTime(at(addStarts, i), 240 * HOUR),
    e: bareAdd(BARE, at(addStarts, i), 240 * HOUR),
    f: sameAdd(at(addStarts, i), 240 * HOUR),
  }),
  (i) => item(addStartsM, i).clone().addWorkingTime(240, 'hours').valueOf(),
  (x, y) => x === y,
  (i, _, y) => (bareAdd(MOMENT_VIEW, at(addStarts, i), 240 * HOUR) === y ? MAKE_UP : undefined),
)
checkAgreement(
  'working time between, a year apart',
  CHECKS / 4,
  (i) => ({
    a: cal.workingTimeBetween(item(betweenFromDT, i), item(betweenToDT, i)).toMillis(),
    b: cal.millis.workingTimeBetween(at(betweenFrom, i), at(betweenTo, i)),
    e: bareBetween(BARE, at(betweenFrom, i), at(betweenTo, i)),
    f: sameBetween(at(betweenFrom, i), at(betweenTo, i)),
  }),
  (i) => item(betweenToM, i).workingDiff(item(betweenFromM, i), 'milliseconds'),
  (x, y) => x === y,
  // Exactly: the answer without the make-up Saturdays, less what moment-business-time's own
  // workingDiff miscounts on the last day.
  (i, x, y) => {
    const view = bareBetween(MOMENT_VIEW, at(betweenFrom, i), at(betweenTo, i))
    const error = workingDiffEndError(at(betweenTo, i))
    if (view === y) return MAKE_UP
    if (view - error === y) return view === x ? WORKING_DIFF_BUG : `${MAKE_UP} and ${WORKING_DIFF_BUG}`
    return undefined
  },
)
checkAgreement(
  'add 3 working days',
  CHECKS,
  (i) => ({
    a: cal.addWorkingDays(item(dayStartsDT, i), 3).toMillis(),
    b: cal.millis.addWorkingDays(at(dayStarts, i), 3),
    e: bareAddDays(BARE, at(dayStarts, i), 3),
    f: bareAddDays(BARE, at(dayStarts, i), 3),
  }),
  // moment keeps the time of day; vn-task-sla ends the day at 23:59:59.999: compare the days.
  (i) => item(dayStartsM, i).clone().addWorkingTime(3, 'days').valueOf(),
  (x, y) => dateOf(x) === dateOf(y),
  (i, _, y) => (dateOf(bareAddDays(MOMENT_VIEW, at(dayStarts, i), 3)) === dateOf(y) ? MAKE_UP : undefined),
)

// ---------------------------------------------------------------------------------------------
// Timing.

let sink = 0 // every result is folded in, so no call can be optimised away
type Peer = { id: string; label: string; batch: number; fn: () => void }
type Measured = { id: string; label: string; opsPerSecond: number; nsPerOp: number; medianMs: number; rounds: number[] }
type TaskResult = { task: string; peers: Measured[] }
const results: TaskResult[] = []

function runTask(task: string, peers: Peer[]): TaskResult {
  // Several rounds, the peers' order rotated each round: the machine's load drifts (2 cores, other
  // work running), and a ratio of two peers timed side by side in one round resists that drift.
  const rounds = new Map<string, number[]>(peers.map((peer) => [peer.id, []]))
  for (let round = 0; round < ROUNDS; round += 1) {
    const bench = new Bench({ name: task, warmupTime: WARMUP_TIME, time: BENCH_TIME, iterations: 16 })
    const order = peers.map((_, k) => peers[(k + round) % peers.length] as Peer)
    for (const peer of order) bench.add(peer.id, peer.fn)
    bench.runSync()
    for (const peer of peers) {
      const result = bench.getTask(peer.id)?.result
      if (result === undefined || result.state !== 'completed')
        throw new Error(`${task} / ${peer.label}: ${result?.state ?? 'missing'}`)
      rounds.get(peer.id)?.push((1000 * peer.batch) / result.latency.p50) // operations per second, from the median sample
    }
  }
  const measured: Measured[] = peers.map((peer) => {
    const perRound = rounds.get(peer.id) ?? []
    const opsPerSecond = median(perRound)
    return {
      id: peer.id,
      label: peer.label,
      opsPerSecond,
      nsPerOp: 1e9 / opsPerSecond,
      medianMs: 1000 / opsPerSecond,
      rounds: perRound,
    }
  })
  const out = { task, peers: measured }
  results.push(out)
  printTask(out)
  return out
}

const fmtOps = (ops: number): string =>
  ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)} k` : ops.toFixed(ops >= 100 ? 0 : 1)
const fmtTime = (ms: number): string =>
  ms >= 1 ? `${ms.toFixed(2)} ms` : ms >= 1e-3 ? `${(ms * 1e3).toFixed(2)} µs` : `${(ms * 1e6).toFixed(0)} ns`

function printTask({ task, peers }: TaskResult): void {
  log(`\n${task}`)
  const fastest = Math.max(...peers.map((p) => p.opsPerSecond))
  for (const p of peers) {
    log(
      `  ${p.label.padEnd(60)} ${`${fmtOps(p.opsPerSecond)} ops/s`.padStart(14)} ${fmtTime(p.medianMs).padStart(10)}/op ` +
        `${`${(fastest / p.opsPerSecond).toFixed(1)}×`.padStart(9)} the fastest's time`,
    )
  }
}

log('vn-task-sla benchmark')
log(
  `node ${process.version}, ${process.platform}/${process.arch}; tinybench warmupTime ${WARMUP_TIME} ms, time ${BENCH_TIME} ms; medians`,
)
log(
  `inputs: ${N} distinct start instants per task, ${FIRST_YEAR}–${LAST_YEAR}; moment-business-time given ${WEEKDAY_HOLIDAYS.length} weekday holidays ` +
    `and Mon–Fri 08:00–12:00, 13:00–17:00`,
)
log(
  `moment-business-time cannot express ${INEXPRESSIBLE.length} day(s) of the calendar: ` +
    INEXPRESSIBLE.map((d) => `${d.date}${d.weekday > 5 ? ' (weekend working day)' : ' (other hours)'}`).join(', '),
)
log('')
for (const row of agreements) {
  log(
    `agree: ${row.task}: DateTime API = millis path = bare indexes (e, f) on ${row.exact}/${row.inputs} inputs; ` +
      `moment-business-time agrees on ${row.momentAgrees}` +
      Object.entries(row.momentExplained)
        .map(([cause, n]) => `; ${n} differ because of ${cause}`)
        .join(''),
  )
}
if (problems.length > 0) {
  for (const problem of problems.slice(0, 20)) console.error(`DISAGREE ${problem}`)
  console.error(`${problems.length} disagreement(s): not timing a wrong answer`)
  process.exit(1)
}
log(
  'all peers agree on every checked input (moment-business-time: exactly, once its make-up Saturdays and its own bug are accounted for)',
)

// Build the years before timing: steady state. The cold start is its own task below.
for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) cal.isWorkingDay(`${year}-06-01`)

// Let the JIT settle before the first task: on a loaded 2-core machine the optimising compiler
// runs late, and the first task timed would otherwise catch luxon half-optimised (seen as a
// bimodal 60k/120k ops/s for the same code). tinybench's per-task warm-up comes on top of this.
{
  const until = performance.now() + (QUICK ? 500 : 2000)
  for (let i = 0; performance.now() < until; i = (i + 1) & MASK) {
    sink += cal.addWorkingTime(item(addStartsDT, i), FOUR_HOURS).toMillis()
    sink += cal.addWorkingDays(item(dayStartsDT, i), 3).toMillis()
    sink += cal.workingTimeBetween(item(betweenFromDT, i), item(betweenToDT, i)).toMillis()
    sink += DateTime.fromMillis(at(addStarts, i), { zone: ZONE }).toMillis() + asDuration(at(addStarts, i)).toMillis()
    sink += cal.millis.addWorkingTime(at(addStarts, i), 4 * HOUR) + cal.millis.addWorkingDays(at(dayStarts, i), 3)
    sink += cal.millis.workingTimeBetween(at(betweenFrom, i), at(betweenTo, i)) + bareAdd(BARE, at(addStarts, i), 4 * HOUR)
    sink += bareAddDays(BARE, at(dayStarts, i), 3) + bareBetween(BARE, at(betweenFrom, i), at(betweenTo, i))
    sink += sameAdd(at(addStarts, i), 4 * HOUR) + sameBetween(at(betweenFrom, i), at(betweenTo, i))
    if ((i & 63) === 0) sink += item(addStartsM, i).clone().addWorkingTime(4, 'hours').valueOf()
  }
}

const B_FAST = 1024 // operations per tinybench sample for the sub-microsecond peers (timer resolution)
const B_MID = 64
const step = (i: number): number => (i + 1) & MASK

// Each peer closes over its own cursor and walks the whole input array.
function addTask(
  task: string,
  hours: number,
  duration: typeof FOUR_HOURS | typeof TWO_FORTY_HOURS,
  momentBatch: number,
  extra: Peer[] = [],
): TaskResult {
  const ms = hours * HOUR
  let ia = 0
  let ib = 0
  let ic = 0
  let id = 0
  let ie = 0
  let iff = 0
  return runTask(task, [
    {
      id: `${task}/a`,
      label: '(a) vn-task-sla DateTime API',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, ia = step(ia)) sink += cal.addWorkingTime(item(addStartsDT, ia), duration).toMillis()
      },
    },
    {
      id: `${task}/b`,
      label: '(b) vn-task-sla millis path',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ib = step(ib)) sink += cal.millis.addWorkingTime(at(addStarts, ib), ms)
      },
    },
    {
      id: `${task}/c`,
      label: '(c) moment-business-time 2.0',
      batch: momentBatch,
      fn: () => {
        for (let j = 0; j < momentBatch; j += 1, ic = step(ic)) {
          sink += item(addStartsM, ic).clone().addWorkingTime(hours, 'hours').valueOf()
        }
      },
    },
    {
      id: `${task}/d`,
      label: '(d) floor: bare luxon DateTime.fromMillis(t, { zone })',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, id = step(id))
          sink += DateTime.fromMillis(at(addStarts, id), { zone: ZONE }).toMillis()
      },
    },
    {
      id: `${task}/e`,
      label: '(e) floor: bare prefix-sum index, epoch ms',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ie = step(ie)) sink += bareAdd(BARE, at(addStarts, ie), ms)
      },
    },
    {
      id: `${task}/f`,
      label: "(f) floor: bare look-up over the calendar's own year index",
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, iff = step(iff)) sink += sameAdd(at(addStarts, iff), ms)
      },
    },
    ...extra,
  ])
}

const add4 = addTask('add 4 working hours', 4, FOUR_HOURS, 16)
// The 4-hour sums again, in the same rounds as the 240-hour ones: span independence is a ratio of
// two measurements taken side by side, not across tasks timed a minute apart.
const add240 = (() => {
  let ia = 0
  let ib = 0
  let ic = 0
  return addTask('add 240 working hours', 240, TWO_FORTY_HOURS, 1, [
    {
      id: 'add 240 working hours/a4',
      label: '(a, 4 h) DateTime API, 4 working hours, same rounds',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, ia = step(ia)) sink += cal.addWorkingTime(item(addStartsDT, ia), FOUR_HOURS).toMillis()
      },
    },
    {
      id: 'add 240 working hours/b4',
      label: '(b, 4 h) millis path, 4 working hours, same rounds',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ib = step(ib)) sink += cal.millis.addWorkingTime(at(addStarts, ib), 4 * HOUR)
      },
    },
    {
      id: 'add 240 working hours/c4',
      label: '(c, 4 h) moment-business-time, 4 working hours, same rounds',
      batch: 16,
      fn: () => {
        for (let j = 0; j < 16; j += 1, ic = step(ic)) sink += item(addStartsM, ic).clone().addWorkingTime(4, 'hours').valueOf()
      },
    },
  ])
})()

const between = (() => {
  let ia = 0
  let ib = 0
  let ic = 0
  let id = 0
  let id2 = 0
  let ie = 0
  let iff = 0
  return runTask('working time between two instants a year apart', [
    {
      id: 'between/a',
      label: '(a) vn-task-sla DateTime API (returns a Duration)',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, ia = step(ia)) {
          sink += cal.workingTimeBetween(item(betweenFromDT, ia), item(betweenToDT, ia)).toMillis()
        }
      },
    },
    {
      id: 'between/b',
      label: '(b) vn-task-sla millis path',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ib = step(ib))
          sink += cal.millis.workingTimeBetween(at(betweenFrom, ib), at(betweenTo, ib))
      },
    },
    {
      id: 'between/c',
      label: '(c) moment-business-time 2.0 (workingDiff)',
      batch: 1,
      fn: () => {
        sink += item(betweenToM, ic).workingDiff(item(betweenFromM, ic), 'milliseconds')
        ic = step(ic)
      },
    },
    {
      id: 'between/d',
      label: '(d) floor: bare luxon DateTime.fromMillis(t, { zone })',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, id = step(id))
          sink += DateTime.fromMillis(at(betweenFrom, id), { zone: ZONE }).toMillis()
      },
    },
    {
      id: 'between/d2',
      label: "(d') floor: bare luxon Duration.fromMillis(ms).shiftTo(…)",
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, id2 = step(id2))
          sink += asDuration(at(betweenTo, id2) - at(betweenFrom, id2)).toMillis()
      },
    },
    {
      id: 'between/e',
      label: '(e) floor: bare prefix-sum index, epoch ms',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ie = step(ie)) sink += bareBetween(BARE, at(betweenFrom, ie), at(betweenTo, ie))
      },
    },
    {
      id: 'between/f',
      label: "(f) floor: bare look-up over the calendar's own year index",
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, iff = step(iff)) sink += sameBetween(at(betweenFrom, iff), at(betweenTo, iff))
      },
    },
  ])
})()

const days3 = (() => {
  let ia = 0
  let ib = 0
  let ic = 0
  let id = 0
  let ie = 0
  return runTask('add 3 working days', [
    {
      id: 'days/a',
      label: '(a) vn-task-sla DateTime API',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, ia = step(ia)) sink += cal.addWorkingDays(item(dayStartsDT, ia), 3).toMillis()
      },
    },
    {
      id: 'days/b',
      label: '(b) vn-task-sla millis path',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ib = step(ib)) sink += cal.millis.addWorkingDays(at(dayStarts, ib), 3)
      },
    },
    {
      id: 'days/c',
      label: '(c) moment-business-time 2.0',
      batch: 4,
      fn: () => {
        for (let j = 0; j < 4; j += 1, ic = step(ic)) sink += item(dayStartsM, ic).clone().addWorkingTime(3, 'days').valueOf()
      },
    },
    {
      id: 'days/d',
      label: '(d) floor: bare luxon DateTime.fromMillis(t, { zone })',
      batch: B_MID,
      fn: () => {
        for (let j = 0; j < B_MID; j += 1, id = step(id))
          sink += DateTime.fromMillis(at(dayStarts, id), { zone: ZONE }).toMillis()
      },
    },
    {
      id: 'days/e',
      label: '(e) floor: bare prefix-sum index, epoch ms',
      batch: B_FAST,
      fn: () => {
        for (let j = 0; j < B_FAST; j += 1, ie = step(ie)) sink += bareAddDays(BARE, at(dayStarts, ie), 3)
      },
    },
  ])
})()

// Cold start: a fresh calendar each iteration, then one answer (which builds that one year's index,
// its holidays read from the package's table of lunar dates). The import is measured in fresh
// processes below.
const DAYS_BY_YEAR = new Map<number, { days: DayInfo[]; midnight: number }>()
for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
  DAYS_BY_YEAR.set(year, { days: DAYS.filter((d) => d.date.startsWith(`${year}-`)), midnight: localMidnight(year, 1, 1) })
}
const yearOf = (t: number): number => new Date(t + OFFSET_MINUTES * MINUTE).getUTCFullYear()
const cold = (() => {
  let ia = 0
  let ib = 0
  let ic = 0
  let ie = 0
  return runTask('cold start: build a calendar, then one answer (4 working hours from a start in 2024–2027)', [
    {
      id: 'cold/a',
      label: '(a) vietnamCalendar() + DateTime API answer',
      batch: 1,
      fn: () => {
        sink += vietnamCalendar().addWorkingTime(item(addStartsDT, ia), FOUR_HOURS).toMillis()
        ia = step(ia)
      },
    },
    {
      id: 'cold/b',
      label: '(b) vietnamCalendar() + millis answer',
      batch: 1,
      fn: () => {
        sink += vietnamCalendar().millis.addWorkingTime(at(addStarts, ib), 4 * HOUR)
        ib = step(ib)
      },
    },
    {
      id: 'cold/c',
      label: '(c) moment-business-time: updateLocale + answer',
      batch: 1,
      fn: () => {
        moment.updateLocale('en', MBT_CONFIG as moment.LocaleSpecification)
        sink += moment(at(addStarts, ic)).utcOffset(OFFSET_MINUTES).addWorkingTime(4, 'hours').valueOf()
        ic = step(ic)
      },
    },
    {
      id: 'cold/e',
      label: "(e) floor: build the bare index of the start's year + answer",
      batch: 1,
      fn: () => {
        const t = at(addStarts, ie)
        ie = step(ie)
        const year = DAYS_BY_YEAR.get(yearOf(t))
        if (year === undefined) throw new Error('start outside 2024–2027')
        const index = buildBareIndex(year.days, year.midnight)
        // A start late in December can run into the next year: answer only what one year can.
        sink += index.total - barePosition(index, t) >= 4 * HOUR ? bareAdd(index, t, 4 * HOUR) : 0
      },
    },
  ])
})()

// ---------------------------------------------------------------------------------------------
// Fresh processes: import the built package as a consumer resolves it (`vn-task-sla`, through the
// package's exports: dist/node/index.js for import, dist/index.cjs for require), build a calendar and
// answer once; against the same work with luxon alone (a zoned DateTime.fromISO, plus 4 hours, toISO).
// Whole processes are timed from spawn to exit, interleaved so that the machine's load drifts over all
// peers alike; each process also reports its own import and answer times.

/** dist/ must be the build of the current sources: `npm run bench` builds first. */
function checkBuilt(): void {
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => statSync(join(dir, f)).mtimeMs),
    )
  const files = ['index.cjs', 'node/index.js'].map((file) => join(ROOT, 'dist', file))
  if (
    !files.every((file) => existsSync(file)) ||
    Math.min(...files.map((file) => statSync(file).mtimeMs)) < newest(join(ROOT, 'src'))
  ) {
    throw new Error('dist/ is missing or older than src/: run `npm run build` first (`npm run bench` does)')
  }
}

type Fresh = { wallMs: number; importMs: number; answerMs: number }

const OURS_ANSWER = `const r = lib.vietnamCalendar().addWorkingTime('2025-04-25T15:00', { hours: 4 }).toISO();
  if (r !== '2025-04-26T10:00:00.000+07:00') throw new Error('wrong answer ' + r);`
const LUXON_ANSWER = `const r = lib.DateTime.fromISO('2025-04-25T15:00', { zone: 'Asia/Ho_Chi_Minh' }).plus({ hours: 4 }).toISO();
  if (r !== '2025-04-25T19:00:00.000+07:00') throw new Error('wrong answer ' + r);`
const report = 'console.log(JSON.stringify({ importMs: t1 - t0, answerMs: performance.now() - t1 }))'

const FRESH_PEERS = {
  'vn-task-sla, ESM': [
    '--input-type=module',
    '-e',
    `const t0 = performance.now(); const lib = await import('vn-task-sla'); const t1 = performance.now(); ${OURS_ANSWER} ${report}`,
  ],
  'vn-task-sla, CJS': [
    '-e',
    `const t0 = performance.now(); const lib = require('vn-task-sla'); const t1 = performance.now(); ${OURS_ANSWER} ${report}`,
  ],
  'luxon alone, ESM': [
    '--input-type=module',
    '-e',
    `const t0 = performance.now(); const lib = await import('luxon'); const t1 = performance.now(); ${LUXON_ANSWER} ${report}`,
  ],
  'luxon alone, CJS': [
    '-e',
    `const t0 = performance.now(); const lib = require('luxon'); const t1 = performance.now(); ${LUXON_ANSWER} ${report}`,
  ],
  'node, empty': ['-e', `const t0 = performance.now(); const t1 = t0; ${report}`],
} as const
type FreshPeer = keyof typeof FRESH_PEERS

function spawnNode(args: readonly string[]): Fresh {
  const started = performance.now()
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  const wallMs = performance.now() - started
  if (child.status !== 0) throw new Error(`fresh process failed: ${child.stderr}`)
  const inside = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Omit<Fresh, 'wallMs'>
  return { wallMs, ...inside }
}

checkBuilt()
const RUNS = QUICK ? 5 : 15
const freshRuns = new Map<FreshPeer, Fresh[]>((Object.keys(FRESH_PEERS) as FreshPeer[]).map((peer) => [peer, []]))
for (let run = 0; run < RUNS; run += 1) {
  for (const peer of Object.keys(FRESH_PEERS) as FreshPeer[]) freshRuns.get(peer)?.push(spawnNode(FRESH_PEERS[peer]))
}
const freshOf = (peer: FreshPeer): Fresh[] => freshRuns.get(peer) ?? []
const fresh = Object.fromEntries(
  (Object.keys(FRESH_PEERS) as FreshPeer[]).map((peer) => [
    peer,
    {
      wallMs: median(freshOf(peer).map((r) => r.wallMs)),
      importMs: median(freshOf(peer).map((r) => r.importMs)),
      answerMs: median(freshOf(peer).map((r) => r.answerMs)),
    },
  ]),
) as Record<FreshPeer, Fresh>
log(`\nfresh processes (${RUNS} of each, interleaved; medians; dist/ as a consumer resolves it)`)
for (const peer of Object.keys(FRESH_PEERS) as FreshPeer[]) {
  const f = fresh[peer]
  log(
    `  ${peer.padEnd(18)} whole process ${f.wallMs.toFixed(1).padStart(7)} ms; inside it: import ${f.importMs.toFixed(1).padStart(6)} ms, ` +
      `then build + answer ${f.answerMs.toFixed(1).padStart(6)} ms`,
  )
}

// ---------------------------------------------------------------------------------------------
// Ratios and targets.

const peerOf = (r: TaskResult, id: string): Measured => {
  const p = r.peers.find((peer) => peer.id.endsWith(`/${id}`))
  if (p === undefined) throw new Error(`${r.task}: no peer ${id}`)
  return p
}
/** How many times longer `slow` takes than `fast` in one task, per round (timed side by side). */
const timeRatios = (r: TaskResult, slow: string, fast: string): number[] => {
  const f = peerOf(r, fast).rounds
  return peerOf(r, slow).rounds.map((opsSlow, k) => (f[k] as number) / opsSlow)
}
/** `value` is the median over rounds; `low`/`high` the least and greatest round, to show the noise. */
type Check = { name: string; value: number; low: number; high: number; target: string; holds: boolean | null }
const checks: Check[] = []
function check(
  name: string,
  perRound: number[],
  limit: number | null,
  target = limit === null ? '(reported)' : `≤ ${limit}`,
): void {
  const value = median(perRound)
  checks.push({
    name,
    value,
    low: Math.min(...perRound),
    high: Math.max(...perRound),
    target,
    holds: limit === null ? null : value <= limit,
  })
}
for (const r of [add4, add240, days3]) {
  check(`DateTime API time ÷ bare luxon DateTime construction, ${r.task}`, timeRatios(r, 'a', 'd'), 2)
}
check(`DateTime API time ÷ bare luxon Duration construction, ${between.task}`, timeRatios(between, 'a', 'd2'), 2)
for (const r of [add4, add240]) {
  check(`millis path time ÷ bare look-up over the same year index, ${r.task}`, timeRatios(r, 'b', 'f'), 1.3)
}
check(`millis path time ÷ bare look-up over the same year index, ${between.task}`, timeRatios(between, 'b', 'f'), null)
for (const r of [add4, add240, between, days3]) {
  check(`millis path time ÷ bare prefix-sum index over 2024–2027, ${r.task}`, timeRatios(r, 'b', 'e'), 4)
}
check('span independence, millis path: time(240 h) ÷ time(4 h)', timeRatios(add240, 'b', 'b4'), null)
check('span independence, DateTime API: time(240 h) ÷ time(4 h)', timeRatios(add240, 'a', 'a4'), null)
check('span dependence, moment-business-time: time(240 h) ÷ time(4 h)', timeRatios(add240, 'c', 'c4'), null)
for (const r of [add4, add240, between, days3]) {
  check(`speed-up over moment-business-time, DateTime API, ${r.task}`, timeRatios(r, 'c', 'a'), null, '(reported, ×)')
  check(`speed-up over moment-business-time, millis path, ${r.task}`, timeRatios(r, 'c', 'b'), null, '(reported, ×)')
}
const coldRounds = peerOf(cold, 'a').rounds.map((o) => 1000 / o)
check('cold start, in process: vietnamCalendar() + first DateTime answer (ms)', coldRounds, null, '< 50')
const lastCheck = checks[checks.length - 1] as Check
lastCheck.holds = lastCheck.value < 50
/** Per run (interleaved, so taken side by side): the whole process of `ours` ÷ that of `theirs`. */
const freshRatios = (ours: FreshPeer, theirs: FreshPeer): number[] =>
  freshOf(ours).map((r, k) => r.wallMs / (freshOf(theirs)[k] as Fresh).wallMs)
check(
  'fresh process, import + vietnamCalendar() + addWorkingTime ÷ the same with luxon alone, ESM',
  freshRatios('vn-task-sla, ESM', 'luxon alone, ESM'),
  1.5,
)
check(
  'fresh process, require + vietnamCalendar() + addWorkingTime ÷ the same with luxon alone, CJS',
  freshRatios('vn-task-sla, CJS', 'luxon alone, CJS'),
  1.5,
)

const loadAfter = loadavg()
log(`\nratios and targets (median over ${ROUNDS} round(s); [least, greatest round])`)
for (const c of checks) {
  const verdict = c.holds === null ? '' : c.holds ? 'HOLDS' : 'MISSED'
  const digits = c.value >= 100 ? 0 : 2
  const spread = `[${c.low.toFixed(digits)}, ${c.high.toFixed(digits)}]`
  log(`  ${c.name.padEnd(100)} ${c.value.toFixed(digits).padStart(9)} ${spread.padStart(20)}  ${c.target.padEnd(14)} ${verdict}`)
}
log(
  `\nload average (1 min) before ${loadBefore[0]?.toFixed(2)}, after ${loadAfter[0]?.toFixed(2)} on ${availableParallelism()} cores`,
)
log(`\n(checksum ${sink % 1000})`)

if (JSON_OUT) {
  console.log(
    JSON.stringify(
      {
        node: process.version,
        platform: `${process.platform}/${process.arch}`,
        tinybench: { warmupTime: WARMUP_TIME, time: BENCH_TIME },
        inputs: N,
        weekdayHolidays: WEEKDAY_HOLIDAYS.length,
        inexpressibleDays: INEXPRESSIBLE.map((d) => d.date),
        agreements,
        tasks: results,
        fresh,
        checks,
        loadAverage: { before: loadBefore, after: loadAfter },
      },
      null,
      2,
    ),
  )
}
