import { defineConfig } from 'vitest/config'
import { mutationFolder } from './scripts/mutation-folders.mjs'
import base from './vitest.config'

// The tests Stryker runs against each mutant of the folder named by VN_TASK_SLA_MUTATE (`npm run mutate`):
// that folder's test folders only, with its environment (scripts/mutation-folders.mjs), and the aliases of
// the main config.
const folder = mutationFolder()

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: folder.tests.map((tests) => `${tests}/**/*.test.ts`),
    env: folder.env,
  },
})
