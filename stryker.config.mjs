// The shared Stryker settings of `npm run mutate`; the folder mutated and its tests come from
// scripts/mutation-folders.mjs, named by VN_TASK_SLA_MUTATE (scripts/mutate.mjs sets it).
import { mutationFolder } from './scripts/mutation-folders.mjs'

const folder = mutationFolder()

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  mutate: [`src/${folder.name}/**/*.ts`, ...folder.exclude.map((file) => `!${file}`)],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // vitest does not check types, so the files are copied as they are (no added @ts-nocheck): a test
  // compares the generated src/calendar/vietnam/lunar-dates.ts with its generator's output.
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${folder.name}.json` },
  tempDirName: '.stryker-tmp',
  thresholds: { high: 95, low: 90, break: 90 },
  timeoutMS: 60_000,
  concurrency: 1,
  // A static mutant (one only executed while its module loads: a table of names or schedules) cannot be
  // traced to the tests that cover it, so each runs every test of the folder (a minute for src/calendar,
  // for some 500 of them). They are left out of the score and appear as Ignored in the report.
  ignoreStatic: true,
  // A run reuses the results of the last one for the mutants and tests that have not changed;
  // `npm run mutate -- <folder> --force` runs every mutant again.
  incremental: true,
  incrementalFile: `reports/mutation/incremental/${folder.name}.json`,
  ...folder.stryker,
}
