/**
 * `vn-task-sla/labels`: the words of every code the package returns, in Vietnamese and English, the
 * regulation's own where it has them (`LABELS.status['in-progress-on-time'].vi`). Data for a screen or a
 * report, kept out of the main entry so that a service that only computes does not load it.
 *
 * @module vn-task-sla/labels
 */
export { LABELS, type Labels } from './labels.js'
