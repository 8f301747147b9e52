// Browser bundle sizes: `npx tsx bench/bundle-size-run.ts [--json] [--strict-dist]`.
//
// Bundles (esbuild: browser, esm, minify) an entry importing only `workingCalendar` and one
// importing `vietnamCalendar` from src/index.ts, prints both sizes (minified and gzipped), and
// exits 1 if the workingCalendar-only bundle holds any byte of date-holidays or of what it pulls in.
// When dist/index.js exists, the same is done for it: the file a consumer's bundler actually sees.
// That check is reported and, with --strict-dist, also enforced.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type BundleReport, type BundleSource, bundleNames, ROOT } from './bundle.js'

const json = process.argv.includes('--json')
const strictDist = process.argv.includes('--strict-dist')

/** The human-readable report; with --json only the JSON is printed. */
const log = (line: string): void => {
  if (!json) console.log(line)
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

function describe(report: BundleReport, label: string): void {
  log(`\n${label}`)
  log(`  entry: ${report.entry.trim()}`)
  log(`  minified ${kb(report.bytes)} (${report.bytes} B), gzip ${kb(report.gzipBytes)} (${report.gzipBytes} B)`)
  const top = report.contributors.slice(0, 6).map(({ name, bytes }) => `${name} ${kb(bytes)}`)
  log(`  largest inputs: ${top.join(', ')}`)
}

async function pair(source: BundleSource) {
  const generic = await bundleNames(['workingCalendar'], source)
  const vietnam = await bundleNames(['vietnamCalendar'], source)
  return { generic, vietnam }
}

const failures: string[] = []
const src = await pair('src')
describe(src.generic, "[src] import { workingCalendar } from 'vn-task-sla' (src/index.ts)")
describe(src.vietnam, "[src] import { vietnamCalendar } from 'vn-task-sla' (src/index.ts)")
if (src.generic.dateHolidaysInputs.length > 0) {
  failures.push(
    `[src] the workingCalendar-only bundle holds date-holidays: ${src.generic.dateHolidaysInputs.slice(0, 8).join(', ')}`,
  )
} else {
  log(
    `\nOK [src] the workingCalendar-only bundle holds no byte of date-holidays or its ${src.generic.dateHolidaysFamily.length - 1} dependencies` +
      ` (esbuild read ${src.generic.dateHolidaysParsedOnly.length} of their files while resolving, then dropped them: "sideEffects": false).`,
  )
}
// The Vietnamese calendar carries its own table of lunar dates: no byte of date-holidays either.
if (src.vietnam.dateHolidaysInputs.length > 0) {
  failures.push(`[src] the vietnamCalendar bundle holds date-holidays: ${src.vietnam.dateHolidaysInputs.slice(0, 8).join(', ')}`)
}
// The detector must be able to fail: the optional adapter (vn-task-sla/date-holidays) has to show it.
const detector = await bundleNames(['holidayExceptions'], 'src', './src/date-holidays/index.ts')
if (detector.dateHolidaysInputs.length === 0) {
  failures.push('the bundle of vn-task-sla/date-holidays shows no date-holidays input: the detector is broken')
}

let dist: { generic: BundleReport; vietnam: BundleReport } | undefined
if (existsSync(join(ROOT, 'dist', 'index.js'))) {
  dist = await pair('dist')
  describe(dist.generic, "[dist] import { workingCalendar } from 'vn-task-sla' (dist/index.js, as a consumer's bundler sees it)")
  describe(dist.vietnam, "[dist] import { vietnamCalendar } from 'vn-task-sla' (dist/index.js)")
  if (dist.generic.dateHolidaysInputs.length > 0) {
    const packages = [
      ...new Set(dist.generic.dateHolidaysInputs.map((input) => input.split('node_modules/').pop()?.split('/')[0])),
    ]
    const bytes = dist.generic.contributors
      .filter(({ name }) => dist?.generic.dateHolidaysFamily.includes(name))
      .reduce((sum, { bytes }) => sum + bytes, 0)
    const message =
      `[dist] the workingCalendar-only bundle of dist/index.js holds ${kb(bytes)} of the date-holidays family (${packages.join(', ')}):` +
      ' the single-file build keeps `import Holidays from "date-holidays"` in the one module that is used, and date-holidays declares no sideEffects.'
    if (strictDist) failures.push(message)
    else log(`\nWARN ${message}`)
  } else {
    log('\nOK [dist] the workingCalendar-only bundle of dist/index.js holds no byte of date-holidays.')
  }
} else {
  log('\n(dist/index.js not found: run `npm run build` to check the published file too)')
}

if (json) {
  const strip = ({ metafile: _metafile, ...rest }: BundleReport) => rest
  const out = {
    src: { workingCalendar: strip(src.generic), vietnamCalendar: strip(src.vietnam) },
    dist: dist === undefined ? null : { workingCalendar: strip(dist.generic), vietnamCalendar: strip(dist.vietnam) },
    failures,
  }
  console.log(JSON.stringify(out, null, 2))
}

for (const failure of failures) console.error(`\nFAIL ${failure}`)
process.exitCode = failures.length > 0 ? 1 : 0
