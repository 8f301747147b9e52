// Working hours and working days across Tết 2026, official days off and make-up Saturdays, with the
// reason and legal source of every day skipped. Run: npx tsx examples/calendar.ts
import { vietnamCalendar } from 'vn-task-sla'

const cal = vietnamCalendar() // Mon–Fri 08:00–12:00, 13:00–17:00, Asia/Ho_Chi_Minh

// Art. 6.2(a) counts working hours: Friday 13 February 2026, 15:00, the last working afternoon before Tết.
console.log('Art. 6.2(a) 4 working hours from 2026-02-13T15:00:', cal.addWorkingTime('2026-02-13T15:00', { hours: 4 }).toISO())
// Art. 6.1(a) counts working days: the starting day is not counted (Civil Code 2015, Art. 147(2)).
console.log('Art. 6.1(a) 3 working days from 2026-02-12T10:00:', cal.addWorkingDays('2026-02-12T10:00', 3).toISO())
console.log(
  'Working time 2026-02-13T08:00 → 2026-02-24T08:00:',
  cal.workingTimeBetween('2026-02-13T08:00', '2026-02-24T08:00').as('hours'),
  'hours',
)
console.log('Working days in 2026:', cal.workingDaysBetween('2025-12-31', '2026-12-31'))

// Make-up Saturdays of 2026 count like any working day; swapped weekdays do not.
for (const day of ['2026-01-02', '2026-01-10', '2026-08-22', '2026-08-31', '2026-04-27']) {
  const described = cal.describeDay(day)
  const reason = described.reasons[0]
  console.log(`${day} working=${described.working} ${reason?.kind ?? 'ordinary'} — ${reason?.name.en ?? ''}`)
}

// Why the Tết acknowledgement is due when it is: every day without working time, with its source.
const why = cal.explain.addWorkingTime('2026-02-13T15:00', { hours: 4 })
console.log(`\nSkipped by 4 working hours from ${why.start.toISO()} (provisional: ${why.provisional}):`)
for (const day of why.skipped) {
  const reasons = day.reasons.map((reason) => `${reason.kind} (${reason.source})`).join('; ')
  console.log(`  ${day.date} ${reasons}`)
}

// 2027 has no announced schedule yet: its days are derived by rule and say so.
const tet2027 = cal.explain.addWorkingDays('2027-02-03T10:00', 3)
console.log(`\nArt. 6.1(a) 3 working days from 2027-02-03T10:00: ${tet2027.result.toISO()} (provisional: ${tet2027.provisional})`)
console.log('Next working day after 2026-02-13:', cal.nextWorkingDay('2026-02-13'))
