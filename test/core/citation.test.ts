import { describe, expect, it } from 'vitest'
import { citedUnder } from '../../src/core/citation.js'
import { cite } from '../../src/index.js'
import { failureOf } from '../support/caught.js'

// A citation is written both ways the regulation is read: from the smallest part up in Vietnamese
// (tiết, điểm, khoản, Điều) and from the article down in English (Art. 6.2(b)(3)).

describe('cite, the reference written both ways', () => {
  it('writes an article alone, with a clause, with a point and with an item', () => {
    expect(cite(15)).toEqual({ article: 15, vi: 'Điều 15', en: 'Art. 15' })
    expect(cite(15, 2)).toEqual({ article: 15, clause: 2, vi: 'khoản 2 Điều 15', en: 'Art. 15.2' })
    expect(cite(4, 1, 'đ')).toEqual({ article: 4, clause: 1, point: 'đ', vi: 'điểm đ khoản 1 Điều 4', en: 'Art. 4.1(đ)' })
    expect(cite(6, 2, 'b', 3)).toEqual({
      article: 6,
      clause: 2,
      point: 'b',
      item: 3,
      vi: 'tiết (3) điểm b khoản 2 Điều 6',
      en: 'Art. 6.2(b)(3)',
    })
  })

  it('returns a frozen citation', () => {
    expect(Object.isFrozen(cite(6, 2, 'a'))).toBe(true)
  })
})

describe('cite, a part that is not a whole number from 1 or a non-empty point', () => {
  const notAWholeNumber = {
    vi: 'Dữ liệu đầu vào không hợp lệ: thiếu hoặc không phải số nguyên',
    en: 'Invalid input: missing, or not a whole number',
  }

  it.each([
    ['article 0', () => cite(0), 'article'],
    ['article 1.5', () => cite(1.5), 'article'],
    ['clause 0', () => cite(6, 0), 'clause'],
    ['item NaN', () => cite(6, 2, 'b', Number.NaN), 'item'],
  ])('refuses %s as invalid_input at its name', (_, run, name) => {
    expect(failureOf(run)).toEqual({ code: 'invalid_input', path: [name], ...notAWholeNumber })
  })

  it('refuses an empty point as invalid_input at point, asking for a string', () => {
    expect(failureOf(() => cite(6, 2, ''))).toEqual({
      code: 'invalid_input',
      path: ['point'],
      vi: 'Dữ liệu đầu vào không hợp lệ: thiếu hoặc không phải chuỗi ký tự',
      en: 'Invalid input: missing, or not a string',
    })
  })
})

describe('citedUnder, a citation under a regulation profile (Art. 18.4)', () => {
  it('returns the citation itself under Regulation 08-QC/TW', () => {
    const citation = cite(6, 2, 'a')
    expect(citedUnder(citation, undefined)).toBe(citation)
  })

  it('names the profile on a frozen copy, leaving the original as it was', () => {
    const citation = cite(6, 2, 'a')
    const under = citedUnder(citation, 'tinh-uy-a')
    expect(under).toEqual({
      article: 6,
      clause: 2,
      point: 'a',
      vi: 'điểm a khoản 2 Điều 6',
      en: 'Art. 6.2(a)',
      regulation: 'tinh-uy-a',
    })
    expect(Object.isFrozen(under)).toBe(true)
    expect(citation).not.toHaveProperty('regulation')
  })
})
