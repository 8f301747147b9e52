import { describe, expect, expectTypeOf, it } from 'vitest'
import { ERROR_TITLES, REPORT_NAMES, UPDATE_NAMES } from '../../src/core/messages.js'
import {
  ALERT_LEVELS,
  AUDIT_FLAG_KINDS,
  COMPLETION_STATUSES,
  type CompletionStatus,
  classifyCompletion,
  DURATION_CLASSES,
  DUTIES,
  DUTY_ACTS,
  DUTY_PARTIES,
  DUTY_STATES,
  ERROR_CODES,
  EXPLANATION_REASONS,
  GRADES,
  type Grade,
  type Messages,
  PERIOD_KINDS,
  REPORT_FLAG_KINDS,
  REPORT_KINDS,
  SECRECY_LEVELS,
  TASK_EVENT_TYPES,
  TASK_RESULTS,
  type TaskEventType,
  UNTIMED_COMPLETION_STATUSES,
  UPDATE_KINDS,
  UPDATE_STATES,
  type UpdateState,
  VnTaskSlaError,
} from '../../src/index.js'
import { LABELS, type Labels } from '../../src/labels/index.js'

/** Each family of LABELS, by its path, and the tuples of the package whose codes it must label: the oracle. */
const FAMILIES: readonly (readonly [string, Readonly<Record<string, Messages>>, readonly string[]])[] = [
  ['status', LABELS.status, [...COMPLETION_STATUSES, ...UNTIMED_COMPLETION_STATUSES]],
  ['warning', LABELS.warning, ALERT_LEVELS],
  ['update.kind', LABELS.update.kind, UPDATE_KINDS],
  ['update.state', LABELS.update.state, UPDATE_STATES],
  ['duty.kind', LABELS.duty.kind, DUTIES],
  ['duty.state', LABELS.duty.state, DUTY_STATES],
  ['party', LABELS.party, DUTY_PARTIES],
  ['grade', LABELS.grade, GRADES],
  ['period', LABELS.period, PERIOD_KINDS],
  ['secrecy', LABELS.secrecy, SECRECY_LEVELS],
  ['error', LABELS.error, ERROR_CODES],
  ['report', LABELS.report, REPORT_KINDS],
  ['reportFlag', LABELS.reportFlag, REPORT_FLAG_KINDS],
  ['auditFlag', LABELS.auditFlag, AUDIT_FLAG_KINDS],
  ['event', LABELS.event, DUTY_ACTS],
  ['durationClass', LABELS.durationClass, DURATION_CLASSES],
  ['taskResult', LABELS.taskResult, TASK_RESULTS],
  ['explanation', LABELS.explanation, EXPLANATION_REASONS],
]

/** The paths of every value of `value` that is an object and not frozen. */
function unfrozen(value: unknown, path: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return []
  const own = Object.isFrozen(value) ? [] : [path.join('.') || '(root)']
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozen(inner, [...path, key]))]
}

describe('LABELS: every code the package returns, in Vietnamese and English', () => {
  it('has exactly the families listed here, so a family added is a family tested', () => {
    const paths = Object.entries(LABELS).flatMap(([family, value]) =>
      family === 'update' || family === 'duty' ? Object.keys(value).map((sub) => `${family}.${sub}`) : [family],
    )
    expect(paths.sort()).toEqual(FAMILIES.map(([path]) => path).sort())
  })

  for (const [path, family, codes] of FAMILIES) {
    it(`${path}: a label for every code of its tuple, and none for a code that does not exist`, () => {
      expect(Object.keys(family).sort()).toEqual([...codes].sort())
    })

    it(`${path}: every label has a non-empty vi and en, and they differ`, () => {
      const bad = Object.entries(family).filter(
        ([, label]) => label.vi.trim() === '' || label.en.trim() === '' || label.vi === label.en,
      )
      expect(bad).toEqual([])
    })
  }

  it('event labels every event type of a task, and the transfer', () => {
    expect(Object.keys(LABELS.event).sort()).toEqual(['transferred', ...TASK_EVENT_TYPES].sort())
  })

  it('is deeply frozen', () => {
    expect(unfrozen(LABELS)).toEqual([])
  })

  it('cannot be changed by a caller', () => {
    expect(() => {
      ;(LABELS.status as Record<string, Messages>)['completed-on-time'] = { vi: 'x', en: 'y' }
    }).toThrow(TypeError)
    expect(LABELS.status['completed-on-time'].vi).toBe('hoàn thành đúng hạn')
  })
})

describe('LABELS reuses the package’s own messages: one home for each list', () => {
  it('update.kind is the table of update names the audit reasons use', () => {
    expect(LABELS.update.kind).toBe(UPDATE_NAMES)
  })

  it('report is the table of report names the report flags use', () => {
    expect(LABELS.report).toBe(REPORT_NAMES)
  })

  it('error is the table of titles each error’s message opens with', () => {
    expect(LABELS.error).toBe(ERROR_TITLES)
    const detail = { vi: 'chi tiết', en: 'detail' }
    const messages = ERROR_CODES.map((code) => new VnTaskSlaError(code, detail).messages)
    expect(messages).toEqual(
      ERROR_CODES.map((code) => ({ vi: `${LABELS.error[code].vi}: chi tiết`, en: `${LABELS.error[code].en}: detail` })),
    )
  })
})

describe('LABELS in the words of Regulation 08-QC/TW', () => {
  it('Art. 4.1(đ): hoàn thành (đúng hạn, chậm); đang triển khai (đúng hạn, chậm)', () => {
    const codes = ['completed-on-time', 'completed-late', 'in-progress-on-time', 'in-progress-late'] as const
    expect(codes.map((code) => LABELS.status[code].vi)).toEqual([
      'hoàn thành đúng hạn',
      'hoàn thành chậm',
      'đang triển khai đúng hạn',
      'đang triển khai chậm',
    ])
  })

  it('Art. 4.1(đ): đã triển khai nhưng không hoàn thành (quá hạn); chưa triển khai (trong hạn); không triển khai (quá hạn, chưa triển khai)', () => {
    const codes = ['implemented-not-completed', 'not-started', 'not-implemented-overdue'] as const
    expect(codes.map((code) => LABELS.status[code].vi)).toEqual([
      'đã triển khai nhưng không hoàn thành (quá hạn)',
      'chưa triển khai (trong hạn)',
      'không triển khai (quá hạn, chưa triển khai)',
    ])
  })

  it('Art. 18.1(d): cảnh báo nhiệm vụ đến hạn, sắp quá hạn, quá hạn', () => {
    expect([LABELS.warning.due.vi, LABELS.warning.approaching.vi, LABELS.warning.overdue.vi]).toEqual([
      'đến hạn',
      'sắp quá hạn',
      'quá hạn',
    ])
  })

  it('Art. 17.1(c): hoàn thành xuất sắc, hoàn thành, hoàn thành chưa đầy đủ hoặc không hoàn thành nhiệm vụ', () => {
    expect(GRADES.map((grade) => LABELS.grade[grade].vi)).toEqual([
      'hoàn thành xuất sắc nhiệm vụ',
      'hoàn thành nhiệm vụ',
      'hoàn thành chưa đầy đủ',
      'không hoàn thành nhiệm vụ',
    ])
  })

  it('Art. 17.1(b): theo quý, 6 tháng, năm', () => {
    expect(PERIOD_KINDS.map((kind) => LABELS.period[kind].vi)).toEqual(['quý', '6 tháng', 'năm'])
  })

  it('Art. 4.1(e): Thường, Mật, Tối mật, Tuyệt mật', () => {
    expect(SECRECY_LEVELS.map((level) => LABELS.secrecy[level].vi)).toEqual(['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'])
  })

  it('Art. 5.2(g): đã thực hiện; chưa thực hiện trong hạn hoặc quá hạn', () => {
    expect(TASK_RESULTS.map((result) => LABELS.taskResult[result].vi)).toEqual([
      'đã thực hiện',
      'chưa thực hiện trong hạn',
      'chưa thực hiện, quá hạn',
    ])
  })

  it('Art. 6.2(b)(4): nhiệm vụ có thời hạn 6 tháng trở lên hoặc không xác định thời hạn', () => {
    expect(LABELS.durationClass['6-months-or-more'].vi).toBe('thời hạn 6 tháng trở lên hoặc không xác định thời hạn')
  })

  it('Art. 6.1: Văn phòng Trung ương Đảng; 6.3: cơ quan theo dõi, đôn đốc', () => {
    expect([LABELS.party.office.vi, LABELS.party['monitoring-agency'].vi]).toEqual([
      'Văn phòng Trung ương Đảng',
      'cơ quan theo dõi, đôn đốc',
    ])
  })
})

describe('LABELS on a result', () => {
  it('Art. 4.1(đ): names the status classifyCompletion returns', () => {
    const task = { id: '155-3', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30' }
    const { status } = classifyCompletion(task, { asOf: '2025-07-02T09:00' })
    expect(LABELS.status[status]).toEqual({
      vi: 'không triển khai (quá hạn, chưa triển khai)',
      en: 'not implemented (overdue, never started)',
    })
  })
})

describe('LABELS: types', () => {
  it('is keyed by each union, each label a Messages', () => {
    expectTypeOf(LABELS).toEqualTypeOf<Labels>()
    expectTypeOf(LABELS.status).toEqualTypeOf<Readonly<Record<CompletionStatus, Messages>>>()
    expectTypeOf(LABELS.grade).toEqualTypeOf<Readonly<Record<Grade, Messages>>>()
    expectTypeOf(LABELS.update.state).toEqualTypeOf<Readonly<Record<UpdateState, Messages>>>()
    expectTypeOf(LABELS.event).toExtend<Readonly<Record<TaskEventType, Messages>>>()
  })
})
