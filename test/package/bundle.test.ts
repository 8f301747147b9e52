// No calendar of the main entry may drag date-holidays (moment-timezone, astronomia, … about 1 MB
// minified) into a browser bundle: the Vietnamese calendar carries its own table of lunar dates.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type BundleReport, bundleNames } from '../../bench/bundle.js'
import { ensureBuilt, ROOT } from '../support/built-package.js'

describe('browser bundle (esbuild: platform browser, esm, minify)', () => {
  it('of workingCalendar alone holds no byte of date-holidays or of what it pulls in', async () => {
    const report = await bundleNames(['workingCalendar'])
    expect(report.dateHolidaysFamily).toContain('date-holidays')
    expect(report.dateHolidaysFamily).toContain('moment-timezone')
    expect(report.dateHolidaysInputs).toEqual([])
    expect(report.contributors.map(({ name }) => name)).toContain('luxon')
  })

  it('of vietnamCalendar holds none either: the lunar dates are a table of the package', async () => {
    const report = await bundleNames(['vietnamCalendar'])
    expect(report.dateHolidaysInputs).toEqual([])
    expect(report.contributors.map(({ name }) => name)).toContain('src/calendar/vietnam/lunar-dates.ts')
  })

  it('of every export of the main entry holds none', async () => {
    const names = Object.keys(await import('../../src/index.js'))
    expect((await bundleNames(names)).dateHolidaysInputs).toEqual([])
  })

  it('of vietnamCalendar is at most 50 KiB gzipped, and of the whole main entry at most 80 KiB', async () => {
    const names = Object.keys(await import('../../src/index.js'))
    const [vietnam, whole] = [await bundleNames(['vietnamCalendar']), await bundleNames(names)]
    expect([vietnam.gzipBytes <= 50 * 1024, whole.gzipBytes <= 80 * 1024]).toEqual([true, true])
  })

  it('of the adapter vn-task-sla/date-holidays does hold it, so the checks above can fail', async () => {
    const report = await bundleNames(['holidayExceptions'], 'src', './src/date-holidays/index.ts')
    expect(report.dateHolidaysInputs.some((input) => input.includes('node_modules/date-holidays/'))).toBe(true)
  })
})

describe('fast-check stays out of the main entry (vn-task-sla/testing only)', () => {
  it('of every export of the main entry holds no byte of fast-check', async () => {
    const names = Object.keys(await import('../../src/index.js'))
    const report = await bundleNames(names)
    expect(names).toContain('maskForSystem')
    expect(report.contributors.map(({ name }) => name)).not.toContain('fast-check')
    expect(Object.keys(report.metafile.inputs).filter((input) => input.includes('node_modules/fast-check/'))).toEqual([])
  })

  it('of the testing kit does hold fast-check, so the check above can fail', async () => {
    const report = await bundleNames(['taskArbitrary'], 'src', './src/testing/index.ts')
    expect(report.contributors.map(({ name }) => name)).toContain('fast-check')
  })
})

// vn-task-sla/core binds no default calendar: an app that counts on its own (workingCalendar) must not
// carry the Vietnamese one (its holidays, official schedules and table of lunar dates). Bundled from the
// built ESM files a bundler resolves each entry to (package.json "exports": import → default).
describe('vn-task-sla/core leaves the Vietnamese calendar out of a browser bundle (esbuild against dist/)', () => {
  type Exports = Record<string, { import: { default: string } }>
  const exportsOf = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Exports }).exports
  const CORE = exportsOf['./core']?.import.default ?? ''
  const MAIN = exportsOf['.']?.import.default ?? ''
  const NAMES = ['classifyCompletion', 'workingCalendar']
  /**
   * The modules of dist/ that put bytes into the bundle. esbuild reads the Vietnamese modules through the
   * main entry that vn-task-sla/core re-exports, then drops them ("sideEffects": false): none may stay.
   */
  const distModules = (report: BundleReport): string[] =>
    report.contributors.map(({ name }) => name).filter((name) => name.startsWith('dist/'))
  const vietnamModules = (report: BundleReport): string[] =>
    distModules(report).filter((name) => name.startsWith('dist/calendar/vietnam/') || name === 'dist/rules/vietnam-defaults.js')

  beforeAll(() => ensureBuilt(), 300_000)

  it('resolves vn-task-sla/core, for a bundler, to a built file', () => {
    expect(CORE).toMatch(/^\.\/dist\/.+\.js$/)
    const file = join(ROOT, CORE)
    expect(existsSync(dirname(file)) ? readdirSync(dirname(file)) : []).toContain(basename(file))
  })

  it('of classifyCompletion and workingCalendar from vn-task-sla/core holds no module of dist/calendar/vietnam/', async () => {
    const report = await bundleNames(NAMES, 'dist', CORE)
    expect(distModules(report)).toContain('dist/calendar/working-calendar.js')
    expect(vietnamModules(report)).toEqual([])
  })

  it('of the same names from the main entry does hold them (vietnamCalendar is its default), so the check above can fail', async () => {
    const report = await bundleNames(NAMES, 'dist', MAIN)
    expect(vietnamModules(report)).toContain('dist/calendar/vietnam/lunar-dates.js')
    expect(vietnamModules(report)).toContain('dist/calendar/vietnam/vietnam-calendar.js')
  })

  it('of the same names is smaller from vn-task-sla/core than from the main entry', async () => {
    const [core, main] = [await bundleNames(NAMES, 'dist', CORE), await bundleNames(NAMES, 'dist', MAIN)]
    expect(core.bytes).toBeLessThan(main.bytes)
  })
})
