import { describe, expect, it } from 'vitest'
import { periodAround, periodKind, periodLabel, previousPeriods } from './goalsPeriod'

describe('goal periods', () => {
  it('recognises calendar months, quarters and years', () => {
    expect(periodKind('2026-02-01', '2026-02-28')).toBe('month')
    expect(periodKind('2026-10-01', '2026-12-31')).toBe('quarter')
    expect(periodKind('2026-01-01', '2026-12-31')).toBe('year')
    expect(periodKind('2026-01-01', '2026-03-30')).toBe('custom')
    expect(periodKind('2026-02-01', '2026-04-30')).toBe('custom')
  })

  it('names a period', () => {
    expect(periodLabel('2026-10-01', '2026-12-31')).toBe('Q4 2026')
    expect(periodLabel('2026-02-01', '2026-02-28')).toBe('Feb 2026')
    expect(periodLabel('2026-01-01', '2026-12-31')).toBe('2026')
    expect(periodLabel('2026-03-05', '2026-04-20')).toBe('Mar 5 – Apr 20, 2026')
  })

  it('lists the comparable periods before, across year ends and month lengths', () => {
    expect(previousPeriods('2026-01-01', '2026-03-31', 2)).toEqual([
      { start: '2025-10-01', end: '2025-12-31' },
      { start: '2025-07-01', end: '2025-09-30' },
    ])
    expect(previousPeriods('2026-03-01', '2026-03-31', 1)).toEqual([{ start: '2026-02-01', end: '2026-02-28' }])
    expect(previousPeriods('2026-03-05', '2026-03-14', 2)).toEqual([
      { start: '2026-02-23', end: '2026-03-04' },
      { start: '2026-02-13', end: '2026-02-22' },
    ])
  })

  it('finds the period around a day', () => {
    expect(periodAround('quarter', '2026-11-23')).toEqual({ start: '2026-10-01', end: '2026-12-31' })
    expect(periodAround('month', '2026-02-10')).toEqual({ start: '2026-02-01', end: '2026-02-28' })
  })
})
