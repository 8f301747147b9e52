import { VnTaskSlaError } from '../../src/index.js'

/** The package error `run` throws; fails the test when it throws nothing or something else. */
export function caught(run: () => unknown): VnTaskSlaError {
  try {
    run()
  } catch (error) {
    if (error instanceof VnTaskSlaError) return error
    throw error
  }
  throw new Error('expected a VnTaskSlaError')
}

/** The code, path and both messages of the error `run` throws: for tests that pin an error exactly. */
export function failureOf(run: () => unknown): {
  code: string
  path: readonly (string | number)[]
  vi: string
  en: string
} {
  const error = caught(run)
  return { code: error.code, path: error.path, vi: error.messages.vi, en: error.messages.en }
}
