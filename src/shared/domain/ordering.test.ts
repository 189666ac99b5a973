import { describe, expect, it } from 'vitest'
import { POSITION_STEP, positionBetween } from './ordering'

describe('positionBetween', () => {
  it('starts an empty column at 0', () => {
    expect(positionBetween(null, null)).toBe(0)
  })

  it('goes one step above the first card when placed at the top', () => {
    expect(positionBetween(null, 100)).toBe(100 - POSITION_STEP)
  })

  it('goes one step below the last card when placed at the end', () => {
    expect(positionBetween(100, null)).toBe(100 + POSITION_STEP)
  })

  it('lands midway between two neighbours', () => {
    expect(positionBetween(0, 1024)).toBe(512)
    expect(positionBetween(-3, 5)).toBe(1)
    expect(positionBetween(1.5, 1.75)).toBe(1.625)
  })

  it('has no room between equal or out-of-order neighbours', () => {
    expect(positionBetween(3, 3)).toBeNull()
    expect(positionBetween(5, 4)).toBeNull()
  })

  it('has no room when the gap is too small to halve', () => {
    expect(positionBetween(1, 1 + 1e-10)).toBeNull()
    expect(positionBetween(1e6, 1e6 + Number.EPSILON * 1e6)).toBeNull()
  })

  it('halves the same gap many times, always strictly inside it, then reports no room', () => {
    const after = 2048
    let before = 1024
    let halvings = 0
    for (;;) {
      const next = positionBetween(before, after)
      if (next === null) break
      expect(next).toBeGreaterThan(before)
      expect(next).toBeLessThan(after)
      before = next
      halvings++
    }
    // 1024 / 2^n must drop under the 1e-9 threshold: about 40 halvings, far fewer than float precision allows.
    expect(halvings).toBeGreaterThan(30)
    expect(halvings).toBeLessThan(50)
  })
})
