import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_MEASURES,
  type CustomMeasure,
  DEFAULT_INDICATORS,
  IndicatorSet,
  type MeasureContext,
  quarter,
  type ScoredUnits,
  scoreUnits,
  vietnamCalendar,
} from '../../src/index.js'
import { caught } from '../support/caught.js'

// Art. 17.1(b) and 18.1(a) leave the indicator sets to the Central Party Office; until it issues them the
// package scores with its own default (B12, docs/regulation/article-17.md), which says it is not official.

const LABEL = { vi: 'Bộ chỉ số thử', en: 'A test set' }

function setOf(indicators: readonly unknown[], overrides: Record<string, unknown> = {}): unknown {
  return { id: 'test-set', label: LABEL, official: false, indicators, ...overrides }
}

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen)
}

const ONE_TASK: ScoredUnits = [
  {
    unit: 'Ban A',
    tasks: [
      {
        id: 't1',
        transferredAt: '2026-01-05T08:00',
        deadline: '2026-01-30',
        events: [{ type: 'completed', at: '2026-01-20T10:00' }],
      },
    ],
  },
]

describe('BUILT_IN_MEASURES', () => {
  it('names the three measures of B12, frozen', () => {
    expect(BUILT_IN_MEASURES).toEqual(['on-time-completion', 'update-compliance', 'receipt-timeliness'])
    expect(Object.isFrozen(BUILT_IN_MEASURES)).toBe(true)
  })
})

describe('DEFAULT_INDICATORS — B12, a default, not the official set', () => {
  it('weighs on-time completion 60, update compliance 25, receipt timeliness 15, each with its citation', () => {
    expect(DEFAULT_INDICATORS.id).toBe('vn-task-sla-default')
    expect(DEFAULT_INDICATORS.official).toBe(false)
    expect(
      DEFAULT_INDICATORS.indicators.map((indicator) => ({
        id: indicator.id,
        weight: indicator.weight,
        measure: indicator.measure,
        citation: indicator.citation?.en,
      })),
    ).toEqual([
      { id: 'on-time-completion', weight: 60, measure: 'on-time-completion', citation: 'Art. 4.1(đ)' },
      { id: 'update-compliance', weight: 25, measure: 'update-compliance', citation: 'Art. 6.2(b)' },
      { id: 'receipt-timeliness', weight: 15, measure: 'receipt-timeliness', citation: 'Art. 6.2(a)' },
    ])
  })

  it('labels the set and each indicator in Vietnamese and English, and says in both it is not the official set', () => {
    expect(DEFAULT_INDICATORS.label.vi).toContain('mặc định')
    expect(DEFAULT_INDICATORS.label.vi).toContain('điểm b khoản 1 Điều 17')
    expect(DEFAULT_INDICATORS.label.en).toContain('default')
    expect(DEFAULT_INDICATORS.label.en).toContain('Art. 17.1(b)')
    expect(DEFAULT_INDICATORS.indicators.map((indicator) => indicator.label)).toEqual([
      { vi: 'Hoàn thành nhiệm vụ đúng hạn', en: 'Tasks completed on time' },
      { vi: 'Cập nhật tình hình thực hiện đúng hạn', en: 'Progress updates made on time' },
      { vi: 'Xác nhận tiếp nhận nhiệm vụ đúng hạn', en: 'Receipt confirmed on time' },
    ])
  })

  it('is deeply frozen', () => {
    expect(isDeeplyFrozen(DEFAULT_INDICATORS)).toBe(true)
    expect(() => {
      ;(DEFAULT_INDICATORS.indicators[0] as { weight: number }).weight = 100
    }).toThrow(TypeError)
  })

  it('passes its own schema, and scores like no set given', () => {
    expect(IndicatorSet.safeParse(DEFAULT_INDICATORS).success).toBe(true)
    expect(scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: DEFAULT_INDICATORS })).toEqual(
      scoreUnits(ONE_TASK, quarter(2026, 1)),
    )
  })
})

describe('IndicatorSet — sets it accepts', () => {
  const custom: CustomMeasure = () => 1
  it.each([
    ['one indicator of weight 100', setOf([{ id: 'all', weight: 100, measure: 'on-time-completion' }])],
    [
      'a custom measure next to built-in ones',
      setOf([
        { id: 'on-time', weight: 50, measure: 'on-time-completion' },
        { id: 'quality-2026', weight: 50, measure: custom },
      ]),
    ],
    [
      'weights that sum to 100 only within floating point (33.3 + 33.3 + 33.4)',
      setOf([
        { id: 'a', weight: 33.3, measure: 'on-time-completion' },
        { id: 'b', weight: 33.3, measure: 'update-compliance' },
        { id: 'c', weight: 33.4, measure: 'receipt-timeliness' },
      ]),
    ],
    [
      'ids starting with a digit, with inner hyphens, and labels and citations',
      setOf([
        {
          id: '0-a',
          weight: 60,
          measure: 'on-time-completion',
          label: LABEL,
          citation: { article: 4, vi: 'Điều 4', en: 'Art. 4' },
        },
        { id: 'a--b-', weight: 40, measure: 'receipt-timeliness' },
      ]),
    ],
    ['a set marked official by its caller', setOf([{ id: 'x', weight: 100, measure: custom }], { official: true })],
  ])('accepts %s', (_, set) => {
    expect(IndicatorSet.safeParse(set).success).toBe(true)
    expect(() => scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set as IndicatorSet })).not.toThrow()
  })
})

describe('IndicatorSet — sets it refuses, invalid_input at options.indicators…', () => {
  const ok = { id: 'a', weight: 100, measure: 'on-time-completion' }
  const cases: [string, unknown, readonly (string | number)[], string?][] = [
    ['no set at all (null)', null, []],
    ['a string for a set', 'vn-task-sla-default', []],
    ['an empty set id', setOf([ok], { id: '' }), ['id']],
    ['a misspelt key of the set', setOf([ok], { offical: false }), ['offical']],
    ['a misspelt key of an indicator', setOf([{ ...ok, wieght: 100 }]), ['indicators', 0, 'wieght']],
    ['a missing label', { id: 'test-set', official: false, indicators: [ok] }, ['label']],
    ['an empty Vietnamese label', setOf([ok], { label: { vi: '', en: 'x' } }), ['label', 'vi']],
    ['a missing English label', setOf([ok], { label: { vi: 'x' } }), ['label', 'en']],
    ['official given as a string', setOf([ok], { official: 'false' }), ['official']],
    ['no indicator', setOf([]), ['indicators']],
    ['indicators that are not an array', setOf([ok], { indicators: { a: ok } }), ['indicators']],
    ['an upper-case id', setOf([{ ...ok, id: 'On-time' }]), ['indicators', 0, 'id'], 'lower-case letters, digits and hyphens'],
    ['an id starting with a hyphen', setOf([{ ...ok, id: '-a' }]), ['indicators', 0, 'id'], 'lower-case letters'],
    ['an id with an underscore', setOf([{ ...ok, id: 'on_time' }]), ['indicators', 0, 'id'], 'lower-case letters'],
    ['an id with a Vietnamese letter', setOf([{ ...ok, id: 'đúng-hạn' }]), ['indicators', 0, 'id'], 'lower-case letters'],
    ['an empty id', setOf([{ ...ok, id: '' }]), ['indicators', 0, 'id']],
    ['a weight of 0', setOf([{ ...ok, weight: 0 }]), ['indicators', 0, 'weight']],
    [
      'a negative weight',
      setOf([
        { ...ok, weight: -10 },
        { id: 'b', weight: 110, measure: 'update-compliance' },
      ]),
      ['indicators', 0, 'weight'],
    ],
    ['a weight above 100', setOf([{ ...ok, weight: 100.5 }]), ['indicators', 0, 'weight']],
    ['a weight given as a string', setOf([{ ...ok, weight: '100' }]), ['indicators', 0, 'weight']],
    ['an unknown built-in measure', setOf([{ ...ok, measure: 'on-time' }]), ['indicators', 0, 'measure']],
    ['a measure that is a number', setOf([{ ...ok, measure: 1 }]), ['indicators', 0, 'measure']],
    ['a missing measure', setOf([{ id: 'a', weight: 100 }]), ['indicators', 0, 'measure']],
    ['a citation that is a string', setOf([{ ...ok, citation: 'Art. 4' }]), ['indicators', 0, 'citation']],
    [
      'a bad second indicator',
      setOf([
        { ...ok, weight: 50 },
        { id: 'b', weight: 50, measure: 'late' },
      ]),
      ['indicators', 1, 'measure'],
    ],
    [
      'two indicators with one id',
      setOf([
        { ...ok, weight: 50 },
        { ...ok, weight: 50, measure: 'update-compliance' },
      ]),
      ['indicators'],
      'must differ',
    ],
    [
      'weights summing to 99',
      setOf([
        { ...ok, weight: 60 },
        { id: 'b', weight: 39, measure: 'update-compliance' },
      ]),
      ['indicators'],
      'sum to 100',
    ],
    [
      'weights summing to 101',
      setOf([
        { ...ok, weight: 60 },
        { id: 'b', weight: 25, measure: 'update-compliance' },
        { id: 'c', weight: 16, measure: 'receipt-timeliness' },
      ]),
      ['indicators'],
      'sum to 100',
    ],
    [
      'duplicate ids and a wrong sum: the ids are reported first',
      setOf([
        { ...ok, weight: 10 },
        { ...ok, weight: 10 },
      ]),
      ['indicators'],
      'must differ',
    ],
  ]

  it.each(cases)('refuses %s', (_, set, path, message) => {
    expect(IndicatorSet.safeParse(set).success).toBe(false)
    const error = caught(() => scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set as IndicatorSet }))
    expect(error.code).toBe('invalid_input')
    expect(error.path).toEqual(['options', 'indicators', ...path])
    if (message !== undefined) expect(error.messages.en).toContain(message)
  })

  it('checks the set before the units and the period', () => {
    const error = caught(() => scoreUnits('not units' as never, {} as never, { indicators: setOf([]) as IndicatorSet }))
    expect(error.path).toEqual(['options', 'indicators', 'indicators'])
  })
})

describe('custom measures', () => {
  it('are called once per task with the raw task and the context: period, calendar and the evaluation instant', () => {
    const calendar = vietnamCalendar()
    const period = quarter(2026, 1)
    const calls: [unknown, MeasureContext][] = []
    const tasks = [
      { id: 'a', transferredAt: '2026-01-05T08:00' },
      { id: 'b', transferredAt: '2026-02-02T08:00', deadline: '2026-03-13' },
    ]
    const set: IndicatorSet = {
      id: 'context',
      label: LABEL,
      official: false,
      indicators: [
        {
          id: 'spy',
          weight: 100,
          measure: (task, context) => {
            calls.push([task, context])
            return 0.5
          },
        },
      ],
    }
    scoreUnits([{ unit: 'Ban A', tasks }], period, { calendar, asOf: '2026-02-10T12:00', indicators: set })
    expect(calls.map(([task]) => task)).toEqual(tasks)
    // The boundary copy of the caller's task: equal to it, never the caller's object.
    expect(calls[0]?.[0]).toStrictEqual(tasks[0])
    expect(calls[0]?.[0]).not.toBe(tasks[0])
    for (const [, context] of calls) {
      // The boundary copy of the caller's period, never the caller's object.
      expect(context.period).toStrictEqual(period)
      expect(context.period).not.toBe(period)
      expect(context.calendar).toBe(calendar)
      expect(DateTime.isDateTime(context.evaluatedAt)).toBe(true)
      expect(context.evaluatedAt.toISO()).toBe('2026-02-10T12:00:00.000+07:00')
      expect(Object.isFrozen(context)).toBe(true)
    }
  })

  it('see the end of the period as the evaluation instant without asOf, or with a later one', () => {
    const seen: string[] = []
    const set: IndicatorSet = {
      id: 'context',
      label: LABEL,
      official: false,
      indicators: [
        {
          id: 'spy',
          weight: 100,
          measure: (_, context) => {
            seen.push(context.evaluatedAt.toISO() ?? '')
            return null
          },
        },
      ],
    }
    scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set })
    scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set, asOf: '2026-07-01T08:00' })
    scoreUnits(ONE_TASK, quarter(2026, 1, { cutOffDay: 14 }), { indicators: set })
    expect(seen).toEqual(['2026-03-31T23:59:59.999+07:00', '2026-03-31T23:59:59.999+07:00', '2026-03-14T23:59:59.999+07:00'])
  })

  it('mix with built-in measures: 60 × on time (1) + 40 × 0.25 = 70', () => {
    const set: IndicatorSet = {
      id: 'mixed',
      label: LABEL,
      official: false,
      indicators: [
        { id: 'on-time', weight: 60, measure: 'on-time-completion' },
        { id: 'quality', weight: 40, measure: () => 0.25 },
      ],
    }
    const [result] = scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set })
    expect(result?.score).toBe(70)
    expect(result?.grade).toBe('completed')
    expect(result?.indicators.map((indicator) => [indicator.id, indicator.value, indicator.items])).toEqual([
      ['on-time', 100, [{ task: 't1', item: 'completion', score: 1 }]],
      ['quality', 25, [{ task: 't1', item: 'custom', score: 0.25 }]],
    ])
  })

  it('returning null for every task leave the indicator out and renormalise the others', () => {
    const set: IndicatorSet = {
      id: 'mixed',
      label: LABEL,
      official: false,
      indicators: [
        { id: 'on-time', weight: 60, measure: 'on-time-completion' },
        { id: 'quality', weight: 40, measure: () => null },
      ],
    }
    const [result] = scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set })
    expect(result?.score).toBe(100)
    expect(result?.renormalised).toBe(true)
    expect(result?.indicators.map((indicator) => [indicator.effectiveWeight, indicator.measured, indicator.value])).toEqual([
      [100, true, 100],
      [0, false, null],
    ])
  })

  it.each([0, 1, 0.5, Number.MIN_VALUE])('may return %s', (value) => {
    const set = setOf([{ id: 'a', weight: 100, measure: () => value }]) as IndicatorSet
    expect(scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set })[0]?.indicators[0]?.items).toEqual([
      { task: 't1', item: 'custom', score: value },
    ])
  })

  it.each([
    ['-0.01', -0.01],
    ['1.01', 1.01],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['undefined', undefined],
    ["'0.5'", '0.5'],
    ['true', true],
    ['{}', {}],
  ])('refuses a return of %s, invalid_input at the task', (_, value) => {
    const units = [
      { unit: 'Ban A', tasks: [] },
      {
        unit: 'Ban B',
        tasks: [
          { id: 'ok', transferredAt: '2026-01-05T08:00' },
          { id: 'bad', transferredAt: '2026-01-05T08:00' },
        ],
      },
    ]
    const set = setOf([
      { id: 'a', weight: 100, measure: (task: { id: string }) => (task.id === 'bad' ? value : 1) },
    ]) as IndicatorSet
    const error = caught(() => scoreUnits(units, quarter(2026, 1), { indicators: set }))
    expect(error.code).toBe('invalid_input')
    expect(error.path).toEqual(['units', 1, 'tasks', 1])
    expect(error.messages.en).toContain('a custom measure must return null or a number from 0 to 1')
  })

  it('let an error a measure throws pass through unchanged', () => {
    const boom = new RangeError('measure failed')
    const set = setOf([
      {
        id: 'a',
        weight: 100,
        measure: () => {
          throw boom
        },
      },
    ]) as IndicatorSet
    expect(() => scoreUnits(ONE_TASK, quarter(2026, 1), { indicators: set })).toThrow(boom)
  })
})
