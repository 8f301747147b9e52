// The hostile catalogue (issue 18): every public function and method (public-calls.ts, generated from the
// entries) × every place of its arguments (each argument, each key of an options object and of the data,
// an event's keys) × every hostile value (hostile-values.ts). Each call must return, or throw the package's
// error and nothing else; within 1 s; leave its input as it was, frozenness included; give a result that
// is deeply frozen and shares no object with its input; leave Object.prototype alone; and, for a secret
// document, put none of the caller's keys or values in an error. A failing place lists every hostile
// value that broke it and how. The calls are shared between this file and catalogue-second-half.test.ts,
// so that the two run side by side.
import { describe, expect, it } from 'vitest'
import { isVnTaskSlaError, maskForSystem } from '../../src/index.js'
import { describeCatalogue, problemsOf } from '../support/hostile-catalogue.js'
import { errorTexts, thrownName } from '../support/hostile-checks.js'
import {
  AS_OF,
  forgottenExports,
  forgottenMethods,
  PUBLIC_CALLS,
  SECRET_MARKER,
  secretDocument,
  VIETNAM,
} from './public-calls.js'

describe('the generated table', () => {
  it('has valid arguments, or a reason not to call it, for every function every entry exports', () => {
    expect(forgottenExports()).toEqual([])
  })

  it('has valid arguments for every method of every object a public function returns', () => {
    expect(forgottenMethods()).toEqual([])
  })

  it('holds every entry’s operations and the methods of a calendar and a timeline', () => {
    const names = PUBLIC_CALLS.map((call) => call.name)
    expect(names).toContain('vn-task-sla › alertLevel')
    expect(names).toContain('vn-task-sla/core › alertLevel')
    expect(names).toContain('vn-task-sla/date-holidays › holidayExceptions')
    expect(names).toContain('vietnamCalendar() › millis.of')
    expect(names).toContain('simulate(tasks, options) › shareOf')
  })

  // The baseline: with its valid arguments, each call answers, and its answer keeps every rule too.
  it.each(PUBLIC_CALLS.map((call) => [call.name, call] as const))('%s answers its valid arguments', (_, call) => {
    expect(problemsOf(call, undefined, undefined)).toEqual([])
  })
})

describeCatalogue(PUBLIC_CALLS.filter((_, index) => index % 2 === 0))

// Art. 5.2, 5.3: nothing of a confidential or secret document reaches an error, whatever the caller's keys.
describe.each(['secret', 'confidential'] as const)(
  'maskForSystem of a %s document: no caller key or value in an error',
  (secrecy) => {
    /** A key, and a value, named after the marker: planted one place at a time. */
    const plantings: readonly (readonly [string, (document: Record<string, unknown>) => void])[] = [
      ['an unknown key of the document', (d) => Object.assign(d, { [SECRET_MARKER]: SECRET_MARKER })],
      ['an unknown key of a task', (d) => Object.assign(tasksOf(d)[0] as object, { [SECRET_MARKER]: 1 })],
      ['an unknown key of an event', (d) => Object.assign(eventsOf(d)[0] as object, { [SECRET_MARKER]: 1 })],
      [
        'an unknown key of a null-prototype event',
        (d) => {
          eventsOf(d)[0] = Object.assign(Object.create(null) as object, {
            type: 'started',
            at: '2025-05-20T09:00',
            [SECRET_MARKER]: 1,
          })
        },
      ],
      [
        'an unknown key of a null-prototype task',
        (d) => {
          tasksOf(d)[1] = Object.assign(Object.create(null) as object, tasksOf(d)[1], { [SECRET_MARKER]: 1 })
        },
      ],
      [
        'a null-prototype document with an unknown key',
        (d) => Object.setPrototypeOf(Object.assign(d, { [SECRET_MARKER]: 1 }), null),
      ],
      ['the value of an event’s type', (d) => Object.assign(eventsOf(d)[0] as object, { type: SECRET_MARKER })],
      ['the value of an event’s instant', (d) => Object.assign(eventsOf(d)[0] as object, { at: SECRET_MARKER })],
      ['the value of a task’s id', (d) => Object.assign(tasksOf(d)[0] as object, { id: SECRET_MARKER, deadline: SECRET_MARKER })],
      ['the value of a task’s deadline', (d) => Object.assign(tasksOf(d)[0] as object, { deadline: SECRET_MARKER })],
      ['the value of a task’s transfer', (d) => Object.assign(tasksOf(d)[0] as object, { transferredAt: SECRET_MARKER })],
      ['the value of issuedOn', (d) => Object.assign(d, { issuedOn: SECRET_MARKER })],
      ['the value of an assignee', (d) => Object.assign(d, { assignees: [SECRET_MARKER, 7] })],
      ['the value of specialSecrecy', (d) => Object.assign(d, { specialSecrecy: SECRET_MARKER })],
      ['a key of other', (d) => Object.assign(d, { other: { [SECRET_MARKER]: { [SECRET_MARKER]: 1n } } })],
      ['an event that is a string', (d) => eventsOf(d).push(SECRET_MARKER)],
      ['a task that is a string', (d) => tasksOf(d).push(SECRET_MARKER)],
      ['a task’s content that is not a string', (d) => Object.assign(tasksOf(d)[0] as object, { content: [SECRET_MARKER] })],
      [
        'events that are an object with the marker as key',
        (d) => Object.assign(tasksOf(d)[0] as object, { events: { [SECRET_MARKER]: 1 } }),
      ],
    ]

    it.each(plantings.map(([name, plant]) => [name, plant] as const))('planted as %s', (_, plant) => {
      const document = secretDocument(secrecy)
      plant(document)
      let outcome = 'answered'
      try {
        maskForSystem(document as never, { asOf: AS_OF, calendar: VIETNAM })
      } catch (error) {
        outcome = !isVnTaskSlaError(error)
          ? `threw ${thrownName(error)}`
          : errorTexts(error).includes(SECRET_MARKER)
            ? `put the marker in its error: ${thrownName(error)}`
            : 'refused'
      }
      // An answer (the record holds only the fields of 5.2) or the package's error, naming none of it.
      expect(['answered', 'refused']).toContain(outcome)
    })
  },
)

function tasksOf(document: Record<string, unknown>): unknown[] {
  return document.tasks as unknown[]
}

function eventsOf(document: Record<string, unknown>): unknown[] {
  return (tasksOf(document)[0] as { events: unknown[] }).events
}
