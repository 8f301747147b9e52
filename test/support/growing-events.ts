// Run in a child process by test/hostile/known-cases.test.ts: a task whose `events` is a Proxy array whose
// `length` is one more at each read, with no cap. A reader that loops on `length` never ends and aborts
// the whole process out of memory; the package must read it once, and answer or refuse. Prints the outcome.
import { evaluateTask, isVnTaskSlaError } from '../../src/index.js'
import { growingArray } from '../hostile/hostile-values.js'

const { array, reads } = growingArray()
let outcome: string
try {
  evaluateTask({ id: 't', transferredAt: '2025-05-19T09:00', deadline: '2025-06-30', events: array } as never, {
    asOf: '2025-06-26T09:00',
  })
  outcome = 'answered'
} catch (error) {
  outcome = isVnTaskSlaError(error) ? error.code : `threw ${String(error).slice(0, 200)}`
}
process.stdout.write(JSON.stringify({ outcome, lengthReads: reads() }))
