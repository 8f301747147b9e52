// Browser bundles of vn-task-sla, built with esbuild's JS API: what a web app pays for importing
// one name. Shared by bench/bundle-size-run.ts (the report) and test/package/bundle.test.ts (the
// guard that the generic engine never drags date-holidays in).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { type BuildOptions, build, type Metafile } from 'esbuild'

/** The package root (the folder that holds package.json). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Where the bundled names are imported from: the TypeScript source, or the built ESM file a consumer's bundler sees. */
export type BundleSource = 'src' | 'dist'

const SPECIFIERS: Readonly<Record<BundleSource, string>> = { src: './src/index.ts', dist: './dist/index.js' }

export type BundleReport = {
  /** The names imported by the entry, e.g. `['workingCalendar']`. */
  readonly names: readonly string[]
  readonly source: BundleSource
  /** The entry module, as given to esbuild on stdin. */
  readonly entry: string
  /** Minified bundle size in bytes. */
  readonly bytes: number
  /** The same, gzipped (zlib level 9). */
  readonly gzipBytes: number
  /** Bytes in the output per npm package (or per source file outside node_modules), largest first. */
  readonly contributors: readonly { readonly name: string; readonly bytes: number }[]
  /** The packages counted as date-holidays and what it pulls in (its dependency closure, minus our other dependencies'). */
  readonly dateHolidaysFamily: readonly string[]
  /** Inputs of the date-holidays family that put bytes into the output: must be empty for a generic-only bundle. */
  readonly dateHolidaysInputs: readonly string[]
  /** Inputs of the family that esbuild read while resolving imports but then dropped (tree-shaken). */
  readonly dateHolidaysParsedOnly: readonly string[]
  readonly metafile: Metafile
}

type PackageJson = { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }

function readPackageJson(dir: string): PackageJson | undefined {
  const file = join(dir, 'package.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackageJson) : undefined
}

/** The folder of package `name` as Node would find it from `fromDir` (nested node_modules first). */
function packageDir(name: string, fromDir: string): string | undefined {
  let dir = fromDir
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** `name` and the packages it depends on, transitively, as installed under `root`. */
function dependencyClosure(name: string, root: string): Set<string> {
  const seen = new Set<string>()
  const visit = (pkg: string, fromDir: string): void => {
    if (seen.has(pkg)) return
    const dir = packageDir(pkg, fromDir)
    if (dir === undefined) return
    seen.add(pkg)
    const json = readPackageJson(dir)
    for (const dep of Object.keys({ ...json?.dependencies, ...json?.peerDependencies })) visit(dep, dir)
  }
  visit(name, root)
  return seen
}

/**
 * date-holidays and everything it pulls in (date-holidays-parser, moment-timezone, moment,
 * astronomia, …), minus whatever our other runtime dependencies (luxon, zod) need themselves:
 * none of these packages may put a byte into a bundle that only uses the generic engine.
 */
export function dateHolidaysFamily(root: string = ROOT): readonly string[] {
  const family = dependencyClosure('date-holidays', root)
  const own = readPackageJson(root)?.dependencies ?? {}
  for (const dep of Object.keys(own)) {
    if (dep === 'date-holidays') continue
    for (const shared of dependencyClosure(dep, root)) family.delete(shared)
  }
  return [...family].sort()
}

/** The npm package a metafile input path belongs to (the last `node_modules/<name>` in it), if any. */
export function packageOf(input: string): string | undefined {
  const matches = [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)]
  return matches[matches.length - 1]?.[1]
}

/** The browser build every bundle here shares: esbuild's own resolution (tsconfig `paths` included), minified, ES2022. */
const BROWSER_BUILD = {
  absWorkingDir: ROOT,
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  logLevel: 'silent',
} as const satisfies BuildOptions

/**
 * Bundles an entry that re-exports `names` from the package (source or built ESM) for the browser:
 * platform 'browser', format 'esm', bundle, minify, metafile; honouring `"sideEffects": false` of
 * package.json, which esbuild does by default. Nothing is written to disk. `specifier` names another
 * entry of the package (the testing kit's). `style: 'require'` bundles what a CommonJS app does instead,
 * `module.exports = require(specifier)` as format `cjs`: the whole file, every name with it (`names` is
 * then only the label), without the ESM wrapper a re-export of each name from a CommonJS file would add.
 */
export async function bundleNames(
  names: readonly string[],
  source: BundleSource = 'src',
  specifier: string = SPECIFIERS[source],
  style: 'import' | 'require' = 'import',
): Promise<BundleReport> {
  const entry =
    style === 'require' ? `module.exports = require('${specifier}')\n` : `export { ${names.join(', ')} } from '${specifier}'\n`
  const label = names.length > 3 ? `${names.length}-names` : names.join('-')
  const result = await build({
    ...BROWSER_BUILD,
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: `entry-${label}.js`, loader: 'js' },
    format: style === 'require' ? 'cjs' : 'esm',
    metafile: true,
    write: false,
    outfile: join(ROOT, 'bench', '.bundle-out', `${label}.js`),
  })
  const [output] = result.outputFiles.filter((file) => file.path.endsWith('.js'))
  if (output === undefined) throw new Error('esbuild produced no JavaScript output')
  const family = dateHolidaysFamily()
  const inFamily = (input: string): boolean => {
    const pkg = packageOf(input)
    return pkg !== undefined && family.includes(pkg)
  }
  const byName = new Map<string, number>()
  const contributing = new Set<string>()
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
      const name = packageOf(input) ?? input
      byName.set(name, (byName.get(name) ?? 0) + bytesInOutput)
      if (bytesInOutput > 0) contributing.add(input)
    }
  }
  const parsed = Object.keys(result.metafile.inputs).filter(inFamily)
  return {
    names,
    source,
    entry,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    contributors: [...byName]
      .map(([name, bytes]) => ({ name, bytes }))
      .filter(({ bytes }) => bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
    dateHolidaysFamily: family,
    dateHolidaysInputs: [...contributing].filter(inFamily).sort(),
    dateHolidaysParsedOnly: parsed.filter((input) => !contributing.has(input)).sort(),
    metafile: result.metafile,
  }
}

/** A program bundled for the browser: its code, and the inputs esbuild read (paths relative to the package root). */
export type ProgramBundle = { readonly code: string; readonly inputs: readonly string[] }

/**
 * Bundles a whole program (a file of the package, e.g. `examples/calendar.ts`) for the browser with the
 * same build as `bundleNames`, as a classic script (`iife`, what a `<script>` tag runs) unless `esm` is asked.
 * The file is the entry point, so `"sideEffects": false` cannot drop it. Nothing is written to disk.
 */
export async function bundleProgram(file: string, format: 'iife' | 'esm' = 'iife'): Promise<ProgramBundle> {
  const outfile = join(ROOT, 'bench', '.bundle-out', 'program.js')
  const result = await build({ ...BROWSER_BUILD, entryPoints: [file], format, metafile: true, write: false, outfile })
  const [output] = result.outputFiles.filter((out) => out.path.endsWith('.js'))
  if (output === undefined) throw new Error('esbuild produced no JavaScript output')
  return { code: output.text, inputs: Object.keys(result.metafile.inputs) }
}
