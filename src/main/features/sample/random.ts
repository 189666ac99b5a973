// A small seeded generator (mulberry32): the sample must come out identical for the
// same seed on every machine, which Math.random cannot promise.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** A float in [min, max). */
  between(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by relative weight; `weights` lines up with `items`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** Up to `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[]
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick: nothing to pick from')
    return items[Math.floor(next() * items.length)] as T
  }
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      const total = weights.reduce((sum, w) => sum + w, 0)
      let roll = next() * total
      for (const [index, weight] of weights.entries()) {
        roll -= weight
        if (roll < 0) return items[index] as T
      }
      return items[items.length - 1] as T
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items]
      const out: T[] = []
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T)
      return out
    },
  }
}
