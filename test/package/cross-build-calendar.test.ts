// A calendar of the other build of the package (CommonJS beside ESM) is accepted by a rule (Art. 4.1(đ)):
// the published files, built first, in a fresh process. The task of test/rules/calendar-option.test.ts:
// Conclusion 155-KL/TW §3, drafts "before 1 June 2025" (B14: by the end of 31 May), completed on 3 June
// 2025: completed late on any calendar, its instants in the calendar's own zone.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, ensureBuilt, ROOT } from '../support/built-package.js'

const TASK = {
  id: 'kl155-3-draft',
  transferredAt: '2025-05-19T09:00',
  deadline: '2025-05-31',
  events: [
    { type: 'started', at: '2025-05-20T09:00' },
    { type: 'completed', at: '2025-06-03T16:00' },
  ],
}
const AS_OF = '2025-07-01T09:00'

/** The smallest definition: a zone and one working day a week (the range defaults). */
const OFFICE = { zone: 'UTC', week: { monday: [['09:00', '17:00']] } }

const IN_VIETNAM = ['completed-late', '2025-05-31T23:59:59.999+07:00', '2025-06-03T16:00:00.000+07:00']
const IN_UTC = ['completed-late', '2025-05-31T23:59:59.999Z', '2025-06-03T16:00:00.000Z']

describe('Art. 4.1(đ) — điểm đ khoản 1 Điều 4: a calendar of the other build (CommonJS beside ESM) is accepted', () => {
  let verdicts: Record<string, unknown> = {}

  beforeAll(() => {
    ensureBuilt()
    const script = `
      import { createRequire } from 'node:module'
      const require = createRequire(${JSON.stringify(pathToFileURL(join(ROOT, 'package.json')).href)})
      const cjs = require(${JSON.stringify(join(DIST, 'index.cjs'))})
      const esm = await import(${JSON.stringify(pathToFileURL(join(DIST, 'index.js')).href)})
      const task = ${JSON.stringify(TASK)}
      const office = ${JSON.stringify(OFFICE)}
      const summary = (rule, calendar) => {
        const result = rule.classifyCompletion(task, { asOf: ${JSON.stringify(AS_OF)}, calendar })
        return [result.status, result.deadline.toISO(), result.endedAt.toISO()]
      }
      console.log(JSON.stringify({
        esmRuleCjsVietnam: summary(esm, cjs.vietnamCalendar()),
        esmRuleCjsWorking: summary(esm, cjs.workingCalendar(office)),
        cjsRuleEsmWorking: summary(cjs, esm.workingCalendar(office)),
      }))
    `
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })
    if (child.status !== 0) throw new Error(child.stderr)
    verdicts = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>
  }, 300_000)

  it('a rule of dist/index.js counts on vietnamCalendar() of dist/index.cjs', () => {
    expect(verdicts.esmRuleCjsVietnam).toEqual(IN_VIETNAM)
  })

  it('a rule of dist/index.js counts on workingCalendar(definition) of dist/index.cjs', () => {
    expect(verdicts.esmRuleCjsWorking).toEqual(IN_UTC)
  })

  it('a rule of dist/index.cjs counts on workingCalendar(definition) of dist/index.js', () => {
    expect(verdicts.cjsRuleEsmWorking).toEqual(IN_UTC)
  })
})
