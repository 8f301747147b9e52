import { deepFreeze } from '../core/freeze.js'
import { JSON_SCHEMA_REGISTRY, type JsonSchemaName } from './registry.js'
import { type JsonSchema, toJsonSchema } from './to-json-schema.js'

/**
 * JSON Schemas (draft 2020-12) of every public input and output of the package, by stable name,
 * for agency systems written in other languages: what a caller may send (`task-input`,
 * `evaluate-task-options`, …) and what comes back once a result is serialised with
 * `JSON.stringify` (`deadline-result`, `evaluate-task-result`, …; a DateTime becomes its ISO
 * string). Each schema's `$id` is its file name under the package's `schemas/` folder, where the
 * same documents are published. Built on each call and deeply frozen: the package keeps no state.
 *
 * @example
 * const schemas = jsonSchemas()
 * schemas['task-input'].$id //=> 'task-input.schema.json'
 * Object.keys(schemas).includes('evaluate-task-result') //=> true
 */
export function jsonSchemas(): Readonly<Record<JsonSchemaName, JsonSchema>> {
  return deepFreeze(
    Object.fromEntries(JSON_SCHEMA_REGISTRY.map((entry) => [entry.name, toJsonSchema(entry)])) as Record<
      JsonSchemaName,
      JsonSchema
    >,
  )
}
