/**
 * Where a rule stands in Regulation 08-QC/TW (5 November 2025): article, clause (khoản), point
 * (điểm) and numbered item, with the reference written both ways:
 * `{ article: 6, clause: 2, point: 'b', item: 3, vi: 'tiết (3) điểm b khoản 2 Điều 6', en: 'Art. 6.2(b)(3)' }`.
 */
export type Citation = {
  readonly article: number
  readonly clause?: number
  readonly point?: string
  readonly item?: number
  readonly vi: string
  readonly en: string
}

/** A frozen citation of Regulation 08-QC/TW. */
export function cite(article: number, clause?: number, point?: string, item?: number): Citation {
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
