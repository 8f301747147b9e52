import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SOURCE = join(import.meta.dirname, '..', 'src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

// Art. 2.4 (real time) is met by an explicit `asOf`, never by reading the clock; nothing global either.
// Each is matched as a whole name: luxon's global `Settings.` is forbidden, `UpdateScheduleSettings.shape` is not.
const FORBIDDEN = ['Date.now', 'new Date(', 'DateTime.now(', 'Math.random', 'Settings.', 'z.config', 'console.']

function containsName(text: string, pattern: string): boolean {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\w$])${escaped}`).test(text)
}

describe('purity of src/', () => {
  const files = sourceFiles(SOURCE)

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  for (const pattern of FORBIDDEN) {
    it(`never contains ${pattern}`, () => {
      const offenders = files.filter((file) => containsName(readFileSync(file, 'utf8'), pattern))
      expect(offenders).toEqual([])
    })
  }

  it('imports date-holidays only in the optional adapter (vn-task-sla/date-holidays): the lunar dates are a table', () => {
    const importers = files.filter((file) => /from 'date-holidays'/.test(readFileSync(file, 'utf8')))
    expect(importers.map((file) => file.slice(SOURCE.length + 1))).toEqual(['date-holidays/holiday-exceptions.ts'])
  })
})
