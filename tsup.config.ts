import { cpSync } from 'node:fs'
import { defineConfig } from 'tsup'

// ESM is emitted module by module, so that a bundler dropping an unused module (the package has
// "sideEffects": false) also drops its imports: an app that uses only `workingCalendar` never
// loads date-holidays. CJS consumers get one file per entry, as `require` cannot tree-shake anyway.
//
// `vn-task-sla/testing` is a second entry. Its CJS file requires the main one (`../index.cjs`)
// instead of bundling a second copy of the package, and leaves fast-check, its peer, to the app.
const mainEntryOfTesting = {
  name: 'main-entry-of-testing',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: () => { path: string; external: true }) => void }) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: '../index.cjs', external: true }))
  },
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    entry: { 'testing/index': 'src/testing/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    external: ['fast-check'],
    esbuildPlugins: [mainEntryOfTesting],
  },
  {
    // `vn-task-sla/date-holidays`: date-holidays, its optional peer, stays the app's to install.
    entry: { 'date-holidays/index': 'src/date-holidays/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    external: ['date-holidays'],
  },
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: {
      entry: {
        index: 'src/index.ts',
        'testing/index': 'src/testing/index.ts',
        'date-holidays/index': 'src/date-holidays/index.ts',
      },
    },
    sourcemap: true,
    target: 'es2022',
    // The golden fixtures stay JSON files, imported with `with { type: 'json' }`, which Node and
    // browsers require of a JSON module: the attribute is kept, and the files copied beside the code.
    esbuildOptions: (options) => {
      options.supported = { ...options.supported, 'import-attributes': true }
    },
    onSuccess: async () => {
      cpSync('src/testing/golden', 'dist/testing/golden', { recursive: true })
    },
  },
])
