/**
 * A small seeded generator (mulberry32): numbers in [0, 1), the same sequence for the same seed on
 * every host, never the global random generator: a simulation is reproducible from its seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * The seed of item `index` of a run seeded with `seed`: each task draws from its own stream, so a
 * task's draws do not depend on how many numbers the tasks before it used, and changing one option
 * (a longer acknowledgement delay) changes each task's history and nothing else about it.
 */
export function seedOf(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}
