// The tests that check the published files (dist/) build them first when they are missing or older
// than the sources, so that `npx vitest run` on a fresh clone checks what `npm run build` publishes.
// Test files run in parallel: a lock folder lets one build while the others wait for it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const DIST = join(ROOT, 'dist')

/** The files the package publishes for its entries, each checked for freshness. */
const OUTPUTS = [
  'index.js',
  'node/index.js',
  'index.cjs',
  'index.d.ts',
  'index.d.cts',
  'date-holidays/index.js',
  'date-holidays/index.cjs',
  'date-holidays/index.d.ts',
  'date-holidays/index.d.cts',
  'testing/index.d.ts',
]

function newestSource(): number {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map((file) => join(ROOT, 'src', file))
  return Math.max(...[...files, join(ROOT, 'package.json'), join(ROOT, 'tsup.config.ts')].map((file) => statSync(file).mtimeMs))
}

function isFresh(): boolean {
  const outputs = OUTPUTS.map((file) => join(DIST, file))
  if (!outputs.every((file) => existsSync(file))) return false
  return Math.min(...outputs.map((file) => statSync(file).mtimeMs)) >= newestSource()
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Builds dist/ with `npm run build` unless it is already up to date with src/. */
export function ensureBuilt(): void {
  const lock = join(ROOT, 'node_modules', '.cache', 'vn-task-sla-build.lock')
  mkdirSync(join(lock, '..'), { recursive: true })
  for (;;) {
    if (isFresh()) return
    try {
      mkdirSync(lock)
    } catch {
      sleep(500)
      continue
    }
    try {
      if (isFresh()) return
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
      if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`)
      return
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
}
