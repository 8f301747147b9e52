import { describe, expect, it } from 'vitest'
import {
  DURATION_CLASSES,
  type DurationClass,
  generatePortfolio,
  type PortfolioOptions,
  type TaskInput,
  updateSchedule,
  vietnamCalendar,
  workingCalendar,
} from '../../src/index.js'
import { seededRandom, seedOf } from '../../src/simulation/seeded-random.js'
import { failureOf } from '../support/caught.js'

// generatePortfolio, the laws of each draw. Every portfolio here is built inside its test. The
// updates are those of Art. 6.2(b) (điểm b khoản 2 Điều 6): each one but the final is reported with
// the chance `updates.probability`, within its window [from, dueBy) with the chance `updates.onTime`,
// else 1–5 working days after `dueBy`, and never at or after the completion. The official calendar:
// Mon–Fri 08:00–12:00, 13:00–17:00 (8 working hours a day), Asia/Ho_Chi_Minh = UTC+7.

const calendar = vietnamCalendar()
const HOUR = 3_600_000
const DAY = 86_400_000
const WORKING_DAY = 8 * HOUR
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' } as const

function eventAt(task: TaskInput, type: string): number | undefined {
  return task.events?.find((event) => event.type === type)?.at as number | undefined
}

function reportsOf(task: TaskInput): number[] {
  return (task.events ?? []).filter((event) => event.type === 'progress-updated').map((event) => event.at as number)
}

/**
 * The required updates but the final one, [from, dueBy] in epoch ms, of the task as drawn (its
 * progress reports left out), up to the generator's horizon: the completion, else the deadline, else
 * a year (366 days) after the transfer.
 */
function interimUpdatesOf(task: TaskInput): { from: number; dueBy: number }[] {
  const draft = { ...task, events: (task.events ?? []).filter((event) => event.type !== 'progress-updated') }
  const horizon = eventAt(task, 'completed') ?? (task.deadline as number | null) ?? (task.transferredAt as number) + 366 * DAY
  return updateSchedule(draft, { asOf: horizon })
    .updates.filter((update) => update.kind !== 'final')
    .map((update) => ({ from: update.from.toMillis(), dueBy: update.dueBy.toMillis() }))
}

function share(part: number, whole: number): number {
  return part / whole
}

/** Days from the transfer's day to the deadline's day, both read in Vietnam's zone (UTC+7, no summer time). */
function deadlineOffsetDays(task: TaskInput): number {
  const dayStart = (at: number) => Date.parse(`${calendar.dayOf(at)}T00:00:00Z`)
  return (dayStart(task.deadline as number) - dayStart(task.transferredAt as number)) / DAY
}

/** The class of Art. 6.2(b) a deadline offset falls in: the generator's day ranges of B4 (5–26, 32–86, 94–177, 186–400). */
function classOfOffset(days: number): DurationClass | undefined {
  if (days >= 5 && days <= 26) return 'under-1-month'
  if (days >= 32 && days <= 86) return '1-to-3-months'
  if (days >= 94 && days <= 177) return '3-to-6-months'
  if (days >= 186 && days <= 400) return '6-months-or-more'
  return undefined
}

function onlyClass(kind: DurationClass): Record<DurationClass, number> {
  return Object.fromEntries(DURATION_CLASSES.map((other) => [other, other === kind ? 1 : 0])) as Record<DurationClass, number>
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function standardDeviation(values: readonly number[]): number {
  const centre = mean(values)
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)))
}

describe('generatePortfolio: the progress reports of Art. 6.2(b)', () => {
  it('reports every update but the final one within its window with updates { probability 1, onTime 1 }', () => {
    const tasks = generatePortfolio({
      seed: 7,
      size: 600,
      ...YEAR_2025,
      updates: { probability: 1, onTime: 1 },
      completion: { probability: 0 },
    })
    let updates = 0
    let insideWindow = 0
    for (const task of tasks) {
      const windows = interimUpdatesOf(task)
      const reports = reportsOf(task)
      // One report per update, the i-th inside the i-th window: from ≤ at < dueBy.
      expect(reports.length).toBe(windows.length)
      windows.forEach((window, index) => {
        const at = reports[index] as number
        expect(at >= window.from && at < window.dueBy).toBe(true)
        if (at > window.from) insideWindow += 1
      })
      updates += windows.length
    }
    // Open tasks (30 % of the last class by default) have a year of monthly updates; shorter ones ½ and ¾.
    expect(updates).toBeGreaterThan(600)
    // The instant is drawn uniformly over the window: it is its opening instant almost never.
    expect(insideWindow).toBeGreaterThan(updates * 0.99)
  })

  it('reports 1 to 5 working days after dueBy with updates { probability 1, onTime 0 }, spread over that range', () => {
    const tasks = generatePortfolio({
      seed: 8,
      size: 600,
      ...YEAR_2025,
      updates: { probability: 1, onTime: 0 },
      completion: { probability: 0 },
    })
    const lateness: number[] = []
    for (const task of tasks) {
      const windows = interimUpdatesOf(task)
      const reports = reportsOf(task)
      expect(reports.length).toBe(windows.length)
      windows.forEach((window, index) => {
        lateness.push(calendar.millis.workingTimeBetween(window.dueBy, reports[index] as number) / WORKING_DAY)
      })
    }
    expect(lateness.length).toBeGreaterThan(600)
    // round((1 + 4u) × 8 h) working time after dueBy, u uniform in [0, 1): between 1 and 5 working days.
    expect(Math.min(...lateness)).toBeGreaterThanOrEqual(1)
    expect(Math.max(...lateness)).toBeLessThanOrEqual(5)
    // Uniform over [1, 5]: a quarter below 2 days, a quarter above 4 (±5 points).
    expect(Math.abs(share(lateness.filter((days) => days < 2).length, lateness.length) - 0.25)).toBeLessThan(0.05)
    expect(Math.abs(share(lateness.filter((days) => days > 4).length, lateness.length) - 0.25)).toBeLessThan(0.05)
  })

  it('makes no report at or after the completion, and every report whose late window closes before it', () => {
    const tasks = generatePortfolio({
      seed: 9,
      size: 600,
      ...YEAR_2025,
      start: { probability: 1 },
      completion: { probability: 1 },
      updates: { probability: 1, onTime: 0 },
    })
    let dropped = 0
    let owed = 0
    for (const task of tasks) {
      const completedAt = eventAt(task, 'completed') as number
      expect(completedAt).toBeGreaterThan(task.transferredAt as number)
      const reports = reportsOf(task)
      expect(reports.every((at) => at < completedAt)).toBe(true)
      const windows = interimUpdatesOf(task)
      // A window whose latest report (5 working days after dueBy) comes before the completion is always reported, once.
      for (const window of windows) {
        const latest = calendar.millis.addWorkingTime(window.dueBy, 5 * WORKING_DAY)
        const inWindow = reports.filter((at) => at > window.dueBy && at <= latest).length
        if (latest < completedAt) {
          owed += 1
          expect(inWindow).toBe(1)
        }
      }
      dropped += windows.length - reports.length
    }
    expect(owed).toBeGreaterThan(100)
    // Some late reports would have come after the completion: they are not made.
    expect(dropped).toBeGreaterThan(0)
  })

  it('makes 85 % of the updates by default, 90 % of those on time, within 3 points', () => {
    const made = generatePortfolio({ seed: 10, size: 800, ...YEAR_2025, updates: { onTime: 1 }, completion: { probability: 0 } })
    const madeCounts = made.map((task) => [reportsOf(task).length, interimUpdatesOf(task).length] as const)
    const reported = madeCounts.reduce((sum, [reports]) => sum + reports, 0)
    const required = madeCounts.reduce((sum, [, windows]) => sum + windows, 0)
    expect(Math.abs(share(reported, required) - 0.85)).toBeLessThan(0.03)

    const timely = generatePortfolio({
      seed: 10,
      size: 800,
      ...YEAR_2025,
      updates: { probability: 1 },
      completion: { probability: 0 },
    })
    let onTime = 0
    let all = 0
    for (const task of timely) {
      const windows = interimUpdatesOf(task)
      const reports = reportsOf(task)
      windows.forEach((window, index) => {
        const at = reports[index] as number
        if (at >= window.from && at < window.dueBy) onTime += 1
        all += 1
      })
    }
    expect(Math.abs(share(onTime, all) - 0.9)).toBeLessThan(0.03)
  })

  it('puts the events in time order when the reports come before a late acknowledgement (mean 200 working hours)', () => {
    const tasks = generatePortfolio({
      seed: 11,
      size: 300,
      ...YEAR_2025,
      acknowledgement: { probability: 1, workingHours: 200 },
      updates: { probability: 1, onTime: 1 },
    })
    let reportsBeforeAcknowledgement = 0
    for (const task of tasks) {
      const times = (task.events ?? []).map((event) => event.at as number)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      const acknowledgedAt = eventAt(task, 'acknowledged') as number
      reportsBeforeAcknowledgement += reportsOf(task).filter((at) => at < acknowledgedAt).length
    }
    expect(reportsBeforeAcknowledgement).toBeGreaterThan(0)
  })
})

describe('generatePortfolio: completions (the default 90 %, effort 0.8 spread by a log-normal factor of σ 0.3)', () => {
  it('completes 90 % of the tasks started by default, within 3 points', () => {
    const tasks = generatePortfolio({ seed: 12, size: 1_000, ...YEAR_2025 })
    const started = tasks.filter((task) => eventAt(task, 'started') !== undefined)
    const completed = started.filter((task) => eventAt(task, 'completed') !== undefined)
    expect(Math.abs(share(completed.length, started.length) - 0.9)).toBeLessThan(0.03)
  })

  /** ln(work / (0.8 × span)), span the working time from the transfer to the deadline, or to 366 days after it. */
  function logEffortRatios(options: PortfolioOptions): number[] {
    return generatePortfolio(options).flatMap((task) => {
      const startedAt = eventAt(task, 'started')
      const completedAt = eventAt(task, 'completed')
      if (startedAt === undefined || completedAt === undefined) return []
      const transferredAt = task.transferredAt as number
      const end = task.deadline === null ? transferredAt + 366 * DAY : (task.deadline as number)
      const span = calendar.millis.workingTimeBetween(transferredAt, end)
      return [Math.log(calendar.millis.workingTimeBetween(startedAt, completedAt) / (0.8 * span))]
    })
  }

  it('takes 0.8 of the working time to the deadline, spread with median 1 and σ 0.3 (log scale), for tasks with a deadline', () => {
    const ratios = logEffortRatios({ seed: 13, size: 1_500, ...YEAR_2025, withoutDeadline: 0 })
    expect(ratios.length).toBeGreaterThan(1_000)
    // ln(spread) = 0.3 × a standard normal: median 0, standard deviation 0.3.
    expect(Math.abs(median(ratios))).toBeLessThan(0.04)
    expect(Math.abs(standardDeviation(ratios) - 0.3)).toBeLessThan(0.03)
  })

  it('takes 0.8 of the working time of a year (366 days) for tasks without a deadline (Art. 4.1(a)), same spread', () => {
    const ratios = logEffortRatios({
      seed: 14,
      size: 1_500,
      from: '2025-01-01',
      to: '2025-06-30',
      durations: onlyClass('6-months-or-more'),
      withoutDeadline: 1,
    })
    expect(ratios.length).toBeGreaterThan(1_000)
    expect(Math.abs(median(ratios))).toBeLessThan(0.04)
    expect(Math.abs(standardDeviation(ratios) - 0.3)).toBeLessThan(0.03)
  })
})

describe('generatePortfolio: acknowledgement and start (Art. 6.2(a))', () => {
  it('acknowledges after an exponential delay of the mean asked (3 working hours), within 10 %', () => {
    const tasks = generatePortfolio({ seed: 15, size: 2_000, ...YEAR_2025, acknowledgement: { probability: 1, workingHours: 3 } })
    const delays = tasks.map(
      (task) => calendar.millis.workingTimeBetween(task.transferredAt as number, eventAt(task, 'acknowledged') as number) / HOUR,
    )
    expect(Math.abs(mean(delays) / 3 - 1)).toBeLessThan(0.1)
    // An exponential's median is ln 2 ≈ 0.693 of its mean: 2.08 working hours.
    expect(Math.abs(median(delays) - 3 * Math.LN2)).toBeLessThan(0.25)
  })

  it('starts within a working day after the acknowledgement, uniformly: mean 4 working hours', () => {
    const tasks = generatePortfolio({
      seed: 16,
      size: 2_000,
      ...YEAR_2025,
      acknowledgement: { probability: 1 },
      start: { probability: 1 },
    })
    const waits = tasks.map(
      (task) =>
        calendar.millis.workingTimeBetween(eventAt(task, 'acknowledged') as number, eventAt(task, 'started') as number) / HOUR,
    )
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...waits)).toBeLessThanOrEqual(8)
    // Uniform over [0, 8] working hours: mean 4, standard error 8 / √12 / √2000 ≈ 0.05.
    expect(Math.abs(mean(waits) - 4)).toBeLessThan(0.3)
  })

  it('starts one to two working days after the transfer when receipt is never acknowledged', () => {
    const tasks = generatePortfolio({
      seed: 17,
      size: 500,
      ...YEAR_2025,
      acknowledgement: { probability: 0 },
      start: { probability: 1 },
    })
    const waits = tasks.map(
      (task) => calendar.millis.workingTimeBetween(task.transferredAt as number, eventAt(task, 'started') as number) / HOUR,
    )
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(8)
    expect(Math.max(...waits)).toBeLessThanOrEqual(16)
    expect(Math.abs(mean(waits) - 12)).toBeLessThan(0.5)
  })
})

describe('generatePortfolio: deadlines of the four classes of Art. 6.2(b)', () => {
  it('draws the classes 4 : 3 : 2 : 1 by default, within 3 points, read from the deadline offsets', () => {
    const tasks = generatePortfolio({ seed: 18, size: 2_000, ...YEAR_2025, withoutDeadline: 0 })
    const classes = tasks.map((task) => classOfOffset(deadlineOffsetDays(task)))
    const expected = { 'under-1-month': 0.4, '1-to-3-months': 0.3, '3-to-6-months': 0.2, '6-months-or-more': 0.1 }
    for (const kind of DURATION_CLASSES) {
      expect(Math.abs(share(classes.filter((other) => other === kind).length, tasks.length) - expected[kind])).toBeLessThan(0.03)
    }
  })

  it('puts the deadline a whole number of days after the transfer, every day of the class range drawn', () => {
    const ranges: Record<DurationClass, readonly [number, number]> = {
      'under-1-month': [5, 26],
      '1-to-3-months': [32, 86],
      '3-to-6-months': [94, 177],
      '6-months-or-more': [186, 400],
    }
    for (const kind of DURATION_CLASSES) {
      const tasks = generatePortfolio({
        seed: 19,
        size: 1_500,
        from: '2025-01-01',
        to: '2025-03-31',
        durations: onlyClass(kind),
        withoutDeadline: 0,
      })
      const offsets = tasks.map(deadlineOffsetDays)
      const [shortest, longest] = ranges[kind]
      expect(offsets.every((days) => Number.isInteger(days) && days >= shortest && days <= longest)).toBe(true)
      // Uniform over the range: its first and last days are both drawn.
      expect([Math.min(...offsets), Math.max(...offsets)]).toEqual([shortest, longest])
    }
  })
})

describe('generatePortfolio: a task rebuilt from its own seeded stream (the documented order of the draws)', () => {
  // Draw n of task k is the n-th number of seededRandom(seedOf(seed, k)): 0 the transfer, 1 the class,
  // 2 the deadline, 3 the open task, 4–5 the acknowledgement, 6 the start's wait, 7 the completion,
  // 8–9 the spread (Box–Muller), 10 whether it starts. The defaults: weights 4 : 3 : 2 : 1, 30 % of
  // the last class open, 97 % acknowledged after 2 working hours on average, 97 % started, 90 % completed, effort 0.8.
  function rebuilt(
    seed: number,
    index: number,
  ): { transferredAt: number; deadline: number | null; acknowledged?: number; started?: number; completed?: number } {
    const random = seededRandom(seedOf(seed, index))
    const u = Array.from({ length: 11 }, random) as number[]
    const at = (n: number) => u[n] as number
    // 2025-01-01 00:00 in Vietnam (UTC+7) is 2024-12-31 17:00 UTC; the window ends at the end of 31 December.
    const windowStart = Date.UTC(2024, 11, 31, 17)
    const working = calendar.millis.workingTimeBetween(windowStart, calendar.millis.endOfDay('2025-12-31'))
    const transferredAt = calendar.millis.addWorkingTime(windowStart, Math.floor(at(0) * working))
    const point = at(1) * 10
    const range = point < 4 ? [5, 26] : point < 7 ? [32, 86] : point < 9 ? [94, 177] : [186, 400]
    const [shortest, longest] = range as [number, number]
    const open = point >= 9 && at(3) < 0.3
    const deadline = open
      ? null
      : calendar.millis.endOfDay(calendar.dayOf(transferredAt + Math.floor(shortest + at(2) * (longest - shortest + 1)) * DAY))
    const acknowledged =
      at(4) < 0.97 ? calendar.millis.addWorkingTime(transferredAt, Math.round(-2 * Math.log(1 - at(5)) * HOUR)) : undefined
    const started =
      at(10) < 0.97
        ? calendar.millis.addWorkingTime(
            acknowledged ?? calendar.millis.addWorkingTime(transferredAt, WORKING_DAY),
            Math.round(at(6) * WORKING_DAY),
          )
        : undefined
    const span = calendar.millis.workingTimeBetween(transferredAt, deadline ?? transferredAt + 366 * DAY)
    const spread = Math.exp(0.3 * Math.sqrt(-2 * Math.log(1 - at(8))) * Math.cos(2 * Math.PI * at(9)))
    const completed =
      started !== undefined && at(7) < 0.9 ? calendar.millis.addWorkingTime(started, Math.round(0.8 * spread * span)) : undefined
    return { transferredAt, deadline, acknowledged, started, completed }
  }

  it('gives each task the transfer, deadline, acknowledgement, start and completion its draws make', () => {
    const tasks = generatePortfolio({ seed: 20, size: 300, ...YEAR_2025 })
    const open = tasks.filter((task) => task.deadline === null).length
    expect(open).toBeGreaterThan(0)
    tasks.forEach((task, index) => {
      const expected = rebuilt(20, index)
      expect({
        transferredAt: task.transferredAt,
        deadline: task.deadline,
        acknowledged: eventAt(task, 'acknowledged'),
        started: eventAt(task, 'started'),
        completed: eventAt(task, 'completed'),
      }).toEqual(expected)
    })
  })
})

describe('generatePortfolio: options read through (calendar, errors)', () => {
  it('transfers in the working time of the calendar given: a Saturday, working in this one (Europe/Paris, 09:00–17:00 every day)', () => {
    const allWeek = [['09:00', '17:00']] as [string, string][]
    const paris = workingCalendar({
      zone: 'Europe/Paris',
      week: {
        monday: allWeek,
        tuesday: allWeek,
        wednesday: allWeek,
        thursday: allWeek,
        friday: allWeek,
        saturday: allWeek,
        sunday: allWeek,
      },
    })
    // Sat 28 March 2026 has no working time on the official calendar; in Paris it runs 09:00–17:00 (+01:00).
    const tasks = generatePortfolio({ calendar: paris, seed: 21, size: 20, from: '2026-03-28', to: '2026-03-28' })
    for (const task of tasks) {
      const at = task.transferredAt as number
      expect(at >= Date.UTC(2026, 2, 28, 8) && at < Date.UTC(2026, 2, 28, 16)).toBe(true)
    }
  })

  it('reports a first day before the calendar’s range (2000–2100) at options.from', () => {
    expect(failureOf(() => generatePortfolio({ seed: 1, size: 1, from: '1999-12-31', to: '2000-01-31' }))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['options', 'from'],
    })
  })
})

describe('seededRandom and seedOf: the published mulberry32 and a murmur3 finaliser, worked in exact integers', () => {
  /** mulberry32 (Tommy Ettinger), stepped with BigInt arithmetic modulo 2^32 instead of Math.imul. */
  function mulberry32Exact(seed: number, count: number): number[] {
    const M = 2n ** 32n
    const mul = (a: bigint, b: bigint) => (a * b) % M
    let state = BigInt(seed >>> 0)
    const out: number[] = []
    for (let i = 0; i < count; i += 1) {
      state = (state + 0x6d2b79f5n) % M
      let t = state
      t = mul(t ^ (t >> 15n), t | 1n)
      t = (t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) % M)) % M
      out.push(Number(t ^ (t >> 14n)) / 4_294_967_296)
    }
    return out
  }

  /** seedOf's mixing: (seed ⊕ 0x9e3779b9)·0x85ebca6b ⊕ (index + 1)·0xc2b2ae35, then murmur3's fmix32 constants, mod 2^32. */
  function seedOfExact(seed: number, index: number): number {
    const M = 2n ** 32n
    let h = ((BigInt(seed >>> 0) ^ 0x9e3779b9n) * 0x85ebca6bn) % M
    h ^= (BigInt(index + 1) * 0xc2b2ae35n) % M
    h = ((h ^ (h >> 16n)) * 0x7feb352dn) % M
    h = ((h ^ (h >> 15n)) * 0x846ca68bn) % M
    return Number(h ^ (h >> 16n))
  }

  it('gives the numbers of mulberry32 for several seeds, each in [0, 1)', () => {
    for (const seed of [0, 1, 155, 0x7fffffff, -1]) {
      const random = seededRandom(seed)
      const numbers = Array.from({ length: 20 }, random)
      expect(numbers).toEqual(mulberry32Exact(seed, 20))
      expect(numbers.every((value) => value >= 0 && value < 1)).toBe(true)
    }
  })

  it('gives the mixed seed of each item, the first (index 0) included', () => {
    for (const seed of [0, 1, 2025, -7]) {
      for (const index of [0, 1, 2, 999]) expect(seedOf(seed, index)).toBe(seedOfExact(seed, index))
    }
  })
})

describe('generatePortfolio: each chance is strict (a draw u passes a probability p when u < p)', () => {
  // A draw equal to the probability fails it. Draw n of task 0 is the n-th number of
  // seededRandom(seedOf(seed, 0)) (checked against exact arithmetic above); the progress reports draw
  // three numbers per update (made, on time, when) from their own stream, seeded with seed ^ 0x5bd1e995.
  const seed = 31
  const draws = Array.from({ length: 11 }, seededRandom(seedOf(seed, 0)))
  const reportDraws = Array.from({ length: 3 }, seededRandom(seedOf(seed ^ 0x5bd1e995, 0)))
  const draw = (n: number) => draws[n] as number
  const base = { seed, size: 1, ...YEAR_2025 } as const

  it('gives a deadline when the open-task draw equals withoutDeadline (Art. 4.1(a))', () => {
    const [task] = generatePortfolio({ ...base, durations: onlyClass('6-months-or-more'), withoutDeadline: draw(3) })
    expect(typeof task?.deadline).toBe('number')
  })

  it('does not acknowledge, start or complete when the draw equals the probability', () => {
    const [unacknowledged] = generatePortfolio({ ...base, acknowledgement: { probability: draw(4) } })
    expect(eventAt(unacknowledged as TaskInput, 'acknowledged')).toBeUndefined()
    const [unstarted] = generatePortfolio({ ...base, start: { probability: draw(10) } })
    expect(eventAt(unstarted as TaskInput, 'started')).toBeUndefined()
    const [uncompleted] = generatePortfolio({ ...base, start: { probability: 1 }, completion: { probability: draw(7) } })
    expect([eventAt(uncompleted as TaskInput, 'started') !== undefined, eventAt(uncompleted as TaskInput, 'completed')]).toEqual([
      true,
      undefined,
    ])
  })

  it('puts a class draw that lands exactly on the end of the first weight in the next class', () => {
    // Weights u₁ and 1 − u₁ sum to exactly 1 (u₁ = k / 2³²), so the point u₁ × 1 is the first class's end: the second class.
    const [task] = generatePortfolio({
      ...base,
      durations: { 'under-1-month': draw(1), '1-to-3-months': 1 - draw(1), '3-to-6-months': 0, '6-months-or-more': 0 },
    })
    expect(classOfOffset(deadlineOffsetDays(task as TaskInput))).toBe('1-to-3-months')
  })

  it('skips the ½ update (Art. 6.2(b)(2)) when its draw equals updates.probability, and reports it late when its on-time draw equals updates.onTime', () => {
    const options = { ...base, durations: onlyClass('1-to-3-months'), completion: { probability: 0 } }
    const [skipped] = generatePortfolio({ ...options, updates: { probability: reportDraws[0] as number, onTime: 1 } })
    const interim = interimUpdatesOf(skipped as TaskInput)
    // A task of 1–3 months owes one update besides the final: the ½ one.
    expect(interim.length).toBe(1)
    const [half] = interim
    expect(reportsOf(skipped as TaskInput).filter((at) => at >= (half?.from as number) && at < (half?.dueBy as number))).toEqual(
      [],
    )

    const [late] = generatePortfolio({ ...options, updates: { probability: 1, onTime: reportDraws[1] as number } })
    const window = interimUpdatesOf(late as TaskInput)[0]
    expect(window).toBeDefined()
    const first = reportsOf(late as TaskInput)[0] as number
    // round((1 + 4u) × 8 h) working time after dueBy: between 1 and 5 working days late.
    const lateness = calendar.millis.workingTimeBetween(window?.dueBy as number, first) / WORKING_DAY
    expect(lateness >= 1 && lateness <= 5).toBe(true)
  })
})

describe('generatePortfolio: a report falling exactly at the completion', () => {
  it('is not made: the final update reports the completion (Art. 6.2(b)), no progress report at or after it', () => {
    // Task 0 of seed 41, a task of 1–3 months started for sure: first its ½ report R with no
    // completion; then the effort is chosen so that the work ends exactly at R (same draws, same R).
    const options = { seed: 41, size: 1, ...YEAR_2025, durations: onlyClass('1-to-3-months'), start: { probability: 1 } } as const
    const [open] = generatePortfolio({ ...options, updates: { probability: 1, onTime: 1 }, completion: { probability: 0 } })
    const startedAt = eventAt(open as TaskInput, 'started') as number
    const report = reportsOf(open as TaskInput)[0] as number
    expect(calendar.isWorkingTime(report) && report > startedAt).toBe(true)
    const draws = Array.from({ length: 11 }, seededRandom(seedOf(41, 0)))
    const spread = Math.exp(
      0.3 * Math.sqrt(-2 * Math.log(1 - (draws[8] as number))) * Math.cos(2 * Math.PI * (draws[9] as number)),
    )
    const span = calendar.millis.workingTimeBetween(open?.transferredAt as number, open?.deadline as number)
    const work = calendar.millis.workingTimeBetween(startedAt, report)
    const effort = work / (spread * span)
    expect(Math.round(effort * spread * span)).toBe(work)

    const [ended] = generatePortfolio({
      ...options,
      updates: { probability: 1, onTime: 1 },
      completion: { probability: 1, effort },
    })
    expect(eventAt(ended as TaskInput, 'completed')).toBe(report)
    expect(reportsOf(ended as TaskInput)).toEqual([])
  })
})
