import * as z from 'zod/mini'

/**
 * The JSON forms of the values every result is made of: what `JSON.parse(JSON.stringify(result))`
 * gives for a luxon DateTime, a luxon Duration, a citation and a pair of messages. The output
 * schemas of `src/schemas/` are built from these, so that each form is written down once.
 */

/**
 * A luxon DateTime as JSON: `toISO()` in the calendar's zone, always with milliseconds and an
 * offset (`2025-06-30T23:59:59.999+07:00`, or `…Z` for a UTC calendar). The offset is that of the
 * calendar's zone at the instant, so a reader gets the instant and the agency's wall time at once.
 */
export const IsoInstantJson = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2})$/))

/** An instant in epoch milliseconds, the form of the `…Millis` results: a safe integer. */
export const EpochMillisJson = z.int()

/**
 * A luxon Duration of working time as JSON: ISO 8601 in hours, minutes and seconds only (a working
 * day is not 24 hours, so no day unit ever appears): `PT4H`, `PT1H30M`, `PT0.5S`, `PT-4H-30M`, `PT0S`.
 */
export const IsoDurationJson = z.string().check(z.regex(/^PT(?:-?\d+H)?(?:-?\d+M)?(?:-?\d+(?:\.\d+)?S)?$/))

/** A wall time of day, `08:00`; `24:00` ends a day. */
export const WallTimeJson = z.string().check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/))

/** A text in Vietnamese and in English, as every reason, label and description of a result carries it. */
export const MessagesJson = z.strictObject({ vi: z.string(), en: z.string() })

/**
 * Where a rule stands in Regulation 08-QC/TW: `{ article: 6, clause: 2, point: 'b', item: 3,
 * vi: 'tiết (3) điểm b khoản 2 Điều 6', en: 'Art. 6.2(b)(3)' }`; clause, point and item are left
 * out when the rule has none. Points are Vietnamese letters (`đ` included).
 */
export const CitationJson = z.strictObject({
  article: z.int().check(z.minimum(1)),
  clause: z.optional(z.int().check(z.minimum(1))),
  point: z.optional(z.string().check(z.minLength(1))),
  item: z.optional(z.int().check(z.minimum(1))),
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.regex(/^Art\. \d+/)),
})

/** A count of things: a non-negative integer. */
export const CountJson = z.int().check(z.minimum(0))
