import type { WorkingCalendar } from '../calendar/working-calendar.js'
import { type CalendarDay, civilDateOf, dayNumberOf, daysInMonth, formatDay, weekdayOf } from '../core/calendar-day.js'

/**
 * How often a simulation looks at the portfolio: every working day, every week (its Sunday), or
 * every month (its last day). The range's last day is always a step, so a week or a month cut short
 * by `to` is still seen.
 */
export const SIMULATION_STEPS = Object.freeze(['working-day', 'week', 'month'] as const)
export type SimulationStep = (typeof SIMULATION_STEPS)[number]

/**
 * The days a simulation steps through, first to last, as day numbers. `from` and `to` are day
 * numbers with `from <= to`. The count is the size of the result: working days come from the
 * calendar's index (one search each), weeks and months from arithmetic on civil dates.
 */
export function stepDays(calendar: WorkingCalendar, from: number, to: number, step: SimulationStep): number[] {
  const days: number[] = []
  if (step === 'working-day') {
    if (!hasWorkingDay(calendar, from, to)) return days
    let day: CalendarDay = calendar.nextWorkingDay(formatDay(from), { inclusive: true })
    for (;;) {
      const number = dayNumberOfText(day)
      if (number > to) break
      days.push(number)
      // Asking past `to` could leave the calendar's range at its very end.
      if (number === to) break
      day = calendar.nextWorkingDay(day)
    }
    return days
  }
  if (step === 'week') {
    // ISO weeks end on Sunday (weekday 7).
    for (let day = from + (7 - weekdayOf(from)); day < to; day += 7) days.push(day)
  } else {
    const { year, month } = civilDateOf(from)
    for (let index = year * 12 + month - 1; ; index += 1) {
      const y = Math.floor(index / 12)
      const m = index - y * 12 + 1
      const last = dayNumberOf(y, m, daysInMonth(y, m))
      if (last >= to) break
      days.push(last)
    }
  }
  days.push(to)
  return days
}

/** Whether a working day lies in the range, from the index's count rather than a search past its end. */
function hasWorkingDay(calendar: WorkingCalendar, from: number, to: number): boolean {
  return calendar.workingDaysBetween(formatDay(from), formatDay(to)) > 0 || calendar.isWorkingDay(formatDay(from))
}

function dayNumberOfText(day: CalendarDay): number {
  return dayNumberOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)))
}
