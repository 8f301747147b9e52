import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  DURATION_CLASSES,
  type DurationClass,
  evaluateTask,
  generatePortfolio,
  type PortfolioOptions,
  TaskInput,
  updateSchedule,
  vietnamCalendar,
} from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// generatePortfolio: a seeded portfolio for what-if studies. Its tasks are valid inputs of every rule,
// transferred in working time (Art. 6.1(a)), due in the drawn class of Art. 6.2(b), acknowledged after
// a delay of the given mean (Art. 6.2(a)); the same seed gives the same portfolio, and two options
// differ only by their own effect.

const calendar = vietnamCalendar()
const HOUR = 3_600_000
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' } as const

function eventAt(task: TaskInput, type: string): number | undefined {
  return task.events?.find((event) => event.type === type)?.at as number | undefined
}

const failure = failureOf

function onlyClass(kind: DurationClass): Record<DurationClass, number> {
  return Object.fromEntries(DURATION_CLASSES.map((other) => [other, other === kind ? 1 : 0])) as Record<DurationClass, number>
}

describe('generatePortfolio: determinism', () => {
  it('gives a deep-equal portfolio for the same seed and options', () => {
    const options = { seed: 155, size: 50, ...YEAR_2025 }
    expect(generatePortfolio(options)).toEqual(generatePortfolio(options))
  })

  it('gives a different portfolio for a different seed', () => {
    const first = generatePortfolio({ seed: 155, size: 50, ...YEAR_2025 })
    const second = generatePortfolio({ seed: 156, size: 50, ...YEAR_2025 })
    expect(second).not.toEqual(first)
    expect(second.filter((task, index) => task.transferredAt === first[index]?.transferredAt)).toEqual([])
  })

  it('keeps the first tasks when the portfolio grows: each task draws from its own stream', () => {
    const small = generatePortfolio({ seed: 3, size: 10, ...YEAR_2025 })
    const large = generatePortfolio({ seed: 3, size: 40, ...YEAR_2025 })
    expect(large.slice(0, 10)).toEqual(small)
  })

  it('names the tasks task-0, task-1, …', () => {
    expect(generatePortfolio({ seed: 1, size: 4, ...YEAR_2025 }).map((task) => task.id)).toEqual([
      'task-0',
      'task-1',
      'task-2',
      'task-3',
    ])
  })

  it('gives an empty portfolio for size 0, even over a range with no working time', () => {
    expect(generatePortfolio({ seed: 1, size: 0, ...YEAR_2025 })).toEqual([])
    expect(generatePortfolio({ seed: 1, size: 0, from: '2025-06-01', to: '2025-06-01' })).toEqual([])
  })

  it('freezes the portfolio, each task and each event', () => {
    const tasks = generatePortfolio({ seed: 9, size: 30, ...YEAR_2025 })
    expect(Object.isFrozen(tasks)).toBe(true)
    for (const task of tasks) {
      expect(Object.isFrozen(task)).toBe(true)
      expect(Object.isFrozen(task.events)).toBe(true)
      expect(task.events?.every((event) => Object.isFrozen(event))).toBe(true)
    }
  })

  it('does not mutate its options', () => {
    const options = Object.freeze({
      seed: 2,
      size: 5,
      ...YEAR_2025,
      durations: Object.freeze({ 'under-1-month': 1 }),
      acknowledgement: Object.freeze({ probability: 0.5 }),
    })
    expect(() => generatePortfolio(options)).not.toThrow()
  })
})

describe('generatePortfolio: valid tasks (Art. 6.1(a), Art. 6.2(b), Art. 4.1(a))', () => {
  const tasks = generatePortfolio({ seed: 2025, size: 400, from: '2024-11-15', to: '2025-03-15', withoutDeadline: 0.5 })

  it('gives tasks that the TaskInput schema accepts and evaluateTask evaluates', () => {
    for (const task of tasks) {
      expect(z.safeParse(TaskInput, task).success).toBe(true)
      expect(evaluateTask(task, { asOf: '2026-06-30T17:00' }).id).toBe(task.id)
    }
  })

  it('gives events in time order, none before the transfer', () => {
    for (const task of tasks) {
      const times = (task.events ?? []).map((event) => event.at as number)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(times.every((at) => at >= (task.transferredAt as number))).toBe(true)
    }
  })

  it('transfers each task in working time between the start of from and the end of to (Tết 2025 included)', () => {
    for (const task of tasks) {
      expect(calendar.isWorkingTime(task.transferredAt as number)).toBe(true)
      const day = calendar.dayOf(task.transferredAt as number)
      expect(day >= '2024-11-15' && day <= '2025-03-15').toBe(true)
    }
  })

  it('puts every task in the one class given a weight, whatever the month lengths', () => {
    for (const kind of DURATION_CLASSES) {
      const portfolio = generatePortfolio({
        seed: 11,
        size: 300,
        from: '2024-11-15',
        to: '2025-03-15',
        durations: onlyClass(kind),
        withoutDeadline: 0,
      })
      const classes = portfolio.map((task) => updateSchedule(task).durationClass)
      expect(new Set(classes)).toEqual(new Set([kind]))
      expect(portfolio.every((task) => typeof task.deadline === 'number')).toBe(true)
    }
  })

  it('gives no deadline to any task with withoutDeadline 1 and only the last class (Art. 4.1(a))', () => {
    const portfolio = generatePortfolio({
      seed: 5,
      size: 100,
      ...YEAR_2025,
      durations: onlyClass('6-months-or-more'),
      withoutDeadline: 1,
    })
    expect(portfolio.map((task) => task.deadline)).toEqual(portfolio.map(() => null))
    expect(portfolio.map((task) => updateSchedule(task, { until: '2026-12-31' }).durationClass)).toEqual(
      portfolio.map(() => '6-months-or-more'),
    )
  })

  it('gives a deadline to every task of the shorter classes, whatever withoutDeadline says', () => {
    const portfolio = generatePortfolio({
      seed: 5,
      size: 100,
      ...YEAR_2025,
      durations: { '6-months-or-more': 0 },
      withoutDeadline: 1,
    })
    expect(portfolio.every((task) => typeof task.deadline === 'number')).toBe(true)
  })

  it('puts each deadline at the end of a day', () => {
    for (const task of tasks) {
      if (task.deadline === null) continue
      const deadline = task.deadline as number
      expect(deadline).toBe(calendar.millis.endOfDay(calendar.dayOf(deadline)))
    }
  })
})

describe('generatePortfolio: behaviour over 20,000 tasks (Art. 6.2(a), Art. 6.2(b))', () => {
  const size = 20_000
  const tasks = generatePortfolio({ seed: 808, size, ...YEAR_2025, acknowledgement: { probability: 0.9, workingHours: 3 } })

  it('transfers every task in working time within 2025', () => {
    const outside = tasks.filter((task) => {
      const at = task.transferredAt as number
      const day = calendar.dayOf(at)
      return !calendar.isWorkingTime(at) || day < '2025-01-01' || day > '2025-12-31'
    })
    expect(outside).toEqual([])
  })

  it('acknowledges the share of tasks asked, within 1.5 points', () => {
    const acknowledged = tasks.filter((task) => eventAt(task, 'acknowledged') !== undefined).length
    expect(Math.abs(acknowledged / size - 0.9)).toBeLessThan(0.015)
  })

  it('gives acknowledgement delays whose mean, in working hours, is within 5 % of the one asked', () => {
    const delays = tasks.flatMap((task) => {
      const at = eventAt(task, 'acknowledged')
      return at === undefined ? [] : [calendar.millis.workingTimeBetween(task.transferredAt as number, at) / HOUR]
    })
    const mean = delays.reduce((sum, delay) => sum + delay, 0) / delays.length
    expect(Math.abs(mean / 3 - 1)).toBeLessThan(0.05)
  })

  it('draws the classes 4 : 3 : 2 : 1 by default, within 1.5 points, and 30 % of the last without a deadline', () => {
    const sample = tasks.slice(0, 5_000)
    const classes = sample.map((task) => updateSchedule(task, { until: '2026-12-31' }).durationClass)
    const share = (kind: DurationClass) => classes.filter((other) => other === kind).length / sample.length
    const expected = { 'under-1-month': 0.4, '1-to-3-months': 0.3, '3-to-6-months': 0.2, '6-months-or-more': 0.1 }
    for (const kind of DURATION_CLASSES) expect(Math.abs(share(kind) - expected[kind])).toBeLessThan(0.015)
    const last = sample.filter((_, index) => classes[index] === '6-months-or-more')
    const open = last.filter((task) => task.deadline === null).length / last.length
    expect(Math.abs(open - 0.3)).toBeLessThan(0.05)
  })

  it('starts and completes no task with start.probability 0', () => {
    const portfolio = generatePortfolio({ seed: 808, size: 2_000, ...YEAR_2025, start: { probability: 0 } })
    const types = new Set(portfolio.flatMap((task) => (task.events ?? []).map((event) => event.type)))
    expect([types.has('started'), types.has('completed')]).toEqual([false, false])
    expect(types.has('acknowledged')).toBe(true)
  })

  it('completes no task with completion.probability 0', () => {
    const portfolio = generatePortfolio({ seed: 808, size: 2_000, ...YEAR_2025, completion: { probability: 0 } })
    const types = new Set(portfolio.flatMap((task) => (task.events ?? []).map((event) => event.type)))
    expect([types.has('started'), types.has('completed')]).toEqual([true, false])
  })

  it('acknowledges no task with acknowledgement.probability 0, and makes no progress report with updates.probability 0', () => {
    const portfolio = generatePortfolio({
      seed: 808,
      size: 2_000,
      ...YEAR_2025,
      acknowledgement: { probability: 0 },
      updates: { probability: 0 },
    })
    const types = new Set(portfolio.flatMap((task) => (task.events ?? []).map((event) => event.type)))
    expect([types.has('acknowledged'), types.has('progress-updated'), types.has('started')]).toEqual([false, false, true])
  })
})

describe('generatePortfolio: coupled draws, the what-if guarantee', () => {
  it('keeps transfers and deadlines, and never acknowledges earlier, when the mean delay grows from 4 to 6 working hours', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const base = { seed, size: 200, ...YEAR_2025 }
        const four = generatePortfolio({ ...base, acknowledgement: { workingHours: 4 } })
        const six = generatePortfolio({ ...base, acknowledgement: { workingHours: 6 } })
        expect(six.map((task) => [task.id, task.transferredAt, task.deadline])).toEqual(
          four.map((task) => [task.id, task.transferredAt, task.deadline]),
        )
        four.forEach((task, index) => {
          const before = eventAt(task, 'acknowledged')
          const after = eventAt(six[index] as TaskInput, 'acknowledged')
          expect(after === undefined).toBe(before === undefined)
          if (before !== undefined) expect(after as number).toBeGreaterThanOrEqual(before)
        })
      }),
      { numRuns: 30 },
    )
  })
})

describe('generatePortfolio: errors (invalid_input, with the path of the bad field, never the value)', () => {
  function expectNoEcho(error: { vi: string; en: string }, ...secrets: string[]): void {
    for (const secret of secrets) {
      expect(error.vi).not.toContain(secret)
      expect(error.en).not.toContain(secret)
    }
  }

  it('refuses an unknown key (a strict object), at its name', () => {
    const error = failure(() => generatePortfolio({ seed: 1, size: 1, ...YEAR_2025, sizes: 3 } as unknown as PortfolioOptions))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'sizes'],
      vi: 'Dữ liệu đầu vào không hợp lệ: trường này không được định nghĩa (xem đường dẫn của lỗi)',
      en: 'Invalid input: this field is not defined (see the error path)',
    })
    const nested = failure(() =>
      generatePortfolio({ seed: 1, size: 1, ...YEAR_2025, acknowledgement: { hours: 4 } } as unknown as PortfolioOptions),
    )
    expect([nested.code, nested.path]).toEqual(['invalid_input', ['options', 'acknowledgement', 'hours']])
  })

  it('refuses a negative size, at options.size', () => {
    const error = failure(() => generatePortfolio({ seed: 1, size: -7, ...YEAR_2025 }))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'size'],
      vi: 'Dữ liệu đầu vào không hợp lệ: nhỏ hơn giới hạn 0',
      en: 'Invalid input: below the limit 0',
    })
    expectNoEcho(error, '-7')
  })

  it('refuses a share above 1, at its path', () => {
    const error = failure(() => generatePortfolio({ seed: 1, size: 1, ...YEAR_2025, withoutDeadline: 1.75 }))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'withoutDeadline'],
      vi: 'Dữ liệu đầu vào không hợp lệ: lớn hơn giới hạn 1',
      en: 'Invalid input: above the limit 1',
    })
    expectNoEcho(error, '1.75')
    const nested = failure(() => generatePortfolio({ seed: 1, size: 1, ...YEAR_2025, acknowledgement: { probability: 1.25 } }))
    expect([nested.code, nested.path]).toEqual(['invalid_input', ['options', 'acknowledgement', 'probability']])
    expectNoEcho(nested, '1.25')
  })

  it('refuses a range whose start comes after its end, at options.to', () => {
    const error = failure(() => generatePortfolio({ seed: 1, size: 1, from: '2025-06-02', to: '2025-06-01' }))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'to'],
      vi: 'Dữ liệu đầu vào không hợp lệ: ngày bắt đầu mô phỏng (from) không được sau ngày kết thúc (to)',
      en: 'Invalid input: the simulation cannot start (from) after it ends (to)',
    })
    expectNoEcho(error, '2025-06-02', '2025-06-01')
  })

  it('refuses a range with no working time (Sun 1 June 2025; Tết 2026) when there are tasks to transfer', () => {
    const expected = {
      code: 'invalid_input',
      path: ['options', 'to'],
      vi: 'Dữ liệu đầu vào không hợp lệ: khoảng từ from đến to không có giờ làm việc nào để chuyển giao nhiệm vụ',
      en: 'Invalid input: there is no working time from `from` to `to` to transfer tasks in',
    }
    expect(failure(() => generatePortfolio({ seed: 1, size: 1, from: '2025-06-01', to: '2025-06-01' }))).toEqual(expected)
    expect(failure(() => generatePortfolio({ seed: 1, size: 1, from: '2026-02-14', to: '2026-02-22' }))).toEqual(expected)
  })

  it('refuses duration weights that are all 0, at options.durations', () => {
    const durations = { 'under-1-month': 0, '1-to-3-months': 0, '3-to-6-months': 0, '6-months-or-more': 0 }
    const error = failure(() => generatePortfolio({ seed: 1, size: 1, ...YEAR_2025, durations }))
    expect(error).toEqual({
      code: 'invalid_input',
      path: ['options', 'durations'],
      vi: 'Dữ liệu đầu vào không hợp lệ: ít nhất một nhóm thời hạn phải có trọng số lớn hơn 0',
      en: 'Invalid input: at least one duration class needs a weight above 0',
    })
  })

  it('refuses a day that does not exist and a seed that is not a whole number', () => {
    expect(failure(() => generatePortfolio({ seed: 1, size: 1, from: '2025-02-29', to: '2025-03-31' })).path).toEqual([
      'options',
      'from',
    ])
    expect(failure(() => generatePortfolio({ seed: 1.5, size: 1, ...YEAR_2025 })).path).toEqual(['options', 'seed'])
  })
})

describe('generatePortfolio: the calendar’s range', () => {
  it('reports a day outside the range at the option that names it', () => {
    expect(failure(() => generatePortfolio({ seed: 1, size: 1, from: '2100-12-01', to: '2101-01-05' }))).toMatchObject({
      code: 'outside_calendar_range',
      path: ['options', 'to'],
    })
  })

  it('says to end the transfers earlier when tasks drawn near the range’s end run past it', () => {
    expect(failure(() => generatePortfolio({ seed: 1, size: 50, from: '2100-12-01', to: '2100-12-31' }))).toEqual({
      code: 'outside_calendar_range',
      path: ['options', 'to'],
      vi: 'Ngoài phạm vi của lịch làm việc: nhiệm vụ được tạo gần cuối phạm vi của lịch vượt quá phạm vi đó (thời hạn, hoàn thành, cập nhật định kỳ); hãy kết thúc việc chuyển giao sớm hơn',
      en: "Outside the working calendar's range: tasks drawn near the end of the calendar’s range run past it (deadlines, completions, periodic updates): end the transfers earlier",
    })
  })
})
