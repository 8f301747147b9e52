import { defineConfig } from 'vitest/config'

// The tests Stryker runs against each mutant of src/masking (`npm run mutate:masking`): the masking
// tests only, with the leak law at 2,000 runs instead of 100,000 so that each mutant takes seconds.
export default defineConfig({
  test: {
    include: ['test/masking/**/*.test.ts'],
    testTimeout: 60_000,
    env: { VN_TASK_SLA_LEAK_RUNS: '2000' },
  },
})
