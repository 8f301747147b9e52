import fc from 'fast-check'
import { type ScoredUnits, type TaskInput, vietnamCalendar, type WorkingCalendar } from '../index.js'
import { CHECKS, type OptionCheck, readKitOptions } from './kit-options.js'
import { taskArbitrary } from './task-arbitrary.js'

export type UnitsArbitraryOptions = {
  /** How many units: a number, or `{ min, max }`. Default 1 to 6. */
  readonly units?: number | { readonly min: number; readonly max: number }
  /** How many tasks per unit: a number, or `{ min, max }`. Default 0 to 8. */
  readonly tasksPerUnit?: number | { readonly min: number; readonly max: number }
  /** Default `vietnamCalendar()`. */
  readonly calendar?: WorkingCalendar
}

/** A count: a whole number, or a range of them, min ≤ max, within `max` (a range read as a frozen copy). */
function countCheck(max: number): OptionCheck {
  const whole = CHECKS.wholeBetween(0, max)
  return Object.freeze({
    accepts: (value: unknown) => {
      if (whole.accepts(value)) return true
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
      const keys = Object.keys(value)
      const { min: low, max: high } = value as { readonly min?: unknown; readonly max?: unknown }
      return keys.length === 2 && whole.accepts(low) && whole.accepts(high) && (low as number) <= (high as number)
    },
    expected: Object.freeze({
      vi: `phải là số nguyên từ 0 đến ${max}, hoặc { min, max } với min ≤ max`,
      en: `must be a whole number from 0 to ${max}, or { min, max } with min ≤ max`,
    }),
  })
}

/** Unit names are drawn unique among 1,000. */
const UNITS_OPTIONS = Object.freeze({ units: countCheck(1000), tasksPerUnit: countCheck(1000), calendar: CHECKS.calendar })

const UNIT_NAMES = [
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo và Dân vận Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Ban Nội chính Trung ương',
  'Văn phòng Trung ương Đảng',
  'Đảng ủy Chính phủ',
  'Đảng ủy Quốc hội',
  'Thành ủy Hà Nội',
  'Thành ủy Thành phố Hồ Chí Minh',
  'Tỉnh ủy Nghệ An',
] as const

/**
 * Inputs for `scoreUnits`: units with distinct names, each with tasks from `taskArbitrary` whose ids
 * are distinct within the unit.
 */
export function unitsArbitrary(input: UnitsArbitraryOptions = {}): fc.Arbitrary<ScoredUnits> {
  const options = readKitOptions<UnitsArbitraryOptions>(input, UNITS_OPTIONS)
  const calendar = options.calendar ?? vietnamCalendar()
  const units = range(options.units, 1, 6)
  const tasks = range(options.tasksPerUnit, 0, 8)
  const task = taskArbitrary({ calendar })
  return fc
    .uniqueArray(fc.nat({ max: 999 }), { minLength: units.min, maxLength: units.max })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((number) =>
          fc.array(task, { minLength: tasks.min, maxLength: tasks.max }).map((list) => ({ number, list })),
        ),
      ),
    )
    .map((drawn) =>
      drawn.map(({ number, list }) => ({
        unit: `${UNIT_NAMES[number % UNIT_NAMES.length]} (${number})`,
        tasks: list.map((input, index): TaskInput => ({ ...input, id: `task-${index + 1}` })),
      })),
    )
}

function range(value: UnitsArbitraryOptions['units'], min: number, max: number): { readonly min: number; readonly max: number } {
  if (value === undefined) return { min, max }
  return typeof value === 'number' ? { min: value, max: value } : value
}
