import { DateTime, IANAZone, Settings } from 'luxon'
import { describe, expect, it } from 'vitest'
import { looksLikeEpochSeconds, toEpochMillis } from '../../src/core/instant.js'
import { DETAILS } from '../../src/core/messages.js'
import { caught } from '../support/caught.js'

const HO_CHI_MINH = IANAZone.create('Asia/Ho_Chi_Minh')

describe('looksLikeEpochSeconds: the size of epoch seconds is 1e8 (inclusive) to 1e11 (exclusive)', () => {
  it('counts 1e8 itself (1973-03-03T09:46:40Z in seconds) and not a hair less', () => {
    expect([looksLikeEpochSeconds(1e8), looksLikeEpochSeconds(1e8 - 0.5)]).toEqual([true, false])
  })

  it('stops just below 1e11 (year 5138 in seconds): 1e11 itself is not counted', () => {
    expect([looksLikeEpochSeconds(1e11 - 0.5), looksLikeEpochSeconds(1e11)]).toEqual([true, false])
  })

  it('reads the size of a negative number', () => {
    expect([looksLikeEpochSeconds(-1e8), looksLikeEpochSeconds(-1e11)]).toEqual([true, false])
  })

  it('does not count numbers far beyond, such as fractional epoch milliseconds of 2025', () => {
    // 2025-06-30T01:00Z is 1 751 245 200 000 ms: milliseconds, not seconds.
    expect(looksLikeEpochSeconds(1_751_245_200_000.5)).toBe(false)
  })
})

describe('toEpochMillis: the message of a fractional number', () => {
  it('says milliseconds, not seconds, for a fractional number from 1e11 up', () => {
    const error = caught(() => toEpochMillis(1e11 + 0.5, HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.notEpochMillis.en])
  })

  it('says seconds for a fractional number just above 1e8', () => {
    const error = caught(() => toEpochMillis(1e8 + 0.5, HO_CHI_MINH, ['start']))
    expect(error.detail.en).toBe(DETAILS.epochSeconds.en)
  })
})

describe('toEpochMillis: objects that are not instants are refused as such, never as unreadable', () => {
  it('refuses an invalid DateTime as not an instant', () => {
    const error = caught(() => toEpochMillis(DateTime.invalid('broken'), HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.notAnInstant.en])
  })

  it('refuses an object that carries luxon’s DateTime flag and isValid but has no toMillis', () => {
    const imitation = { isLuxonDateTime: true, isValid: true }
    const error = caught(() => toEpochMillis(imitation, HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.notAnInstant.en])
  })

  it('refuses a plain object as not an instant', () => {
    const error = caught(() => toEpochMillis({ at: 0 }, HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.notAnInstant.en])
  })

  it('refuses an object that only inherits from Date.prototype (it has no time value) as not an instant', () => {
    const error = caught(() => toEpochMillis(Object.create(Date.prototype), HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.notAnInstant.en])
  })

  it('refuses an array and a function as not an instant', () => {
    const details = [[1_751_245_200_000], () => 0].map((value) => caught(() => toEpochMillis(value, HO_CHI_MINH)).detail.en)
    expect(details).toEqual([DETAILS.notAnInstant.en, DETAILS.notAnInstant.en])
  })

  it('refuses a Proxy that throws when read as unreadable', () => {
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    const error = caught(() => toEpochMillis(revoked.proxy, HO_CHI_MINH, ['start']))
    expect([error.code, error.path, error.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.unreadableValue.en])
  })
})

describe('toEpochMillis: when luxon is set to throw on invalid values', () => {
  it('still refuses a date that does not exist as invalid_input, not with luxon’s error', () => {
    const before = Settings.throwOnInvalid
    Settings.throwOnInvalid = true
    let error: ReturnType<typeof caught> | undefined
    try {
      error = caught(() => toEpochMillis('2025-02-30T08:00', HO_CHI_MINH, ['start']))
    } finally {
      Settings.throwOnInvalid = before
    }
    expect([error?.code, error?.path, error?.detail.en]).toEqual(['invalid_input', ['start'], DETAILS.notAnInstant.en])
  })
})
