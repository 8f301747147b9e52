/**
 * `vn-task-sla/json-schemas`: the JSON Schemas (draft 2020-12) of every public input and output, for
 * agency systems written in other languages, generated from the package's own zod schemas. The same
 * documents are published as files under the package's `schemas/` folder; this entry builds them in
 * a running program (a service that validates requests, a code generator). It is an entry of its own
 * so that the main entry does not carry the generator.
 *
 * @module vn-task-sla/json-schemas
 */
export { jsonSchemas } from './json-schemas.js'
export {
  JSON_SCHEMA_DIRECTIONS,
  JSON_SCHEMA_REGISTRY,
  type JsonSchemaDirection,
  type JsonSchemaEntry,
  type JsonSchemaName,
} from './registry.js'
export type { JsonSchema } from './to-json-schema.js'
