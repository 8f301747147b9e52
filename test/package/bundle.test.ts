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
