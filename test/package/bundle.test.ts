// The generic engine must not drag date-holidays (moment-timezone, astronomia, … about 1 MB
// minified) into a browser bundle: only the Vietnamese calendar needs it.
import { describe, expect, it } from 'vitest'
import { bundleNames } from '../../bench/bundle.js'

describe('browser bundle (esbuild: platform browser, esm, minify)', () => {
  it('of workingCalendar alone holds no byte of date-holidays or of what it pulls in', async () => {
    const report = await bundleNames(['workingCalendar'])
    expect(report.dateHolidaysFamily).toContain('date-holidays')
    expect(report.dateHolidaysFamily).toContain('moment-timezone')
    expect(report.dateHolidaysInputs).toEqual([])
    expect(report.contributors.map(({ name }) => name)).toContain('luxon')
  })

  it('of vietnamCalendar does hold date-holidays, so the check above can fail', async () => {
    const report = await bundleNames(['vietnamCalendar'])
    expect(report.dateHolidaysInputs.some((input) => input.includes('node_modules/date-holidays/'))).toBe(true)
    expect(report.bytes).toBeGreaterThan((await bundleNames(['workingCalendar'])).bytes)
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
