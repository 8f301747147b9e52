// The dual-package hazard: an app (or two of its dependencies) may load the CommonJS build and the
// ESM build of vn-task-sla side by side, each with its own VnTaskSlaError class. An error thrown by one
// copy must still be recognised by the other. Checked in a fresh Node process, on the built files.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, ensureBuilt, ROOT } from '../support/built-package.js'

type Verdicts = Record<string, unknown>

let verdicts: Verdicts = {}

beforeAll(() => {
  ensureBuilt()
  const script = `
    import { createRequire } from 'node:module'
    const require = createRequire(${JSON.stringify(pathToFileURL(join(ROOT, 'package.json')).href)})
    const cjs = require(${JSON.stringify(join(DIST, 'index.cjs'))})
    const esm = await import(${JSON.stringify(pathToFileURL(join(DIST, 'index.js')).href)})
    const adapter = require(${JSON.stringify(join(DIST, 'date-holidays', 'index.cjs'))})
    const caught = (run) => { try { run() } catch (error) { return error } throw new Error('nothing thrown') }
    const fromCjs = caught(() => cjs.vietnamCalendar().isWorkingDay('2025-02-30'))
    const fromEsm = caught(() => esm.vietnamCalendar().isWorkingDay('2025-02-30'))
    const fromAdapter = caught(() => adapter.holidayExceptions({ country: 'XX', range: { from: '2026-01-01', to: '2026-12-31' } }))
    class Other extends esm.VnTaskSlaError {}
    console.log(JSON.stringify({
      twoClasses: cjs.VnTaskSlaError !== esm.VnTaskSlaError,
      esmGuardOnCjsError: esm.isVnTaskSlaError(fromCjs),
      cjsGuardOnEsmError: cjs.isVnTaskSlaError(fromEsm),
      esmInstanceofOnCjsError: fromCjs instanceof esm.VnTaskSlaError,
      cjsInstanceofOnEsmError: fromEsm instanceof cjs.VnTaskSlaError,
      esmGuardOnAdapterCjsError: esm.isVnTaskSlaError(fromAdapter),
      cjsErrorFields: [fromCjs.code, fromCjs.path, fromCjs.name],
      plainError: [esm.isVnTaskSlaError(new Error('x')), cjs.isVnTaskSlaError(new Error('x')), new Error('x') instanceof esm.VnTaskSlaError],
      lookalike: [esm.isVnTaskSlaError({ code: 'invalid_input', name: 'VnTaskSlaError' }), cjs.isVnTaskSlaError(null)],
      subclass: [fromEsm instanceof Other, new Other('invalid_input', { vi: 'a', en: 'b' }) instanceof Other],
      serialised: Object.keys(JSON.parse(JSON.stringify(fromEsm))).sort(),
    }))
  `
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })
  if (child.status !== 0) throw new Error(child.stderr)
  verdicts = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Verdicts
}, 300_000)

describe('isVnTaskSlaError and instanceof across the CommonJS and ESM builds loaded in one process', () => {
  it('has two copies of the class to tell apart', () => {
    expect(verdicts.twoClasses).toBe(true)
  })

  it('recognises an error of the CommonJS build in the ESM build, and back', () => {
    expect([verdicts.esmGuardOnCjsError, verdicts.cjsGuardOnEsmError]).toEqual([true, true])
  })

  it('answers instanceof across the two builds too', () => {
    expect([verdicts.esmInstanceofOnCjsError, verdicts.cjsInstanceofOnEsmError]).toEqual([true, true])
  })

  it('recognises an error of the CommonJS adapter (vn-task-sla/date-holidays), which carries its own copy', () => {
    expect(verdicts.esmGuardOnAdapterCjsError).toBe(true)
  })

  it('keeps the fields of the error', () => {
    expect(verdicts.cjsErrorFields).toEqual(['invalid_input', ['day'], 'VnTaskSlaError'])
  })

  it('refuses a plain Error and an object that only looks like the error', () => {
    expect([verdicts.plainError, verdicts.lookalike]).toEqual([
      [false, false, false],
      [false, false],
    ])
  })

  it('leaves instanceof of a subclass as JavaScript has it', () => {
    expect(verdicts.subclass).toEqual([false, true])
  })

  it('never serialises the brand', () => {
    expect(verdicts.serialised).toEqual(['code', 'detail', 'messages', 'name', 'path'])
  })
})
