import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assigneeReportDeadlines, reportCompliance, type SentReport, vietnamCalendar } from '../../../src/index.js'

const calendar = vietnamCalendar()
const required = assigneeReportDeadlines(2026, { calendar })
const FROM = Date.UTC(2025, 11, 1)
const TO = Date.UTC(2027, 1, 1)

/** Sent reports of 2026, several of a period now and then, and a permutation of them. */
const sentAndShuffled = fc
  .array(fc.tuple(fc.nat({ max: required.length - 1 }), fc.integer({ min: FROM, max: TO })), { maxLength: 30 })
  .map((picks): SentReport[] =>
    picks.map(([slot, sentAt]) => {
      const report = required[slot] as (typeof required)[number]
      return { kind: report.kind, period: report.period, sentAt }
    }),
  )
  .chain((reports) =>
    fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length, maxLength: reports.length })),
  )

describe('reportCompliance: properties', () => {
  it('is independent of order: any permutation of the reports gives the same result', () => {
    fc.assert(
      fc.property(sentAndShuffled, fc.integer({ min: FROM, max: TO }), ([reports, shuffled], asOf) => {
        const options = { year: 2026, asOf, calendar }
        expect(reportCompliance(shuffled, options)).toEqual(reportCompliance(reports, options))
      }),
      { numRuns: 200 },
    )
  })

  it('flags exactly the reports met late or missed, one each, none dated after asOf', () => {
    fc.assert(
      fc.property(sentAndShuffled, fc.integer({ min: FROM, max: TO }), ([reports], asOf) => {
        const result = reportCompliance(reports, { year: 2026, asOf, calendar })
        const expected = result.reports
          .filter((report) => report.state === 'met-late' || report.state === 'missed')
          .map((report) => report.period)
        expect(result.flags.map((flag) => flag.period).sort()).toEqual([...expected].sort())
        for (const flag of result.flags) expect(flag.at.toMillis()).toBeLessThan(asOf)
      }),
      { numRuns: 200 },
    )
  })
})
