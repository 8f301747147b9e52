// A seeded portfolio of tasks for the benchmarks: the four duration classes of Art. 6.2(b), a tenth
// without a deadline, acknowledgements, starts, updates, extensions and completions, instants in epoch
// milliseconds (the fast input form). The same seed gives the same portfolio on every run.
import type { TaskEvent, TaskInput } from '../src/index.js'
import { seededRandom } from '../src/simulation/seeded-random.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export type PortfolioOptions = {
  /** Transfers are drawn from `days` days after `start` (epoch ms). */
  readonly start: number
  readonly days: number
  readonly seed?: number
}

/** `count` tasks with ids `task-0`, `task-1`, … */
export function portfolio(count: number, options: PortfolioOptions): TaskInput[] {
  const random = seededRandom(options.seed ?? 155)
  const lengths = [20 * DAY, 60 * DAY, 120 * DAY, 250 * DAY]
  return Array.from({ length: count }, (_, index): TaskInput => {
    const transferredAt = options.start + Math.floor(random() * options.days) * DAY + Math.floor(random() * 9) * HOUR
    const length = lengths[Math.floor(random() * lengths.length)] ?? DAY
    const deadline = random() < 0.1 ? null : transferredAt + length
    const events: TaskEvent[] = []
    if (random() < 0.9) events.push({ type: 'acknowledged', at: transferredAt + Math.floor(random() * 6) * HOUR })
    if (random() < 0.8) events.push({ type: 'started', at: transferredAt + DAY })
    const span = deadline === null ? 200 * DAY : deadline - transferredAt
    for (let update = 0; update < 3; update += 1) {
      if (random() < 0.6) events.push({ type: 'progress-updated', at: transferredAt + Math.floor(random() * span) })
    }
    if (deadline !== null && random() < 0.1)
      events.push({ type: 'deadline-extended', at: transferredAt + span / 2, deadline: deadline + 30 * DAY })
    if (random() < 0.5) events.push({ type: 'completed', at: transferredAt + Math.floor(random() * span * 1.2) })
    return { id: `task-${index}`, transferredAt, deadline, events }
  })
}
