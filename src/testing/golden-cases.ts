import { deepFreeze } from '../core/freeze.js'
import rules155 from './golden/art-rules-conclusion-155.json' with { type: 'json' }
import schedules155 from './golden/art06-2b-conclusion-155.json' with { type: 'json' }
import duties from './golden/art06-duties.json' with { type: 'json' }
import scoring from './golden/art17-scoring.json' with { type: 'json' }
import monitoring from './golden/monitoring.json' with { type: 'json' }
import regulationEdges from './golden/regulation-edges.json' with { type: 'json' }
import deadlines from './golden/vietnam-deadlines.json' with { type: 'json' }
import officialDays from './golden/vietnam-official-days.json' with { type: 'json' }

/** One golden case: an id, what it checks and what the package answers, worked out by hand. */
export type GoldenCase = {
  readonly id: string
  /** The expected answer, in the fixture's own form (ISO strings in Asia/Ho_Chi_Minh, codes, numbers). */
  readonly expected: unknown
  /** Every other field of the case as the fixture writes it: inputs, its source, the working by hand. */
  readonly [field: string]: unknown
}

/** One fixture file: what it covers, where its facts come from, its cases, and the file as written. */
export type GoldenSet = {
  readonly file: string
  readonly description: string
  readonly source: string
  readonly cases: readonly GoldenCase[]
  /** The whole JSON document, for the parts a flat list of cases does not show (tasks, assumptions). */
  readonly raw: unknown
}

export type GoldenCases = {
  /** The announced day-off schedules of 2024, 2025 and 2026: working days, weekdays off, make-up Saturdays. */
  readonly officialDays: GoldenSet
  /** Working hours and working days added on the official calendar (Arts. 6.1, 6.2(a), 6.3). */
  readonly deadlines: GoldenSet
  /** Conclusion 155-KL/TW: Art. 6 deadlines, Art. 4.1(đ) statuses, Art. 18.1(d) warnings. */
  readonly conclusion155Rules: GoldenSet
  /** Conclusion 155-KL/TW: the update schedules of Art. 6.2(b) and their compliance. */
  readonly conclusion155Schedules: GoldenSet
  /** Art. 17: scores, grades and rankings of units. */
  readonly scoring: GoldenSet
  /**
   * The regulation at its edges (B7, B8, B9, B11, B12, B15, B16): period ends, closures, long tasks past
   * their deadline, deadlines on days off, the report days, Art. 17.3(b), late objections; each case that
   * changed since the first release says what it answered then, and why.
   */
  readonly regulationEdges: GoldenSet
  /**
   * Art. 6 for every party (B18): the Office's dispatch and handling of objections, the assignee's
   * receipt, objection and updates, a re-assignment, the monitoring agency's evaluations — the ledger
   * of `dutiesOf` and the flags of `auditFlags`.
   */
  readonly duties: GoldenSet
  /**
   * The monitoring desk: chains of `nextChange` across the Tết break (status, warning and duties, one
   * change at a time), and the `agenda` and `portfolioSummary` of a small portfolio in a week with days off.
   */
  readonly monitoring: GoldenSet
}

type Json = Readonly<Record<string, unknown>>

function set(file: string, raw: Json, lists: readonly string[], source: string): GoldenSet {
  const cases = lists.flatMap((list) => (raw[list] as readonly GoldenCase[] | undefined) ?? [])
  return deepFreeze({ file, description: String(raw.description), source, cases, raw })
}

/** The official-days file lists years, not cases: each year becomes a case `official-days-<year>`. */
function officialDayCases(raw: Json): GoldenSet {
  const years = raw.years as readonly (Json & { readonly year: number; readonly source: string })[]
  const cases = years.map(
    (year): GoldenCase => ({
      id: `official-days-${year.year}`,
      source: year.source,
      expected: { workingDays: year.workingDays, weekdaysOff: year.weekdaysOff, makeUpSaturdays: year.makeUpSaturdays },
      year: year.year,
      weekendHolidays: year.weekendHolidays,
    }),
  )
  return deepFreeze({
    file: 'vietnam-official-days.json',
    description: String(raw.description),
    source: String(raw.basis),
    cases,
    raw,
  })
}

/**
 * The package's golden fixtures as data: the same files its own tests check it against, each case
 * with its id and source, every expected value worked out by hand from the official calendars and
 * the regulation. An agency can check that its own implementation, or a database view, agrees.
 */
export const goldenCases: GoldenCases = Object.freeze({
  officialDays: officialDayCases(officialDays as Json),
  deadlines: set(
    'vietnam-deadlines.json',
    deadlines as Json,
    ['cases'],
    'the announced day-off schedules and the Civil Code 2015, Arts. 147–148',
  ),
  conclusion155Rules: set(
    'art-rules-conclusion-155.json',
    rules155 as Json,
    ['deadlines', 'statuses', 'alerts'],
    String((rules155 as Json).source),
  ),
  conclusion155Schedules: set(
    'art06-2b-conclusion-155.json',
    schedules155 as Json,
    ['schedules', 'compliance'],
    String((schedules155 as Json).source),
  ),
  scoring: set('art17-scoring.json', scoring as Json, ['cases'], String((scoring as Json).source)),
  regulationEdges: set('regulation-edges.json', regulationEdges as Json, ['cases'], String((regulationEdges as Json).source)),
  duties: set('art06-duties.json', duties as Json, ['cases'], String((duties as Json).source)),
  monitoring: set('monitoring.json', monitoring as Json, ['cases'], String((monitoring as Json).source)),
})
