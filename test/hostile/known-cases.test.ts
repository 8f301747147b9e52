// Reported defects of the public boundary, one test each with its exact expectation: the package's error
// (`invalid_input` unless said otherwise) where the input is not what the package reads, never a raw
// TypeError, RangeError or crash; inputs left as they were; results that share nothing mutable.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  ACKNOWLEDGE_RECEIPT,
  alertLevel,
  auditFlags,
  classifyCompletion,
  consecutiveNotCompleted,
  deadline,
  dutiesOf,
  dutiesOfMillis,
  evaluateTask,
  evaluateTaskMillis,
  gradeOf,
  isVnTaskSlaError,
  maskForSystem,
  nextChange,
  nextChangeMillis,
  nextPeriod,
  quarter,
  scoreUnits,
  simulate,
  type TaskInput,
  taskResultOf,
  updateCompliance,
  updateSchedule,
  vietnamCalendar,
} from '../../src/index.js'
import { caught } from '../support/caught.js'
import { LyingDate, nulls, tenMegabyteString } from './hostile-values.js'
import { callerQuarter, openTask, secretDocument, task } from './public-calls.js'

const calendar = vietnamCalendar()
const AS_OF = '2025-06-26T09:00'

/** The code and path of the package's error `run` throws (a test fails on any other error). */
function refusal(run: () => unknown): [string, readonly (string | number)[]] {
  const error = caught(run)
  return [error.code, error.path]
}

/** Whether every object reachable from `value` is frozen (luxon values are immutable and not walked). */
function deeplyFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true
  seen.add(value)
  if ((value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true) return true
  return Object.isFrozen(value) && Object.values(value).every((inner) => deeplyFrozen(inner, seen))
}

function objectsOf(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found
  found.add(value)
  for (const inner of Object.values(value)) objectsOf(inner, found)
  return found
}

describe('missing or look-alike arguments are the package’s error', () => {
  it('a rule called without options is invalid_input at options (asOf is required)', () => {
    expect(refusal(() => (alertLevel as (task: TaskInput) => unknown)(openTask() as TaskInput))).toEqual([
      'invalid_input',
      ['options'],
    ])
  })

  it('an empty object as the calendar is invalid_input at options.calendar', () => {
    expect(refusal(() => alertLevel(openTask() as TaskInput, { asOf: AS_OF, calendar: {} as never }))).toEqual([
      'invalid_input',
      ['options', 'calendar'],
    ])
  })

  it('Object.create(Date.prototype) as asOf is invalid_input at options.asOf, not a TypeError', () => {
    const asOf = Object.create(Date.prototype) as Date
    expect(refusal(() => classifyCompletion(task() as TaskInput, { asOf }))).toEqual(['invalid_input', ['options', 'asOf']])
  })

  it('an object that claims to be a luxon Duration or DateTime is invalid_input', () => {
    expect(refusal(() => calendar.addWorkingTime('2026-03-02T09:00', { isLuxonDuration: true } as never))[0]).toBe(
      'invalid_input',
    )
    expect(refusal(() => classifyCompletion(task() as TaskInput, { asOf: { isLuxonDateTime: true } as never }))).toEqual([
      'invalid_input',
      ['options', 'asOf'],
    ])
  })

  it('deadline({}, from) is invalid_input: an empty object is no time rule', () => {
    expect(refusal(() => deadline({} as never, '2026-02-13T15:00'))[0]).toBe('invalid_input')
  })

  it('consecutiveNotCompleted(null) is invalid_input at history', () => {
    expect(refusal(() => consecutiveNotCompleted(null as never))).toEqual(['invalid_input', ['history']])
  })

  it("a timeline's shareOf(null) and shareOf('toString') are invalid_input: neither is a status", () => {
    const timeline = simulate([openTask() as TaskInput], { from: '2025-06-23', to: '2025-07-02' })
    expect(refusal(() => timeline.shareOf(null as never))[0]).toBe('invalid_input')
    expect(refusal(() => timeline.shareOf('toString' as never))[0]).toBe('invalid_input')
  })

  it("gradeOf('95'), taskResultOf('bogus') and nextPeriod of a decade are invalid_input", () => {
    expect(refusal(() => gradeOf('95' as never))[0]).toBe('invalid_input')
    expect(refusal(() => taskResultOf('bogus' as never))[0]).toBe('invalid_input')
    expect(refusal(() => nextPeriod({ kind: 'decade', year: 2026 } as never))[0]).toBe('invalid_input')
  })

  it('a Date subclass whose getTime says 1.5 is refused, or read by its real time value, never as 1.5', () => {
    const lying = new LyingDate(Date.UTC(2025, 5, 26, 2))
    const real = Date.prototype.getTime.call(lying)
    let outcome: unknown
    try {
      outcome = evaluateTaskMillis(openTask() as TaskInput, { asOf: lying })
    } catch (error) {
      outcome = isVnTaskSlaError(error) ? error.code : error
    }
    const answers = ['invalid_input', JSON.stringify(evaluateTaskMillis(openTask() as TaskInput, { asOf: real }))]
    expect(answers).toContain(typeof outcome === 'string' ? outcome : JSON.stringify(outcome))
  })
})

describe('events that are not a list of events', () => {
  it('130,000 null events are invalid_input, not a stack overflow', () => {
    const hostile = { ...task(), events: nulls(130_000) }
    expect(refusal(() => classifyCompletion(hostile as unknown as TaskInput, { asOf: AS_OF }))[0]).toBe('invalid_input')
  })

  it('130,000 null events in a task with a null prototype or of a class are invalid_input too', () => {
    // The boundary copy keeps a null prototype and reads another class's instance by its own fields: the long
    // array inside either is refused before the schema gathers its 130,000 issues.
    class TaskRecord {
      constructor(
        readonly id: string,
        readonly transferredAt: string,
        readonly deadline: string,
        readonly events: unknown,
      ) {}
    }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { ...task(), events: nulls(130_000) })
    const instance = new TaskRecord('kl155-3-draft', '2025-05-19T09:00', '2025-05-31', nulls(130_000))
    for (const hostile of [bare, instance]) {
      expect(refusal(() => classifyCompletion(hostile as unknown as TaskInput, { asOf: AS_OF }))).toEqual([
        'invalid_input',
        ['task', 'events'],
      ])
    }
  })

  it("events: {} is invalid_input at the task's events, and the caller's {} is not frozen by the call", () => {
    const events = {}
    expect(refusal(() => classifyCompletion({ ...task(), events } as never, { asOf: AS_OF }))).toEqual([
      'invalid_input',
      ['task', 'events'],
    ])
    expect(Object.isFrozen(events)).toBe(false)
  })

  it('a Proxy events array whose length grows on each read is an answer or invalid_input, never a crash', () => {
    // In a child process: today such a reader aborts the whole process out of memory.
    const script = fileURLToPath(new URL('../support/growing-events.ts', import.meta.url))
    const child = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    const outcome =
      child.status === 0 ? (JSON.parse(child.stdout) as { outcome: string }).outcome : `exit ${child.status ?? child.signal}`
    expect(['answered', 'invalid_input']).toContain(outcome)
  })
})

describe('results that share nothing mutable', () => {
  it("describeDay's holiday names are frozen, and two calendars' answers share no mutable object", () => {
    const first = calendar.describeDay('2026-02-17')
    const second = vietnamCalendar().describeDay('2026-02-17')
    expect(first.reasons.map((reason) => Object.isFrozen(reason.name))).toEqual(first.reasons.map(() => true))
    const shared = [...objectsOf(first)].filter((object) => objectsOf(second).has(object))
    expect(shared.filter((object) => !Object.isFrozen(object))).toEqual([])
    expect([deeplyFrozen(first), deeplyFrozen(second)]).toEqual([true, true])
  })

  it("deadline(rule, …).rule of a caller's rule is a deeply frozen copy, not the caller's object", () => {
    const rule = JSON.parse(JSON.stringify(ACKNOWLEDGE_RECEIPT)) as typeof ACKNOWLEDGE_RECEIPT
    const result = deadline(rule, '2026-02-13T15:00')
    expect([result.rule === rule, deeplyFrozen(result.rule), Object.isFrozen(rule)]).toEqual([false, true, false])
  })

  it("scoreUnits(…)[i].period of a caller's period is not the caller's object", () => {
    const period = callerQuarter()
    const scored = scoreUnits([{ unit: 'Ban A', tasks: [task()] }] as never, period as never)
    expect(scored.map((unit) => unit.period === (period as unknown))).toEqual([false])
    expect([deeplyFrozen(scored), Object.isFrozen(period)]).toEqual([true, false])
  })
})

describe('secrecy (Art. 5.2): no caller key in an error', () => {
  it("a secret document with a null-prototype event holding an unknown key 'Kế hoạch mật XYZ' never echoes it", () => {
    const document = secretDocument('secret') as { tasks: { events: unknown[] }[] }
    const key = 'Kế hoạch mật XYZ'
    ;(document.tasks[0] as { events: unknown[] }).events[0] = Object.assign(Object.create(null) as object, {
      type: 'started',
      at: '2025-05-20T09:00',
      [key]: 1,
    })
    // A document's keys are dropped, never reported, whatever the prototype of the object holding them
    // (docs/security.md): the event is read as a plain one, and the key appears nowhere.
    const masked = maskForSystem(document as never, { asOf: '2025-07-01T09:00' })
    expect([masked.secrecy, JSON.stringify(masked).includes(key)]).toEqual(['secret', false])
  })
})

describe('the whole calendar range, 2000 to 2100', () => {
  /** An open task transferred on 3 January 2000, due 31 December 2100. */
  const longTask = { id: 'long', transferredAt: '2000-01-03T09:00', deadline: '2100-12-31' } as TaskInput
  /** A task transferred on the calendar's last working afternoon, 31 December 2100 at 16:00. */
  const lastTask = { id: 'last', transferredAt: '2100-12-31T16:00', deadline: '2100-12-31' } as TaskInput
  const RULES: readonly (readonly [string, (task: TaskInput, options: { asOf: string }) => unknown])[] = [
    ['classifyCompletion', classifyCompletion],
    ['updateSchedule', updateSchedule],
    ['updateCompliance', updateCompliance],
    ['alertLevel', alertLevel],
    ['auditFlags', auditFlags],
    ['dutiesOf', dutiesOf],
    ['dutiesOfMillis', dutiesOfMillis],
    ['evaluateTask', evaluateTask],
    ['evaluateTaskMillis', evaluateTaskMillis],
    ['nextChange', nextChange],
    ['nextChangeMillis', nextChangeMillis],
  ]
  const CASES = [
    ['transferred 3 Jan 2000, asOf 4 Jan 2000', longTask, '2000-01-04T09:00'],
    ['transferred 3 Jan 2000, due 31 Dec 2100, asOf 30 Dec 2100', longTask, '2100-12-30T09:00'],
    ['transferred 31 Dec 2100 16:00, asOf 31 Dec 2100 16:30', lastTask, '2100-12-31T16:30'],
  ] as const

  /**
   * Refused, once: a rule that works out a time limit falling after 31 December 2100 (the receipt, the
   * final update's grace or a periodic update's due day of a task at the range's end, or the schedule of
   * a century-long task) threw `outside_calendar_range`. The calendar's computing margin, the year 2101,
   * now holds those limits: every rule answers. A name listed here again would say the rule refuses.
   */
  const BEYOND_THE_RANGE = new Set<string>([])

  it.each(RULES.flatMap(([name, rule]) => CASES.map(([label, input, asOf]) => [name, label, rule, input, asOf] as const)))(
    '%s, for a task %s: answers, or (a time limit past the range) refuses with outside_calendar_range only',
    (name, label, rule, input, asOf) => {
      let outcome = 'answered'
      try {
        rule(input, { asOf })
      } catch (error) {
        outcome = isVnTaskSlaError(error) ? error.code : String(error)
      }
      expect(outcome).toBe(BEYOND_THE_RANGE.has(`${name} ${label}`) ? 'outside_calendar_range' : 'answered')
    },
  )
})

describe('size is no denial of service', () => {
  it('a 10 MB string as the options object is invalid_input at options within 1 s', () => {
    const start = performance.now()
    const result = refusal(() => classifyCompletion(task() as TaskInput, tenMegabyteString() as never))
    expect([result, performance.now() - start < 1000]).toEqual([['invalid_input', ['options']], true])
  })

  it('consecutiveNotCompleted with 20,000 failing scores of one unit answers well within 1 s', () => {
    // 20,000 consecutive quarters, each not completed: the pairs are found in one pass, not by a search per score.
    const history = Array.from({ length: 20_000 }, (_, index) => {
      const year = 2000 + Math.floor(index / 4)
      const q = (index % 4) + 1
      const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`
      const to = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`
      const period = { ...quarter(2025, q), year, from, to }
      return [{ unit: 'Ban A', period, grade: 'not-completed', score: 10 }]
    })
    const start = performance.now()
    const pairs = consecutiveNotCompleted(history as never)
    expect([pairs.length, performance.now() - start < 1000]).toEqual([19_999, true])
  })
})
