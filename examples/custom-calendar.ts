// workingCalendar for another zone: an embassy in Paris (Europe/Paris, with daylight-saving time) that
// keeps the Vietnamese Tết and National Day off. Run: npx tsx examples/custom-calendar.ts
import { type DayException, WEEKDAYS, workingCalendar } from 'vn-task-sla'

const hours: [string, string][] = [
  ['09:00', '12:30'],
  ['14:00', '17:30'],
]
const source = "Quyết định của Đại sứ quán (ví dụ) / the embassy's own decision (example)"
const off = (date: string, vi: string, en: string): DayException => ({ date, kind: 'public-holiday', name: { vi, en }, source })
const tet = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']
const embassy = workingCalendar({
  zone: 'Europe/Paris',
  week: { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours },
  weekSource: 'Horaires de l’ambassade, lundi–vendredi',
  exceptions: [
    ...tet.map((date) => off(date, 'Tết Nguyên đán', 'Lunar New Year')),
    off('2026-09-02', 'Quốc khánh', 'National Day of Viet Nam'),
  ],
})

// Art. 6.2(a) in Paris: a task transferred from Hanoi at 15:00 (+07:00) reaches the embassy at 09:00 Paris time.
const transfer = '2026-02-13T15:00+07:00'
console.log(`transfer ${transfer} is ${embassy.toDateTime(transfer).toISO()} in ${embassy.zone}`)
console.log(`Art. 6.2(a) acknowledge, 4 working hours: ${embassy.addWorkingTime(transfer, { hours: 4 }).toISO()}`)
console.log(`Art. 6.2(a) object, 8 working hours:      ${embassy.addWorkingTime(transfer, { hours: 8 }).toISO()}`)
console.log(`Art. 6.1(a) 3 working days (Tết skipped): ${embassy.addWorkingDays(transfer, 3).toISO()}`)

// Clocks go forward on Sunday 29 March 2026: the offset of results changes, the working time does not.
const beforeDst = '2026-03-27T16:00'
const after = embassy.addWorkingTime(beforeDst, { hours: 4 })
console.log(`\n4 working hours from ${beforeDst} (+01:00): ${after.toISO()}`)
console.log(`working time between them: ${embassy.workingTimeBetween(beforeDst, after).as('hours')} hours`)
for (const day of ['2026-03-29', '2026-09-02', '2026-09-03']) {
  const described = embassy.describeDay(day)
  const reasons = described.reasons.map((reason) => `${reason.kind}: ${reason.name.en}`)
  console.log(`${day} working=${described.working} ${reasons.join('; ') || 'an ordinary working day'}`)
}

// A round-the-clock duty roster in the same zone: the days of change last 23 and 25 hours.
const allDay: [string, string][] = [['00:00', '24:00']]
const duty = workingCalendar({
  zone: 'Europe/Paris',
  week: Object.fromEntries(WEEKDAYS.map((day) => [day, allDay])),
})
console.log(`\nduty 2026-03-29: ${duty.workingTimeBetween('2026-03-29T00:00', '2026-03-30T00:00').as('hours')} hours`)
console.log(`duty 2026-10-25: ${duty.workingTimeBetween('2026-10-25T00:00', '2026-10-26T00:00').as('hours')} hours`)
console.log(
  `duty 02:30 on 2026-03-29 (skipped by the jump) + 30 min: ${duty.addWorkingTime('2026-03-29T02:30', { minutes: 30 }).toISO()}`,
)
