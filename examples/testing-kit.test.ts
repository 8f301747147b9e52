// How an agency property-tests its own code against the regulation with vn-task-sla/testing.
//
// The agency's code here is `overdueReport`: the line its dashboard shows for a task. The tests
// check it against the package (the rules of Art. 4.1(đ) and 18.1(d)) on thousands of generated
// tasks, and against the package's golden fixtures. Run it with `npx vitest run examples/testing-kit.test.ts`.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyCompletion, type TaskInput, vietnamCalendar } from 'vn-task-sla'
import { goldenCases, taskArbitrary } from 'vn-task-sla/testing'

const calendar = vietnamCalendar()

/** The agency's own code: a dashboard line, "overdue" when the package says the task is past its deadline. */
function overdueReport(task: TaskInput, asOf: string): string {
  const { status } = classifyCompletion(task, { calendar, asOf })
  const overdue = status === 'in-progress-late' || status === 'not-implemented-overdue' || status === 'implemented-not-completed'
  return `${task.id}: ${overdue ? 'QUÁ HẠN' : 'trong hạn'}`
}

describe('the dashboard line agrees with Art. 4.1(đ)', () => {
  it('never calls a task completed on time overdue', () => {
    fc.assert(
      fc.property(taskArbitrary({ calendar, withDeadline: true }), (task) => {
        const completed = (task.events ?? []).find((event) => event.type === 'completed')
        fc.pre(completed !== undefined)
        const status = classifyCompletion(task, { calendar, asOf: '2027-06-30T00:00' }).status
        fc.pre(status === 'completed-on-time')
        expect(overdueReport(task, '2027-06-30T00:00')).toMatch(/trong hạn$/)
      }),
      { numRuns: 300 },
    )
  })

  it('calls every task without a deadline on time', () => {
    fc.assert(
      fc.property(taskArbitrary({ calendar, withDeadline: false }), (task) => {
        expect(overdueReport(task, '2026-12-31T17:00')).toMatch(/trong hạn$/)
      }),
      { numRuns: 300 },
    )
  })
})

describe('the dashboard line agrees with the golden statuses of Conclusion 155-KL/TW', () => {
  const raw = goldenCases.conclusion155Rules.raw as {
    readonly tasks: Readonly<Record<string, { readonly task: TaskInput }>>
  }
  for (const golden of goldenCases.conclusion155Rules.cases.filter((entry) => entry.id.startsWith('art04-'))) {
    it(`${golden.id}`, () => {
      const base = raw.tasks[golden.task as string]?.task
      if (base === undefined) throw new Error(`no task ${String(golden.task)}`)
      const task = { ...base, id: golden.id, events: golden.events } as TaskInput
      const expected = (golden.expected as { readonly status: string }).status
      const overdue = ['in-progress-late', 'not-implemented-overdue', 'implemented-not-completed'].includes(expected)
      expect(overdueReport(task, golden.asOf as string)).toBe(`${golden.id}: ${overdue ? 'QUÁ HẠN' : 'trong hạn'}`)
    })
  }
})
