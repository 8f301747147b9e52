import type { AssignmentDocument, AssignmentTask, SecrecyLevel } from '../../src/index.js'

// Conclusion 155-KL/TW (Politburo and Secretariat, meeting of 16 May 2025), built by hand. The number,
// the symbol, the meeting date and the tasks' deadlines ("before 1 June 2025" = 2025-05-31, "by 30 June
// 2025" = 2025-06-30, B14; §2.5 has no completion date, 4.1(a)) come from the conclusion as
// src/testing/golden/art-rules-conclusion-155.json reads it. The rest is assumed, as in that golden file: the
// issue date is the meeting date, every task is transferred on Monday 19 May 2025 at 09:00, every
// event is hypothetical, and the signer, agencies, texts and `other` are plausible stand-ins.

/** The fixtures are edited in place by the tests: the package's readonly types, writable. */
type Writable<T> = { -readonly [K in keyof T]: T[K] }
export type FixtureTask = Writable<AssignmentTask> & Record<string, unknown>
export type FixtureDocument = Writable<Omit<AssignmentDocument, 'tasks'>> & { tasks: FixtureTask[] } & Record<string, unknown>

export const TRANSFER = '2025-05-19T09:00'
export const ISSUED_AT = '2025-05-16T16:00'
/** Tuesday 1 July 2025, 09:00: the morning after "by 30 June 2025". */
export const AS_OF = '2025-07-01T09:00'

/** §3, last point: the drafts on decentralisation "must be completed before 1 June 2025"; completed on Fri 30/5. */
export function draftTask(): FixtureTask {
  return {
    id: 'kl155-3-draft',
    content: 'Hoàn thành các dự thảo văn bản liên quan đến phân cấp, phân quyền trước ngày 01/6/2025',
    transferredAt: TRANSFER,
    issuedAt: ISSUED_AT,
    deadline: '2025-05-31',
    events: [
      { type: 'acknowledged', at: '2025-05-19T10:30' },
      { type: 'started', at: '2025-05-20T09:00' },
      { type: 'progress-updated', at: '2025-05-26T10:00' },
      { type: 'completed', at: '2025-05-30T16:00' },
    ],
    progress: 'Đã trình các dự thảo nghị định về phân cấp, phân quyền',
    results: 'Các dự thảo nghị định đã được trình',
    evaluation: 'Hoàn thành đúng hạn',
    assigneeKind: 'party-committee-under-central',
    scope: 'national',
    priority: 'urgent',
    group: 'listed',
    internalNote: 'Ghi chú nội bộ của chuyên viên về nhiệm vụ 1',
  }
}

/** Title and §1: the key tasks "by 30 June 2025"; started, still open on 1 July. */
export function focusTask(): FixtureTask {
  return {
    id: 'kl155-1-focus',
    content: 'Tập trung thực hiện các nhiệm vụ trọng tâm về sắp xếp tổ chức bộ máy, đơn vị hành chính đến ngày 30/6/2025',
    transferredAt: TRANSFER,
    issuedAt: ISSUED_AT,
    deadline: '2025-06-30',
    events: [
      { type: 'started', at: '2025-05-20T09:00' },
      { type: 'progress-updated', at: '2025-06-16T10:00' },
    ],
    progress: 'Đã hoàn thành sắp xếp cấp tỉnh, đang sắp xếp cấp xã',
    results: 'Báo cáo tiến độ tháng 6/2025',
    evaluation: 'Chậm so với thời hạn',
    assigneeKind: 'provincial-party-committee',
    scope: 'national',
    priority: 'key',
    group: 'listed',
    internalNote: 'Ghi chú nội bộ của chuyên viên về nhiệm vụ 2',
  }
}

/** §2.5: protect state secrets, discipline of speech: a continuous task with no completion date (4.1(a)). */
export function secrecyTask(): FixtureTask {
  return {
    id: 'kl155-2.5-secrecy',
    content: 'Thực hiện nghiêm quy định về bảo vệ bí mật nhà nước, kỷ luật phát ngôn và sử dụng mạng xã hội',
    transferredAt: TRANSFER,
    issuedAt: ISSUED_AT,
    deadline: null,
    events: [{ type: 'started', at: '2025-05-19T14:00' }],
    progress: 'Đã quán triệt đến các chi bộ',
    results: 'Văn bản quán triệt',
    evaluation: 'Thực hiện nghiêm túc',
    assigneeKind: 'provincial-party-committee',
    scope: 'national',
    priority: 'regular',
    group: 'listed',
    internalNote: 'Ghi chú nội bộ của chuyên viên về nhiệm vụ 3',
  }
}

/** The whole document, fresh on every call, with an unknown top-level key and four keys of `other`. */
export function conclusion155(secrecy: SecrecyLevel = 'normal'): FixtureDocument {
  return {
    secrecy,
    title: 'Kết luận của Bộ Chính trị, Ban Bí thư về các nhiệm vụ trọng tâm cần tập trung thực hiện đến ngày 30/6/2025',
    number: '155',
    symbol: 'KL/TW',
    abstract: 'Về việc tiếp tục sắp xếp tổ chức bộ máy và đơn vị hành chính các cấp',
    issuedOn: '2025-05-16',
    signer: 'T/M Bộ Chính trị',
    submittingAgency: 'Văn phòng Trung ương Đảng',
    assignees: ['Đảng uỷ Chính phủ', 'Ban Tổ chức Trung ương', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
    monitoringAgencies: ['Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương'],
    tasks: [draftTask(), focusTask(), secrecyTask()],
    other: {
      meetingDate: '2025-05-16',
      pages: 4,
      annexes: [{ name: 'Phụ lục danh mục văn bản', pages: 2 }],
      draftingNote: 'Ý kiến nội bộ của tổ biên tập',
    },
    handlingNote: 'Ghi chú xử lý nội bộ của văn thư',
  }
}
