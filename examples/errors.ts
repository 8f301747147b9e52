// Misuse and invalid input throw one class, VnTaskSlaError, with a stable code, the path of the bad
// field and messages in Vietnamese and English. Run: npx tsx examples/errors.ts
import {
  ERROR_CODES,
  isVnTaskSlaError,
  maskForSystem,
  reportingDeadlines,
  updateSchedule,
  vietnamCalendar,
  workingCalendar,
} from 'vn-task-sla'

const cal = vietnamCalendar()
console.log(`Error codes: ${ERROR_CODES.join(', ')}`)

const attempts: readonly (readonly [string, () => unknown])[] = [
  ['Art. 6.1(a) days must be whole', () => cal.addWorkingDays('2025-06-30T08:00', 1.5)],
  ['Art. 6.2(a) hours need an instant', () => cal.addWorkingTime('2025-06-30', { hours: 4 })],
  ['working days are not a duration', () => cal.addWorkingTime('2025-06-30T08:00', { days: 1 } as never)],
  ['a day that does not exist', () => cal.isWorkingDay('2026-02-30')],
  ['a date not in ISO form', () => cal.addWorkingDays('30/06/2025', 3)],
  ['beyond the calendar range', () => cal.addWorkingDays('2100-12-30', 5)],
  ['an unknown zone', () => workingCalendar({ zone: 'Asia/Ha_Noi', week: { monday: [['08:00', '17:00']] } })],
  [
    'Art. 4.1(a) deadline before transfer',
    () => updateSchedule({ id: 't', transferredAt: '2025-06-30T08:00', deadline: '2025-06-01' }),
  ],
  ['Art. 6.2(b)(4) no deadline, no until', () => updateSchedule({ id: 't', transferredAt: '2025-06-30T08:00' })],
  ['Art. 16.2 a year is a whole number', () => reportingDeadlines(2026.5)],
  // Only the secrecy of a top-secret document is read, so this one is cut short (hence the cast).
  [
    'Art. 5.3 top secret',
    () => maskForSystem({ secrecy: 'top-secret', title: 'Tuyệt mật' } as never, { asOf: '2025-07-01T09:00' }),
  ],
]

for (const [label, attempt] of attempts) {
  try {
    attempt()
    console.log(`${label}: no error`)
  } catch (error) {
    if (!isVnTaskSlaError(error)) throw error
    console.log(`${label}: ${error.code} at "${error.path.join('.')}"`)
    console.log(`  en: ${error.messages.en}`)
    console.log(`  vi: ${error.messages.vi}`)
  }
}

// Expected outcomes are values, not errors: a holiday is simply not a working day.
console.log(`\n2026-02-17 (Tết) is a working day: ${cal.isWorkingDay('2026-02-17')}`)

// Messages never echo an input value, so a secret passed by mistake never reaches a log.
const secret = 'Nhiệm vụ Mật số 12'
try {
  vietnamCalendar({ exceptions: [{ date: '2026-02-30', kind: 'day-off', name: { vi: secret, en: secret }, source: secret }] })
} catch (error) {
  if (!isVnTaskSlaError(error)) throw error
  console.log(`${error.code} at ${error.path.join('.')}; the message holds the secret: ${error.message.includes(secret)}`)
  console.log(`log line: ${error.message}`)
}
