import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      { find: /^vn-task-sla\/testing$/, replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)) },
      {
        find: /^vn-task-sla\/date-holidays$/,
        replacement: fileURLToPath(new URL('./src/date-holidays/index.ts', import.meta.url)),
      },
      { find: /^vn-task-sla\/core$/, replacement: fileURLToPath(new URL('./src/core-entry/index.ts', import.meta.url)) },
      {
        find: /^vn-task-sla\/json-schemas$/,
        replacement: fileURLToPath(new URL('./src/json-schemas/index.ts', import.meta.url)),
      },
      { find: /^vn-task-sla$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    // The examples' tests run as written: `vn-task-sla` and `vn-task-sla/testing` resolve to the source.
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
