// The published types, as a consumer's compiler reads them: a tiny project (test/package/consumer/consumer.ts)
// compiled against dist/ with `tsc --strict` and no skipLibCheck, under node16 resolution (as ESM and as
// CommonJS) and bundler resolution. Its `@ts-expect-error` lines prove that misuse fails to compile.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, ensureBuilt, ROOT } from '../support/built-package.js'

const PROJECT = join(ROOT, 'test', '.generated', 'consumer-types')
const FIXTURE = join(ROOT, 'test', 'package', 'consumer', 'consumer.ts')
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')

const STRICT = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022' }
// A Node project has Node's types; a browser project has the DOM's (zod's types name URL, which either gives).
const NODE = { ...STRICT, lib: ['es2022'], types: ['node'], module: 'node16', moduleResolution: 'node16' }
const BROWSER = { ...STRICT, lib: ['es2022', 'dom'], types: [], module: 'esnext', moduleResolution: 'bundler' }

const SETUPS = {
  'node16, ESM (.mts)': { compilerOptions: NODE, files: ['consumer.mts'] },
  'node16, CommonJS (.cts)': { compilerOptions: NODE, files: ['consumer.cts'] },
  bundler: { compilerOptions: BROWSER, files: ['consumer.ts'] },
} as const

beforeAll(() => {
  ensureBuilt()
  rmSync(PROJECT, { recursive: true, force: true })
  mkdirSync(join(PROJECT, 'node_modules'), { recursive: true })
  // The package as an app's node_modules holds it: its package.json, its exports, its dist/.
  symlinkSync(ROOT, join(PROJECT, 'node_modules', 'vn-task-sla'), 'dir')
  writeFileSync(join(PROJECT, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  for (const extension of ['mts', 'cts', 'ts']) copyFileSync(FIXTURE, join(PROJECT, `consumer.${extension}`))
}, 300_000)

function compile(name: keyof typeof SETUPS): { status: number | null; output: string } {
  const config = join(PROJECT, `tsconfig.${name.replace(/\W+/g, '-')}.json`)
  writeFileSync(config, JSON.stringify(SETUPS[name]))
  const run = spawnSync(process.execPath, [TSC, '-p', config], { cwd: PROJECT, encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('a consumer project compiled against dist/ (tsc --strict, no skipLibCheck)', () => {
  for (const name of Object.keys(SETUPS) as (keyof typeof SETUPS)[]) {
    it(`compiles under ${name}, every misuse an error`, { timeout: 120_000 }, () => {
      expect(compile(name)).toEqual({ status: 0, output: '' })
    })
  }

  it('has as many expected errors as misuses: 24', () => {
    expect(readFileSync(FIXTURE, 'utf8').match(/^\s*\/\/ @ts-expect-error/gm)?.length).toBe(24)
  })
})

describe('the packages the published types import', () => {
  const declarations = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => /\.d\.c?ts$/.test(file))
  const imported = new Set(
    declarations.flatMap((file) =>
      [...readFileSync(join(DIST, file), 'utf8').matchAll(/^(?:import|export)\b[^'"\n]*from '([^'.][^']*)'/gm)].map(
        ([, specifier]) =>
          (specifier ?? '')
            .split('/')
            .slice(0, (specifier ?? '').startsWith('@') ? 2 : 1)
            .join('/'),
      ),
    ),
  )
  const json = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
    peerDependencies: Record<string, string>
  }

  it('are luxon, zod and fast-check (the testing kit)', () => {
    expect([...imported].sort()).toEqual(['fast-check', 'luxon', 'zod'])
  })

  it("come with the package: luxon's types are a dependency, as luxon ships none; fast-check is the testing kit's peer", () => {
    expect(Object.keys(json.dependencies).sort()).toEqual(['@types/luxon', 'luxon', 'zod'])
    expect(Object.keys(json.peerDependencies)).toContain('fast-check')
  })
})
