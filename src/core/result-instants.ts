import { DateTime } from 'luxon'
import * as z from 'zod/mini'

/**
 * The instants of a result, in its two forms. A rule computes in epoch milliseconds (`EpochMillis`);
 * the form most callers get holds luxon DateTimes in the calendar's zone (`DateTimeValue`). Each
 * result is one zod definition written once for any instant schema, so its TypeScript types, its
 * JSON Schema and the conversion between the forms all come from it (`withDateTimes`).
 */

/** An instant in epoch milliseconds, the form of the `…Millis` results: a safe integer. */
export const EpochMillis = z.int()

/**
 * A valid luxon DateTime, the form of most results: in the calendar's zone, so `toISO()` gives the
 * agency's wall time and offset. Its JSON form is the ISO string (`IsoInstant`).
 */
export const DateTimeValue = z.custom<DateTime<true>>((value) => DateTime.isDateTime(value) && value.isValid)

/**
 * A DateTime as JSON: `toISO()` in the calendar's zone, always with milliseconds and an offset
 * (`2025-06-30T23:59:59.999+07:00`, or `…Z` for a UTC calendar).
 */
export const IsoInstant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2})$/))

/** The schema of a result written for any instant schema: called with `EpochMillis`, `DateTimeValue` or `IsoInstant`. */
export type InstantSchema = typeof EpochMillis | typeof DateTimeValue | typeof IsoInstant

/** What the conversion needs of a calendar: its DateTimes in its zone. */
export type DateTimeMaker = { readonly toDateTime: (instant: number) => DateTime }

/** Turns a result in epoch milliseconds into its DateTime form. */
export type DateTimeConverter = (value: unknown, calendar: DateTimeMaker) => unknown

/** A conversion step: `seen` maps each object already converted in this call to its copy. */
type Step = (value: unknown, calendar: DateTimeMaker, seen: Map<unknown, unknown>) => unknown

/**
 * The conversion to the DateTime form, compiled once from the millis schema of a result: a frozen
 * copy in which every value the schema marks `EpochMillis` is a DateTime in the calendar's zone.
 * Parts that hold no instant (a citation, a reason) are shared, not copied; an object met twice in
 * the result (a schedule's update, which its compliance item holds too) is converted once, so the
 * DateTime form shares it as the millis form does.
 */
export function dateTimeConverter(schema: z.core.$ZodType): DateTimeConverter {
  const step = compile(schema)
  return step === undefined ? (value) => value : (value, calendar) => step(value, calendar, new Map())
}

function compile(schema: z.core.$ZodType): Step | undefined {
  if (schema === EpochMillis) return (value, calendar) => calendar.toDateTime(value as number)
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
  switch (def.type) {
    case 'readonly':
    case 'optional': {
      const inner = compile(def.innerType as z.core.$ZodType)
      return inner && ((value, calendar, seen) => (value === undefined ? value : inner(value, calendar, seen)))
    }
    case 'nullable': {
      const inner = compile(def.innerType as z.core.$ZodType)
      return inner && ((value, calendar, seen) => (value === null ? value : inner(value, calendar, seen)))
    }
    case 'array': {
      const element = compile(def.element as z.core.$ZodType)
      return (
        element &&
        ((value, calendar, seen) => Object.freeze((value as readonly unknown[]).map((item) => element(item, calendar, seen))))
      )
    }
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, field]) => {
        const converter = compile(field)
        return converter === undefined ? [] : [[key, converter] as const]
      })
      if (fields.length === 0) return undefined
      return (value, calendar, seen) => {
        const known = seen.get(value)
        if (known !== undefined) return known
        const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
        for (const [key, converter] of fields) copy[key] = converter(copy[key], calendar, seen)
        const frozen = Object.freeze(copy)
        seen.set(value, frozen)
        return frozen
      }
    }
    case 'union':
    case 'tuple': {
      const members = (def.type === 'union' ? def.options : def.items) as readonly z.core.$ZodType[]
      if (members.some((member) => compile(member) !== undefined)) {
        throw new Error(`dateTimeConverter: instants inside a ${def.type} have no conversion`)
      }
      return undefined
    }
    case 'custom':
    case 'number':
    case 'string':
    case 'boolean':
    case 'enum':
    case 'literal':
      return undefined
    default:
      throw new Error(`dateTimeConverter: no conversion for a ${def.type} schema`)
  }
}
