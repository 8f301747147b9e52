// Writes src/calendar/vietnam/lunar-dates.ts (`npm run lunar-dates`): the table of Tết and 10/3 lunar,
// 2000–2101, computed with date-holidays (scripts/lunar-dates.ts). test/calendar/vietnam/lunar-dates.test.ts
// fails when the file differs from what this script writes.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lunarDatesFromDateHolidays, renderLunarModule } from './lunar-dates.js'

const file = join(import.meta.dirname, '..', 'src', 'calendar', 'vietnam', 'lunar-dates.ts')
const text = renderLunarModule(lunarDatesFromDateHolidays())
let current: string | undefined
try {
  current = readFileSync(file, 'utf8')
} catch {
  current = undefined
}
if (current === text) process.stdout.write('src/calendar/vietnam/lunar-dates.ts: unchanged\n')
else {
  writeFileSync(file, text)
  process.stdout.write('src/calendar/vietnam/lunar-dates.ts: written\n')
}
