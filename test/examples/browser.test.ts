// The package runs in a browser: an example bundled by esbuild for platform 'browser' (the helper of
// bench/bundle.ts) runs in a bare V8 context that has the language's built-ins (Intl included) and a
// browser's console and timers, but no process, require, Buffer or module, and prints its expected output.
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { bundleProgram } from '../../bench/bundle.js'
import { expectedOutput } from '../../scripts/examples.js'

/** Runs a classic script in a fresh context with browser-like globals only; returns what it logged. */
function runInBrowserLikeContext(code: string): string {
  const lines: string[] = []
  const log = (...values: unknown[]): void => {
    lines.push(values.map(String).join(' '))
  }
  const globals = {
    console: { log, info: log, warn: log, error: log },
    // Every browser has timers; the package reads none.
    setTimeout,
    clearTimeout,
  }
  runInNewContext(code, globals, { filename: 'bundle.js' })
  return lines.map((line) => `${line}\n`).join('')
}

describe('an example bundled for the browser (esbuild, platform browser, iife)', () => {
  // calendar uses vietnamCalendar (its table of lunar dates); custom-calendar the generic
  // engine with a zone that has DST (Intl's time-zone data).
  for (const name of ['calendar', 'custom-calendar']) {
    it(`${name} prints examples/expected/${name}.txt`, { timeout: 60_000 }, async () => {
      const bundle = await bundleProgram(`examples/${name}.ts`)
      expect(bundle.inputs).toContain('src/index.ts')
      expect(bundle.inputs.filter((input) => input.startsWith('dist/'))).toEqual([])
      expect(bundle.code).not.toMatch(/\brequire\(["']/)
      expect(runInBrowserLikeContext(bundle.code)).toBe(expectedOutput(name))
    })
  }

  it('has no Node globals in its context', () => {
    const seen = runInNewContext('[typeof process, typeof require, typeof Buffer, typeof module, typeof Intl]', {})
    expect(seen).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'object'])
  })
})
