import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quarter, scoreUnits, updateCompliance, vietnamCalendar, year } from '../../src/index.js'
import { taskCase } from '../arbitraries/tasks.js'

// The scorer works out only the updates a period can count (periods long closed, and periods opening
// after the evaluation instant, are skipped). Art. 17.1(b) and B12 ask for every update of Art. 6.2(b)
// due in the period and decided at its end, 24:00 of its last day: the law below holds the shortcut to
// the full schedule, asked one millisecond after the period's last instant with the events up to it.

const calendar = vietnamCalendar()
const PERIODS = [quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), year(2025)]

describe('update compliance counted by scoreUnits (Art. 6.2(b), 17.1(b) — điểm b khoản 1 Điều 17)', () => {
  it('counts exactly the updates of the full schedule due in the period and decided at its end', () => {
    fc.assert(
      fc.property(taskCase({ maxEvents: 5 }), fc.constantFrom(...PERIODS), (c, period) => {
        const start = calendar.millis.startOfDay(calendar.millis.endOfDay(period.from))
        const end = calendar.millis.endOfDay(period.to)
        const events = (c.task.events ?? []).filter((event) => calendar.millis.of(event.at) <= end)
        const expected = updateCompliance({ ...c.task, events }, { calendar, asOf: end + 1 })
          .filter((item) => {
            const dueBy = item.update.dueBy.toMillis()
            return dueBy >= start && dueBy <= end && item.state !== 'due' && item.state !== 'not-yet-due'
          })
          .map((item) => `${item.update.kind} ${item.update.dueBy.toISODate()}=${item.state === 'made-on-time' ? 1 : 0}`)
        const [result] = scoreUnits([{ unit: 'u', tasks: [c.task] }], period, { calendar })
        const counted = result?.indicators.find((indicator) => indicator.id === 'update-compliance')?.items ?? []
        expect(counted.map((item) => `${item.item}=${item.score}`)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})
