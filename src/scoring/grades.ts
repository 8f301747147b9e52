/** Art. 17.1(c): hoàn thành xuất sắc, hoàn thành, hoàn thành chưa đầy đủ, không hoàn thành; best first. */
export const GRADES = Object.freeze(['excellent', 'completed', 'incompletely-completed', 'not-completed'] as const)
export type Grade = (typeof GRADES)[number]

/** The lowest score of each grade but the last, on the score rounded to 2 decimals. */
export type GradeThresholds = Readonly<Record<Exclude<Grade, 'not-completed'>, number>>

/** B12: the thresholds of Regulation 08-QC/TW's default reading: 90, 70 and 50. */
export const GRADE_THRESHOLDS: GradeThresholds = Object.freeze({
  excellent: 90,
  completed: 70,
  'incompletely-completed': 50,
})

/** The grade of a score (already rounded to 2 decimals) under `thresholds`. */
export function gradeUnder(thresholds: GradeThresholds, score: number): Grade {
  if (score >= thresholds.excellent) return 'excellent'
  if (score >= thresholds.completed) return 'completed'
  if (score >= thresholds['incompletely-completed']) return 'incompletely-completed'
  return 'not-completed'
}
