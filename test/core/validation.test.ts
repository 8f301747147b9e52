import { describe, expect, it } from 'vitest'
import { errorsOf, parseOrThrow } from '../../src/core/validation.js'
import { evaluateTask, TaskInput } from '../../src/index.js'
import { caught } from '../support/caught.js'

// The wording of a schema's issue that no rule names: it says what is expected, never the value given.

const task: TaskInput = { id: 't', transferredAt: '2025-05-19T08:00', deadline: '2025-06-30' }

describe('the wording of an input that matches none of the forms of a union', () => {
  it('says "missing" when nothing was given: evaluateTask without its asOf (Art. 2.4, real time)', () => {
    const error = caught(() => evaluateTask(task, {} as never))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'asOf']])
    expect(error.messages).toEqual({
      vi: 'Dữ liệu đầu vào không hợp lệ: thiếu giá trị bắt buộc',
      en: 'Invalid input: missing: a value is required',
    })
  })

  it('says "none of the accepted forms" when a value of no form was given, without echoing it', () => {
    const error = caught(() => evaluateTask(task, { asOf: { secret: 'nội dung mật' } as never }))
    expect([error.code, error.path]).toEqual(['invalid_input', ['options', 'asOf']])
    expect(error.messages.en).toBe('Invalid input: matches none of the accepted forms')
    expect(error.message).not.toContain('nội dung mật')
  })
})

describe('errorsOf: every issue of a value, each as parseOrThrow would throw it', () => {
  const value = { id: '', transferredAt: 5.5, priority: 'top', unit_id: 1, created_at: 'x' }

  it('lists each issue in zod’s order, an unknown key each on its own, under the base path', () => {
    const errors = errorsOf(TaskInput, value, 'invalid_input', ['rows', 3])
    expect(errors.map((error) => [error.code, error.path, error.detail.en])).toEqual([
      ['invalid_input', ['rows', 3, 'id'], 'below the limit 1'],
      ['invalid_input', ['rows', 3, 'transferredAt'], 'matches none of the accepted forms'],
      ['invalid_input', ['rows', 3, 'priority'], 'must be one of: "key", "regular", "urgent"'],
      ['invalid_input', ['rows', 3, 'unit_id'], 'this field is not defined (see the error path)'],
      ['invalid_input', ['rows', 3, 'created_at'], 'this field is not defined (see the error path)'],
    ])
  })

  it('begins with the error parseOrThrow throws, and is empty for a valid value', () => {
    const thrown = caught(() => parseOrThrow(TaskInput, value, 'invalid_input', ['task']))
    const [first] = errorsOf(TaskInput, value, 'invalid_input', ['task'])
    expect([first?.path, first?.messages]).toEqual([thrown.path, thrown.messages])
    expect(errorsOf(TaskInput, task, 'invalid_input')).toEqual([])
  })
})
