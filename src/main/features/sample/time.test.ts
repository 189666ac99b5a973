import { describe, expect, it } from 'vitest'
import { createRandom } from './random'
import { isoAt } from './time'

describe('isoAt', () => {
  it('writes the same text as Date.toISOString', () => {
    const random = createRandom(1)
    for (let i = 0; i < 20_000; i++) {
      const ms = Date.UTC(2020, 0, 1) + random.next() * 3e11 + (i % 2) * 0.6
      expect(isoAt(ms)).toBe(new Date(ms).toISOString())
    }
  })
})
