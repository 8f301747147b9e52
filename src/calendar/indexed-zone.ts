import { Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon'

/**
 * A luxon zone that answers `offset` from a calendar's year indexes when it can, and from the zone
 * it wraps otherwise. Every DateTime the calendar returns is built in it: luxon reads an IANA
 * offset through `Intl` on each construction, which costs more than the whole working-time sum,
 * while a year index already knows each day's offset (its start against its local midnight).
 * It keeps the wrapped zone's type and name, and equals it.
 */
export class IndexedZone extends Zone<true> {
  readonly #inner: Zone
  readonly #knownOffset: (ts: number) => number | undefined

  constructor(inner: Zone, knownOffset: (ts: number) => number | undefined) {
    super()
    this.#inner = inner
    this.#knownOffset = knownOffset
  }

  override get type(): string {
    return this.#inner.type
  }

  override get name(): string {
    return this.#inner.name
  }

  override get isUniversal(): boolean {
    return false
  }

  override get isValid(): true {
    return true
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.#inner.offsetName(ts, options) ?? ''
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#inner.formatOffset(ts, format)
  }

  override offset(ts: number): number {
    return this.#knownOffset(ts) ?? this.#inner.offset(ts)
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name
  }
}
