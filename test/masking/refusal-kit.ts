import { inspect } from 'node:util'
import type { SecrecyLevel, VnTaskSlaError } from '../../src/index.js'
import type { FixtureDocument, FixtureTask } from './fixture.js'

// What the refusal tests of Art. 5.3 and Art. 3.1 share: a Proxy that records every access, every
// textual form of an error, and a document whose every field, key and value carries a sentinel.

export type Trap = readonly [trap: string, key?: PropertyKey]

/** A Proxy over `target` that records every trap an object can hit, then forwards it to Reflect. */
export function recording<T extends object>(target: T, log: Trap[]): T {
  const handler: ProxyHandler<T> = {}
  const traps = [
    'get',
    'has',
    'ownKeys',
    'getOwnPropertyDescriptor',
    'getPrototypeOf',
    'set',
    'defineProperty',
    'deleteProperty',
    'isExtensible',
    'preventExtensions',
    'setPrototypeOf',
  ] as const
  for (const trap of traps) {
    const forward = Reflect[trap] as (...args: unknown[]) => unknown
    ;(handler as Record<string, unknown>)[trap] = (...args: unknown[]) => {
      const key = args[1]
      log.push(typeof key === 'string' || typeof key === 'symbol' ? [trap, key] : [trap])
      return forward(...args)
    }
  }
  return new Proxy(target, handler)
}

/** Every textual form of the error a log, a serializer or a debugger could show. */
export function formsOf(error: VnTaskSlaError): string[] {
  const own = Reflect.ownKeys(error).map((key) => {
    const value = (error as unknown as Record<PropertyKey, unknown>)[key]
    return `${String(key)}=${typeof value === 'string' ? value : JSON.stringify(value)}`
  })
  return [
    error.message,
    JSON.stringify(error),
    String(error),
    error.stack ?? '',
    String(error.cause),
    JSON.stringify(error.messages),
    JSON.stringify(error.detail),
    JSON.stringify(error.path),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ...own,
  ]
}

/** The mark every sentinel starts with. */
export const TAG = 'TUYETMAT'

/**
 * A valid document (two tasks) whose every field, key and value carries a distinct sentinel, none of
 * which may reach an error. `task` is spread into its second task (a secrecy, a specialSecrecy).
 */
export function sentinelDocument(
  secrecy: SecrecyLevel,
  task: Partial<FixtureTask> = {},
): { document: FixtureDocument; sentinels: string[] } {
  const sentinels: string[] = []
  const s = (field: string) => {
    const value = `${TAG}-${field}-${(sentinels.length * 2654435761) % 4294967296}`
    sentinels.push(value)
    return value
  }
  const taskAt = (index: number): FixtureTask => ({
    id: s(`task${index}-id`),
    content: s(`task${index}-content`),
    progress: s(`task${index}-progress`),
    results: s(`task${index}-results`),
    evaluation: s(`task${index}-evaluation`),
    transferredAt: '2025-05-19T09:00',
    deadline: '2025-06-30',
    events: [{ type: 'started' as const, at: '2025-05-20T09:00' }],
    [s(`task${index}-unknown-key`)]: s(`task${index}-unknown-value`),
    ...(index === 1 ? task : {}),
  })
  const document: FixtureDocument = {
    secrecy,
    title: s('title'),
    number: s('number'),
    symbol: s('symbol'),
    abstract: s('abstract'),
    issuedOn: '2025-05-16',
    signer: s('signer'),
    submittingAgency: s('submittingAgency'),
    assignees: [s('assignee0'), s('assignee1')],
    monitoringAgencies: [s('monitoring0')],
    tasks: [taskAt(0), taskAt(1)],
    other: { [s('other-key')]: s('other-value'), [s('other-nested-key')]: { [s('other-deep-key')]: [s('other-deep-value')] } },
    [s('unknown-key')]: s('unknown-value'),
  }
  return { document, sentinels }
}
