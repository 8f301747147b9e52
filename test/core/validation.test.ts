import { describe, expect, it } from 'vitest'
import { evaluateTask, type TaskInput } from '../../src/index.js'
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
