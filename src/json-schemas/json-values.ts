import * as z from 'zod/mini'

/**
 * The JSON forms of the calendar's values that no zod schema of the package describes: a luxon
 * Duration of working time and a wall time of day. (Instants, citations and messages have their
 * schemas beside their code: `core/result-instants.ts`, `core/citation.ts`, `core/messages.ts`.)
 */

/**
 * A luxon Duration of working time as JSON: ISO 8601 in hours, minutes and seconds only (a working
 * day is not 24 hours, so no day unit ever appears): `PT4H`, `PT1H30M`, `PT0.5S`, `PT-4H-30M`, `PT0S`.
 */
export const IsoDurationJson = z.string().check(z.regex(/^PT(?:-?\d+H)?(?:-?\d+M)?(?:-?\d+(?:\.\d+)?S)?$/))

/** A wall time of day, `08:00`; `24:00` ends a day. */
export const WallTimeJson = z.string().check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/))
