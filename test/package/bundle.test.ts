// No calendar of the main entry may drag date-holidays (moment-timezone, astronomia, … about 1 MB
// minified) into a browser bundle: the Vietnamese calendar carries its own table of lunar dates.
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

  it('of vietnamCalendar holds none either: the lunar dates are a table of the package', async () => {
    const report = await bundleNames(['vietnamCalendar'])
    expect(report.dateHolidaysInputs).toEqual([])
    expect(report.contributors.map(({ name }) => name)).toContain('src/calendar/vietnam/lunar-dates.ts')
  })

  it('of every export of the main entry holds none', async () => {
    const names = Object.keys(await import('../../src/index.js'))
    expect((await bundleNames(names)).dateHolidaysInputs).toEqual([])
  })

  it('of vietnamCalendar is at most 50 KiB gzipped, and of the whole main entry at most 80 KiB', async () => {
    const names = Object.keys(await import('../../src/index.js'))
    const [vietnam, whole] = [await bundleNames(['vietnamCalendar']), await bundleNames(names)]
    expect([vietnam.gzipBytes <= 50 * 1024, whole.gzipBytes <= 80 * 1024]).toEqual([true, true])
  })

  it('of the adapter vn-task-sla/date-holidays does hold it, so the checks above can fail', async () => {
    const report = await bundleNames(['holidayExceptions'], 'src', './src/date-holidays/index.ts')
    expect(report.dateHolidaysInputs.some((input) => input.includes('node_modules/date-holidays/'))).toBe(true)
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
