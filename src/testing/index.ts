/**
 * `vn-task-sla/testing`: fast-check arbitraries that generate what the package takes (instants, tasks
 * with plausible histories, assigning documents, units) and the package's golden fixtures, so that an
 * agency can property-test its own code against the regulation. fast-check is a peer dependency of
 * this entry only; the main entry never imports it.
 *
 * @module vn-task-sla/testing
 */
export {
  type AssignmentDocumentArbitraryOptions,
  assignmentDocumentArbitrary,
} from './assignment-document-arbitrary.js'
export { type GoldenCase, type GoldenCases, type GoldenSet, goldenCases } from './golden-cases.js'
export { DEFAULT_WINDOW, type InstantArbitraryOptions, instantArbitrary } from './instant-arbitrary.js'
export { type SentReportsArbitraryOptions, sentReportsArbitrary } from './sent-reports-arbitrary.js'
export { type TaskArbitraryOptions, taskArbitrary } from './task-arbitrary.js'
export { type UnitsArbitraryOptions, unitsArbitrary } from './units-arbitrary.js'
