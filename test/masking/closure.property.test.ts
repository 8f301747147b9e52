import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AssignmentDocument, maskForSystem, type SecrecyLevel, type TaskEvent } from '../../src/index.js'

// B8 (amended) on the records of Art. 5: a task closed without completion (`closed-without-completion`)
// has its class of Art. 4.1(đ) fixed at the closure, before its deadline too: implemented but not
// completed when a start or a progress update came first, not implemented otherwise. But nothing says
// "overdue" before the deadline in force has passed: the secure record (5.2(g)) shows "chưa thực hiện
// trong hạn" until asOf is after that deadline, "quá hạn" from then on. The deadline in force is the
// last extension made by the closure, else the original.
//
// The oracle below works from the drawn instants alone (epoch milliseconds), never from the package.

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000
const START_2025 = Date.UTC(2024, 11, 31, 17) // 2025-01-01T00:00+07:00
const END_2026 = Date.UTC(2026, 11, 31, 17) - 1 // 2026-12-31T23:59:59.999+07:00

type Spec = {
  readonly secrecy: 'confidential' | 'secret'
  readonly transfer: number
  /** The original deadline, after the transfer. */
  readonly deadline: number
  /** Whether the task was started (at the transfer) before it was closed. */
  readonly started: boolean
  /** The closure, after the transfer. */
  readonly closure: number
  /** A deadline extension halfway between the transfer and the closure, to this deadline; or none. */
  readonly extendedTo: number | null
  readonly asOf: number
}

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    secrecy: fc.constantFrom('confidential' as const, 'secret' as const),
    transfer: fc.integer({ min: START_2025, max: END_2026 - 400 * MS_PER_DAY }),
    deadline: fc.integer({ min: 60 * MS_PER_MINUTE, max: 200 * MS_PER_DAY }),
    started: fc.boolean(),
    closure: fc.integer({ min: MS_PER_MINUTE, max: 240 * MS_PER_DAY }),
    extendedTo: fc.option(fc.integer({ min: 60 * MS_PER_MINUTE, max: 300 * MS_PER_DAY }), { nil: null, freq: 3 }),
    // Where asOf falls: on the deadline in force, one millisecond after it, or anywhere after the closure.
    asOf: fc.oneof(
      fc.constant('deadline' as const),
      fc.constant('after' as const),
      fc.integer({ min: 0, max: 300 * MS_PER_DAY }),
    ),
  })
  .map((d) => {
    const closure = d.transfer + d.closure
    const extendedTo = d.extendedTo === null ? null : d.transfer + d.extendedTo
    const inForce = extendedTo ?? d.transfer + d.deadline
    // asOf on (or just after) the deadline only when the task is closed by then; otherwise after the closure.
    const asOf =
      d.asOf === 'deadline' && inForce >= closure
        ? inForce
        : d.asOf === 'after' && inForce + 1 >= closure
          ? inForce + 1
          : closure + (typeof d.asOf === 'number' ? d.asOf : 0)
    return {
      secrecy: d.secrecy,
      transfer: d.transfer,
      deadline: d.transfer + d.deadline,
      started: d.started,
      closure,
      extendedTo,
      asOf,
    }
  })

function documentOf(spec: Spec, secrecy: SecrecyLevel): AssignmentDocument {
  const events: TaskEvent[] = [{ type: 'closed-without-completion', at: spec.closure }]
  if (spec.started) events.push({ type: 'started', at: spec.transfer })
  if (spec.extendedTo !== null) {
    events.push({
      type: 'deadline-extended',
      at: spec.transfer + Math.floor((spec.closure - spec.transfer) / 2),
      deadline: spec.extendedTo,
    })
  }
  return {
    secrecy,
    title: 'Kết luận của Bộ Chính trị',
    number: '155',
    symbol: 'KL/TW',
    issuedOn: '2025-01-02',
    signer: 'T/M Bộ Chính trị',
    submittingAgency: 'Văn phòng Trung ương Đảng',
    assignees: ['Ban Tổ chức Trung ương'],
    monitoringAgencies: ['Văn phòng Trung ương Đảng'],
    tasks: [{ id: 'closed', content: 'Nhiệm vụ', transferredAt: spec.transfer, deadline: spec.deadline, events }],
  }
}

describe('B8, Art. 5.2(g) / điểm g khoản 2 Điều 5: a closed task is overdue only once its deadline in force has passed', () => {
  it('the secure result is not-done-overdue exactly when asOf is after the deadline in force; the status is fixed at the closure (3,000 runs)', () => {
    const seen = { within: 0, overdue: 0, onTheDeadline: 0, closedBeforeDeadline: 0, extended: 0 }
    fc.assert(
      fc.property(specArb, (spec) => {
        const inForce = spec.extendedTo ?? spec.deadline
        const secure = maskForSystem(documentOf(spec, spec.secrecy), { asOf: spec.asOf })
        if (secure.partition !== 'secure') throw new Error('expected the secure partition')
        const [task] = secure.record.tasks
        expect(Date.parse(task?.deadline ?? '')).toBe(inForce)
        expect(task?.result).toBe(spec.asOf > inForce ? 'not-done-overdue' : 'not-done-within-deadline')
        const standard = maskForSystem(documentOf(spec, 'normal'), { asOf: spec.asOf })
        if (standard.partition !== 'standard') throw new Error('expected the standard partition')
        expect(standard.record.tasks[0]?.status).toBe(spec.started ? 'implemented-not-completed' : 'not-implemented-overdue')
        seen[spec.asOf > inForce ? 'overdue' : 'within'] += 1
        if (spec.asOf === inForce) seen.onTheDeadline += 1
        if (spec.closure <= inForce) seen.closedBeforeDeadline += 1
        if (spec.extendedTo !== null) seen.extended += 1
      }),
      { numRuns: 3_000 },
    )
    // Every branch is exercised, not vacuously.
    expect(seen.within).toBeGreaterThan(600)
    expect(seen.overdue).toBeGreaterThan(600)
    expect(seen.onTheDeadline).toBeGreaterThan(300)
    expect(seen.closedBeforeDeadline).toBeGreaterThan(900)
    expect(seen.extended).toBeGreaterThan(900)
  })
})
