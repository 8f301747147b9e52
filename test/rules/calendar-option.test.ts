// The `calendar` option of a rule: a calendar the package built (`workingCalendar`, `vietnamCalendar`),
// whose day operations the rules read. An object that merely has a calendar's methods is refused at
// options.calendar (a calendar of the other build, CommonJS beside ESM, is accepted: test/package/cross-build-calendar.test.ts).
// One task throughout, Conclusion 155-KL/TW §3: drafts "before 1 June 2025" (B14: by the end of 31 May),
// completed on 3 June 2025: completed late on any calendar, its instants in the calendar's own zone.
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { classifyCompletion, type TaskInput, vietnamCalendar, workingCalendar } from '../../src/index.js'
import { failureOf } from '../support/caught.js'

const TASK = {
  id: 'kl155-3-draft',
  transferredAt: '2025-05-19T09:00',
  deadline: '2025-05-31',
  events: [
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'completed', at: '2025-06-03T16:00' },
  ],
} satisfies TaskInput
const AS_OF = '2025-07-01T09:00'

/** The smallest definition: a zone and one working day a week (the range defaults). */
const OFFICE = { zone: 'UTC', week: { monday: [['09:00', '17:00']] } } as const

/** The status, deadline and end of a classification, instants as ISO strings. */
function summary(result: ReturnType<typeof classifyCompletion>): [string, string | null, string | null] {
  return [result.status, result.deadline?.toISO() ?? null, result.endedAt?.toISO() ?? null]
}

const IN_VIETNAM = ['completed-late', '2025-05-31T23:59:59.999+07:00', '2025-06-03T16:00:00.000+07:00']
const IN_UTC = ['completed-late', '2025-05-31T23:59:59.999Z', '2025-06-03T16:00:00.000Z']

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: a calendar the package did not build is refused', () => {
  it("refuses an object with a calendar's methods: invalid_input at ['options', 'calendar'], notACalendar", () => {
    const lookalike = { zone: 'UTC', toDateTime: () => DateTime.fromMillis(0), millis: {} }
    expect(failureOf(() => classifyCompletion(TASK, { asOf: AS_OF, calendar: lookalike as never }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'calendar'],
      vi: 'Dữ liệu đầu vào không hợp lệ: phải là một lịch làm việc do workingCalendar hoặc vietnamCalendar tạo ra',
      en: 'Invalid input: must be a working calendar built by workingCalendar or vietnamCalendar',
    })
  })

  it("refuses a copy of a real calendar's own properties: the mark of the package does not travel with a spread", () => {
    const copy = { ...workingCalendar(OFFICE) }
    const failure = failureOf(() => classifyCompletion(TASK, { asOf: AS_OF, calendar: copy as never }))
    expect([failure.code, failure.path]).toEqual(['invalid_input', ['options', 'calendar']])
  })
})

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: a calendar from workingCalendar or vietnamCalendar is accepted', () => {
  it("counts on vietnamCalendar(): the deadline is the end of 31 May 2025 in Hà Nội's time", () => {
    expect(summary(classifyCompletion(TASK, { asOf: AS_OF, calendar: vietnamCalendar() }))).toEqual(IN_VIETNAM)
  })

  it("counts on workingCalendar(definition): the same task, its instants in the calendar's zone (UTC)", () => {
    expect(summary(classifyCompletion(TASK, { asOf: AS_OF, calendar: workingCalendar(OFFICE) }))).toEqual(IN_UTC)
  })
})
