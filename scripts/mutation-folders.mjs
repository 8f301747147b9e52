// The per-folder layer of the mutation runs (`npm run mutate`): for each folder of src/ that Stryker
// mutates, the test folders run against its mutants and the environment they run with. The shared
// settings are in stryker.config.mjs and vitest.mutation.config.ts, which read the folder from
// VN_TASK_SLA_MUTATE.
export const MUTATION_FOLDERS = {
  // The leak law at 2,000 runs per mutant instead of 100,000; its field table is static (built when the
  // module loads), and those mutants are run, as they always were for this folder.
  masking: { tests: ['test/masking'], env: { VN_TASK_SLA_LEAK_RUNS: '2000' }, stryker: { ignoreStatic: false } },
  // lunar-dates.ts is generated, and a test holds it byte for byte to the generator's output: any
  // change to it, a mutant included, fails that test, and the instrumented copy does too.
  calendar: { tests: ['test/calendar', 'test/core'], exclude: ['src/calendar/vietnam/lunar-dates.ts'] },
  // The error messages and the citations are read through the labels and the rules' results.
  core: { tests: ['test/core', 'test/calendar', 'test/labels'] },
  scoring: { tests: ['test/scoring'] },
  simulation: { tests: ['test/simulation'] },
  // The regulation's data (src/regulation) is what the rules compute from; its tests drive them too.
  rules: { tests: ['test/rules', 'test/regulation'] },
}

/** The folder named by VN_TASK_SLA_MUTATE, with its layer; throws for an unknown name. */
export function mutationFolder(name = process.env.VN_TASK_SLA_MUTATE) {
  const layer = name !== undefined && Object.hasOwn(MUTATION_FOLDERS, name) ? MUTATION_FOLDERS[name] : undefined
  if (layer === undefined) {
    throw new Error(
      `VN_TASK_SLA_MUTATE must name one of ${Object.keys(MUTATION_FOLDERS).join(', ')} (got ${name}); run npm run mutate`,
    )
  }
  return {
    name,
    tests: layer.tests,
    env: layer.env ?? {},
    exclude: layer.exclude ?? [],
    stryker: layer.stryker ?? {},
  }
}
