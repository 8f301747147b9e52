// The runnable examples (`examples/*.ts`) and their expected output (`examples/expected/<name>.txt`):
// finding them and running one under Node (through tsx) or Deno. Shared by scripts/run-examples.ts
// and test/examples/runtimes.test.ts. A dev helper: plain Node, not part of the package.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const EXAMPLES_DIR = join(ROOT, 'examples')
export const EXPECTED_DIR = join(EXAMPLES_DIR, 'expected')

export type Runtime = 'node' | 'deno'

export type ExampleRun = {
  readonly name: string
  readonly runtime: Runtime
  readonly stdout: string
  readonly stderr: string
  /** The exit code, or null when a signal ended the process. */
  readonly code: number | null
  readonly milliseconds: number
}

/** The examples' names (`calendar` for `examples/calendar.ts`), sorted; test files are not examples. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort()
}

export function expectedPath(name: string): string {
  return join(EXPECTED_DIR, `${name}.txt`)
}

/** The stdout an example must print, or undefined when it has no expected file yet. */
export function expectedOutput(name: string): string | undefined {
  const file = expectedPath(name)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

/**
 * The command line of an example. Deno needs no permission: the examples read no file, no
 * environment variable and no clock, and loading the modules of the project (node_modules included,
 * through deno.json) is not gated by --allow-read.
 */
export function commandOf(
  name: string,
  runtime: Runtime,
  options: ExampleOptions = {},
): { readonly command: string; readonly args: string[] } {
  const file = join('examples', `${name}.ts`)
  if (runtime === 'node') return { command: process.execPath, args: ['--import', 'tsx', file] }
  // deno.dist.json maps the package's names to the built files in dist/, as an installed package resolves.
  const config = options.dist === true ? ['--config', 'deno.dist.json'] : []
  return { command: join(ROOT, 'node_modules', '.bin', 'deno'), args: ['run', '--quiet', '--no-prompt', ...config, file] }
}

export type ExampleOptions = {
  /** Deno only: run against the built package (dist/, after `npm run build`) instead of the source. */
  readonly dist?: boolean
}

/** Runs one example from the package root, collecting its output; never rejects for a failing example. */
export function runExample(
  name: string,
  runtime: Runtime,
  env: NodeJS.ProcessEnv = {},
  options: ExampleOptions = {},
): Promise<ExampleRun> {
  const { command, args } = commandOf(name, runtime, options)
  const started = performance.now()
  // No colours: Deno colours numbers that console.log prints as separate arguments when FORCE_COLOR is
  // set at all (vitest sets it for its workers), whatever NO_COLOR says.
  const { FORCE_COLOR: _forced, ...inherited } = process.env
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...inherited, NO_COLOR: '1', ...env } })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    const finish = (code: number | null, error?: Error): void =>
      resolve({
        name,
        runtime,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + (error === undefined ? '' : String(error)),
        code,
        milliseconds: Math.round(performance.now() - started),
      })
    child.on('error', (error) => finish(null, error))
    child.on('close', (code) => finish(code))
  })
}

/** A gate that lets at most `limit` tasks run at once, starting them in the order they were given. */
export function limiter(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
    try {
      return await task()
    } finally {
      running -= 1
      waiting.shift()?.()
    }
  }
}
