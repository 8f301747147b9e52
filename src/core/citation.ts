import * as z from 'zod/mini'
import { ISSUE_DETAILS } from './messages.js'
import { fail } from './validation.js'

/**
 * Where a rule stands in Regulation 08-QC/TW (5 November 2025): article, clause (khoản), point (điểm)
 * and numbered item (tiết), with the reference written both ways:
 * `{ article: 6, clause: 2, point: 'b', item: 3, vi: 'tiết (3) điểm b khoản 2 Điều 6', en: 'Art. 6.2(b)(3)' }`.
 * A result computed under another regulation profile (Art. 18.4: a Party committee's own regulation on
 * this one's model) names it in `regulation`, its profile id; a citation without it cites 08-QC/TW.
 */
export const Citation = z.readonly(
  z.strictObject({
    article: z.int().check(z.minimum(1)),
    clause: z.optional(z.int().check(z.minimum(1))),
    point: z.optional(z.string().check(z.minLength(1))),
    item: z.optional(z.int().check(z.minimum(1))),
    vi: z.string().check(z.minLength(1)),
    en: z.string().check(z.regex(/^Art\. \d+/)),
    /** The regulation profile whose rule this is, when it is not Regulation 08-QC/TW itself. */
    regulation: z.optional(z.string().check(z.minLength(1))),
  }),
)
export type Citation = z.output<typeof Citation>

function isNumbered(part: unknown): boolean {
  return Number.isSafeInteger(part) && (part as number) >= 1
}

function refusePart(name: string, expected: 'int' | 'string'): never {
  return fail('invalid_input', ISSUE_DETAILS.invalidType(expected), [name])
}

/** A frozen citation of Regulation 08-QC/TW; a part that is not a whole number from 1 (or a non-empty point) is `invalid_input` at its name. */
export function cite(article: number, clause?: number, point?: string, item?: number): Citation {
  // As the Citation schema checks them: whole numbers from 1, a non-empty point.
  if (!isNumbered(article)) refusePart('article', 'int')
  if (clause !== undefined && !isNumbered(clause)) refusePart('clause', 'int')
  if (point !== undefined && (typeof point !== 'string' || point === '')) refusePart('point', 'string')
  if (item !== undefined && !isNumbered(item)) refusePart('item', 'int')
  const vi = [
    item === undefined ? undefined : `tiết (${item})`,
    point === undefined ? undefined : `điểm ${point}`,
    clause === undefined ? undefined : `khoản ${clause}`,
    `Điều ${article}`,
  ]
    .filter((part) => part !== undefined)
    .join(' ')
  const en = `Art. ${article}${clause === undefined ? '' : `.${clause}`}${point === undefined ? '' : `(${point})`}${item === undefined ? '' : `(${item})`}`
  return Object.freeze({
    article,
    ...(clause === undefined ? {} : { clause }),
    ...(point === undefined ? {} : { point }),
    ...(item === undefined ? {} : { item }),
    vi,
    en,
  })
}

/**
 * `citation` as a result computed under the profile `regulation` cites it: naming the profile, or
 * as it stands when `regulation` is undefined (Regulation 08-QC/TW itself).
 */
export function citedUnder(citation: Citation, regulation: string | undefined): Citation {
  return regulation === undefined ? citation : Object.freeze({ ...citation, regulation })
}
