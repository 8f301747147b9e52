// Every example prints exactly its expected file (examples/expected/<name>.txt) under Deno and under
// Node: the package gives the same answers on both runtimes. Each runtime also runs in another host
// time zone, which the package must never read. Deno runs with no permission at all.
import { beforeAll, describe, expect, it } from 'vitest'
import { type ExampleRun, exampleNames, expectedOutput, limiter, type Runtime, runExample } from '../../scripts/examples.js'

const RUNTIMES: Readonly<Record<Runtime, { readonly zone: string }>> = {
  deno: { zone: 'America/Santiago' },
  node: { zone: 'Pacific/Kiritimati' },
}
const names = exampleNames()
const runs = new Map<string, Promise<ExampleRun>>()

beforeAll(() => {
  // All runs start at once behind one gate (Node through tsx ~2 s each, Deno ~0.5 s), so the file
  // takes about as long as the slower runtime's share, not the sum of every run.
  const gate = limiter(3)
  for (const runtime of ['deno', 'node'] as const) {
    for (const name of names) {
      runs.set(
        `${runtime}:${name}`,
        gate(() => runExample(name, runtime, { TZ: RUNTIMES[runtime].zone })),
      )
    }
  }
})

it('finds the examples, each with its expected output', () => {
  expect(names).toEqual(expect.arrayContaining(['calendar', 'deadlines', 'errors', 'masking', 'scoring']))
  expect(names.filter((name) => expectedOutput(name) === undefined)).toEqual([])
})

for (const runtime of ['deno', 'node'] as const) {
  describe(`examples under ${runtime}`, () => {
    for (const name of names) {
      it(`${name} prints examples/expected/${name}.txt`, { timeout: 90_000 }, async () => {
        const run = await runs.get(`${runtime}:${name}`)
        expect(run?.stderr).toBe('')
        expect(run?.code).toBe(0)
        expect(run?.stdout).toBe(expectedOutput(name))
      })
    }
  })
}
