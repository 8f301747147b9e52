import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import {
  defineRegulation,
  REGULATION_08_QC_TW,
  type TaskInput,
  VnTaskSlaError,
  validateTasks,
  vietnamCalendar,
  workingCalendar,
} from '../../src/index.js'
import { parseTask } from '../../src/task/task-facts.js'
import { TASK_EVENT_KEYS, TASK_INPUT_KEYS } from '../../src/task/task-input.js'
import { taskArbitrary } from '../../src/testing/index.js'
import { failureOf } from '../support/caught.js'
import { isDeeplyFrozen } from './frozen.js'

const TRANSFER = '2025-05-19T09:00'
const calendar = vietnamCalendar()

const INVALID = { vi: 'Dữ liệu đầu vào không hợp lệ: ', en: 'Invalid input: ' }
/** The messages of `invalid_input` with a detail, as the error of a single call carries them. */
function invalid(vi: string, en: string) {
  return { vi: `${INVALID.vi}${vi}`, en: `${INVALID.en}${en}` }
}
const UNKNOWN_FIELD = invalid(
  'trường này không được định nghĩa (xem đường dẫn của lỗi)',
  'this field is not defined (see the error path)',
)
const DEADLINE_BEFORE_TRANSFER = invalid(
  'thời hạn không được trước thời điểm nhiệm vụ được chuyển đến',
  'a deadline cannot be before the task was transferred',
)

/** Conclusion 155-KL/TW, §3: the drafts, acknowledged, started and completed. */
const DRAFTS = {
  id: 'kl155-3-draft',
  transferredAt: TRANSFER,
  deadline: '2025-05-31',
  events: [
    { type: 'acknowledged', at: '2025-05-19T10:30' },
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'completed', at: '2025-05-30T16:00' },
  ],
} satisfies TaskInput

describe('validateTasks: every problem of every row, as the errors of single calls would say it', () => {
  it('lists each problem of a row with several: schema issues, then each event checked alone', () => {
    const rows = [
      DRAFTS,
      {
        id: '',
        transferredAt: TRANSFER,
        priority: 'top',
        events: [
          { type: 'started', at: '20/05/2025' },
          { type: 'acknowledged', at: '2025-05-19T10:00', outcome: 'kept' },
          { type: 'escalated', at: '2025-05-19T11:00' },
          { type: 'deadline-extended', at: '2025-05-20T10:00' },
          { type: 'started', at: '2025-05-20T09:00', deadline: '2025-05-01' },
        ],
      },
      {
        id: 'kl155-5',
        transferredAt: TRANSFER,
        deadline: '2025-05-01',
        events: [{ type: 'started', at: '2025-05-19', to: 'B' }],
      },
    ]
    const { tasks, issues } = validateTasks(rows)
    expect(tasks).toEqual([DRAFTS])
    expect(issues).toEqual([
      { index: 1, id: null, path: ['id'], code: 'invalid_input', messages: invalid('nhỏ hơn giới hạn 1', 'below the limit 1') },
      {
        index: 1,
        id: null,
        path: ['events', 2, 'type'],
        code: 'invalid_input',
        messages: invalid(
          'phải là một trong: "acknowledged", "objected", "started", "progress-updated", "completed", "closed-without-completion", "deadline-extended", "objection-handled", "reassigned", "evaluated"',
          'must be one of: "acknowledged", "objected", "started", "progress-updated", "completed", "closed-without-completion", "deadline-extended", "objection-handled", "reassigned", "evaluated"',
        ),
      },
      {
        index: 1,
        id: null,
        path: ['priority'],
        code: 'invalid_input',
        messages: invalid('phải là một trong: "key", "regular", "urgent"', 'must be one of: "key", "regular", "urgent"'),
      },
      {
        index: 1,
        id: null,
        path: ['events', 0, 'at'],
        code: 'invalid_input',
        messages: invalid(
          'thời điểm phải là chuỗi ISO 8601, DateTime của luxon, Date hợp lệ hoặc số mili giây epoch nguyên',
          'an instant must be an ISO 8601 string, a luxon DateTime, a valid Date or an integer of epoch milliseconds',
        ),
      },
      {
        index: 1,
        id: null,
        path: ['events', 1, 'outcome'],
        code: 'invalid_input',
        messages: invalid(
          'kết quả xử lý (outcome) chỉ có ở sự kiện xử lý phản hồi (objection-handled)',
          'an outcome belongs only on an objection-handled event',
        ),
      },
      {
        index: 1,
        id: null,
        path: ['events', 3, 'deadline'],
        code: 'invalid_input',
        messages: invalid(
          'sự kiện gia hạn (deadline-extended) phải có thời hạn mới; sự kiện khác không có thời hạn',
          'a deadline-extended event must carry the new deadline, and no other event may carry one',
        ),
      },
      {
        index: 1,
        id: null,
        path: ['events', 4, 'deadline'],
        code: 'invalid_input',
        messages: invalid(
          'sự kiện gia hạn (deadline-extended) phải có thời hạn mới; sự kiện khác không có thời hạn',
          'a deadline-extended event must carry the new deadline, and no other event may carry one',
        ),
      },
      { index: 2, id: 'kl155-5', path: ['deadline'], code: 'invalid_input', messages: DEADLINE_BEFORE_TRANSFER },
      {
        index: 2,
        id: 'kl155-5',
        path: ['events', 0, 'to'],
        code: 'invalid_input',
        messages: invalid(
          'cơ quan nhận nhiệm vụ mới (to) chỉ có ở sự kiện chuyển giao lại (reassigned)',
          'a new assignee (to) belongs only on a reassigned event',
        ),
      },
    ])
  })

  it('reports a row that is not an object once, at the row itself, with no id', () => {
    const notAnObject = invalid('thiếu hoặc không phải đối tượng', 'missing, or not an object')
    expect(validateTasks([null, 'kl155-1', [DRAFTS]]).issues).toEqual([
      { index: 0, id: null, path: [], code: 'invalid_input', messages: notAnObject },
      { index: 1, id: null, path: [], code: 'invalid_input', messages: notAnObject },
      { index: 2, id: null, path: [], code: 'invalid_input', messages: notAnObject },
    ])
  })

  it('checks the rules across events (B18) once each event passes alone: a re-assignment after the completion', () => {
    const row = {
      ...DRAFTS,
      events: [...DRAFTS.events, { type: 'reassigned', at: '2025-06-02T09:00', to: 'Ban Nội chính Trung ương' }],
    }
    expect(validateTasks([row]).issues).toEqual([
      {
        index: 0,
        id: 'kl155-3-draft',
        path: ['events', 3, 'at'],
        code: 'invalid_input',
        messages: invalid(
          'nhiệm vụ đã kết thúc (hoàn thành hoặc dừng) không thể được chuyển giao lại',
          'a task that has ended (completed or closed) cannot be re-assigned',
        ),
      },
    ])
  })

  it('accepts a re-assignment past the deadline with an extension at its instant (B18): events are not judged alone for it', () => {
    const row = {
      id: 'kl155-4',
      transferredAt: TRANSFER,
      deadline: '2025-05-30',
      events: [
        { type: 'reassigned', at: '2025-06-02T09:00', to: 'Ban Tổ chức Trung ương' },
        { type: 'deadline-extended', at: '2025-06-02T09:00', deadline: '2025-06-30' },
      ],
    }
    expect(validateTasks([row])).toEqual({ tasks: [row], issues: [] })
  })

  it('reads the instants in the calendar’s zone: 08:00 is before a 09:00 transfer in Hanoi, after it in UTC', () => {
    const utc = workingCalendar({
      zone: 'UTC',
      week: { monday: [['09:00', '17:00']] },
      range: { from: '2025-01-01', to: '2025-12-31' },
    })
    const row = { id: 'zone', transferredAt: '2025-05-19T09:00+07:00', deadline: '2025-05-19T08:00' }
    expect(validateTasks([row]).issues.map((issue) => issue.path)).toEqual([['deadline']])
    expect(validateTasks([row], { calendar: utc })).toEqual({ tasks: [row], issues: [] })
  })

  it('reads the profile’s schedule: counted from the issue (B3), a task without issuedAt is reported', () => {
    const fromIssue = defineRegulation(REGULATION_08_QC_TW, {
      id: 'qc-tu-ban-hanh',
      name: { vi: 'Tính từ ngày ban hành', en: 'From the issue' },
      issuedBy: 'Quy chế số 01-QC/TU',
      effectiveFrom: '2026-03-01',
      schedule: { start: 'issue' },
    })
    expect(validateTasks([DRAFTS], { regulation: fromIssue }).issues.map((issue) => [issue.path, issue.messages.en])).toEqual([
      [
        ['issuedAt'],
        'Invalid input: counting the implementation period from the issue (start: issue) needs the document’s issue instant (issuedAt)',
      ],
    ])
  })

  it('reports an instant outside the calendar’s range with its own code', () => {
    const issues = validateTasks([{ id: 'far', transferredAt: '2150-01-05T09:00', deadline: '2150-01-30' }]).issues
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['outside_calendar_range', ['deadline']]])
  })
})

describe('validateTasks: unknown keys of a database row', () => {
  const row = {
    ...DRAFTS,
    unit_id: 42,
    created_at: '2025-05-19 09:00:00',
    events: [{ ...DRAFTS.events[0], recorded_by: 'cv01' }, ...DRAFTS.events.slice(1)],
  }

  it('refuses them by default, naming each, on the row and on its events', () => {
    expect(validateTasks([row]).issues.map((issue) => [issue.id, issue.path, issue.messages])).toEqual([
      ['kl155-3-draft', ['events', 0, 'recorded_by'], UNKNOWN_FIELD],
      ['kl155-3-draft', ['unit_id'], UNKNOWN_FIELD],
      ['kl155-3-draft', ['created_at'], UNKNOWN_FIELD],
    ])
  })

  it("strips them with unknownKeys: 'strip': the task returned is the row without them, the row unchanged", () => {
    const before = structuredClone(row)
    expect(validateTasks([row], { unknownKeys: 'strip' })).toEqual({ tasks: [DRAFTS], issues: [] })
    expect(row).toStrictEqual(before)
  })

  it('still reports the other problems of a stripped row, at their paths', () => {
    const issues = validateTasks([{ ...row, deadline: '2025-05-01' }], { unknownKeys: 'strip' }).issues
    expect(issues.map((issue) => [issue.path, issue.messages])).toEqual([[['deadline'], DEADLINE_BEFORE_TRANSFER]])
  })
})

describe('validateTasks: the rows are the caller’s, the result is frozen', () => {
  it('returns the valid rows equal to the input, as copies, in order, leaving the rows as they were', () => {
    const rows = [DRAFTS, { id: '' }, { ...DRAFTS, id: 'kl155-3-copy' }]
    const before = structuredClone(rows)
    const { tasks } = validateTasks(rows)
    expect(tasks).toStrictEqual([rows[0], rows[2]])
    expect(tasks[0]).not.toBe(rows[0])
    expect(tasks[0]?.events).not.toBe(DRAFTS.events)
    expect(rows).toStrictEqual(before)
    expect(Object.isFrozen(rows[0]) || Object.isFrozen(DRAFTS.events)).toBe(false)
  })

  it('is deeply frozen: the result, each task, each event, each issue and its path', () => {
    const result = validateTasks([DRAFTS, { ...DRAFTS, deadline: '2025-05-01', unit_id: 1 }])
    expect(result.issues).toHaveLength(2)
    expect(isDeeplyFrozen(result)).toBe(true)
  })

  it('copies a Date and a luxon DateTime, freezing neither of the caller’s (a DateTime fills its week data on first use)', () => {
    const transferredAt = new Date(Date.UTC(2025, 4, 19, 2))
    const at = DateTime.fromISO('2025-05-20T09:00', { zone: 'Asia/Ho_Chi_Minh' })
    const [task] = validateTasks([{ id: 'dates', transferredAt, events: [{ type: 'started', at }] }]).tasks
    expect(task?.transferredAt).not.toBe(transferredAt)
    expect(task?.transferredAt).toEqual(transferredAt)
    expect(Object.isFrozen(transferredAt)).toBe(false)
    // The boundary copy: the same instant in the same zone, not the caller's object.
    expect(task?.events?.[0]?.at).not.toBe(at)
    expect((task?.events?.[0]?.at as DateTime | undefined)?.toISO()).toBe(at.toISO())
    expect(Object.isFrozen(at)).toBe(false)
    expect(at.weekNumber).toBe(21)
  })

  it('copies a key `__proto__` of a row as a key: it never reaches the prototype', () => {
    const row = JSON.parse('{"id":"p","transferredAt":"2025-05-19T09:00","__proto__":{"polluted":true}}') as TaskInput
    const result = validateTasks([row])
    expect(result.issues.map((issue) => issue.path)).toEqual([['__proto__']])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('validateTasks: what throws is the call, never the data', () => {
  it("throws invalid_input at ['rows'] for rows that are not a list", () => {
    const failure = failureOf(() => validateTasks('kl155-1' as unknown as []))
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['rows'],
      'Invalid input: missing, or not an array',
    ])
  })

  it('reads its options first: an unknown option is named whatever the rows', () => {
    const failure = failureOf(() => validateTasks('kl155-1' as unknown as [], { unknownKey: 'strip' } as never))
    expect([failure.code, failure.path]).toEqual(['invalid_input', ['options', 'unknownKey']])
  })

  it("refuses an unknownKeys that is neither 'refuse' nor 'strip'", () => {
    const failure = failureOf(() => validateTasks([], { unknownKeys: 'drop' } as never))
    expect([failure.code, failure.path, failure.en]).toEqual([
      'invalid_input',
      ['options', 'unknownKeys'],
      'Invalid input: must be one of: "refuse", "strip"',
    ])
  })
})

/** A task of the kit, corrupted one way or another: a field, an event's field, a field left out, or not a task at all. */
function corruptedRow(): fc.Arbitrary<unknown> {
  const task = taskArbitrary({ calendar })
  const anyKey = fc.constantFrom<string>(...TASK_INPUT_KEYS, 'unit_id')
  const anyEventKey = fc.constantFrom<string>(...TASK_EVENT_KEYS, 'recorded_by')
  return fc.oneof(
    task,
    fc.anything(),
    fc.tuple(task, anyKey, fc.anything()).map(([row, key, value]) => ({ ...row, [key]: value })),
    fc.tuple(task, fc.constantFrom(...TASK_INPUT_KEYS)).map(([row, key]) => {
      const { [key]: _, ...rest } = row
      return rest
    }),
    fc.tuple(task, fc.nat(), anyEventKey, fc.anything()).map(([row, n, key, value]) => {
      const events = [...(row.events ?? [])]
      if (events.length === 0) return row
      events[n % events.length] = { ...events[n % events.length], [key]: value } as (typeof events)[number]
      return { ...row, events }
    }),
    fc.tuple(task, fc.nat(), fc.integer({ min: -400, max: 400 })).map(([row, n, days]) => {
      // A well-formed instant moved in time: the semantic rules (order, B18) rather than the schema.
      const events = [...(row.events ?? [])]
      if (events.length === 0) return { ...row, deadline: '2025-01-01' }
      const event = events[n % events.length] as (typeof events)[number]
      events[n % events.length] = { ...event, at: calendar.millis.of(event.at) + days * 86_400_000 }
      return { ...row, events }
    }),
  )
}

/** The error a rule throws for a row, or undefined when it reads the row. */
function errorOf(row: unknown): VnTaskSlaError | undefined {
  try {
    parseTask(row, calendar, REGULATION_08_QC_TW.schedule, [])
    return undefined
  } catch (error) {
    if (error instanceof VnTaskSlaError) return error
    throw error
  }
}

describe('properties', () => {
  it('never throws on rows, and puts each row either among the tasks or in the issues, never both', () => {
    fc.assert(
      fc.property(fc.array(corruptedRow(), { maxLength: 6 }), (rows) => {
        const result = validateTasks(rows)
        const flagged = new Set(result.issues.map((issue) => issue.index))
        expect(result.tasks.length + flagged.size).toBe(rows.length)
        expect(isDeeplyFrozen(result)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with the rules: a row has no issue exactly when a rule reads it, and the error a rule throws is among its issues', () => {
    fc.assert(
      fc.property(corruptedRow(), (row) => {
        const { tasks, issues } = validateTasks([row])
        const error = errorOf(row)
        if (error === undefined) {
          expect(issues).toEqual([])
          expect(tasks).toEqual([row])
        } else {
          expect(tasks).toEqual([])
          expect(issues).toContainEqual({
            index: 0,
            id: issues[0]?.id ?? null,
            path: error.path,
            code: error.code,
            messages: error.messages,
          })
        }
      }),
      { numRuns: 500 },
    )
  })

  it('does not mutate the rows: each is structurally the same after the call', () => {
    fc.assert(
      fc.property(fc.array(taskArbitrary({ calendar }), { maxLength: 4 }), (rows) => {
        const before = structuredClone(rows)
        validateTasks(rows, { unknownKeys: 'strip' })
        expect(rows).toStrictEqual(before)
      }),
      { numRuns: 100 },
    )
  })
})
