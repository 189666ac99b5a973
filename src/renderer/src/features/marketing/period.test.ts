import { describe, expect, it } from 'vitest'
import { isPeriodId, periodRange } from './period'

describe('periods', () => {
  const today = '2026-11-23'

  it('turns named periods into whole days', () => {
    expect(periodRange('all', today)).toEqual({})
    expect(periodRange('this-month', today)).toEqual({ from: '2026-11-01', to: '2026-11-23' })
    expect(periodRange('last-30', today)).toEqual({ from: '2026-10-25', to: '2026-11-23' })
    expect(periodRange('this-quarter', today)).toEqual({ from: '2026-10-01', to: '2026-11-23' })
    expect(periodRange('this-year', today)).toEqual({ from: '2026-01-01', to: '2026-11-23' })
    expect(periodRange('last-12-months', today)).toEqual({ from: '2025-11-24', to: '2026-11-23' })
    expect(periodRange('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('counts a year back from the last day of a month, and back to the end of a shorter month', () => {
    expect(periodRange('last-12-months', '2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' })
    expect(periodRange('last-12-months', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' })
    expect(periodRange('this-quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
  })

  it('knows its own names', () => {
    expect(isPeriodId('last-90')).toBe(true)
    expect(isPeriodId('yesterday')).toBe(false)
    expect(isPeriodId(null)).toBe(false)
  })
})
