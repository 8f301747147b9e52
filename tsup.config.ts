import { defineConfig } from 'tsup'

// ESM is emitted module by module, so that a bundler dropping an unused module (the package has
// "sideEffects": false) also drops its imports: an app that uses only `workingCalendar` never
// loads date-holidays. CJS consumers get one file, as `require` cannot tree-shake anyway.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    target: 'es2022',
  },
])
