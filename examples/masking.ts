// Article 5: what an assigning document may put on the tracking system, by its secrecy.
// Run: npx tsx examples/masking.ts
import { type AssignmentDocument, isVnTaskSlaError, maskForSystem, SECRECY_FIELD_TABLE } from 'vn-task-sla'

const transferredAt = '2025-05-19T09:00'
const done = { type: 'completed', at: '2025-05-30T16:00' } as const
const started = { type: 'started', at: '2025-05-21T08:00' } as const
const conclusion = {
  secrecy: 'normal',
  title: 'Kết luận của Bộ Chính trị, Ban Bí thư',
  number: '155',
  symbol: 'KL/TW',
  abstract: 'về tổ chức bộ máy (trích yếu)',
  issuedOn: '2025-05-16',
  signer: 'T/M Bộ Chính trị',
  submittingAgency: 'Văn phòng Trung ương Đảng',
  assignees: ['Ban Tổ chức Trung ương'],
  monitoringAgencies: ['Văn phòng Trung ương Đảng'],
  tasks: [
    { id: '155-3', content: 'Dự thảo văn bản (nội dung nhiệm vụ)', transferredAt, deadline: '2025-05-31', events: [done] },
    { id: '155-4', content: 'Sắp xếp tổ chức (nội dung nhiệm vụ)', transferredAt, deadline: '2025-06-30', events: [started] },
  ],
} as const satisfies AssignmentDocument
const asOf = '2025-07-01T09:00'

// Art. 5.1: an ordinary document keeps every field, with each task's status of Art. 4.1(đ).
const normal = maskForSystem(conclusion, { asOf })
console.log(`normal: partition ${normal.partition} [${normal.citation.en}]`)
console.log(`  fields: ${Object.keys(normal.record).join(' ')}`)
console.log(`  tasks: ${JSON.stringify(normal.record.tasks)}`)

// Art. 5.2: a secret (Tối mật) document goes to the secure partition: no abstract, no task content,
// the number of tasks, and each task's result only.
const secret = maskForSystem({ ...conclusion, secrecy: 'secret' }, { asOf })
const leaked = ['trích yếu', 'nội dung nhiệm vụ', '155-3'].filter((text) => JSON.stringify(secret.record).includes(text))
const abstractAllowed = SECRECY_FIELD_TABLE.secret.fields.some((field) => field.field === 'abstract')
console.log(`secret: partition ${secret.partition} [${secret.citation.en}]`)
console.log(`  fields: ${Object.keys(secret.record).join(' ')}`)
console.log(`  tasks: ${JSON.stringify(secret.record.tasks)}`)
console.log(
  `  abstract, task content or task key in the record: ${leaked.length}; abstract in the field table: ${abstractAllowed}`,
)

// Art. 5.3: a top-secret (Tuyệt mật) document, or one with a top-secret task, is refused; the error holds none of it.
function refusal(document: AssignmentDocument) {
  try {
    maskForSystem(document, { asOf })
  } catch (error) {
    if (isVnTaskSlaError(error)) return error
    throw error
  }
  return undefined
}
const whole = refusal({ ...conclusion, secrecy: 'top-secret' })
const byTask = refusal({ ...conclusion, tasks: [{ ...conclusion.tasks[0], secrecy: 'top-secret' }] })
console.log(`top-secret document: ${whole?.code} at ${whole?.path.join('.')}; with a top-secret task: ${byTask?.code}`)
console.log(`  the error names the title: ${whole?.message.includes(conclusion.title)}`)
console.log(`  en: ${whole?.messages.en}`)
console.log(`  vi: ${whole?.messages.vi}`)

// Art. 3.1: a document or task with a special secrecy requirement is kept off the system the same way.
const special = refusal({ ...conclusion, specialSecrecy: true })
const specialTask = refusal({ ...conclusion, tasks: [{ ...conclusion.tasks[0], specialSecrecy: true }] })
console.log(`special secrecy: ${special?.code} at ${special?.path.join('.')}; on a task: ${specialTask?.path.join('.')}`)
console.log(`  en: ${special?.messages.en}`)
