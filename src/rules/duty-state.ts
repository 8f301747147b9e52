import * as z from 'zod/mini'

/**
 * Where a duty with a time limit stands as of an instant: met on time, met late, missed (its limit
 * passed with nothing done); or still open: due (from its start on) or not yet due. The duties of
 * Art. 6 (`dutiesOf`) and the reports of Art. 15.1 (`reportCompliance`) share these states.
 */
export const DUTY_STATES = Object.freeze(['met-on-time', 'met-late', 'missed', 'due', 'not-yet-due'] as const)
export type DutyState = (typeof DUTY_STATES)[number]

export const DutyStateSchema = z.enum(DUTY_STATES)

/**
 * The state of a duty owed from `from` until `dueBy`, met at `metAt` (undefined: not met by `asOf`;
 * an act after `asOf` is not known then). Met at its limit exactly is on time.
 */
export function dutyStateOf(from: number, dueBy: number, metAt: number | undefined, asOf: number): DutyState {
  if (metAt !== undefined && metAt <= asOf) return metAt <= dueBy ? 'met-on-time' : 'met-late'
  if (asOf > dueBy) return 'missed'
  return asOf >= from ? 'due' : 'not-yet-due'
}
