// Browser bundle sizes: `npx tsx bench/bundle-size-run.ts [--json] [--strict-dist]`.
//
// Bundles (esbuild: browser, esm, minify) entries importing `workingCalendar`, `vietnamCalendar`, and
// every name of the main entry, from src/index.ts and, when built, from the published files a
// consumer's bundler sees (dist/index.js; dist/index.cjs for an app that `require`s the package).
// Prints each size (minified and gzipped) and checks:
// - no bundle of the main entry holds a byte of date-holidays or of what it pulls in (the Vietnamese
//   calendar carries its own table of lunar dates), while the optional adapter `vn-task-sla/date-holidays`
//   does hold it (so that the check can fail);
// - `vietnamCalendar` alone ≤ 50 KiB gzip; the whole main entry ≤ 80 KiB gzip, as ESM and as CommonJS.
// It also reports the single-file Node build (dist/node/index.js) bundled the same way, to show what
// module-by-module output saves a bundler. The checks on src/ always fail the run; those on dist/ fail it
// with --strict-dist (CI), and are reported otherwise.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type BundleReport, type BundleSource, bundleNames, ROOT } from './bundle.js'

const json = process.argv.includes('--json')
const strictDist = process.argv.includes('--strict-dist')

/** The targets, in gzipped KiB. */
export const TARGETS = Object.freeze({ vietnamCalendar: 50, wholeEntry: 80 })

/** The human-readable report; with --json only the JSON is printed. */
const log = (line: string): void => {
  if (!json) console.log(line)
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

function describe(report: BundleReport, label: string): void {
  log(`\n${label}`)
  log(`  minified ${kb(report.bytes)} (${report.bytes} B), gzip ${kb(report.gzipBytes)} (${report.gzipBytes} B)`)
  const top = report.contributors.slice(0, 6).map(({ name, bytes }) => `${name} ${kb(bytes)}`)
  log(`  largest inputs: ${top.join(', ')}`)
}

const failures: string[] = []
const warnings: string[] = []

function check(holds: boolean, message: string, source: BundleSource): void {
  if (holds) log(`OK   ${message}`)
  else if (source === 'src' || strictDist) failures.push(message)
  else warnings.push(message)
}

function checkClean(report: BundleReport, label: string, source: BundleSource): void {
  const family = report.dateHolidaysInputs
  check(
    family.length === 0,
    `${label}: no byte of date-holidays or of its ${report.dateHolidaysFamily.length - 1} dependencies` +
      (family.length === 0 ? '' : ` (holds ${family.slice(0, 6).join(', ')})`),
    source,
  )
}

function checkSize(report: BundleReport, label: string, limitKiB: number, source: BundleSource): void {
  check(report.gzipBytes <= limitKiB * 1024, `${label}: gzip ${kb(report.gzipBytes)} ≤ ${limitKiB} KiB`, source)
}

const mainNames = Object.keys(await import('../src/index.js'))

type Set = { generic: BundleReport; vietnam: BundleReport; whole: BundleReport }

async function measure(source: BundleSource, specifier: string, label: string): Promise<Set> {
  const generic = await bundleNames(['workingCalendar'], source, specifier)
  const vietnam = await bundleNames(['vietnamCalendar'], source, specifier)
  const whole = await bundleNames(mainNames, source, specifier)
  describe(generic, `[${label}] import { workingCalendar } from 'vn-task-sla'`)
  describe(vietnam, `[${label}] import { vietnamCalendar } from 'vn-task-sla'`)
  describe(whole, `[${label}] every name of the main entry (${mainNames.length})`)
  log('')
  checkClean(generic, `[${label}] workingCalendar`, source)
  checkClean(vietnam, `[${label}] vietnamCalendar`, source)
  checkClean(whole, `[${label}] the whole main entry`, source)
  checkSize(vietnam, `[${label}] vietnamCalendar`, TARGETS.vietnamCalendar, source)
  checkSize(whole, `[${label}] the whole main entry`, TARGETS.wholeEntry, source)
  return { generic, vietnam, whole }
}

const src = await measure('src', './src/index.ts', 'src')

// The detector must be able to fail: the optional adapter (vn-task-sla/date-holidays) has to show it.
const adapter = await bundleNames(['holidayExceptions'], 'src', './src/date-holidays/index.ts')
describe(adapter, "[src] import { holidayExceptions } from 'vn-task-sla/date-holidays' (the optional adapter)")
if (adapter.dateHolidaysInputs.length === 0) {
  failures.push('the bundle of vn-task-sla/date-holidays shows no date-holidays input: the detector is broken')
} else log('OK   the adapter bundle does hold date-holidays: the checks above can fail')

let dist: { esm: Set; cjs: BundleReport; node: BundleReport } | undefined
if (existsSync(join(ROOT, 'dist', 'index.js')) && existsSync(join(ROOT, 'dist', 'index.cjs'))) {
  const esm = await measure('dist', './dist/index.js', 'dist ESM')
  // An app that requires the package bundles `require('vn-task-sla')`: the whole CommonJS file. Re-exporting
  // each of its names from an ES module instead (as the ESM figures do) adds esbuild's wrapper of every
  // name (about 1.5 KiB gzip for 190 names): reported, not checked.
  const cjs = await bundleNames(mainNames, 'dist', './dist/index.cjs', 'require')
  describe(cjs, '[dist CJS] every name of the main entry: require(dist/index.cjs), as an app that requires the package')
  describe(
    await bundleNames(mainNames, 'dist', './dist/index.cjs'),
    '[dist CJS, reported] the same names re-exported from an ES module (esbuild wraps each name of a CommonJS file)',
  )
  checkClean(cjs, '[dist CJS] the whole main entry', 'dist')
  checkSize(cjs, '[dist CJS] the whole main entry', TARGETS.wholeEntry, 'dist')
  const node = await bundleNames(['vietnamCalendar'], 'dist', './dist/node/index.js')
  describe(node, '[dist node, reported] vietnamCalendar from the single-file Node build (what module-by-module output saves)')
  dist = { esm, cjs, node }
} else {
  log('\n(dist/ not built: run `npm run build` to check the published files too)')
}

if (json) {
  const strip = ({ metafile: _metafile, ...rest }: BundleReport) => rest
  const set = ({ generic, vietnam, whole }: Set) => ({
    workingCalendar: strip(generic),
    vietnamCalendar: strip(vietnam),
    wholeEntry: strip(whole),
  })
  const out = {
    targets: TARGETS,
    src: set(src),
    adapter: strip(adapter),
    dist: dist === undefined ? null : { esm: set(dist.esm), cjs: strip(dist.cjs), node: strip(dist.node) },
    failures,
    warnings,
  }
  console.log(JSON.stringify(out, null, 2))
}

for (const warning of warnings) console.error(`\nWARN ${warning} (enforced with --strict-dist)`)
for (const failure of failures) console.error(`\nFAIL ${failure}`)
process.exitCode = failures.length > 0 ? 1 : 0
