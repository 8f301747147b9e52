import * as z from 'zod/mini'
import { DayHours, WorkingInterval } from '../calendar/definition.js'
import { CalendarDay } from '../core/calendar-day.js'
import { Citation } from '../core/citation.js'
import { Messages } from '../core/messages.js'
import { EpochMillis, IsoInstant } from '../core/result-instants.js'
import { DeadlineInput, InstantInput } from '../task/task-input.js'
import { IsoDurationJson, WallTimeJson } from './json-values.js'
import type { JsonSchemaEntry } from './registry.js'

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown }

type Json = Record<string, unknown>
type Override = NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']
type OverrideContext = Parameters<NonNullable<Override>>[0]

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema'
/** Left on a value zod could not represent and no rule below handled: the final pass refuses it. */
const UNREPRESENTED = 'vn-task-sla: no JSON form'
/** What the instant reader requires of a string (src/core/instant.ts): a date and a time. */
const INSTANT_STRING = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}'
const WALL_TIME = '^(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$'

/**
 * The JSON Schema of one registry entry: zod's `toJSONSchema` (draft 2020-12, the entry's side of
 * input/output), then the entry's `$id`, title and description. zod cannot represent the members
 * that carry a luxon DateTime, a JS Date or a function: they become `{}` (`unrepresentable: 'any'`),
 * and `override` then drops them from their unions, so that the schema says what JSON can send
 * (an ISO 8601 string, epoch milliseconds, a day) instead of accepting anything. A value with no
 * JSON form that no rule handles fails here, at generation, rather than publishing `{}`.
 */
export function toJsonSchema(entry: JsonSchemaEntry): JsonSchema {
  const descriptions = descriptionsOf()
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-2020-12',
    io: entry.direction,
    unrepresentable: 'any',
    override: (context) => adjust(context, entry, descriptions),
  }) as Json
  const { $schema: _, ...body } = tidy(generated, entry.name)
  return { $schema: DRAFT_2020_12, $id: `${entry.name}.schema.json`, title: entry.title, description: entry.description, ...body }
}

function adjust(
  { zodSchema, jsonSchema }: OverrideContext,
  entry: JsonSchemaEntry,
  descriptions: ReadonlyMap<z.core.$ZodType, string>,
): void {
  const json = jsonSchema as Json
  const def = zodSchema._zod.def
  // OpenAPI and code generators read `readOnly` as "never sent in a request": true of a frozen
  // result, wrong of an input, where zod's `z.readonly` only says the package will not change it.
  if (entry.direction === 'input') delete json.readOnly
  if (def.type === 'custom' || def.type === 'date') json.$comment = UNREPRESENTED
  if (def.type === 'union' && Array.isArray(json.anyOf)) {
    const options = def.options
    json.anyOf = json.anyOf.filter((_, index) => !hasNoJsonForm(options[index]))
  }
  if (zodSchema === InstantInput && Array.isArray(json.anyOf)) {
    for (const member of json.anyOf as Json[]) {
      if (member.type === 'string') {
        member.pattern = INSTANT_STRING
        member.description =
          'ISO 8601 date and time: with an offset (Z, +07:00) taken as written, without one read as wall time in the calendar’s zone.'
      } else if (member.type === 'integer') member.description = 'Epoch milliseconds.'
    }
  }
  if (zodSchema === WorkingInterval && Array.isArray(json.prefixItems)) {
    json.prefixItems = json.prefixItems.map(() => ({ type: 'string', pattern: WALL_TIME }))
  }
  const description = descriptions.get(zodSchema)
  if (description !== undefined) json.description = description
}

/** A DateTime, a Date or a function: what a TypeScript caller may pass and JSON cannot carry. */
function hasNoJsonForm(option: z.core.$ZodType | undefined): boolean {
  const type = option?._zod.def.type
  return type === 'custom' || type === 'date'
}

/** Descriptions of the shared building blocks, wherever they appear. */
function descriptionsOf(): ReadonlyMap<z.core.$ZodType, string> {
  return new Map<z.core.$ZodType, string>([
    [
      IsoInstant,
      'An instant as the package writes it: ISO 8601 with milliseconds and the offset of the calendar’s zone at that instant, e.g. 2025-06-30T23:59:59.999+07:00.',
    ],
    [EpochMillis, 'An instant in epoch milliseconds.'],
    [
      IsoDurationJson,
      'A length of working time, ISO 8601 in hours, minutes and seconds (a working day is not 24 hours), e.g. PT4H, PT1H30M.',
    ],
    [
      CalendarDay,
      'A calendar day, YYYY-MM-DD, a date that exists. Not an instant: which instants it holds depends on the calendar’s zone.',
    ],
    [WallTimeJson, 'A wall time of day, HH:MM; 24:00 ends a day.'],
    [
      Citation,
      'Where a rule stands in Regulation 08-QC/TW: article, clause (khoản), point (điểm) and item (tiết), with the reference written in Vietnamese and in English, e.g. vi "điểm a khoản 2 Điều 6", en "Art. 6.2(a)".',
    ],
    [Messages, 'A text in Vietnamese (vi) and in English (en).'],
    [
      InstantInput,
      'An instant: an ISO 8601 date and time, or epoch milliseconds. (A luxon DateTime or a JS Date, which TypeScript callers may pass, has no JSON form: send its ISO string.)',
    ],
    [DeadlineInput, 'A deadline: a calendar day, meaning the end of that day (Art. 4.1(a)), or an instant.'],
    [WorkingInterval, 'A half-open interval of wall time within one day, [start, end), start before end; 24:00 ends a day.'],
    [DayHours, 'The working intervals of one day, in any order; touching intervals merge, overlapping ones are refused.'],
  ])
}

/**
 * A copy of a generated schema, walked keyword by keyword: refuses a value left without a JSON
 * form, and unwraps an `anyOf` that dropping those values left with one member. Property names
 * are never taken for keywords.
 */
function tidy(schema: Json, name: string): Json {
  if (schema.$comment === UNREPRESENTED) throw new Error(`JSON Schema "${name}": a value has no JSON form and no rule for it`)
  const copy: Json = {}
  // An option that holds a built object (a calendar, a regulation profile) or a function has no JSON
  // form: the service that calls the package supplies it, so the JSON object leaves it out.
  const dropped = isObject(schema.properties)
    ? Object.keys(schema.properties).filter((key) => (schema.properties as Record<string, Json>)[key]?.$comment === UNREPRESENTED)
    : []
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && isObject(value) && dropped.length > 0) {
      const kept = Object.entries(value).filter(([key]) => !dropped.includes(key))
      copy[keyword] = Object.fromEntries(kept.map(([key, inner]) => [key, tidyValue(inner, name)]))
    } else if (keyword === 'required' && Array.isArray(value)) {
      copy[keyword] = value.filter((key) => !dropped.includes(key as string))
    } else if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
      copy[keyword] = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, tidyValue(inner, name)]))
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      copy[keyword] = value.map((inner) => tidyValue(inner, name))
    } else if (SCHEMA_VALUES.has(keyword)) {
      copy[keyword] = tidyValue(value, name)
    } else {
      copy[keyword] = structuredClone(value)
    }
  }
  const members = copy.anyOf
  if (Array.isArray(members) && members.length === 1 && isObject(members[0])) {
    const { anyOf: _, ...rest } = copy
    const member = members[0] as Json
    const overlaps = Object.keys(member).some((keyword) => keyword in rest)
    if (!overlaps) return { ...member, ...rest }
  }
  return copy
}

function tidyValue(value: unknown, name: string): unknown {
  return isObject(value) ? tidy(value, name) : value
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Keywords whose value maps names to schemas. */
const SCHEMA_MAPS: ReadonlySet<string> = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas'])
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS: ReadonlySet<string> = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems'])
/** Keywords whose value is one schema. */
const SCHEMA_VALUES: ReadonlySet<string> = new Set([
  'items',
  'additionalProperties',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
])
