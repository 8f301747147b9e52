// The report due dates of Art. 16.2: "before the 25th of the month and of the quarter's last month,
// 25 June and 20 December each year". "Before" governs the whole list (B11): every report is due by the
// end of the day before the day named. Run: npx tsx examples/reporting.ts
import { reportingDeadlines, vietnamCalendar } from 'vn-task-sla'

const calendar = vietnamCalendar()
const reports = reportingDeadlines(2026, { calendar })
const moved = reportingDeadlines(2026, { calendar, nonWorkingDates: 'previous-working-day' })

console.log(`Reports due in 2026 [${reports[0]?.citation.en} / ${reports[0]?.citation.vi}]: ${reports.length}`)
for (const report of reports) {
  const label = report.kind === 'quarterly' ? `quarterly Q${report.quarter}` : `${report.kind} ${report.month}`
  const working = calendar.isWorkingDay(report.date)
  const alternative = moved.find((other) => other.kind === report.kind && other.month === report.month)
  const note = working ? '' : `  not a working day; previous-working-day: ${alternative?.due.toISO()}`
  console.log(`  ${label.padEnd(13)} day ${report.date}  due ${report.due.toISO()}${note}`)
}

// A report is late one millisecond after its due instant (Art. 15.4 asks a written explanation).
const annual = reports.find((report) => report.kind === 'annual')
if (annual !== undefined) {
  const late = annual.due.plus({ milliseconds: 1 })
  console.log(
    `\nAnnual report 2026: due ${annual.due.toISO()}; submitted ${late.toISO()} is late: ${late.toMillis() > annual.due.toMillis()}`,
  )
}

// The first release read 25 June and 20 December as the due days themselves; the option keeps that reading.
const named = reportingDeadlines(2026, { calendar, halfYearAndAnnual: 'named-day' })
  .filter((report) => report.kind === 'half-year' || report.kind === 'annual')
  .map((report) => `${report.kind} ${report.date}`)
console.log(`\nWith { halfYearAndAnnual: 'named-day' }: ${named.join(', ')}`)

// The due days of 2025 that were not working days, and why.
console.log('\nReport dates of 2025 on a day off:')
for (const report of reportingDeadlines(2025, { calendar })) {
  const day = calendar.describeDay(report.date)
  if (!day.working)
    console.log(`  ${report.kind.padEnd(9)} ${report.date} ${day.reasons.map((reason) => reason.name.en).join('; ')}`)
}
