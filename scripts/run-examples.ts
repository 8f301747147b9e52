// Runs every example under Node (through tsx) and compares its stdout with examples/expected/<name>.txt.
// `npm run examples` checks; `npm run examples -- --update` rewrites the expected files;
// `npm run examples -- --deno --dist` runs them under Deno against the built package (after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { EXPECTED_DIR, exampleNames, expectedOutput, expectedPath, limiter, type Runtime, runExample } from './examples.js'

const update = process.argv.includes('--update')
const runtime: Runtime = process.argv.includes('--deno') ? 'deno' : 'node'
const dist = process.argv.includes('--dist')
if (update && (runtime !== 'node' || dist)) throw new Error('--update writes what Node prints from the source: use it alone')
const names = exampleNames()
const gate = limiter(availableParallelism())
const runs = await Promise.all(names.map((name) => gate(() => runExample(name, runtime, {}, { dist }))))
if (update) mkdirSync(EXPECTED_DIR, { recursive: true })

let failures = 0
for (const run of runs) {
  const took = `${run.milliseconds} ms`
  if (run.code !== 0) {
    failures += 1
    console.log(`FAIL     ${run.name} (exit ${run.code}, ${took})\n${run.stderr.trimEnd()}`)
    continue
  }
  const expected = expectedOutput(run.name)
  if (update) {
    writeFileSync(expectedPath(run.name), run.stdout)
    console.log(`${expected === run.stdout ? 'same    ' : 'updated '} ${run.name} (${took})`)
  } else if (expected === undefined) {
    failures += 1
    console.log(`MISSING  ${run.name}: no examples/expected/${run.name}.txt (run with --update to write it)`)
  } else if (expected !== run.stdout) {
    failures += 1
    const actual = run.stdout.split('\n')
    const wanted = expected.split('\n')
    const line = actual.findIndex((text, index) => text !== wanted[index])
    const at = line === -1 ? wanted.length : line
    console.log(
      `DIFFERS  ${run.name} (${took}), first at line ${at + 1}:\n  expected: ${wanted[at] ?? '<end>'}\n  actual:   ${actual[at] ?? '<end>'}`,
    )
  } else {
    console.log(`ok       ${run.name} (${took})`)
  }
}
console.log(`${names.length} examples under ${runtime}${dist ? ' (dist)' : ''}, ${failures} failing`)
process.exitCode = failures === 0 ? 0 : 1
