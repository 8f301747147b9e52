import { cpSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

// Three builds of each entry (the main one, `vn-task-sla/testing`, `vn-task-sla/date-holidays`,
// `vn-task-sla/core`, `vn-task-sla/json-schemas`, `vn-task-sla/labels`):
//
// - ESM for bundlers (`import` → `default`): emitted module by module, so that a bundler dropping an
//   unused module (the package has "sideEffects": false) also drops its imports; luxon and zod stay
//   imports for the app's bundler to share and tree-shake.
// - ESM for Node (`import` → `node`, dist/node/): one file per entry, with the parts of zod it uses
//   bundled in (tree-shaken from zod's ESM). Node cannot tree-shake: loading zod/mini's ~80 modules and
//   the package's ~75 costs more than everything else a first answer takes (docs/performance.md).
// - CommonJS (`require`): one file per entry, zod bundled in the same way, so that a bundler given the
//   CommonJS file does not pull in the whole of zod's CommonJS build (523 KiB minified).
//
// luxon always stays an import: its DateTime is the package's result type, shared with the app.
// The testing kit and the adapter import the main entry (`../index.js`): their single-file builds
// keep that import, pointed at the main entry's file of the same build, instead of a second copy.
const mainEntryOf = (replacement: string) => ({
  name: 'main-entry',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: () => { path: string; external: true }) => void }) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: replacement, external: true }))
  },
})

const SINGLE_FILE: Options = { dts: true, sourcemap: true, target: 'es2022', noExternal: ['zod'] }

export default defineConfig([
  // Tree-shaken once more after bundling: esbuild's CommonJS output keeps parts of zod the package never calls.
  { ...SINGLE_FILE, entry: { index: 'src/index.ts' }, format: ['cjs'], treeshake: true },
  {
    ...SINGLE_FILE,
    entry: { 'testing/index': 'src/testing/index.ts' },
    format: ['cjs'],
    external: ['fast-check'],
    esbuildPlugins: [mainEntryOf('../index.cjs')],
  },
  // `vn-task-sla/date-holidays`: date-holidays, its optional peer, stays the app's to install.
  {
    ...SINGLE_FILE,
    entry: { 'date-holidays/index': 'src/date-holidays/index.ts' },
    format: ['cjs'],
    external: ['date-holidays'],
  },
  // `vn-task-sla/core` (the operations without a default calendar) and `vn-task-sla/json-schemas`.
  {
    ...SINGLE_FILE,
    entry: { 'core/index': 'src/core-entry/index.ts' },
    format: ['cjs'],
    esbuildPlugins: [mainEntryOf('../index.cjs')],
  },
  { ...SINGLE_FILE, entry: { 'json-schemas/index': 'src/json-schemas/index.ts' }, format: ['cjs'] },
  { ...SINGLE_FILE, entry: { 'labels/index': 'src/labels/index.ts' }, format: ['cjs'] },
  { ...SINGLE_FILE, dts: false, platform: 'node', entry: { 'node/index': 'src/index.ts' }, format: ['esm'] },
  {
    ...SINGLE_FILE,
    dts: false,
    platform: 'node',
    entry: { 'node/testing/index': 'src/testing/index.ts' },
    format: ['esm'],
    external: ['fast-check'],
    esbuildPlugins: [mainEntryOf('../index.js')],
  },
  {
    ...SINGLE_FILE,
    dts: false,
    platform: 'node',
    entry: { 'node/date-holidays/index': 'src/date-holidays/index.ts' },
    format: ['esm'],
    external: ['date-holidays'],
  },
  {
    ...SINGLE_FILE,
    dts: false,
    platform: 'node',
    entry: { 'node/core/index': 'src/core-entry/index.ts' },
    format: ['esm'],
    esbuildPlugins: [mainEntryOf('../index.js')],
  },
  {
    ...SINGLE_FILE,
    dts: false,
    platform: 'node',
    entry: { 'node/json-schemas/index': 'src/json-schemas/index.ts' },
    format: ['esm'],
  },
  {
    ...SINGLE_FILE,
    dts: false,
    platform: 'node',
    entry: { 'node/labels/index': 'src/labels/index.ts' },
    format: ['esm'],
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
        'core/index': 'src/core-entry/index.ts',
        'json-schemas/index': 'src/json-schemas/index.ts',
        'labels/index': 'src/labels/index.ts',
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
