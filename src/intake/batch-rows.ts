import { type ErrorPath, VnTaskSlaError } from '../core/errors.js'
import { frozenCopyOf } from '../core/freeze.js'
import { DETAILS, ISSUE_DETAILS } from '../core/messages.js'
import { fail } from '../core/validation.js'

/**
 * A batch holds this many rows at most. A row that is all wrong costs about 15 µs to report (each of
 * its problems an error in two languages), so a batch stays well under a second; a larger import is
 * checked in parts.
 */
export const MAX_BATCH_ROWS = 20_000

/** Stands for a row that threw when it was read (a getter, a Proxy): that row's problem, not the batch's. */
export const UNREADABLE_ROW: unique symbol = Symbol('unreadable row')

/**
 * The rows of a batch, read once: `length` once, then each row once, so that an array whose `length`
 * grows as it is read is read as it first was. The batch itself is the call's argument: not an array,
 * an unreadable `length` or more than MAX_BATCH_ROWS rows is `invalid_input` at `path`; a row that
 * cannot be read is kept as UNREADABLE_ROW, for the row's own issue.
 */
export function readRows(rows: unknown, path: ErrorPath): readonly unknown[] {
  let length: number
  try {
    // Array.isArray of a revoked Proxy throws, as may a Proxy's `length`.
    length = Array.isArray(rows) ? rows.length : -1
  } catch {
    return fail('invalid_input', DETAILS.unreadableValue, path)
  }
  if (length < 0) fail('invalid_input', ISSUE_DETAILS.invalidType('array'), path)
  if (length > MAX_BATCH_ROWS) fail('invalid_input', DETAILS.tooManyRows, path)
  const read: unknown[] = []
  for (let index = 0; index < length; index += 1) {
    try {
      read.push((rows as readonly unknown[])[index])
    } catch {
      read.push(UNREADABLE_ROW)
    }
  }
  return read
}

/** A row as read: its boundary copy, or the problem that stops it being read (the row's issue). */
export type ReadRow =
  | { readonly value: unknown; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: VnTaskSlaError }

/**
 * A row's boundary copy (`frozenCopyOf`). `keysInPath: false` for a document: its keys may be a
 * secret document's words, and the problem never names them.
 */
export function copyOfRow(row: unknown, keysInPath = true): ReadRow {
  if (row === UNREADABLE_ROW) return { problem: new VnTaskSlaError('invalid_input', DETAILS.unreadableValue, []) }
  try {
    return { value: frozenCopyOf(row, { keysInPath }) }
  } catch (error) {
    if (error instanceof VnTaskSlaError) return { problem: error }
    throw error
  }
}
