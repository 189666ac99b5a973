import { describe, expect, it } from 'vitest'
import { barWithinYear } from './timeline'

describe('timeline bars', () => {
  it('places a campaign inside the year', () => {
    const bar = barWithinYear({ startsOn: '2026-01-01', endsOn: '2026-01-31' }, 2026)
    expect(bar?.left).toBe(0)
    expect(bar?.width).toBeCloseTo(31 / 365, 10)
  })

  it('clips a campaign that crosses the year’s edges', () => {
    const bar = barWithinYear({ startsOn: '2025-12-01', endsOn: '2026-01-10' }, 2026)
    expect(bar).toEqual({ left: 0, width: 10 / 365 })
    expect(barWithinYear({ startsOn: '2026-12-31', endsOn: '2027-02-01' }, 2026)).toEqual({ left: 364 / 365, width: 1 / 365 })
  })

  it('has no bar for an undated campaign or one outside the year', () => {
    expect(barWithinYear({ startsOn: null, endsOn: null }, 2026)).toBeNull()
    expect(barWithinYear({ startsOn: '2025-03-01', endsOn: '2025-03-05' }, 2026)).toBeNull()
  })

  it('draws a campaign without an end as one day', () => {
    expect(barWithinYear({ startsOn: '2026-07-02', endsOn: null }, 2026)?.width).toBeCloseTo(1 / 365, 10)
  })
})
