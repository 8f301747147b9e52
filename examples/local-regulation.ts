// Art. 18.4: a provincial Party committee issues its own regulation on the model of 08-QC/TW. Province X
// gives 8 working hours to confirm receipt, warns 5 working days ahead, wants monthly updates by the 20th,
// has its office report by the 20th and weighs its indicators 50/30/20. The same tasks under both.
// Run: npx tsx examples/local-regulation.ts
import {
  type Citation,
  deadline,
  defineRegulation,
  evaluateTask,
  quarter,
  REGULATION_08_QC_TW,
  type Regulation,
  type RegulationChanges,
  reportingDeadlines,
  scoreUnits,
  type TaskInput,
} from 'vn-task-sla'

// What the province changes, in the form it keeps as a JSON file (schemas/regulation-changes.schema.json).
const changes: RegulationChanges = {
  id: 'qc-tinh-uy-x-2026',
  name: { vi: 'Quy chế theo dõi, đôn đốc thực hiện nhiệm vụ của Tỉnh ủy X', en: 'Province X regulation on task monitoring' },
  issuedBy: 'Quy chế số 05-QC/TU ngày 20/02/2026 của Ban Thường vụ Tỉnh ủy X',
  effectiveFrom: '2026-03-01',
  rules: {
    // A new limit with its own words: the description is the base's (4 hours) unless given.
    'acknowledge-receipt': {
      within: { workingHours: 8 },
      description: {
        vi: 'cơ quan nhận nhiệm vụ xác nhận tiếp nhận trong 8 giờ làm việc kể từ khi nhiệm vụ được chuyển đến',
        en: 'the assignee confirms receipt within 8 working hours of the transfer',
      },
    },
  },
  thresholds: { workingDaysLeft: 5 },
  schedule: { cadence: 'monthly', dueDayOfMonth: 20 },
  reports: { office: { monthly: { day: 20, before: false }, quarterly: { day: 20, before: false } } },
  indicators: {
    id: 'tinh-uy-x-2026',
    label: { vi: 'Bộ chỉ số của Tỉnh ủy X', en: 'Province X indicator set' },
    official: false,
    indicators: [
      { id: 'on-time-completion', weight: 50, measure: 'on-time-completion' },
      { id: 'update-compliance', weight: 30, measure: 'update-compliance' },
      { id: 'receipt-timeliness', weight: 20, measure: 'receipt-timeliness' },
    ],
  },
}
const province = defineRegulation(REGULATION_08_QC_TW, changes)
const profiles: readonly Regulation[] = [REGULATION_08_QC_TW, province]
// A result computed under a profile other than 08-QC/TW names it in its citation.
const cited = (citation: Citation): string => [citation.en, citation.regulation].filter(Boolean).join(' of ')

// Two tasks transferred on Monday 2 March 2026 at 14:00: a programme due 30 September (6 months or more:
// periodic updates) and a brief due Friday 27 March (under 1 month), completed the day before.
const transferredAt = '2026-03-02T14:00'
const tasks = (acknowledgedAt: string, reportedAt: string): [TaskInput, TaskInput] => [
  {
    id: 'programme',
    transferredAt,
    deadline: '2026-09-30',
    events: [
      { type: 'acknowledged', at: acknowledgedAt },
      { type: 'progress-updated', at: reportedAt },
    ],
  },
  {
    id: 'brief',
    transferredAt,
    deadline: '2026-03-27',
    events: [
      { type: 'acknowledged', at: acknowledgedAt },
      { type: 'completed', at: '2026-03-26T16:00' },
    ],
  },
]
const [programme, brief] = tasks('2026-03-03T10:30', '2026-03-25T09:00')
const asOf = '2026-03-20T09:00'

for (const [index, regulation] of profiles.entries()) {
  console.log(`${index === 0 ? '' : '\n'}${regulation.name.en} [${regulation.id}]`)
  const acknowledge = deadline(regulation.rules['acknowledge-receipt'], transferredAt, { regulation })
  console.log(`  ${acknowledge.rule.description.en} [${cited(acknowledge.citation)}]`)
  console.log(`    transferred ${transferredAt}: confirm by ${acknowledge.due.toISO()}`)
  // Periods end with the month under 08-QC/TW: 30 April (a holiday), 31 May (a Sunday) and 31 August (a
  // swapped day off) move to the next working day. Under the province they end on the 20th: 20 June and
  // 20 September are a Saturday and a Sunday; the period 21 September – 20 October holds the deadline.
  const { schedule } = evaluateTask(programme, { asOf, regulation })
  console.log(
    `  programme updates   ${schedule.updates.map((update) => update.dueBy.toISODate()).join(' ')} [${cited(schedule.citation)}]`,
  )
  // 5 working days are left (23–27 March) and 70% of the working time has passed: no warning under
  // 08-QC/TW (3 days, 75%), "about to be overdue" under the province (5 days).
  const { alert } = evaluateTask(brief, { asOf, regulation })
  console.log(`  brief on ${asOf}: ${alert.level}, ${alert.reason.en} [${cited(alert.citation)}]`)
}

// Art. 16.2: the office's report days of the first quarter; the half-year and annual ones are 08-QC/TW's.
// 20 February falls in Tết: a day fixed by the regulation is not moved (B11).
console.log('\nReport days 2026:')
for (const regulation of profiles) {
  const reports = reportingDeadlines(2026, { regulation })
    .filter((report) => report.month <= 3 || report.kind === 'half-year' || report.kind === 'annual')
    .map((report) => `${report.kind} ${report.date.slice(5)}`)
  console.log(`  ${regulation.id.padEnd(17)} ${reports.join(', ')}`)
}

// Art. 17, Q1 2026: two units with the same two tasks. Ban Tổ chức confirmed receipt at 10:30 the next
// morning, late under 08-QC/TW (by 09:00), on time under the province (by 14:00), and reported on 19 March;
// Ban Tuyên giáo và Dân vận confirmed at 08:30 and reported on 25 March: after the province's March update day.
const units = [
  { unit: 'Ban Tổ chức', tasks: tasks('2026-03-03T10:30', '2026-03-19T09:00') },
  { unit: 'Ban Tuyên giáo và Dân vận', tasks: tasks('2026-03-03T08:30', '2026-03-25T09:00') },
]
for (const regulation of profiles) {
  console.log(`\nQ1 2026 under ${regulation.id}, indicator set ${regulation.indicators.id}:`)
  for (const result of scoreUnits(units, quarter(2026, 1), { regulation })) {
    const values = result.indicators.map((indicator) => `${indicator.id} ${indicator.weight}: ${indicator.value}`)
    console.log(`  rank ${result.rank} ${result.unit.padEnd(25)} ${String(result.score).padStart(3)} ${result.grade}`)
    console.log(`    ${values.join(', ')} [${cited(result.citation)}]`)
  }
}

// The province keeps its changes as a JSON file and reads them back through defineRegulation.
const text = JSON.stringify(changes)
const readBack = defineRegulation(REGULATION_08_QC_TW, JSON.parse(text))
console.log(`\nRead back from JSON: ${readBack.id}, the same profile: ${JSON.stringify(readBack) === JSON.stringify(province)}`)
