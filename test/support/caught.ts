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
