// The fixed time limits of Art. 6 (TIME_RULES), counted with deadline() on the official calendar.
// Run: npx tsx examples/deadlines.ts
import {
  ACKNOWLEDGE_RECEIPT,
  CLASSIFY_AND_DISPATCH,
  deadline,
  EVALUATE_UPDATE,
  OBJECT_TO_ASSIGNMENT,
  TIME_RULES,
  vietnamCalendar,
} from 'vn-task-sla'

const calendar = vietnamCalendar()

console.log('The time rules of Art. 6:')
for (const rule of TIME_RULES) {
  const [amount, unit] =
    'workingHours' in rule.within ? [rule.within.workingHours, 'working hour'] : [rule.within.workingDays, 'working day']
  const within = `${amount} ${unit}${amount === 1 ? '' : 's'}`
  console.log(`  ${rule.citation.en.padEnd(11)} ${rule.id.padEnd(22)} ${within.padEnd(16)} ${rule.description.en}`)
}

// One instant, every rule: Tuesday 29 April 2025, 15:00, just before the 30 April – 2 May break
// (Saturday 26 April was worked in exchange for Friday 2 May).
const from = '2025-04-29T15:00'
console.log(`\nCounted from ${from}:`)
for (const rule of TIME_RULES) {
  const due = deadline(rule, from, { calendar })
  console.log(`  ${due.citation.en.padEnd(11)} ${rule.id.padEnd(22)} due ${due.due.toISO()}`)
}

// A task transferred on Friday 13 February 2026 at 15:00, the last afternoon before Tết Bính Ngọ.
const transfer = '2026-02-13T15:00'
const acknowledge = deadline(ACKNOWLEDGE_RECEIPT, transfer, { calendar })
const object = deadline(OBJECT_TO_ASSIGNMENT, transfer, { calendar })
console.log(`\nTransferred ${transfer}, before Tết 2026:`)
console.log(`  ${acknowledge.citation.en} acknowledge by ${acknowledge.due.toISO()} (${acknowledge.citation.vi})`)
console.log(`  ${object.citation.en} object by      ${object.due.toISO()}`)

// The alternatives: a sum ending at closing moves to the next opening; days end at close of business.
const friday = '2025-06-27T13:00'
console.log(`\nFrom ${friday} (a Friday):`)
const alternatives = [
  ['Art. 6.2(a) default', deadline(ACKNOWLEDGE_RECEIPT, friday, { calendar })],
  ['Art. 6.2(a) boundary: next-opening', deadline(ACKNOWLEDGE_RECEIPT, friday, { calendar, boundary: 'next-opening' })],
  ['Art. 6.3 default', deadline(EVALUATE_UPDATE, friday, { calendar })],
  ['Art. 6.3 dayEnd: close-of-business', deadline(EVALUATE_UPDATE, friday, { calendar, dayEnd: 'close-of-business' })],
] as const
for (const [label, due] of alternatives) console.log(`  ${label.padEnd(36)} ${due.due.toISO()}`)

// Counting into 2027, a year without an announced schedule, is flagged provisional.
const dispatch = deadline(CLASSIFY_AND_DISPATCH, '2027-02-03T10:00', { calendar })
console.log(`\n${dispatch.citation.en} from 2027-02-03T10:00: ${dispatch.due.toISO()} provisional=${dispatch.provisional}`)
