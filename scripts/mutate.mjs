// `npm run mutate [-- folder ... --force]`: Stryker on each folder of src/ in turn (all of them when none
// is named), each against its own tests, its JSON report in reports/mutation/<folder>.json. Flags go to
// Stryker (`--force`: run every mutant again instead of reusing the last run's unchanged results). Exits non-zero
// when a folder's score is under the break threshold of stryker.config.mjs or its run fails.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { MUTATION_FOLDERS } from './mutation-folders.mjs'

const args = process.argv.slice(2)
const named = args.filter((arg) => !arg.startsWith('--'))
const flags = args.filter((arg) => arg.startsWith('--'))
const unknown = named.filter((name) => !Object.hasOwn(MUTATION_FOLDERS, name))
if (unknown.length > 0) {
  console.error(`Unknown folder ${unknown.join(', ')}; one of ${Object.keys(MUTATION_FOLDERS).join(', ')}`)
  process.exit(2)
}
const folders = named.length > 0 ? named : Object.keys(MUTATION_FOLDERS)
const failed = []
for (const folder of folders) {
  console.log(`\n== Stryker on src/${folder} ==`)
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...flags], {
    stdio: 'inherit',
    env: { ...process.env, VN_TASK_SLA_MUTATE: folder },
  })
  if (run.status !== 0) failed.push(folder)
  // The report is committed: it keeps paths relative to the repository and drops the machine's own.
  const report = `reports/mutation/${folder}.json`
  if (existsSync(report)) {
    const { projectRoot: _projectRoot, ...portable } = JSON.parse(readFileSync(report, 'utf8'))
    writeFileSync(report, JSON.stringify(portable))
  }
}
if (failed.length > 0) {
  console.error(`\nUnder the threshold or failed: ${failed.join(', ')}`)
  process.exit(1)
}
